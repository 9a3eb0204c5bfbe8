"""What libphonenumber's metadata says of Norwegian national numbers, as regexes and tables.

For the regions of country code 47 (NO, then SJ), `kind_of` types an 8-digit national
number the way `phonenumbers` does: pick the region by its leading digits, then try the
region's number patterns in the library's order (`_number_type_helper`), as one regex per
region. `national_kind` first looks the number's start up in `prefix_kinds` (see
`phone_prefixes`), which settles most numbers without the regex.
"""

from __future__ import annotations

import functools
import re
from itertools import product
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType

from kontakt.core.contacts.phone_prefixes import Pattern, Rules, prefix_kind, prefix_table

COUNTRY_CODE = 47
FAST_LENGTH = 8
"""The length of the national numbers the fast path answers (all Norwegian ones but 5-digit)."""
STEM = 2
"""`stems` gives the type of a number by this many first digits, where they settle it."""


def _desc_regex(desc: object) -> str | None:
    """`phonenumbers._is_number_matching_desc` as a regex, for national numbers of 8 digits.

    The fast path only ever asks about 8-digit national numbers, so the length check is
    decided here, once: a description whose possible lengths exclude 8 never matches.
    """
    pattern = getattr(desc, "national_number_pattern", None)
    if pattern is None:
        return None
    lengths = tuple(getattr(desc, "possible_length", None) or ())
    if lengths and FAST_LENGTH not in lengths:
        return None
    return f"(?:{pattern})"


_Alternative = tuple[int, tuple[str, ...]]
"""A type and the patterns that must all match for it."""


SPECIAL_TYPES = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
)
"""The descriptions `_number_type_helper` tries before fixed line and mobile, in its order
(private to libphonenumber 9, which pyproject.toml pins; a test compares it with the source)."""


def _alternatives(metadata: PhoneMetadata) -> list[_Alternative]:
    """The types in the order `_number_type_helper` tries them, each with its patterns."""
    alternatives: list[_Alternative] = []
    for name, kind in SPECIAL_TYPES:
        regex = _desc_regex(getattr(metadata, name))
        if regex is not None:
            alternatives.append((kind, (regex,)))
    fixed, mobile = _desc_regex(metadata.fixed_line), _desc_regex(metadata.mobile)
    same = metadata.same_mobile_and_fixed_line_pattern
    if fixed is not None:
        if same:
            alternatives.append((PhoneNumberType.FIXED_LINE_OR_MOBILE, (fixed,)))
        else:
            if mobile is not None:
                alternatives.append((PhoneNumberType.FIXED_LINE_OR_MOBILE, (mobile, fixed)))
            alternatives.append((PhoneNumberType.FIXED_LINE, (fixed,)))
    if mobile is not None and not same:
        alternatives.append((PhoneNumberType.MOBILE, (mobile,)))
    return alternatives


def _type_regex(general: str | None, alternatives: list[_Alternative]) -> re.Pattern[str] | None:
    """One regex whose matching alternative names the type, as `_number_type_helper` decides.

    Alternatives are tried in order and the first that matches the whole national number
    wins, so the order is the library's; each ends in an empty group `k<type>` that tells
    which one matched. All but an alternative's last pattern are lookaheads.
    """
    if general is None or not alternatives:
        return None
    parts = [
        "".join(rf"(?={regex}\Z)" for regex in regexes[:-1]) + f"(?:{regexes[-1]})(?P<k{kind}>)"
        for kind, regexes in alternatives
    ]
    return re.compile(rf"(?={general}\Z)(?:{'|'.join(parts)})")


class _Region(NamedTuple):
    leading: re.Pattern[str] | None
    types: re.Pattern[str] | None
    rules: Rules | None
    """The same, as patterns for `phone_prefixes` (None: the region never gives a type)."""


@functools.cache
def _regions() -> tuple[_Region, ...]:
    """The regions of country code 47 in the library's order, as `_region_code_for_number`.

    Built on first use: the ring-pattern commands judge numbers without the fast path."""
    regions = []
    for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[COUNTRY_CODE]:
        metadata = PhoneMetadata.metadata_for_region(code)
        if metadata is None:
            continue
        general, alternatives = _desc_regex(metadata.general_desc), _alternatives(metadata)
        types = _type_regex(general, alternatives)
        leading = metadata.leading_digits
        rules = (
            None
            if types is None or general is None
            else Rules(
                Pattern.of(leading) if leading else None,
                Pattern.of(general),
                [
                    (kind, [Pattern.of(regex) for regex in regexes])
                    for kind, regexes in alternatives
                ],
            )
        )
        regions.append(_Region(re.compile(leading) if leading else None, types, rules))
    return tuple(regions)


def kind_of(national: str) -> int:
    """The type of an 8-digit national number (UNKNOWN: invalid), by the regexes."""
    for region in _regions():
        if region.leading is not None:
            if region.leading.match(national):
                return _match_kind(region, national)
        else:
            kind = _match_kind(region, national)
            if kind != PhoneNumberType.UNKNOWN:
                return kind
    return PhoneNumberType.UNKNOWN


def _match_kind(region: _Region, national: str) -> int:
    if region.types is None:
        return PhoneNumberType.UNKNOWN
    match = region.types.fullmatch(national)
    if match is None or match.lastgroup is None:
        return PhoneNumberType.UNKNOWN
    return int(match.lastgroup[1:])


def _prefix_kind(text: str) -> int | None:
    """`kind_of` for every number `text` (digits, then wildcards) stands for, if one."""
    return prefix_kind(_prefix_rules(), text, PhoneNumberType.UNKNOWN)


@functools.cache
def _prefix_rules() -> tuple[Rules, ...]:
    """`_regions()` as rules; a region without types never gives one, so it is left out."""
    rules = []
    for region in _regions():
        if region.rules is None:
            if region.leading is not None:
                return ()  # it would claim its leading digits for UNKNOWN: not modelled
            continue
        rules.append(region.rules)
    return tuple(rules)


@functools.cache
def prefix_kinds() -> dict[str, int]:
    """The prefixes that settle the type of an 8-digit national number, and that type.

    Built once, on first use (a few milliseconds); empty when a pattern could not be
    widened, so that every number goes through the regex.
    """
    regions = _prefix_rules()
    patterns = [pattern for rules in regions for pattern in rules.patterns()]
    if not regions or any(pattern.every is None for pattern in patterns):
        return {}
    return prefix_table(_prefix_kind, FAST_LENGTH)


def national_kind(national: str) -> int:
    """`kind_of` an 8-digit national number: by its prefix (`prefix_kinds`), else the regex."""
    prefixes = prefix_kinds()
    for length in range(1, FAST_LENGTH + 1):
        kind = prefixes.get(national[:length])
        if kind is not None:
            return kind
    return kind_of(national)


@functools.cache
def stems() -> dict[str, int]:
    """The type of each two-digit start that settles it (from `prefix_kinds`)."""
    found = {}
    for prefix, kind in prefix_kinds().items():
        if len(prefix) <= STEM:
            for fill in product("0123456789", repeat=STEM - len(prefix)):
                found[prefix + "".join(fill)] = kind
    return found
