"""Ring-pattern use cases over files: read, validate, simulate, coverage, diff, trace, layout.

Thin on purpose: the work is in `kontakt.core.ringpattern`; this adds reading the file,
with a `PatternError` (key `file-not-found`, `file-unreadable`, `too-large`, `not-utf8`,
`not-json` or a document error with its path), naming the file, for anything that cannot
be used. A file is read no further than the largest document allowed, so a huge file (or a
device that never ends) costs no more than that.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from pathlib import Path

from kontakt.core.reasons import os_reason
from kontakt.core.ringpattern import (
    Call,
    Coverage,
    Coverer,
    Finding,
    Pattern,
    PatternDiff,
    PatternError,
    Rect,
    Trace,
    diff,
    loads,
    rectangles,
    simulate,
    trace,
    validate,
)
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


def validate_file(path: str | Path) -> tuple[Pattern, list[Finding]]:
    """The pattern in `path` and its findings (errors first)."""
    pattern = read_pattern(path)
    return pattern, validate(pattern)


def simulate_file(
    path: str | Path,
    number: str,
    at: datetime,
    presses: Sequence[str] = (),
    answer: str | None = None,
    unavailable: Collection[str] = (),
) -> tuple[Pattern, Call]:
    """The pattern in `path` and a call to `number` at local time `at` through it."""
    pattern = read_pattern(path)
    return pattern, simulate(pattern, number, at, presses, answer, unavailable)


def coverage_file(
    path: str | Path, number: str, first: date, last: date
) -> tuple[Pattern, Coverage]:
    """The pattern in `path` and where unanswered calls to `number` end from `first` to
    `last` (both included)."""
    pattern = read_pattern(path)
    return pattern, Coverer(pattern).coverage(number, first, last)


def diff_files(old: str | Path, new: str | Path, start: date | None = None) -> PatternDiff:
    """What changed from the pattern in `old` to the one in `new`; the coming year for
    `entries_affected` starts at `start` (default: today)."""
    return diff(read_pattern(old), read_pattern(new), start)


def trace_file(path: str | Path, kind: str, target: str, first: date) -> tuple[Pattern, Trace]:
    """The pattern in `path` and every way a call reaches node `target` (`kind` "node") or
    rings member `target` (`kind` "member"), with examples from `first` on."""
    pattern = read_pattern(path)
    return pattern, trace(pattern, kind, target, first)


def layout_file(path: str | Path) -> tuple[Pattern, dict[str, Rect]]:
    """The pattern in `path` and each node's card: where the document puts it, laid out
    automatically where it does not."""
    pattern = read_pattern(path)
    return pattern, rectangles(pattern)
