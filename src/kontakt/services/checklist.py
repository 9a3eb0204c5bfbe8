"""Test checklists from ring-pattern files (the command line), and the protocol export.

The work is in `kontakt.core.checklist`; this reads the two files (a `PatternError`
naming the file for anything that cannot be used) and writes the protocol workbook.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kontakt.core.checklist import TestCase, generate
from kontakt.core.texts import Translate
from kontakt.reports.test_protocol import Protocol, ProtocolCase, write_test_protocol
from kontakt.services.patterns import read_pattern


def checklist_for_files(
    old: str | Path,
    new: str | Path,
    translate: Translate,
    *,
    language: str = "nn",
    now: datetime | None = None,
) -> list[TestCase]:
    """The checklist for the change from the pattern in `old` to the one in `new`, for
    calls from `now` (default: the clock) on."""
    before, after = read_pattern(old), read_pattern(new)
    moment = now or datetime.now(after.zone)
    return generate(before, after, translate, now=moment, language=language)


def export_blank_protocol(
    path: Path, title: str, cases: list[TestCase], translate: Translate
) -> Path:
    """The checklist as a protocol to fill in: every case not tested yet."""
    protocol = Protocol(title, "", "", None, None, [ProtocolCase(c) for c in cases])
    return write_test_protocol(path, protocol, translate=translate)
