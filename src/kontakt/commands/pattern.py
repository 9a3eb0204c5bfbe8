"""`kontakt pattern validate|simulate|coverage|diff`: ring-pattern files from the command line.

Text output is for people (aligned columns, the user's language, Norwegian date and time
formats in nn/nb); `--json` gives the stable forms of `spec/ringpattern.md`. Exit codes:
0 fine, 1 the validator found an error, 2 the input cannot be used (a message says why).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext

if TYPE_CHECKING:
    from kontakt.core.ringpattern import Call, Coverage, PatternDiff


T = TypeVar("T")


def _local_time(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DDTHH:MM: {text}") from None


def _day(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {text}") from None


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
    actions = pattern.add_subparsers(dest="pattern_command", metavar="ACTION", required=True)
    json_help = translate("PatternCommand", "write JSON for other programs")
    file_help = translate("PatternCommand", "ring-pattern file (.ringpattern.json)")
    number_help = translate("PatternCommand", "the entry number dialled, e.g. +4756100000")

    validate = actions.add_parser(
        "validate",
        help=ctx.translate(
            "PatternCommand", "check a ring pattern and list what is wrong or risky"
        ),
    )
    validate.add_argument("file", metavar="FILE", help=file_help)
    validate.add_argument("--json", action="store_true", help=json_help)
    validate.set_defaults(handler=_validate)

    simulate = actions.add_parser(
        "simulate", help=ctx.translate("PatternCommand", "follow one call through a ring pattern")
    )
    simulate.add_argument("file", metavar="FILE", help=file_help)
    simulate.add_argument("--number", required=True, help=number_help)
    simulate.add_argument(
        "--at",
        required=True,
        type=_local_time,
        metavar="YYYY-MM-DDTHH:MM",
        help=translate("PatternCommand", "local date and time of the call"),
    )
    simulate.add_argument(
        "--press",
        type=_names,
        default=[],
        metavar="1,2",
        help=ctx.translate(
            "PatternCommand", "keys the caller presses, one per voice menu, comma-separated"
        ),
    )
    simulate.add_argument(
        "--answer",
        metavar="MEMBER",
        help=ctx.translate("PatternCommand", "the member who answers (default: nobody answers)"),
    )
    simulate.add_argument(
        "--unavailable",
        type=_names,
        default=[],
        metavar="M1,M2",
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
    coverage.add_argument("file", metavar="FILE", help=file_help)
    coverage.add_argument("--number", required=True, help=number_help)
    coverage.add_argument(
        "--from",
        dest="first",
        required=True,
        type=_day,
        metavar="DATE",
        help=translate("PatternCommand", "first day (YYYY-MM-DD)"),
    )
    coverage.add_argument(
        "--to",
        dest="last",
        required=True,
        type=_day,
        metavar="DATE",
        help=translate("PatternCommand", "last day, included"),
    )
    coverage.add_argument("--json", action="store_true", help=json_help)
    coverage.set_defaults(handler=_coverage)

    diff = actions.add_parser(
        "diff", help=ctx.translate("PatternCommand", "compare two versions of a ring pattern")
    )
    diff.add_argument("old", metavar="OLD", help=translate("PatternCommand", "the older file"))
    diff.add_argument("new", metavar="NEW", help=translate("PatternCommand", "the newer file"))
    diff.add_argument("--json", action="store_true", help=json_help)
    diff.set_defaults(handler=_diff)
    _register_trace_and_layout(actions, ctx, file_help, json_help)


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
        type=_day,
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


def _phone(number: str) -> str:
    """A Norwegian number in national form (56 10 00 00), another spaced internationally."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    national = phonenumbers.region_code_for_number(parsed) == "NO"
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if national
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, style))


def _print_trace(ctx: CommandContext, result: tuple[Document, Trace]) -> None:
    from kontakt.core.ringpattern.messages import word

    translate = ctx.translate
    pattern, trace = result

    def quoted(name: str) -> str:
        return translate("PatternCommand", '"{name}"').format(name=name)

    def name(node_id: str) -> str:
        node = pattern.node(node_id)
        return node.label if node is not None and node.label else quoted(node_id)

    count = len(trace.paths)
    if trace.kind == "node":
        who = name(trace.target)
        heading = (
            translate("PatternCommand", "Calls that reach {node}: %n way(s)", "", count)
            if count
            else translate("PatternCommand", "No call reaches {node}.")
        )
    else:
        member = pattern.members.get(trace.target)
        who = member.name if member is not None and member.name else quoted(trace.target)
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
        route = []
        for node_id, exit_name in zip(path.nodes, [*path.exits, ""], strict=True):
            if exit_name in ("", "next"):
                route.append(name(node_id))
            elif len(exit_name) == 1:
                key = translate("PatternCommand", "key {key}").format(key=exit_name)
                route.append(f"{name(node_id)} ({key})")
            else:
                route.append(f"{name(node_id)} ({word(exit_name, translate)})")
        rows.append(
            [
                _phone(path.entry),
                " → ".join(route),
                " ".join(path.press) or "-",
                translate("PatternCommand", "not in the coming year")
                if path.example is None
                else _when(ctx, path.example),
            ]
        )
    _table(ctx, rows)


def _layout(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import layout_json
    from kontakt.services.patterns import layout_file

    def show(ctx: CommandContext, result: tuple[Document, dict[str, Rect]]) -> None:
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
        for node_id, r in rects.items():
            node = pattern.node(node_id)
            label = (node.label if node is not None else None) or node_id
            rows.append([label, *(f"{v:g}" for v in (r.x, r.y, r.w, r.h))])
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


def _when(ctx: CommandContext, moment: datetime) -> str:
    """24.11.2026 08.00 in Norwegian, 2026-11-24 08:00 in English."""
    return moment.strftime("%Y-%m-%d %H:%M" if ctx.language == "en" else "%d.%m.%Y %H.%M")


def _validate(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import findings_json
    from kontakt.core.ringpattern.messages import finding_message, word
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
                        word(f.severity, ctx.translate),
                        f.code,
                        f.node or f.entry or "",
                        finding_message(f, ctx.translate),
                    ]
                    for f in findings
                ],
            )
            counts = {s: sum(f.severity is s for f in findings) for s in Severity}
            ctx.out(
                ctx.translate(
                    "PatternCommand", "Errors: {errors}, warnings: {warnings}, information: {info}"
                ).format(
                    errors=counts[Severity.ERROR],
                    warnings=counts[Severity.WARNING],
                    info=counts[Severity.INFO],
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
        call_json,
        _print_call,
    )


def _print_call(ctx: CommandContext, call: Call) -> None:
    from kontakt.core.ringpattern.messages import word

    translate = ctx.translate
    ctx.out(
        translate("PatternCommand", "Call to {number} at {when}").format(
            number=call.entry, when=_when(ctx, call.at)
        )
    )
    rows = [
        [
            translate("PatternCommand", "Seconds"),
            translate("PatternCommand", "Node"),
            translate("PatternCommand", "Type"),
            translate("PatternCommand", "What happened"),
        ]
    ]
    for step in call.steps:
        if step.rang is not None:
            what = translate("PatternCommand", "{members} rang: {result}").format(
                members=", ".join(step.rang) or "-", result=word(str(step.result), translate)
            )
        elif step.pressed is not None:
            what = word(step.pressed, translate)
        else:
            what = word(str(step.state), translate) if step.state is not None else ""
        rows.append([str(step.at_s), step.node, word(step.type, translate), what])
    _table(ctx, rows)
    if call.answered_by is not None:
        outcome = translate("PatternCommand", "Answered by {member} after {seconds} s.")
    elif call.forwarded_to is not None:
        outcome = translate("PatternCommand", "Forwarded to {number} after {seconds} s.")
    else:
        outcome = translate("PatternCommand", "Outcome: {outcome} after {seconds} s.")
    ctx.out(
        outcome.format(
            member=call.answered_by,
            number=call.forwarded_to,
            outcome=word(call.outcome, translate),
            seconds=call.elapsed_s,
        )
    )


def _coverage(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import coverage_json
    from kontakt.services.patterns import coverage_file

    return _report(
        args,
        ctx,
        lambda: coverage_file(args.file, args.number, args.first, args.last),
        coverage_json,
        _print_coverage,
    )


def _print_coverage(ctx: CommandContext, coverage: Coverage) -> None:
    from kontakt.core.ringpattern.messages import word

    translate = ctx.translate
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
            _when(ctx, i.start),
            _when(ctx, i.end),
            "" if i.state is None else word(i.state, translate),
            word(i.outcome, translate),
            " → ".join(i.route),
        ]
        for i in coverage.intervals
    ]
    _table(ctx, rows)


def _diff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.ringpattern.jsonout import diff_json
    from kontakt.services.patterns import diff_files

    return _report(args, ctx, lambda: diff_files(args.old, args.new), diff_json, _print_diff)


def _print_diff(ctx: CommandContext, result: PatternDiff) -> None:
    from kontakt.core.ringpattern.diff import PARTS

    translate = ctx.translate
    parts = {
        "entries": translate("PatternCommand", "number"),
        "calendars": translate("PatternCommand", "calendar"),
        "members": translate("PatternCommand", "member"),
        "nodes": translate("PatternCommand", "node"),
    }
    added, removed = translate("PatternCommand", "added"), translate("PatternCommand", "removed")
    rows = [
        [
            translate("PatternCommand", "Change"),
            translate("PatternCommand", "Part"),
            translate("PatternCommand", "Id"),
            translate("PatternCommand", "Field"),
            translate("PatternCommand", "Before"),
            translate("PatternCommand", "After"),
        ]
    ]
    for part in PARTS:
        rows += [[added, parts[part], key, "", "", ""] for key in result.added[part]]
        rows += [[removed, parts[part], key, "", "", ""] for key in result.removed[part]]
        for key, fields in result.changed[part].items():
            rows += [
                [
                    translate("PatternCommand", "changed"),
                    parts[part],
                    key,
                    name,
                    json.dumps(old, ensure_ascii=False),
                    json.dumps(new, ensure_ascii=False),
                ]
                for name, (old, new) in fields.items()
            ]
    if len(rows) == 1:
        ctx.out(translate("PatternCommand", "No differences."))
    else:
        _table(ctx, rows)
    ctx.out(
        translate("PatternCommand", "Numbers affected: {numbers}").format(
            numbers=", ".join(result.entries_affected) or "-"
        )
    )
