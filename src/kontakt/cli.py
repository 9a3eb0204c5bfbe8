"""The `kontakt` command: the main window by default, subcommands for headless work.

Global options (`--db`, `--kommune`, `--no-demo`, `--lang`) come before the subcommand and
apply to the GUI and to every subcommand alike.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext
from kontakt.core.texts import Translate

# Each module has register(subparsers, ctx); imported at parse time, so they import their
# services inside the handlers, not at the top.
COMMAND_MODULES = (
    "kontakt.commands.pattern",
    "kontakt.commands.contacts",
    "kontakt.commands.outbox",
    "kontakt.commands.server",
)

DB_ENV = "KONTAKT_DB_URL"


class _VersionAction(argparse.Action):
    """`--version`, reading the version only when asked (it costs start-up time)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        import kontakt

        print(f"kontakt {kontakt.__version__}")
        parser.exit()


def _parser_class(translate: Translate) -> type[argparse.ArgumentParser]:
    """An ArgumentParser whose own words (usage, headings, -h) are in the user's language."""
    usage = translate("Cli", "usage: ")

    class Formatter(argparse.HelpFormatter):
        def add_usage(
            self,
            usage_text: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            super().add_usage(usage_text, actions, groups, usage if prefix is None else prefix)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            kwargs["add_help"] = False
            super().__init__(*args, **kwargs)
            self._positionals.title = translate("Cli", "arguments")
            self._optionals.title = translate("Cli", "options")
            self.add_argument(
                "-h", "--help", action="help", help=translate("Cli", "show this help and exit")
            )

    return Parser


def build_parser(ctx: CommandContext) -> argparse.ArgumentParser:
    """The whole argument parser, with help texts in the user's language."""
    translate = ctx.translate
    parser_class = _parser_class(translate)
    parser = parser_class(
        prog="kontakt",
        description=translate(
            "Cli",
            "Kontakt for the ICT contact: ring patterns, contacts "
            "and change requests. Without a subcommand, the main window "
            "opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "Cli",
            "database URL (SQLAlchemy form); default: the environment "
            "variable KONTAKT_DB_URL, else a file in your user data folder",
        ),
    )
    parser.add_argument(
        "--kommune",
        metavar="NNNN",
        type=_municipality_number(translate),
        help=translate(
            "Cli",
            "the municipality to work for, by its number, when the database holds several "
            "(default: the one last used)",
        ),
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help=translate(
            "Cli", "start with an empty database instead of loading the demo municipality"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("nn", "nb", "en"),
        help=translate("Cli", "language of the texts (default: your setting, else the system's)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, ctx)
    return parser


def _municipality_number(translate: Translate) -> Any:
    """`--kommune`'s type: four digits, else argparse's own error (exit 2) in words."""

    def number(text: str) -> str:
        if len(text) == 4 and text.isascii() and text.isdigit():
            return text
        raise argparse.ArgumentTypeError(
            translate("Cli", "a municipality number is four digits (e.g. 4631): {value}").format(
                value=text
            )
        )

    return number


def _language_from(argv: Sequence[str]) -> str | None:
    """`--lang X` read before the parser exists, so the parser's help is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kontakt` with `argv` (default: the process's arguments); returns the exit code."""
    from kontakt import i18n

    args_in = list(sys.argv[1:] if argv is None else argv)
    language = i18n.choose_language(_language_from(args_in))
    ctx = CommandContext(translate=i18n.command_line_translate(language), language=language)
    parser = build_parser(ctx)
    args = parser.parse_args(args_in)
    ctx.db_url = args.db or os.environ.get(DB_ENV) or None
    ctx.no_demo = args.no_demo
    ctx.kommune = args.kommune
    if args.command is None:
        from kontakt.ui.app import run_gui

        return run_gui(
            db_url=ctx.db_url, no_demo=ctx.no_demo, language=args.lang, kommune=ctx.kommune
        )
    try:
        return int(args.handler(args, ctx))
    except BrokenPipeError:
        # the reader went away (`kontakt … | head`): stop quietly, as command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        ctx.err(ctx.translate("Cli", "Stopped."))
        return EXIT_UNUSABLE_INPUT
