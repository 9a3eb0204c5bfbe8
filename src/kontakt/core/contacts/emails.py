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

The library is imported only when an address needs it: its import compiles enough
regexes to cost a run of `kontakt check-contacts` some 25 ms, and a typical export never
needs it. Its list of special-use domains is copied here for that reason; a test keeps
the copy equal to the library's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from kontakt.core.contacts.where import empty, filled, rows_where

_LOCAL_CHARS = "A-Za-z0-9_+\\-æøåÆØÅäöüÄÖÜéÉ"
"""Safe ASCII atext, and the (precomposed, NFC-stable) letters of Norwegian names."""
_DOMAIN = r"(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.)+[A-Za-z]{2,63}"
_PLAIN = re.compile(rf"([{_LOCAL_CHARS}]+(?:\.[{_LOCAL_CHARS}]+)*)@({_DOMAIN})")
"""Dot-atom local part of the safest characters; ASCII labels without `--` or edge hyphens."""
_PLAIN_DOMAIN = re.compile(_DOMAIN)
_MAX_LOCAL = 64
_MAX_PLAIN_DOMAIN = 63
"""A domain of at most 63 characters keeps every label and the whole address within limits."""
SPECIAL_USE_DOMAIN_NAMES = ("arpa", "invalid", "local", "localhost", "onion", "test")
"""`email_validator.SPECIAL_USE_DOMAIN_NAMES` (version 2.x), which it refuses as domains."""
_SPECIAL_USE = re.compile(
    r"(?:^|\.)(?:" + "|".join(re.escape(d) for d in SPECIAL_USE_DOMAIN_NAMES) + r")\Z"
)


class EmailVerdict(NamedTuple):
    """What email-validator says of one address; `normalized` and `domain` only when valid."""

    valid: bool
    normalized: str | None
    domain: str | None
    """The domain in lower case (Unicode form for internationalised domains)."""


INVALID = EmailVerdict(False, None, None)


def library_verdict(text: str) -> EmailVerdict:
    """The verdict of `email_validator.validate_email`, without DNS."""
    from email_validator import EmailNotValidError, validate_email

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


def is_valid_address(text: str) -> bool:
    """Whether `text` is a valid e-mail address (without asking DNS): the one judgement
    of validity for the contact check and the municipality's settings."""
    return (fast_verdict(text) or library_verdict(text)).valid


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

    def column(self, texts: Sequence[str]) -> EmailColumn:
        """The domain (`EmailVerdict.domain`) of each of `texts` (None for an invalid
        address or an empty text), and whether every text is in lower case already.

        The check only needs the domain. The plain local parts are found by one regex over
        the column joined into one text, which gives what follows each one's `@`; each
        distinct domain is then judged once. Only the rest is judged address by address.
        """
        count = len(texts)
        joined = "\n".join(texts)
        written: list[str] = []
        if joined.count("\n") == count - 1:  # else an address holds a line break
            written = _PLAIN_LINE.findall(joined)
        if len(written) != count:
            written = [""] * count
        lower = {domain: _plain_domain(domain) for domain in set(written) if domain}
        domains: list[str | None] = list(map(lower.get, written))
        for i in rows_where(filled(texts), empty(domains)):
            domains[i] = self(texts[i]).domain
        # the whole unchanged by lower() means no text has a character it changes (only
        # the final sigma depends on its neighbours, and a Σ changes wherever it stands)
        return EmailColumn(domains, joined.lower() == joined)


class EmailColumn(NamedTuple):
    """`EmailClassifier.column`: each text's domain (None: invalid or empty), and whether
    every text is in lower case already (so that comparing without case needs no lowered
    copies)."""

    domains: list[str | None]
    lower_case: bool


_PLAIN_LINE = re.compile(
    rf"^(?:(?=[^@\n]{{1,{_MAX_LOCAL}}}@)[{_LOCAL_CHARS}]+(?:\.[{_LOCAL_CHARS}]+)*"
    r"@([^@\n]*)|.*)$",
    re.MULTILINE,
)
"""On one line: what follows the `@` of an address whose local part is `_PLAIN`'s, at most
`_MAX_LOCAL` long; else nothing. (`_plain_domain` then judges each distinct domain.)"""


def _plain_domain(written: str) -> str | None:
    """The lower-case domain of a plain address, as `fast_verdict` decides; None: not so."""
    if not _PLAIN_DOMAIN.fullmatch(written):
        return None
    domain = written.lower()
    if len(written) > _MAX_PLAIN_DOMAIN or _SPECIAL_USE.search(domain):
        return None
    return domain
