"""The contact check's two tables as field specifications (`kontakt.core.tables.mapping`):
the HRM export's fields (`HRM_FIELDS`) and the number register's (`DIRECTORY_FIELDS`), with
the headers that name them in Norwegian (Nynorsk and Bokmål) and English.
"""

from __future__ import annotations

from collections.abc import Mapping

from kontakt.core.contacts.codes import FIELD_NAMES, FIELDS_CONTEXT
from kontakt.core.contacts.errors import DirectoryError, HrmImportError
from kontakt.core.contacts.model import FIELDS, REQUIRED_FIELDS
from kontakt.core.tables.mapping import FieldSpec
from kontakt.core.texts import QT_TRANSLATE_NOOP

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


HRM_FIELDS = FieldSpec(
    "hrm", FIELDS, REQUIRED_FIELDS, SYNONYMS, FIELD_NAMES, FIELDS_CONTEXT, HrmImportError
)
"""The HRM export's fields (`spec/contacts.md`, "Inputs")."""

DIRECTORY_FIELDS = FieldSpec(
    "directory",
    ("number", "type", "employee_id", "name", "site"),
    ("number", "type"),
    {
        "number": ("number", "Nummer", "Telefonnummer", "Telefonnr", "Tlf", "Phone number"),
        "type": ("type", "Nummertype", "Number type", "Kind"),
        "employee_id": ("employee_id", *SYNONYMS["employee_id"]),
        "name": SYNONYMS["name"],
        "site": ("site", "Lokasjon", "Stad", "Sted", "Location"),
    },
    {
        "number": QT_TRANSLATE_NOOP("ContactFields", "Number"),
        "type": QT_TRANSLATE_NOOP("ContactFields", "Number type"),
        "employee_id": FIELD_NAMES["employee_id"],
        "name": FIELD_NAMES["name"],
        "site": QT_TRANSLATE_NOOP("ContactFields", "Site"),
    },
    FIELDS_CONTEXT,
    DirectoryError,
)
"""The number register's fields (as in its CSV header `number;type;employee_id;name;site`)."""
