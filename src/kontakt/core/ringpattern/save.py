"""Writing the ring-pattern JSON document (`spec/ringpattern.md`, version 1).

Every object is written with the keys it was read with (unknown ones from `extra`), so
`loads(dumps(p)) == p` and an import followed by an export differs only in key order and
whitespace. The per-part writers also give the diff its field-by-field view.
"""

from __future__ import annotations

import json

from kontakt.core.ringpattern.model import (
    FORMAT,
    NODE_FIELDS,
    VERSION,
    Calendar,
    Entry,
    Json,
    Member,
    Node,
    Pattern,
)


def _without_none(
    pairs: list[tuple[str, Json]], keep_null: tuple[str, ...] = ()
) -> dict[str, Json]:
    return {k: v for k, v in pairs if v is not None or k in keep_null}


def _intervals_json(intervals: tuple[tuple[str, str], ...]) -> list[list[str]]:
    return [[start, end] for start, end in intervals]


def entry_document(entry: Entry) -> dict[str, Json]:
    """The JSON object of one entry."""
    return {
        "number": entry.number,
        **_without_none([("label", entry.label), ("start", entry.start)], ("start",)),
        **entry.extra,
    }


def calendar_document(calendar: Calendar) -> dict[str, Json]:
    """The JSON object of one calendar."""
    special = calendar.special_hours
    return {
        "weekly": {day: _intervals_json(v) for day, v in calendar.weekly.items()},
        "public_holidays": calendar.public_holidays,
        **_without_none(
            [
                (
                    "closed_dates",
                    None if calendar.closed_dates is None else list(calendar.closed_dates),
                ),
                (
                    "closed_yearly",
                    None if calendar.closed_yearly is None else list(calendar.closed_yearly),
                ),
                (
                    "special_hours",
                    None
                    if special is None
                    else {day: _intervals_json(v) for day, v in special.items()},
                ),
            ]
        ),
        **calendar.extra,
    }


def member_document(member: Member) -> dict[str, Json]:
    """The JSON object of one member."""
    return {
        **_without_none(
            [
                ("name", member.name),
                ("employee_id", member.employee_id),
                ("number", member.number),
                ("device", member.device),
                ("site", member.site),
            ]
        ),
        **member.extra,
    }


def node_document(node: Node) -> dict[str, Json]:
    """The JSON object of one node."""
    fields: list[tuple[str, Json]] = [
        ("id", node.id),
        ("type", str(node.type)),
        ("label", node.label),
    ]
    for name in NODE_FIELDS[node.type]:
        value = getattr(node, name)
        if name == "members":
            value = list(value)
        elif name == "options" and value is not None:
            value = dict(value)
        elif name == "strategy":
            value = str(value)
        fields.append((name, value))
    return {**_without_none(fields), **node.exits, **node.extra}


def to_document(pattern: Pattern) -> dict[str, Json]:
    """The JSON document (a dict) of `pattern`, unknown keys included."""
    document: dict[str, Json] = {
        "format": FORMAT,
        "version": VERSION,
        "id": pattern.id,
        "name": pattern.name,
    }
    if pattern.timezone is not None:
        document["timezone"] = pattern.timezone
    document["entries"] = [entry_document(e) for e in pattern.entries]
    document["calendars"] = {k: calendar_document(c) for k, c in pattern.calendars.items()}
    document["members"] = {k: member_document(m) for k, m in pattern.members.items()}
    document["nodes"] = [node_document(n) for n in pattern.nodes]
    if pattern.layout is not None:
        document["layout"] = {k: list(v) for k, v in pattern.layout.items()}
    document.update(pattern.extra)
    return document


def dumps(pattern: Pattern) -> str:
    """`pattern` as JSON text: UTF-8 characters as they are, indented by two."""
    return json.dumps(to_document(pattern), ensure_ascii=False, indent=2) + "\n"
