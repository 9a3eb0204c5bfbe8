"""Benchmark: 1,000 queued change requests delivered to the reference receiver on loopback,
signed (RFC 9421 with Content-Digest, verified by the receiver) against the same requests
unsigned (a receiver that does not ask for signatures), in the same run.

Two figures for each: the outbox end to end (`services.outbox.send_pending`: the attempt
written before each request and its outcome after, both in Kontakt's SQLite database, the
receiver storing durably) and the bare client (`IktnhClient.deliver` in a loop, the receiver
still storing). The approvals are made before the clock starts; the approval signature is
verified by the receiver in both runs, as IKTNH always must. The receiver runs in a process
of its own. Each side runs `ROUNDS` times, alternating, and the best round counts. Target:
signing costs the outbox under 20 % of its rate.

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
from multiprocessing import Queue
from pathlib import Path
from uuid import uuid4

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api import signing
from kontakt.api.client import IktnhClient
from kontakt.api.receiver import ReferenceReceiver, load_key_set, serve
from kontakt.services import outbox, startup
from kontakt.services.municipality import DEMO_NUMBER
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Municipality

ROUNDS = 3


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
    return {
        "change": change,
        "approval": {
            "key_id": signing.jwk_thumbprint(key.public_key()),
            "signed_by": {
                "name": "Kari Nordmann",
                "email": "kari@example.no",
                "phone": "+4741234567",
            },
            "signed_at": "2026-12-01T09:00:00Z",
            "signature": signing.approval_signature(key, change),
        },
    }


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
                    state=outbox.QUEUED,
                    summary=change["summary"],
                    change=change,
                    approval=body["approval"],
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


def _outbox_round(
    folder: Path,
    keys_file: Path,
    key: Ed25519PrivateKey,
    bodies: list[dict[str, object]],
    signed: bool,
) -> float:
    db = _queued_db(folder / "db", bodies)
    receiver = Receiver(folder / "receiver", keys_file, signed)
    key_id = signing.jwk_thumbprint(key.public_key())
    try:
        started = time.perf_counter()
        report = outbox.send_pending(
            db, key if signed else None, key_id, receiver.base_url, poll=False
        )
        elapsed = time.perf_counter() - started
        assert len(report.delivered) == len(bodies), report.undelivered
        assert receiver.stored() == len(bodies)
    finally:
        receiver.close()
        db.dispose()
    return len(bodies) / elapsed


def _client_round(
    folder: Path, keys_file: Path, key: Ed25519PrivateKey, bodies: list[bytes], signed: bool
) -> float:
    receiver = Receiver(folder / "receiver", keys_file, signed)
    key_id = signing.jwk_thumbprint(key.public_key())
    try:
        with IktnhClient(receiver.base_url, key if signed else None, key_id) as client:
            started = time.perf_counter()
            for body in bodies:
                answer = client.deliver(DEMO_NUMBER, "ring-pattern", body, str(uuid4()))
                assert answer.status == 201, answer.data
            elapsed = time.perf_counter() - started
    finally:
        receiver.close()
    return len(bodies) / elapsed


def main(count: int = 1000) -> int:
    key = Ed25519PrivateKey.generate()
    bodies = [_body(key, i) for i in range(count)]
    encoded = [json.dumps(b).encode() for b in bodies]
    rates: dict[tuple[str, bool], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        keys_file = root / "keys.json"
        keys_file.write_text(
            json.dumps({"keys": [dict(signing.public_jwk(key.public_key()), kommune=DEMO_NUMBER)]})
        )
        run = 0
        for _ in range(ROUNDS):
            for signed in (True, False):
                run += 1
                folder = root / f"run{run}"
                rate = _outbox_round(folder / "outbox", keys_file, key, bodies, signed)
                rates[("outbox", signed)] = max(rates.get(("outbox", signed), 0.0), rate)
                rate = _client_round(folder / "client", keys_file, key, encoded, signed)
                rates[("client", signed)] = max(rates.get(("client", signed), 0.0), rate)
    failed = False
    for what in ("outbox", "client"):
        signed_rate, unsigned_rate = rates[(what, True)], rates[(what, False)]
        overhead = 1 - signed_rate / unsigned_rate
        print(
            f"{what:6}: signed {signed_rate:7.1f} req/s, unsigned {unsigned_rate:7.1f} req/s,"
            f" signing costs {overhead:6.1%} of the rate ({count} requests, best of {ROUNDS})"
        )
        failed = failed or (what == "outbox" and overhead >= 0.20)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
