"""Phone numbers as people read them in a sentence: the national form of a Norwegian number.

The glossary asks for numbers in Norwegian text as libphonenumber writes them nationally
(`56 37 00 00`); a number of another country keeps its international form, and a text that
is no valid number is left as it was written. A plain Norwegian number is judged by the
contact check's fast path and laid out by the library's own format rules for Norway, so
that wording thousands of findings does not parse each number again.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat

from kontakt.core.contacts.phones import REGION, fast_verdict

_NORWAY = 47


@lru_cache(maxsize=4096)
def national_form(text: str) -> str:
    """`text` (any form libphonenumber reads with region NO) in the form for a sentence."""
    verdict = fast_verdict(text)
    if verdict is not None:
        return _laid_out(verdict.e164[3:]) if verdict.e164 is not None else text
    try:
        number = phonenumbers.parse(text, REGION)
    except NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    form = (
        PhoneNumberFormat.NATIONAL
        if number.country_code == _NORWAY
        else PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, form)


def _laid_out(national: str) -> str:
    for leading, pattern, layout in _formats():
        if leading is not None and not leading.match(national):
            continue
        match = pattern.fullmatch(national)
        if match is not None:
            return layout.format(*match.groups())
    return national


@cache
def _formats() -> list[tuple[re.Pattern[str] | None, re.Pattern[str], str]]:
    """Norway's national number formats, from the library's metadata: (the leading digits
    that choose it, the number's pattern, its layout as a `str.format` text)."""
    metadata = PhoneMetadata.metadata_for_region(REGION)
    assert metadata is not None
    return [
        (
            re.compile(form.leading_digits_pattern[-1]) if form.leading_digits_pattern else None,
            re.compile(form.pattern),
            _GROUP.sub(_field, form.format.replace("{", "{{").replace("}", "}}")),
        )
        for form in metadata.number_format
        if form.pattern is not None and form.format is not None
    ]


_GROUP = re.compile(r"\\(\d)")
"""A group in the library's layout (`\\1 \\2 \\3`)."""


def _field(group: re.Match[str]) -> str:
    return "{" + str(int(group[1]) - 1) + "}"
