"""The private key in the OS keyring, and only there.

The key is kept as PKCS #8 PEM under the service "kontakt", user "signing-key"; rotating
replaces it (the public keys of earlier key ids stay in the database, so requests they
approved stay verifiable). A backend counts as secure when it is the platform's own store
(macOS Keychain, Windows Credential Locker, Secret Service, KWallet), when the user named
it in `PYTHON_KEYRING_BACKEND`, or when the program set it (`keyring.set_keyring`). One
that keyring picked by itself and that is not an OS store (the plaintext file of
keyrings.alt) counts as none: Kontakt then says so, and keeps no key anywhere else.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

import keyring
import keyring.backend
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError

from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

SERVICE: Final = "kontakt"
USERNAME: Final = "signing-key"
ENV: Final = "PYTHON_KEYRING_BACKEND"

OS_STORES: Final = (
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
)
NO_STORES: Final = ("keyring.backends.fail", "keyring.backends.null")
"""Backends that keep nothing, even when named."""

MESSAGES: Final[Mapping[str, str]] = {
    "no-backend": QT_TRANSLATE_NOOP(
        "KeyStore",
        "No secure keyring is available to keep your private key (the keyring backend is "
        "{backend}). Kontakt keeps the key only in your system's keyring. On Linux, install "
        "and unlock GNOME Keyring or KWallet (the Secret Service); on Windows and macOS the "
        "system's own keyring is used. To use another keyring on purpose, name its backend "
        "in the environment variable PYTHON_KEYRING_BACKEND.",
    ),
    "backend-failed": QT_TRANSLATE_NOOP(
        "KeyStore",
        "The keyring ({backend}) did not answer: {detail}. Unlock it (or start it) and try again.",
    ),
    "no-key": QT_TRANSLATE_NOOP(
        "KeyStore",
        "You have no signing key yet. Make one with Kontakt (kontakt keys create) and "
        "register its public key with IKTNH.",
    ),
    "unreadable-key": QT_TRANSLATE_NOOP(
        "KeyStore",
        "The signing key in the keyring ({backend}) is not an Ed25519 private key. Make a "
        "new one (kontakt keys rotate) and register it with IKTNH.",
    ),
    "key-exists": QT_TRANSLATE_NOOP(
        "KeyStore",
        "You have a signing key already (key id {key_id}). To replace it, rotate it "
        "(kontakt keys rotate).",
    ),
}


class KeyStoreError(Exception):
    """The key cannot be kept or found; `reason` is a key of `MESSAGES`."""

    def __init__(self, reason: str, **params: str) -> None:
        super().__init__(reason, params)
        self.reason = reason
        self.params = params

    def text(self, translate: Translate) -> str:
        """What went wrong and how to fix it, in the user's language."""
        return render(translate, "KeyStore", MESSAGES[self.reason], self.params)


def _module(backend: object) -> str:
    return type(backend).__module__


def _is_os_store(backend: object) -> bool:
    return _module(backend).startswith(OS_STORES)


def _name(backend: object) -> str:
    return f"{_module(backend)}.{type(backend).__name__}"


def _keyrings_own_pick() -> type | None:
    """The class keyring chooses when nobody names one (highest priority that works)."""
    viable = list(keyring.backend.get_all_keyring())
    if not viable:
        return None
    return type(max(viable, key=keyring.backend.by_priority))


def secure_backend() -> keyring.backend.KeyringBackend:
    """The keyring backend to keep the key in; `KeyStoreError("no-backend")` when there
    is no secure one."""
    current = keyring.get_keyring()
    if _module(current).startswith(NO_STORES):
        raise KeyStoreError("no-backend", backend=_name(current))
    if isinstance(current, ChainerBackend):
        # keyring would fall through to whatever works; Kontakt takes the OS store only
        stores: list[keyring.backend.KeyringBackend] = [
            b for b in current.backends if _is_os_store(b)
        ]
        if not stores:
            raise KeyStoreError("no-backend", backend=_name(current))
        return stores[0]
    if _is_os_store(current) or os.environ.get(ENV):
        return current
    if type(current) is _keyrings_own_pick():
        raise KeyStoreError("no-backend", backend=_name(current))
    return current  # set by the program itself (keyring.set_keyring)


def new_key() -> Ed25519PrivateKey:
    """A fresh Ed25519 private key."""
    return Ed25519PrivateKey.generate()


def load_private_key() -> Ed25519PrivateKey | None:
    """The current private key from the keyring; None when none is kept there."""
    backend = secure_backend()
    try:
        pem = backend.get_password(SERVICE, USERNAME)
    except KeyringError as exc:
        raise KeyStoreError("backend-failed", backend=_name(backend), detail=str(exc)) from exc
    if not pem:
        return None
    try:
        key = load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError):
        raise KeyStoreError("unreadable-key", backend=_name(backend)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyStoreError("unreadable-key", backend=_name(backend))
    return key


def store_private_key(key: Ed25519PrivateKey) -> None:
    """Keep `key` in the keyring as the current key (replacing any earlier one)."""
    backend = secure_backend()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii")
    try:
        backend.set_password(SERVICE, USERNAME, pem)
    except KeyringError as exc:
        raise KeyStoreError("backend-failed", backend=_name(backend), detail=str(exc)) from exc


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    """The public key as PEM (SubjectPublicKeyInfo)."""
    return public_key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
