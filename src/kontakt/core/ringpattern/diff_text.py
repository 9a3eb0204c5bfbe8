"""What changed between two versions of a pattern, in sentences a person reads.

`diff_lines` words a `PatternDiff` part by part: what was added or removed, and for each
changed number, calendar, member or node a heading and one line per change
("Friday: 08.00–15.00 → 08.00–16.00", "New member in Servicetorget: Kari Nordmann",
"Removed closing day 27.12.2026"). Names stand where people read them, as in `messages`;
the JSON form (`jsonout.diff_json`) keeps the document's own keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Final

from kontakt.core.ringpattern.diff import PARTS, PatternDiff
from kontakt.core.ringpattern.messages import (
    FIELDS,
    TIME_FORMAT,
    YEARLY_FORMAT,
    day_text,
    exit_name,
    member_name,
    node_name,
    number,
    phone,
    quoted,
    word,
)
from kontakt.core.ringpattern.model import EXIT_KEYS, WEEKDAYS, Json, Pattern
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

_C: Final = "PatternDiff"

ADDED: Final[Mapping[str, str]] = {
    "entries": QT_TRANSLATE_NOOP("PatternDiff", "New number: {name}"),
    "calendars": QT_TRANSLATE_NOOP("PatternDiff", "New calendar: {name}"),
    "members": QT_TRANSLATE_NOOP("PatternDiff", "New member: {name}"),
    "nodes": QT_TRANSLATE_NOOP("PatternDiff", "New step: {name} ({type})"),
}
REMOVED: Final[Mapping[str, str]] = {
    "entries": QT_TRANSLATE_NOOP("PatternDiff", "Removed number: {name}"),
    "calendars": QT_TRANSLATE_NOOP("PatternDiff", "Removed calendar: {name}"),
    "members": QT_TRANSLATE_NOOP("PatternDiff", "Removed member: {name}"),
    "nodes": QT_TRANSLATE_NOOP("PatternDiff", "Removed step: {name} ({type})"),
}
CHANGED: Final[Mapping[str, str]] = {
    "entries": QT_TRANSLATE_NOOP("PatternDiff", "Changed number {name}:"),
    "calendars": QT_TRANSLATE_NOOP("PatternDiff", "Changed calendar {name}:"),
    "members": QT_TRANSLATE_NOOP("PatternDiff", "Changed member {name}:"),
    "nodes": QT_TRANSLATE_NOOP("PatternDiff", "Changed step {name} ({type}):"),
}

LABELS: Final[Mapping[str, str]] = {
    "label": QT_TRANSLATE_NOOP("PatternDiff", "Name"),
    "name": QT_TRANSLATE_NOOP("PatternDiff", "Name"),
    "start": QT_TRANSLATE_NOOP("PatternDiff", "First step"),
    "type": QT_TRANSLATE_NOOP("PatternDiff", "Type"),
    "calendar": QT_TRANSLATE_NOOP("PatternDiff", "Calendar"),
    "prompt": QT_TRANSLATE_NOOP("PatternDiff", "Message"),
    "strategy": QT_TRANSLATE_NOOP("PatternDiff", "Ringing"),
    "mailbox": QT_TRANSLATE_NOOP("PatternDiff", "Mailbox"),
    "number": QT_TRANSLATE_NOOP("PatternDiff", "Phone number"),
    "employee_id": QT_TRANSLATE_NOOP("PatternDiff", "Employee number"),
    "device": QT_TRANSLATE_NOOP("PatternDiff", "Phone"),
    "site": QT_TRANSLATE_NOOP("PatternDiff", "Site"),
    "public_holidays": QT_TRANSLATE_NOOP("PatternDiff", "Public holidays"),
}
"""Fields shown as "Label: old → new" (the numeric ones are in `messages.FIELDS`)."""

VALUES: Final[Mapping[str, str]] = {
    "simultaneous": QT_TRANSLATE_NOOP("PatternDiff", "simultaneous"),
    "sequential": QT_TRANSLATE_NOOP("PatternDiff", "sequential"),
    "rotating": QT_TRANSLATE_NOOP("PatternDiff", "rotating"),
    "mobile": QT_TRANSLATE_NOOP("PatternDiff", "mobile"),
    "desk": QT_TRANSLATE_NOOP("PatternDiff", "desk phone"),
    "softphone": QT_TRANSLATE_NOOP("PatternDiff", "softphone"),
}
"""Strategies and devices in words."""

WEEKDAY_NAMES: Final = (
    QT_TRANSLATE_NOOP("PatternDiff", "Monday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Tuesday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Wednesday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Thursday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Friday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Saturday"),
    QT_TRANSLATE_NOOP("PatternDiff", "Sunday"),
)

CHANGE: Final = QT_TRANSLATE_NOOP("PatternDiff", "{label}: {old} → {new}")
NONE: Final = QT_TRANSLATE_NOOP("PatternDiff", "none")
CLOSED: Final = QT_TRANSLATE_NOOP("PatternDiff", "closed")
SECONDS: Final = QT_TRANSLATE_NOOP("PatternDiff", "{seconds} s")
DEFAULT_EXITS: Final[Mapping[str, str]] = {
    "next": QT_TRANSLATE_NOOP("PatternDiff", "the call is ended"),
    "holiday": QT_TRANSLATE_NOOP("PatternDiff", "as when closed"),
    "invalid": QT_TRANSLATE_NOOP("PatternDiff", "the menu plays again"),
}
"""What an exit that is null or absent does, where that is not a dead end."""
EXIT: Final = QT_TRANSLATE_NOOP("PatternDiff", 'Exit "{exit}": {old} → {new}')
KEY_ADDED: Final = QT_TRANSLATE_NOOP("PatternDiff", "New key {key}: leads to {new}")
KEY_REMOVED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Removed key {key} (it led to {old})")
KEY_CHANGED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Key {key}: {old} → {new}")
MEMBER_ADDED: Final = QT_TRANSLATE_NOOP("PatternDiff", "New member in {node}: {name}")
MEMBER_REMOVED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Removed member from {node}: {name}")
MEMBER_ORDER: Final = QT_TRANSLATE_NOOP("PatternDiff", "Order of the members: {old} → {new}")
CLOSED_ADDED: Final = QT_TRANSLATE_NOOP("PatternDiff", "New closing day {day}")
CLOSED_REMOVED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Removed closing day {day}")
YEARLY_ADDED: Final = QT_TRANSLATE_NOOP("PatternDiff", "New yearly closing day {day}")
YEARLY_REMOVED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Removed yearly closing day {day}")
SPECIAL_ADDED: Final = QT_TRANSLATE_NOOP("PatternDiff", "New special hours {day}: {new}")
SPECIAL_REMOVED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Removed special hours {day} ({old})")
SPECIAL_CHANGED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Special hours {day}: {old} → {new}")
OTHER: Final = QT_TRANSLATE_NOOP("PatternDiff", "Other field {field} changed")
NO_DIFFERENCES: Final = QT_TRANSLATE_NOOP("PatternDiff", "No differences.")
AFFECTED: Final = QT_TRANSLATE_NOOP("PatternDiff", "Numbers affected: {numbers}")


class _Words:
    """The translate function and the two patterns, with the helpers every line needs."""

    def __init__(self, result: PatternDiff, translate: Translate) -> None:
        self.result = result
        self.translate = translate

    def text(self, source: str, **params: object) -> str:
        return render(self.translate, _C, source, params)

    def node(self, node_id: Json) -> str:
        """A node by its name in the newer pattern (the older where it is gone)."""
        if not isinstance(node_id, str):
            return self.translate(_C, NONE)
        pattern = self.result.new if self.result.new.node(node_id) else self.result.old
        return node_name(pattern, node_id, self.translate)

    def member(self, member_id: str) -> str:
        pattern = self.result.new if member_id in self.result.new.members else self.result.old
        return member_name(pattern, member_id, self.translate)

    def target(self, exit_key: str, node_id: Json) -> str:
        if node_id is None:
            return self.translate(_C, DEFAULT_EXITS.get(exit_key, NONE))
        return self.node(node_id)

    def value(self, field: str, value: Json) -> str:
        """One field's value as people read it."""
        if value is None:
            return self.translate(_C, NONE)
        if isinstance(value, int) and not isinstance(value, bool):
            shown = number(value, self.translate)
            return shown if field == "max_callers" else self.text(SECONDS, seconds=shown)
        if field == "number" and isinstance(value, str):
            return phone(value)
        if field in ("start", "calendar") and isinstance(value, str):
            return self.node(value) if field == "start" else quoted(value, self.translate)
        if field == "type" and isinstance(value, str):
            return word(value, self.translate)
        if isinstance(value, str) and value in VALUES:
            return self.translate(_C, VALUES[value])
        if field == "prompt" and isinstance(value, str):
            return quoted(value, self.translate)
        return str(value)

    def intervals(self, value: Json) -> str:
        """Opening intervals as "08.00–15.30, 18.00–24.00", or "closed"."""
        if not value:
            return self.translate(_C, CLOSED)
        return ", ".join("–".join(self.time(t) for t in pair) for pair in value)

    def time(self, hhmm: str) -> str:
        time_format = self.translate("PatternWords", TIME_FORMAT)
        if hhmm == "24:00":  # no clock shows it; written as midnight with the hour 24
            return datetime(2000, 1, 1).strftime(time_format).replace("00", "24", 1)
        return datetime.strptime(hhmm, "%H:%M").strftime(time_format)

    def day(self, text: str) -> str:
        return day_text(date.fromisoformat(text), self.translate)

    def yearly(self, text: str) -> str:
        format_ = self.translate("PatternWords", YEARLY_FORMAT)
        return date(2000, int(text[:2]), int(text[3:])).strftime(format_)


def _names(words: _Words, part: str, key: str, pattern: Pattern) -> dict[str, str]:
    """The name of one added, removed or changed thing, and (nodes) its type in words."""
    if part == "entries":
        return {"name": phone(key)}
    if part == "calendars":
        return {"name": quoted(key, words.translate)}
    if part == "members":
        return {"name": member_name(pattern, key, words.translate)}
    node = pattern.node(key)
    kind = word(node.type, words.translate) if node is not None else ""
    return {"name": node_name(pattern, key, words.translate), "type": kind}


def _calendar(words: _Words, field: str, old: Json, new: Json) -> Iterator[str]:
    if field == "weekly":
        old_days, new_days = old or {}, new or {}
        for day, name in zip(WEEKDAYS, WEEKDAY_NAMES, strict=True):
            if old_days.get(day, []) != new_days.get(day, []):
                yield words.text(
                    CHANGE,
                    label=words.translate(_C, name),
                    old=words.intervals(old_days.get(day)),
                    new=words.intervals(new_days.get(day)),
                )
    elif field in ("closed_dates", "closed_yearly"):
        show = words.day if field == "closed_dates" else words.yearly
        added, removed = (
            (CLOSED_ADDED, CLOSED_REMOVED)
            if field == "closed_dates"
            else (YEARLY_ADDED, YEARLY_REMOVED)
        )
        before, after = list(old or []), list(new or [])
        yield from (words.text(added, day=show(d)) for d in after if d not in before)
        yield from (words.text(removed, day=show(d)) for d in before if d not in after)
    elif field == "special_hours":
        old_hours, new_hours = dict(old or {}), dict(new or {})
        for day in sorted({*old_hours, *new_hours}):
            shown = words.day(day)
            if day not in old_hours:
                yield words.text(SPECIAL_ADDED, day=shown, new=words.intervals(new_hours[day]))
            elif day not in new_hours:
                yield words.text(SPECIAL_REMOVED, day=shown, old=words.intervals(old_hours[day]))
            elif old_hours[day] != new_hours[day]:
                yield words.text(
                    SPECIAL_CHANGED,
                    day=shown,
                    old=words.intervals(old_hours[day]),
                    new=words.intervals(new_hours[day]),
                )
    else:
        yield from _field(words, field, old, new)


def _node(words: _Words, key: str, field: str, old: Json, new: Json) -> Iterator[str]:
    if field == "options":
        before, after = dict(old or {}), dict(new or {})
        for digit in [*before, *(d for d in after if d not in before)]:
            if digit not in before:
                yield words.text(KEY_ADDED, key=digit, new=words.node(after[digit]))
            elif digit not in after:
                yield words.text(KEY_REMOVED, key=digit, old=words.node(before[digit]))
            elif before[digit] != after[digit]:
                yield words.text(
                    KEY_CHANGED,
                    key=digit,
                    old=words.node(before[digit]),
                    new=words.node(after[digit]),
                )
    elif field == "members":
        old_members, new_members = list(old or []), list(new or [])
        node = words.node(key)
        yield from (
            words.text(MEMBER_ADDED, node=node, name=words.member(m))
            for m in new_members
            if m not in old_members
        )
        yield from (
            words.text(MEMBER_REMOVED, node=node, name=words.member(m))
            for m in old_members
            if m not in new_members
        )
        kept_old_members = [m for m in old_members if m in new_members]
        kept_new_members = [m for m in new_members if m in old_members]
        if kept_old_members != kept_new_members:
            yield words.text(
                MEMBER_ORDER,
                old=", ".join(map(words.member, kept_old_members)),
                new=", ".join(map(words.member, kept_new_members)),
            )
    elif any(field in exits for exits in EXIT_KEYS.values()):
        yield words.text(
            EXIT,
            exit=exit_name(field, words.translate),
            old=words.target(field, old),
            new=words.target(field, new),
        )
    else:
        yield from _field(words, field, old, new)


def _field(words: _Words, field: str, old: Json, new: Json) -> Iterator[str]:
    label = LABELS.get(field) or FIELDS.get(field)
    if label is None:
        yield words.text(OTHER, field=quoted(field, words.translate))
        return
    context = _C if field in LABELS else "PatternFields"
    yield words.text(
        CHANGE,
        label=words.translate(context, label),
        old=words.value(field, old),
        new=words.value(field, new),
    )


_CHANGES: Final[Mapping[str, Callable[[_Words, str, str, Json, Json], Iterator[str]]]] = {
    "entries": lambda w, key, field, old, new: _field(w, field, old, new),
    "calendars": lambda w, key, field, old, new: _calendar(w, field, old, new),
    "members": lambda w, key, field, old, new: _field(w, field, old, new),
    "nodes": _node,
}


def diff_lines(result: PatternDiff, translate: Translate) -> list[str]:
    """The differences, one line each (changes indented under their heading), and the
    numbers affected; "No differences." first when nothing changed."""
    words = _Words(result, translate)
    lines: list[str] = []
    for part in PARTS:
        for key in result.added[part]:
            lines.append(words.text(ADDED[part], **_names(words, part, key, result.new)))
        for key in result.removed[part]:
            lines.append(words.text(REMOVED[part], **_names(words, part, key, result.old)))
        for key, fields in result.changed[part].items():
            lines.append(words.text(CHANGED[part], **_names(words, part, key, result.new)))
            for field, (old, new) in fields.items():
                lines.extend(f"  {line}" for line in _CHANGES[part](words, key, field, old, new))
    if not lines:
        lines.append(translate(_C, NO_DIFFERENCES))
    numbers = ", ".join(phone(n) for n in result.entries_affected) or "-"
    lines.append(words.text(AFFECTED, numbers=numbers))
    return lines
