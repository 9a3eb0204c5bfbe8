"""The ICT contact's signing key: made, shown, exported for registration, rotated.

The private key is in the OS keyring (`kontakt.keys.store`); the database keeps the public
key of every key id the contact has signed with, so an approval stays verifiable by its
key id after the key is rotated. The keyring's key is the current one: a key found there
that the database does not know yet is recorded on first use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kontakt.core.changes.jwk import jwk_thumbprint, public_jwk
from kontakt.core.safe_files import replacing_text
from kontakt.keys import store
from kontakt.keys.store import KeyStoreError as KeyStoreError
from kontakt.storage.db import Database
from kontakt.storage.models import SigningKey
from kontakt.storage.types import utc_now


@dataclass(frozen=True)
class KeyInfo:
    """A public key as the user registers it: key id, JWK and PEM."""

    key_id: str
    jwk: dict[str, Any]
    pem: str
    created_at: datetime
    retired_at: datetime | None = None


def _info(row: SigningKey, pem: str = "") -> KeyInfo:
    return KeyInfo(row.key_id, dict(row.public_jwk), pem, row.created_at, row.retired_at)


def _row(session: Session, key_id: str) -> SigningKey | None:
    return session.scalars(select(SigningKey).where(SigningKey.key_id == key_id)).first()


def _recorded(session: Session, key: Ed25519PrivateKey) -> SigningKey:
    """The database's row of `key` (made when missing), as the current key."""
    public = key.public_key()
    row = _row(session, jwk_thumbprint(public))
    if row is None:
        row = SigningKey(key_id=jwk_thumbprint(public), public_jwk=public_jwk(public))
        session.add(row)
        session.flush()
    return row


def _pem(key: Ed25519PrivateKey) -> str:
    return store.public_pem(key.public_key()).decode("ascii")


def signing_key(db: Database) -> tuple[Ed25519PrivateKey, str]:
    """The current private key and its key id; `KeyStoreError` ("no-backend", "no-key",
    ...) when there is none to sign with."""
    key = store.load_private_key()
    if key is None:
        raise KeyStoreError("no-key")
    with db.transaction() as session:
        return key, _recorded(session, key).key_id


def current_key(db: Database) -> KeyInfo | None:
    """The current public key, or None when the contact has no key yet."""
    key = store.load_private_key()
    if key is None:
        return None
    with db.transaction() as session:
        return _info(_recorded(session, key), _pem(key))


def create_key(db: Database) -> KeyInfo:
    """Make the contact's first key pair; `KeyStoreError("key-exists")` when there is one."""
    existing = store.load_private_key()
    if existing is not None:
        raise KeyStoreError("key-exists", key_id=jwk_thumbprint(existing.public_key()))
    return _replace(db, None)


def rotate_key(db: Database) -> tuple[KeyInfo | None, KeyInfo]:
    """A new key pair in place of the current one (retired, its public key kept): the old
    key's info (None when there was none) and the new one's."""
    old = store.load_private_key()
    return (None if old is None else current_key(db)), _replace(db, old)


def _replace(db: Database, old: Ed25519PrivateKey | None) -> KeyInfo:
    new = store.new_key()
    now = utc_now()
    with db.transaction() as session:
        if old is not None:
            _recorded(session, old).retired_at = now
        row = _recorded(session, new)
        info = _info(row, _pem(new))
        # last, inside the transaction: a keyring that refuses leaves the database as it was
        store.store_private_key(new)
    return info


def known_keys(db: Database) -> list[KeyInfo]:
    """Every public key the contact has had, oldest first."""
    with db.session() as session:
        rows = session.scalars(select(SigningKey).order_by(SigningKey.id)).all()
        return [_info(row) for row in rows]


def public_jwk_of(db: Database, key_id: str) -> dict[str, Any] | None:
    """The public JWK of `key_id` (current or retired), or None when it is not known."""
    with db.session() as session:
        row = _row(session, key_id)
        return None if row is None else dict(row.public_jwk)


def export_key(db: Database, jwk_path: Path, pem_path: Path | None = None) -> KeyInfo:
    """Write the current public key as a JWK (and PEM) for registration with IKTNH, each
    whole or not at all; `FileWriteError` names the file and the reason."""
    info = current_key(db)
    if info is None:
        raise KeyStoreError("no-key")
    with replacing_text(jwk_path, encoding="ascii") as out:
        out.write(json.dumps(info.jwk, indent=2) + "\n")
    if pem_path is not None:
        with replacing_text(pem_path, encoding="ascii") as out:
            out.write(info.pem)
    return info
