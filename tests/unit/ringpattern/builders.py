"""Small ring-pattern documents for the tests: a valid skeleton that each test bends."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from kontakt.core.ringpattern import Pattern, from_document

DEMO_PATH = Path(__file__).parent / "data" / "demo-sentralbord.ringpattern.json"
MAIN = "+4756100000"
HOME_CARE = "+4756100500"

WEEKDAYS_8_16 = {day: [["08:00", "16:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


def demo_document() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(DEMO_PATH.read_text(encoding="utf-8"))
    return doc


def demo() -> Pattern:
    return from_document(demo_document())


def document(
    nodes: list[dict[str, Any]],
    *,
    start: str | None = None,
    members: dict[str, Any] | None = None,
    calendars: dict[str, Any] | None = None,
    entries: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A pattern with one entry (+4756100000) starting at `start` (default: the first node),
    members a, b, c and a calendar `office` open 08-16 on weekdays, Norwegian holidays."""
    return {
        "format": "kontakt.ringpattern",
        "version": 1,
        "id": "test",
        "name": "Test",
        "timezone": "Europe/Oslo",
        "entries": entries
        if entries is not None
        else [{"number": MAIN, "label": "Main", "start": start or nodes[0]["id"]}],
        "calendars": calendars
        if calendars is not None
        else {"office": {"weekly": copy.deepcopy(WEEKDAYS_8_16), "public_holidays": "NO"}},
        "members": members
        if members is not None
        else {
            "a": {"number": "+4791234567"},
            "b": {"number": "+4741234567"},
            "c": {"number": "+4756100010"},
        },
        "nodes": nodes,
    }


def pattern(nodes: list[dict[str, Any]], **kwargs: Any) -> Pattern:
    return from_document(document(nodes, **kwargs))


def voicemail(node_id: str = "vm") -> dict[str, Any]:
    return {"id": node_id, "type": "voicemail", "mailbox": "post@test.no"}


def group(
    node_id: str,
    members: list[str],
    no_answer: str | None = "vm",
    strategy: str = "simultaneous",
    **fields: Any,
) -> dict[str, Any]:
    return {
        "id": node_id,
        "type": "group",
        "members": members,
        "strategy": strategy,
        "no_answer": no_answer,
        **fields,
    }
