"""The editor's undo commands: each holds the pattern before and after one edit.

The edit itself is done by `kontakt.core.ringpattern.edit` before the command is pushed;
the command only switches between the two values, so undo gives back exactly the pattern
there was. Moves by the keyboard merge while they go on moving the same cards; a mouse
drag is one command already (the scene reports it once, when the cards are dropped).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kontakt.core.ringpattern import Pattern

MOVE_ID = 1


class PatternEdit(QUndoCommand):
    """Switch the editor between `before` and `after` (`apply` shows a pattern)."""

    def __init__(
        self,
        text: str,
        apply: Callable[[Pattern], None],
        before: Pattern,
        after: Pattern,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)

    def id(self) -> int:
        return MOVE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PatternEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
