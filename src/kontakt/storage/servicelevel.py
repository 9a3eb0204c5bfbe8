"""Call records, their imports and the targets, as rows (tables of migration 0006).

A file's records replace the municipality's previous ones, written with one bulk insert in
the caller's transaction. Times are stored as UTC instants and read back as local wall-clock
times in the pattern's zone. The key for the callers' hashes is made once per database and
kept in `app_state`; it leaves the database with no export.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kontakt.core.ringpattern.schedule import to_utc
from kontakt.core.servicelevel.figures import Goal
from kontakt.core.servicelevel.records import CallRecords, Result
from kontakt.storage.models import AppState, CallImport, CallRecord, ServiceTarget

KEY_NAME = "call-caller-hash-key"
_CHUNK = 20_000


def caller_key(session: Session) -> bytes:
    """The database's key for hashing calling numbers, made (32 random bytes) when first
    asked for."""
    row = session.get(AppState, KEY_NAME)
    if row is None:
        row = AppState(key=KEY_NAME, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def replace_calls(
    session: Session,
    municipality_id: int,
    calls: CallRecords,
    zone: ZoneInfo,
    written: Callable[[int], None] | None = None,
) -> int:
    """Store `calls` as the municipality's call records (the old ones go); returns the
    import's id. `written(rows)` is told the rows inserted so far, after each chunk (it may
    raise to stop: the caller's transaction then stores nothing)."""
    session.execute(delete(CallImport).where(CallImport.municipality_id == municipality_id))
    made = CallImport(
        municipality_id=municipality_id,
        file_name=calls.file,
        rows=len(calls),
        callers_kept=calls.callers is not None,
    )
    session.add(made)
    session.flush()
    callers = calls.callers
    rows = []
    for i, moment in enumerate(calls.start):
        rows.append(
            {
                "import_id": made.id,
                "start": to_utc(moment, zone),
                "entry": calls.entry[i],
                "target": calls.target[i],
                "wait_s": calls.wait_s[i],
                "talk_s": calls.talk_s[i],
                "result": calls.result[i].value,
                "answered_by": calls.answered_by[i],
                "caller_hash": callers[i] or None if callers is not None else None,
            }
        )
        if len(rows) == _CHUNK:
            session.execute(insert(CallRecord), rows)
            rows = []
            if written is not None:
                written(i + 1)
    if rows:
        session.execute(insert(CallRecord), rows)
    if written is not None:
        written(len(calls))
    return made.id


def stored_calls(session: Session, municipality_id: int, zone: ZoneInfo) -> CallRecords | None:
    """The municipality's call records, or None when none were imported."""
    made = session.scalars(
        select(CallImport).where(CallImport.municipality_id == municipality_id)
    ).first()
    if made is None:
        return None
    rows = session.execute(
        select(
            CallRecord.start,
            CallRecord.entry,
            CallRecord.target,
            CallRecord.wait_s,
            CallRecord.talk_s,
            CallRecord.result,
            CallRecord.answered_by,
            CallRecord.caller_hash,
        )
        .where(CallRecord.import_id == made.id)
        .order_by(CallRecord.id)
    ).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * 8
    return CallRecords(
        made.file_name,
        [moment.astimezone(zone).replace(tzinfo=None) for moment in columns[0]],
        list(columns[1]),
        list(columns[2]),
        [float(v) for v in columns[3]],
        [float(v) for v in columns[4]],
        [Result(v) for v in columns[5]],
        list(columns[6]),
        [v or "" for v in columns[7]] if made.callers_kept else None,
    )


def targets(session: Session, municipality_id: int) -> dict[str, Goal]:
    """The municipality's targets by name (entry number or queue/group), by name."""
    rows = session.scalars(
        select(ServiceTarget)
        .where(ServiceTarget.municipality_id == municipality_id)
        .order_by(ServiceTarget.name)
    )
    return {
        row.name: Goal(
            float(row.percent),
            int(row.within_s),
            float(row.max_abandon_percent),
            float(row.min_answer_percent),
        )
        for row in rows
    }


def save_targets(session: Session, municipality_id: int, goals: Mapping[str, Goal]) -> None:
    """Make `goals` the municipality's targets (those not named go)."""
    session.execute(delete(ServiceTarget).where(ServiceTarget.municipality_id == municipality_id))
    if goals:
        session.execute(
            insert(ServiceTarget),
            [
                {
                    "municipality_id": municipality_id,
                    "name": name,
                    "percent": goal.percent,
                    "within_s": goal.within_s,
                    "max_abandon_percent": goal.max_abandon_percent,
                    "min_answer_percent": goal.min_answer_percent,
                }
                for name, goal in goals.items()
            ],
        )
