"""IKTNH's operating status: the notices in force that concern the municipality.

Read with `GET /status` and its ETag: a caller that keeps the last answer's tag is told
"not modified" instead of being sent the same notices again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api.client import IktnhClient, Unreachable
from kontakt.api.notices import Notice, read_notices
from kontakt.storage.db import Database
from kontakt.storage.types import utc_now


class StatusUnavailable(Exception):
    """No usable answer: `detail` says why (the server's problem, or no connection)."""

    def __init__(self, detail: str, http_status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.http_status = http_status


@dataclass(frozen=True)
class OperatingStatus:
    etag: str | None
    not_modified: bool = False
    notices: list[Notice] = field(default_factory=list)
    """All the notices IKTNH sent (empty when not modified)."""

    def current(self, kommune: str | None, now: datetime | None = None) -> list[Notice]:
        """The notices in force that concern `kommune`, the most serious first."""
        moment = now or utc_now()
        order = {"outage": 0, "degraded": 1, "info": 2}
        return sorted(
            (n for n in self.notices if n.current(moment) and n.concerns(kommune)),
            key=lambda n: (order.get(n.severity, 3), n.start or moment),
        )


def fetch(
    base_url: str,
    key: Ed25519PrivateKey,
    key_id: str,
    etag: str | None = None,
    client: IktnhClient | None = None,
) -> OperatingStatus:
    """IKTNH's notices now. Raises InsecureUrl for a base URL Kontakt will not use,
    StatusUnavailable when no usable answer came."""
    api = client or IktnhClient(base_url, key, key_id)
    try:
        answer = api.operating_status(etag)
    except Unreachable as exc:
        raise StatusUnavailable(exc.reason) from None
    finally:
        if client is None:
            api.close()
    if answer.status == 304:
        return OperatingStatus(etag, not_modified=True)
    if answer.status != 200:
        raise StatusUnavailable(answer.problem_detail, answer.status)
    return OperatingStatus(answer.headers.get("ETag"), notices=read_notices(answer.data))


def poll(db: Database, etag: str | None) -> tuple[OperatingStatus, str] | None:
    """IKTNH's notices with the municipality's own API access, and the municipality's
    number; None when there is no access or no answer (the outbox's state says why)."""
    from kontakt.services import outbox

    access = outbox.api_access(db)
    if isinstance(access, str):
        return None
    try:
        with access.client() as client:
            return fetch(access.base_url, access.key, access.key_id, etag, client), access.kommune
    except StatusUnavailable:
        return None
