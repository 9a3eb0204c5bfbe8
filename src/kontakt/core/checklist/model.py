"""A test checklist's cases and the verdicts a tester gives them, as plain values.

A case is what the tester does and what should happen. A test call (`kind` "call") names
the number, the moment, the keys and who answers, and `expect` is what the simulator gives
on the new pattern for exactly that call; device checks, the standing checks that end every
checklist and the tester's own cases are done by hand and have no `expect`. Cases are kept
in a run as their `to_dict()` form, so a run reads back the same after Kontakt restarts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from kontakt.core.texts import QT_TRANSLATE_NOOP


class CaseKind(StrEnum):
    CALL = "call"
    DEVICE = "device"
    STANDING = "standing"
    OWN = "own"


class Verdict(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    CANNOT_TEST = "cannot-test"
    NOT_TESTED = "not-tested"


VERDICT_WORDS: Mapping[Verdict, str] = {
    Verdict.PASSED: QT_TRANSLATE_NOOP("ChecklistWords", "Passed"),
    Verdict.FAILED: QT_TRANSLATE_NOOP("ChecklistWords", "Failed"),
    Verdict.CANNOT_TEST: QT_TRANSLATE_NOOP("ChecklistWords", "Cannot test"),
    Verdict.NOT_TESTED: QT_TRANSLATE_NOOP("ChecklistWords", "Not tested"),
}
"""The verdicts as status labels (context "ChecklistWords")."""


@dataclass(frozen=True)
class Expect:
    """What the simulator gives for a test call: how it ends, every member whose phone
    rang (each once, in the order their phones first rang), who answered, where it went."""

    outcome: str
    rang: tuple[str, ...] = ()
    answered_by: str | None = None
    forwarded_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "rang": list(self.rang),
            "answered_by": self.answered_by,
            "forwarded_to": self.forwarded_to,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Expect:
        return cls(
            str(data["outcome"]),
            tuple(str(m) for m in data.get("rang") or ()),
            data.get("answered_by"),
            data.get("forwarded_to"),
        )


@dataclass(frozen=True)
class TestCase:
    """One case of a checklist, its texts already in the user's language.

    `reason` says what changed that the case tests, `instructions` when and how to call (or
    what to check), `expected` the expected result in words.
    """

    __test__ = False  # not a pytest class

    id: str
    kind: CaseKind
    reason: str
    instructions: str
    expected: str
    entry: str | None = None
    at: datetime | None = None
    press: tuple[str, ...] = ()
    answer: str | None = None
    expect: Expect | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Facts for later steps (the state tested, the node a case is about)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": str(self.kind),
            "reason": self.reason,
            "instructions": self.instructions,
            "expected": self.expected,
            "entry": self.entry,
            "at": None if self.at is None else self.at.isoformat(timespec="seconds"),
            "press": list(self.press),
            "answer": self.answer,
            "expect": None if self.expect is None else self.expect.to_dict(),
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TestCase:
        at = data.get("at")
        expect = data.get("expect")
        return cls(
            id=str(data.get("id", "")),
            kind=CaseKind(data.get("kind", CaseKind.OWN)),
            reason=str(data.get("reason", "")),
            instructions=str(data.get("instructions", "")),
            expected=str(data.get("expected", "")),
            entry=data.get("entry"),
            at=None if not at else datetime.fromisoformat(str(at)),
            press=tuple(str(d) for d in data.get("press") or ()),
            answer=data.get("answer"),
            expect=None if not expect else Expect.from_dict(expect),
            extra=dict(data.get("extra") or {}),
        )


def numbered(cases: Sequence[TestCase]) -> list[TestCase]:
    """`cases` with their ids in checklist order: T01, T02, …"""
    return [replace(case, id=f"T{number:02d}") for number, case in enumerate(cases, 1)]


@dataclass(frozen=True)
class PhoneOrder:
    """A phone ordered for an employee, as far as its device checks need it."""

    name: str
    number: str
    device: str
    """`desk`, `mobile` or `softphone`."""
    email: str = ""
    """The e-mail address set up on the phone, when that was ordered."""
