"""`kontakt keys …` and `kontakt change pattern … --approve` on a real database file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from kontakt.cli import main
from kontakt.core.changes.approval import verify_body
from kontakt.resources import resource_path
from kontakt.storage.db import open_database
from kontakt.storage.models import ChangeRequest
from tests.helpers import sqlite_url
from tests.unit.keys.memory import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")


def kontakt(db_url: str, *args: str) -> int:
    return main(["--lang", "en", "--db", db_url, *args])


def test_keys_create_show_export_and_rotate(
    db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert kontakt(db_url, "keys", "create") == 0
    made = capsys.readouterr().out
    assert "the private key is in your keyring" in made and "PRIVATE" not in made
    jwk_path, pem_path = tmp_path / "ikt.jwk", tmp_path / "ikt.pem"
    assert kontakt(db_url, "keys", "export", "--jwk", str(jwk_path), "--pem", str(pem_path)) == 0
    jwk = json.loads(jwk_path.read_text())
    assert f"Key id: {jwk['kid']}" in made
    assert pem_path.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    capsys.readouterr()
    assert kontakt(db_url, "keys", "create") == 2
    assert "rotate" in capsys.readouterr().err
    assert kontakt(db_url, "keys", "rotate") == 0
    assert jwk["kid"] in capsys.readouterr().out
    assert kontakt(db_url, "keys", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["keys"][0]["key_id"] == jwk["kid"]
    assert shown["current"] != jwk["kid"] and shown["keys"][0]["retired_at"] is not None


def test_no_keyring_backend_is_a_clear_message_and_exit_2(
    db_url: str, no_keyring: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kontakt(db_url, "keys", "create") == 2
    err = capsys.readouterr().err
    assert "No secure keyring is available" in err and "PYTHON_KEYRING_BACKEND" in err
    assert "Traceback" not in err
    assert kontakt(db_url, "keys", "export", "--jwk", str(tmp_path / "k.jwk")) == 2
    assert not (tmp_path / "k.jwk").exists()


def test_no_keyring_from_a_fresh_process_exits_2_in_words(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kontakt", "--db", sqlite_url(tmp_path / "k.db"), "keys", "create"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": ":".join(sys.path),
            "HOME": str(tmp_path),
            # as headless keyring finds it, and never the developer's own keyring
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "PYTHON_KEYRING_BACKEND" in done.stderr


def test_export_to_a_folder_that_does_not_exist_names_the_file(
    db_url: str, memory_keyring: MemoryKeyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kontakt(db_url, "keys", "create") == 0
    target = tmp_path / "nowhere" / "k.jwk"
    assert kontakt(db_url, "keys", "export", "--jwk", str(target)) == 2
    assert str(target) in capsys.readouterr().err


def test_change_pattern_approve_makes_a_signed_queued_request(
    demo_db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][0]["label"] = "Sentralbordet"
    new = tmp_path / "ny.ringpattern.json"
    new.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    jwk_path = tmp_path / "ikt.jwk"
    assert kontakt(demo_db_url, "keys", "create") == 0
    assert kontakt(demo_db_url, "keys", "export", "--jwk", str(jwk_path)) == 0
    capsys.readouterr()
    assert kontakt(demo_db_url, "change", "pattern", str(new), "--approve") == 0
    out = capsys.readouterr().out
    assert "Waiting in the outbox" in out
    # the shared diff in words (`diff_lines`): numbers in national form, old → new
    assert "Changed number 56 10 00 00:" in out
    assert "Name: Hovudnummer → Sentralbordet" in out
    db = open_database(demo_db_url)
    try:
        with db.session() as session:
            (row,) = session.scalars(select(ChangeRequest)).all()
    finally:
        db.dispose()
    assert row.state == "queued" and row.kind == "ring-pattern" and row.body is not None
    assert verify_body(row.body, json.loads(jwk_path.read_text()))["payload"]["document"] == (
        document
    )


def test_change_pattern_approve_without_a_key_stores_nothing(
    demo_db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][0]["label"] = "Sentralbordet"
    new = tmp_path / "ny.ringpattern.json"
    new.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert kontakt(demo_db_url, "change", "pattern", str(new), "--approve") == 2
    assert "kontakt keys create" in capsys.readouterr().err
    assert kontakt(demo_db_url, "change", "pattern", str(new), "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["state"] == "draft" and made["id"] == 1  # the refused one left nothing


def test_change_pattern_on_a_missing_file_says_so(
    demo_db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert kontakt(demo_db_url, "change", "pattern", str(tmp_path / "nei.json")) == 2
    err = capsys.readouterr().err
    assert "nei.json" in err and "Traceback" not in err


def test_change_pattern_the_same_as_the_current_set_up_is_nothing_to_order(
    demo_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert kontakt(demo_db_url, "change", "pattern", str(DEMO_PATTERN)) == 2
    assert "nothing to order" in capsys.readouterr().err
