"""Reading a CSV HRM export into header and rows of text: encoding and delimiter by guess.

HRM systems write UTF-8 (with or without a byte-order mark), Windows-1252 or ISO-8859-1,
separated by `;`, `,` or tabs. The encoding is decided by the bytes: a BOM, else strict
UTF-8, else Windows-1252 (a superset of ISO-8859-1's letters), else ISO-8859-1 itself. The
delimiter is the one the header line holds most of (`;`, then `,`, then tab on a tie).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from kontakt.core.contacts import errors
from kontakt.core.contacts.errors import ContactInputError, HrmImportError

_DELIMITERS = (";", ",", "\t")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, file: str, error: type[ContactInputError] = HrmImportError) -> str:
    """The text of a CSV file's bytes (see the module's note for the order of encodings).

    Raises `error` (the HRM export's, unless told otherwise) for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise error(errors.UNREADABLE, file=file, reason=str(exc)) from exc
    if b"\x00" in data:
        raise error(errors.NOT_A_TABLE, file=file)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def delimiter_of(header_line: str) -> str:
    """The delimiter the header line uses most; `;` before `,` before tab on a tie."""
    return max(_DELIMITERS, key=header_line.count)


def read_csv(path: Path, data: bytes) -> list[list[str]]:
    """All rows of a CSV export, header first, blank lines left out.

    Quoted fields may hold delimiters and line breaks. Raises `HrmImportError` for an
    empty file, binary data, or CSV the reader cannot follow.
    """
    file = path.name
    text = decode(data, file)
    if not text.strip():
        raise HrmImportError(errors.EMPTY_FILE, file=file)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(first_line),
                        strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if row and any(row):
                rows.append(row)
    except csv.Error as exc:
        raise HrmImportError(errors.BAD_CSV, file=file, row=len(rows), reason=str(exc)) from exc
    return rows
