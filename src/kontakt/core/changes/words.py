"""Change requests in words: their kinds and states (one list of each, for the window and
the command line).

Source texts are English, marked for translation; the window and the command line render
them with their own `translate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kontakt.core.changes.approval import Kind
from kontakt.core.changes.states import State
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate

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
