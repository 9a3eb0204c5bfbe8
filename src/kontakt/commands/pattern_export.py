"""`kontakt pattern export FILE (--svg|--png|--pdf) OUT`: the editor's drawing of a pattern.

The drawing is made by the editor's own scene (`kontakt.ui.workspaces.patterns.export`,
imported only when the command runs) under Qt's offscreen platform, so the file is what
the window shows. The import contracts let this one module reach that ui module.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext


def register_export(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    ctx: CommandContext,
    file_help: str,
) -> None:
    """Add `pattern export` to the `pattern` actions."""
    translate = ctx.translate
    export = actions.add_parser(
        "export",
        help=translate(
            "PatternCommand", "draw a ring pattern as the editor shows it (PNG, SVG or PDF)"
        ),
    )
    export.add_argument("file", metavar="FILE", help=file_help)
    kind = export.add_mutually_exclusive_group(required=True)
    for name, text in (
        ("svg", translate("PatternCommand", "write an SVG drawing")),
        ("png", translate("PatternCommand", "write a PNG picture")),
        ("pdf", translate("PatternCommand", "write a PDF page")),
    ):
        kind.add_argument(f"--{name}", dest="kind", action="store_const", const=name, help=text)
    export.add_argument(
        "out", metavar="OUT", type=Path, help=translate("PatternCommand", "the file to write")
    )
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.safe_files import FileWriteError
    from kontakt.ui.workspaces.patterns.export import export_headless

    try:
        written = export_headless(Path(args.file), args.kind, args.out, ctx.translate)
    except PatternError as exc:
        ctx.err(error_message(exc, ctx.translate))
        return EXIT_UNUSABLE_INPUT
    except FileWriteError as exc:
        ctx.err(exc.message(ctx.translate))
        return EXIT_UNUSABLE_INPUT
    ctx.out(ctx.translate("PatternCommand", "Drawing written to {file}.").format(file=written))
    return EXIT_OK
