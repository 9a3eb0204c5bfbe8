"""Approving a draft: what is signed is what was shown, stored byte for byte, verifiable
by its key id after a rotation; an approved request refuses edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rfc8785
from sqlalchemy import select

from kontakt.core.changes.approval import verify_body
from kontakt.core.changes.jwk import b64url_decode, public_key_from_jwk
from kontakt.core.changes.states import State
from kontakt.core.texts import untranslated
from kontakt.resources import resource_path
from kontakt.services import changes_approval as changes
from kontakt.services import signing_keys
from kontakt.services.changes_approval import ChangeError
from kontakt.services.signing_keys import KeyStoreError
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Municipality
from tests.unit.keys.memory import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")


def changed_pattern(tmp_path: Path) -> Path:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][1]["label"] = "Heimetenesta (ny)"
    path = tmp_path / "ny.ringpattern.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def stored(db: Database, number: int) -> ChangeRequest:
    with db.session() as session:
        row = session.get(ChangeRequest, number)
        assert row is not None
        return row


def test_a_pattern_draft_holds_the_document_and_its_diff_against_the_baseline(
    demo_db: Database, tmp_path: Path
) -> None:
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    change = changes.detail(demo_db, number).change
    assert change["kind"] == "ring-pattern" and change["kommune"] == "9999"
    assert set(change) == {"kind", "kommune", "created_at", "summary", "payload"}
    assert change["payload"]["document"]["entries"][1]["label"] == "Heimetenesta (ny)"
    assert change["payload"]["diff"]["changed"]["entries"] == {
        "+4756100500": {"label": {"old": "Heimetenesta", "new": "Heimetenesta (ny)"}}
    }
    assert changes.detail(demo_db, number).row.state == State.DRAFT


def test_approve_signs_what_was_shown_and_stores_those_bytes(
    demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    key = signing_keys.create_key(demo_db)
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    shown = changes.to_sign(demo_db, number)
    assert shown.key_id == key.key_id
    assert shown.signer.email == "ikt-kontakt@demo.kommune.no"
    approved = changes.approve(demo_db, number, shown.canonical)
    row = stored(demo_db, number)
    assert row.state == "queued" and approved.row.state == State.QUEUED
    assert row.signed_change == shown.canonical == rfc8785.dumps(row.change)
    assert row.body is not None and json.loads(row.body)["change"] == row.change
    assert row.approval is not None
    signature = b64url_decode(row.approval["signature"])
    public = signing_keys.public_jwk_of(demo_db, key.key_id)
    assert public is not None
    public_key_from_jwk(public).verify(signature, row.signed_change)
    assert verify_body(row.body, public) == row.change
    assert approved.verified is True


def test_after_rotation_the_old_approval_still_verifies_by_its_key_id(
    demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    signing_keys.create_key(demo_db)
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    changes.approve(demo_db, number, changes.to_sign(demo_db, number).canonical)
    signing_keys.rotate_key(demo_db)
    assert changes.detail(demo_db, number).verified is True


def test_an_approved_change_refuses_edits_and_a_new_draft_is_made_instead(
    demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    signing_keys.create_key(demo_db)
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    changes.edit_draft(demo_db, number, lambda payload: payload, "Ny tekst, retta")
    assert changes.detail(demo_db, number).change["summary"] == "Ny tekst, retta"
    changes.approve(demo_db, number, changes.to_sign(demo_db, number).canonical)
    before = stored(demo_db, number)
    with pytest.raises(ChangeError) as refused:
        changes.edit_draft(demo_db, number, lambda payload: {}, "Anna")
    assert refused.value.reason == "not-draft"
    assert "Make a new request" in refused.value.text(untranslated)
    with pytest.raises(ChangeError):
        changes.approve(demo_db, number, before.signed_change or b"")
    after = stored(demo_db, number)
    assert (after.change, after.body, after.approval) == (
        before.change,
        before.body,
        before.approval,
    )
    copy = changes.new_draft_from(demo_db, number)
    made = stored(demo_db, copy)
    assert made.state == "draft" and made.change["payload"] == before.change["payload"]
    assert made.idempotency_key != before.idempotency_key and made.body is None


def test_a_change_made_after_it_was_shown_is_not_signed(
    demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    signing_keys.create_key(demo_db)
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    shown = changes.to_sign(demo_db, number)
    changes.edit_draft(demo_db, number, lambda payload: {**payload, "diff": {}})
    with pytest.raises(ChangeError) as refused:
        changes.approve(demo_db, number, shown.canonical)
    assert refused.value.reason == "changed"
    assert stored(demo_db, number).state == "draft" and stored(demo_db, number).body is None


def test_approval_needs_the_signer_and_a_key(
    demo_db: Database, no_keyring: None, tmp_path: Path
) -> None:
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    with pytest.raises(KeyStoreError) as no_backend:
        changes.to_sign(demo_db, number)
    assert no_backend.value.reason == "no-backend"
    with demo_db.transaction() as session:
        for row in session.scalars(select(Municipality)):
            row.contact_phone = ""
    with pytest.raises(ChangeError) as no_signer:
        changes.to_sign(demo_db, number)
    assert no_signer.value.reason == "no-signer" and "phone" in no_signer.value.params["missing"]


def test_a_pattern_without_a_baseline_or_with_errors_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["id"] = "anna-moenster"
    other = tmp_path / "anna.ringpattern.json"
    other.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ChangeError) as no_baseline:
        changes.draft_pattern_change(demo_db, other, untranslated)
    assert no_baseline.value.reason == "no-baseline"
    assert "anna-moenster" in no_baseline.value.text(untranslated)
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][0]["start"] = "finst-ikkje"
    broken = tmp_path / "feil.ringpattern.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ChangeError) as errors:
        changes.draft_pattern_change(demo_db, broken, untranslated)
    assert errors.value.reason == "pattern-errors"
    assert changes.requests(demo_db) == []


def test_a_body_changed_in_the_database_no_longer_verifies(
    demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    signing_keys.create_key(demo_db)
    number = changes.draft_pattern_change(
        demo_db, changed_pattern(tmp_path), untranslated, "Ny tekst"
    )
    changes.approve(demo_db, number, changes.to_sign(demo_db, number).canonical)
    with demo_db.transaction() as session:
        row = session.get_one(ChangeRequest, number)
        assert row.body is not None
        row.body = row.body.replace(b"Heimetenesta (ny)", b"Heimetenesta (NY)")
    assert changes.detail(demo_db, number).verified is False
