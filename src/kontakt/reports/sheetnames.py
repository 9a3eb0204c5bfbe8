"""Worksheet names that Excel accepts, made from any text (department names come from HRM).

Excel refuses a sheet name longer than 31 characters, one with `[ ] : * ? / \\`, one that
starts or ends with an apostrophe, and two names that differ only in case.
"""

from __future__ import annotations

import re

MAX_LENGTH = 31

# Readable stand-ins rather than one blanket character: "Helse/omsorg: [vakt]" stays legible.
_REPLACEMENTS = str.maketrans({"/": "-", "\\": "-", ":": "", "[": "(", "]": ")", "*": "", "?": ""})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset({"history"})  # Excel keeps this name for its change tracking


def _utf16_length(text: str) -> int:
    # Excel counts the 31 in UTF-16 units, so a character outside the BMP counts twice.
    return len(text.encode("utf-16-le")) // 2


def _truncate(text: str, limit: int) -> str:
    while _utf16_length(text) > limit:
        text = text[:-1]
    return text


def clean_sheet_name(wanted: str, fallback: str) -> str:
    """`wanted` made into a legal sheet name, or `fallback` when nothing legible is left."""
    name = _CONTROL.sub(" ", wanted).translate(_REPLACEMENTS)
    name = _SPACES.sub(" ", name).strip().strip("'").strip()
    name = _truncate(name, MAX_LENGTH).rstrip().rstrip("'")
    return name or fallback


class SheetNames:
    """Hands out legal sheet names that are unique within one workbook (case-insensitively)."""

    def __init__(self, fallback: str = "Sheet") -> None:
        self._fallback = clean_sheet_name(fallback, "Sheet")
        self._taken: set[str] = set(_RESERVED)

    def claim(self, wanted: str) -> str:
        """A legal name as close to `wanted` as can be, not handed out before."""
        base = clean_sheet_name(wanted, self._fallback)
        name = base
        number = 2
        while name.casefold() in self._taken:
            suffix = f" ({number})"
            name = _truncate(base, MAX_LENGTH - len(suffix)).rstrip() + suffix
            number += 1
        self._taken.add(name.casefold())
        return name
