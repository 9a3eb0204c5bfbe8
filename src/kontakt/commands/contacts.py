"""`kontakt check-contacts`: the HRM contact check from the command line (`spec/contacts.md`).

Prints a short summary in the user's language; `--json` writes the spec's document (to a
file, or to standard output with `-`, the summary then going to standard error), `--xlsx`
the Excel audit. Exit codes: 0 the check ran, 1 `--fail-on` found a finding that serious,
2 an input cannot be used (the message says what and where).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext

if TYPE_CHECKING:
    from kontakt.core.contacts.model import ContactCheckResult
    from kontakt.services.contact_data import StoredInputs

_SEVERITIES = ("error", "warning", "info")


def _day(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {text}") from None


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
        type=_day,
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
    """The database's register, patterns, domains and municipality name, when the command
    line leaves one of them out and there is a database to ask: the one named with `--db`
    (or KONTAKT_DB_URL), or the user's own once it holds their real municipality (never
    the demo, which would mix made-up patterns into a real check). None otherwise, so a
    run on files alone stays a run on files alone."""
    if args.domain and args.directory is not None and args.pattern and args.xlsx is None:
        return None
    from kontakt.services.database import has_default_database

    explicit = ctx.db_url is not None
    if not explicit and not has_default_database():
        return None
    from kontakt.services import contact_data, startup

    db = startup.open_for_use(
        ctx.db_url, load_demo=explicit and not ctx.no_demo, kommune=ctx.kommune
    )
    try:
        stored = contact_data.stored_inputs(db)
    finally:
        db.dispose()
    if not stored.municipality or (stored.is_demo and not explicit):
        return None
    return stored


def _check_contacts(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.contacts.document import json_chunks
    from kontakt.core.contacts.errors import ContactInputError
    from kontakt.core.contacts.mapping import parse_map_options
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.safe_files import FileWriteError, replacing_text, write_error
    from kontakt.core.severity import Severity
    from kontakt.services.contacts import ContactCheckRequest, run_contact_check
    from kontakt.services.database import StorageError, error_text

    try:
        stored = _stored_inputs(args, ctx)
        request = ContactCheckRequest(
            hrm_path=args.hrm_file,
            sheet=args.sheet,
            overrides=parse_map_options(args.map),
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
        try:
            _write_audit(args.xlsx, result, stored.municipality if stored else "", ctx)
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
            translate("ContactCommand", "number register ({count} numbers)").format(
                count=len(stored.directory)
            )
        )
    if not args.pattern and stored.members is not None:
        taken.append(
            translate("ContactCommand", "ring patterns ({count})").format(count=stored.patterns)
        )
    if not args.domain and stored.domains:
        taken.append(
            translate("ContactCommand", "e-mail domains ({domains})").format(
                domains=", ".join(stored.domains)
            )
        )
    return ", ".join(taken) or "-"


def _write_audit(
    path: Path, result: ContactCheckResult, municipality: str, ctx: CommandContext
) -> None:
    from kontakt.core.contacts.codes import code_title, field_name, message_renderer
    from kontakt.reports.contact_audit import write_contact_audit

    translate = ctx.translate
    write_contact_audit(
        path,
        result,
        municipality=municipality,
        translate=translate,
        message=message_renderer(translate),
        field_label=lambda name: field_name(name, translate),
        code_title=lambda code: code_title(code, translate),
    )


def _summary(result: ContactCheckResult, ctx: CommandContext) -> list[str]:
    """Rows read, findings by severity, then by code (most first), then what was skipped."""
    from kontakt.core.contacts.codes import code_title
    from kontakt.core.severity import Severity

    translate = ctx.translate
    by_severity = result.counts_by_severity()
    lines = [
        translate("ContactCommand", "{file}: {rows} rows read.").format(
            file=result.source, rows=result.rows
        ),
        translate(
            "ContactCommand",
            "Findings: {errors} errors, {warnings} warnings, {infos} for information.",
        ).format(
            errors=by_severity[Severity.ERROR],
            warnings=by_severity[Severity.WARNING],
            infos=by_severity[Severity.INFO],
        ),
    ]
    counts = sorted(result.counts_by_code().items(), key=lambda item: -item[1])
    lines += [f"  {count:>7}  {code_title(code, translate)} ({code})" for code, count in counts]
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
