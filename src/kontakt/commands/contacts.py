"""`kontakt check-contacts`: the HRM contact check from the command line (`spec/contacts.md`).

Prints a short summary in the user's language; `--json` writes the spec's document (to a
file, or to standard output with `-`, the summary then going to standard error), `--xlsx`
the Excel audit, titled with `--municipality` or the database's municipality. Exit codes:
0 the check ran, 1 `--fail-on` found a finding that serious, 2 an input cannot be used (the
message says what and where).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNUSABLE_INPUT,
    CommandContext,
    day_argument,
)

if TYPE_CHECKING:
    from kontakt.core.contacts.model import ContactCheckResult
    from kontakt.services.contact_data import StoredInputs

_SEVERITIES = ("error", "warning", "info")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `check-contacts` with its options."""
    translate = ctx.translate
    parser = subparsers.add_parser(
        "check-contacts",
        help=translate(
            "ContactCommand",
            "check an HRM export's contact details against the telephony "
            "directory and ring patterns",
        ),
    )
    parser.add_argument(
        "hrm_file",
        metavar=translate("ContactCommand", "HRM_FILE"),
        type=Path,
        help=translate("ContactCommand", "the HRM export (CSV or XLSX)"),
    )
    parser.add_argument(
        "--sheet",
        metavar=translate("ContactCommand", "NAME"),
        help=translate("ContactCommand", "the sheet of an XLSX file (default: the first)"),
    )
    parser.add_argument(
        "--map",
        metavar=translate("ContactCommand", "FIELD=HEADER"),
        action="append",
        default=[],
        help=translate(
            "ContactCommand",
            "read FIELD from the column HEADER (repeatable; FIELD= leaves the field out)",
        ),
    )
    parser.add_argument(
        "--directory",
        metavar=translate("ContactCommand", "FILE"),
        type=Path,
        help=translate(
            "ContactCommand", "the telephony directory (CSV: number;type;employee_id;name;site)"
        ),
    )
    parser.add_argument(
        "--pattern",
        metavar=translate("ContactCommand", "FILE"),
        type=Path,
        action="append",
        default=[],
        help=translate("ContactCommand", "a ring-pattern file (repeatable)"),
    )
    parser.add_argument(
        "--domain",
        metavar=translate("ContactCommand", "DOMAIN"),
        action="append",
        default=[],
        help=translate("ContactCommand", "an e-mail domain of the municipality (repeatable)"),
    )
    parser.add_argument(
        "--today",
        metavar=translate("ContactCommand", "YYYY-MM-DD"),
        type=day_argument(ctx),
        help=translate("ContactCommand", "the date that decides who has left (default: today)"),
    )
    parser.add_argument(
        "--json",
        metavar=translate("ContactCommand", "PATH"),
        help=translate(
            "ContactCommand", "write the findings as JSON to PATH (- for standard output)"
        ),
    )
    parser.add_argument(
        "--xlsx",
        metavar=translate("ContactCommand", "PATH"),
        type=Path,
        help=translate("ContactCommand", "write the Excel audit to PATH"),
    )
    parser.add_argument(
        "--municipality",
        metavar="NAME",
        help=translate(
            "ContactCommand",
            "the municipality the Excel audit is titled with (default: the database's)",
        ),
    )
    parser.add_argument(
        "--fail-on",
        choices=_SEVERITIES,
        help=translate("ContactCommand", "exit with 1 when a finding is at least this serious"),
    )
    parser.set_defaults(handler=check_contacts)


def check_contacts(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Run the check as `args` say, with what they leave out taken from the database."""
    from kontakt.core.memory import collection_paused

    with collection_paused():  # the command is the whole process
        return _check_contacts(args, ctx)


def _stored_inputs(args: argparse.Namespace, ctx: CommandContext) -> StoredInputs | None:
    """What the database may add to what the command line gives: None when it gives
    everything, otherwise as `services.contacts.inputs_outside_the_window` decides."""
    named = args.municipality is not None or args.xlsx is None
    if args.domain and args.directory is not None and args.pattern and named:
        return None
    from kontakt.services.contacts import inputs_outside_the_window

    return inputs_outside_the_window(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)


def _check_contacts(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.contacts.document import json_chunks
    from kontakt.core.contacts.errors import ContactInputError
    from kontakt.core.contacts.mapping import HRM_FIELDS
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.safe_files import FileWriteError, replacing_text, write_error
    from kontakt.core.severity import Severity
    from kontakt.core.tables.mapping import parse_map_options
    from kontakt.services.contacts import ContactCheckRequest, run_contact_check
    from kontakt.services.database import StorageError, error_text

    try:
        stored = _stored_inputs(args, ctx)
        request = ContactCheckRequest(
            hrm_path=args.hrm_file,
            sheet=args.sheet,
            overrides=parse_map_options(args.map, HRM_FIELDS),
            directory_path=args.directory,
            pattern_paths=tuple(args.pattern),
            directory=stored.directory if stored and args.directory is None else None,
            members=stored.members if stored and not args.pattern else None,
            domains=tuple(args.domain or (stored.domains if stored else ())),
            today=args.today,
        )
        result = run_contact_check(request)
    except ContactInputError as exc:
        ctx.err(exc.message(ctx.translate))
        return EXIT_UNUSABLE_INPUT
    except PatternError as exc:
        ctx.err(error_message(exc, ctx.translate))
        return EXIT_UNUSABLE_INPUT
    except StorageError as exc:
        ctx.err(error_text(ctx.translate, exc))
        return EXIT_UNUSABLE_INPUT

    for notice in result.notices:
        ctx.err(notice.message(ctx.translate))
    summary_to = ctx.stdout
    if args.json is not None:
        # written in pieces: the whole text of a large check would be tens of megabytes
        chunks = json_chunks(result, ctx.translate)
        if args.json == "-":
            ctx.stdout.writelines(chunks)
            ctx.out()
            summary_to = ctx.stderr
        else:
            try:
                with replacing_text(Path(args.json)) as out:
                    out.writelines(chunks)
                    out.write("\n")
            except FileWriteError as exc:
                ctx.err(exc.message(ctx.translate))
                return EXIT_UNUSABLE_INPUT
    if args.xlsx is not None:
        from kontakt.services.contacts import export_audit

        municipality = args.municipality or (stored.municipality if stored else "")
        try:
            export_audit(args.xlsx, result, municipality=municipality, translate=ctx.translate)
        except (FileWriteError, OSError) as exc:
            ctx.err(write_error(args.xlsx, exc).message(ctx.translate))
            return EXIT_UNUSABLE_INPUT
    lines = _summary(result, ctx)
    if stored is not None:
        lines.insert(
            1,
            ctx.translate("ContactCommand", "From the database of {municipality}: {what}").format(
                municipality=stored.municipality, what=_taken(args, stored, ctx)
            ),
        )
    for line in lines:
        print(line, file=summary_to)
    if args.fail_on is not None:
        threshold = Severity(args.fail_on)
        if any(finding.severity.at_least(threshold) for finding in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _taken(args: argparse.Namespace, stored: StoredInputs, ctx: CommandContext) -> str:
    """What the check took from the database, in words."""
    translate = ctx.translate
    taken = []
    if args.directory is None and stored.directory:
        taken.append(
            translate(
                "ContactCommand", "number register (%Ln number(s))", "", len(stored.directory)
            )
        )
    if not args.pattern and stored.members is not None:
        taken.append(translate("ContactCommand", "%Ln ring pattern(s)", "", stored.patterns))
    if not args.domain and stored.domains:
        taken.append(
            translate("ContactCommand", "e-mail domains ({domains})").format(
                domains=", ".join(stored.domains)
            )
        )
    return ", ".join(taken) or "-"


def _summary(result: ContactCheckResult, ctx: CommandContext) -> list[str]:
    """Rows read, findings by severity, then by code (most first), then what was skipped."""
    from kontakt.core.contacts.codes import code_title
    from kontakt.core.severity import Severity

    translate = ctx.translate
    by_severity = result.counts_by_severity()
    lines = [
        translate("ContactCommand", "{file}: %Ln row(s) read.", "", result.rows).format(
            file=result.source
        ),
        translate("ContactCommand", "Findings: {errors}, {warnings}, {infos}.").format(
            errors=translate("ContactCommand", "%Ln error(s)", "", by_severity[Severity.ERROR]),
            warnings=translate(
                "ContactCommand", "%Ln warning(s)", "", by_severity[Severity.WARNING]
            ),
            infos=translate(
                "ContactCommand", "%Ln for information", "", by_severity[Severity.INFO]
            ),
        ),
    ]
    counts = sorted(result.counts_by_code().items(), key=lambda item: -item[1])
    for code, count in counts:
        found = translate("ContactCommand", "%Ln finding(s)", "", count)
        lines.append(f"  {found:>14}  {code_title(code, translate)} ({code})")
    if result.skipped_checks:
        lines.append(
            translate(
                "ContactCommand", "Not checked (no column or no input for them): {codes}"
            ).format(
                codes=", ".join(
                    f"{code_title(code, translate)} ({code})" for code in result.skipped_checks
                )
            )
        )
    return lines
