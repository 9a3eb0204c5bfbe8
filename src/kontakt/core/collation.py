"""Norwegian alphabetical order for texts (tables, reports), without Qt's collator.

Code-point order puts Å before Æ before Ø and lower case after upper case; Norwegian readers
expect … Z Æ Ø Å with case ignored, "Aa" filed with Å, Ä with Æ, Ö with Ø, Ü with Y, and
other accented letters with their base letter. That is the order of Qt's `QCollator` for
`nb_NO` (the tests hold the two together); the core cannot use Qt, and a Python key sorts
100,000 rows far faster than a comparison that calls into Qt for each pair.
"""

from __future__ import annotations

import re
import unicodedata

# Private-use code points sort after every letter of the Latin alphabets, in this order.
_AE, _OE, _AA = "\U000f0001", "\U000f0002", "\U000f0003"
_LETTERS = str.maketrans({"æ": _AE, "ä": _AE, "ø": _OE, "ö": _OE, "å": _AA, "ü": "y"})

_UNITS = re.compile(r"[aA][aA]|.", re.DOTALL)


class Tiebreak(str):
    """The text itself, ordered among texts with the same letters as the collator orders
    them: accents (e before é), then case and the spelling of Å (å, Å, aa, Aa, AA; lower
    case before upper case). Worked out only when two texts tie on their letters: most
    never do. (A `str`, so a key stays a pair of texts for its callers.)"""

    __slots__ = ()

    def __lt__(self, other: str) -> bool:
        return self._levels() < Tiebreak(other)._levels()

    def __gt__(self, other: str) -> bool:
        return Tiebreak(other) < self

    def __le__(self, other: str) -> bool:
        return not self > other

    def __ge__(self, other: str) -> bool:
        return not self < other

    def _levels(self) -> tuple[tuple[str, ...], tuple[int, ...], str]:
        accents: list[str] = []
        cases: list[int] = []
        for unit in _UNITS.findall(self):
            if len(unit) == 2:  # "aa" files as å, after å and Å
                accents.append("")
                cases.append(2 + unit.count("A"))
                continue
            marks = "".join(
                ch for ch in unicodedata.normalize("NFKD", unit) if unicodedata.combining(ch)
            )
            accents.append("" if unit in "åÅ" else marks)  # å is a letter, not a with a ring
            cases.append(0 if unit == unit.lower() else 1)
        return tuple(accents), tuple(cases), str(self)


TextKey = tuple[str, str]
PersonKey = tuple[TextKey, TextKey]


def norwegian_key(text: str) -> TextKey:
    """Sort key putting `text` in Norwegian alphabetical order: by its letters, then as
    `Tiebreak` says."""
    text = unicodedata.normalize("NFC", text)
    folded = text.casefold().replace("aa", "å").translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    primary = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return primary, Tiebreak(text)


def number_key(text: str) -> tuple[int, int, TextKey]:
    """Sort key for identifiers such as employee numbers: numbers by value (2 before 10),
    then any that are not plain numbers, in Norwegian order."""
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit():
        return 0, int(stripped), norwegian_key("")
    return 1, 0, norwegian_key(stripped)


def split_name(name: str) -> tuple[str, str]:
    """(given names, family name) of a full name written "given family": the family name is
    taken as the last word, as a Norwegian export writes it ("Kari Nordmann")."""
    given, _, family = name.strip().rpartition(" ")
    return given.strip(), family


def person_key(given: str, family: str) -> PersonKey:
    """Sort key for a person: family name, then given names, in Norwegian order."""
    return norwegian_key(family), norwegian_key(given)
