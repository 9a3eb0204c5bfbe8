"""What an answer means for a change request in the outbox (`spec/api.md`, "Delivery").

Delivered only on 201/200 with IKTNH's id; tried again, after an exponential backoff with
jitter or the server's `Retry-After`, on no answer and on 408, 429, 500, 502, 503, 504;
refused (failed, with the problem's detail) on any other answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

from kontakt.api.client import Answer

RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
BASE_DELAY_S = 2.0
MAX_DELAY_S = 3600.0
MAX_RETRY_AFTER_S = 24 * 3600.0
"""A Retry-After beyond a day is taken as a day: a request must not wait for ever."""

Verdict = Literal["delivered", "retry", "refused"]


@dataclass(frozen=True)
class Outcome:
    """What came of one attempt: `remote_id` when delivered, `retry_after` (seconds) the
    server asked for, `detail` in the server's or the transport's words."""

    verdict: Verdict
    http_status: int | None = None
    remote_id: str | None = None
    remote_status: str | None = None
    retry_after: float | None = None
    detail: str = ""


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now` (it is seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max((when - now).total_seconds(), 0.0), MAX_RETRY_AFTER_S)


def backoff_seconds(attempts: int, rng: random.Random | None = None) -> float:
    """The wait after the `attempts`-th failed attempt: 2 s doubling up to an hour, each
    drawn between half and all of it (jitter, so that many Kontakts do not return at once)."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * 2.0 ** max(attempts - 1, 0))
    return float(ceiling * (0.5 + 0.5 * (rng or random).random()))


def judge(answer: Answer, now: datetime) -> Outcome:
    """The outcome of a delivery answer."""
    status = answer.status
    data = answer.data if isinstance(answer.data, dict) else {}
    if status in (200, 201):
        remote_id = data.get("id")
        if isinstance(remote_id, str) and remote_id:
            remote_status = data.get("status")
            return Outcome(
                "delivered",
                status,
                remote_id=remote_id,
                remote_status=remote_status if isinstance(remote_status, str) else None,
            )
        return Outcome("retry", status, detail="answer without an id")
    if status in RETRYABLE:
        return Outcome(
            "retry",
            status,
            retry_after=retry_after_seconds(answer.headers.get("Retry-After"), now),
            detail=answer.problem_detail,
        )
    return Outcome("refused", status, detail=answer.problem_detail)
