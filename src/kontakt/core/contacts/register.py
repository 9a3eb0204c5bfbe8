"""Reading IKTNH's number register from a table of any shape (CSV or XLSX, mapped columns).

The register's CSV export has the header `number;type;employee_id;name;site` (`directory`
reads exactly that); a register a user imports may name its columns otherwise and write
its types in Norwegian, so it goes through the same column mapping as the HRM export
(`mapping.DIRECTORY_FIELDS`). A row that cannot be used is refused with its row number and
the reason, and the rest are read: the report says what was left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kontakt.core.contacts.directory import TYPES, DirectoryEntry
from kontakt.core.contacts.errors import DirectoryError
from kontakt.core.contacts.phones import PhoneClassifier
from kontakt.core.tables.mapping import fold
from kontakt.core.tables.table import Table
from kontakt.core.texts import QT_TRANSLATE_NOOP

REFUSAL_CONTEXT = "RegisterImport"

NO_NUMBER = QT_TRANSLATE_NOOP("RegisterImport", "Row {row}: the number is empty.")
BAD_TYPE = QT_TRANSLATE_NOOP(
    "RegisterImport",
    'Row {row}, column "{column}": "{value}" is not a number type (mobile, desk phone, '
    "softphone or shared function number).",
)
BAD_NUMBER = QT_TRANSLATE_NOOP(
    "RegisterImport", 'Row {row}, column "{column}": "{value}" is not a valid phone number.'
)
NOTHING_USABLE = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "{file}: no row holds a usable number, so the number register was not changed.",
)
NO_ROWS = QT_TRANSLATE_NOOP(
    "ContactErrors", "{file}: no row holds a number, so the number register was not changed."
)

TYPE_WORDS: Mapping[str, str] = {
    fold(word): kind
    for kind, words in {
        "mobile": ("mobile", "mobil", "mobiltelefon", "mobilnummer"),
        "desk": ("desk", "desk phone", "bordtelefon", "fasttelefon", "fast", "skrivebord"),
        "softphone": ("softphone", "soft phone", "programtelefon"),
        "function": (
            "function",
            "shared function number",
            "funksjon",
            "funksjonsnummer",
            "fellesnummer",
            "felles",
        ),
    }.items()
    for word in words
}
"""The words a register may use for each number type (`directory.TYPES`), folded."""


@dataclass(frozen=True)
class RefusedRow:
    """A data row (1-based, the header is row 0) that was left out, and why: `reason` is
    one of this module's messages (context "RegisterImport"), `params` fill it."""

    row: int
    reason: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterRead:
    """What a register table gave: its entries (numbers in E.164) and the refused rows."""

    file: str
    rows: int
    """The data rows read, blank rows not counted."""
    entries: list[DirectoryEntry]
    refused: list[RefusedRow]

    def counts_by_type(self) -> dict[str, int]:
        """How many numbers of each type, in `directory.TYPES` order (types with none left out)."""
        counts = Counter(entry.type for entry in self.entries)
        return {kind: counts[kind] for kind in TYPES if counts[kind]}


class NothingUsable(DirectoryError):
    """No row of the register could be used; `refused` says why for each."""

    def __init__(self, refused: list[RefusedRow], key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.refused = refused


def register_entries(
    table: Table, mapping: Mapping[str, str], phones: PhoneClassifier | None = None
) -> RegisterRead:
    """The number register in `table`, read through `mapping` (field -> header, as
    `resolve_mapping(..., spec=DIRECTORY_FIELDS)` gives it).

    Raises `DirectoryError` (`NothingUsable` when rows were refused) when no row can be
    used: an import must not replace a register with nothing.
    """
    classify = phones or PhoneClassifier()
    index = {name: table.headers.index(header) for name, header in mapping.items() if header}

    def cell(row: Sequence[str], name: str) -> str:
        at = index.get(name)
        return row[at].strip() if at is not None and at < len(row) else ""

    entries: list[DirectoryEntry] = []
    refused: list[RefusedRow] = []
    read = 0
    for number, row in enumerate(table.rows, start=1):
        if not any(cell.strip() for cell in row):
            continue
        read += 1
        text, type_text = cell(row, "number"), cell(row, "type")
        kind = TYPE_WORDS.get(fold(type_text))
        if not text:
            refused.append(RefusedRow(number, NO_NUMBER, {"row": number}))
            continue
        if kind is None:
            refused.append(
                RefusedRow(
                    number, BAD_TYPE, {"row": number, "column": mapping["type"], "value": type_text}
                )
            )
            continue
        e164 = classify(text).e164
        if e164 is None:
            refused.append(
                RefusedRow(
                    number, BAD_NUMBER, {"row": number, "column": mapping["number"], "value": text}
                )
            )
            continue
        # a function number is shared, tied to no one (`spec/contacts.md`)
        employee_id = "" if kind == "function" else cell(row, "employee_id")
        entries.append(
            DirectoryEntry(e164, kind, employee_id, cell(row, "name"), cell(row, "site"))
        )
    if not entries:
        if not refused:
            raise DirectoryError(NO_ROWS, file=table.file)
        raise NothingUsable(refused, NOTHING_USABLE, file=table.file)
    return RegisterRead(table.file, read, entries, refused)
