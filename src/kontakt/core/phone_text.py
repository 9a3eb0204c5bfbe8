"""Phone numbers as a Norwegian reads them in a sentence: `56 37 00 00`.

The one plain formatter: the ring-pattern texts, the imports, the checklist and the window
all call it. (The contact check words thousands of findings through a fast path of its own,
`kontakt.core.contacts.phone_text`, tested against this rule.)"""

from __future__ import annotations


def national_form(number: str) -> str:
    """A number as libphonenumber writes it for a Norwegian reader: nationally when it is
    Norwegian ("56 37 00 00"), else internationally; as given when it is no valid number."""
    import phonenumbers  # loaded only when a number is shown (it costs start-up time)

    try:
        parsed = phonenumbers.parse(number, "NO")
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(parsed) == "NO"
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, style))
