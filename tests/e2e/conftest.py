"""End-to-end set-up: a reference receiver on loopback, a signing key registered for the
demo municipality, and the key in an in-memory keyring."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kontakt.core.changes.jwk import jwk_thumbprint
from kontakt.keys import store
from tests.e2e.support import (
    KOMMUNE,
    MemoryKeyring,
    Running,
    private_pem,
    receiving,
    write_key_set,
)

# the server's request lines would fill the test output
logging.getLogger("werkzeug").setLevel(logging.WARNING)


@pytest.fixture(scope="session")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="session")
def key_id(key: Ed25519PrivateKey) -> str:
    return jwk_thumbprint(key.public_key())


@pytest.fixture
def other_key() -> Ed25519PrivateKey:
    """A key registered for another municipality (4631)."""
    return Ed25519PrivateKey.generate()


@pytest.fixture
def running(
    tmp_path: Path, key: Ed25519PrivateKey, other_key: Ed25519PrivateKey
) -> Iterator[Running]:
    """The reference receiver on 127.0.0.1, a free port, in this process."""
    keys_file = write_key_set(tmp_path / "keys.json", (key, KOMMUNE), (other_key, "4631"))
    with receiving(keys_file, tmp_path / "receiver") as served:
        yield served


@pytest.fixture
def keyring_with_key(
    key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """The signing key in an in-memory keyring, as `kontakt keys create` leaves it."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    backend.set_password(store.SERVICE, store.USERNAME, private_pem(key))
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
