"""Which column of an HRM export holds which field: automatic, saved profiles, overrides.

Headers are matched against known Norwegian (Nynorsk and Bokmål) and English synonyms,
ignoring case, accents, spaces and punctuation (`E-post` = `epost` = `E post`; `Fråtredelse`
= `Fratredelse`). A profile (saved per HRM source by the application) and the user's
overrides (`--map FIELD=HEADER`, or the GUI) replace the automatic choice field by field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kontakt.core.contacts import errors
from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.model import FIELDS, REQUIRED_FIELDS

_FOLD_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "đ": "d", "ß": "ss"})

SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "employee_id": (
        "Ansattnr",
        "Ansattnummer",
        "Ansatt-ID",
        "Tilsettnr",
        "Tilsettnummer",
        "Tilsett-ID",
        "Ressursnr",
        "Ressursnummer",
        "Employee ID",
        "Employee number",
        "Employee no",
    ),
    "given_name": ("Fornamn", "Fornavn", "First name", "Given name"),
    "family_name": ("Etternamn", "Etternavn", "Last name", "Family name", "Surname"),
    "name": ("Namn", "Navn", "Fullt namn", "Fullt navn", "Full name", "Name"),
    "department": (
        "Avdeling",
        "Eining",
        "Enhet",
        "Organisasjonsenhet",
        "Organisasjonseining",
        "Department",
        "Unit",
    ),
    "title": (
        "Stilling",
        "Stillingstittel",
        "Stillingsnemning",
        "Stillingsbetegnelse",
        "Tittel",
        "Job title",
        "Title",
        "Position",
    ),
    "email": (
        "E-post",
        "Epost",
        "E-postadresse",
        "Email",
        "E-mail",
        "Email address",
        "E-mail address",
    ),
    "mobile": (
        "Mobil",
        "Mobiltelefon",
        "Mobilnummer",
        "Mobilnr",
        "Mobile",
        "Mobile phone",
        "Mobile number",
    ),
    "work_phone": (
        "Telefon",
        "Arbeidstelefon",
        "Telefon arbeid",
        "Jobbtelefon",
        "Telefonnummer",
        "Direktenummer",
        "Work phone",
        "Phone",
        "Office phone",
    ),
    "start_date": (
        "Startdato",
        "Tilsett frå",
        "Tilsett fra",
        "Ansatt fra",
        "Tilsettingsdato",
        "Ansettelsesdato",
        "Tiltredelse",
        "Start date",
        "Employment start",
    ),
    "end_date": (
        "Sluttdato",
        "Fråtredelse",
        "Fråtreding",
        "Tilsett til",
        "Ansatt til",
        "End date",
        "Employment end",
        "Leaving date",
    ),
}
"""Known headers per field (`spec/contacts.md`, "typical headers", and a few more)."""


def fold(header: str) -> str:
    """A header as compared: lower case, no accents or marks, æ→ae, ø→o, only letters/digits."""
    text = unicodedata.normalize("NFKD", header.casefold().translate(_FOLD_LETTERS))
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


_BY_FOLDED: Mapping[str, str] = {
    fold(synonym): name for name, synonyms in SYNONYMS.items() for synonym in synonyms
}


def automatic_mapping(headers: Sequence[str]) -> dict[str, str]:
    """field -> header for every header that is a known synonym (the first, if twice)."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = _BY_FOLDED.get(fold(header))
        if name is not None and name not in mapping:
            mapping[name] = header
    return {name: mapping[name] for name in FIELDS if name in mapping}


@dataclass(frozen=True)
class MappingProfile:
    """A saved column mapping for one HRM source: field -> header ("" = leave unmapped)."""

    name: str
    mapping: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """`{"name": ..., "mapping": {field: header}}`, for the database's JSON column."""
        return {"name": self.name, "mapping": dict(self.mapping)}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> MappingProfile:
        """The profile `to_json` wrote; raises ValueError for anything else."""
        name, mapping = data.get("name"), data.get("mapping")
        if not isinstance(name, str) or not isinstance(mapping, dict):
            raise ValueError("a mapping profile needs a name and a mapping object")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
            raise ValueError("a mapping profile maps field names to header texts")
        try:
            check_fields(mapping)
        except HrmImportError as exc:
            raise ValueError(str(exc)) from exc
        return cls(name, dict(mapping))


def check_fields(names: Iterable[str]) -> None:
    """Raise `HrmImportError` for a name that is not a field of the check."""
    for name in names:
        if name not in FIELDS:
            raise HrmImportError(errors.UNKNOWN_FIELD, field=name, fields=", ".join(FIELDS))


def parse_map_options(options: Iterable[str]) -> dict[str, str]:
    """`FIELD=HEADER` options (command line) as overrides; `FIELD=` leaves the field unmapped."""
    overrides: dict[str, str] = {}
    for option in options:
        name, sep, header = option.partition("=")
        if not sep:
            raise HrmImportError(errors.BAD_MAP_OPTION, option=option)
        overrides[name.strip()] = header.strip()
    check_fields(overrides)
    return overrides


def resolve_mapping(
    headers: Sequence[str],
    *,
    profile: MappingProfile | None = None,
    overrides: Mapping[str, str] | None = None,
    file: str = "",
) -> dict[str, str]:
    """The mapping to use: automatic, then the profile's, then the overrides, field by field.

    A chosen header is matched exactly, else as `fold` compares. Raises `HrmImportError`
    naming the headers found when a chosen header is not in the file or a required field
    is left without a column.
    """
    mapping = automatic_mapping(headers)
    chosen: dict[str, str] = {}
    for layer in (profile.mapping if profile else {}, overrides or {}):
        check_fields(layer)
        chosen.update(layer)
    found = ", ".join(f'"{header}"' for header in headers)
    by_fold = {fold(header): header for header in reversed(headers)}
    for name, header in chosen.items():
        if not header:
            mapping.pop(name, None)
            continue
        actual = header if header in headers else by_fold.get(fold(header))
        if actual is None:
            raise HrmImportError(
                errors.UNKNOWN_HEADER, file=file, field=name, header=header, headers=found
            )
        mapping[name] = actual
    for name in REQUIRED_FIELDS:
        if name not in mapping:
            raise HrmImportError(errors.REQUIRED_UNMAPPED, file=file, field=name, headers=found)
    return {name: mapping[name] for name in FIELDS if name in mapping}
