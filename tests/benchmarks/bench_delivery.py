"""Benchmark: 1,000 queued change requests delivered to the reference receiver on loopback,
signed (RFC 9421 with Content-Digest, verified by the receiver) against the same requests
unsigned (a receiver that does not ask for signatures), in the same run.

Two figures for each: the outbox end to end (`services.outbox.send_pending`: the attempt
written before each request and its outcome after, both in Kontakt's SQLite database, the
receiver storing durably) and the bare client (`IktnhClient.deliver` in a loop, the receiver
still storing). The approvals are made before the clock starts; the approval signature is
verified by the receiver in both runs, as IKTNH always must. Each receiver runs in a process
of its own; the two sides take turns in blocks of 50 requests, so that the load of a shared
machine falls on both alike. Target: signing costs the outbox under 20 % of its rate.

Run: PYTHONPATH=src:. /work/main/.venv/bin/python tests/benchmarks/bench_delivery.py [N]
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing import Queue
from pathlib import Path
from uuid import uuid4

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api.client import Answer, IktnhClient
from kontakt.api.receiver import ReferenceReceiver, load_key_set, serve
from kontakt.core.changes.approval import Signer, approve
from kontakt.core.changes.jwk import jwk_thumbprint, public_jwk
from kontakt.core.changes.states import State
from kontakt.services import outbox, startup
from kontakt.services.municipality import DEMO_NUMBER
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Municipality

BLOCK = 50


def _body(key: Ed25519PrivateKey, i: int) -> dict[str, object]:
    change = {
        "kind": "ring-pattern",
        "kommune": DEMO_NUMBER,
        "created_at": "2026-12-01T08:30:00Z",
        "summary": f"Endring {i}",
        "payload": {
            "document": {"name": f"Sentralbord {i}", "nodes": list(range(40))},
            "diff": [{"op": "change", "path": "/hours", "value": "08:00-15:30"}],
        },
    }
    approved = approve(
        change,
        key,
        Signer("Kari Nordmann", "kari@example.no", "+4741234567"),
        "2026-12-01T09:00:00Z",
    )
    return {"change": change, "approval": approved.approval, "body": approved.body}


def _queued_db(folder: Path, bodies: list[dict[str, object]]) -> Database:
    db = startup.open_for_use(f"sqlite:///{folder / 'kontakt.sqlite3'}")
    with db.transaction() as session:
        municipality = session.query(Municipality).filter_by(number=DEMO_NUMBER).one()
        for body in bodies:
            change = body["change"]
            assert isinstance(change, dict)
            session.add(
                ChangeRequest(
                    municipality_id=municipality.id,
                    kind="ring-pattern",
                    state=State.QUEUED,
                    summary=change["summary"],
                    change=change,
                    approval=body["approval"],
                    body=body["body"],
                    idempotency_key=str(uuid4()),
                )
            )
    return db


def _serve(folder: Path, keys_file: Path, signed: bool, ports: Queue[int]) -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = ReferenceReceiver(load_key_set(keys_file), folder, require_signatures=signed)
    server = serve(app, "127.0.0.1", 0)
    ports.put(server.server_port)
    server.serve_forever()


class Receiver:
    """The receiver in a process of its own, as IKTNH's would be (and with its own GIL)."""

    def __init__(self, folder: Path, keys_file: Path, signed: bool) -> None:
        ports: Queue[int] = multiprocessing.Queue()
        self.process = multiprocessing.Process(
            target=_serve, args=(folder, keys_file, signed, ports), daemon=True
        )
        self.process.start()
        self.folder = folder
        self.base_url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"

    def stored(self) -> int:
        with sqlite3.connect(self.folder / "receiver.sqlite3") as connection:
            return int(connection.execute("SELECT count(*) FROM request").fetchone()[0])

    def close(self) -> None:
        self.process.terminate()
        self.process.join(10)


class _Counting(IktnhClient):
    """The client, counting deliveries (a block of the pass stops after `limit`)."""

    delivered = 0
    limit = 0

    def deliver(self, kommune: str, kind: str, body: bytes, idempotency_key: str) -> Answer:
        self.delivered += 1
        return super().deliver(kommune, kind, body, idempotency_key)

    def full(self) -> bool:
        return self.delivered >= self.limit


@dataclass
class Side:
    """One side of the comparison: its receiver, database and clients, and its clock."""

    signed: bool
    receiver: Receiver
    db: Database
    outbox_client: _Counting
    client: IktnhClient
    outbox_s: float = 0.0
    client_s: float = 0.0


def _side(
    root: Path,
    keys_file: Path,
    key: Ed25519PrivateKey,
    bodies: list[dict[str, object]],
    signed: bool,
) -> Side:
    name = "signed" if signed else "unsigned"
    receiver = Receiver(root / name / "receiver", keys_file, signed)
    key_id = jwk_thumbprint(key.public_key())
    signer = key if signed else None
    return Side(
        signed,
        receiver,
        _queued_db(root / name, bodies),
        _Counting(receiver.base_url, signer, key_id),
        IktnhClient(receiver.base_url, signer, key_id),
    )


def main(count: int = 1000) -> int:
    key = Ed25519PrivateKey.generate()
    bodies = [_body(key, i) for i in range(count)]
    encoded = [b["body"] for b in bodies]  # the bytes made at approval, as the outbox sends
    assert all(isinstance(b, bytes) for b in encoded)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        keys_file = root / "keys.json"
        keys_file.write_text(
            json.dumps({"keys": [dict(public_jwk(key.public_key()), kommune=DEMO_NUMBER)]})
        )
        sides = [_side(root, keys_file, key, bodies, signed) for signed in (True, False)]
        try:
            # blocks of BLOCK requests, the two sides taking turns (and turns at going
            # first), so that what else the machine does falls on both alike
            for block, start in enumerate(range(0, count, BLOCK)):
                size = min(BLOCK, count - start)
                for side in sides if block % 2 == 0 else sides[::-1]:
                    side.outbox_client.limit += size
                    key_id = jwk_thumbprint(key.public_key())
                    began = time.perf_counter()
                    outbox.send_pending(
                        side.db,
                        key if side.signed else None,
                        key_id,
                        side.receiver.base_url,
                        client=side.outbox_client,
                        poll=False,
                        cancelled=side.outbox_client.full,
                    )
                    side.outbox_s += time.perf_counter() - began
                    began = time.perf_counter()
                    for body in encoded[start : start + size]:
                        answer = side.client.deliver(
                            DEMO_NUMBER, "ring-pattern", body, str(uuid4())
                        )
                        assert answer.status == 201, answer.data
                    side.client_s += time.perf_counter() - began
            for side in sides:
                assert outbox.waiting_count(side.db) == 0
                assert side.receiver.stored() == 2 * count
        finally:
            for side in sides:
                side.outbox_client.close()
                side.client.close()
                side.receiver.close()
                side.db.dispose()
    signed_side, unsigned_side = sides
    failed = False
    for what, signed_s, unsigned_s in (
        ("outbox", signed_side.outbox_s, unsigned_side.outbox_s),
        ("client", signed_side.client_s, unsigned_side.client_s),
    ):
        overhead = 1 - unsigned_s / signed_s
        print(
            f"{what:6}: signed {count / signed_s:7.1f} req/s, unsigned {count / unsigned_s:7.1f}"
            f" req/s, signing costs {overhead:6.1%} of the rate ({count} requests)"
        )
        failed = failed or (what == "outbox" and overhead >= 0.20)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
