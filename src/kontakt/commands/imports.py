"""`kontakt import directory|pattern`: IKTNH's number register and ring patterns into the
database, as the window's import does (one service, `services.imports`).

Each prints what was read and stored. Exit codes: 0 imported, 1 imported but some register
rows were left out (each is listed), 2 the file cannot be used or there is no municipality
to import for (nothing was changed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNUSABLE_INPUT,
    CommandContext,
    with_database,
)

if TYPE_CHECKING:
    from kontakt.services.database import Database


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `import` and its two kinds to the `kontakt` parser."""
    translate = ctx.translate
    parser = subparsers.add_parser(
        "import",
        help=translate(
            "ImportCommand",
            "import the number register or a ring pattern into the database, replacing "
            "what is stored",
        ),
    )
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    directory = kinds.add_parser(
        "directory",
        help=translate("ImportCommand", "IKTNH's number register (CSV or XLSX)"),
    )
    directory.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("ImportCommand", "the number register file (CSV or XLSX)"),
    )
    directory.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("ImportCommand", "the sheet of an XLSX file (default: the first)"),
    )
    directory.add_argument(
        "--profile",
        metavar="NAME",
        help=translate("ImportCommand", "use the saved column mapping NAME"),
    )
    directory.add_argument(
        "--map",
        metavar="FIELD=HEADER",
        action="append",
        default=[],
        help=translate(
            "ImportCommand",
            "read FIELD (number, type, employee_id, name, site) from the column HEADER "
            "(repeatable; FIELD= leaves the field out)",
        ),
    )
    directory.set_defaults(handler=_import_directory)
    pattern = kinds.add_parser(
        "pattern", help=translate("ImportCommand", "a ring-pattern document (JSON)")
    )
    pattern.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("ImportCommand", "ring-pattern file (.ringpattern.json)"),
    )
    pattern.add_argument(
        "--based-on",
        type=int,
        metavar="N",
        help=translate(
            "ImportCommand",
            "save only while version N is still the newest; otherwise keep the file as a "
            "new draft and exit with 3",
        ),
    )
    pattern.set_defaults(handler=_import_pattern)


def _with_database(ctx: CommandContext, work: Callable[[Database], int]) -> int:
    """Run `work` on the database (`--db`, else the user's); every refusal in words."""
    from kontakt.core.contacts.errors import ContactInputError
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import error_message

    def reading(db: Database) -> int:
        try:
            return work(db)
        except ContactInputError as exc:
            ctx.err(exc.message(ctx.translate))
            refused = getattr(exc, "refused", None)
            if refused:
                from kontakt.services.imports import refusal_text

                for row in refused:
                    ctx.err(f"  {refusal_text(row, ctx.translate)}")
        except PatternError as exc:
            ctx.err(error_message(exc, ctx.translate))
        return EXIT_UNUSABLE_INPUT

    no_municipality = ctx.translate(
        "ImportCommand",
        "There is no municipality in the database to import for. Set it up in the "
        "window (File ▸ Settings) first.",
    )
    return with_database(ctx, reading, no_municipality)


def _import_directory(args: argparse.Namespace, ctx: CommandContext) -> int:
    def work(db: Database) -> int:
        from kontakt.core.contacts.mapping import DIRECTORY_FIELDS
        from kontakt.core.tables.mapping import parse_map_options
        from kontakt.services import imports

        overrides = parse_map_options(args.map, DIRECTORY_FIELDS)
        profile = None
        if args.profile is not None:
            saved = {p.name: p for p in imports.register_profiles(db)}
            profile = saved.get(args.profile)
            if profile is None:
                ctx.err(
                    ctx.translate(
                        "ImportCommand",
                        'There is no saved column mapping "{name}" for number registers; '
                        "the saved ones are: {names}",
                    ).format(name=args.profile, names=", ".join(saved) or "–")
                )
                return EXIT_UNUSABLE_INPUT
        result = imports.import_register(
            db, args.file, sheet=args.sheet, profile=profile, overrides=overrides
        )
        for line in imports.register_report(result, ctx.translate):
            ctx.out(line)
        return EXIT_FINDINGS if result.refused else EXIT_OK

    return _with_database(ctx, work)


def _import_pattern(args: argparse.Namespace, ctx: CommandContext) -> int:
    def work(db: Database) -> int:
        from kontakt.commands.users import EXIT_CONFLICT, conflict_text
        from kontakt.services import imports
        from kontakt.services.patterns import SaveConflict

        try:
            result = imports.import_pattern(db, args.file, args.based_on)
        except SaveConflict as conflict:
            ctx.err(conflict_text(ctx, conflict))
            return EXIT_CONFLICT
        for line in imports.pattern_report(result, ctx.translate):
            ctx.out(line)
        return EXIT_OK

    return _with_database(ctx, work)
