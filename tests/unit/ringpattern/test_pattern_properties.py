"""Properties over random valid patterns: every call ends, within the step bound, where its
outcome says (the last step is the voicemail, the forwarding, the answer…; a dead end only
where the validator finds a broken exit); writing and reading back gives the same pattern."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kontakt.core.ringpattern import (
    Call,
    NodeType,
    Outcome,
    Pattern,
    dumps,
    from_document,
    loads,
    simulate,
    validate,
)
from kontakt.core.ringpattern.model import MAX_MENU_PLAYS, MENU_KEYS
from kontakt.core.ringpattern.simulate import MAX_ENTRIES_PER_NODE, StepResult

from .builders import MAIN, document

MEMBERS = ["a", "b", "c"]
TYPES = ["schedule", "menu", "group", "queue", "announcement", "voicemail", "forward", "hangup"]


@st.composite
def patterns(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 8))
    ids = [f"n{i}" for i in range(count)]
    target = st.one_of(st.sampled_from(ids), st.none(), st.just("missing"))
    nodes = []
    for node_id in ids:
        kind = draw(st.sampled_from(TYPES))
        node: dict[str, Any] = {"id": node_id, "type": kind}
        if kind == "schedule":
            node |= {"calendar": "office", "open": draw(target), "closed": draw(target)}
            if draw(st.booleans()):
                node["holiday"] = draw(target)
        elif kind == "menu":
            keys = draw(st.lists(st.sampled_from(MENU_KEYS), max_size=3, unique=True))
            node |= {
                "prompt": "?",
                "options": {k: draw(target) for k in keys},
                "timeout_s": draw(st.integers(0, 20)),
                "no_input": draw(target),
            }
            if draw(st.booleans()):
                node["invalid"] = draw(target)
        elif kind in ("group", "queue"):
            node |= {
                "members": draw(st.lists(st.sampled_from(MEMBERS), max_size=3)),
                "strategy": draw(st.sampled_from(["simultaneous", "sequential", "rotating"])),
                "ring_s": draw(st.integers(0, 60)),
            }
            if kind == "group":
                node["no_answer"] = draw(target)
                if draw(st.booleans()):
                    node["max_ring_s"] = draw(st.integers(0, 120))
            else:
                node |= {"max_wait_s": draw(st.integers(0, 400)), "overflow": draw(target)}
        elif kind == "announcement":
            node |= {"prompt": "Hi", "next": draw(target)}
        elif kind == "forward":
            node["number"] = "+4755568700"
        nodes.append(node)
    return document(nodes, start=draw(st.sampled_from(ids)))


calls = st.fixed_dictionaries(
    {
        "at": st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
        "presses": st.lists(st.sampled_from(["1", "2", "9", "#"]), max_size=4),
        "answer": st.one_of(st.none(), st.sampled_from(MEMBERS)),
        "unavailable": st.lists(st.sampled_from(MEMBERS), max_size=2),
    }
)


@settings(max_examples=150, deadline=None)
@given(patterns(), calls)
def test_every_call_ends_in_an_outcome_within_the_bound(
    doc: dict[str, Any], call: dict[str, Any]
) -> None:
    pattern = from_document(doc)
    result = simulate(pattern, MAIN, **call)
    _assert_ends_as_its_outcome_says(pattern, result)
    bound = len(pattern.nodes) * (MAX_ENTRIES_PER_NODE - 1) * MAX_MENU_PLAYS
    assert len(result.steps) <= bound
    assert result.elapsed_s >= 0
    assert (result.answered_by is not None) == (result.outcome is Outcome.ANSWERED)
    validate(pattern)  # never raises on a loadable pattern


BROKEN_EXITS = {"missing-exit", "unknown-target", "unknown-calendar"}


def _assert_ends_as_its_outcome_says(pattern: Pattern, call: Call) -> None:
    """The outcome a caller meets is what the last step did."""
    last = call.steps[-1] if call.steps else None
    node = pattern.node(last.node) if last is not None else None
    outcome = call.outcome
    if outcome is Outcome.ANSWERED:
        assert last is not None and last.result is StepResult.ANSWERED
        assert call.answered_by in (last.rang or ())
    elif outcome is Outcome.VOICEMAIL:
        assert last is not None and last.type is NodeType.VOICEMAIL
    elif outcome is Outcome.FORWARDED:
        assert node is not None and node.type is NodeType.FORWARD
        assert call.forwarded_to == node.number
    elif outcome is Outcome.HANGUP:
        assert node is not None
        assert node.type is NodeType.HANGUP or (
            node.type is NodeType.ANNOUNCEMENT and node.exits.get("next", "") is None
        )
    elif outcome is Outcome.ENDLESS_LOOP:
        visits = Counter(step.node for step in call.steps)
        assert max(visits.values()) >= MAX_ENTRIES_PER_NODE - 1
    else:
        assert outcome is Outcome.DEAD_END
        assert BROKEN_EXITS & {f.code for f in validate(pattern)}


@settings(max_examples=100, deadline=None)
@given(patterns())
def test_load_save_round_trip(doc: dict[str, Any]) -> None:
    pattern = from_document(doc)
    assert loads(dumps(pattern)) == pattern
