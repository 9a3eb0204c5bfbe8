"""`kontakt outbox send`, `kontakt outbox status`, `kontakt status` and
`kontakt reference-server` as a user runs them; a `kill -9` in the middle of a delivery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.cli import main
from kontakt.core.changes.states import State
from kontakt.keys import store
from kontakt.storage.db import Database
from tests.e2e.support import KOMMUNE, MemoryKeyring, Running, private_pem, queue, row

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_send_delivers_and_exits_0(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = queue(demo_db, key, 2)
    code, out, _ = _run(capsys, "--db", demo_db_url, "outbox", "send", "--api", running.base_url)
    assert code == 0
    assert "Delivered 2 change requests." in out
    assert all(row(demo_db, i).state == State.DELIVERED for i in ids)

    code, out, _ = _run(capsys, "--db", demo_db_url, "outbox", "status", "--json")
    listed = json.loads(out)
    assert [e["state"] for e in listed] == ["delivered", "delivered"]
    assert {e["iktnh_id"] for e in listed} == {r["id"] for r in running.receiver.stored()}
    assert all(e["attempts"] == 1 and e["idempotency_key"] for e in listed)


def test_send_exits_1_while_requests_wait(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("unavailable", seconds=600)
    code, out, _ = _run(
        capsys,
        "--db",
        demo_db_url,
        "outbox",
        "send",
        "--api",
        running.base_url,
        "--wait",
        "1",
    )
    assert code == 1
    assert f"Change request {request_id} waits in the outbox" in out
    assert "down for maintenance" in out


def test_send_refuses_plain_http_to_another_machine(
    keyring_with_key: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "outbox", "send", "--api", "http://api.iktnh.example/v1")
    assert code == 2
    assert "only over HTTPS" in err and "http://api.iktnh.example/v1" in err


def test_send_without_a_keyring_says_how_to_fix_it(capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        code, _, err = _run(capsys, "outbox", "send", "--api", "https://api.iktnh.example/v1")
    finally:
        keyring.set_keyring(previous)
    assert code == 2
    assert "No secure keyring" in err and "PYTHON_KEYRING_BACKEND" in err
    assert "Traceback" not in err


def test_status_prints_the_notices_in_force(
    running: Running, keyring_with_key: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    running.receiver.add_notice(
        {
            "severity": "outage",
            "title": "Telephony down in Nordhordland",
            "detail": "Calls to the switchboard fail.",
            "services": ["telephony", "switchboard"],
            "start": "2026-11-30T08:00:00Z",
            "end": None,
        }
    )
    running.receiver.add_notice(
        {
            "severity": "info",
            "title": "Over",
            "start": "2026-01-01T08:00:00Z",
            "end": "2026-01-02T08:00:00Z",
        }
    )
    running.receiver.add_notice(
        {"severity": "degraded", "title": "Elsewhere", "municipalities": ["4631"]}
    )
    code, out, _ = _run(
        capsys,
        "--kommune",
        KOMMUNE,
        "--db",
        "sqlite:///:memory:",
        "status",
        "--api",
        running.base_url,
    )
    assert code == 0
    since = datetime(2026, 11, 30, 8, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")  # English
    assert out.splitlines() == [
        "Outage: Telephony down in Nordhordland. Affected: telephony, switchboard. "
        f"Since {since}, until further notice. Calls to the switchboard fail."
    ]
    code, out, _ = _run(capsys, "status", "--api", running.base_url, "--json")
    assert [n["title"] for n in json.loads(out)["notices"]] == [
        "Telephony down in Nordhordland",
        "Elsewhere",
    ]


def _child_env(tmp_path: Path, key: Ed25519PrivateKey) -> dict[str, str]:
    passwords = tmp_path / "keyring.json"
    passwords.write_text(json.dumps({f"{store.SERVICE}\n{store.USERNAME}": private_pem(key)}))
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        PYTHON_KEYRING_BACKEND="tests.e2e.file_keyring.FileKeyring",
        KONTAKT_TEST_KEYRING=str(passwords),
    )
    return env


def _send_command(db_url: str, base_url: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kontakt",
        "--lang",
        "en",
        "--db",
        db_url,
        "outbox",
        "send",
        "--api",
        base_url,
        "--wait",
        "5",
    ]


def test_killed_mid_delivery_then_run_again_delivers_once(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    key: Ed25519PrivateKey,
    tmp_path: Path,
) -> None:
    """`kill -9` while the receiver has stored the request and not yet answered; the next
    run sends it again with the same idempotency key and stores IKTNH's one id."""
    (request_id,) = queue(demo_db, key)
    env = _child_env(tmp_path, key)
    running.receiver.misbehave("slow", seconds=3)
    child = subprocess.Popen(
        _send_command(demo_db_url, running.base_url),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while not running.receiver.stored() and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert len(running.receiver.stored()) == 1
    killed = row(demo_db, request_id)
    assert killed.state == State.QUEUED and killed.remote_id is None
    assert [a.outcome for a in killed.attempts] == ["sending"]

    again = subprocess.run(
        _send_command(demo_db_url, running.base_url),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 0, again.stderr
    stored = row(demo_db, request_id)
    assert stored.state == State.DELIVERED
    assert [a.outcome for a in stored.attempts] == ["interrupted", "delivered"]
    assert len(running.receiver.stored()) == 1
    assert stored.remote_id == running.receiver.stored()[0]["id"]


def test_reference_server_command_serves_until_stopped(
    tmp_path: Path, key: Ed25519PrivateKey, running: Running
) -> None:
    env = _child_env(tmp_path, key)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kontakt",
            "--lang",
            "en",
            "reference-server",
            "--port",
            "0",
            "--keys",
            str(running.keys_file),
            "--data",
            str(tmp_path / "served"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("Reference receiver at http://127.0.0.1:")
        base_url = line.split(" at ")[1].split(" ")[0]
        status = subprocess.run(
            [sys.executable, "-m", "kontakt", "--lang", "en", "status", "--api", base_url],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert status.returncode == 0, status.stderr
        assert "No notices from IKTNH" in status.stdout
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(10)
    assert server.returncode == 0
    assert (tmp_path / "served" / "receiver.sqlite3").exists()


def test_reference_server_with_a_bad_key_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}]}))
    code, _, err = _run(capsys, "reference-server", "--keys", str(keys), "--data", str(tmp_path))
    assert code == 2
    assert "keys[0].kommune" in err


def test_send_shows_iktnhs_reason_for_a_refusal(
    running: Running,
    demo_db: Database,
    demo_db_url: str,
    keyring_with_key: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (request_id,) = queue(demo_db, Ed25519PrivateKey.generate())  # approved by a stranger
    code, out, _ = _run(capsys, "--db", demo_db_url, "outbox", "send", "--api", running.base_url)
    assert code == 1
    assert (
        f"Change request {request_id} refused by IKTNH: "
        f"The approval's key is not registered for municipality {KOMMUNE}."
    ) in out
    assert row(demo_db, request_id).state == State.FAILED
