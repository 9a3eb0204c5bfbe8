"""Approval signs the canonical JSON of `change`; a body verifies against the public JWK."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.core.changes import approval
from kontakt.core.changes.approval import ApprovalInvalid, Kind, Signer
from kontakt.core.changes.jwk import jwk_thumbprint, public_jwk, public_key_from_jwk

SIGNER = Signer("Kari Nordmann", "kari@demo.kommune.no", "+4756100000")
CHANGE = approval.change_document(
    Kind.PHONE_ORDER,
    "4631",
    "2026-12-01T10:00:00+00:00",
    "Ny telefon til Ola",
    {"model": "Fairphone 5", "for": "12345", "note": "æøå", "count": 1, "price": 4990.5},
)


def test_rfc7638_example_thumbprint() -> None:
    # RFC 8037 appendix A.3: the thumbprint of its Ed25519 example key
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
    key = public_key_from_jwk(jwk)
    assert jwk_thumbprint(key) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def test_the_jwk_names_itself_by_its_thumbprint() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    jwk = public_jwk(key)
    members = json.dumps({k: jwk[k] for k in ("crv", "kty", "x")}, separators=(",", ":"))
    digest = base64.urlsafe_b64encode(hashlib.sha256(members.encode()).digest()).rstrip(b"=")
    assert jwk["kid"] == digest.decode() == jwk_thumbprint(key)
    assert public_key_from_jwk(jwk) == key


def test_approval_signs_the_canonical_change_and_the_body_verifies() -> None:
    key = Ed25519PrivateKey.generate()
    made = approval.approve(CHANGE, key, SIGNER, "2026-12-01T10:05:00+00:00")
    assert made.signed == rfc8785.dumps(CHANGE)
    signature = base64.urlsafe_b64decode(made.approval["signature"] + "==")
    key.public_key().verify(signature, made.signed)  # raises when it does not hold
    assert made.approval["key_id"] == jwk_thumbprint(key.public_key())
    assert made.approval["signed_by"] == {
        "name": "Kari Nordmann",
        "email": "kari@demo.kommune.no",
        "phone": "+4756100000",
    }
    assert made.body == rfc8785.dumps({"change": CHANGE, "approval": made.approval})
    assert approval.verify_body(made.body, public_jwk(key.public_key())) == CHANGE


def test_a_tampered_body_does_not_verify() -> None:
    key = Ed25519PrivateKey.generate()
    made = approval.approve(CHANGE, key, SIGNER, "2026-12-01T10:05:00+00:00")
    tampered = made.body.replace(b"Fairphone 5", b"Fairphone 6")
    with pytest.raises(ApprovalInvalid) as invalid:
        approval.verify_body(tampered, public_jwk(key.public_key()))
    assert invalid.value.reason == "bad-signature"


def test_another_key_is_named_as_such() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    made = approval.approve(CHANGE, key, SIGNER, "2026-12-01T10:05:00+00:00")
    with pytest.raises(ApprovalInvalid) as invalid:
        approval.verify_body(made.body, public_jwk(other.public_key()))
    assert invalid.value.reason == "other-key"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not-json"),
        (b'{"change": {}}', "shape"),
        (b'{"change": {}, "approval": {}}', "shape"),
    ],
)
def test_malformed_bodies_say_what_is_wrong(body: bytes, reason: str) -> None:
    jwk = public_jwk(Ed25519PrivateKey.generate().public_key())
    with pytest.raises(ApprovalInvalid) as invalid:
        approval.verify_body(body, jwk)
    assert invalid.value.reason == reason


def test_what_canonical_json_cannot_carry_is_refused_before_signing() -> None:
    with pytest.raises(approval.NotSignable):
        approval.change_document(Kind.FAULT_REPORT, "4631", "t", "s", {"n": 2**60})
    with pytest.raises(ValueError):
        approval.change_document(Kind.FAULT_REPORT, "46311", "t", "s", {})
