"""The outbox against the reference receiver: delivered exactly once whatever the network
does, Retry-After respected, statuses followed."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.core.changes.states import State
from kontakt.keys import store
from kontakt.services import municipality, outbox
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest
from tests.e2e.support import MemoryKeyring, Running, queue, row


def test_delivered_and_verified(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    """The stored body is byte for byte what was approved, and IKTNH's id is kept."""
    (request_id,) = queue(demo_db, key)
    report = outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert report.delivered == [request_id] and report.undelivered == 0
    stored = row(demo_db, request_id)
    assert stored.state == State.DELIVERED
    (received,) = running.receiver.stored()
    assert stored.remote_id == received["id"]
    assert received["idempotency_key"] == stored.idempotency_key
    assert running.receiver.store.get(received["id"])["body"] == outbox.request_body(stored)
    assert [a.outcome for a in stored.attempts] == ["delivered"]
    assert stored.attempts[0].http_status == 201


def test_dropped_after_storing_then_retried_is_stored_once(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("drop-after-store")
    report = outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=10)
    stored = row(demo_db, request_id)
    assert [a.outcome for a in stored.attempts] == ["retry", "delivered"]
    assert stored.attempts[0].http_status is None  # no answer: the connection went
    assert stored.attempts[1].http_status == 200  # the first answer, again
    assert len(running.receiver.stored()) == 1
    assert stored.remote_id == running.receiver.stored()[0]["id"]
    assert report.delivered == [request_id]


def test_dropped_after_reading_is_sent_again(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("drop-after-read")
    outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=10)
    stored = row(demo_db, request_id)
    assert [a.http_status for a in stored.attempts] == [None, 201]
    assert len(running.receiver.stored()) == 1


def test_retry_after_is_respected(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("unavailable", seconds=2)
    outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=10)
    stored = row(demo_db, request_id)
    first, second = stored.attempts
    assert (first.http_status, second.http_status) == (503, 201)
    assert second.attempted_at - first.attempted_at >= timedelta(seconds=2)
    assert len(running.receiver.stored()) == 1


def test_a_retry_beyond_the_pass_waits_with_its_time_stored(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    """The next attempt's time and the attempt are stored, so the next pass (or a restart)
    goes on from there: not before that time, then delivered with the same key."""
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("unavailable", seconds=120)
    report = outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=1)
    stored = row(demo_db, request_id)
    assert stored.state == State.QUEUED
    assert stored.next_attempt_at is not None
    assert stored.next_attempt_at - stored.attempts[0].attempted_at >= timedelta(seconds=119)
    assert report.waiting == [(request_id, stored.next_attempt_at, stored.attempts[0].detail)]
    assert report.undelivered == 1

    again = outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert again.undelivered == 1 and len(row(demo_db, request_id).attempts) == 1

    later = stored.next_attempt_at + timedelta(seconds=1)
    outbox.send_pending(demo_db, key, key_id, running.base_url, clock=lambda: later)
    assert row(demo_db, request_id).state == State.DELIVERED
    assert len(running.receiver.stored()) == 1


def test_unreachable_receiver_backs_off(
    demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    report = outbox.send_pending(demo_db, key, key_id, "http://127.0.0.1:9/v1")
    stored = row(demo_db, request_id)
    assert report.unreachable and stored.state == State.QUEUED
    assert stored.attempts[0].outcome == "retry"
    assert stored.next_attempt_at is not None
    wait = stored.next_attempt_at - stored.attempts[0].attempted_at
    assert timedelta(seconds=1) <= wait <= timedelta(seconds=2)  # 2 s with jitter


def test_status_followed_to_completed_with_comments(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    first, second = queue(demo_db, key, 2)
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    remote_first = row(demo_db, first).remote_id
    remote_second = row(demo_db, second).remote_id
    assert remote_first and remote_second
    running.receiver.advance(remote_first, "in_progress", comment="Vi ser på det.")
    running.receiver.advance(remote_second, "rejected", reason="Nummeret finst ikkje.")
    report = outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert report.polled == 2
    assert row(demo_db, first).state == State.IN_PROGRESS
    assert row(demo_db, first).remote_detail["comments"][0]["text"] == "Vi ser på det."
    assert row(demo_db, second).state == State.REJECTED
    assert row(demo_db, second).remote_detail["reason"] == "Nummeret finst ikkje."
    running.receiver.advance(remote_first, "completed", comment="Ferdig.")
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert row(demo_db, first).state == State.COMPLETED
    assert row(demo_db, first).remote_status == "completed"


def test_iktnh_undoing_a_step_does_not_move_a_request_back(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    """The lifecycle only goes forward: "received" after "in progress" leaves it in
    progress (IKTNH's status is still shown as it says)."""
    (request_id,) = queue(demo_db, key)
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    remote_id = row(demo_db, request_id).remote_id
    assert remote_id
    running.receiver.advance(remote_id, "in_progress")
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    running.receiver.advance(remote_id, "received")
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert row(demo_db, request_id).state == State.IN_PROGRESS
    assert row(demo_db, request_id).remote_status == "received"


def test_the_delivered_body_is_the_one_stored_at_approval(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    """Byte for byte: a body whose JSON says the same with other bytes is still sent as
    stored (never made again from the columns)."""
    (request_id,) = queue(demo_db, key)
    with demo_db.transaction() as session:
        stored = session.get(ChangeRequest, request_id)
        assert stored is not None and stored.body is not None
        stored.body = json.dumps(json.loads(stored.body), indent=1).encode()
        approved = stored.body
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    (received,) = running.receiver.stored()
    assert running.receiver.store.get(received["id"])["body"] == approved


def test_fault_reports_go_to_their_own_collection(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key, kind="fault-report")
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert row(demo_db, request_id).state == State.DELIVERED
    assert running.receiver.stored()[0]["collection"] == "fault-reports"


def test_entries_list_state_key_id_and_attempts(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("unavailable", seconds=0)
    outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=10)
    (entry,) = outbox.entries(demo_db)
    assert entry.number == request_id and entry.state == State.DELIVERED
    assert entry.attempts == 2
    assert entry.remote_id == running.receiver.stored()[0]["id"]
    assert entry.as_json()["idempotency_key"] == row(demo_db, request_id).idempotency_key


def test_a_key_in_a_keyring_no_one_chose_is_not_sent_with(
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The outbox takes its key by the keyring rule of `signing_keys`: a plaintext keyring
    that keyring picked by itself (keyrings.alt) counts as none, and nothing goes."""
    settings = municipality.current(demo_db)
    assert settings is not None
    municipality.save(demo_db, dataclasses.replace(settings, api_base_url=running.base_url))
    (request_id,) = queue(demo_db, key)
    monkeypatch.setattr(store, "_keyrings_own_pick", lambda: MemoryKeyring)
    state = outbox.work_outbox(demo_db)
    assert state.problem == "no-backend" and state.waiting == 1
    assert running.receiver.stored() == [] and row(demo_db, request_id).state == State.QUEUED
    monkeypatch.undo()
    assert outbox.work_outbox(demo_db).report is not None
    assert row(demo_db, request_id).state == State.DELIVERED
