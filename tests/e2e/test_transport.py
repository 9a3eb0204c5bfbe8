"""The client's transport: certificates verified, a timeout on every call, nothing secret
in any log."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID
from werkzeug.serving import make_server

from kontakt.api.client import IktnhClient
from kontakt.core.changes.states import State
from kontakt.services import outbox
from kontakt.storage.db import Database
from tests.e2e.support import Running, private_pem, queue, row


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def https_receiver(running: Running, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The same receiver also over HTTPS, with a certificate no system trusts."""
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = make_server("127.0.0.1", 0, running.receiver, threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}/v1", cert_file
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused(
    https_receiver: tuple[str, Path],
    demo_db: Database,
    key: Ed25519PrivateKey,
    key_id: str,
    running: Running,
) -> None:
    base_url, cert_file = https_receiver
    (request_id,) = queue(demo_db, key)
    report = outbox.send_pending(demo_db, key, key_id, base_url)
    assert report.unreachable
    assert row(demo_db, request_id).attempts[0].detail == "TLS certificate not accepted"
    assert running.receiver.stored() == []

    # trusted when the certificate is named as the CA to trust (at the next attempt's time)
    due = row(demo_db, request_id).next_attempt_at
    assert due is not None
    with IktnhClient(base_url, key, key_id, ca_bundle=str(cert_file)) as client:
        outbox.send_pending(
            demo_db,
            key,
            key_id,
            base_url,
            client=client,
            clock=lambda: due + dt.timedelta(seconds=1),
        )
    assert row(demo_db, request_id).state == State.DELIVERED


def test_a_slow_answer_times_out_and_the_retry_is_stored_once(
    running: Running, demo_db: Database, key: Ed25519PrivateKey, key_id: str
) -> None:
    (request_id,) = queue(demo_db, key)
    running.receiver.misbehave("slow", seconds=1.5)
    with IktnhClient(running.base_url, key, key_id, timeout=(2.0, 0.5)) as client:
        outbox.send_pending(demo_db, key, key_id, running.base_url, client=client, max_wait_s=10)
    stored = row(demo_db, request_id)
    assert [(a.http_status, a.detail) for a in stored.attempts] == [(None, "timed out"), (200, "")]
    assert stored.state == State.DELIVERED
    assert len(running.receiver.stored()) == 1


def test_nothing_secret_is_logged(
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    key_id: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Every logger at DEBUG through deliveries, a refusal and a retry: no private key and
    no signature in any record."""
    queue(demo_db, key, 2)
    running.receiver.misbehave("drop-after-store")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("werkzeug").setLevel(logging.DEBUG)
        try:
            outbox.send_pending(demo_db, key, key_id, running.base_url, max_wait_s=10)
            stranger = Ed25519PrivateKey.generate()
            queue(demo_db, stranger)
            outbox.send_pending(demo_db, stranger, key_id, running.base_url)
        finally:
            logging.getLogger("werkzeug").setLevel(logging.WARNING)
    text = caplog.text
    assert caplog.records  # the loggers did speak
    pem_body = "".join(private_pem(key).splitlines()[1:-1])
    assert pem_body not in text
    assert "kontakt=:" not in text  # a Signature header's value
    assert "Signature-Input" not in text


def test_a_proxy_in_the_environment_is_not_used_for_the_loopback(
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    key_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    (request_id,) = queue(demo_db, key)
    outbox.send_pending(demo_db, key, key_id, running.base_url)
    assert row(demo_db, request_id).state == State.DELIVERED
