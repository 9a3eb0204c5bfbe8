"""Stored versions of a pattern as the editor's versions panel uses them: ordering a draft
makes a change request linked to it and freezes it; a new version is a deliberate step;
what cannot be ordered says why, naming the pattern."""

from __future__ import annotations

import pytest

from kontakt.core.ringpattern import NodeType
from kontakt.core.ringpattern import edit as edits
from kontakt.core.texts import untranslated
from kontakt.services import changes_approval
from kontakt.services import patterns as service
from kontakt.services.changes_approval import ChangeError
from kontakt.storage.db import Database

KEY = "demo-sentralbord"


def test_ordering_a_draft_links_the_request_and_the_next_save_is_a_new_draft(
    demo_db: Database,
) -> None:
    baseline = service.open_stored(demo_db, KEY)
    changed = edits.rename(baseline.pattern, "byggesak", "Plan og bygg")
    draft = service.save_draft(demo_db, KEY, changed, None)
    number = changes_approval.order_version(demo_db, KEY, draft, untranslated)
    detail = changes_approval.detail(demo_db, number)
    assert detail.row.kind == "ring-pattern" and detail.row.is_draft
    assert detail.change["payload"]["document"]["nodes"]
    assert "Plan og bygg" in str(detail.change["payload"]["diff"])
    rows = service.versions(demo_db, KEY)
    assert [(r.number, r.status, r.request) for r in rows] == [
        (draft, "submitted", (number, "draft")),
        (baseline.version, "baseline", None),
    ]
    # Deleting the request and undoing that keeps the link.
    changes_approval.restore_draft(demo_db, changes_approval.delete_draft(demo_db, number))
    assert service.versions(demo_db, KEY)[0].request == (number, "draft")
    # The ordered version is not updated by a save: that makes a new draft.
    again = service.save_draft(demo_db, KEY, changed, draft)
    assert again == draft + 1
    assert service.new_version(demo_db, KEY, changed) == draft + 2
    assert service.version_pattern(demo_db, KEY, draft) == changed


def test_what_cannot_be_ordered_says_why_naming_the_pattern(demo_db: Database) -> None:
    baseline = service.open_stored(demo_db, KEY)
    same = service.save_draft(demo_db, KEY, baseline.pattern, None)
    with pytest.raises(ChangeError) as unchanged:
        changes_approval.order_version(demo_db, KEY, same, untranslated)
    assert unchanged.value.reason == "no-change"
    assert baseline.pattern.name in unchanged.value.text(untranslated)
    empty = edits.add_node(baseline.pattern, edits.new_node(NodeType.GROUP, "tom"), (0, 0))
    broken = edits.connect(empty, "hovudmeny", "2", "tom")  # a group no phone rings in
    with pytest.raises(ChangeError) as errors:
        changes_approval.order_version(
            demo_db, KEY, service.new_version(demo_db, KEY, broken), untranslated
        )
    assert errors.value.reason == "pattern-errors"
    assert changes_approval.requests(demo_db) == []
    with pytest.raises(LookupError):
        changes_approval.order_version(demo_db, KEY, 99, untranslated)
