"""Talking to IKTNH: every request signed (`signing`), HTTPS unless the server is on this
machine's loopback, TLS certificates verified, a timeout on every call.

The client answers with what the server said (`Answer`) and raises `Unreachable` when no
answer came (connection refused or closed, timeout, TLS failure); what that means for a
change request is `delivery`'s to say.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api.signing import sign_request

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
JSON = "application/json"


class InsecureUrl(ValueError):
    """A base URL Kontakt will not send to (not HTTPS, and not this machine's loopback)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


class Unreachable(Exception):
    """No answer from the server: `reason` says why in a few words (no secrets in it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Answer:
    """What the server answered: status, headers and the body read as JSON (None if not);
    `content` is the body as it came (a picture's bytes)."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    data: Any = None
    content: bytes = b""

    @property
    def problem_detail(self) -> str:
        """The problem's `detail` (else its `title`, else the status) for the user."""
        if isinstance(self.data, dict):
            for name in ("detail", "title"):
                if isinstance(self.data.get(name), str) and self.data[name]:
                    return str(self.data[name])
        return f"HTTP {self.status}"


def is_loopback(host: str) -> bool:
    """True for localhost and the loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: str) -> str:
    """`base_url` without a trailing slash; InsecureUrl unless it is https, or http to the
    loopback (the reference receiver on this machine)."""
    parts = urlsplit(base_url.strip())
    host = parts.hostname or ""
    if not host or parts.scheme not in ("https", "http"):
        raise InsecureUrl(base_url)
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureUrl(base_url)
    return base_url.strip().rstrip("/")


def collection(kind: str) -> str:
    """The collection a change request of `kind` goes to (fault reports have their own)."""
    return "fault-reports" if kind == "fault-report" else "change-requests"


class IktnhClient:
    """Signed requests to IKTNH's API at `base_url` with the ICT contact's key.

    `key=None` sends unsigned requests; it exists only to measure what signing costs
    (`tests/benchmarks/bench_delivery.py`): IKTNH refuses unsigned requests.
    """

    def __init__(
        self,
        base_url: str,
        key: Ed25519PrivateKey | None,
        key_id: str,
        *,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        ca_bundle: str | None = None,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self._key = key
        self._key_id = key_id
        self._timeout = timeout
        # certificates are always verified; a CA bundle may be named, never switched off
        self._verify: bool | str = ca_bundle or True
        self._session = requests.Session()
        # the environment's proxy settings apply to IKTNH (a municipality's network may
        # need them), never to a receiver on this machine's loopback
        self._session.trust_env = not is_loopback(urlsplit(self.base_url).hostname or "")

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> IktnhClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        request = requests.Request(method, self.base_url + path, headers=dict(headers or {}))
        if body is not None:
            request.data = body
            request.headers["Content-Type"] = JSON
        request.headers.setdefault("Accept", f"{JSON}, application/problem+json")
        prepared = self._session.prepare_request(request)
        if self._key is not None:
            sign_request(prepared, self._key, self._key_id, body)
        try:
            response = self._session.send(
                prepared, timeout=self._timeout, verify=self._verify, allow_redirects=False
            )
        except requests.exceptions.SSLError:
            raise Unreachable("TLS certificate not accepted") from None
        except requests.exceptions.Timeout:
            raise Unreachable("timed out") from None
        except requests.exceptions.ConnectionError:
            raise Unreachable("connection failed or closed before an answer") from None
        except requests.exceptions.RequestException as exc:
            raise Unreachable(type(exc).__name__) from None
        try:
            data = json.loads(response.content) if response.content else None
        except ValueError:
            data = None
        return Answer(response.status_code, response.headers, data, response.content)

    def deliver(self, kommune: str, kind: str, body: bytes, idempotency_key: str) -> Answer:
        """POST a change request (or fault report) `body`, exactly the approved bytes."""
        path = f"/municipalities/{quote(kommune)}/{collection(kind)}"
        return self._send("POST", path, body=body, headers={"Idempotency-Key": idempotency_key})

    def request_status(self, kommune: str, kind: str, remote_id: str) -> Answer:
        """GET the status of a delivered request by IKTNH's id."""
        path = f"/municipalities/{quote(kommune)}/{collection(kind)}/{quote(remote_id, safe='')}"
        return self._send("GET", path)

    def operating_status(self, etag: str | None = None) -> Answer:
        """GET /status (304 when `etag` is still current)."""
        return self._send("GET", "/status", headers={"If-None-Match": etag} if etag else None)

    def catalogue(self, etag: str | None = None) -> Answer:
        """GET /catalogue/phones (304 when `etag` is still current)."""
        return self._send(
            "GET", "/catalogue/phones", headers={"If-None-Match": etag} if etag else None
        )

    def picture(self, path: str) -> Answer:
        """GET a phone model's picture at `path` (under the base URL, as the catalogue
        names it: `/catalogue/phones/pictures/…`)."""
        return self._send("GET", path, headers={"Accept": "image/svg+xml, image/png, image/jpeg"})

    def directory(self, kommune: str) -> Answer:
        """GET the municipality's telephony directory."""
        return self._send("GET", f"/municipalities/{quote(kommune)}/directory")
