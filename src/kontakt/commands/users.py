"""`kontakt users add|list` and `kontakt pattern versions`: the team on one database.

The acting user is the operating-system user; the services decide what they may do, and a
refusal (not set up, a reader changing) is said in words with exit code 2.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext, with_database
from kontakt.core.ringpattern.messages import moment_text
from kontakt.core.roles import ROLES

if TYPE_CHECKING:
    from kontakt.services.database import Database

EXIT_CONFLICT = 3
"""Someone else saved in between: the file was kept as a new draft."""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `users` and its actions to the `kontakt` parser."""
    translate = ctx.translate
    users = subparsers.add_parser(
        "users", help=translate("UsersCommand", "who may work on which municipality, as what")
    )
    actions = users.add_subparsers(
        dest="users_command", metavar=translate("UsersCommand", "ACTION"), required=True
    )
    add = actions.add_parser(
        "add",
        help=translate(
            "UsersCommand", "set a user up for a municipality (only its ICT contact may)"
        ),
    )
    add.add_argument(
        "name",
        metavar=translate("UsersCommand", "NAME"),
        help=translate("UsersCommand", "the user's login name on their computer"),
    )
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--kommune",
        dest="user_kommune",
        metavar="NNNN",
        help=translate("UsersCommand", "the municipality (default: the one in use)"),
    )
    add.set_defaults(handler=_add)
    listing = actions.add_parser(
        "list", help=translate("UsersCommand", "the users of the municipalities you may read")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("UsersCommand", "write JSON")
    )
    listing.set_defaults(handler=_list)


def register_pattern_versions(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `pattern versions ID` to the `pattern` command."""
    translate = ctx.translate
    versions = actions.add_parser(
        "versions",
        help=translate("UsersCommand", "the stored versions of a ring pattern: who saved when"),
    )
    versions.add_argument(
        "key", metavar="ID", help=translate("UsersCommand", "the ring pattern's id")
    )
    versions.add_argument(
        "--json", action="store_true", help=translate("UsersCommand", "write JSON")
    )
    versions.set_defaults(handler=_versions)


def _with_database(ctx: CommandContext, work: Callable[[Database], int]) -> int:
    no_municipality = ctx.translate("UsersCommand", "There is no municipality in the database.")
    return with_database(ctx, work, no_municipality)


def _add(args: argparse.Namespace, ctx: CommandContext) -> int:
    def work(db: Database) -> int:
        from kontakt.services import users

        row = users.add(db, args.name, args.role, args.user_kommune)
        ctx.out(
            ctx.translate("UsersCommand", "{user} is {role} for municipality {number}.").format(
                user=row.login, role=row.role, number=row.municipality
            )
        )
        return EXIT_OK

    return _with_database(ctx, work)


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    def work(db: Database) -> int:
        from kontakt.services import users

        rows = users.listed(db)
        if args.json:
            value = [
                {
                    "login": row.login,
                    "kommune": row.municipality,
                    "role": row.role,
                    "added_by": row.added_by,
                    "added_at": row.added_at.isoformat(timespec="seconds"),
                }
                for row in rows
            ]
            ctx.out(json.dumps(value, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                ctx.out(f"{row.municipality}  {row.login}  {row.role}")
        return EXIT_OK

    return _with_database(ctx, work)


def _versions(args: argparse.Namespace, ctx: CommandContext) -> int:
    def work(db: Database) -> int:
        from kontakt.services import patterns

        try:
            rows = patterns.versions(db, args.key)[::-1]  # oldest first, as a history reads
        except LookupError:
            ctx.err(
                ctx.translate("UsersCommand", "There is no ring pattern {key}.").format(
                    key=args.key
                )
            )
            return EXIT_UNUSABLE_INPUT
        if args.json:
            value = [
                {
                    "number": row.number,
                    "status": row.status,
                    "saved_by": row.saved_by,
                    "saved_at": row.saved_at.isoformat(timespec="seconds"),
                    "note": row.note,
                }
                for row in rows
            ]
            ctx.out(json.dumps(value, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                when = moment_text(row.saved_at.astimezone(), ctx.translate)
                ctx.out(f"{row.number:>4}  {row.status:<10}  {when}  {row.saved_by}")
        return EXIT_OK

    return _with_database(ctx, work)


def conflict_text(ctx: CommandContext, conflict: object) -> str:
    """What a refused save says: who saved in between, when, and where the work is."""
    from kontakt.services.patterns import SaveConflict

    assert isinstance(conflict, SaveConflict)
    when = moment_text(conflict.at.astimezone(), ctx.translate) if conflict.at else "?"
    return ctx.translate(
        "UsersCommand",
        "{by} saved version {newest} of {key} at {when}, after the version you started "
        "from. Nothing was saved over it: your file is kept as the new draft version "
        "{kept}.",
    ).format(
        by=conflict.by, newest=conflict.newest, key=conflict.key, when=when, kept=conflict.kept_as
    )
