"""What a change request is, what an approval signs, and how a body is checked.

A request's `change` is `{"kind", "kommune", "created_at", "summary", "payload"}`
(`spec/api.md`). Approving it signs the RFC 8785 canonical JSON of `change` with the ICT
contact's Ed25519 key; the body IKTNH gets is `{"change", "approval"}`, itself canonical
JSON, made once at approval and delivered as those bytes on every attempt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.core.changes.jwk import b64url, b64url_decode, jwk_thumbprint, public_key_from_jwk


class Kind(StrEnum):
    """What a change request asks IKTNH for."""

    RING_PATTERN = "ring-pattern"
    PHONE_ORDER = "phone-order"
    CONTACT_CORRECTION = "contact-correction"
    FAULT_REPORT = "fault-report"


CHANGE_FIELDS = ("kind", "kommune", "created_at", "summary", "payload")


class NotSignable(ValueError):
    """The change holds what canonical JSON cannot carry (NaN, an integer above 2^53)."""


def change_document(
    kind: Kind, kommune: str, created_at: str, summary: str, payload: Mapping[str, Any]
) -> dict[str, Any]:
    """The `change` of a request, checked to be one that can be signed."""
    if not (len(kommune) == 4 and kommune.isascii() and kommune.isdigit()):
        raise ValueError(f"a municipality number is four digits: {kommune!r}")
    change = {
        "kind": str(kind),
        "kommune": kommune,
        "created_at": created_at,
        "summary": summary,
        "payload": dict(payload),
    }
    canonical(change)
    return change


def ring_pattern_payload(document: Mapping[str, Any], diff: Mapping[str, Any]) -> dict[str, Any]:
    """A ring-pattern request's payload: the new document and its diff against the
    baseline (`pattern diff --json`'s form)."""
    return {"document": dict(document), "diff": dict(diff)}


def canonical(change: Mapping[str, Any]) -> bytes:
    """The RFC 8785 canonical JSON of `change`: the bytes an approval signs."""
    try:
        return bytes(rfc8785.dumps(change))
    except rfc8785.CanonicalizationError as exc:
        raise NotSignable(str(exc)) from exc


@dataclass(frozen=True)
class Signer:
    """Who approves: the ICT contact, as IKTNH knows them."""

    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class Approved:
    """An approval made: `signed` (the canonical `change`), the `approval` object, and the
    whole `body` to deliver."""

    signed: bytes
    approval: dict[str, Any]
    body: bytes


def approve(
    change: Mapping[str, Any], key: Ed25519PrivateKey, signer: Signer, signed_at: str
) -> Approved:
    """Sign `change` with `key` on behalf of `signer`."""
    signed = canonical(change)
    approval: dict[str, Any] = {
        "key_id": jwk_thumbprint(key.public_key()),
        "signed_by": {"name": signer.name, "email": signer.email, "phone": signer.phone},
        "signed_at": signed_at,
        "signature": b64url(key.sign(signed)),
    }
    body = bytes(rfc8785.dumps({"change": dict(change), "approval": approval}))
    return Approved(signed, approval, body)


class ApprovalInvalid(ValueError):
    """A body whose approval does not hold; `reason` says which check failed:
    "not-json", "shape", "other-key" (signed with another key than the one given) or
    "bad-signature"."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def _shape_problem(data: Any) -> str | None:
    if not isinstance(data, dict) or set(data) != {"change", "approval"}:
        return "the body is an object with exactly 'change' and 'approval'"
    change, approval = data["change"], data["approval"]
    if not isinstance(change, dict) or set(change) != set(CHANGE_FIELDS):
        return "'change' is an object with exactly " + ", ".join(CHANGE_FIELDS)
    if not isinstance(approval, dict):
        return "'approval' is an object"
    for name in ("key_id", "signed_at", "signature"):
        if not isinstance(approval.get(name), str):
            return f"'approval.{name}' is a string"
    signed_by = approval.get("signed_by")
    if not isinstance(signed_by, dict) or not all(
        isinstance(signed_by.get(name), str) for name in ("name", "email", "phone")
    ):
        return "'approval.signed_by' has the strings name, email and phone"
    return None


def verify_body(body: bytes, jwk: Mapping[str, Any]) -> dict[str, Any]:
    """The `change` of `body` when its approval is a valid signature by the key `jwk`;
    else `ApprovalInvalid` saying why."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApprovalInvalid("not-json", f"the body is not JSON: {exc}") from None
    problem = _shape_problem(data)
    if problem is not None:
        raise ApprovalInvalid("shape", problem)
    public_key = public_key_from_jwk(jwk)
    approval = data["approval"]
    if approval["key_id"] != jwk_thumbprint(public_key):
        raise ApprovalInvalid("other-key", "the approval names another key than this one")
    try:
        signature = b64url_decode(approval["signature"])
        public_key.verify(signature, canonical(data["change"]))
    except (ValueError, InvalidSignature):
        raise ApprovalInvalid(
            "bad-signature", "the approval signature does not verify over 'change'"
        ) from None
    change: dict[str, Any] = data["change"]
    return change
