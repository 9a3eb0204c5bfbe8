"""Use cases "import the number register" and "import a ring pattern": the window and
`kontakt import` both call these.

Each reads the whole file first and then replaces what the database holds in one
transaction, so a file that cannot be used, or a failure while storing, leaves the old data
as it was. Each returns a report of what was read, for the caller to put into words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm.exc import StaleDataError

from kontakt.core.contacts.directory import TYPE_NAMES
from kontakt.core.contacts.errors import DirectoryError
from kontakt.core.contacts.mapping import DIRECTORY_FIELDS
from kontakt.core.contacts.register import REFUSAL_CONTEXT, RefusedRow, register_entries
from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern import Pattern, dumps, validate
from kontakt.core.severity import Severity
from kontakt.core.tables.mapping import MappingProfile, automatic_mapping, resolve_mapping
from kontakt.core.tables.table import read_table
from kontakt.core.texts import Translate, render
from kontakt.services import contact_data, municipality, users
from kontakt.services.contacts import MappingPreview
from kontakt.services.patterns import keep_as_draft, read_pattern
from kontakt.storage import patterns as stored_patterns
from kontakt.storage import people, profiles
from kontakt.storage.db import Database
from kontakt.storage.models import DirectoryNumber, RingPattern, RingPatternVersion


@dataclass(frozen=True)
class RegisterImport:
    """What a register import read and stored."""

    file: str
    rows: int
    """Data rows read (blank rows not counted)."""
    numbers: int
    """Numbers stored now."""
    by_type: dict[str, int]
    refused: list[RefusedRow]
    replaced: int
    """How many numbers the register held before."""


@dataclass(frozen=True)
class PatternImport:
    """What a ring-pattern import read and stored."""

    file: str
    key: str
    name: str
    entries: tuple[str, ...]
    """The entry numbers (E.164, as the document has them)."""
    findings: dict[Severity, int]
    """What the validator finds in it, by severity."""
    version: int
    """The version number it was stored as."""
    replaced: int
    """How many versions of this pattern were stored before (0: a new pattern)."""


def register_sheets(path: Path) -> list[str]:
    """The sheets of a workbook ([] for a CSV file); raises `ContactInputError`."""
    from kontakt.core.tables.xlsx_table import sheet_names

    return sheet_names(path, DirectoryError)


def preview_register(path: Path, sheet: str | None = None, rows: int = 5) -> MappingPreview:
    """Headers, automatic field -> header mapping and the first rows of a register file.

    Raises `ContactInputError` when the file cannot be used.
    """
    table = read_table(path, sheet, DirectoryError)
    return MappingPreview(
        table.headers, automatic_mapping(table.headers, DIRECTORY_FIELDS), list(table.rows[:rows])
    )


def register_profiles(db: Database) -> list[MappingProfile]:
    """The municipality's saved column mappings for number registers."""
    found = municipality.current_id(db)
    if found is None:
        return []
    with db.session() as session:
        return profiles.profiles(session, found, DIRECTORY_FIELDS)


class ProfileNameTaken(ValueError):
    """A saved profile of another kind (an HRM export's) already has this name."""


def save_register_profile(db: Database, profile: MappingProfile) -> None:
    """Save a number register's column mapping under its name, never over an HRM export's
    profile of the same name (names are one per municipality). Raises `ProfileNameTaken`
    or `NoMunicipality`."""
    if profile.name in {saved.name for saved in contact_data.saved_profiles(db)}:
        raise ProfileNameTaken(profile.name)
    contact_data.save_profile(db, profile)


def import_register(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    profile: MappingProfile | None = None,
    overrides: Mapping[str, str] | None = None,
) -> RegisterImport:
    """Read the number register in `path` (CSV or XLSX) and make it the municipality's.

    Raises `ContactInputError` (what and where) for a file that cannot be used, and
    `NoMunicipality` when there is no municipality to store it for, `StorageError` for a
    user who may not change it; nothing is changed then.
    """
    municipality_id = municipality.required_id(db)
    table = read_table(path, sheet, DirectoryError)
    mapping = resolve_mapping(
        table.headers, DIRECTORY_FIELDS, profile=profile, overrides=overrides, file=table.file
    )
    read = register_entries(table, mapping)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        before = session.scalar(
            select(func.count())
            .select_from(DirectoryNumber)
            .where(DirectoryNumber.municipality_id == municipality_id)
        )
        stored = people.replace_directory(session, municipality_id, read.entries)
    return RegisterImport(
        read.file, read.rows, stored, read.counts_by_type(), read.refused, int(before or 0)
    )


def import_pattern(db: Database, path: Path, based_on: int | None = None) -> PatternImport:
    """Read the ring-pattern document in `path` and make it the current set-up of the pattern
    with its id: earlier versions are kept as superseded, the new one is the baseline.

    With `based_on`, only while version `based_on` is still the pattern's newest: when
    someone saved after it, the document is kept as a new draft instead and
    `patterns.SaveConflict` says who saved in between.

    Raises `PatternError` (naming the file and the place) for a document that cannot be
    used, `NoMunicipality` when there is none, `StorageError` for a user who may not change
    it; nothing is changed then.
    """
    municipality_id = municipality.required_id(db)
    pattern = read_pattern(path)
    findings = dict.fromkeys(Severity, 0)
    for finding in validate(pattern):
        findings[finding.severity] += 1
    users.require(db, users.CHANGE)
    who = users.who(db)
    try:
        number, replaced = _store_import(db, municipality_id, pattern, path.name, who, based_on)
    except (stored_patterns.Stale, StaleDataError) as stale:
        raise keep_as_draft(db, pattern.id, pattern, stale) from None
    return PatternImport(
        path.name,
        pattern.id,
        pattern.name,
        tuple(entry.number for entry in pattern.entries),
        findings,
        number,
        replaced,
    )


def _store_import(
    db: Database,
    municipality_id: int,
    pattern: Pattern,
    file: str,
    who: str,
    based_on: int | None,
) -> tuple[int, int]:
    with db.transaction() as session:
        pattern_id = session.scalar(
            select(RingPattern.id).where(
                RingPattern.municipality_id == municipality_id, RingPattern.key == pattern.id
            )
        )
        replaced = 0
        if pattern_id is not None and based_on is not None:
            newest = stored_patterns.newest_version(session, pattern_id)
            if newest is not None and newest.number != based_on:
                raise stored_patterns.Stale(
                    newest.number, newest.saved_by or newest.created_by, newest.saved_at
                )
        if pattern_id is not None:
            replaced = int(
                session.scalar(
                    select(func.count()).where(RingPatternVersion.pattern_id == pattern_id)
                )
                or 0
            )
            session.execute(
                update(RingPatternVersion)
                .where(RingPatternVersion.pattern_id == pattern_id)
                .values(status="superseded")
            )
        version = stored_patterns.add_version(
            session,
            municipality_id,
            key=pattern.id,
            name=pattern.name,
            document=dumps(pattern),
            status="baseline",
            created_by=who,
            note=file,
            based_on=based_on,
        )
        return version.number, replaced


def refusal_text(refused: RefusedRow, translate: Translate) -> str:
    """Why a register row was left out, in the user's language."""
    return render(translate, REFUSAL_CONTEXT, refused.reason, refused.params)


def register_report(result: RegisterImport, translate: Translate) -> list[str]:
    """What a register import did, line by line, for the window and the command line."""
    lines = [
        translate(
            "ImportReport",
            "The number register now holds %Ln number(s) from {file}.",
            "",
            result.numbers,
        ).format(file=result.file)
    ]
    if result.by_type:
        lines.append(
            ", ".join(
                translate("ImportReport", "{type}: %Ln", "", count).format(
                    type=translate("DirectoryTypes", TYPE_NAMES[kind])
                )
                for kind, count in result.by_type.items()
            )
        )
    lines.append(
        translate(
            "ImportReport", "It replaces the %Ln number(s) stored before.", "", result.replaced
        )
        if result.replaced
        else translate("ImportReport", "No number register was stored before.")
    )
    if result.refused:
        lines.append(translate("ImportReport", "%Ln row(s) left out:", "", len(result.refused)))
        lines += [f"  {refusal_text(refused, translate)}" for refused in result.refused]
    else:
        lines.append(translate("ImportReport", "Every row was read (%Ln row(s)).", "", result.rows))
    return lines


def pattern_report(result: PatternImport, translate: Translate) -> list[str]:
    """What a ring-pattern import did, line by line, for the window and the command line."""
    lines = [
        translate(
            "ImportReport",
            'The ring pattern "{name}" from {file} is now the current set-up (version {version}).',
        ).format(name=result.name, file=result.file, version=result.version),
        translate(
            "ImportReport",
            "It replaces %n earlier version(s), kept as history.",
            "",
            result.replaced,
        )
        if result.replaced
        else translate("ImportReport", "It is a new ring pattern."),
        translate("ImportReport", "Entry numbers: {numbers}").format(
            numbers=", ".join(map(national_form, result.entries)) or "–"
        ),
        translate("ImportReport", "The check finds {errors}, {warnings} and {infos}.").format(
            errors=translate("ImportReport", "%n error(s)", "", result.findings[Severity.ERROR]),
            warnings=translate(
                "ImportReport", "%n warning(s)", "", result.findings[Severity.WARNING]
            ),
            infos=translate(
                "ImportReport", "%n note(s) for information", "", result.findings[Severity.INFO]
            ),
        ),
    ]
    return lines
