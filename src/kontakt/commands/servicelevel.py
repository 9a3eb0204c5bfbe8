"""`kontakt service-level`: call records against the targets (`spec/servicelevel.md`).

Prints per target the calls offered, the service level, answer and abandon rates, the
average wait and whether the target is met, then what the ring pattern does where a target
is missed. `--json` writes the spec's document (to standard output with `-`, the summary
then going to standard error), `--xlsx` the Excel report. Targets come from the database
(`--db`, else the user's, when there is one), then `--target`. Exit codes: 0 it ran, 1 with
`--fail-on-miss` a target is missed, 2 an input cannot be used (the message says what and
where).
"""

from __future__ import annotations

import argparse
import json
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
    from kontakt.core.ringpattern.model import Pattern
    from kontakt.core.servicelevel.figures import Goal, Report


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `service-level` with its options."""
    translate = ctx.translate
    parser = subparsers.add_parser(
        "service-level",
        help=translate(
            "ServiceLevelCommand", "measure call records against the service-level targets"
        ),
    )
    parser.add_argument(
        "calls_file",
        metavar="CALLS_FILE",
        type=Path,
        help=translate("ServiceLevelCommand", "the call records (CSV or XLSX)"),
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("ServiceLevelCommand", "the sheet of an XLSX file (default: the first)"),
    )
    parser.add_argument(
        "--map",
        metavar="FIELD=HEADER",
        action="append",
        default=[],
        help=translate(
            "ServiceLevelCommand",
            "read FIELD (start, entry, target, wait_s, talk_s, result, answered_by, caller) "
            "from the column HEADER (repeatable)",
        ),
    )
    parser.add_argument(
        "--result",
        metavar="VALUE=KIND",
        action="append",
        default=[],
        help=translate(
            "ServiceLevelCommand",
            "read the result VALUE as KIND: answered, abandoned, overflow, voicemail, "
            "forwarded or closed (repeatable)",
        ),
    )
    parser.add_argument(
        "--pattern",
        metavar="FILE",
        type=Path,
        help=translate(
            "ServiceLevelCommand", "the ring pattern: calendars, queues and groups by name"
        ),
    )
    parser.add_argument(
        "--target",
        metavar="ENTRY_OR_NODE=PERCENT/SECONDS",
        action="append",
        default=[],
        help=translate(
            "ServiceLevelCommand",
            "the target of an entry number or a queue or group, such as Helse=80/20 "
            "(repeatable; default 80/20)",
        ),
    )
    parser.add_argument(
        "--short-abandon-s",
        metavar="SECONDS",
        type=float,
        default=5.0,
        help=translate(
            "ServiceLevelCommand",
            "callers who hang up sooner are left out of the rates (default 5)",
        ),
    )
    parser.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        type=day_argument(ctx),
        help=translate("ServiceLevelCommand", "the first date (default: the first call's)"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        type=day_argument(ctx),
        help=translate("ServiceLevelCommand", "the last date (default: the last call's)"),
    )
    parser.add_argument(
        "--json",
        metavar="PATH",
        help=translate(
            "ServiceLevelCommand", "write the figures as JSON to PATH (- for standard output)"
        ),
    )
    parser.add_argument(
        "--xlsx",
        metavar="PATH",
        type=Path,
        help=translate("ServiceLevelCommand", "write the Excel report to PATH"),
    )
    parser.add_argument(
        "--fail-on-miss",
        action="store_true",
        help=translate("ServiceLevelCommand", "exit with 1 when a target is missed"),
    )
    parser.set_defaults(handler=service_level)


def _stored_goals(ctx: CommandContext) -> dict[str, Goal]:
    """The database's targets, when a database is named or the user has one."""
    from kontakt.services.database import has_default_database

    if ctx.db_url is None and not has_default_database():
        return {}
    from kontakt.services import servicelevel, startup

    db = startup.open_for_use(ctx.db_url, load_demo=not ctx.no_demo, kommune=ctx.kommune)
    try:
        return servicelevel.saved_targets(db)
    finally:
        db.dispose()


def service_level(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Read, compute, print and write as `args` say."""
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.safe_files import FileWriteError, replacing_text, write_error
    from kontakt.core.servicelevel.document import to_json
    from kontakt.core.servicelevel.records import CALL_FIELDS, parse_result_options
    from kontakt.core.tables.errors import TableInputError
    from kontakt.core.tables.mapping import parse_map_options
    from kontakt.services import servicelevel
    from kontakt.services.database import StorageError, error_text
    from kontakt.services.pattern_files import read_pattern

    translate = ctx.translate
    if args.first is not None and args.last is not None and args.last < args.first:
        ctx.err(
            translate("ServiceLevelCommand", "--to {last} is before --from {first}.").format(
                first=args.first.isoformat(), last=args.last.isoformat()
            )
        )
        return EXIT_UNUSABLE_INPUT
    try:
        request = servicelevel.CallsRequest(
            args.calls_file,
            args.sheet,
            overrides=parse_map_options(args.map, CALL_FIELDS),
            results=parse_result_options(args.result),
        )
        goals = {**_stored_goals(ctx), **servicelevel.parse_target_options(args.target)}
        pattern = read_pattern(args.pattern) if args.pattern is not None else None
        calls = servicelevel.read_calls(request, servicelevel.zone_of(pattern))
        report = servicelevel.analyse(
            calls,
            goals,
            pattern,
            first=args.first,
            last=args.last,
            short_abandon_s=args.short_abandon_s,
        )
    except TableInputError as exc:
        ctx.err(exc.message(translate))
        return EXIT_UNUSABLE_INPUT
    except PatternError as exc:
        ctx.err(error_message(exc, translate))
        return EXIT_UNUSABLE_INPUT
    except StorageError as exc:
        ctx.err(error_text(translate, exc))
        return EXIT_UNUSABLE_INPUT
    summary_to = ctx.stdout
    if args.json is not None:
        text = json.dumps(to_json(report), ensure_ascii=False, indent=2)
        if args.json == "-":
            ctx.out(text)
            summary_to = ctx.stderr
        else:
            try:
                with replacing_text(Path(args.json)) as out:
                    out.write(text + "\n")
            except (FileWriteError, OSError) as exc:
                ctx.err(write_error(Path(args.json), exc).message(translate))
                return EXIT_UNUSABLE_INPUT
    if args.xlsx is not None:
        try:
            servicelevel.export_report(args.xlsx, report, pattern, translate)
        except (FileWriteError, OSError) as exc:
            ctx.err(write_error(args.xlsx, exc).message(translate))
            return EXIT_UNUSABLE_INPUT
    for line in summary_lines(report, pattern, ctx, str(args.calls_file)):
        print(line, file=summary_to)
    if args.fail_on_miss and any(not target.period.meets for target in report.targets):
        return EXIT_FINDINGS
    return EXIT_OK


def summary_lines(
    report: Report, pattern: Pattern | None, ctx: CommandContext, file: str
) -> list[str]:
    """What the command prints: the period, each target, the misses, closed time."""
    from kontakt.core.servicelevel import explain

    translate = ctx.translate

    def rate(value: float | None, bound: float | None = None) -> str:
        return "–" if value is None else f"{explain.percent(value, bound)} %"

    lines = [
        translate(
            "ServiceLevelCommand", "{file}: %Ln call(s) from {first} to {last}.", "", report.calls
        ).format(file=file, first=f"{report.first:%d.%m.%Y}", last=f"{report.last:%d.%m.%Y}")
    ]
    for target in report.targets:
        figures, goal = target.period, target.goal
        met = (
            translate("ServiceLevelCommand", "target met")
            if figures.meets
            else translate("ServiceLevelCommand", "target MISSED")
        )
        lines.append(
            translate(
                "ServiceLevelCommand",
                "  {target}: {offered} offered, {level} answered within {within} s (target "
                "{goal} %), {answered} answered, {abandoned} abandoned, average wait {asa}: "
                "{met}.",
            ).format(
                target=target.label,
                offered=explain.count_text(figures.offered, translate),
                level=rate(figures.service_level, goal.percent),
                within=goal.within_s,
                goal=explain.number_text(goal.percent),
                answered=rate(figures.answer_rate, goal.min_answer_percent),
                abandoned=rate(figures.abandon_rate, goal.max_abandon_percent),
                asa=explain.duration_text(figures.asa_s, translate),
                met=met,
            )
        )
    misses = [miss for target in report.targets for miss in explain.misses(target)]
    if misses:
        lines.append(translate("ServiceLevelCommand", "Where targets are missed:"))
        lines.extend(f"  {explain.explain(miss, pattern, translate)}" for miss in misses)
        lines.append(f"  {translate('ServiceLevel', explain.CAVEAT)}")
    hints = explain.closed_hints(report, translate)
    if hints:
        lines.append(translate("ServiceLevelCommand", "Calls in closed time:"))
        lines.extend(f"  {hint}" for hint in hints)
    return lines
