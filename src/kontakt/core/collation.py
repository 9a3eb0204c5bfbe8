"""Norwegian alphabetical order for texts (tables, reports), without Qt's collator.

Code-point order puts Å before Æ before Ø and lower case after upper case; Norwegian readers
expect … Z Æ Ø Å with case ignored, "Aa" filed with Å, Ä with Æ, Ö with Ø, Ü with Y, and
other accented letters with their base letter.
"""

from __future__ import annotations

import unicodedata

# Private-use code points sort after every letter of the Latin alphabets, in this order.
_AE, _OE, _AA = "\U000f0001", "\U000f0002", "\U000f0003"
_LETTERS = str.maketrans({"æ": _AE, "ä": _AE, "ø": _OE, "ö": _OE, "å": _AA, "ü": "y"})


def norwegian_key(text: str) -> tuple[str, str]:
    """Sort key putting `text` in Norwegian alphabetical order (ties broken by the text)."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("aa", "å").translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    primary = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return primary, text
