"""The stable JSON form of a checklist (`kontakt checklist generate --json`).

`{"cases": [{"id", "entry", "at", "press", "answer", "expect": {"outcome", "rang",
"answered_by", "forwarded_to"}, "reason", "instructions"}]}`: the test calls, each one a
call the simulator can repeat on the new pattern and get `expect`. The checks done by hand
(device and standing checks) have no call and are left out; the text output, the wizard
and the protocol show them.
"""

from __future__ import annotations

from collections.abc import Sequence

from kontakt.core.checklist.model import CaseKind, TestCase
from kontakt.core.ringpattern.jsonout import local_iso
from kontakt.core.ringpattern.model import Json


def case_json(case: TestCase) -> dict[str, Json]:
    """A test call in the stable form (`case.kind` must be a call)."""
    assert case.entry is not None and case.at is not None and case.expect is not None
    return {
        "id": case.id,
        "entry": case.entry,
        "at": local_iso(case.at),
        "press": list(case.press),
        "answer": case.answer,
        "expect": case.expect.to_dict(),
        "reason": case.reason,
        "instructions": f"{case.instructions} {case.expected}".strip(),
    }


def checklist_json(cases: Sequence[TestCase]) -> dict[str, Json]:
    return {"cases": [case_json(c) for c in cases if c.kind is CaseKind.CALL]}
