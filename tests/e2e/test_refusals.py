"""Every refusal of the spec: 401, problem+json, a detail that says which check failed; and
the client shows that detail on the change request it marks failed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api import signing
from kontakt.core.changes.jwk import jwk_thumbprint
from kontakt.core.changes.states import State
from kontakt.services import outbox
from kontakt.storage.db import Database
from tests.e2e.support import KOMMUNE, Running, approved_body, make_change, queue, row

Mutate = Callable[[requests.PreparedRequest], None]


def _post(
    running: Running,
    key: Ed25519PrivateKey,
    body: bytes,
    *,
    kommune: str = KOMMUNE,
    now: datetime | None = None,
    before_signing: Mutate | None = None,
    after_signing: Mutate | None = None,
    key_id: str | None = None,
) -> requests.PreparedRequest:
    request = requests.Request(
        "POST",
        f"{running.base_url}/municipalities/{kommune}/change-requests",
        data=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": "fixed-key"},
    ).prepare()
    if before_signing:
        before_signing(request)
    signing.sign_request(request, key, key_id or jwk_thumbprint(key.public_key()), body, now=now)
    if after_signing:
        after_signing(request)
    return request


def _send(request: requests.PreparedRequest) -> requests.Response:
    with requests.Session() as session:
        return session.send(request, timeout=10)


def _body(key: Ed25519PrivateKey) -> bytes:
    return json.dumps(approved_body(key, make_change())).encode()


def _refused(response: requests.Response, code: str) -> str:
    assert response.status_code == 401, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/" + code)
    assert problem["title"] and problem["detail"]
    return str(problem["detail"])


def test_a_correct_request_is_accepted(running: Running, key: Ed25519PrivateKey) -> None:
    response = _send(_post(running, key, _body(key)))
    assert response.status_code == 201
    assert response.json()["status"] == "received"


def test_no_signature(running: Running, key: Ed25519PrivateKey) -> None:
    def strip(request: requests.PreparedRequest) -> None:
        del request.headers["Signature"]
        del request.headers["Signature-Input"]

    detail = _refused(
        _send(_post(running, key, _body(key), after_signing=strip)), "missing-signature"
    )
    assert "Signature" in detail


def test_malformed_signature_input(running: Running, key: Ed25519PrivateKey) -> None:
    def garble(request: requests.PreparedRequest) -> None:
        request.headers["Signature-Input"] = "kontakt=(((("

    _refused(_send(_post(running, key, _body(key), after_signing=garble)), "malformed-signature")


def test_bad_signature(running: Running, key: Ed25519PrivateKey) -> None:
    def other_signature(request: requests.PreparedRequest) -> None:
        request.headers["Signature"] = "kontakt=:" + "A" * 86 + "==:"

    detail = _refused(
        _send(_post(running, key, _body(key), after_signing=other_signature)), "bad-signature"
    )
    assert "does not verify" in detail


def test_a_changed_idempotency_key_breaks_the_signature(
    running: Running, key: Ed25519PrivateKey
) -> None:
    def change(request: requests.PreparedRequest) -> None:
        request.headers["Idempotency-Key"] = "another"

    _refused(_send(_post(running, key, _body(key), after_signing=change)), "bad-signature")


def test_unknown_key(running: Running, key: Ed25519PrivateKey) -> None:
    stranger = Ed25519PrivateKey.generate()
    detail = _refused(_send(_post(running, stranger, _body(key))), "unknown-key")
    assert "not a registered key" in detail


def test_key_of_another_municipality(
    running: Running, key: Ed25519PrivateKey, other_key: Ed25519PrivateKey
) -> None:
    detail = _refused(_send(_post(running, other_key, _body(key))), "key-not-for-municipality")
    assert KOMMUNE in detail


def test_tampered_body(running: Running, key: Ed25519PrivateKey) -> None:
    """The body changed after signing (the digest header left as signed): refused, nothing
    stored."""
    body = _body(key)

    def tamper(request: requests.PreparedRequest) -> None:
        request.body = body.replace(b"Sentralbord", b"Sentralbxrd")

    detail = _refused(_send(_post(running, key, body, after_signing=tamper)), "digest-mismatch")
    assert "Content-Digest" in detail
    assert running.receiver.stored() == []


def test_a_recomputed_digest_breaks_the_signature(running: Running, key: Ed25519PrivateKey) -> None:
    from http_message_signatures import ContentDigest

    body = _body(key)
    forged = body.replace(b"Sentralbord", b"Sentralbxrd")

    def tamper(request: requests.PreparedRequest) -> None:
        request.body = forged
        request.headers["Content-Digest"] = ContentDigest.create(forged)

    _refused(_send(_post(running, key, body, after_signing=tamper)), "bad-signature")
    assert running.receiver.stored() == []


def test_too_old(running: Running, key: Ed25519PrivateKey) -> None:
    old = datetime.now(UTC) - timedelta(seconds=301)
    detail = _refused(_send(_post(running, key, _body(key), now=old)), "signature-expired")
    assert "300 s" in detail


def test_from_the_future(running: Running, key: Ed25519PrivateKey) -> None:
    ahead = datetime.now(UTC) + timedelta(seconds=40)
    detail = _refused(_send(_post(running, key, _body(key), now=ahead)), "signature-in-future")
    assert "30 s" in detail


def test_a_little_ahead_is_accepted(running: Running, key: Ed25519PrivateKey) -> None:
    ahead = datetime.now(UTC) + timedelta(seconds=20)
    assert _send(_post(running, key, _body(key), now=ahead)).status_code == 201


def test_replayed_nonce(running: Running, key: Ed25519PrivateKey) -> None:
    request = _post(running, key, _body(key))
    assert _send(request.copy()).status_code == 201
    detail = _refused(_send(request.copy()), "replayed-nonce")
    assert "nonce" in detail


def test_approval_that_does_not_verify(running: Running, key: Ed25519PrivateKey) -> None:
    body = approved_body(key, make_change())
    body["change"]["summary"] = "Endra etter godkjenninga"
    detail = _refused(_send(_post(running, key, json.dumps(body).encode())), "bad-approval")
    assert "approval" in detail
    assert running.receiver.stored() == []


def test_approval_by_a_key_not_registered_for_the_municipality(
    running: Running, key: Ed25519PrivateKey, other_key: Ed25519PrivateKey
) -> None:
    body = json.dumps(approved_body(other_key, make_change())).encode()
    detail = _refused(_send(_post(running, key, body)), "approval-key-not-registered")
    assert KOMMUNE in detail


def test_the_checks_come_before_the_idempotency_lookup(
    running: Running, key: Ed25519PrivateKey
) -> None:
    """A stored key does not let a later, badly signed request have the first answer."""
    assert _send(_post(running, key, _body(key))).status_code == 201
    stranger = Ed25519PrivateKey.generate()
    _refused(_send(_post(running, stranger, _body(key))), "unknown-key")


def test_get_needs_a_signature_too(running: Running) -> None:
    response = requests.get(f"{running.base_url}/status", timeout=10)
    _refused(response, "missing-signature")


@pytest.mark.parametrize("kind", ["approval", "request"])
def test_the_client_marks_a_refused_request_failed_with_the_detail(
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    other_key: Ed25519PrivateKey,
    kind: str,
) -> None:
    """A 401 is not retried: the request is failed and the problem's detail is shown."""
    (request_id,) = queue(demo_db, other_key if kind == "approval" else key)
    signer = key if kind == "approval" else other_key
    report = outbox.send_pending(
        demo_db, signer, jwk_thumbprint(signer.public_key()), running.base_url
    )
    stored = row(demo_db, request_id)
    assert stored.state == State.FAILED
    assert [a.http_status for a in stored.attempts] == [401]
    assert report.refused == [(request_id, stored.attempts[0].detail)]
    assert f"not registered for municipality {KOMMUNE}" in stored.attempts[0].detail
    assert running.receiver.stored() == []
