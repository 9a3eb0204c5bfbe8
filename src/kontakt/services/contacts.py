"""Use case "check these contacts": HRM export + directory + ring patterns in, findings out.

The GUI and `kontakt check-contacts` both call `run_contact_check`; the GUI first shows
`preview_mapping` so the user can confirm or change the columns. Progress and cancel are
polled every few thousand rows, never per row.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kontakt.core.contacts import errors
from kontakt.core.contacts.checks import CheckInput, check_records, skipped_codes
from kontakt.core.contacts.directory import DirectoryEntry, read_directory
from kontakt.core.contacts.errors import ContactInputError
from kontakt.core.contacts.hrm_import import read_table, to_records
from kontakt.core.contacts.mapping import MappingProfile, automatic_mapping, resolve_mapping
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult
from kontakt.core.contacts.phones import PhoneClassifier

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


def preview_mapping(path: Path, sheet: str | None = None, rows: int = 5) -> MappingPreview:
    """Headers, automatic field -> header mapping and the first `rows` data rows of an export.

    Raises `ContactInputError` when the file cannot be used.
    """
    table = read_table(path, sheet)
    return MappingPreview(table.headers, automatic_mapping(table.headers), table.rows[:rows])


def run_contact_check(request: ContactCheckRequest, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> ContactCheckResult:
    """Read the export and the other inputs, check every row, return everything found.

    Raises `ContactInputError` (with what and where) for an input that cannot be used, and
    `CheckCancelled` when `cancel()` returns True.
    """
    collecting = gc.isenabled()
    gc.disable()  # the run builds hundreds of thousands of objects and no cycles: the
    try:          # collector's passes over them would cost more than the check itself
        return _run(request, progress, cancel)
    finally:
        if collecting:
            gc.enable()


def _run(request: ContactCheckRequest, progress: Progress | None,
         cancel: Cancel | None) -> ContactCheckResult:
    table = read_table(request.hrm_path, request.sheet)
    mapping = resolve_mapping(table.headers, profile=request.profile,
                              overrides=request.overrides, file=table.file)
    records = to_records(table, mapping)
    del table
    phones = PhoneClassifier()
    directory = request.directory
    if directory is None and request.directory_path is not None:
        directory = read_directory(request.directory_path, phones)
    members = request.members
    if members is None and request.pattern_paths:
        members = [member for path in request.pattern_paths
                   for member in load_pattern_members(path)]
    given = CheckInput(mapped=tuple(mapping), today=request.today or dt.date.today(),
                       directory=directory, members=members, domains=tuple(request.domains))

    def poll(done: int, total: int) -> None:
        if cancel is not None and cancel():
            raise CheckCancelled
        if progress is not None:
            progress(done, total)

    findings = check_records(records, given, poll, phones)
    return ContactCheckResult(
        source=request.hrm_path.name, rows=len(records), records=records, findings=findings,
        mapping=mapping, skipped_checks=skipped_codes(given), today=given.today)


def load_pattern_members(path: Path) -> list[PatternMember]:
    """The members of a ring-pattern document (version 1), read just enough for the check.

    Raises `ContactInputError` for a file that is not such a document.
    """
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise ContactInputError(errors.PATTERN_FILE, file=path.name, reason=str(exc)) from exc
    members = document.get("members") if isinstance(document, dict) else None
    if not isinstance(members, dict):
        raise ContactInputError(errors.PATTERN_FILE, file=path.name,
                                reason="no \"members\" object")
    pattern_id = str(document.get("id") or path.stem)
    found = []
    for member_id, member in members.items():
        if not isinstance(member, dict):
            raise ContactInputError(errors.PATTERN_FILE, file=path.name,
                                    reason=f"member {member_id} is not an object")
        found.append(PatternMember(
            pattern_id, str(member_id), str(member.get("employee_id") or ""),
            str(member.get("name") or ""), str(member.get("number") or "")))
    return found
