"""Call records as the telephony platform exports them: fields, results, times, durations.

One row is a call at one queue or group (`spec/servicelevel.md`, "Input: call records").
The table is read by `kontakt.core.tables`; here its cells become typed columns. Results are
mapped onto the six kinds by known synonyms (case and accents ignored) or the user's own
mapping; times are ISO (a space for the `T`, with or without an offset) or `dd.mm.yyyy
HH:MM[:SS]`, naive ones local time in the pattern's zone; durations are seconds or
`HH:MM:SS`. Calling numbers are kept only as keyed hashes (HMAC-SHA-256), or dropped.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from kontakt.core.tables.errors import TableInputError
from kontakt.core.tables.mapping import FieldSpec, fold
from kontakt.core.tables.table import ColumnRows, Table
from kontakt.core.texts import QT_TRANSLATE_NOOP


class Result(StrEnum):
    """What happened to a call."""

    ANSWERED = "answered"
    ABANDONED = "abandoned"
    OVERFLOW = "overflow"
    VOICEMAIL = "voicemail"
    FORWARDED = "forwarded"
    CLOSED = "closed"


class CallRecordError(TableInputError):
    """The call records cannot be used (file, columns, a cell that cannot be read)."""


UNKNOWN_RESULT = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}, row {row}, column "{column}": "{value}" is not a call result Kontakt knows; '
    "map it to one of answered, abandoned, overflow, voicemail, forwarded or closed "
    "(--result VALUE=KIND).",
)
BAD_TIME = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}, row {row}, column "{column}": "{value}" is not a time (write '
    "2026-11-23T09:15:00 or 23.11.2026 09:15).",
)
BAD_DURATION = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '{file}, row {row}, column "{column}": "{value}" is not a duration (seconds, or HH:MM:SS).',
)
BAD_RESULT_OPTION = QT_TRANSLATE_NOOP(
    "ContactErrors",
    '"{option}" is not of the form VALUE=KIND, where KIND is one of answered, abandoned, '
    "overflow, voicemail, forwarded or closed.",
)

FIELD_CONTEXT = "CallFields"
CALL_FIELDS = FieldSpec(
    "calls",
    ("start", "entry", "target", "wait_s", "talk_s", "result", "answered_by", "caller"),
    ("start", "entry", "result"),
    {
        "start": ("start", "Start", "Starttid", "Tidspunkt", "Call Start Time", "Date"),
        "entry": ("entry", "Nummer", "Oppringt nummer", "Called number", "Entry"),
        "target": ("target", "Kø", "Gruppe", "Queue", "Call Queue", "Hunt group"),
        "wait_s": ("wait_s", "Ventetid", "Wait time", "Queue time"),
        "talk_s": ("talk_s", "Samtaletid", "Talk time", "Duration"),
        "result": ("result", "Resultat", "Utfall", "Call Result", "Outcome"),
        "answered_by": ("answered_by", "Svart av", "Agent"),
        "caller": ("caller", "A-nummer", "Caller", "From"),
    },
    {
        "start": QT_TRANSLATE_NOOP("CallFields", "Start"),
        "entry": QT_TRANSLATE_NOOP("CallFields", "Number dialled"),
        "target": QT_TRANSLATE_NOOP("CallFields", "Queue or group"),
        "wait_s": QT_TRANSLATE_NOOP("CallFields", "Wait time"),
        "talk_s": QT_TRANSLATE_NOOP("CallFields", "Talk time"),
        "result": QT_TRANSLATE_NOOP("CallFields", "Result"),
        "answered_by": QT_TRANSLATE_NOOP("CallFields", "Answered by"),
        "caller": QT_TRANSLATE_NOOP("CallFields", "Calling number"),
    },
    FIELD_CONTEXT,
    CallRecordError,
)
"""The call records' fields (`spec/servicelevel.md`, the table of fields)."""

SYNONYMS: Final[Mapping[str, Result]] = {
    fold(text): kind
    for texts, kind in (
        (("answered", "svart", "besvart", "agent_joined_conference"), Result.ANSWERED),
        (("transferred_to_agent",), Result.ANSWERED),
        (("abandoned", "lagt på", "avbrote", "avbrutt", "tapt", "disconnected"), Result.ABANDONED),
        (("overflow", "overflyt", "overflown", "timed_out"), Result.OVERFLOW),
        (("voicemail", "talepost"), Result.VOICEMAIL),
        (("forwarded", "vidaresendt", "videresendt"), Result.FORWARDED),
        (("closed", "stengt"), Result.CLOSED),
    )
    for text in texts
}
"""Result values as the spec lists them, folded as headers are (case, accents, `_`)."""


def parse_result_options(options: Sequence[str]) -> dict[str, Result]:
    """`VALUE=KIND` options (`--result`) as the user's own result mapping."""
    mapped: dict[str, Result] = {}
    for option in options:
        value, sep, kind = option.rpartition("=")
        try:
            if not sep or not value.strip():
                raise ValueError(option)
            mapped[fold(value)] = Result(kind.strip().lower())
        except ValueError:
            raise CallRecordError(BAD_RESULT_OPTION, option=option) from None
    return mapped


@dataclass(frozen=True)
class CallRecords:
    """The calls of one file, column by column (row n of the file is index n - 1).

    `start` holds local wall-clock times in the pattern's zone (naive): weekday, hour and
    calendar state are read from them as the office's clock shows them. `callers` holds
    keyed hashes, or is None when the column was dropped or absent.
    """

    file: str
    start: list[datetime]
    entry: list[str]
    target: list[str]
    wait_s: list[float]
    talk_s: list[float]
    result: list[Result]
    answered_by: list[str]
    callers: list[str] | None

    def __len__(self) -> int:
        return len(self.start)


def caller_hasher(key: bytes) -> Callable[[str], str]:
    """HMAC-SHA-256 of a calling number under the database's key, as hex; the number is
    compared by its digits alone (`+47 412 34 567` and `41234567` are one caller)."""

    def digest(number: str) -> str:
        digits = "".join(ch for ch in number if ch.isdigit())
        if len(digits) == 10 and digits.startswith("47"):
            digits = digits[2:]
        elif digits.startswith("0047"):
            digits = digits[4:]
        return hmac.new(key, digits.encode(), hashlib.sha256).hexdigest()

    return digest


_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")
_CLOCK = re.compile(r"(\d+):(\d{2}):(\d{2})")


def parse_time(text: str, zone: ZoneInfo) -> datetime | None:
    """A call's start as local wall-clock time in `zone` (naive), or None when unreadable."""
    if len(text) == 19 and text[2] == "." and text[5] == ".":  # the common dd.mm.yyyy HH:MM:SS
        text = f"{text[6:10]}-{text[3:5]}-{text[:2]}T{text[11:]}"
    dotted = _DOTTED.fullmatch(text) if text[:1].isdigit() and "." in text[:6] else None
    try:
        if dotted is not None:
            day, month, year, hour, minute, second = dotted.groups()
            return datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
        if len(text) <= 10:  # a date alone says nothing of the hour
            return None
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(zone).replace(tzinfo=None)
    return moment


def parse_duration(text: str) -> float | None:
    """Seconds from `12`, `12.5`, `12,5` or `HH:MM:SS`; 0 for an empty cell; None otherwise."""
    if not text:
        return 0.0
    try:
        seconds = float(text.replace(",", "."))
    except ValueError:
        clock = _CLOCK.fullmatch(text)
        if clock is None:
            return None
        hours, minutes, secs = map(int, clock.groups())
        return float(hours * 3600 + minutes * 60 + secs)
    return seconds if seconds >= 0 and seconds == seconds and seconds != float("inf") else None


def _columns(table: Table, mapping: Mapping[str, str]) -> dict[str, Sequence[str]]:
    index = {name: table.headers.index(header) for name, header in mapping.items()}
    rows = table.rows
    if isinstance(rows, ColumnRows):
        return {name: rows.columns[i] for name, i in index.items()}
    width = len(table.headers)
    padded = [row if len(row) >= width else row + [""] * (width - len(row)) for row in rows]
    columns = list(zip(*padded, strict=False)) if padded else [() for _ in range(width)]
    return {name: columns[i] for name, i in index.items()}


def to_records(
    table: Table,
    mapping: Mapping[str, str],
    zone: ZoneInfo,
    *,
    results: Mapping[str, Result] | None = None,
    hash_caller: Callable[[str], str] | None = None,
) -> CallRecords:
    """The calls of `table` under `mapping` (see `CALL_FIELDS`).

    `results` maps further result values (folded) onto kinds, before the known synonyms.
    With `hash_caller` the calling numbers are kept as its hashes; without it they are
    dropped. Raises `CallRecordError` naming the row, column and value of the first cell
    that cannot be read.
    """
    cells = _columns(table, mapping)
    count = len(table.rows)
    empty = [""] * count

    def column(name: str) -> Sequence[str]:
        return cells.get(name, empty)

    def refuse(key: str, name: str, row: int, value: str) -> CallRecordError:
        return CallRecordError(key, file=table.file, row=row + 1, column=mapping[name], value=value)

    kinds = {**SYNONYMS, **(results or {})}
    result: list[Result] = []
    by_text: dict[str, Result] = {}
    for row, text in enumerate(column("result")):
        kind = by_text.get(text)
        if kind is None:
            kind = kinds.get(fold(text))
            if kind is None:
                raise refuse(UNKNOWN_RESULT, "result", row, text.strip())
            by_text[text] = kind
        result.append(kind)
    start: list[datetime] = []
    for row, text in enumerate(column("start")):
        moment = parse_time(text.strip(), zone)
        if moment is None:
            raise refuse(BAD_TIME, "start", row, text.strip())
        start.append(moment)
    durations = {}
    for name in ("wait_s", "talk_s"):
        values: list[float] = []
        seen: dict[str, float] = {}
        for row, text in enumerate(column(name)):
            value = seen.get(text)
            if value is None:
                value = parse_duration(text.strip())
                if value is None:
                    raise refuse(BAD_DURATION, name, row, text.strip())
                seen[text] = value
            values.append(value)
        durations[name] = values
    callers = None
    if hash_caller is not None and "caller" in cells:
        callers = [hash_caller(text) if text.strip() else "" for text in cells["caller"]]
    return CallRecords(
        table.file,
        start,
        [text.strip() for text in column("entry")],
        [text.strip() for text in column("target")],
        durations["wait_s"],
        durations["talk_s"],
        result,
        [text.strip() for text in column("answered_by")],
        callers,
    )
