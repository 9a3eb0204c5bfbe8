"""The type of a Norwegian number told by its first digits, wherever the metadata says they tell it.

`phones` types an 8-digit national number with one regex per region, built from the
libphonenumber metadata; that regex tries a dozen alternatives and costs about a microsecond
a number. But the patterns look at a few leading digits and then take any digits
(`9\\d{7}` mobile, `5[1-35-7]\\d{6}` fixed line), so one answer usually holds for every
number with the same first one or two digits. This module finds those prefixes from the
same patterns, exactly, without trusting that shape:

For a prefix `p`, the rest of the number is written as wildcards (`X`). Each pattern is
widened twice: in the *every* form only an item that accepts every digit (`\\d`, `[0-9]`)
also accepts `X`, so a match means every completion of `p` matches; in the *some* form
every item that accepts some digit accepts `X`, so no match means no completion matches.
When neither settles a pattern that matters, the prefix is split into its ten longer ones,
down to whole numbers, where the widened forms are the pattern itself. A pattern with
syntax this module does not know is never widened: then no prefix is settled and every
number goes through the regex, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WILDCARD = "X"
"""Stands for any digit; no metadata pattern accepts it."""
MAX_PREFIXES = 20_000
"""Stop splitting prefixes after this many (the Norwegian metadata needs a few hundred)."""

ALL, NONE, SOME = 1, 0, -1
"""Every completion of a prefix matches, none does, or it depends on the other digits."""

_QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}")
_DIGITS = "0123456789"


def widen(pattern: str, every: bool) -> str | None:
    """`pattern` with `X` accepted as described in the module's note; None for unknown syntax.

    Known syntax is what the libphonenumber metadata uses: digits, `\\d`, classes of digits
    and ranges, groups (`(`, `(?:`), `|`, `?`, `*`, `+` and `{m}`, `{m,n}`.
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1 : i + 2] != "d":
                return None
            out.append(_atom(r"\d", every))
            i += 2
        elif ch == "[":
            end = pattern.find("]", i + 2)
            item = pattern[i : end + 1]
            if end < 0 or "\\" in item.replace(r"\d", "") or item[1] in "^]":
                return None
            if re.fullmatch(item, WILDCARD):
                return None
            out.append(_atom(item, every))
            i = end + 1
        elif ch.isdigit():
            out.append(_atom(ch, every))
            i += 1
        elif ch == "{":
            match = _QUANTIFIER.match(pattern, i)
            if match is None:
                return None
            out.append(match.group())
            i = match.end()
        elif ch == "(":
            if pattern.startswith("(?:", i):
                out.append("(?:")
                i += 3
            elif pattern[i + 1 : i + 2] == "?":
                return None
            else:
                out.append("(")
                i += 1
        elif ch in ")|?*+":
            out.append(ch)
            i += 1
        else:
            return None
    return "".join(out)


def _atom(item: str, every: bool) -> str:
    """One item that accepts single characters, with `X` added if the form wants it."""
    accepted = sum(1 for digit in _DIGITS if re.fullmatch(item, digit))
    if accepted == len(_DIGITS) or (accepted and not every):
        return f"(?:{item}|{WILDCARD})"
    return f"(?:{item})"


@dataclass(frozen=True)
class Pattern:
    """A metadata pattern with its two widened forms (None when it cannot be widened)."""

    regex: str
    every: re.Pattern[str] | None
    some: re.Pattern[str] | None

    @classmethod
    def of(cls, regex: str) -> Pattern:
        every, some = widen(regex, True), widen(regex, False)
        if every is None or some is None:
            return cls(regex, None, None)
        return cls(regex, re.compile(every), re.compile(some))

    def status(self, text: str, whole: bool = True) -> int | None:
        """ALL, NONE or SOME for `text` (digits, then wildcards); None if not widened.

        `whole` matches all of `text`, else a start of it (as leading digits are matched).
        """
        if self.every is None or self.some is None:
            return None
        if whole:
            if self.every.fullmatch(text):
                return ALL
            return SOME if self.some.fullmatch(text) else NONE
        if self.every.match(text):
            return ALL
        return SOME if self.some.match(text) else NONE


@dataclass(frozen=True)
class Rules:
    """How `phones` types a national number in one region, as patterns.

    `general` must match; then the first alternative whose patterns all match gives the
    type. `leading` (matched at the start) picks the region among those sharing a code.
    """

    leading: Pattern | None
    general: Pattern
    alternatives: Sequence[tuple[int, Sequence[Pattern]]]

    def patterns(self) -> list[Pattern]:
        """Every pattern of the region."""
        found = [self.general] if self.leading is None else [self.leading, self.general]
        return found + [pattern for _, patterns in self.alternatives for pattern in patterns]

    def kind(self, text: str, unknown: int) -> int | None:
        """The type of every completion of `text`, or None when the digits do not decide."""
        settled = self.general.status(text)
        if settled is None or settled == SOME:
            return None
        if settled == NONE:
            return unknown
        for kind, patterns in self.alternatives:
            statuses = [pattern.status(text) for pattern in patterns]
            if None in statuses:
                return None
            if NONE in statuses:
                continue
            if SOME in statuses:
                return None
            return kind
        return unknown


def prefix_kind(regions: Sequence[Rules], text: str, unknown: int) -> int | None:
    """`phones._kind_of` for every completion of `text`, or None when it depends on them.

    Mirrors the library's choice of region: the first region whose leading digits match,
    or, for a region without them, the first that gives a type.
    """
    for region in regions:
        if region.leading is not None:
            leads = region.leading.status(text, whole=False)
            if leads is None or leads == SOME:
                return None
            if leads == ALL:
                return region.kind(text, unknown)
        else:
            kind = region.kind(text, unknown)
            if kind is None or kind != unknown:
                return kind
    return unknown


def prefix_table(decide: Callable[[str], int | None], length: int) -> dict[str, int]:
    """Prefixes of `length`-digit numbers (not starting with 0) whose type `decide` settles.

    `decide` gets a prefix padded with wildcards. No prefix in the table starts another,
    so a number has at most one. Prefixes left unsettled (beyond `MAX_PREFIXES`) are
    simply missing: their numbers go through the regex.
    """
    table: dict[str, int] = {}
    pending = list("123456789")
    tried = 0
    while pending and tried < MAX_PREFIXES:
        prefix = pending.pop()
        tried += 1
        kind = decide(prefix + WILDCARD * (length - len(prefix)))
        if kind is not None:
            table[prefix] = kind
        elif len(prefix) < length:
            pending.extend(prefix + digit for digit in _DIGITS)
    return table
