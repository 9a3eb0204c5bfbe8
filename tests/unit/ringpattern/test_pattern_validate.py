"""Every finding code: a minimal pattern that has it and a near one that does not."""

from __future__ import annotations

from typing import Any

import pytest

from kontakt.core.ringpattern import Finding, from_document, validate
from kontakt.core.ringpattern.messages import FINDING_MESSAGES, finding_message
from kontakt.core.ringpattern.validate import SEVERITY
from kontakt.core.severity import Severity
from kontakt.core.texts import untranslated
from kontakt.i18n import command_line_translate

from .builders import MAIN, demo, document, group, voicemail

SCHEDULE = {"id": "s", "type": "schedule", "calendar": "office", "open": "g", "closed": "vm"}
CLOSED_MSG = {"id": "msg", "type": "announcement", "prompt": "Closed", "next": "vm"}


def _codes(doc: dict[str, Any]) -> list[Finding]:
    return validate(from_document(doc))


def _with(code: str, doc: dict[str, Any]) -> list[Finding]:
    return [f for f in _codes(doc) if f.code == code]


# (code, document with the finding, document without it)
CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "unknown-target",
        document([group("g", ["a", "b"], no_answer="nowhere"), voicemail()]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "missing-exit",
        document([group("g", ["a", "b"], no_answer=None), voicemail()]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "unknown-member",
        document([group("g", ["a", "zed"]), voicemail()]),
        document([group("g", ["a", "c"]), voicemail()]),
    ),
    (
        "unknown-calendar",
        document([{**SCHEDULE, "calendar": "shop"}, group("g", ["a", "b"]), voicemail()]),
        document([SCHEDULE, group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "empty-group",
        document([group("g", []), voicemail()]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "endless-loop",
        document([group("g", ["a", "b"], no_answer="msg"), {**CLOSED_MSG, "next": "g"}]),
        document([group("g", ["a", "b"], no_answer="msg"), CLOSED_MSG, voicemail()]),
    ),
    (
        "invalid-number",
        document(
            [group("g", ["a", "b"]), voicemail()],
            members={"a": {"number": "+4712345"}, "b": {"number": "+4741234567"}},
        ),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "duplicate-entry-number",
        document(
            [group("g", ["a", "b"]), voicemail()],
            entries=[{"number": MAIN, "start": "g"}, {"number": MAIN, "start": "vm"}],
        ),
        document(
            [group("g", ["a", "b"]), voicemail()],
            entries=[{"number": MAIN, "start": "g"}, {"number": "+4756100500", "start": "vm"}],
        ),
    ),
    (
        "duplicate-id",
        document([group("g", ["a", "b"]), voicemail(), voicemail()]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "unreachable-node",
        document([group("g", ["a", "b"]), voicemail(), voicemail("other")]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "single-member-group",
        document([group("g", ["a"]), voicemail()]),
        document([group("g", ["a", "b"]), voicemail()]),
    ),
    (
        "long-wait",
        document([group("g", ["a", "b", "c"], strategy="sequential", ring_s=61), voicemail()]),
        document([group("g", ["a", "b", "c"], strategy="sequential", ring_s=60), voicemail()]),
    ),
    (
        "silent-hangup",
        document([group("g", ["a", "b"], no_answer="bye"), {"id": "bye", "type": "hangup"}]),
        document(
            [
                group("g", ["a", "b"], no_answer="msg"),
                {**CLOSED_MSG, "next": "bye"},
                {"id": "bye", "type": "hangup"},
            ]
        ),
    ),
    (
        "no-public-holidays",
        document(
            [SCHEDULE, group("g", ["a", "b"]), voicemail()],
            calendars={"office": {"weekly": {}, "public_holidays": None}},
        ),
        document([SCHEDULE, group("g", ["a", "b"]), voicemail()]),
    ),
]


def test_every_spec_code_is_covered_and_worded() -> None:
    assert {code for code, _, _ in CASES} == set(SEVERITY) == set(FINDING_MESSAGES)


@pytest.mark.parametrize(("code", "bad", "good"), CASES, ids=[c[0] for c in CASES])
def test_finding_is_reported_only_when_due(
    code: str, bad: dict[str, Any], good: dict[str, Any]
) -> None:
    found = _with(code, bad)
    assert len(found) == 1
    assert found[0].severity is SEVERITY[code]
    assert _with(code, good) == []
    message = finding_message(found[0], from_document(bad), untranslated)
    assert "{" not in message and "%" not in message


def test_findings_name_what_they_concern() -> None:
    doc = document(
        [
            group("g", ["a", "b"], no_answer="nowhere"),
            voicemail(),
            {"id": "fw", "type": "forward", "number": "+47123"},
        ],
        entries=[{"number": "+4700", "start": "g"}, {"number": MAIN, "start": "fw"}],
    )
    found = {(f.code, f.node, f.entry) for f in _codes(doc)}
    assert ("unknown-target", "g", None) in found
    assert ("invalid-number", None, "+4700") in found
    assert ("invalid-number", "fw", None) in found


def test_a_missing_entry_start_and_a_missing_menu_option_are_missing_exits() -> None:
    doc = document(
        [
            {"id": "m", "type": "menu", "prompt": "?", "options": {"1": None}, "no_input": "vm"},
            voicemail(),
        ],
        entries=[{"number": MAIN, "start": None}, {"number": "+4756100500", "start": "m"}],
    )
    found = {(f.code, f.node, f.entry, f.params.get("exit")) for f in _codes(doc)}
    assert ("missing-exit", None, MAIN, "start") in found
    assert ("missing-exit", "m", None, 'options."1"') in found


def test_endless_loop_through_a_schedule_and_a_menu_without_input() -> None:
    doc = document(
        [
            SCHEDULE,
            {"id": "g", "type": "menu", "prompt": "?", "options": {"1": "vm"}, "no_input": "s"},
            voicemail(),
        ]
    )
    loops = _with("endless-loop", doc)
    assert [(f.node, f.params["path"]) for f in loops] == [("s", "s → g → s")]


def test_every_cycle_through_a_shared_node_is_its_own_finding() -> None:
    # s: open -> g (nobody answers -> s), closed -> q (overflow -> s): two loops through s
    doc = document(
        [
            {**SCHEDULE, "closed": "q"},
            group("g", ["a", "b"], no_answer="s"),
            {
                "id": "q",
                "type": "queue",
                "members": ["a", "b"],
                "strategy": "sequential",
                "overflow": "s",
            },
            voicemail(),
        ]
    )
    loops = _with("endless-loop", doc)
    assert sorted(f.params["path"] for f in loops) == ["s → g → s", "s → q → s"]


def test_a_loop_that_needs_a_key_is_no_endless_loop() -> None:
    doc = document(
        [
            {"id": "m", "type": "menu", "prompt": "?", "options": {"9": "m"}, "no_input": "vm"},
            voicemail(),
        ]
    )
    assert _with("endless-loop", doc) == []


def test_a_self_loop_is_an_endless_loop() -> None:
    doc = document([{"id": "m", "type": "menu", "prompt": "?", "options": {}, "no_input": "m"}])
    assert [f.node for f in _with("endless-loop", doc)] == ["m"]


def test_long_wait_adds_groups_and_queues_until_an_announcement() -> None:
    queue = {
        "id": "q",
        "type": "queue",
        "members": ["a", "b"],
        "strategy": "simultaneous",
        "max_wait_s": 120,
        "overflow": "vm",
    }
    chained = document([group("g", ["a", "b"], ring_s=61, no_answer="q"), queue, voicemail()])
    assert [(f.node, f.params["seconds"]) for f in _with("long-wait", chained)] == [("g", 181)]
    broken = document(
        [
            group("g", ["a", "b"], ring_s=61, no_answer="msg"),
            CLOSED_MSG,
            {**queue, "id": "q2"},
            voicemail(),
        ],
        entries=[{"number": MAIN, "start": "g"}],
    )
    assert _with("long-wait", broken) == []


def test_errors_come_first_and_the_demo_has_only_its_long_waits() -> None:
    found = validate(demo())
    assert [(f.code, f.node) for f in found] == [
        ("long-wait", "sentralbord"),
        ("long-wait", "helse"),
    ]
    mixed = _codes(
        document([group("g", ["a"]), voicemail(), voicemail("x")], members={"a": {"number": "+1"}})
    )
    ranks = [f.severity.rank for f in mixed]
    assert ranks == sorted(ranks, reverse=True) and mixed[0].severity is Severity.ERROR


def test_a_member_listed_twice_is_still_a_single_member_group() -> None:
    twice = _with("single-member-group", document([group("g", ["a", "a"]), voicemail()]))
    assert [(f.node, f.params["member"]) for f in twice] == [("g", "a")]


def _nynorsk(finding: Finding, doc: dict[str, Any]) -> str:
    return finding_message(finding, from_document(doc), command_line_translate("nn"))


def test_finding_messages_name_people_exits_and_numbers_as_they_are_read() -> None:
    members = {"kari": {"name": "Kari Nordmann", "number": "+4756100010"}, "x": {"number": MAIN}}
    single = document([group("g", ["kari"], no_answer="nowhere"), voicemail()], members=members)
    by_code = {f.code: f for f in _codes(single)}
    assert _nynorsk(by_code["single-member-group"], single) == (
        "Berre Kari Nordmann er i svargruppa: ingen dekkjer opp for vedkommande."
    )
    assert _nynorsk(by_code["unknown-target"], single) == (
        "Utgangen «ikkje svar» fører til «nowhere», som ikkje finst."
    )
    nameless = document([group("g", ["x"]), voicemail()], members=members)
    (finding,) = _with("single-member-group", nameless)
    assert _nynorsk(finding, nameless).startswith("Berre «x» er i svargruppa")
    hangup = document([group("g", ["kari", "x"], no_answer="bye"), {"id": "bye", "type": "hangup"}])
    (silent,) = _with("silent-hangup", hangup)
    assert _nynorsk(silent, hangup) == (
        "Samtalar til 56 10 00 00 kan bli avslutta utan at innringaren høyrer ei melding."
    )


def test_long_waits_group_thousands_with_a_space_in_norwegian() -> None:
    doc = document([group("g", ["a", "b", "c"], strategy="sequential", ring_s=3_000), voicemail()])
    (wait,) = _with("long-wait", doc)
    assert "kan vente 9\u00a0000 s herifrå" in _nynorsk(wait, doc)
