"""The reference receiver: IKTNH's side of `spec/api.md`, for tests and for trying Kontakt.

A WSGI application on werkzeug (Pallets' maintained WSGI toolkit; its threaded server is
enough for one ICT contact and for loopback tests, and it hands over the connection's
socket, which a test that drops the connection needs). It verifies the request signature
and the approval, refuses with 401 and a problem+json saying which check failed, and only
then looks the request up by its Idempotency-Key. Requests, nonces and notices live in a
SQLite file in the data folder, so they survive a restart.

Under `/admin` (clients on the loopback only, never through a proxy; not part of the
contract) a test or a user moves a
request's status forward, adds operating notices, and tells the receiver to misbehave:
drop the connection after reading or after storing a delivery, answer 503 with
Retry-After, or be slow (store the delivery, then wait before answering).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, make_server
from werkzeug.wrappers import Request, Response

from kontakt.api import signing
from kontakt.api.client import is_loopback
from kontakt.api.signing import Refusal
from kontakt.core.catalogue.pictures import shipped_name
from kontakt.core.changes.approval import ApprovalInvalid, Kind, verify_body
from kontakt.core.changes.jwk import jwk_thumbprint, public_jwk, public_key_from_jwk

_log = logging.getLogger(__name__)
PROBLEM_BASE = "https://api.iktnh.example/problems/"
STATUSES = ("received", "in_progress", "completed", "rejected")
KINDS = tuple(str(kind) for kind in Kind)
MAX_BODY = 5 * 1024 * 1024
MISBEHAVIOURS = ("drop-after-read", "drop-after-store", "unavailable", "slow")

_COLLECTION = "/v1/municipalities/<kommune>/<any('change-requests', 'fault-reports'):collection>"
_TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    404: "Not found",
    405: "Method not allowed",
    413: "Body too large",
    415: "Unsupported media type",
    422: "Unprocessable request",
    500: "Receiver fault",
    503: "Service unavailable",
}


@dataclass(frozen=True)
class RegisteredKey:
    """A public key IKTNH has registered for a municipality."""

    key_id: str
    public_key: Ed25519PublicKey
    kommune: str


class KeySetError(ValueError):
    """The JWK Set file cannot be used; the message says where."""


def load_key_set(path: Path) -> dict[str, RegisteredKey]:
    """The registered keys of a JWK Set file (`{"keys": [JWK + "kommune": "NNNN", ...]}`),
    by key id (the RFC 7638 thumbprint; a `kid` that says otherwise is an error)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeySetError(f"{path}: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise KeySetError(f"{path}: a JWK Set has a list 'keys'")
    keys: dict[str, RegisteredKey] = {}
    for i, jwk in enumerate(document["keys"]):
        where = f"{path}: keys[{i}]"
        if not isinstance(jwk, dict):
            raise KeySetError(f"{where}: not an object")
        kommune = jwk.get("kommune")
        if not (isinstance(kommune, str) and len(kommune) == 4 and kommune.isdigit()):
            raise KeySetError(f'{where}.kommune: four digits, e.g. "4631"')
        try:
            public_key = public_key_from_jwk(jwk)
        except ValueError as exc:
            raise KeySetError(f"{where}: {exc}") from None
        key_id = jwk_thumbprint(public_key)
        if "kid" in jwk and jwk["kid"] != key_id:
            raise KeySetError(f"{where}.kid: not the key's RFC 7638 thumbprint ({key_id})")
        keys[key_id] = RegisteredKey(key_id, public_key, kommune)
    return keys


def problem(
    status: int, code: str, detail: str, headers: Mapping[str, str] | None = None
) -> Response:
    """An RFC 9457 problem answer."""
    body = {
        "type": PROBLEM_BASE + code,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    return Response(
        json.dumps(body),
        status,
        headers=dict(headers or {}),
        content_type="application/problem+json",
    )


def _json(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False),
        status,
        headers=dict(headers or {}),
        content_type="application/json",
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


class _Message:
    """The request as the signature library reads it: method, target URI, headers."""

    def __init__(self, method: str, url: str, headers: Any) -> None:
        self.method = method
        self.url = url
        self.headers = headers


_SCHEMA = """
CREATE TABLE IF NOT EXISTS request (
    id TEXT PRIMARY KEY, kommune TEXT NOT NULL, collection TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, key_id TEXT NOT NULL, body BLOB NOT NULL,
    answer TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, comments TEXT NOT NULL,
    received_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (kommune, collection, idempotency_key));
CREATE TABLE IF NOT EXISTS notice (id TEXT PRIMARY KEY, data TEXT NOT NULL);
"""


_NONCE_SCHEMA = """
CREATE TABLE IF NOT EXISTS nonce (
    key_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at REAL NOT NULL,
    PRIMARY KEY (key_id, nonce));
CREATE INDEX IF NOT EXISTS nonce_seen_at ON nonce (seen_at);
"""
PRUNE_EVERY_S = 30.0


class Store:
    """Durable state in `DIR/receiver.sqlite3`; one lock, as requests are few and short.

    Nonces are in a file of their own (`nonces.sqlite3`) written without waiting for the
    disk on each commit (WAL, synchronous=NORMAL): they survive the receiver being killed,
    and a power cut loses at most the last moments' nonces, whose requests the
    idempotency key still keeps from being stored twice. Requests wait for the disk.
    """

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            data_dir / "receiver.sqlite3", check_same_thread=False, isolation_level=None
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._nonce_lock = threading.Lock()
        self._nonces = sqlite3.connect(
            data_dir / "nonces.sqlite3", check_same_thread=False, isolation_level=None
        )
        self._nonces.execute("PRAGMA journal_mode=WAL")
        self._nonces.execute("PRAGMA synchronous=NORMAL")
        self._nonces.executescript(_NONCE_SCHEMA)
        self._pruned_at = 0.0

    def close(self) -> None:
        with self._lock:
            self._db.close()
        with self._nonce_lock:
            self._nonces.close()

    def remember_nonce(self, key_id: str, nonce: str, now: float) -> bool:
        """Record a nonce; False when the key used it before (within the memory window)."""
        with self._nonce_lock:
            if now - self._pruned_at > PRUNE_EVERY_S:
                self._nonces.execute(
                    "DELETE FROM nonce WHERE seen_at < ?", (now - signing.NONCE_MEMORY_S,)
                )
                self._pruned_at = now
            try:
                self._nonces.execute("INSERT INTO nonce VALUES (?, ?, ?)", (key_id, nonce, now))
            except sqlite3.IntegrityError:
                return False
            return True

    def find(
        self, kommune: str, collection: str, idempotency_key: str
    ) -> tuple[bytes, dict[str, Any]] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body, answer FROM request"
                " WHERE kommune=? AND collection=? AND idempotency_key=?",
                (kommune, collection, idempotency_key),
            ).fetchone()
        return None if row is None else (bytes(row[0]), json.loads(row[1]))

    def add(
        self, kommune: str, collection: str, idempotency_key: str, key_id: str, body: bytes
    ) -> tuple[bool, bytes, dict[str, Any]]:
        """Store a new request; (made, stored body, first answer). One insert per key."""
        now = _stamp(_now())
        request_id = secrets.token_hex(8)
        answer = {"id": request_id, "status": "received"}
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO request VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        request_id,
                        kommune,
                        collection,
                        idempotency_key,
                        key_id,
                        body,
                        json.dumps(answer),
                        "received",
                        None,
                        "[]",
                        now,
                        now,
                    ),
                )
                return True, body, answer
            except sqlite3.IntegrityError:
                pass
        found = self.find(kommune, collection, idempotency_key)
        assert found is not None
        return False, found[0], found[1]

    def get(self, request_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, kommune, collection, status, reason, comments, received_at, "
                "updated_at, body FROM request WHERE id=?",
                (request_id,),
            ).fetchone()
        if row is None:
            return None
        names = (
            "id",
            "kommune",
            "collection",
            "status",
            "reason",
            "comments",
            "received_at",
            "updated_at",
        )
        record = dict(zip(names, row[:8], strict=True))
        record["comments"] = json.loads(record["comments"])
        record["body"] = bytes(row[8])
        return record

    def advance(
        self, request_id: str, status: str, reason: str | None, comment: str | None
    ) -> bool:
        """Move a request's status (and add IKTNH's comment); False when there is none."""
        now = _stamp(_now())
        with self._lock:
            row = self._db.execute(
                "SELECT comments FROM request WHERE id=?", (request_id,)
            ).fetchone()
            if row is None:
                return False
            comments = json.loads(row[0])
            if comment:
                comments.append({"at": now, "text": comment})
            self._db.execute(
                "UPDATE request SET status=?, reason=?, comments=?, updated_at=? WHERE id=?",
                (status, reason, json.dumps(comments, ensure_ascii=False), now, request_id),
            )
        return True

    def requests(self) -> list[dict[str, Any]]:
        """Every stored request (id, kommune, collection, idempotency key, status)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, kommune, collection, idempotency_key, status"
                " FROM request ORDER BY rowid"
            ).fetchall()
        names = ("id", "kommune", "collection", "idempotency_key", "status")
        return [dict(zip(names, row, strict=True)) for row in rows]

    def notices(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT data FROM notice ORDER BY rowid").fetchall()
        return [json.loads(row[0]) for row in rows]

    def put_notice(self, notice: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO notice VALUES (?, ?)",
                (notice["id"], json.dumps(notice, ensure_ascii=False)),
            )


@dataclass
class Misbehaviour:
    """What the receiver does wrong to the next `count` deliveries."""

    mode: str
    count: int = 1
    seconds: float = 1.0


def _valid_change_body(data: Any, kommune: str, collection: str) -> str | None:
    """What is wrong with a change request's body, or None."""
    if not isinstance(data, dict) or set(data) != {"change", "approval"}:
        return "The body is an object with exactly 'change' and 'approval'."
    change, approval = data["change"], data["approval"]
    if not isinstance(change, dict):
        return "'change' is an object."
    for name in ("kind", "kommune", "created_at", "summary"):
        if not isinstance(change.get(name), str):
            return f"'change.{name}' is a string."
    if not isinstance(change.get("payload"), dict):
        return "'change.payload' is an object."
    if change["kind"] not in KINDS:
        return f"'change.kind' is one of {', '.join(KINDS)}."
    if (change["kind"] == "fault-report") != (collection == "fault-reports"):
        return "Fault reports go to fault-reports, other changes to change-requests."
    if change["kommune"] != kommune:
        return "'change.kommune' is not the municipality of the path."
    if not isinstance(approval, dict):
        return "'approval' is an object."
    for name in ("key_id", "signed_at", "signature"):
        if not isinstance(approval.get(name), str):
            return f"'approval.{name}' is a string."
    signed_by = approval.get("signed_by")
    if not isinstance(signed_by, dict) or not all(
        isinstance(signed_by.get(name), str) for name in ("name", "email", "phone")
    ):
        return "'approval.signed_by' has the strings name, email and phone."
    return None


class ReferenceReceiver:
    """The WSGI application. `keys` are the registered keys; `data_dir` holds its state.

    `public_base_url` (e.g. `https://api.iktnh.example`) is how clients reach it when it sits
    behind a proxy: `@target-uri` is computed from it instead of from the request.
    `require_signatures=False` accepts unsigned requests, only for measuring what signing
    costs; the approval is verified all the same.
    """

    def __init__(
        self,
        keys: Mapping[str, RegisteredKey],
        data_dir: Path,
        *,
        public_base_url: str | None = None,
        require_signatures: bool = True,
        catalogue: Any = None,
        directory: Mapping[str, list[dict[str, str]]] | None = None,
        pictures: Mapping[str, tuple[str, bytes]] | None = None,
    ) -> None:
        self.keys = dict(keys)
        self.store = Store(data_dir)
        self.public_base_url = public_base_url.rstrip("/") if public_base_url else None
        self.require_signatures = require_signatures
        self.catalogue = (
            catalogue
            if catalogue is not None
            else {"format": "kontakt.catalogue", "version": 1, "models": []}
        )
        self.directory = dict(directory or {})
        self.pictures = dict(pictures or {})
        """Phone pictures by file name: (media type, bytes), at
        `/v1/catalogue/phones/pictures/<name>`."""
        self._misbehaviour: Misbehaviour | None = None
        self._misbehaviour_lock = threading.Lock()
        self._routes = Map(
            [
                Rule("/v1/catalogue/phones", endpoint="catalogue", methods=["GET"]),
                Rule("/v1/catalogue/phones/pictures/<name>", endpoint="picture", methods=["GET"]),
                Rule("/v1/status", endpoint="status", methods=["GET"]),
                Rule(
                    "/v1/municipalities/<kommune>/directory", endpoint="directory", methods=["GET"]
                ),
                Rule(
                    _COLLECTION,
                    endpoint="deliver",
                    methods=["POST"],
                ),
                Rule(
                    _COLLECTION + "/<request_id>",
                    endpoint="request_status",
                    methods=["GET"],
                ),
                Rule("/admin/misbehave", endpoint="admin_misbehave", methods=["POST"]),
                Rule("/admin/requests", endpoint="admin_requests", methods=["GET"]),
                Rule(
                    "/admin/requests/<request_id>/status",
                    endpoint="admin_advance",
                    methods=["POST"],
                ),
                Rule("/admin/notices", endpoint="admin_notice", methods=["POST"]),
            ],
            strict_slashes=False,
        )

    # -- what a test or a user does to it ----------------------------------------------------

    def misbehave(self, mode: str, count: int = 1, seconds: float = 1.0) -> None:
        """Do `mode` to the next `count` deliveries (see MISBEHAVIOURS)."""
        if mode not in MISBEHAVIOURS:
            raise ValueError(f"mode is one of {', '.join(MISBEHAVIOURS)}")
        with self._misbehaviour_lock:
            self._misbehaviour = Misbehaviour(mode, count, seconds)

    def behave(self) -> None:
        with self._misbehaviour_lock:
            self._misbehaviour = None

    def advance(
        self, request_id: str, status: str, reason: str | None = None, comment: str | None = None
    ) -> bool:
        """Move a request's status forward, as IKTNH's service desk would."""
        if status not in STATUSES:
            raise ValueError(f"status is one of {', '.join(STATUSES)}")
        return self.store.advance(request_id, status, reason, comment)

    def add_notice(self, notice: Mapping[str, Any]) -> dict[str, Any]:
        """Publish an operating notice on `GET /status` (missing fields filled in)."""
        now = _stamp(_now())
        full: dict[str, Any] = {
            "id": secrets.token_hex(4),
            "severity": "info",
            "title": "",
            "detail": "",
            "services": [],
            "municipalities": [],
            "start": now,
            "end": None,
            "updated": now,
        }
        full.update(notice)
        if full["severity"] not in ("info", "degraded", "outage"):
            raise ValueError("severity is info, degraded or outage")
        self.store.put_notice(full)
        return full

    def stored(self) -> list[dict[str, Any]]:
        """Every request the receiver has stored (what a test counts)."""
        return self.store.requests()

    # -- the application ------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_BODY
        try:
            endpoint, values = self._routes.bind_to_environ(environ).match()
            if endpoint.startswith("admin_") and not self._from_this_machine(request):
                raise NotFound()
            response = getattr(self, "_" + endpoint)(request, **values)
        except Refusal as refusal:
            response = problem(401, refusal.code, refusal.detail)
        except HTTPException as exc:
            status = exc.code or 500
            response = problem(status, "http-" + str(status), exc.description or "")
        except Exception:
            # a fault of the receiver itself: said as a problem too, the cause in its log
            _log.exception("receiver fault on %s %s", request.method, request.path)
            response = problem(500, "receiver-fault", "The receiver failed on this request.")
        answer: Iterable[bytes] = response(environ, start_response)
        return answer

    @staticmethod
    def _from_this_machine(request: Request) -> bool:
        """A client on the loopback, not a proxy forwarding someone else's request."""
        forwarded = "Forwarded" in request.headers or "X-Forwarded-For" in request.headers
        return is_loopback(request.remote_addr or "") and not forwarded

    def _target_uri(self, request: Request) -> str:
        raw = request.environ.get("REQUEST_URI") or request.full_path.rstrip("?")
        if self.public_base_url:
            return self.public_base_url + raw
        return f"{request.scheme}://{request.host}{raw}"

    def _authenticate(
        self, request: Request, body: bytes | None, kommune: str | None
    ) -> str | None:
        """The key id of a request that passes every check of the spec; Refusal otherwise."""
        if not self.require_signatures:
            return None
        params = signing.signature_parameters(dict(request.headers))
        key = self.keys.get(params["keyid"])
        if key is None:
            raise Refusal("unknown-key", "The signature's key id is not a registered key.")
        if kommune is not None and key.kommune != kommune:
            raise Refusal(
                "key-not-for-municipality",
                f"The signing key is not registered for municipality {kommune}.",
            )
        now = _now()
        signing.check_times(params, now)
        message = _Message(request.method, self._target_uri(request), request.headers)
        signing.verify_request(message, key.public_key, key.key_id, body)
        if not self.store.remember_nonce(key.key_id, params["nonce"], now.timestamp()):
            raise Refusal("replayed-nonce", "The signature's nonce has been seen before.")
        return key.key_id

    def _take_misbehaviour(self) -> Misbehaviour | None:
        with self._misbehaviour_lock:
            current = self._misbehaviour
            if current is None:
                return None
            current.count -= 1
            if current.count <= 0:
                self._misbehaviour = None
            return Misbehaviour(current.mode, 1, current.seconds)

    @staticmethod
    def _drop(request: Request) -> Response:
        connection = request.environ.get("werkzeug.socket")
        if isinstance(connection, socket.socket):
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        # werkzeug finds the connection gone when it writes this, and lets it go
        return Response(b"", 500)

    def _deliver(self, request: Request, kommune: str, collection: str) -> Response:
        body = request.get_data(cache=True)
        misbehaviour = self._take_misbehaviour()
        if misbehaviour is not None:
            if misbehaviour.mode == "drop-after-read":
                return self._drop(request)
            if misbehaviour.mode == "unavailable":
                return problem(
                    503,
                    "unavailable",
                    "The service is down for maintenance.",
                    {"Retry-After": str(max(int(misbehaviour.seconds), 0))},
                )
        idempotency_key = request.headers.get("Idempotency-Key", "")
        if not idempotency_key or len(idempotency_key) > 200:
            return problem(
                400,
                "missing-idempotency-key",
                "A delivery carries an Idempotency-Key (at most 200 characters).",
            )
        if request.mimetype != "application/json":
            return problem(415, "not-json", "The body is application/json.")
        key_id = self._authenticate(request, body, kommune)
        try:
            data = json.loads(body)
        except ValueError:
            return problem(422, "invalid-body", "The body is not JSON.")
        wrong = _valid_change_body(data, kommune, collection)
        if wrong:
            return problem(422, "invalid-body", wrong)
        approval = data["approval"]
        approver = self.keys.get(approval["key_id"])
        if approver is None or approver.kommune != kommune:
            raise Refusal(
                "approval-key-not-registered",
                f"The approval's key is not registered for municipality {kommune}.",
            )
        try:
            verify_body(body, public_jwk(approver.public_key))
        except ApprovalInvalid as exc:
            if exc.reason == "shape":
                return problem(422, "invalid-body", f"{exc}.")
            raise Refusal(
                "bad-approval", "The approval signature does not verify over 'change'."
            ) from None
        made, stored_body, answer = self.store.add(
            kommune, collection, idempotency_key, key_id or approver.key_id, body
        )
        if not made and stored_body != body:
            return problem(
                422, "idempotency-key-reused", "This Idempotency-Key came before with another body."
            )
        if misbehaviour is not None and misbehaviour.mode == "drop-after-store":
            return self._drop(request)
        if misbehaviour is not None and misbehaviour.mode == "slow":
            time.sleep(misbehaviour.seconds)  # stored, and the answer is late
        return _json(answer, 201 if made else 200)

    def _request_status(
        self, request: Request, kommune: str, collection: str, request_id: str
    ) -> Response:
        self._authenticate(request, None, kommune)
        record = self.store.get(request_id)
        if record is None or record["kommune"] != kommune or record["collection"] != collection:
            return problem(404, "not-found", f"No {collection[:-1]} {request_id} for {kommune}.")
        answer = {
            "id": record["id"],
            "status": record["status"],
            "comments": record["comments"],
            "received_at": record["received_at"],
            "updated_at": record["updated_at"],
        }
        if record["reason"]:
            answer["reason"] = record["reason"]
        return _json(answer)

    @staticmethod
    def _with_etag(request: Request, data: Any) -> Response:
        encoded = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
        etag = '"' + hashlib.sha256(encoded).hexdigest()[:32] + '"'
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            return Response(status=304, headers={"ETag": etag})
        return Response(encoded, 200, headers={"ETag": etag}, content_type="application/json")

    def _status(self, request: Request) -> Response:
        self._authenticate(request, None, None)
        return self._with_etag(request, {"notices": self.store.notices()})

    def _catalogue(self, request: Request) -> Response:
        self._authenticate(request, None, None)
        return self._with_etag(request, self.catalogue)

    def _picture(self, request: Request, name: str) -> Response:
        self._authenticate(request, None, None)
        if name not in self.pictures:
            return problem(404, "not-found", f"No picture {name}.")
        media_type, data = self.pictures[name]
        return Response(data, 200, content_type=media_type)

    def _directory(self, request: Request, kommune: str) -> Response:
        self._authenticate(request, None, kommune)
        return _json({"kommune": kommune, "numbers": self.directory.get(kommune, [])})

    # -- admin (loopback only) ----------------------------------------------------------------

    @staticmethod
    def _admin_body(request: Request) -> dict[str, Any]:
        try:
            data = json.loads(request.get_data() or b"{}")
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise _BadAdmin("The body is a JSON object.")
        return data

    def _admin_misbehave(self, request: Request) -> Response:
        data = self._admin_body(request)
        try:
            if data.get("mode") in (None, "behave"):
                self.behave()
            else:
                self.misbehave(
                    str(data["mode"]), int(data.get("count", 1)), float(data.get("seconds", 1.0))
                )
        except (ValueError, TypeError) as exc:
            return problem(422, "invalid-body", str(exc))
        return _json({"ok": True})

    def _admin_requests(self, request: Request) -> Response:
        return _json({"requests": self.stored()})

    def _admin_advance(self, request: Request, request_id: str) -> Response:
        data = self._admin_body(request)
        try:
            found = self.advance(
                request_id, str(data.get("status")), data.get("reason"), data.get("comment")
            )
        except ValueError as exc:
            return problem(422, "invalid-body", str(exc))
        return _json({"ok": True}) if found else problem(404, "not-found", request_id)

    def _admin_notice(self, request: Request) -> Response:
        try:
            return _json(self.add_notice(self._admin_body(request)), 201)
        except ValueError as exc:
            return problem(422, "invalid-body", str(exc))


class _BadAdmin(HTTPException):
    code = 400


def serve(receiver: ReferenceReceiver, host: str, port: int) -> BaseWSGIServer:
    """A threaded server for `receiver` on `host:port` (0: a free port); call
    `serve_forever()` on it, `shutdown()` from another thread to stop it."""
    return make_server(host, port, receiver, threaded=True)


def demo_directory(
    rows: Iterable[Mapping[str, str]], kommune: str
) -> dict[str, list[dict[str, str]]]:
    """A directory for `kommune` from rows with number, type, employee_id, name, site."""
    fields = ("number", "type", "employee_id", "name", "site")
    return {kommune: [{name: str(row.get(name, "")) for name in fields} for row in rows]}


def demo_pictures(catalogue: dict[str, Any], folder: Path) -> dict[str, tuple[str, bytes]]:
    """The drawings in `folder` of the models of `catalogue`, to serve; each model with one
    gets its `picture_url` (the catalogue is changed in place)."""
    pictures: dict[str, tuple[str, bytes]] = {}
    for model in catalogue.get("models", []):
        name = shipped_name(str(model.get("manufacturer")), str(model.get("model")))
        path = folder / name
        if path.is_file():
            pictures[name] = ("image/svg+xml", path.read_bytes())
            model["picture_url"] = f"/catalogue/phones/pictures/{name}"
    return pictures
