"""`kontakt check-contacts`: the HRM contact check from the command line (`spec/contacts.md`).

Prints a short summary in the user's language; `--json` writes the spec's document (to a
file, or to standard output with `-`, the summary then going to standard error), `--xlsx`
the Excel audit. Exit codes: 0 the check ran, 1 `--fail-on` found a finding that serious,
2 an input cannot be used (the message says what and where).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext

if TYPE_CHECKING:
    from kontakt.core.contacts.model import ContactCheckResult

_SEVERITIES = ("error", "warning", "info")


def _day(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {text}") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             ctx: CommandContext) -> None:
    """Add `check-contacts` with its options."""
    t = ctx.translate
    parser = subparsers.add_parser("check-contacts", help=t(
        "ContactCommand", "check an HRM export's contact details against the telephony "
        "directory and ring patterns"))
    parser.add_argument("hrm_file", metavar="HRM_FILE", type=Path, help=t(
        "ContactCommand", "the HRM export (CSV or XLSX)"))
    parser.add_argument("--sheet", metavar="NAME", help=t(
        "ContactCommand", "the sheet of an XLSX file (default: the first)"))
    parser.add_argument("--map", metavar="FIELD=HEADER", action="append", default=[], help=t(
        "ContactCommand", "read FIELD from the column HEADER (repeatable; FIELD= leaves the "
        "field out)"))
    parser.add_argument("--directory", metavar="FILE", type=Path, help=t(
        "ContactCommand", "the telephony directory (CSV: number;type;employee_id;name;site)"))
    parser.add_argument("--pattern", metavar="FILE", type=Path, action="append", default=[],
                        help=t("ContactCommand", "a ring-pattern file (repeatable)"))
    parser.add_argument("--domain", metavar="DOMAIN", action="append", default=[], help=t(
        "ContactCommand", "an e-mail domain of the municipality (repeatable)"))
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=_day, help=t(
        "ContactCommand", "the date that decides who has left (default: today)"))
    parser.add_argument("--json", metavar="PATH", help=t(
        "ContactCommand", "write the findings as JSON to PATH (- for standard output)"))
    parser.add_argument("--xlsx", metavar="PATH", type=Path, help=t(
        "ContactCommand", "write the Excel audit to PATH"))
    parser.add_argument("--fail-on", choices=_SEVERITIES, help=t(
        "ContactCommand", "exit with 1 when a finding is at least this serious"))
    parser.set_defaults(handler=check_contacts)


def check_contacts(args: argparse.Namespace, ctx: CommandContext,
                   fallback_domains: Sequence[str] = ()) -> int:
    """Run the check as `args` say; `fallback_domains` are used when no `--domain` is given.

    The hook for the municipality's domains from the database: the caller passes them.
    """
    import gc

    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of findings and no cycles: see run_contact_check
    try:
        return _check_contacts(args, ctx, fallback_domains)
    finally:
        if collecting:
            gc.enable()


def _check_contacts(args: argparse.Namespace, ctx: CommandContext,
                    fallback_domains: Sequence[str]) -> int:
    import json

    from kontakt.core.contacts.document import json_document
    from kontakt.core.contacts.errors import ContactInputError
    from kontakt.core.contacts.mapping import parse_map_options
    from kontakt.core.severity import Severity
    from kontakt.services.contacts import ContactCheckRequest, run_contact_check

    try:
        request = ContactCheckRequest(
            hrm_path=args.hrm_file, sheet=args.sheet, overrides=parse_map_options(args.map),
            directory_path=args.directory, pattern_paths=tuple(args.pattern),
            domains=tuple(args.domain or fallback_domains), today=args.today)
        result = run_contact_check(request)
    except ContactInputError as exc:
        ctx.err(exc.message(ctx.translate))
        return EXIT_UNUSABLE_INPUT
    summary_to = ctx.stdout
    if args.json is not None:
        text = json.dumps(json_document(result, ctx.translate), ensure_ascii=False)
        if args.json == "-":
            ctx.out(text)
            summary_to = ctx.stderr
        else:
            try:
                Path(args.json).write_text(text + "\n", encoding="utf-8")
            except OSError as exc:
                ctx.err(ctx.translate("ContactCommand", "Cannot write {path}: {reason}")
                        .format(path=args.json, reason=exc.strerror or exc))
                return EXIT_UNUSABLE_INPUT
    if args.xlsx is not None:
        _write_audit(args.xlsx, result, ctx)
    for line in _summary(result, ctx):
        print(line, file=summary_to)
    if args.fail_on is not None:
        threshold = Severity(args.fail_on)
        if any(finding.severity.at_least(threshold) for finding in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _write_audit(path: Path, result: ContactCheckResult, ctx: CommandContext) -> None:
    from kontakt.core.contacts.codes import code_title, field_name, message_renderer
    from kontakt.reports.contact_audit import write_contact_audit

    t = ctx.translate
    write_contact_audit(
        path, result, municipality="", translate=t, message=message_renderer(t),
        field_label=lambda name: field_name(name, t),
        code_title=lambda code: code_title(code, t))


def _summary(result: ContactCheckResult, ctx: CommandContext) -> list[str]:
    """Rows read, findings by severity, then by code (most first), then what was skipped."""
    from kontakt.core.contacts.codes import code_title
    from kontakt.core.severity import Severity

    t = ctx.translate
    by_severity = result.counts_by_severity()
    lines = [
        t("ContactCommand", "{file}: {rows} rows read.").format(file=result.source,
                                                                rows=result.rows),
        t("ContactCommand", "Findings: {errors} errors, {warnings} warnings, {infos} for "
          "information.").format(errors=by_severity[Severity.ERROR],
                                 warnings=by_severity[Severity.WARNING],
                                 infos=by_severity[Severity.INFO]),
    ]
    counts = sorted(result.counts_by_code().items(), key=lambda item: -item[1])
    lines += [f"  {count:>7}  {code_title(code, t)} ({code})" for code, count in counts]
    if result.skipped_checks:
        lines.append(t("ContactCommand", "Not checked (no column or no input for them): "
                       "{codes}").format(codes=", ".join(result.skipped_checks)))
    return lines

