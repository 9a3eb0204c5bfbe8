"""What the end-to-end tests share: the demo municipality's number, keys, change requests
queued in a database, the tests' in-memory keyring."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from kontakt.api.receiver import ReferenceReceiver, load_key_set, serve
from kontakt.core.changes.approval import Approved, Signer, approve
from kontakt.core.changes.jwk import public_jwk
from kontakt.core.changes.states import State
from kontakt.services.municipality import DEMO_NUMBER
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Municipality
from tests.unit.keys.memory import MemoryKeyring as MemoryKeyring

KOMMUNE = DEMO_NUMBER


@dataclass
class Running:
    receiver: ReferenceReceiver
    base_url: str
    keys_file: Path


@contextlib.contextmanager
def receiving(keys_file: Path, data_dir: Path) -> Iterator[Running]:
    """The reference receiver with the key set `keys_file` on 127.0.0.1, a free port, in
    this process, until the block ends."""
    receiver = ReferenceReceiver(load_key_set(keys_file), data_dir)
    server = serve(receiver, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Running(receiver, f"http://127.0.0.1:{server.server_port}/v1", keys_file)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        receiver.store.close()


def write_key_set(path: Path, *entries: tuple[Ed25519PrivateKey, str]) -> Path:
    keys = [dict(public_jwk(k.public_key()), kommune=kommune) for k, kommune in entries]
    path.write_text(json.dumps({"keys": keys}))
    return path


SIGNER = Signer("Kari Nordmann", "kari@example.no", "+4741234567")


def approval_of(key: Ed25519PrivateKey, change: dict[str, Any]) -> Approved:
    """`change` approved with `key`, as Kontakt approves (the core's `approve`)."""
    return approve(change, key, SIGNER, "2026-12-01T09:00:00Z")


def approved_body(key: Ed25519PrivateKey, change: dict[str, Any]) -> dict[str, Any]:
    """`{"change", "approval"}` approved with `key`."""
    return {"change": change, "approval": approval_of(key, change).approval}


def make_change(
    summary: str = "Sentralbord: ny opningstid", kind: str = "ring-pattern"
) -> dict[str, Any]:
    return {
        "kind": kind,
        "kommune": KOMMUNE,
        "created_at": "2026-12-01T08:30:00Z",
        "summary": summary,
        "payload": {"document": {"name": summary}, "diff": []},
    }


def queue(
    db: Database, key: Ed25519PrivateKey, count: int = 1, kind: str = "ring-pattern"
) -> list[int]:
    """`count` approved change requests of the demo municipality, queued in the outbox."""
    ids = []
    with db.transaction() as session:
        municipality = session.query(Municipality).filter_by(number=KOMMUNE).one()
        for i in range(count):
            change = make_change(f"Endring {i + 1}", kind)
            approved = approval_of(key, change)
            row = ChangeRequest(
                municipality_id=municipality.id,
                kind=kind,
                state=State.QUEUED,
                summary=change["summary"],
                change=change,
                approval=approved.approval,
                signed_change=approved.signed,
                body=approved.body,
                idempotency_key=str(uuid4()),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids


def row(db: Database, request_id: int) -> ChangeRequest:
    with db.session() as session:
        found = session.get(ChangeRequest, request_id)
        assert found is not None
        _ = list(found.attempts)
        return found


def private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii")
