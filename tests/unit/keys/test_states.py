"""The lifecycle of a change request: every allowed move, and the refused ones."""

from __future__ import annotations

import itertools

import pytest

from kontakt.core.changes.states import (
    MOVES,
    NotEditable,
    RefusedMove,
    State,
    ensure_editable,
    move,
)

ALLOWED = {
    (State.DRAFT, State.APPROVED),
    (State.APPROVED, State.QUEUED),
    (State.QUEUED, State.DELIVERED),
    (State.QUEUED, State.FAILED),
    (State.DELIVERED, State.IN_PROGRESS),
    (State.DELIVERED, State.COMPLETED),
    (State.DELIVERED, State.REJECTED),
    (State.IN_PROGRESS, State.COMPLETED),
    (State.IN_PROGRESS, State.REJECTED),
}


def test_every_state_has_its_moves() -> None:
    assert set(MOVES) == set(State)


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_moves(current: State, target: State) -> None:
    assert move(current, target) is target


@pytest.mark.parametrize(
    ("current", "target"),
    sorted(set(itertools.product(State, State)) - ALLOWED),
)
def test_every_other_move_is_refused(current: State, target: State) -> None:
    with pytest.raises(RefusedMove) as refused:
        move(current, target)
    assert (refused.value.current, refused.value.target) == (current, target)


def test_the_happy_path_is_the_documented_lifecycle() -> None:
    state = State.DRAFT
    for target in (
        State.APPROVED,
        State.QUEUED,
        State.DELIVERED,
        State.IN_PROGRESS,
        State.COMPLETED,
    ):
        state = move(state, target)
    assert not MOVES[state]  # nothing follows completed


def test_a_draft_cannot_skip_approval() -> None:
    with pytest.raises(RefusedMove):
        move(State.DRAFT, State.QUEUED)


@pytest.mark.parametrize("state", [s for s in State if s is not State.DRAFT])
def test_only_a_draft_is_editable(state: State) -> None:
    ensure_editable(State.DRAFT)
    with pytest.raises(NotEditable):
        ensure_editable(state)


def test_unknown_states_are_not_states() -> None:
    with pytest.raises(ValueError):
        State("sent")
