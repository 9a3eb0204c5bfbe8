"""What changed between two versions of a pattern, and which entry numbers it touches.

Parts are compared in their JSON form, field by field (a field is a top-level key of the
entry, calendar, member or node object). An entry counts as affected when it changed
itself, or when its route with no key pressed and nobody answering differs at some moment
of the coming year, or passes a node, calendar or member that changed (a changed menu
option changes the menu node, so the menu's entries count).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from kontakt.core.ringpattern.coverage import Coverage, Coverer
from kontakt.core.ringpattern.model import Json, Pattern
from kontakt.core.ringpattern.save import (
    calendar_document,
    entry_document,
    member_document,
    node_document,
)

PARTS: Final = ("entries", "calendars", "members", "nodes")
YEAR_DAYS: Final = 365

Part = Mapping[str, Json]


@dataclass(frozen=True)
class PatternDiff:
    """`added`/`removed`: part -> id -> the object; `changed`: part -> id -> field ->
    (old, new), a field absent on one side being None there."""

    added: Mapping[str, Part]
    removed: Mapping[str, Part]
    changed: Mapping[str, Mapping[str, Mapping[str, tuple[Json, Json]]]]
    entries_affected: tuple[str, ...]

    def touched(self, part: str) -> set[str]:
        """Ids of `part` added, removed or changed."""
        return {*self.added[part], *self.removed[part], *self.changed[part]}


def _parts(pattern: Pattern) -> dict[str, dict[str, Json]]:
    nodes: dict[str, Json] = {}
    for node in pattern.nodes:
        nodes.setdefault(node.id, node_document(node))
    entries: dict[str, Json] = {}
    for entry in pattern.entries:
        entries.setdefault(entry.number, entry_document(entry))
    return {
        "entries": entries,
        "calendars": {k: calendar_document(c) for k, c in pattern.calendars.items()},
        "members": {k: member_document(m) for k, m in pattern.members.items()},
        "nodes": nodes,
    }


def _fields(old: Mapping[str, Json], new: Mapping[str, Json]) -> dict[str, tuple[Json, Json]]:
    keys = list(old) + [k for k in new if k not in old]
    return {k: (old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)}


def _shape(coverage: Coverage) -> list[tuple[float, tuple[str, ...], str]]:
    """The route as a function of time, with equal neighbours merged (state aside)."""
    shape: list[tuple[float, tuple[str, ...], str]] = []
    for interval in coverage.intervals:
        key = (interval.route, str(interval.outcome))
        if not shape or shape[-1][1:] != key:
            shape.append((interval.start.timestamp(), *key))
    return shape


def _uses(
    pattern: Pattern, node_ids: Iterable[str], calendars: set[str], members: set[str]
) -> bool:
    for node_id in node_ids:
        node = pattern.node(node_id)
        if node is not None and (
            node.calendar in calendars or not members.isdisjoint(node.member_ids)
        ):
            return True
    return False


def diff(old: Pattern, new: Pattern, start: date | None = None) -> PatternDiff:
    """The differences from `old` to `new`; "the coming year" runs 365 days from `start`
    (default: today)."""
    before, after = _parts(old), _parts(new)
    added = {p: {k: v for k, v in after[p].items() if k not in before[p]} for p in PARTS}
    removed = {p: {k: v for k, v in before[p].items() if k not in after[p]} for p in PARTS}
    changed = {
        p: {
            k: fields
            for k in before[p]
            if k in after[p]
            if (fields := _fields(before[p][k], after[p][k]))
        }
        for p in PARTS
    }
    result = PatternDiff(added, removed, changed, ())
    first = start or date.today()
    last = first + timedelta(days=YEAR_DAYS - 1)
    coverers = (Coverer(old), Coverer(new))
    touched = {p: result.touched(p) for p in PARTS}
    affected = []
    for number in [*before["entries"], *added["entries"]]:
        if number in touched["entries"]:
            affected.append(number)
            continue
        covers = [c.coverage(number, first, last) for c in coverers]
        if _shape(covers[0]) != _shape(covers[1]):
            affected.append(number)
            continue
        passed = {n for interval in covers[0].intervals for n in interval.route}
        if not passed.isdisjoint(touched["nodes"]) or any(
            _uses(p, passed, touched["calendars"], touched["members"]) for p in (old, new)
        ):
            affected.append(number)
    return PatternDiff(added, removed, changed, tuple(affected))
