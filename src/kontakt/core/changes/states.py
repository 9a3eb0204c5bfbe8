"""The lifecycle of a change request, as a state machine.

draft → approved → queued → delivered → in progress → completed, with rejected (by IKTNH,
after delivery) and failed (a delivery IKTNH refused) as the other ends. Only a draft can
be edited; an approved request is changed by making a new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final


class State(StrEnum):
    """A change request's state; the value is what the database holds."""

    DRAFT = "draft"
    APPROVED = "approved"
    QUEUED = "queued"
    DELIVERED = "delivered"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    REJECTED = "rejected"
    FAILED = "failed"


MOVES: Final[Mapping[State, frozenset[State]]] = {
    State.DRAFT: frozenset({State.APPROVED}),
    State.APPROVED: frozenset({State.QUEUED}),
    State.QUEUED: frozenset({State.DELIVERED, State.FAILED}),
    State.DELIVERED: frozenset({State.IN_PROGRESS, State.COMPLETED, State.REJECTED}),
    State.IN_PROGRESS: frozenset({State.COMPLETED, State.REJECTED}),
    State.COMPLETED: frozenset(),
    State.REJECTED: frozenset(),
    State.FAILED: frozenset(),
}
"""Each state and the states it may move to."""


class RefusedMove(ValueError):
    """A move the lifecycle does not allow (`current` → `target`)."""

    def __init__(self, current: State, target: State) -> None:
        super().__init__(f"a change request cannot go from {current} to {target}")
        self.current = current
        self.target = target


class NotEditable(ValueError):
    """The request is past its draft: what it asks cannot change any more."""

    def __init__(self, state: State) -> None:
        super().__init__(f"a change request that is {state} cannot be edited")
        self.state = state


def move(current: State, target: State) -> State:
    """`target`, when the lifecycle allows `current` to become it; else `RefusedMove`."""
    if target not in MOVES[current]:
        raise RefusedMove(current, target)
    return target


def ensure_editable(state: State) -> None:
    """Raise `NotEditable` unless a request in `state` may still be edited (a draft)."""
    if state is not State.DRAFT:
        raise NotEditable(state)
