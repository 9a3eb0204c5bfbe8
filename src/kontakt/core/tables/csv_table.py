"""Reading a CSV export into header and rows of text: encoding and delimiter by guess.

HRM systems and telephony platforms write UTF-8 (with or without a byte-order mark),
Windows-1252 or ISO-8859-1, separated by `;`, `,` or tabs. The encoding is decided by the
bytes: a BOM, else strict UTF-8, else Windows-1252 (a superset of ISO-8859-1's letters),
else ISO-8859-1 itself. A file that is not UTF-8 but holds UTF-8 letters (two exports pasted
together) is read line by line, each line in its own encoding, with a notice naming a line
of each. The delimiter is the one the header line holds most of (`;`, then `,`, then tab on
a tie).
"""

from __future__ import annotations

import codecs
import csv
import io
import operator
import re
from collections.abc import Iterator
from itertools import chain, compress
from typing import NoReturn

from kontakt.core.tables import errors
from kontakt.core.tables.errors import InputNotice, TableInputError

_DELIMITERS = (";", ",", "\t")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(
    data: bytes,
    file: str,
    error: type[TableInputError] = TableInputError,
    notices: list[InputNotice] | None = None,
) -> str:
    """The text of a CSV file's bytes (see the module's note for the order of encodings).

    Raises `error` for binary data. A file of
    mixed encodings adds a notice to `notices`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise error(errors.UNREADABLE, file=file, reason=str(exc)) from exc
    if b"\x00" in data:
        raise error(errors.NOT_A_TABLE, file=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 letters beyond ASCII besides the bytes UTF-8 refuses: two encodings (in
    # Windows-1252 text, `ø` is one byte, `\xf8`; the byte pairs a UTF-8 letter needs, as
    # in "Ã¸", hardly occur)
    if not data.decode("utf-8", "ignore").isascii():
        return _decode_mixed(data, file, notices)
    return _single_byte(data)


def _single_byte(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1")


def _decode_mixed(data: bytes, file: str, notices: list[InputNotice] | None) -> str:
    """Each line in UTF-8 when it is, else in Windows-1252 (else ISO-8859-1)."""
    parts = []
    first_utf8 = first_other = 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
            if not first_utf8 and not line.isascii():
                first_utf8 = number
            continue
        except UnicodeDecodeError:
            first_other = first_other or number
        parts.append(_single_byte(line))
    if notices is not None and first_utf8:
        notices.append(
            InputNotice(errors.MIXED_ENCODING, file=file, utf8=first_utf8, other=first_other)
        )
    return "".join(parts)


def delimiter_of(header_line: str) -> str:
    """The delimiter the header line uses most; `;` before `,` before tab on a tie."""
    return max(_DELIMITERS, key=header_line.count)


def parse_csv(
    text: str, file: str, error: type[TableInputError] = TableInputError
) -> list[list[str]]:
    """All rows of a decoded CSV export, header first, blank lines left out.

    Quoted fields may hold delimiters and line breaks. Raises `error` for an
    empty file or CSV the reader cannot follow.
    """
    if not text or text.isspace():
        raise error(errors.EMPTY_FILE, file=file)
    delimiter = delimiter_of(first_line(text))
    try:
        rows = list(csv.reader(lines(text), delimiter=delimiter, strict=True))
    except csv.Error:
        _raise_bad_csv(text, delimiter, file, error)  # again, row by row, to say where
    filled = list(map(any, rows))
    return rows if all(filled) else list(compress(rows, filled))


def first_line(text: str) -> str:
    """The first line that is not empty (without copying the whole text to find it)."""
    return _FIRST_LINE.match(text).group(1)  # type: ignore[union-attr]  # it always matches


_FIRST_LINE = re.compile(r"[\r\n]*([^\n]*)")


def plain_table(text: str, delimiter: str) -> tuple[list[str], list[list[str]]] | None:
    """The first line's cells and the columns of the other lines, when `text` is a plain
    table; None when it is not (then the csv module must read it).

    Plain: no quote (so no cell holds a delimiter or a line break), no NUL, no blank line,
    no line of empty cells only, every line with as many cells as the first and none
    longer than the csv module's field limit. The csv module reads such a text as one row
    a line, cut at each delimiter, and that is how it is cut here, at once: no list per
    row (100,000 of them in a large export), and each column a slice of one list of cells.
    """
    if '"' in text or "\x00" in text:
        return None
    if "\r" in text:  # line ends as io.StringIO(newline="") has them: \r\n, \r, \n
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    lines = text.split("\n")
    width = lines[0].count(delimiter) + 1
    if (
        "" in lines
        or delimiter * (width - 1) in lines
        or set(map(operator.methodcaller("count", delimiter), lines)) != {width - 1}
        or max(map(len, lines)) > csv.field_size_limit()
    ):
        return None
    del lines
    cells = text.replace("\n", delimiter).split(delimiter)
    return cells[:width], [cells[width + j :: width] for j in range(width)]


def _raise_bad_csv(text: str, delimiter: str, file: str, error: type[TableInputError]) -> NoReturn:
    """Raise `error` for the CSV error in `text`, with the row it comes after."""
    rows = 0
    try:
        for row in csv.reader(lines(text), delimiter=delimiter, strict=True):
            rows += any(row)
    except csv.Error as exc:
        raise error(errors.BAD_CSV, file=file, row=rows, reason=str(exc)) from exc
    raise AssertionError("the CSV reader failed once but not twice")


_BLOCK = 1 << 20


def lines(text: str) -> Iterator[str]:
    """The lines of `text` (ends kept) as `io.StringIO(text, newline="")` gives them.

    One StringIO for the whole text would copy it at four bytes a character (44 MB for an
    11 MB export); one per block of about a megabyte, each ending just after a `\n`, gives
    the same lines, since a line never runs past a `\n` and `\r\n` is never split.
    """

    def blocks() -> Iterator[io.StringIO]:
        start = 0
        while start < len(text):
            end = text.find("\n", start + _BLOCK)
            end = len(text) if end < 0 else end + 1
            yield io.StringIO(text[start:end], newline="")
            start = end

    return chain.from_iterable(blocks())
