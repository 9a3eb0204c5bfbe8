"""The whole chain as a user runs it from the command line: a key made, a ring pattern
ordered and approved, delivered to the reference receiver exactly once, and IKTNH's status
followed to completed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontakt.cli import main
from kontakt.core.changes.approval import verify_body
from kontakt.resources import resource_path
from kontakt.storage.db import open_database
from kontakt.storage.models import ChangeRequest
from tests.e2e.support import KOMMUNE, receiving
from tests.unit.keys.memory import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # fixture

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")


def _kontakt(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db_url, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out


def _approved_body(db_url: str) -> bytes:
    db = open_database(db_url)
    try:
        with db.session() as session:
            (row,) = session.query(ChangeRequest).all()
            assert row.body is not None
            return bytes(row.body)
    finally:
        db.dispose()


def test_key_pattern_approve_send_and_follow_to_completed(
    demo_db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _kontakt(capsys, demo_db_url, "keys", "create")[0] == 0
    jwk_path = tmp_path / "ikt.jwk"
    assert _kontakt(capsys, demo_db_url, "keys", "export", "--jwk", str(jwk_path))[0] == 0
    jwk = json.loads(jwk_path.read_text())
    keys_file = tmp_path / "registered.json"
    keys_file.write_text(json.dumps({"keys": [dict(jwk, kommune=KOMMUNE)]}))

    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][0]["label"] = "Sentralbordet"
    new = tmp_path / "ny.ringpattern.json"
    new.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert _kontakt(capsys, demo_db_url, "change", "pattern", str(new), "--approve")[0] == 0
    approved = _approved_body(demo_db_url)

    with receiving(keys_file, tmp_path / "receiver") as running:
        code, out = _kontakt(capsys, demo_db_url, "outbox", "send", "--api", running.base_url)
        assert code == 0 and "Delivered 1 change request." in out
        (stored,) = running.receiver.stored()
        received = running.receiver.store.get(stored["id"])
        assert received is not None and received["body"] == approved
        assert verify_body(received["body"], jwk)["payload"]["document"] == document

        code, out = _kontakt(capsys, demo_db_url, "outbox", "status", "--json")
        (entry,) = json.loads(out)
        assert code == 0
        assert entry["state"] == "delivered" and entry["iktnh_id"] == stored["id"]
        assert entry["attempts"] == 1

        running.receiver.advance(stored["id"], "completed", comment="Lagt inn.")
        assert _kontakt(capsys, demo_db_url, "outbox", "send", "--api", running.base_url)[0] == 0
        (entry,) = json.loads(_kontakt(capsys, demo_db_url, "outbox", "status", "--json")[1])
        assert entry["state"] == "completed" and entry["iktnh_status"] == "completed"
        assert len(running.receiver.stored()) == 1  # the second pass delivered nothing again
