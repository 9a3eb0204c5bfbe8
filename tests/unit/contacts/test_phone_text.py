"""Phone numbers in sentences: exactly as libphonenumber writes them nationally."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

from kontakt.core.contacts.phone_text import national_form


def library_form(text: str) -> str:
    number = phonenumbers.parse(text, "NO")
    if not phonenumbers.is_valid_number(number):
        return text
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def test_norwegian_numbers_read_as_the_library_writes_them() -> None:
    assert national_form("+4756370000") == "56 37 00 00"
    assert national_form("80012345") == "800 12 345"
    # The fast path lays numbers out by the library's rules: it fails when they move.
    rng = random.Random(20261201)
    for national in (str(rng.randrange(10_000_000, 100_000_000)) for _ in range(3000)):
        for text in (national, "+47" + national, "0047 " + national):
            assert national_form(text) == library_form(text), text


def test_other_countries_keep_their_international_form_and_no_number_stays_as_written() -> None:
    assert national_form("+46701234567") == "+46 70 123 45 67"
    assert national_form("12") == "12"
    assert national_form("ring meg") == "ring meg"
