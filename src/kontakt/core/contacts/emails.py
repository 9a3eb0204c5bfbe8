"""E-mail addresses as `email-validator` judges them (offline), with a fast path.

`validate_email` costs some twenty to a hundred microseconds an address. Almost every
address in an HRM export has the plain shape `local.part@sub.domain.tld`, with at most
Norwegian letters in the local part; for that shape the rules of email-validator
(dot-atom local part of allowed characters, letter-digit-hyphen labels, no `xx--` labels,
a period in the domain, a top-level domain that ends in a letter, length limits, no
special-use domain) are all met by construction, so `_PLAIN` accepts only addresses the
library accepts, and gives the same normalised form (domain in lower case, local part as
written: its letters are precomposed, so NFC leaves them be). Everything else goes to the
library. A differential test checks that both paths agree.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

_LOCAL_CHARS = "A-Za-z0-9_+\\-æøåÆØÅäöüÄÖÜéÉ"
"""Safe ASCII atext, and the (precomposed, NFC-stable) letters of Norwegian names."""
_PLAIN = re.compile(
    rf"([{_LOCAL_CHARS}]+(?:\.[{_LOCAL_CHARS}]+)*)"
    r"@((?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.)+[A-Za-z]{2,63})")
"""Dot-atom local part of the safest characters; ASCII labels without `--` or edge hyphens."""
_MAX_LOCAL = 64
_MAX_PLAIN_DOMAIN = 63
"""A domain of at most 63 characters keeps every label and the whole address within limits."""
_SPECIAL_USE = re.compile(
    r"(?:^|\.)(?:" + "|".join(re.escape(d) for d in SPECIAL_USE_DOMAIN_NAMES) + r")\Z")


class EmailVerdict(NamedTuple):
    """What email-validator says of one address; `normalized` and `domain` only when valid."""

    valid: bool
    normalized: str | None
    domain: str | None
    """The domain in lower case (Unicode form for internationalised domains)."""


INVALID = EmailVerdict(False, None, None)


def library_verdict(text: str) -> EmailVerdict:
    """The verdict of `email_validator.validate_email`, without DNS."""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return INVALID
    return EmailVerdict(True, result.normalized, result.domain)


def fast_verdict(text: str) -> EmailVerdict | None:
    """The verdict for a plain address without calling the library; None otherwise.

    Also answers "invalid" for text without quotes or backslashes that has no `@` or more
    than one: unquoted, a second `@` is allowed neither before nor after the first.
    """
    match = _PLAIN.fullmatch(text)
    if match is None:
        if text.count("@") != 1 and '"' not in text and "\\" not in text:
            return INVALID
        return None
    local, domain = match.groups()
    if len(local) > _MAX_LOCAL or len(domain) > _MAX_PLAIN_DOMAIN:
        return None
    domain = domain.lower()
    if _SPECIAL_USE.search(domain):
        return None
    return EmailVerdict(True, f"{local}@{domain}", domain)


class EmailClassifier:
    """Verdicts for the addresses of one check: fast path, else the library; cached per text."""

    def __init__(self) -> None:
        self._cache: dict[str, EmailVerdict] = {}

    def __call__(self, text: str) -> EmailVerdict:
        verdict = self._cache.get(text)
        if verdict is None:
            verdict = fast_verdict(text) or library_verdict(text)
            self._cache[text] = verdict
        return verdict
