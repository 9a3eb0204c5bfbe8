"""The request-signature profile of `spec/api.md`."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.api import signing
from kontakt.api.signing import Refusal
from kontakt.core.changes.jwk import jwk_thumbprint


def _signed(
    key: Ed25519PrivateKey, body: bytes | None, **kwargs: object
) -> requests.PreparedRequest:
    request = requests.Request(
        "POST" if body is not None else "GET",
        "https://api.iktnh.example/v1/municipalities/4631/change-requests",
        data=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": "k-1"}
        if body is not None
        else {},
    ).prepare()
    signing.sign_request(request, key, jwk_thumbprint(key.public_key()), body, **kwargs)  # type: ignore[arg-type]
    return request


def test_a_post_is_signed_as_the_spec_says() -> None:
    key = Ed25519PrivateKey.generate()
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    request = _signed(key, b'{"a":1}', now=now)
    assert request.headers["Content-Digest"].startswith("sha-256=:")
    params = signing.signature_parameters(request.headers)
    assert params["created"] == int(now.timestamp())
    assert params["expires"] == params["created"] + 300
    assert params["alg"] == "ed25519"
    assert params["keyid"] == jwk_thumbprint(key.public_key())
    assert len(base64.urlsafe_b64decode(params["nonce"])) * 8 >= 128
    covered = request.headers["Signature-Input"].split("=", 1)[1].split(")")[0]
    assert covered == '("@method" "@target-uri" "content-digest" "content-type" "idempotency-key"'
    assert request.headers["Signature-Input"].startswith("kontakt=")


def test_a_get_covers_method_and_target() -> None:
    request = _signed(Ed25519PrivateKey.generate(), None)
    assert "Content-Digest" not in request.headers
    assert '("@method" "@target-uri")' in request.headers["Signature-Input"]


def test_each_signing_has_a_new_nonce() -> None:
    key = Ed25519PrivateKey.generate()
    nonces = {signing.signature_parameters(_signed(key, b"{}").headers)["nonce"] for _ in range(5)}
    assert len(nonces) == 5


def test_verification_accepts_its_own_and_refuses_a_changed_body() -> None:
    key = Ed25519PrivateKey.generate()
    key_id = jwk_thumbprint(key.public_key())
    request = _signed(key, b'{"a":1}')
    signing.verify_request(request, key.public_key(), key_id, b'{"a":1}')
    with pytest.raises(Refusal) as refused:
        signing.verify_request(request, key.public_key(), key_id, b'{"a":2}')
    assert refused.value.code == "digest-mismatch"
    request.url = request.url.replace("4631", "4632")
    with pytest.raises(Refusal) as refused:
        signing.verify_request(request, key.public_key(), key_id, b'{"a":1}')
    assert refused.value.code == "bad-signature"


@pytest.mark.parametrize(
    ("created", "expires", "code"),
    [
        (-301, 0, "signature-expired"),
        (-10, -1, "signature-expired"),
        (0, 301, "signature-expired"),  # a lifetime beyond 300 s
        (31, 300, "signature-in-future"),
    ],
)
def test_time_limits(created: int, expires: int, code: str) -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    base = int(now.timestamp())
    params = {"created": base + created, "expires": base + expires}
    with pytest.raises(Refusal) as refused:
        signing.check_times(params, now)
    assert refused.value.code == code


def test_within_the_limits() -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    base = int(now.timestamp())
    for created in (-299, 0, 29):
        signing.check_times({"created": base + created, "expires": base + created + 300}, now)


def test_no_private_key_or_signature_in_what_a_refusal_says() -> None:
    key = Ed25519PrivateKey.generate()
    request = _signed(key, b"{}", now=datetime.now(UTC) - timedelta(days=1))
    signature = request.headers["Signature"].split(":")[1]
    with pytest.raises(Refusal) as refused:
        signing.check_times(signing.signature_parameters(request.headers), datetime.now(UTC))
    assert signature not in refused.value.detail
    assert json.dumps(refused.value.detail)
