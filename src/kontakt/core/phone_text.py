"""Phone numbers as a Norwegian reads them: `56 37 00 00`, `412 34 567`."""

from __future__ import annotations


def national_form(number: str) -> str:
    """A stored number (E.164) as libphonenumber writes it for a Norwegian reader:
    nationally when it is Norwegian ("56 37 00 00"), else internationally; as stored when
    it cannot be read."""
    import phonenumbers  # loaded only when a number is shown (it costs start-up time)

    try:
        parsed = phonenumbers.parse(number, "NO")
    except phonenumbers.NumberParseException:
        return number
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(parsed) == "NO"
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, style))
