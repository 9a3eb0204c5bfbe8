"""Service level: read call records, keep them and the targets, compute and export figures.

The GUI's Servicegrad workspace and `kontakt service-level` both call these. Reading a file
goes through `kontakt.core.tables` (the contact check's import rules) and
`kontakt.core.servicelevel.records`; an import replaces the municipality's call records in
one transaction, with one bulk insert; calling numbers are stored only as keyed hashes, or
not at all. The database's modules are imported where they are used: the command line on a
file alone never loads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.document import loads
from kontakt.core.ringpattern.model import DEFAULT_TIMEZONE, NodeType, Pattern
from kontakt.core.servicelevel import explain
from kontakt.core.servicelevel.figures import (
    DEFAULT_SHORT_ABANDON_S,
    Goal,
    Report,
    TargetReport,
    cell_calls,
    compute,
    entry_key,
)
from kontakt.core.servicelevel.records import (
    CALL_FIELDS,
    CallRecordError,
    CallRecords,
    Result,
    caller_hasher,
    to_records,
)
from kontakt.core.tables.mapping import MappingProfile, automatic_mapping, resolve_mapping
from kontakt.core.tables.table import read_table
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

if TYPE_CHECKING:
    from kontakt.services.contacts import MappingPreview
    from kontakt.storage.db import Database

BAD_TARGET_OPTION = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '"{option}" is not of the form ENTRY_OR_NODE=PERCENT/SECONDS (such as Helse=80/20).',
)
_TARGET = re.compile(r"(.+)=\s*(\d+(?:[.,]\d+)?)\s*%?\s*/\s*(\d+)\s*s?\s*")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was stored."""


@dataclass(frozen=True)
class CallsRequest:
    """What to read: the file (and sheet), the column mapping and the user's results."""

    path: Path
    sheet: str | None = None
    profile: MappingProfile | None = None
    overrides: Mapping[str, str] = field(default_factory=dict)
    results: Mapping[str, Result] = field(default_factory=dict)


def zone_of(pattern: Pattern | None) -> ZoneInfo:
    """The zone naive times are read in: the pattern's, else Norway's."""
    return pattern.zone if pattern is not None else ZoneInfo(DEFAULT_TIMEZONE)


def parse_target_options(options: Sequence[str]) -> dict[str, Goal]:
    """`ENTRY_OR_NODE=PERCENT/SECONDS` options (`--target`) as goals (the other figures at
    the spec's defaults)."""
    goals: dict[str, Goal] = {}
    for option in options:
        found = _TARGET.fullmatch(option)
        if found is None or not found.group(1).strip():
            raise CallRecordError(BAD_TARGET_OPTION, option=option)
        percent = float(found.group(2).replace(",", "."))
        if percent > 100:
            raise CallRecordError(BAD_TARGET_OPTION, option=option)
        goals[found.group(1).strip()] = Goal(percent, int(found.group(3)))
    return goals


def preview_calls(path: Path, sheet: str | None = None, rows: int = 5) -> MappingPreview:
    """Headers, the automatic mapping and the first rows of a call-record file."""
    from kontakt.services.contacts import MappingPreview

    table = read_table(path, sheet, CallRecordError)
    return MappingPreview(
        table.headers, automatic_mapping(table.headers, CALL_FIELDS), list(table.rows[:rows])
    )


def read_calls(
    request: CallsRequest, zone: ZoneInfo, hash_caller: Callable[[str], str] | None = None
) -> CallRecords:
    """The calls of the file; `CallRecordError` (what and where) when it cannot be used."""
    table = read_table(request.path, request.sheet, CallRecordError)
    mapping = resolve_mapping(
        table.headers,
        CALL_FIELDS,
        profile=request.profile,
        overrides=request.overrides,
        file=table.file,
    )
    return to_records(table, mapping, zone, results=request.results, hash_caller=hash_caller)


def analyse(
    calls: CallRecords,
    goals: Mapping[str, Goal],
    pattern: Pattern | None,
    *,
    first: date | None = None,
    last: date | None = None,
    short_abandon_s: float = DEFAULT_SHORT_ABANDON_S,
) -> Report:
    """The spec's figures of `calls` against `goals`."""
    return compute(calls, goals, pattern, first=first, last=last, short_abandon_s=short_abandon_s)


@dataclass(frozen=True)
class ImportedCalls:
    """What an import stored."""

    file: str
    rows: int
    callers_kept: bool


def _municipality_id(db: Database) -> int:
    # late: a run on files alone (`service-level FILE`) never loads the database modules
    from kontakt.services import municipality

    return municipality.required_id(db)


def import_calls(
    db: Database,
    request: CallsRequest,
    *,
    keep_callers: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportedCalls:
    """Read the file and make its calls the municipality's, in one transaction. Calling
    numbers are kept as keyed hashes (`keep_callers`) or dropped. Raises `CallRecordError`,
    `NoMunicipality`, `StorageError` (a reader) or `ImportCancelled`; nothing is stored then."""
    from kontakt.services import users
    from kontakt.storage import servicelevel as storage

    municipality_id = _municipality_id(db)
    # before the file is read: a reader learns at once, not after a year of records
    users.require(db, users.CHANGE)
    pattern = current_pattern(db)
    zone = zone_of(pattern)

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancel is not None and cancel():
            raise ImportCancelled

    step(0, 1)
    hasher = None
    if keep_callers:
        with db.transaction() as session:
            hasher = caller_hasher(storage.caller_key(session))
    calls = read_calls(request, zone, hasher)
    rows = len(calls)
    step(rows, 2 * rows)  # reading is about half the work, storing the other half
    with db.transaction() as session:
        storage.replace_calls(
            session, municipality_id, calls, zone, lambda done: step(rows + done, 2 * rows)
        )
    return ImportedCalls(calls.file, len(calls), calls.callers is not None)


def stored_calls(db: Database) -> CallRecords | None:
    """The municipality's call records (local times in the current pattern's zone)."""
    from kontakt.services import municipality
    from kontakt.storage import servicelevel as storage

    found = municipality.current_id(db)
    if found is None:
        return None
    zone = zone_of(current_pattern(db))
    with db.session() as session:
        return storage.stored_calls(session, found, zone)


def saved_targets(db: Database) -> dict[str, Goal]:
    """The municipality's targets by entry number or queue/group name."""
    from kontakt.services import municipality
    from kontakt.storage import servicelevel as storage

    found = municipality.current_id(db)
    if found is None:
        return {}
    with db.session() as session:
        return storage.targets(session, found)


def save_targets(db: Database, goals: Mapping[str, Goal]) -> None:
    """Make `goals` the municipality's targets; raises `NoMunicipality`, or
    `StorageError` for a user who may not change it."""
    from kontakt.services import users
    from kontakt.storage import servicelevel as storage

    municipality_id = _municipality_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        storage.save_targets(session, municipality_id, goals)


def current_pattern(db: Database) -> Pattern | None:
    """The municipality's ring pattern as IKTNH runs it (the newest baseline; else the
    newest version of the first pattern), or None when it has none."""
    from kontakt.services import municipality
    from kontakt.storage import patterns as stored_patterns

    found = municipality.current_id(db)
    if found is None:
        return None
    with db.session() as session:
        documents = stored_patterns.latest_documents(session, found, "baseline")
        documents = documents or stored_patterns.latest_documents(session, found)
    return loads(documents[0][1]) if documents else None


def call_profiles(db: Database) -> list[MappingProfile]:
    """The municipality's saved column mappings for call records."""
    from kontakt.services import municipality
    from kontakt.storage import profiles

    found = municipality.current_id(db)
    if found is None:
        return []
    with db.session() as session:
        return profiles.profiles(session, found, CALL_FIELDS)


def save_call_profile(db: Database, profile: MappingProfile) -> bool:
    """Save a call-record column mapping; False (and nothing saved) when a profile of
    another kind has the name. Raises `NoMunicipality`, or `StorageError` for a reader."""
    from kontakt.services import users
    from kontakt.storage import profiles

    municipality_id = _municipality_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        kind = profiles.profile_names(session, municipality_id).get(profile.name)
        if kind is not None and kind != CALL_FIELDS.kind:
            return False
        profiles.save_profile(session, municipality_id, profile)
    return True


def export_report(
    path: Path, report: Report, pattern: Pattern | None, translate: Translate
) -> None:
    """Write the Excel report (summary with a chart, heat maps, closed-time calls,
    staffing) to `path`."""
    from kontakt.reports.servicelevel import write_report

    write_report(path, report, pattern, translate)


@dataclass(frozen=True)
class Analysis:
    """The stored calls, the pattern they are read against, and their figures."""

    calls: CallRecords
    pattern: Pattern | None
    report: Report


def analyse_stored(db: Database) -> Analysis | None:
    """The figures of the municipality's stored calls against its targets and current
    pattern; None when no calls were imported."""
    calls = stored_calls(db)
    if calls is None or not len(calls):
        return None
    pattern = current_pattern(db)
    return Analysis(calls, pattern, analyse(calls, saved_targets(db), pattern))


@dataclass(frozen=True)
class CallRow:
    """One call as the workspace lists it (no calling number, not even its hash)."""

    start: datetime
    entry: str
    target: str
    wait_s: float
    talk_s: float
    result: Result
    answered_by: str


@dataclass(frozen=True)
class CellDetail:
    """A heat-map cell: its calls, and what the pattern did then, in sentences."""

    calls: list[CallRow]
    pattern_then: list[str]


def cell_detail(
    analysis: Analysis,
    target: TargetReport,
    weekday: int,
    hour: int,
    translate: Translate,
    absent: Collection[str] = (),
) -> CellDetail:
    """The calls behind one hour of the week of `target`, and what the ring pattern did
    with a call to its number at the first of them (or says of the queue or group)."""
    calls = analysis.calls
    indices = sorted(
        cell_calls(calls, analysis.report, target, weekday, hour), key=lambda i: calls.start[i]
    )
    rows = [
        CallRow(
            calls.start[i],
            national_form(calls.entry[i]),
            calls.target[i],
            calls.wait_s[i],
            calls.talk_s[i],
            calls.result[i],
            calls.answered_by[i],
        )
        for i in indices
    ]
    pattern = analysis.pattern
    said: list[str] = []
    if pattern is not None:
        node = pattern.node(target.target)
        if node is not None and node.type in (NodeType.QUEUE, NodeType.GROUP):
            cell = target.hour(weekday, hour)
            said.extend(
                explain.node_sentences(node, cell.agents_needed, pattern, translate, absent)
            )
        if indices:
            said.extend(
                _simulated(pattern, calls.entry[indices[0]], calls.start[indices[0]], translate)
            )
    return CellDetail(rows, said)


def _simulated(pattern: Pattern, dialled: str, at: datetime, translate: Translate) -> list[str]:
    """A call to `dialled` at `at` through the pattern, pressing nothing, step by step."""
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import outcome_text, step_text
    from kontakt.core.ringpattern.simulate import simulate

    wanted = entry_key(dialled)
    entry = next((e for e in pattern.entries if entry_key(e.number) == wanted), None)
    if entry is None:
        return []
    try:
        call = simulate(pattern, entry.number, at)
    except PatternError:
        return []
    steps = []
    for step in call.steps:
        text = step_text(pattern, call, step, translate)
        if text and step.state is not None:
            # a bare state ("open") reads as a stray word in running text
            text = render(translate, "ServiceLevel", OPENING_HOURS_THEN, {"state": text})
        if text:
            steps.append(text)
    return [*steps, outcome_text(pattern, call, translate)]


OPENING_HOURS_THEN = QT_TRANSLATE_NOOP("ServiceLevel", "Opening hours then: {state}.")
