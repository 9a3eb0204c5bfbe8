"""The RFC 9421 signature of every HTTP request (with RFC 9530 Content-Digest on a body),
as `spec/api.md` profiles it. The approval's signature, the keys as JWKs and their
thumbprint are `kontakt.core.changes`'.

Signing and verifying go through the `http-message-signatures` library; this module only
fixes the profile the spec asks for (label, covered components, parameters, lifetime) and
turns the receiver's checks into one refusal code each. No private key or whole signature
is ever put into a message or a log.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import http_sf
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    InvalidSignature,
    algorithms,
)
from http_message_signatures.exceptions import HTTPMessageSignaturesException

LABEL = "kontakt"
LIFETIME_S = 300
"""A signature's `expires` is at most this long after its `created`."""
FUTURE_SKEW_S = 30
"""How far in the future a `created` may lie (the signer's clock running ahead)."""
NONCE_MEMORY_S = LIFETIME_S + FUTURE_SKEW_S
"""How long a receiver must remember a nonce: as long as a signature can be valid."""
POST_COMPONENTS = ("@method", "@target-uri", "content-digest", "content-type", "idempotency-key")
GET_COMPONENTS = ("@method", "@target-uri")


class HttpMessage(Protocol):
    """What the library reads of a request: `requests.PreparedRequest` is one."""

    method: Any
    url: Any
    headers: Any


# -- the request ----------------------------------------------------------------------------


class _OneKey(HTTPSignatureKeyResolver):
    def __init__(
        self,
        key_id: str,
        private: Ed25519PrivateKey | None = None,
        public: Ed25519PublicKey | None = None,
    ) -> None:
        self._key_id = key_id
        self._private = private
        self._public = public

    def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
        if key_id != self._key_id or self._private is None:
            raise HTTPMessageSignaturesException("no private key for this key id")
        return self._private

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey:
        if key_id != self._key_id or self._public is None:
            raise InvalidSignature("unknown key id")
        return self._public


def sign_request(
    request: HttpMessage,
    key: Ed25519PrivateKey,
    key_id: str,
    body: bytes | None,
    now: datetime | None = None,
) -> None:
    """Sign `request` in place as the spec says: Content-Digest when there is a body, the
    POST or GET components, `created`, `expires` (+300 s), a fresh 192-bit nonce, the key
    id, alg ed25519, label `kontakt`. Every call signs afresh (a new nonce each time)."""
    created = (now or datetime.now(UTC)).replace(microsecond=0)
    signer = HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519, key_resolver=_OneKey(key_id, private=key)
    )
    for name in ("Content-Digest", "Signature", "Signature-Input"):
        request.headers.pop(name, None)
    signer.sign(
        request,
        key_id=key_id,
        created=created,
        expires=created + timedelta(seconds=LIFETIME_S),
        nonce=secrets.token_urlsafe(24),
        label=LABEL,
        covered_component_ids=POST_COMPONENTS if body is not None else GET_COMPONENTS,
        body=body,
    )


@dataclass(frozen=True)
class SignedBy:
    """What a verified request signature says: which key, and its nonce."""

    key_id: str
    nonce: str


class Refusal(Exception):
    """A request the receiver refuses (401): `code` says which check failed."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class _Verifier(HTTPMessageVerifier):
    # the library's own time checks with the spec's tolerance; the spec's exact limits
    # (300 s of age, 30 s ahead) are checked before, in `verify_request`
    max_clock_skew = timedelta(seconds=FUTURE_SKEW_S)


def signature_parameters(headers: Mapping[str, str]) -> dict[str, Any]:
    """The parameters of the `kontakt` signature; Refusal when it is missing or malformed."""
    signature_input = headers.get("Signature-Input")
    if not signature_input or not headers.get("Signature"):
        raise Refusal("missing-signature", "The request has no Signature and Signature-Input.")
    try:
        parsed = http_sf.parse(signature_input.encode("latin-1"), tltype="dictionary")
    except Exception:
        raise Refusal("malformed-signature", "Signature-Input cannot be read.") from None
    if not isinstance(parsed, dict) or LABEL not in parsed:
        raise Refusal("missing-signature", f"The request has no signature labelled {LABEL}.")
    member: Any = parsed[LABEL]
    params: dict[str, Any] = dict(member[1])
    for name, kind in (
        ("keyid", str),
        ("nonce", str),
        ("alg", str),
        ("created", int),
        ("expires", int),
    ):
        if type(params.get(name)) is not kind:
            raise Refusal("malformed-signature", f"The signature has no valid '{name}' parameter.")
    if params["alg"] != "ed25519":
        raise Refusal("malformed-signature", "The signature's algorithm is not ed25519.")
    if len(params["nonce"]) < 22:
        raise Refusal("malformed-signature", "The signature's nonce is shorter than 128 bits.")
    return params


def check_times(params: Mapping[str, Any], now: datetime) -> None:
    """Refusal unless the signature is at most 300 s old, at most 30 s ahead, and its
    `expires` lies after now and at most 300 s after `created`."""
    moment = now.timestamp()
    created, expires = params["created"], params["expires"]
    if created > moment + FUTURE_SKEW_S:
        raise Refusal("signature-in-future", "The signature was created more than 30 s ahead.")
    if moment - created > LIFETIME_S or expires < moment:
        raise Refusal("signature-expired", "The signature is older than 300 s or has expired.")
    if expires - created > LIFETIME_S or expires < created:
        raise Refusal("signature-expired", "The signature's lifetime is longer than 300 s.")


def verify_request(
    request: HttpMessage, public_key: Ed25519PublicKey, key_id: str, body: bytes | None
) -> None:
    """Refusal unless `request` carries a valid `kontakt` signature by `public_key` over the
    spec's components, and (with a body) a signed Content-Digest that matches it."""
    verifier = _Verifier(
        signature_algorithm=algorithms.ED25519, key_resolver=_OneKey(key_id, public=public_key)
    )
    components = POST_COMPONENTS if body is not None else GET_COMPONENTS
    try:
        results = verifier.verify(request, max_age=None, require_components=components)
    except (InvalidSignature, HTTPMessageSignaturesException):
        raise Refusal(
            "bad-signature", "The request signature does not verify over the covered components."
        ) from None
    if body is not None:
        try:
            verifier.verify_body(request, results, body)
        except (InvalidSignature, HTTPMessageSignaturesException, ValueError):
            raise Refusal("digest-mismatch", "Content-Digest does not match the body.") from None
