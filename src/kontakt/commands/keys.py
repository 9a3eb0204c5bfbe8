"""`kontakt keys create|show|export|rotate`: the ICT contact's signing key.

The private key stays in the OS keyring; these commands make it, show and export its
public half (JWK with its RFC 7638 thumbprint as key id, and PEM) for registration with
IKTNH, and rotate it. Exit codes: 0 done, 2 it cannot be done (no secure keyring, no key,
a file that cannot be written, the database); a message says why and how to fix it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext

if TYPE_CHECKING:
    from kontakt.services.database import Database
    from kontakt.services.signing_keys import KeyInfo


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `keys` and its actions to the `kontakt` parser."""
    translate = ctx.translate
    keys = subparsers.add_parser(
        "keys", help=translate("KeysCommand", "your signing key: make, show, export, rotate")
    )
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help=translate("KeysCommand", "make your key pair (the private key goes into the keyring)"),
    )
    create.set_defaults(handler=_create)
    show = actions.add_parser(
        "show", help=translate("KeysCommand", "show your public key and the earlier ones")
    )
    show.add_argument("--json", action="store_true", help=translate("KeysCommand", "write JSON"))
    show.set_defaults(handler=_show)
    export = actions.add_parser(
        "export", help=translate("KeysCommand", "write your public key for registration with IKTNH")
    )
    export.add_argument(
        "--jwk",
        metavar="PATH",
        required=True,
        type=Path,
        help=translate("KeysCommand", "the JWK file to write"),
    )
    export.add_argument(
        "--pem", metavar="PATH", type=Path, help=translate("KeysCommand", "a PEM file to write too")
    )
    export.set_defaults(handler=_export)
    rotate = actions.add_parser(
        "rotate",
        help=translate(
            "KeysCommand",
            "replace your key with a new one (what the old one signed stays verifiable)",
        ),
    )
    rotate.set_defaults(handler=_rotate)


def _with_keys(ctx: CommandContext, work: Callable[[Database], int]) -> int:
    """Run `work` on the database; key-store, file and database errors become messages."""
    from kontakt.core.safe_files import FileWriteError
    from kontakt.services import startup
    from kontakt.services.database import StorageError, error_text
    from kontakt.services.signing_keys import KeyStoreError

    try:
        db = startup.open_for_use(ctx.db_url, load_demo=False, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        return work(db)
    except KeyStoreError as exc:
        ctx.err(exc.text(ctx.translate))
        return EXIT_UNUSABLE_INPUT
    except FileWriteError as exc:
        ctx.err(exc.message(ctx.translate))
        return EXIT_UNUSABLE_INPUT
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    finally:
        db.dispose()


def _describe(ctx: CommandContext, info: KeyInfo) -> None:
    ctx.out(ctx.translate("KeysCommand", "Key id: {key_id}").format(key_id=info.key_id))
    ctx.out(json.dumps(info.jwk, indent=2))
    ctx.out(info.pem.rstrip("\n"))


def _create(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.services import signing_keys

    def work(db: Database) -> int:
        info = signing_keys.create_key(db)
        ctx.out(
            ctx.translate(
                "KeysCommand",
                "Your key pair is made; the private key is in your keyring. Register the "
                "public key with IKTNH (kontakt keys export --jwk FILE).",
            )
        )
        _describe(ctx, info)
        return EXIT_OK

    return _with_keys(ctx, work)


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.services import signing_keys

    def work(db: Database) -> int:
        current = signing_keys.current_key(db)
        known = signing_keys.known_keys(db)
        if args.json:
            ctx.out(
                json.dumps(
                    {
                        "current": None if current is None else current.key_id,
                        "keys": [
                            {
                                "key_id": k.key_id,
                                "jwk": k.jwk,
                                "created_at": k.created_at.isoformat(),
                                "retired_at": k.retired_at.isoformat() if k.retired_at else None,
                            }
                            for k in known
                        ],
                    },
                    indent=2,
                )
            )
            return EXIT_OK
        if current is None:
            ctx.out(
                ctx.translate("KeysCommand", "You have no signing key yet (kontakt keys create).")
            )
        else:
            _describe(ctx, current)
        retired = [k for k in known if k.retired_at is not None]
        if retired:
            ctx.out(ctx.translate("KeysCommand", "Earlier keys (kept to verify what they signed):"))
            for k in retired:
                ctx.out(f"  {k.key_id}")
        return EXIT_OK

    return _with_keys(ctx, work)


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.services import signing_keys

    def work(db: Database) -> int:
        info = signing_keys.export_key(db, args.jwk, args.pem)
        ctx.out(
            ctx.translate("KeysCommand", "Wrote the public key {key_id} to {files}.").format(
                key_id=info.key_id,
                files=", ".join(str(p) for p in (args.jwk, args.pem) if p is not None),
            )
        )
        return EXIT_OK

    return _with_keys(ctx, work)


def _rotate(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.services import signing_keys

    def work(db: Database) -> int:
        old, new = signing_keys.rotate_key(db)
        if old is not None:
            ctx.out(
                ctx.translate(
                    "KeysCommand",
                    "The key {key_id} is retired; its public key is kept so that what it "
                    "signed stays verifiable.",
                ).format(key_id=old.key_id)
            )
        ctx.out(
            ctx.translate(
                "KeysCommand",
                "Your new key is in your keyring. Register its public key with IKTNH "
                "(kontakt keys export --jwk FILE) before you approve with it.",
            )
        )
        _describe(ctx, new)
        return EXIT_OK

    return _with_keys(ctx, work)
