"""Ed25519 public keys as JWKs (RFC 8037) and their RFC 7638 thumbprint, the key id.

The thumbprint is the base64url SHA-256 of the required members (`crv`, `kty`, `x`) in
lexical order without white space; it names a key in approvals and in RFC 9421 `keyid`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def b64url(data: bytes) -> str:
    """Base64url without padding (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The bytes of unpadded base64url `text`; ValueError when it is not that."""
    if not text.isascii() or "=" in text:
        raise ValueError("not unpadded base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("not base64url") from exc


def _x(public_key: Ed25519PublicKey) -> str:
    return b64url(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def jwk_thumbprint(public_key: Ed25519PublicKey) -> str:
    """The key id: the RFC 7638 thumbprint of `public_key`."""
    members = {"crv": "Ed25519", "kty": "OKP", "x": _x(public_key)}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True).encode("ascii")
    return b64url(hashlib.sha256(canonical).digest())


def public_jwk(public_key: Ed25519PublicKey) -> dict[str, str]:
    """The JWK to register with IKTNH, its thumbprint as `kid`."""
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _x(public_key),
        "kid": jwk_thumbprint(public_key),
        "alg": "EdDSA",
        "use": "sig",
    }


def public_key_from_jwk(jwk: Mapping[str, Any]) -> Ed25519PublicKey:
    """The Ed25519 public key of `jwk`; ValueError when it is not an Ed25519 JWK."""
    x = jwk.get("x")
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(x, str):
        raise ValueError("not an Ed25519 JWK (kty OKP, crv Ed25519, x)")
    raw = b64url_decode(x)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
