"""The words on a card: its key facts, and each port's label (the inspector uses them too).

Kept apart from the drawing so that the words have one place; the contexts are those the
translations already have ("PatternCard").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kontakt.core.ringpattern.messages import phone, word
from kontakt.core.ringpattern.model import MENU_KEYS, Node, NodeType, Strategy
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

STRATEGIES: Final[Mapping[Strategy, str]] = {
    Strategy.SIMULTANEOUS: QT_TRANSLATE_NOOP("PatternCard", "simultaneous"),
    Strategy.SEQUENTIAL: QT_TRANSLATE_NOOP("PatternCard", "sequential"),
    Strategy.ROTATING: QT_TRANSLATE_NOOP("PatternCard", "rotating"),
}
FACTS: Final = QT_TRANSLATE_NOOP("PatternCard", "{members}, {strategy}")
CALENDAR: Final = QT_TRANSLATE_NOOP("PatternCard", "Calendar: {calendar}")
KEY: Final = QT_TRANSLATE_NOOP("PatternCard", "key {key}")
NO_CALENDAR: Final = QT_TRANSLATE_NOOP("PatternCard", "No calendar")


def port_text(port: str, translate: Translate) -> str:
    """A port's label on its card: a menu key, or the exit in words."""
    if port in MENU_KEYS:
        return render(translate, "PatternCard", KEY, {"key": port})
    return word(port, translate)


def facts(node: Node, translate: Translate) -> str:
    """The key facts a card shows under its label."""
    if node.type in (NodeType.GROUP, NodeType.QUEUE):
        members = translate("PatternCard", "%n member(s)", "", len(node.member_ids))
        strategy = translate("PatternCard", STRATEGIES[node.strategy or Strategy.SIMULTANEOUS])
        return render(translate, "PatternCard", FACTS, {"members": members, "strategy": strategy})
    if node.type is NodeType.SCHEDULE:
        if not node.calendar:
            return translate("PatternCard", NO_CALENDAR)
        return render(translate, "PatternCard", CALENDAR, {"calendar": node.calendar})
    if node.type is NodeType.MENU:
        return translate("PatternCard", "%n option(s)", "", len(node.options or {}))
    if node.type is NodeType.FORWARD:
        return phone(node.number or "")
    if node.type is NodeType.VOICEMAIL:
        return node.mailbox or ""
    if node.type is NodeType.ANNOUNCEMENT:
        return node.prompt or ""
    return ""
