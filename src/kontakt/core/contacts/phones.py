"""Phone numbers as libphonenumber judges them (region NO), with a fast path for Norwegian ones.

The contact check asks three things of every number: is it valid, what is it in E.164, and
what type is it. `phonenumbers.parse` + `is_valid_number` + `number_type` cost tens of
microseconds a number, too slow for 100,000-row exports. Most HRM numbers are plain
Norwegian ones (`91234567`, `912 34 567`, `+47 912 34 567`, `0047…`, `4791234567`), so for
those we do what the library does, from the library's own metadata: strip the country code
the same way, pick the region of country code 47 (NO or SJ) by its leading digits, and type
the national number with one regex per region built from the region's number patterns, in
the order `phonenumbers` tries them. Anything else (foreign numbers, extensions, letters,
leading zeros, odd lengths) goes to the library itself. A differential test holds the two
paths to the same verdicts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberFormat, PhoneNumberType

REGION = "NO"
_COUNTRY_CODE = 47
FAST_LENGTH = 8
"""The length of the national numbers the fast path answers (all Norwegian ones but 5-digit)."""


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
    return PhoneVerdict(True, phonenumbers.format_number(number, PhoneNumberFormat.E164),
                        phonenumbers.number_type(number))


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


def _type_regex(metadata: PhoneMetadata) -> re.Pattern[str] | None:
    """One regex whose matching alternative names the type, as `_number_type_helper` decides.

    Alternatives are tried in order and the first that matches the whole national number
    wins, so the order is the library's; each ends in an empty group `k<type>` that tells
    which one matched.
    """
    general = _desc_regex(metadata.general_desc)
    if general is None:
        return None
    parts: list[str] = []

    def add(regex: str | None, kind: int) -> None:
        if regex is not None:
            parts.append(f"(?:{regex})(?P<k{kind}>)")

    for desc, kind in (
        (metadata.premium_rate, PhoneNumberType.PREMIUM_RATE),
        (metadata.toll_free, PhoneNumberType.TOLL_FREE),
        (metadata.shared_cost, PhoneNumberType.SHARED_COST),
        (metadata.voip, PhoneNumberType.VOIP),
        (metadata.personal_number, PhoneNumberType.PERSONAL_NUMBER),
        (metadata.pager, PhoneNumberType.PAGER),
        (metadata.uan, PhoneNumberType.UAN),
        (metadata.voicemail, PhoneNumberType.VOICEMAIL),
    ):
        add(_desc_regex(desc), kind)
    fixed, mobile = _desc_regex(metadata.fixed_line), _desc_regex(metadata.mobile)
    if fixed is not None:
        if metadata.same_mobile_and_fixed_line_pattern:
            add(fixed, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        else:
            if mobile is not None:
                add(rf"(?=(?:{mobile})\Z){fixed}", PhoneNumberType.FIXED_LINE_OR_MOBILE)
            add(fixed, PhoneNumberType.FIXED_LINE)
    if mobile is not None and not metadata.same_mobile_and_fixed_line_pattern:
        add(mobile, PhoneNumberType.MOBILE)
    if not parts:
        return None
    return re.compile(rf"(?={general}\Z)(?:{'|'.join(parts)})")


class _Region(NamedTuple):
    leading: re.Pattern[str] | None
    types: re.Pattern[str] | None


def _regions() -> tuple[_Region, ...]:
    """The regions of country code 47 in the library's order, as `_region_code_for_number`."""
    regions = []
    for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[_COUNTRY_CODE]:
        metadata = PhoneMetadata.metadata_for_region(code)
        if metadata is None:
            continue
        leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        regions.append(_Region(leading, _type_regex(metadata)))
    return tuple(regions)


_REGIONS = _regions()
_FAST_SHAPE = re.compile(r"\+?[0-9][0-9 ]*")


def _kind_of(national: str) -> int:
    for region in _REGIONS:
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
    return None if national is None else _national_verdict(national)


def _national_verdict(national: str) -> PhoneVerdict:
    kind = _kind_of(national)
    if kind == PhoneNumberType.UNKNOWN:
        return INVALID
    return PhoneVerdict(True, "+47" + national, kind)


class PhoneClassifier:
    """Verdicts for the numbers of one check: the fast path, else the library.

    Cached per text and, on the fast path, per national number, so `912 34 567` in the
    export and `+4791234567` in the directory are judged once. Share one classifier
    between the directory and the export of a run; do not keep it beyond the run.
    """

    def __init__(self) -> None:
        self._by_text: dict[str, PhoneVerdict] = {}
        self._by_national: dict[str, PhoneVerdict] = {}

    def __call__(self, text: str) -> PhoneVerdict:
        verdict = self._by_text.get(text)
        if verdict is None:
            national = fast_national_number(text)
            if national is None:
                verdict = library_verdict(text)
            else:
                verdict = self._by_national.get(national)
                if verdict is None:
                    verdict = self._by_national[national] = _national_verdict(national)
            self._by_text[text] = verdict
        return verdict
