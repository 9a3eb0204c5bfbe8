"""`kontakt pattern validate|simulate|coverage|diff`: ring-pattern files from the command line.

Text output is for people (aligned columns, the user's language, names rather than ids,
Norwegian date, time and phone-number forms in nn/nb); `--json` gives the stable forms of
`spec/ringpattern.md`. Exit codes: 0 fine, 1 the validator found an error, 2 the input
cannot be used (a message says why and where).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from kontakt.commands import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNUSABLE_INPUT,
    CommandContext,
    day_argument,
)
from kontakt.commands.pattern_export import register_export
from kontakt.commands.users import register_pattern_versions

if TYPE_CHECKING:
    from kontakt.core.ringpattern import Call, Coverage, Pattern, PatternDiff


T = TypeVar("T")


def _in_range(ctx: CommandContext, day: date) -> None:
    """Refuse, as an argument error naming the option, a day calls are not routed on."""
    from kontakt.core.ringpattern import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.ringpattern.schedule import check_day

    try:
        check_day(day)
    except PatternError as exc:
        raise argparse.ArgumentTypeError(error_message(exc, ctx.translate)) from None


def _local_time(ctx: CommandContext) -> Callable[[str], datetime]:
    """The argument type of `--at`: a local date and time on a day calls are routed on."""

    def parse(text: str) -> datetime:
        try:
            moment = datetime.strptime(text, "%Y-%m-%dT%H:%M")
        except ValueError:
            raise argparse.ArgumentTypeError(
                ctx.translate(
                    "PatternCommand", "{value} is not a date and time as YYYY-MM-DDTHH:MM."
                ).format(value=text)
            ) from None
        _in_range(ctx, moment.date())
        return moment

    return parse


def _day(ctx: CommandContext) -> Callable[[str], date]:
    """The argument type of a `--from` or `--to` date on which calls are routed."""

    as_day = day_argument(ctx)

    def parse(text: str) -> date:
        day = as_day(text)
        _in_range(ctx, day)
        return day

    return parse


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `pattern` and its four actions to the `kontakt` parser."""
    translate = ctx.translate
    pattern = subparsers.add_parser(
        "pattern",
        help=ctx.translate(
            "PatternCommand", "ring patterns: check, simulate a call, coverage over time, compare"
        ),
    )
    actions = pattern.add_subparsers(
        dest="pattern_command", metavar=translate("PatternCommand", "ACTION"), required=True
    )
    json_help = translate("PatternCommand", "write JSON for other programs")
    file_help = translate("PatternCommand", "ring-pattern file (.ringpattern.json)")
    number_help = translate("PatternCommand", "the entry number dialled, e.g. +4756100000")
    number_metavar = translate("PatternCommand", "NUMBER")

    validate = actions.add_parser(
        "validate",
        help=ctx.translate(
            "PatternCommand", "check a ring pattern and list what is wrong or risky"
        ),
    )
    validate.add_argument("file", metavar=translate("PatternCommand", "FILE"), help=file_help)
    validate.add_argument("--json", action="store_true", help=json_help)
    validate.set_defaults(handler=_validate)

    simulate = actions.add_parser(
        "simulate", help=ctx.translate("PatternCommand", "follow one call through a ring pattern")
    )
    simulate.add_argument("file", metavar=translate("PatternCommand", "FILE"), help=file_help)
    simulate.add_argument("--number", required=True, metavar=number_metavar, help=number_help)
    simulate.add_argument(
        "--at",
        required=True,
        type=_local_time(ctx),
        metavar=translate("PatternCommand", "YYYY-MM-DDTHH:MM"),
        help=translate("PatternCommand", "local date and time of the call"),
    )
    simulate.add_argument(
        "--press",
        type=_names,
        default=[],
        metavar=translate("PatternCommand", "1,2"),
        help=ctx.translate(
            "PatternCommand", "keys the caller presses, one per voice menu, comma-separated"
        ),
    )
    simulate.add_argument(
        "--answer",
        metavar=translate("PatternCommand", "MEMBER"),
        help=ctx.translate("PatternCommand", "the member who answers (default: nobody answers)"),
    )
    simulate.add_argument(
        "--unavailable",
        type=_names,
        default=[],
        metavar=translate("PatternCommand", "M1,M2"),
        help=translate("PatternCommand", "members who are away, comma-separated"),
    )
    simulate.add_argument("--json", action="store_true", help=json_help)
    simulate.set_defaults(handler=_simulate)

    coverage = actions.add_parser(
        "coverage",
        help=ctx.translate(
            "PatternCommand", "where unanswered calls end, hour by hour, over a period"
        ),
    )
    coverage.add_argument("file", metavar=translate("PatternCommand", "FILE"), help=file_help)
    coverage.add_argument("--number", required=True, metavar=number_metavar, help=number_help)
    coverage.add_argument(
        "--from",
        dest="first",
        required=True,
        type=_day(ctx),
        metavar=translate("PatternCommand", "DATE"),
        help=translate("PatternCommand", "first day (YYYY-MM-DD)"),
    )
    coverage.add_argument(
        "--to",
        dest="last",
        required=True,
        type=_day(ctx),
        metavar=translate("PatternCommand", "DATE"),
        help=translate("PatternCommand", "last day, included"),
    )
    coverage.add_argument("--json", action="store_true", help=json_help)
    coverage.set_defaults(handler=_coverage)

    diff = actions.add_parser(
        "diff", help=ctx.translate("PatternCommand", "compare two versions of a ring pattern")
    )
    diff.add_argument(
        "old",
        metavar=translate("PatternCommand", "OLD"),
        help=translate("PatternCommand", "the older file"),
    )
    diff.add_argument(
        "new",
        metavar=translate("PatternCommand", "NEW"),
        help=translate("PatternCommand", "the newer file"),
    )
    diff.add_argument(
        "--from",
        dest="first",
        type=_day(ctx),
        metavar=translate("PatternCommand", "DATE"),
        help=translate(
            "PatternCommand",
            "first day of the year in which routes are compared (YYYY-MM-DD; default: today)",
        ),
    )
    diff.add_argument("--json", action="store_true", help=json_help)
    diff.set_defaults(handler=_diff)
    _register_trace_and_layout(actions, ctx, file_help, json_help)
    register_export(actions, ctx, file_help)
    register_pattern_versions(actions, ctx)


def _guarded(work: Callable[[], int], ctx: CommandContext) -> int:
    """Run `work`; an unusable file or request becomes a message and exit code 2."""
    from kontakt.core.ringpattern import PatternError
    from kontakt.core.ringpattern.messages import error_message

    try:
        return work()
    except PatternError as exc:
        ctx.err(error_message(exc, ctx.translate))
        return EXIT_UNUSABLE_INPUT


def _report(
    args: argparse.Namespace,
    ctx: CommandContext,
    compute: Callable[[], T],
    to_json: Callable[[T], Any],
    show: Callable[[CommandContext, T], None],
) -> int:
    """Compute a result, then write it as JSON (`--json`) or as text for people."""

    def work() -> int:
        result = compute()
        if args.json:
            _write_json(ctx, to_json(result))
        else:
            show(ctx, result)
        return EXIT_OK

    return _guarded(work, ctx)


def _write_json(ctx: CommandContext, value: Any) -> None:
    ctx.out(json.dumps(value, ensure_ascii=False, indent=2))


if TYPE_CHECKING:  # the types of trace and layout
    from kontakt.core.ringpattern.layout import Rect
    from kontakt.core.ringpattern.model import Pattern as Document
    from kontakt.core.ringpattern.trace import Trace


def _register_trace_and_layout(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    ctx: CommandContext,
    file_help: str,
    json_help: str,
) -> None:
    """Add `pattern trace` and `pattern layout`."""
    translate = ctx.translate
    trace = actions.add_parser(
        "trace",
        help=translate(
            "PatternCommand", "trace back every way a call reaches a node or rings a member"
        ),
    )
    trace.add_argument("file", metavar="FILE", help=file_help)
    target = trace.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--node",
        metavar="ID",
        help=translate("PatternCommand", "the node (step) that calls reach, by id"),
    )
    target.add_argument(
        "--member",
        metavar="ID",
        help=translate("PatternCommand", "the member who gets the calls, by id"),
    )
    trace.add_argument(
        "--from",
        dest="first",
        type=_day(ctx),
        metavar="DATE",
        help=translate(
            "PatternCommand",
            "first day of the year in which an example time is looked for "
            "(YYYY-MM-DD; default: today)",
        ),
    )
    trace.add_argument("--json", action="store_true", help=json_help)
    trace.set_defaults(handler=_trace)

    layout = actions.add_parser(
        "layout",
        help=translate(
            "PatternCommand",
            "each card's place on the canvas, laid out automatically where the pattern has none",
        ),
    )
    layout.add_argument("file", metavar="FILE", help=file_help)
    layout.add_argument("--json", action="store_true", help=json_help)
    layout.set_defaults(handler=_layout)


def _trace(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import trace_json
    from kontakt.services.patterns import trace_file

    kind, target = ("node", args.node) if args.node is not None else ("member", args.member)
    return _report(
        args,
        ctx,
        lambda: trace_file(args.file, kind, target, args.first or date.today()),
        lambda result: trace_json(result[1]),
        _print_trace,
    )


def _print_trace(ctx: CommandContext, result: tuple[Document, Trace]) -> None:
    from kontakt.core.ringpattern.messages import (
        member_name,
        moment_text,
        node_name,
        phone,
        trace_route,
    )

    translate = ctx.translate
    pattern, trace = result
    count = len(trace.paths)
    if trace.kind == "node":
        who = node_name(pattern, trace.target, translate)
        heading = (
            translate("PatternCommand", "Calls that reach {node}: %n way(s)", "", count)
            if count
            else translate("PatternCommand", "No call reaches {node}.")
        )
    else:
        who = member_name(pattern, trace.target, translate)
        heading = (
            translate("PatternCommand", "Calls that ring {member}: %n way(s)", "", count)
            if count
            else translate("PatternCommand", "No call rings {member}.")
        )
    ctx.out(heading.format(node=who, member=who))
    if not count:
        return
    rows = [
        [
            translate("PatternCommand", "Number"),
            translate("PatternCommand", "Route"),
            translate("PatternCommand", "Keys"),
            translate("PatternCommand", "First time"),
        ]
    ]
    for path in trace.paths:
        rows.append(
            [
                phone(path.entry),
                trace_route(pattern, path, translate),
                " ".join(path.press) or "-",
                translate("PatternCommand", "not in the coming year")
                if path.example is None
                else moment_text(path.example, translate),
            ]
        )
    _table(ctx, rows)


def _layout(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import layout_json
    from kontakt.services.patterns import layout_file

    def show(ctx: CommandContext, result: tuple[Document, dict[str, Rect]]) -> None:
        from kontakt.core.ringpattern.messages import node_name, number

        pattern, rects = result
        rows = [
            [
                translate("PatternCommand", "Node"),
                "x",
                "y",
                translate("PatternCommand", "Width"),
                translate("PatternCommand", "Height"),
            ]
        ]
        rows += [
            [
                node_name(pattern, node_id, translate),
                *(number(round(v), translate) for v in (r.x, r.y, r.w, r.h)),
            ]
            for node_id, r in rects.items()
        ]
        _table(ctx, rows)

    translate = ctx.translate
    return _report(
        args,
        ctx,
        lambda: layout_file(args.file),
        lambda result: layout_json(*result),
        show,
    )


def _table(ctx: CommandContext, rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        ctx.out(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _validate(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import findings_json
    from kontakt.core.ringpattern.messages import finding_message, finding_place, number, word
    from kontakt.core.severity import Severity
    from kontakt.services.patterns import validate_file

    def work() -> int:
        translate = ctx.translate
        pattern, findings = validate_file(args.file)
        if args.json:
            _write_json(ctx, findings_json(pattern, findings, ctx.translate))
        elif findings:
            _table(
                ctx,
                [
                    [
                        word(f.severity, translate),
                        f.code,
                        finding_place(pattern, f, translate),
                        finding_message(f, pattern, translate),
                    ]
                    for f in findings
                ],
            )
            counts = {s: sum(f.severity is s for f in findings) for s in Severity}
            ctx.out(
                ctx.translate(
                    "PatternCommand", "Errors: {errors}, warnings: {warnings}, information: {info}"
                ).format(
                    errors=number(counts[Severity.ERROR], translate),
                    warnings=number(counts[Severity.WARNING], translate),
                    info=number(counts[Severity.INFO], translate),
                )
            )
        else:
            ctx.out(translate("PatternCommand", "No findings."))
        errors = any(f.severity is Severity.ERROR for f in findings)
        return EXIT_FINDINGS if errors else EXIT_OK

    return _guarded(work, ctx)


def _simulate(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import call_json
    from kontakt.services.patterns import simulate_file

    return _report(
        args,
        ctx,
        lambda: simulate_file(
            args.file, args.number, args.at, args.press, args.answer, args.unavailable
        ),
        lambda result: call_json(result[1]),
        _print_call,
    )


def _print_call(ctx: CommandContext, result: tuple[Pattern, Call]) -> None:
    from kontakt.core.ringpattern.messages import (
        moment_text,
        node_name,
        number,
        outcome_text,
        phone,
        step_text,
        word,
    )

    translate = ctx.translate
    pattern, call = result
    ctx.out(
        translate("PatternCommand", "Call to {number} at {when}").format(
            number=phone(call.entry), when=moment_text(call.at, translate)
        )
    )
    rows = [
        [
            translate("PatternCommand", "Seconds"),
            translate("PatternCommand", "Step"),
            translate("PatternCommand", "Type"),
            translate("PatternCommand", "What happened"),
        ]
    ]
    rows += [
        [
            number(step.at_s, translate),
            node_name(pattern, step.node, translate),
            word(step.type, translate),
            step_text(pattern, call, step, translate),
        ]
        for step in call.steps
    ]
    _table(ctx, rows)
    ctx.out(outcome_text(pattern, call, translate))


def _coverage(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import coverage_json
    from kontakt.services.patterns import coverage_file

    return _report(
        args,
        ctx,
        lambda: coverage_file(args.file, args.number, args.first, args.last),
        lambda result: coverage_json(result[1]),
        _print_coverage,
    )


def _print_coverage(ctx: CommandContext, result: tuple[Pattern, Coverage]) -> None:
    from kontakt.core.ringpattern.messages import (
        interval_state_text,
        moment_text,
        node_name,
        outcome_word,
    )

    translate = ctx.translate
    pattern, coverage = result
    rows = [
        [
            translate("PatternCommand", "From"),
            translate("PatternCommand", "To"),
            translate("PatternCommand", "State"),
            translate("PatternCommand", "Outcome"),
            translate("PatternCommand", "Route"),
        ]
    ]
    rows += [
        [
            moment_text(interval.start, translate),
            moment_text(interval.end, translate),
            interval_state_text(pattern, interval, translate),
            outcome_word(interval.outcome, translate),
            " → ".join(node_name(pattern, n, translate) for n in interval.route),
        ]
        for interval in coverage.intervals
    ]
    _table(ctx, rows)


def _diff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import diff_json
    from kontakt.services.patterns import diff_files

    return _report(
        args, ctx, lambda: diff_files(args.old, args.new, args.first), diff_json, _print_diff
    )


def _print_diff(ctx: CommandContext, result: PatternDiff) -> None:
    from kontakt.core.ringpattern.diff_text import diff_lines

    for line in diff_lines(result, ctx.translate):
        ctx.out(line)
