"""A small municipality for the preparedness tests: two sites, a pattern whose members sit
at them, and the sites register that each test bends."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from kontakt.core.preparedness.sites import SitesRegister, from_document
from kontakt.core.ringpattern import Pattern
from kontakt.core.ringpattern import from_document as pattern_from_document

TODAY = date(2030, 3, 6)  # a Wednesday: the moments fall from Monday 11.03.2030 on
MAIN = "+4756100000"
DIRECT = "+4756100500"

SITES: dict[str, Any] = {
    "format": "kontakt.sites",
    "version": 1,
    "autonomy_target_min": 120,
    "sites": [
        {
            "id": "radhuset",
            "name": "Rådhuset",
            "address": "Storgata 1",
            "network_points_ok": True,
            "wifi": True,
            "mobile_coverage": "good",
            "path": [
                {"kind": "access-switch", "name": "sw-rh-2", "poe": True, "ups_min": 180},
                {"kind": "distribution", "name": "dist-rh", "ups_min": 240},
                {"kind": "core", "name": "core-dc", "generator": True},
            ],
        },
        {
            "id": "skule",
            "name": "Skulen",
            "network_points_ok": True,
            "mobile_coverage": "good",
            "path": [
                {"kind": "access-switch", "name": "sw-sk-1", "poe": True, "ups_min": 30},
                {"kind": "core", "name": "core-dc", "generator": True},
            ],
        },
    ],
}

PATTERN: dict[str, Any] = {
    "format": "kontakt.ringpattern",
    "version": 1,
    "id": "test",
    "name": "Test",
    "timezone": "Europe/Oslo",
    "entries": [
        {"number": MAIN, "label": "Hovudnummer", "start": "open"},
        {"number": DIRECT, "label": "Direkte", "start": "desk"},
    ],
    "calendars": {
        "office": {
            "weekly": {d: [["08:00", "15:30"]] for d in ("mon", "tue", "wed", "thu", "fri")},
            "public_holidays": "NO",
        }
    },
    "members": {
        "kari": {"number": "+4756100010", "device": "desk", "site": "radhuset"},
        "ola": {"number": "+4791200002", "device": "mobile", "site": "radhuset"},
        "siv": {"number": "+4756100020", "device": "softphone", "site": "skule"},
    },
    "nodes": [
        {
            "id": "open",
            "type": "schedule",
            "calendar": "office",
            "open": "switchboard",
            "closed": "mail",
        },
        {
            "id": "switchboard",
            "type": "queue",
            "members": ["kari", "ola"],
            "strategy": "simultaneous",
            "max_wait_s": 60,
            "overflow": "mail",
        },
        {
            "id": "desk",
            "type": "group",
            "members": ["siv", "ola"],
            "strategy": "sequential",
            "no_answer": "mail",
        },
        {"id": "mail", "type": "voicemail", "mailbox": "post@test.kommune.no"},
    ],
}


def sites_doc() -> dict[str, Any]:
    return copy.deepcopy(SITES)


def register(doc: dict[str, Any] | None = None) -> SitesRegister:
    return from_document(doc if doc is not None else sites_doc())


def pattern_doc() -> dict[str, Any]:
    return copy.deepcopy(PATTERN)


def pattern(doc: dict[str, Any] | None = None) -> Pattern:
    return pattern_from_document(doc if doc is not None else pattern_doc())
