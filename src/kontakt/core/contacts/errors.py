"""Why an input of the contact check cannot be used: its own exceptions and the number
register's messages; the messages of reading any table are in `kontakt.core.tables.errors`.
"""

from __future__ import annotations

from kontakt.core.tables.errors import TableInputError
from kontakt.core.texts import QT_TRANSLATE_NOOP

DIRECTORY_HEADER = QT_TRANSLATE_NOOP(
    "ContactErrors",
    "{file}: the telephony directory must have the header {expected}; it has {found}.",
)
DIRECTORY_TYPE = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}, row {row}, column type: "{value}" is not a number type (mobile, desk, '
    "softphone, function).",
)
DIRECTORY_CELLS = QT_TRANSLATE_NOOP(
    "ContactErrors", "{file}, row {row}: the row has {cells} cells; the directory has 5 columns."
)


class ContactInputError(TableInputError):
    """An input of the contact check (HRM export, directory, ring pattern) cannot be used."""


class HrmImportError(ContactInputError):
    """The HRM export cannot be used (file, encoding, sheet, rows, columns, mapping)."""


class DirectoryError(ContactInputError):
    """The telephony directory CSV cannot be used."""
