"""Phone numbers as libphonenumber judges them (region NO), with a fast path for Norwegian ones.

The contact check asks three things of every number: is it valid, what is it in E.164, and
what type is it. `phonenumbers.parse` + `is_valid_number` + `number_type` cost tens of
microseconds a number, too slow for 100,000-row exports. Most HRM numbers are plain
Norwegian ones (`91234567`, `912 34 567`, `+47 912 34 567`, `0047…`, `4791234567`), so for
those we do what the library does, from the library's own metadata: strip the country code
the same way, pick the region of country code 47 (NO or SJ) by its leading digits, and type
the national number with one regex per region built from the region's number patterns, in
the order `phonenumbers` tries them; where a number's first digits settle the type for all
numbers that start so (`phone_prefixes` works that out from the same patterns), a table
look-up replaces the regex (`phone_metadata`). Anything else (foreign numbers, extensions,
letters, leading zeros, odd lengths) goes to the library itself. A differential test holds
the paths to the same verdicts.

A large export has 200,000 numbers, and even a few Python statements per number are too
slow for the check; `PhoneClassifier.column` therefore judges a whole column at once, on
the column joined into one text, with regexes and `map` (C loops), and gives each number
as a *key*: its national number when it is Norwegian, its E.164 form otherwise. Two numbers
are the same exactly when their keys are (see `number_key`).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from kontakt.core.contacts.phone_metadata import FAST_LENGTH, STEM, national_kind, stems
from kontakt.core.contacts.where import empty, equal_to, filled, rows_where

REGION = "NO"


class PhoneVerdict(NamedTuple):
    """What libphonenumber says about one number; `e164` only for a valid one."""

    valid: bool
    e164: str | None
    kind: int
    """A `phonenumbers.PhoneNumberType` value (`UNKNOWN` for an invalid number)."""


INVALID = PhoneVerdict(False, None, PhoneNumberType.UNKNOWN)


def library_verdict(text: str) -> PhoneVerdict:
    """The verdict of `phonenumbers` itself: parse with region NO, validate, type, format."""
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return INVALID
    if not phonenumbers.is_valid_number(number):
        return PhoneVerdict(False, None, phonenumbers.number_type(number))
    return PhoneVerdict(
        True,
        phonenumbers.format_number(number, PhoneNumberFormat.E164),
        phonenumbers.number_type(number),
    )


_FAST_SHAPE = re.compile(r"\+?[0-9][0-9 ]*")


def fast_national_number(text: str) -> str | None:
    """The Norwegian national number in `text` when it has one of the plain shapes, else None.

    The shapes are digits and spaces, optionally after `+47`, `0047`, or `47` before 8
    digits (the library strips a leading country code when the rest is a possible number,
    and always when the whole would be too long). Only 8-digit national numbers that do not
    start with 0 are answered here; the rest is left to the library.
    """
    if len(text) == FAST_LENGTH and text.isascii() and text.isdigit():
        return text if text[0] != "0" else None  # the commonest shape, without a regex
    if not _FAST_SHAPE.fullmatch(text):
        return None
    digits = text.replace(" ", "")
    if digits[0] == "+":
        if not digits.startswith("+47"):
            return None
        national = digits[3:]
    elif digits.startswith("0047"):
        national = digits[4:]
    elif len(digits) == 10 and digits.startswith("47"):
        national = digits[2:]
    else:
        national = digits
    if len(national) == FAST_LENGTH and national[0] != "0":
        return national
    return None


def fast_verdict(text: str) -> PhoneVerdict | None:
    """The verdict for a plain Norwegian number without calling the library; None otherwise."""
    national = fast_national_number(text)
    if national is None:
        return None
    kind = national_kind(national)
    if kind == PhoneNumberType.UNKNOWN:
        return INVALID
    return PhoneVerdict(True, "+47" + national, kind)


def is_valid_number(text: str) -> bool:
    """Whether `text` is a valid phone number, a number without country code read as
    Norwegian: the one judgement of validity for the contact check, the ring-pattern
    validation and the municipality's settings."""
    return (fast_verdict(text) or library_verdict(text)).valid


def number_key(e164: str) -> str:
    """The key of a number in E.164 form: the national number of a Norwegian (+47) one, the
    E.164 text of any other. Keys are equal exactly when the E.164 texts are."""
    return e164[3:] if e164.startswith("+47") else e164


def text_key(text: str) -> str | None:
    """`number_key` of a text in E.164 form (`+…`); None for any other text (such a text
    is never the E.164 form of a number, so no number has it)."""
    return number_key(text) if text.startswith("+") else None


def key_e164(key: str) -> str:
    """The E.164 text of a number's key (`number_key` undone)."""
    return key if key.startswith("+") else "+47" + key


class NumberColumn(NamedTuple):
    """A column of numbers judged: for each text, its key and type, or "" and None when the
    text is empty or not a valid number."""

    keys: list[str]
    kinds: list[int | None]


_FAST_LINE = re.compile(r"^(?:(?:\+47|0047|47(?=[0-9]{8}$))?([1-9][0-9]{7})|.*)$", re.MULTILINE)
"""On a line of a number without its spaces: the national number `fast_national_number`
gives (for the line as written), or nothing."""
_ODD_START = re.compile(r"^\+? [^\n]*", re.MULTILINE)
"""A line that `_FAST_SHAPE` refuses although its digits without spaces would fit."""
_CANONICAL_LINE = re.compile(r"^(?:\+47([1-9][0-9]{7})|.*)$", re.MULTILINE)
"""A line already in the E.164 form that the fast path gives (when valid)."""
_FIRST_DIGITS = operator.itemgetter(slice(0, STEM))
_UNKNOWN = PhoneNumberType.UNKNOWN


class PhoneClassifier:
    """Verdicts for the numbers of one check: the fast path, else the library.

    Cached per text for single numbers; `column` and `normal_forms` judge many at once.
    Share one classifier between the directory and the export of a run; do not keep it
    beyond the run.
    """

    def __init__(self) -> None:
        self._cache: dict[str, PhoneVerdict] = {}

    def __call__(self, text: str) -> PhoneVerdict:
        verdict = self._cache.get(text)
        if verdict is None:
            verdict = self._cache[text] = fast_verdict(text) or library_verdict(text)
        return verdict

    def column(self, texts: Sequence[str]) -> NumberColumn:
        """The key and type of each of `texts` (see `NumberColumn`).

        The fast path's shapes are found by one regex over the column joined into one text
        without its spaces (so `912 34 567` is `91234567`); the rare text it leaves, and
        any text whose line breaks would upset that, is judged on its own.
        """
        count = len(texts)
        joined = "\n".join(texts)
        nationals: list[str] = []
        if joined.count("\n") == count - 1:
            nationals = _FAST_LINE.findall(joined.replace(" ", ""))
        if len(nationals) != count:
            nationals = [fast_national_number(text) or "" for text in texts]
        elif joined.startswith((" ", "+ ")) or "\n " in joined or "\n+ " in joined:
            odd = set(_ODD_START.findall(joined))  # (rare: looking first costs less)
            nationals = [
                "" if text in odd else national
                for text, national in zip(texts, nationals, strict=True)
            ]
        kinds: list[int | None] = list(map(stems().get, map(_FIRST_DIGITS, nationals)))
        # (each pass below is skipped when counting, which costs a quarter of it, says that
        # it would find nothing)
        without = nationals.count("")
        if kinds.count(None) > without:
            # a number whose first two digits do not settle its type: typed by all its digits
            for i in rows_where(filled(nationals), equal_to(None, kinds)):
                kinds[i] = national_kind(nationals[i])
        slow: list[int] = []
        if without > texts.count(""):
            # a text in none of the fast path's shapes: the library's
            slow = rows_where(filled(texts), empty(nationals))
        keys = nationals
        if _UNKNOWN in kinds:
            for i in rows_where(equal_to(_UNKNOWN, kinds)):
                keys[i], kinds[i] = "", None
        for i in slow:
            verdict = self(texts[i])
            if verdict.e164 is not None:
                keys[i], kinds[i] = number_key(verdict.e164), verdict.kind
        return NumberColumn(keys, kinds)

    def normal_forms(self, texts: Sequence[str]) -> tuple[list[str], list[str | None]]:
        """Each text in E.164 form when it is a valid number, else as written; and the
        `text_key` of each of those."""
        count = len(texts)
        joined = "\n".join(texts)
        canonical: list[str] = []
        if joined.count("\n") == count - 1:
            canonical = _CANONICAL_LINE.findall(joined)
        if len(canonical) != count:
            canonical = [""] * count
        # `+47` and eight digits: in E.164 form already if valid, kept as written if not;
        # its key is the eight digits either way
        normal, keys = list(texts), list[str | None](canonical)
        for i in rows_where(empty(canonical)):
            normal[i] = self(texts[i]).e164 or texts[i]
            keys[i] = text_key(normal[i])
        return normal, keys
