"""Use case "check these contacts": HRM export + directory + ring patterns in, findings out.

The GUI and `kontakt check-contacts` both call `run_contact_check` and, for the Excel audit,
`export_audit`; the GUI first shows `preview_mapping` so the user can confirm or change the
columns. Progress and cancel are polled between the check's passes over the columns (each a
few hundredths of a second on 100,000 rows), never per row. What a check run from the
command line may take from a database is decided here too (`inputs_outside_the_window`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.core.contacts.checks import CheckInput, check_records, skipped_codes
from kontakt.core.contacts.directory import DirectoryEntry, read_directory_columns
from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.hrm_import import read_table, to_columns
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult
from kontakt.core.contacts.phones import PhoneClassifier
from kontakt.core.ringpattern.model import Pattern
from kontakt.core.tables.mapping import MappingProfile, automatic_mapping, resolve_mapping
from kontakt.core.texts import Translate
from kontakt.services.patterns import read_pattern

if TYPE_CHECKING:
    from kontakt.services.contact_data import StoredInputs

Progress = Callable[[int, int], None]
"""(rows done, rows in all)."""
Cancel = Callable[[], bool]
"""True when the user wants the check stopped."""


class CheckCancelled(Exception):
    """The check was stopped because `cancel()` said so."""


@dataclass(frozen=True)
class ContactCheckRequest:
    """What to check and against what.

    The directory is given as entries (from the API) or as a CSV path, the ring patterns
    as members or as document paths; neither means the checks that need it are skipped.
    `domains` are the municipality's e-mail domains (the caller supplies them: from the
    command line, or from the municipality's settings). `today` defaults to the real date.
    """

    hrm_path: Path
    sheet: str | None = None
    profile: MappingProfile | None = None
    overrides: Mapping[str, str] = field(default_factory=dict)
    directory: Sequence[DirectoryEntry] | None = None
    directory_path: Path | None = None
    members: Sequence[PatternMember] | None = None
    pattern_paths: Sequence[Path] = ()
    domains: Sequence[str] = ()
    today: dt.date | None = None


@dataclass(frozen=True)
class MappingPreview:
    """What the GUI shows before a check: the headers, the automatic mapping, a few rows."""

    headers: list[str]
    mapping: dict[str, str]
    rows: list[list[str]]


def workbook_sheets(path: Path) -> list[str]:
    """The sheets of an XLSX export (the GUI asks which to check when there are several);
    [] for a CSV file. Raises `ContactInputError` for a workbook that cannot be read."""
    from kontakt.core.tables.xlsx_table import sheet_names

    return sheet_names(path, HrmImportError)


def preview_mapping(path: Path, sheet: str | None = None, rows: int = 5) -> MappingPreview:
    """Headers, automatic field -> header mapping and the first `rows` data rows of an export.

    Raises `ContactInputError` when the file cannot be used.
    """
    table = read_table(path, sheet)
    return MappingPreview(
        table.headers, automatic_mapping(table.headers, HRM_FIELDS), list(table.rows[:rows])
    )


def run_contact_check(
    request: ContactCheckRequest, progress: Progress | None = None, cancel: Cancel | None = None
) -> ContactCheckResult:
    """Read the export and the other inputs, check every row, return everything found.

    Raises `ContactInputError` (with what and where) for an input that cannot be used, and
    `CheckCancelled` when `cancel()` returns True.
    """

    def stop_if_cancelled() -> None:  # reading takes a few tenths of a second: ask between
        if cancel is not None and cancel():
            raise CheckCancelled

    table = read_table(request.hrm_path, request.sheet)
    stop_if_cancelled()
    mapping = resolve_mapping(
        table.headers,
        HRM_FIELDS,
        profile=request.profile,
        overrides=request.overrides,
        file=table.file,
    )
    records = to_columns(table, mapping)
    notices = table.notices
    del table  # the records hold the cells they need; the rows can go
    phones = PhoneClassifier()
    directory = request.directory
    if directory is None and request.directory_path is not None:
        directory = read_directory_columns(request.directory_path, phones)
        stop_if_cancelled()
    members = request.members
    if members is None and request.pattern_paths:
        members = [
            member for path in request.pattern_paths for member in load_pattern_members(path)
        ]
    given = CheckInput(
        mapped=tuple(mapping),
        today=request.today or dt.date.today(),
        directory=directory,
        members=members,
        domains=tuple(request.domains),
    )

    def poll(done: int, total: int) -> None:
        stop_if_cancelled()
        if progress is not None:
            progress(done, total)

    findings = check_records(records, given, poll, phones)
    return ContactCheckResult(
        source=request.hrm_path.name,
        rows=len(records),
        records=records,
        findings=findings,
        mapping=mapping,
        skipped_checks=skipped_codes(given),
        today=given.today,
        notices=notices,
    )


def inputs_outside_the_window(
    url: str | None, *, load_demo: bool, kommune: str | None = None
) -> StoredInputs | None:
    """What a check run from the command line may take from a database, or None.

    From the database at `url` when one is named (the demo loaded into a new one when
    `load_demo`), otherwise from the user's own database once it holds their real
    municipality: never the demo's, whose made-up register and patterns would be mixed into
    the check of a real export. `kommune` picks the municipality as `--kommune` does.
    None, too, when there is no such database or it has no
    municipality, so that a run on files alone stays a run on files alone.
    """
    from kontakt.services.database import has_default_database

    named = url is not None
    if not named and not has_default_database():
        return None
    # The database layer is imported only when there is a database to ask: a check of
    # files alone starts without it.
    from kontakt.services import startup
    from kontakt.services.contact_data import stored_inputs

    db = startup.open_for_use(url, load_demo=named and load_demo, kommune=kommune)
    try:
        stored = stored_inputs(db)
    finally:
        db.dispose()
    if not stored.municipality or (stored.is_demo and not named):
        return None
    return stored


def export_audit(
    path: Path,
    result: ContactCheckResult,
    *,
    municipality: str,
    translate: Translate,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Write the Excel audit of `result` to `path` in the language of `translate`; `path`.

    `municipality` names the audit (an empty name: the checked file does). Raises `OSError`
    when the file cannot be written and `kontakt.reports.excel.ReportCancelled` when
    `cancel()` turns true; neither leaves a file behind.
    """
    from kontakt.reports.contact_audit import write_contact_audit

    return write_contact_audit(
        path,
        result,
        municipality=municipality,
        translate=translate,
        progress=progress,
        cancel=cancel,
    )


def pattern_members(pattern: Pattern) -> list[PatternMember]:
    """The members of a ring pattern, as the contact check compares them."""
    return [
        PatternMember(
            pattern.id,
            member_id,
            member.employee_id or "",
            member.name or "",
            member.number,
            pattern.name,
        )
        for member_id, member in pattern.members.items()
    ]


def load_pattern_members(path: Path) -> list[PatternMember]:
    """The members of the ring-pattern document in `path`, read by the ring-pattern core.

    Raises `PatternError` (naming the file and the place in it) for a file that is not a
    usable version-1 document.
    """
    return pattern_members(read_pattern(path))
