"""Change requests in words: their kinds and states, and a ring-pattern diff as sentences.

Source texts are English, marked for translation; the window and the command line render
them with their own `translate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from kontakt.core.changes.approval import Kind
from kontakt.core.changes.states import State
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

KIND_NAMES: Final[Mapping[str, str]] = {
    Kind.CONTACT_CORRECTION: QT_TRANSLATE_NOOP("ChangeKinds", "Contact correction"),
    Kind.RING_PATTERN: QT_TRANSLATE_NOOP("ChangeKinds", "Ring-pattern change"),
    Kind.PHONE_ORDER: QT_TRANSLATE_NOOP("ChangeKinds", "Phone order"),
    Kind.FAULT_REPORT: QT_TRANSLATE_NOOP("ChangeKinds", "Fault report"),
}

STATE_NAMES: Final[Mapping[str, str]] = {
    State.DRAFT: QT_TRANSLATE_NOOP("ChangeStates", "Draft"),
    State.APPROVED: QT_TRANSLATE_NOOP("ChangeStates", "Approved"),
    State.QUEUED: QT_TRANSLATE_NOOP("ChangeStates", "Waiting in the outbox"),
    State.DELIVERED: QT_TRANSLATE_NOOP("ChangeStates", "Delivered"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("ChangeStates", "In progress at IKTNH"),
    State.COMPLETED: QT_TRANSLATE_NOOP("ChangeStates", "Completed"),
    State.REJECTED: QT_TRANSLATE_NOOP("ChangeStates", "Rejected by IKTNH"),
    State.FAILED: QT_TRANSLATE_NOOP("ChangeStates", "Refused on delivery"),
}


def kind_name(kind: str, translate: Translate) -> str:
    """The kind of a change request in words (an unknown kind as it is stored)."""
    return translate("ChangeKinds", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def state_name(state: str, translate: Translate) -> str:
    """The state of a change request in words (an unknown state as it is stored)."""
    return translate("ChangeStates", STATE_NAMES[state]) if state in STATE_NAMES else state


_ADDED: Final = {
    "entries": QT_TRANSLATE_NOOP("PatternDiffWords", "Number {id} is added."),
    "calendars": QT_TRANSLATE_NOOP("PatternDiffWords", "Calendar {id} is added."),
    "members": QT_TRANSLATE_NOOP("PatternDiffWords", "Member {id} is added."),
    "nodes": QT_TRANSLATE_NOOP("PatternDiffWords", "Node {id} is added."),
}
_REMOVED: Final = {
    "entries": QT_TRANSLATE_NOOP("PatternDiffWords", "Number {id} is removed."),
    "calendars": QT_TRANSLATE_NOOP("PatternDiffWords", "Calendar {id} is removed."),
    "members": QT_TRANSLATE_NOOP("PatternDiffWords", "Member {id} is removed."),
    "nodes": QT_TRANSLATE_NOOP("PatternDiffWords", "Node {id} is removed."),
}
_CHANGED: Final = {
    "entries": QT_TRANSLATE_NOOP("PatternDiffWords", "Number {id} changes: {fields}."),
    "calendars": QT_TRANSLATE_NOOP("PatternDiffWords", "Calendar {id} changes: {fields}."),
    "members": QT_TRANSLATE_NOOP("PatternDiffWords", "Member {id} changes: {fields}."),
    "nodes": QT_TRANSLATE_NOOP("PatternDiffWords", "Node {id} changes: {fields}."),
}
_AFFECTED: Final = QT_TRANSLATE_NOOP(
    "PatternDiffWords", "Numbers callers will notice it on: {numbers}"
)
PARTS: Final = ("entries", "calendars", "members", "nodes")

FIELD_WORDS: Final[Mapping[str, str]] = {
    "label": QT_TRANSLATE_NOOP("PatternDiffFields", "label"),
    "start": QT_TRANSLATE_NOOP("PatternDiffFields", "first node"),
    "weekly": QT_TRANSLATE_NOOP("PatternDiffFields", "opening hours"),
    "public_holidays": QT_TRANSLATE_NOOP("PatternDiffFields", "public holidays"),
    "closed_dates": QT_TRANSLATE_NOOP("PatternDiffFields", "closed days"),
    "closed_yearly": QT_TRANSLATE_NOOP("PatternDiffFields", "yearly closed days"),
    "special_hours": QT_TRANSLATE_NOOP("PatternDiffFields", "special hours"),
    "name": QT_TRANSLATE_NOOP("PatternDiffFields", "name"),
    "employee_id": QT_TRANSLATE_NOOP("PatternDiffFields", "employee number"),
    "number": QT_TRANSLATE_NOOP("PatternDiffFields", "number"),
    "device": QT_TRANSLATE_NOOP("PatternDiffFields", "phone"),
    "site": QT_TRANSLATE_NOOP("PatternDiffFields", "site"),
    "type": QT_TRANSLATE_NOOP("PatternDiffFields", "node type"),
    "calendar": QT_TRANSLATE_NOOP("PatternDiffFields", "calendar"),
    "prompt": QT_TRANSLATE_NOOP("PatternDiffFields", "announcement"),
    "options": QT_TRANSLATE_NOOP("PatternDiffFields", "menu choices"),
    "timeout_s": QT_TRANSLATE_NOOP("PatternDiffFields", "wait for a key"),
    "members": QT_TRANSLATE_NOOP("PatternDiffFields", "members"),
    "strategy": QT_TRANSLATE_NOOP("PatternDiffFields", "ringing order"),
    "ring_s": QT_TRANSLATE_NOOP("PatternDiffFields", "ringing time"),
    "max_ring_s": QT_TRANSLATE_NOOP("PatternDiffFields", "longest ringing time"),
    "max_wait_s": QT_TRANSLATE_NOOP("PatternDiffFields", "maximum queue time"),
    "max_callers": QT_TRANSLATE_NOOP("PatternDiffFields", "most callers in the queue"),
    "mailbox": QT_TRANSLATE_NOOP("PatternDiffFields", "voicemail box"),
    "open": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes when open"),
    "closed": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes when closed"),
    "holiday": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes on a closed day"),
    "no_input": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes without a key"),
    "invalid": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes on a wrong key"),
    "no_answer": QT_TRANSLATE_NOOP("PatternDiffFields", "where it goes without an answer"),
    "overflow": QT_TRANSLATE_NOOP("PatternDiffFields", "overflow"),
    "next": QT_TRANSLATE_NOOP("PatternDiffFields", "next node"),
}
"""The fields of a ring pattern's parts in words; a field not here is named as written."""


def _field(name: str, translate: Translate) -> str:
    return translate("PatternDiffFields", FIELD_WORDS[name]) if name in FIELD_WORDS else name


def _part(diff: Mapping[str, Any], group: str, part: str) -> Mapping[str, Any]:
    found = diff.get(group)
    value = found.get(part) if isinstance(found, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def diff_in_words(diff: Mapping[str, Any], translate: Translate) -> list[str]:
    """One sentence per part added, removed or changed in a ring-pattern diff (the
    `pattern diff --json` form), then the numbers it affects."""
    lines: list[str] = []
    for part in PARTS:
        for key in _part(diff, "added", part):
            lines.append(render(translate, "PatternDiffWords", _ADDED[part], {"id": key}))
        for key in _part(diff, "removed", part):
            lines.append(render(translate, "PatternDiffWords", _REMOVED[part], {"id": key}))
        for key, fields in _part(diff, "changed", part).items():
            names = (
                ", ".join(_field(f, translate) for f in fields)
                if isinstance(fields, Mapping)
                else ""
            )
            lines.append(
                render(translate, "PatternDiffWords", _CHANGED[part], {"id": key, "fields": names})
            )
    if not lines:
        lines.append(translate("PatternDiffWords", "Nothing changes against the current set-up."))
    affected = diff.get("entries_affected")
    numbers = [str(n) for n in affected] if isinstance(affected, list) else []
    if numbers:
        lines.append(
            render(translate, "PatternDiffWords", _AFFECTED, {"numbers": ", ".join(numbers)})
        )
    return lines
