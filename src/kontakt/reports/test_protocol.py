"""The test protocol in Excel: a checklist run, case by case, with a signature line.

Two sheets through the shared writer: a summary (the change, who tested and when, the count
of each verdict, the result and the lines to sign), and every case with its instructions,
expected result, verdict, note and the time it was recorded. A checklist not yet run (the
command line's `--xlsx`) is the same protocol with every case "Not tested", to fill in on
paper. Texts come translated through the caller's `translate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kontakt.core.checklist.model import VERDICT_WORDS, TestCase, Verdict
from kontakt.core.texts import Translate
from kontakt.reports.cells import CellValue
from kontakt.reports.excel import Column, SummaryBlock, WorkbookBuilder

SIGNATURE_LINE = "_" * 40


@dataclass(frozen=True)
class ProtocolCase:
    """A case with what the tester recorded for it."""

    case: TestCase
    verdict: Verdict = Verdict.NOT_TESTED
    note: str = ""
    recorded_at: datetime | None = None
    """Local time the verdict was given."""


@dataclass(frozen=True)
class Protocol:
    title: str
    """The change tested, in words."""
    municipality: str
    tester: str
    started: datetime | None
    finished: datetime | None
    cases: Sequence[ProtocolCase]

    @property
    def verified(self) -> bool:
        """Every case passed."""
        return bool(self.cases) and all(c.verdict is Verdict.PASSED for c in self.cases)


def _local(moment: datetime | None) -> datetime | None:
    # Excel has no time zones: the tester's wall-clock time is what they wrote down.
    return None if moment is None else moment.astimezone().replace(tzinfo=None, microsecond=0)


def write_test_protocol(
    path: Path, protocol: Protocol, *, translate: Translate, now: datetime | None = None
) -> Path:
    """Write `protocol` to `path` (replacing it) and return `path`."""
    exported = now or datetime.now()
    heading = translate("TestProtocol", "Test protocol: {title}").format(title=protocol.title)
    counts = {v: sum(c.verdict is v for c in protocol.cases) for v in Verdict}
    word = {v: translate("ChecklistWords", VERDICT_WORDS[v]) for v in Verdict}
    if protocol.verified:
        result = translate("TestProtocol", "Verified: every case passed.")
    elif counts[Verdict.FAILED]:
        result = translate("TestProtocol", "Not verified: some cases failed.")
    else:
        result = translate("TestProtocol", "Not verified yet: some cases are not passed.")
    blocks = [
        SummaryBlock(
            None,
            [
                (translate("TestProtocol", "Change"), protocol.title),
                (translate("TestProtocol", "Municipality"), protocol.municipality),
                (translate("TestProtocol", "Tested by"), protocol.tester),
                (translate("TestProtocol", "Started"), _local(protocol.started)),
                (translate("TestProtocol", "Finished"), _local(protocol.finished)),
                (translate("TestProtocol", "Exported"), exported.replace(microsecond=0)),
            ],
        ),
        SummaryBlock(
            translate("TestProtocol", "Summary"),
            [
                (translate("TestProtocol", "Cases"), len(protocol.cases)),
                *((word[v], counts[v]) for v in Verdict),
                (translate("TestProtocol", "Result"), result),
            ],
        ),
        SummaryBlock(
            translate("TestProtocol", "Signature"),
            [
                (translate("TestProtocol", "Place and date"), SIGNATURE_LINE),
                (translate("TestProtocol", "Signature of the tester"), SIGNATURE_LINE),
            ],
        ),
    ]
    columns = [
        Column(translate("TestProtocol", "No.")),
        Column(translate("TestProtocol", "What is tested"), max_width=30, wrap=True),
        Column(translate("TestProtocol", "How to test"), max_width=45, wrap=True),
        Column(translate("TestProtocol", "Expected result"), max_width=50, wrap=True),
        Column(translate("TestProtocol", "Verdict"), max_width=16, wrap=True),
        Column(translate("TestProtocol", "Note"), min_width=20, max_width=30, wrap=True),
        Column(translate("TestProtocol", "Recorded")),
    ]
    rows: list[list[CellValue]] = [
        [
            c.case.id,
            c.case.reason,
            c.case.instructions,
            c.case.expected,
            word[c.verdict],
            c.note,
            _local(c.recorded_at),
        ]
        for c in protocol.cases
    ]
    with WorkbookBuilder(title=heading, created=exported) as book:
        book.add_summary_sheet(translate("TestProtocol", "Summary"), heading, blocks)
        book.add_table_sheet(translate("TestProtocol", "Cases"), columns, rows)
        return book.save(path)
