"""`kontakt change pattern FILE [--approve]`: a ring-pattern change request from a document.

The request holds the document and its diff against the municipality's current set-up
(the baseline version in the database). With `--approve` it is approved with your key at
once and put in the outbox (`kontakt outbox send` delivers it): giving `--approve` is the
confirmation, and the command prints what was signed in words and its SHA-256. Exit codes:
0 done, 2 it cannot be done (the file, the pattern's errors, no baseline, no key, the
database); a message says why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `change pattern` to the `kontakt` parser."""
    translate = ctx.translate
    change = subparsers.add_parser(
        "change", help=translate("ChangeCommand", "make and approve change requests for IKTNH")
    )
    actions = change.add_subparsers(dest="change_command", metavar="KIND", required=True)
    pattern = actions.add_parser(
        "pattern",
        help=translate(
            "ChangeCommand", "a ring-pattern change from a document, against the current set-up"
        ),
    )
    pattern.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("ChangeCommand", "the new ring pattern (.ringpattern.json)"),
    )
    pattern.add_argument(
        "--approve",
        action="store_true",
        help=translate(
            "ChangeCommand", "approve and sign it with your key, and put it in the outbox"
        ),
    )
    pattern.add_argument(
        "--summary",
        metavar="TEXT",
        help=translate("ChangeCommand", "what IKTNH reads first (default: the pattern's name)"),
    )
    pattern.add_argument(
        "--json", action="store_true", help=translate("ChangeCommand", "write JSON")
    )
    pattern.set_defaults(handler=_pattern)


def _pattern(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.changes.words import state_name
    from kontakt.core.ringpattern import PatternError
    from kontakt.core.ringpattern.diff_text import diff_lines
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.services import changes_approval as changes
    from kontakt.services import startup
    from kontakt.services.database import StorageError, error_text
    from kontakt.services.signing_keys import KeyStoreError

    translate = ctx.translate
    try:
        db = startup.open_for_use(ctx.db_url, load_demo=False, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        if args.approve:
            changes.check_can_approve(db)  # before anything is stored
        number = changes.draft_pattern_change(db, args.file, translate, args.summary)
        if args.approve:
            detail = changes.approve(db, number, changes.to_sign(db, number).canonical)
        else:
            detail = changes.detail(db, number)
    except PatternError as exc:
        ctx.err(error_message(exc, translate))
        return EXIT_UNUSABLE_INPUT
    except (changes.ChangeError, KeyStoreError) as exc:
        ctx.err(exc.text(translate))
        return EXIT_UNUSABLE_INPUT
    except StorageError as exc:
        ctx.err(error_text(translate, exc))
        return EXIT_UNUSABLE_INPUT
    finally:
        db.dispose()
    row = detail.row
    digest = (
        hashlib.sha256(detail.signed_text.encode("utf-8")).hexdigest()
        if detail.signed_text is not None
        else None
    )
    if args.json:
        ctx.out(
            json.dumps(
                {
                    "id": row.number,
                    "kind": row.kind,
                    "state": row.state,
                    "idempotency_key": row.idempotency_key,
                    "summary": row.summary,
                    "key_id": detail.approval["key_id"] if detail.approval else None,
                    "signed_sha256": digest,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    ctx.out(
        translate("ChangeCommand", "Change request {number}: {summary} ({state}).").format(
            number=row.number, summary=row.summary, state=state_name(row.state, translate)
        )
    )
    if detail.pattern_diff is not None:
        for line in diff_lines(detail.pattern_diff, translate):
            ctx.out(f"  {line}")
    if detail.approval is not None:
        ctx.out(
            translate(
                "ChangeCommand",
                "Approved with the key {key_id}; SHA-256 of what was signed: {digest}.",
            ).format(key_id=detail.approval["key_id"], digest=digest)
        )
    return EXIT_OK
