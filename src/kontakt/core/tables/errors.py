"""Why a table cannot be read: one exception, a message key and where.

The key is an English source text marked for translation with `{placeholders}`; the
parameters say which file, row and column. The command line and the GUI translate and fill
it; the core never builds the sentence itself. The context keeps the name "ContactErrors"
from before the tables package, so the catalogues' translations stay where they are; every
table's errors (HRM export, number register, call records) use it.
"""

from __future__ import annotations

from collections.abc import Mapping

from kontakt.core.texts import QT_TRANSLATE_NOOP, Phrase, Translate, render, untranslated

ERROR_CONTEXT = "ContactErrors"

UNREADABLE = QT_TRANSLATE_NOOP("ContactErrors", "{file}: the file cannot be read ({reason}).")
EMPTY_FILE = QT_TRANSLATE_NOOP("ContactErrors", "{file}: the file is empty.")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "ContactErrors", "{file}: this is not a CSV or Excel (XLSX) file: it holds binary data."
)
NO_DATA_ROWS = QT_TRANSLATE_NOOP(
    "ContactErrors", "{file}: the file has a header row but no data rows."
)
RAGGED_ROW = QT_TRANSLATE_NOOP(
    "ContactErrors",
    # (cells > columns >= 1: "cells" is always plural, the columns a bare count)
    "{file}, row {row}: the row has {cells} cells, more than the header row's columns ({columns}).",
)
MIXED_ENCODING = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "{file}: the file mixes two encodings: line {utf8} is UTF-8, line {other} is "
    "Windows-1252. Each line was read in its own encoding; check the letters æ, ø and å.",
)
SHEET_ON_CSV = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}: this is a CSV file, which has no sheets; leave out the sheet "{sheet}".',
)
BAD_CSV = QT_TRANSLATE_NOOP(
    "ContactErrors", "{file}, row {row}: the CSV cannot be read ({reason})."
)
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "{file}: refused: the workbook would unpack to {size} MB (member {member}, compressed "
    "{ratio} times); a real HRM export is far smaller.",
)
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}, sheet "{sheet}": refused: the sheet reaches {rows} rows and {columns} columns, '
    "more than the {limit} million cells Kontakt reads; a real HRM export is far smaller.",
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "{file} is not a workbook Kontakt can read: it holds no XLSX, XLS or ODS sheets. Save it "
    "again from the spreadsheet program, or export it as CSV.",
)
BAD_WORKBOOK = QT_TRANSLATE_NOOP("ContactErrors", "{file}: the workbook cannot be read ({reason}).")
_BAD_XML = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "its XML is damaged or holds what Kontakt does not read, such as a DOCTYPE or entities",
)


def bad_xml() -> Phrase:
    """The reason for a workbook whose XML cannot or must not be read."""
    return Phrase(ERROR_CONTEXT, _BAD_XML)


NO_SUCH_SHEET = QT_TRANSLATE_NOOP(
    "ContactErrors", '{file}: there is no sheet "{sheet}"; the sheets are: {sheets}.'
)
REQUIRED_UNMAPPED = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}: no column for the required field "{field}"; the headers found are: {headers}.',
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '"{field}" is not a field Kontakt reads from this table; the fields are: {fields}.',
)
UNKNOWN_HEADER = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}: the field "{field}" is mapped to the column "{header}", which is not in the '
    "file; the headers found are: {headers}.",
)
BAD_MAP_OPTION = QT_TRANSLATE_NOOP("ContactErrors", '"{option}" is not of the form FIELD=HEADER.')


class InputNotice:
    """Something about an input the user should know, though the check runs (a file of
    mixed encodings): a message key and its parameters, like `TableInputError`."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params: Mapping[str, object] = params

    def __repr__(self) -> str:
        return f"InputNotice({render(untranslated, ERROR_CONTEXT, self.key, self.params)!r})"

    def message(self, translate: Translate) -> str:
        """The notice in the user's language."""
        return render(translate, ERROR_CONTEXT, self.key, self.params)


class TableInputError(Exception):
    """A table (HRM export, number register, call records) or another input cannot be used.

    `key` is the untranslated message, `params` fill it (`file`, `row`, `column`, ...).
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params: Mapping[str, object] = params
        super().__init__(render(untranslated, ERROR_CONTEXT, key, params))

    def message(self, translate: Translate) -> str:
        """The message in the user's language."""
        return render(translate, ERROR_CONTEXT, self.key, self.params)
