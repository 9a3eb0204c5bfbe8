"""Reading a ring-pattern file, without the database: for commands that work on files alone
(`kontakt service-level --pattern`), so they never load SQLAlchemy. `services.patterns`
offers the same function beside its database use cases.
"""

from __future__ import annotations

from pathlib import Path

from kontakt.core.reasons import os_reason
from kontakt.core.ringpattern import Pattern, PatternError, loads
from kontakt.core.ringpattern.model import MAX_DOCUMENT_BYTES


def read_pattern(path: str | Path) -> Pattern:
    """The pattern in the file at `path`."""
    file = str(path)
    try:
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise PatternError("file-not-found", {"file": file}) from None
    except OSError as exc:
        raise PatternError("file-unreadable", {"file": file, "detail": os_reason(exc)}) from None
    try:
        return loads(data)
    except PatternError as exc:
        raise PatternError(exc.key, exc.params, exc.path, file) from None
