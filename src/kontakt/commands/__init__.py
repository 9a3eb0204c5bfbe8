"""Headless subcommands of `kontakt`: arguments in, a service call, text or JSON out, an exit code.

Each module here has `register(subparsers, ctx)`, which adds its parsers and sets
`handler=` on them; a handler is `(args, ctx) -> exit code`. Handlers call `kontakt.services`
and never re-implement what a service does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TextIO

from kontakt.core.texts import Translate

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE_INPUT = 2


@dataclass
class CommandContext:
    """What every handler is given: the user's language and where to write.

    `translate(context, source)` must be called by that name with literal strings, so that
    `pyside6-lupdate` finds them: `ctx.translate("PatternCommand", "Outcome")`.
    """

    translate: Translate
    language: str = "nn"
    db_url: str | None = None
    no_demo: bool = False
    kommune: str | None = None
    """The municipality number chosen with `--kommune`, or None for the one in use."""
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    def out(self, text: str = "") -> None:
        """Write one line to standard output."""
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        """Write one line to standard error."""
        print(text, file=self.stderr)


Handler = Callable[..., int]


def day_argument(ctx: CommandContext) -> Callable[[str], date]:
    """The argument type of a date option (`--from 2026-12-01`): a date, or argparse's
    refusal in the user's language."""

    def parse(text: str) -> date:
        try:
            return datetime.strptime(text, "%Y-%m-%d").date()
        except ValueError:
            raise argparse.ArgumentTypeError(
                ctx.translate("Commands", "{value} is not a date as YYYY-MM-DD.").format(value=text)
            ) from None

    return parse


def with_database(ctx: CommandContext, work: Callable[[Any], int], no_municipality: str) -> int:
    """Run `work` on the database in use (`--db`, else the user's) and close it after; a
    refusal (a reader, a lost connection) in words and exit 2, `no_municipality` said when
    the database has none. `work` gets the `kontakt.services.database.Database`."""
    from kontakt.services import startup
    from kontakt.services.database import StorageError, error_text
    from kontakt.services.municipality import NoMunicipality

    try:
        db = startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT
    try:
        return work(db)
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
    except NoMunicipality:
        ctx.err(no_municipality)
    finally:
        db.dispose()
    return EXIT_UNUSABLE_INPUT
