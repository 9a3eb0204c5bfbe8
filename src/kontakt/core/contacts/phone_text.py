"""Phone numbers as people read them in a sentence: the national form of a Norwegian number.

The glossary asks for numbers in Norwegian text as libphonenumber writes them nationally
(`56 37 00 00`); a number of another country keeps its international form, and a text that
is no valid number is left as it was written.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

_NORWAY = 47


@lru_cache(maxsize=4096)
def national_form(text: str) -> str:
    """`text` (any form libphonenumber reads with region NO) in the form for a sentence."""
    try:
        number = phonenumbers.parse(text, "NO")
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
