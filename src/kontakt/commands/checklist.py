"""`kontakt checklist generate OLD NEW`: the test calls that prove a ring-pattern change works.

Text output is for people (each case: what it tests, when and how to call, what should
happen); `--json` is the stable form (`kontakt.core.checklist.jsonout`); `--xlsx PATH`
writes the checklist as a test protocol to fill in. Exit codes: 0 fine, 2 a file cannot
be used or the workbook cannot be written (a message says why).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kontakt.commands import EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `checklist generate` to the `kontakt` parser."""
    translate = ctx.translate
    checklist = subparsers.add_parser(
        "checklist",
        help=translate("ChecklistCommand", "test checklists: the calls to make after a change"),
    )
    actions = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    generate = actions.add_parser(
        "generate",
        help=translate(
            "ChecklistCommand", "list the test calls for a change from one ring pattern to another"
        ),
    )
    generate.add_argument(
        "old", metavar="OLD", help=translate("ChecklistCommand", "the ring pattern before")
    )
    generate.add_argument(
        "new", metavar="NEW", help=translate("ChecklistCommand", "the ring pattern after")
    )
    generate.add_argument(
        "--json",
        action="store_true",
        help=translate("ChecklistCommand", "write JSON for other programs"),
    )
    generate.add_argument(
        "--xlsx",
        metavar="PATH",
        type=Path,
        help=translate("ChecklistCommand", "also write the checklist as a test protocol (Excel)"),
    )
    generate.set_defaults(handler=_generate)


def _generate(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.checklist.jsonout import checklist_json
    from kontakt.core.ringpattern import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.safe_files import FileWriteError, write_error
    from kontakt.services.checklist import checklist_for_files, export_blank_protocol

    translate = ctx.translate
    try:
        cases = checklist_for_files(args.old, args.new, translate, language=ctx.language)
    except PatternError as exc:
        ctx.err(error_message(exc, translate))
        return EXIT_UNUSABLE_INPUT
    if args.xlsx is not None:
        title = translate("ChecklistCommand", "{old} to {new}").format(
            old=Path(args.old).name, new=Path(args.new).name
        )
        try:
            export_blank_protocol(args.xlsx, title, cases, translate)
        except (FileWriteError, OSError) as exc:
            ctx.err(write_error(Path(args.xlsx), exc).message(translate))
            return EXIT_UNUSABLE_INPUT
    if args.json:
        ctx.out(json.dumps(checklist_json(cases), ensure_ascii=False, indent=2))
        return EXIT_OK
    ctx.out(translate("ChecklistCommand", "%n case(s) to test:", "", len(cases)))
    expected = translate("ChecklistCommand", "Expected:")
    for case in cases:
        ctx.out()
        ctx.out(f"{case.id}  {case.reason}")
        ctx.out(f"     {case.instructions}")
        ctx.out(f"     {expected} {case.expected}")
    return EXIT_OK
