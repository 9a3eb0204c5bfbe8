"""The `kontakt` command: the main window by default, subcommands for headless work.

Global options (`--db`, `--kommune`, `--no-demo`, `--lang`) come before the subcommand and
apply to the GUI and to every subcommand alike; `--self-test` checks the installation.

Everything the command prints is in the user's language, argparse's own messages too:
argparse words them through its module's `_`/`ngettext` (gettext), which `main` points at
the Qt catalogue while it runs. A full disk or a closed pipe on standard output ends the
command with a message (or quietly, for a pipe), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO, cast

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate

# Each module has register(subparsers, ctx); imported at parse time, so they import their
# services inside the handlers, not at the top.
COMMAND_MODULES = (
    "kontakt.commands.pattern",
    "kontakt.commands.contacts",
    "kontakt.commands.imports",
    "kontakt.commands.checklist",
    "kontakt.commands.keys",
    "kontakt.commands.changes",
    "kontakt.commands.outbox",
    "kontakt.commands.catalogue",
    "kontakt.commands.server",
    "kontakt.commands.servicelevel",
    "kontakt.commands.preparedness",
    "kontakt.commands.users",
)

DB_ENV = "KONTAKT_DB_URL"

# argparse's messages that a user can meet (Python 3.11's wording, as its `_()` calls have
# them); any other text argparse words stays as it is.
_ARGPARSE_TEXTS = frozenset(
    (
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    )
)


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


@contextlib.contextmanager
def _argparse_speaks(translate: Translate) -> Iterator[None]:
    """argparse's messages in the user's language while the block runs."""
    module = cast(Any, argparse)  # `_` and `ngettext` are argparse's gettext names

    def gettext(text: str) -> str:
        body, end = (text[:-1], "\n") if text.endswith("\n") else (text, "")
        return translate("Argparse", body) + end if body in _ARGPARSE_TEXTS else text

    def ngettext(singular: str, plural: str, n: int) -> str:
        if singular == "expected %s argument":
            return translate("Argparse", "expected %s argument(s)", "", n)
        return singular if n == 1 else plural

    saved = module._, module.ngettext
    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


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
        metavar=translate("Cli", "URL"),
        help=translate(
            "Cli",
            "database URL (SQLAlchemy form); default: the environment "
            "variable KONTAKT_DB_URL, else the team database in the settings, "
            "else a file in your user data folder",
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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "check without a screen that this Kontakt works (a temporary database, the demo "
            "data, an Excel file, the window) and exit",
        ),
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=parser_class
    )
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
    ctx = CommandContext(
        translate=i18n.command_line_translate(language),
        language=language,
        stdout=cast(TextIO, _Output(sys.stdout)),
    )
    with _argparse_speaks(ctx.translate):
        parser = build_parser(ctx)
        try:
            args = parser.parse_args(args_in)
        except OSError as exc:  # `--version` printing onto a full disk
            return _output_failed(ctx, exc)
    from kontakt.core.safe_files import remove_temporary_leftovers

    remove_temporary_leftovers()  # what an export killed last time left (personal data)
    ctx.db_url = args.db or os.environ.get(DB_ENV) or _saved_database(i18n) or None
    ctx.no_demo = args.no_demo
    ctx.kommune = args.kommune
    if args.self_test:
        from kontakt.commands.self_test import run as self_test
        from kontakt.ui.self_test import main_window_opens

        return self_test(ctx, main_window_opens)
    if args.command is None:
        from kontakt.ui.app import run_gui

        return run_gui(
            db_url=ctx.db_url, no_demo=ctx.no_demo, language=args.lang, kommune=ctx.kommune
        )
    from kontakt.services.database import StorageError, error_text

    try:
        code = int(args.handler(args, ctx))
        ctx.stdout.flush()  # a full disk shows here, not at exit as a traceback
        return code
    except BrokenPipeError:
        # the reader went away (`kontakt … | head`): stop quietly, as command-line tools do
        _drop_standard_output()
        return EXIT_OK
    except KeyboardInterrupt:
        ctx.err(ctx.translate("Cli", "Stopped."))
        return EXIT_UNUSABLE_INPUT
    except StorageError as error:  # a role that may not, a lost connection: in words
        ctx.err(error_text(ctx.translate, error))
        return EXIT_UNUSABLE_INPUT
    except _OutputFailed as failed:
        return _output_failed(ctx, failed.error)


def _saved_database(i18n: Any) -> str:
    """The database chosen in the window's settings (a URL without password), if any."""
    from kontakt.services.database import SETTINGS_KEY

    return str(i18n.user_settings().value(SETTINGS_KEY, "") or "")


def _output_failed(ctx: CommandContext, error: OSError) -> int:
    """Say that standard output cannot be written, and why; the exit code."""
    from kontakt.core.reasons import os_reason
    from kontakt.core.texts import render

    _drop_standard_output()
    ctx.err(
        render(
            ctx.translate,
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Cannot write to standard output: {reason}."),
            {"reason": os_reason(error)},
        )
    )
    return EXIT_UNUSABLE_INPUT


class _OutputFailed(Exception):
    """Standard output could not be written (a full disk: `kontakt … > /dev/full`)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _Output:
    """Standard output, whose failures are told from every other file's (`_OutputFailed`);
    a closed pipe stays a `BrokenPipeError`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with self._failing():
            return self._stream.write(text)

    def writelines(self, lines: Iterable[str]) -> None:
        with self._failing():
            self._stream.writelines(lines)

    def flush(self) -> None:
        with self._failing():
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @contextlib.contextmanager
    def _failing(self) -> Iterator[None]:
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputFailed(exc) from exc


def _drop_standard_output() -> None:
    """Point standard output at the null device, so that the interpreter's own flush at exit
    finds nothing to fail on."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
