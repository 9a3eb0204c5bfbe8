"""The signing key: made into the keyring, exported, rotated; no secure keyring said plainly."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from kontakt.core.changes.jwk import jwk_thumbprint, public_key_from_jwk
from kontakt.core.safe_files import FileWriteError
from kontakt.core.texts import untranslated
from kontakt.keys import store
from kontakt.services import signing_keys
from kontakt.services.signing_keys import KeyStoreError
from kontakt.storage.db import Database
from tests.unit.keys.memory import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures


def test_create_keeps_the_private_key_in_the_keyring_only(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    made = signing_keys.create_key(db)
    pem = memory_keyring.passwords[("kontakt", "signing-key")]
    assert pem.startswith("-----BEGIN PRIVATE KEY-----")
    key = store.load_private_key()
    assert key is not None and jwk_thumbprint(key.public_key()) == made.key_id
    assert [k.key_id for k in signing_keys.known_keys(db)] == [made.key_id]
    assert "d" not in made.jwk  # the private member never leaves the keyring


def test_a_second_create_is_refused_and_keeps_the_key(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    made = signing_keys.create_key(db)
    with pytest.raises(KeyStoreError) as refused:
        signing_keys.create_key(db)
    assert refused.value.reason == "key-exists"
    assert made.key_id in refused.value.text(untranslated)
    assert signing_keys.signing_key(db)[1] == made.key_id


def test_export_writes_the_jwk_and_pem_of_the_current_key(
    db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    made = signing_keys.create_key(db)
    out = tmp_path / "out"
    out.mkdir()
    signing_keys.export_key(db, out / "key.jwk", out / "key.pem")
    jwk = json.loads((out / "key.jwk").read_text())
    assert jwk["kid"] == made.key_id and jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519"
    pem_key = load_pem_public_key((out / "key.pem").read_bytes())
    assert pem_key == public_key_from_jwk(jwk)
    assert sorted(p.name for p in out.iterdir()) == ["key.jwk", "key.pem"]  # no leftovers


def test_export_onto_a_folder_is_refused_in_words_and_writes_nothing(
    db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    signing_keys.create_key(db)
    out = tmp_path / "out"
    (out / "key.jwk").mkdir(parents=True)
    with pytest.raises(FileWriteError) as refused:
        signing_keys.export_key(db, out / "key.jwk")
    assert "is not a regular file" in refused.value.message(untranslated)
    assert [p.name for p in out.iterdir()] == ["key.jwk"]


def test_rotation_keeps_the_old_public_key_by_its_key_id(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    first = signing_keys.create_key(db)
    old, new = signing_keys.rotate_key(db)
    assert old is not None and old.key_id == first.key_id
    assert new.key_id != first.key_id
    assert signing_keys.signing_key(db)[1] == new.key_id
    known = {k.key_id: k for k in signing_keys.known_keys(db)}
    assert known[first.key_id].retired_at is not None
    assert known[new.key_id].retired_at is None
    assert signing_keys.public_jwk_of(db, first.key_id) == first.jwk


def test_a_keyring_that_refuses_leaves_the_database_as_it_was(
    db: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = signing_keys.create_key(db)

    def locked(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    with pytest.raises(KeyStoreError) as refused:
        signing_keys.rotate_key(db)
    assert refused.value.reason == "backend-failed"
    assert "locked" in refused.value.text(untranslated)
    assert [(k.key_id, k.retired_at) for k in signing_keys.known_keys(db)] == [(first.key_id, None)]


def test_no_backend_is_said_with_how_to_fix_it(db: Database, no_keyring: None) -> None:
    with pytest.raises(KeyStoreError) as refused:
        signing_keys.create_key(db)
    text = refused.value.text(untranslated)
    assert refused.value.reason == "no-backend"
    assert "keyring.backends.fail.Keyring" in text
    assert "PYTHON_KEYRING_BACKEND" in text and "Secret Service" in text
    assert signing_keys.known_keys(db) == []


def test_a_null_keyring_keeps_nothing_even_when_named(
    monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    keyring.set_keyring(null.Keyring())
    with pytest.raises(KeyStoreError) as refused:
        store.store_private_key(store.new_key())
    assert refused.value.reason == "no-backend"


def test_a_backend_keyring_picked_by_itself_that_is_no_os_store_counts_as_none(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    # as where keyrings.alt is installed: its plaintext file keyring wins on priority
    monkeypatch.setattr(store, "_keyrings_own_pick", lambda: MemoryKeyring)
    with pytest.raises(KeyStoreError) as refused:
        store.store_private_key(store.new_key())
    assert refused.value.reason == "no-backend"
    assert memory_keyring.passwords == {}
    # the same backend named by the user is their choice
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.unit.keys.memory.MemoryKeyring")
    store.store_private_key(store.new_key())
    assert ("kontakt", "signing-key") in memory_keyring.passwords


def test_signing_without_a_key_says_how_to_make_one(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(KeyStoreError) as refused:
        signing_keys.signing_key(db)
    assert refused.value.reason == "no-key"
    assert "kontakt keys create" in refused.value.text(untranslated)


def test_an_unreadable_key_in_the_keyring_is_named(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.passwords[("kontakt", "signing-key")] = "not a key"
    with pytest.raises(KeyStoreError) as refused:
        store.load_private_key()
    assert refused.value.reason == "unreadable-key"
    keyring.set_keyring(fail.Keyring())


def test_a_chain_of_backends_without_an_os_store_counts_as_none(no_keyring: None) -> None:
    keyring.set_keyring(ChainerBackend())  # headless: nothing to chain
    with pytest.raises(KeyStoreError) as refused:
        store.store_private_key(store.new_key())
    assert refused.value.reason == "no-backend"
    assert "ChainerBackend" in refused.value.text(untranslated)
