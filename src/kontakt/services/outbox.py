"""The outbox: approved change requests delivered to IKTNH exactly once (`spec/api.md`).

A queued request is already in the database (stored at approval, before any attempt).
`send_pending` makes one pass: each due request is tried, the attempt written down before
the request goes out and its outcome after, so a pass killed at any point goes on where it
stopped; the idempotency key is the request's own, the same on every attempt, so IKTNH
never makes a second one. A retryable failure sets the next attempt's time (backoff with
jitter, or the server's Retry-After); within its time budget the pass waits for it and
tries again. A refusal marks the request failed with the server's detail. Delivered
requests are then asked for their status.

The window's sender (`kontakt.ui.outbox_sender`) and `kontakt outbox send` both call
`send_pending`. Nothing here logs or stores a private key or a whole signature.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from kontakt.api.client import Answer, IktnhClient, InsecureUrl, Unreachable, checked_base_url
from kontakt.api.delivery import Outcome, backoff_seconds, judge
from kontakt.core.changes.states import MOVES, State, move
from kontakt.services import municipality, signing_keys
from kontakt.services.signing_keys import KeyStoreError
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, DeliveryAttempt, Municipality
from kontakt.storage.types import utc_now

POLLED = (State.DELIVERED, State.IN_PROGRESS)
"""States whose status IKTNH may still change."""
REMOTE_STATES = {
    "received": State.DELIVERED,
    "in_progress": State.IN_PROGRESS,
    "completed": State.COMPLETED,
    "rejected": State.REJECTED,
}
"""IKTNH's status -> the request's state in Kontakt."""

MIN_DELAY_S = 1.0
"""The shortest wait before a next attempt, whatever the server says."""
SENDING = "sending"
"""An attempt's outcome while it is on its way; one left so by a killed pass is later
marked `interrupted`."""
INTERRUPTED = "interrupted"


@dataclass
class PassReport:
    """What one pass did: the request numbers it delivered, those IKTNH refused (with the
    detail), those still waiting after it (with the next attempt's time and the last
    attempt's detail), and how many statuses it asked for."""

    delivered: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    waiting: list[tuple[int, datetime | None, str]] = field(default_factory=list)
    polled: int = 0
    unreachable: bool = False
    """The last attempt got no answer at all (Kontakt is offline, or IKTNH is down)."""

    @property
    def undelivered(self) -> int:
        return len(self.refused) + len(self.waiting)


class NoApprovedBody(LookupError):
    """A queued request without the body its approval made (nothing to deliver)."""


def request_body(row: ChangeRequest) -> bytes:
    """The body delivered for `row`: the bytes stored when it was approved (`{"change",
    "approval"}` as canonical JSON), the same on every attempt and after a restart."""
    if row.body is None:
        raise NoApprovedBody(row.id)
    return bytes(row.body)


def _move(row: ChangeRequest, target: State) -> None:
    """Set `row`'s state to `target` through the lifecycle's allowed moves (`RefusedMove`
    otherwise)."""
    row.state = move(State(row.state), target)


def _queued_ids(db: Database, municipality_id: int) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(ChangeRequest.id)
                .where(ChangeRequest.municipality_id == municipality_id)
                .where(ChangeRequest.state == State.QUEUED)
                .order_by(ChangeRequest.id)
            )
        )


@dataclass(frozen=True)
class _Prepared:
    kommune: str
    kind: str
    body: bytes
    idempotency_key: str
    attempt_id: int
    attempts: int


def _begin_attempt(db: Database, request_id: int, now: datetime) -> _Prepared | None:
    """Write the attempt down (before anything goes out); None when the request is no
    longer queued or not yet due."""
    with db.transaction() as session:
        row = session.get(ChangeRequest, request_id)
        if row is None or row.state != State.QUEUED:
            return None
        if row.next_attempt_at is not None and row.next_attempt_at > now:
            return None
        for earlier in row.attempts:
            if earlier.outcome == SENDING:
                earlier.outcome = INTERRUPTED
        attempt = DeliveryAttempt(change_request_id=row.id, outcome=SENDING, attempted_at=now)
        session.add(attempt)
        session.flush()
        kommune = session.scalar(
            select(Municipality.number).where(Municipality.id == row.municipality_id)
        )
        return _Prepared(
            str(kommune),
            row.kind,
            request_body(row),
            row.idempotency_key,
            attempt.id,
            len(row.attempts) + 1,
        )


def _end_attempt(
    db: Database,
    request_id: int,
    prepared: _Prepared,
    outcome: Outcome,
    now: datetime,
    rng: random.Random | None,
) -> None:
    """Store the outcome: delivered, failed, or the next attempt's time."""
    with db.transaction() as session:
        row = session.get(ChangeRequest, request_id)
        attempt = session.get(DeliveryAttempt, prepared.attempt_id)
        assert row is not None and attempt is not None
        attempt.outcome = outcome.verdict
        attempt.http_status = outcome.http_status
        attempt.detail = outcome.detail
        if row.state != State.QUEUED:  # another sender got there first
            return
        if outcome.verdict == "delivered":
            _move(row, State.DELIVERED)
            row.remote_id = outcome.remote_id
            row.remote_status = outcome.remote_status or "received"
            row.next_attempt_at = None
        elif outcome.verdict == "refused":
            _move(row, State.FAILED)
            row.next_attempt_at = None
        else:
            delay = outcome.retry_after
            if delay is None:
                delay = backoff_seconds(prepared.attempts, rng)
            # "Retry-After: 0" again and again must not make a pass hammer the server
            row.next_attempt_at = now + timedelta(seconds=max(delay, MIN_DELAY_S))


def send_pending(
    db: Database,
    key: Ed25519PrivateKey | None,
    key_id: str,
    base_url: str,
    *,
    max_wait_s: float = 0.0,
    poll: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    client: IktnhClient | None = None,
    clock: Callable[[], datetime] = utc_now,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
) -> PassReport:
    """One pass over the municipality's queue, then a status poll of delivered requests.

    Requests that are due are tried; while one waits for a next attempt due within
    `max_wait_s` of the pass's start, the pass sleeps until then and tries again.
    Raises InsecureUrl for a base URL Kontakt will not send to.
    """
    report = PassReport()
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return report
    own_client = client is None
    api = client or IktnhClient(base_url, key, key_id)
    started = time.monotonic()
    try:
        while not cancelled():
            for request_id in _queued_ids(db, municipality_id):
                if cancelled():
                    break
                prepared = _begin_attempt(db, request_id, clock())
                if prepared is None:
                    continue
                try:
                    answer = api.deliver(
                        prepared.kommune, prepared.kind, prepared.body, prepared.idempotency_key
                    )
                    outcome = judge(answer, clock())
                    report.unreachable = False
                except Unreachable as exc:
                    outcome = Outcome("retry", None, detail=exc.reason)
                    report.unreachable = True
                _end_attempt(db, request_id, prepared, outcome, clock(), rng)
                if outcome.verdict == "delivered":
                    report.delivered.append(request_id)
                elif outcome.verdict == "refused":
                    report.refused.append((request_id, outcome.detail))
            soonest = _soonest_attempt(db, municipality_id, clock())
            if soonest is None:
                break
            wait = max((soonest - clock()).total_seconds(), 0.0)
            if time.monotonic() - started + wait > max_wait_s or cancelled():
                break
            sleep(wait)
        report.waiting = _waiting(db, municipality_id)
        if poll and not cancelled():
            report.polled = _poll(db, municipality_id, api)
    finally:
        if own_client:
            api.close()
    return report


@dataclass(frozen=True)
class OutboxState:
    """After a pass of the window's sender: how many requests wait, whether IKTNH could be
    reached, and why the sender could not work (`problem`: "no-api", "insecure-url", or
    the keyring's reason from `signing_keys`: "no-key", "no-backend", "backend-failed",
    "unreadable-key")."""

    waiting: int
    offline: bool = False
    problem: str | None = None
    report: PassReport | None = None


WINDOW_TIMEOUT = (5.0, 10.0)
"""Connect and read timeouts of the window's sender: short, so that closing Kontakt waits
little for a request on its way."""


@dataclass(frozen=True)
class ApiAccess:
    """What a request to IKTNH needs: the municipality's API address and the ICT contact's
    key (the window's sender finds them itself; commands are given the address)."""

    kommune: str
    base_url: str
    key: Ed25519PrivateKey
    key_id: str

    def client(self) -> IktnhClient:
        return IktnhClient(self.base_url, self.key, self.key_id, timeout=WINDOW_TIMEOUT)


def api_access(db: Database) -> ApiAccess | str:
    """The municipality's API access, or why there is none ("no-api", "insecure-url", or
    the reason `signing_keys.signing_key` gives)."""
    settings = municipality.current(db)
    if settings is None or not settings.api_base_url:
        return "no-api"
    try:
        checked_base_url(settings.api_base_url)
    except InsecureUrl:
        return "insecure-url"
    try:
        key, key_id = signing_keys.signing_key(db)
    except KeyStoreError as exc:
        return exc.reason
    return ApiAccess(settings.number, settings.api_base_url, key, key_id)


def work_outbox(db: Database, *, cancelled: Callable[[], bool] = lambda: False) -> OutboxState:
    """One pass with the municipality's own API address and the ICT contact's key (what
    the window's sender does while Kontakt runs); never waits for a retry."""
    access = api_access(db)
    if isinstance(access, str):
        return OutboxState(waiting_count(db), problem=access)
    with access.client() as client:
        report = send_pending(
            db, access.key, access.key_id, access.base_url, client=client, cancelled=cancelled
        )
    return OutboxState(len(report.waiting), offline=report.unreachable, report=report)


def _soonest_attempt(db: Database, municipality_id: int, now: datetime) -> datetime | None:
    """The next attempt's time of the earliest queued request (now, for one never tried)."""
    with db.session() as session:
        rows = session.execute(
            select(ChangeRequest.next_attempt_at)
            .where(ChangeRequest.municipality_id == municipality_id)
            .where(ChangeRequest.state == State.QUEUED)
        ).all()
    if not rows:
        return None
    times = [row[0] for row in rows if row[0] is not None]
    return now if len(times) < len(rows) else min(times)


def _waiting(db: Database, municipality_id: int) -> list[tuple[int, datetime | None, str]]:
    """The requests still queued: number, next attempt's time, the last attempt's detail."""
    with db.session() as session:
        rows = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id)
            .where(ChangeRequest.state == State.QUEUED)
            .options(selectinload(ChangeRequest.attempts))
            .order_by(ChangeRequest.id)
        ).all()
        return [
            (row.id, row.next_attempt_at, row.attempts[-1].detail if row.attempts else "")
            for row in rows
        ]


def _poll(db: Database, municipality_id: int, api: IktnhClient) -> int:
    """Ask IKTNH for the status of each delivered request; the number it answered for."""
    with db.session() as session:
        rows = session.execute(
            select(
                ChangeRequest.id, ChangeRequest.kind, ChangeRequest.remote_id, Municipality.number
            )
            .join(Municipality, Municipality.id == ChangeRequest.municipality_id)
            .where(ChangeRequest.municipality_id == municipality_id)
            .where(ChangeRequest.state.in_(POLLED))
            .where(ChangeRequest.remote_id.is_not(None))
        ).all()
    answered = 0
    for request_id, kind, remote_id, kommune in rows:
        try:
            answer = api.request_status(kommune, kind, str(remote_id))
        except Unreachable:
            break
        if answer.status != 200 or not isinstance(answer.data, dict):
            continue
        _store_status(db, request_id, answer)
        answered += 1
    return answered


def _store_status(db: Database, request_id: int, answer: Answer) -> None:
    data: dict[str, Any] = answer.data
    status = data.get("status")
    with db.transaction() as session:
        row = session.get(ChangeRequest, request_id)
        if row is None or status not in REMOTE_STATES:
            return
        row.remote_status = str(status)
        row.remote_detail = {
            "reason": data.get("reason") if isinstance(data.get("reason"), str) else None,
            "comments": [c for c in data.get("comments") or [] if isinstance(c, dict)],
        }
        target = REMOTE_STATES[str(status)]
        # IKTNH's status only moves a request forward: a "received" after "in progress"
        # (a service desk undoing a step) leaves it where it is
        if row.state in POLLED and target in MOVES[State(row.state)]:
            _move(row, target)


@dataclass(frozen=True)
class OutboxEntry:
    """One change request as `kontakt outbox status --json` lists it."""

    number: int
    kind: str
    state: str
    idempotency_key: str
    remote_id: str | None
    remote_status: str | None
    attempts: int
    next_attempt_at: datetime | None
    last_detail: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.number,
            "kind": self.kind,
            "state": self.state,
            "idempotency_key": self.idempotency_key,
            "iktnh_id": self.remote_id,
            "iktnh_status": self.remote_status,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
            "last_detail": self.last_detail,
        }


def entries(db: Database) -> list[OutboxEntry]:
    """Every change request of the municipality in use past its draft, oldest first."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        rows = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id)
            .where(ChangeRequest.state != State.DRAFT)
            .options(selectinload(ChangeRequest.attempts))
            .order_by(ChangeRequest.id)
        ).all()
        return [
            OutboxEntry(
                row.id,
                row.kind,
                row.state,
                row.idempotency_key,
                row.remote_id,
                row.remote_status,
                len(row.attempts),
                row.next_attempt_at,
                row.attempts[-1].detail if row.attempts else "",
            )
            for row in rows
        ]


def waiting_count(db: Database) -> int:
    """How many requests of the municipality in use wait in the outbox."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return 0
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(ChangeRequest)
                .where(ChangeRequest.municipality_id == municipality_id)
                .where(ChangeRequest.state == State.QUEUED)
            )
            or 0
        )
