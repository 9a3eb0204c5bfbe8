"""`kontakt preparedness check` and `kontakt preparedness scenario` (`spec/preparedness.md`,
"Command line").

What the files on the command line do not give is taken from the database (`--db`, or the
user's own once it holds their real municipality): the sites, the newest ring patterns,
the number register, weaknesses and reviews (a check of files alone, with no database to
ask, says nothing of the plan's review and weaknesses). Exit codes: 0 ran, 1 with
`--fail-on` and a finding at least that serious, 2 an input cannot be used (a message says
what and where).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, CommandContext

if TYPE_CHECKING:
    from kontakt.core.preparedness.scenarios import Scenario
    from kontakt.services.preparedness import PreparednessData


class _Unusable(Exception):
    """An input cannot be used: the message is already in the user's language."""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], ctx: CommandContext
) -> None:
    """Add `preparedness check` and `preparedness scenario` to the `kontakt` parser."""
    translate = ctx.translate
    top = subparsers.add_parser(
        "preparedness",
        help=translate(
            "PreparednessCommand", "preparedness: sites, emergency power, outages and the plan"
        ),
    )
    actions = top.add_subparsers(dest="preparedness_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help=translate("PreparednessCommand", "find the weak points of sites, paths and patterns"),
    )
    scenario = actions.add_parser(
        "scenario",
        help=translate("PreparednessCommand", "show what callers meet during an outage"),
    )
    for parser in (check, scenario):
        parser.add_argument(
            "--sites",
            metavar=translate("PreparednessCommand", "FILE"),
            help=translate(
                "PreparednessCommand",
                "the sites register (kontakt.sites JSON or XLSX; default: the database's)",
            ),
        )
        parser.add_argument(
            "--pattern",
            metavar=translate("PreparednessCommand", "FILE"),
            nargs="+",
            default=[],
            help=translate(
                "PreparednessCommand", "ring patterns (default: the database's newest versions)"
            ),
        )
    check.add_argument(
        "--directory",
        metavar=translate("PreparednessCommand", "FILE"),
        help=translate(
            "PreparednessCommand", "the number register as CSV (default: the database's)"
        ),
    )
    for parser in (check, scenario):
        parser.add_argument(
            "--json",
            metavar=translate("PreparednessCommand", "PATH"),
            help=translate("PreparednessCommand", "write JSON to PATH (- for standard output)"),
        )
    check.add_argument(
        "--xlsx",
        metavar=translate("PreparednessCommand", "PATH"),
        type=Path,
        help=translate("PreparednessCommand", "write the preparedness plan (Excel) to PATH"),
    )
    check.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        help=translate(
            "PreparednessCommand", "exit with 1 when a finding is at least this serious"
        ),
    )
    which = scenario.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--power",
        metavar=translate("PreparednessCommand", "SITE:MINUTES"),
        help=translate("PreparednessCommand", "a power cut at SITE lasting MINUTES"),
    )
    which.add_argument(
        "--network",
        metavar=translate("PreparednessCommand", "SITE"),
        help=translate("PreparednessCommand", "the network at SITE is down"),
    )
    which.add_argument(
        "--datacentre",
        action="store_true",
        help=translate("PreparednessCommand", "the central data room is down"),
    )
    which.add_argument(
        "--mobile-network",
        action="store_true",
        help=translate("PreparednessCommand", "the mobile network is down"),
    )
    which.add_argument(
        "--platform",
        action="store_true",
        help=translate("PreparednessCommand", "IKTNH's telephony platform is down"),
    )
    which.add_argument(
        "--sweep",
        action="store_true",
        help=translate(
            "PreparednessCommand", "every site's power and network, and the three global outages"
        ),
    )
    check.set_defaults(handler=_check)
    scenario.set_defaults(handler=_scenario)


def _data(args: argparse.Namespace, ctx: CommandContext) -> PreparednessData:
    """The stored data (when a database is to be asked) with the named files in place."""
    from kontakt.core.preparedness.sites import SitesError, SitesRegister
    from kontakt.core.ringpattern.errors import PatternError
    from kontakt.core.ringpattern.messages import error_message
    from kontakt.core.tables.errors import TableInputError
    from kontakt.services.database import StorageError, error_text, has_default_database
    from kontakt.services.preparedness import PreparednessData, with_files

    data = PreparednessData(SitesRegister(), plan_known=False)
    try:
        named = ctx.db_url is not None
        if named or has_default_database():
            from kontakt.services import startup
            from kontakt.services.preparedness import stored

            db = startup.open_for_use(
                ctx.db_url, load_demo=named and not ctx.no_demo, kommune=ctx.kommune
            )
            try:
                found = stored(db)
            finally:
                db.dispose()
            # never the demo's made-up sites mixed into a check of the user's own files
            if found.municipality and (named or not found.is_demo):
                data = found
        return with_files(
            data,
            sites=args.sites,
            patterns=args.pattern,
            directory=getattr(args, "directory", None),
        )
    except SitesError as exc:
        raise _Unusable(exc.message(ctx.translate)) from None
    except PatternError as exc:
        raise _Unusable(error_message(exc, ctx.translate)) from None
    except TableInputError as exc:
        raise _Unusable(exc.message(ctx.translate)) from None
    except StorageError as exc:
        raise _Unusable(error_text(ctx.translate, exc)) from None


def _write_json(target: str, document: object, ctx: CommandContext) -> bool:
    """Write `document` to `target` (`-` = standard output); False when it cannot be."""
    from kontakt.core.safe_files import FileWriteError, replacing_text

    text = json.dumps(document, ensure_ascii=False, indent=2)
    if target == "-":
        ctx.out(text)
        return True
    try:
        with replacing_text(Path(target)) as out:
            out.write(text + "\n")
    except FileWriteError as exc:
        ctx.err(exc.message(ctx.translate))
        return False
    return True


def _check(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.safe_files import FileWriteError, write_error
    from kontakt.core.severity import Severity
    from kontakt.services.preparedness import export_plan, json_check, run_check

    translate = ctx.translate
    try:
        data = _data(args, ctx)
    except _Unusable as exc:
        ctx.err(str(exc))
        return EXIT_UNUSABLE_INPUT
    today = date.today()
    result = run_check(data, today)
    if args.xlsx is not None:
        try:
            export_plan(args.xlsx, data, result, translate)
        except (FileWriteError, OSError) as exc:
            ctx.err(write_error(args.xlsx, exc).message(translate))
            return EXIT_UNUSABLE_INPUT
    to_stdout = args.json == "-"
    if args.json is not None and not _write_json(args.json, json_check(result, translate), ctx):
        return EXIT_UNUSABLE_INPUT
    say = ctx.err if to_stdout else ctx.out
    unlimited = translate("PreparednessCommand", "without limit")
    site_names = result.register.names
    for site, minutes in result.autonomy():
        shown = (
            unlimited
            if minutes is None
            else translate("PreparednessCommand", "%n min", "", minutes)
        )
        say(
            translate("PreparednessCommand", "Site {site}: emergency power {autonomy}").format(
                site=site_names[site], autonomy=shown
            )
        )
    if not result.findings:
        say(translate("PreparednessCommand", "No findings."))
    else:
        say(translate("PreparednessCommand", "%n finding(s):", "", len(result.findings)))
    for finding in result.findings:
        say(f"{finding.severity.label(translate)}  {finding.code}: {finding.text(translate)}")
    if args.fail_on is not None:
        threshold = Severity(args.fail_on)
        if any(f.severity.at_least(threshold) for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _chosen(
    args: argparse.Namespace, data: PreparednessData, ctx: CommandContext
) -> list[Scenario]:
    from kontakt.core.preparedness.scenarios import Kind, Scenario, sweep_scenarios

    translate = ctx.translate
    if args.sweep:
        return sweep_scenarios(data.register)
    if args.datacentre:
        return [Scenario(Kind.DATACENTRE)]
    if args.mobile_network:
        return [Scenario(Kind.MOBILE_NETWORK)]
    if args.platform:
        return [Scenario(Kind.PLATFORM)]
    if args.power is not None:
        site, _, minutes = str(args.power).rpartition(":")
        if not site or not minutes.isdigit():
            raise _Unusable(
                translate(
                    "PreparednessCommand",
                    '--power: "{value}" is not of the form SITE:MINUTES (such as radhuset:120).',
                ).format(value=args.power)
            )
        scenario = Scenario(Kind.POWER, site, int(minutes))
    else:
        scenario = Scenario(Kind.NETWORK, str(args.network))
    if data.register.site(scenario.site) is None:
        known = ", ".join(s.id for s in data.register.sites) or "-"
        raise _Unusable(
            translate(
                "PreparednessCommand",
                '{option}: the site "{site}" is not in the sites register (its sites: {known}).',
            ).format(
                option="--power" if scenario.kind is Kind.POWER else "--network",
                site=scenario.site,
                known=known,
            )
        )
    return [scenario]


def _scenario(args: argparse.Namespace, ctx: CommandContext) -> int:
    from kontakt.core.preparedness.scenarios import member_names
    from kontakt.core.ringpattern.messages import moment_text, outcome_word, phone, word
    from kontakt.services.preparedness import json_scenarios, scenarios

    translate = ctx.translate
    try:
        data = _data(args, ctx)
        chosen = _chosen(args, data, ctx)
        if not data.patterns:
            raise _Unusable(
                translate(
                    "PreparednessCommand",
                    "No ring pattern to run the scenario on: give --pattern FILE, or --db "
                    "with a database that holds one.",
                )
            )
    except _Unusable as exc:
        ctx.err(str(exc))
        return EXIT_UNUSABLE_INPUT
    results = scenarios(data, chosen, date.today())
    to_stdout = args.json == "-"
    if args.json is not None and not _write_json(args.json, json_scenarios(results), ctx):
        return EXIT_UNUSABLE_INPUT
    say = ctx.err if to_stdout else ctx.out
    yes, no = (
        translate("PreparednessCommand", "answerable"),
        translate("PreparednessCommand", "NOT answerable"),
    )
    site_names = data.register.names
    names = member_names(data.patterns, data.directory)
    for result in results:
        say(
            translate(
                "PreparednessCommand",
                "Scenario {name}: %n member(s) lost",
                "",
                len(result.lost_members),
            ).format(name=result.scenario.text(translate, site_names))
        )
        if result.lost_members:
            say(
                "  "
                + translate("PreparednessCommand", "Lost: {members}").format(
                    members=", ".join(names.get(m, m) for m in result.lost_members)
                )
            )
        for row in result.entries:
            say(
                "  "
                + translate(
                    "PreparednessCommand",
                    "{entry} ({state}, {at}): normally {normal}, during {during}: {verdict}",
                ).format(
                    entry=phone(row.entry),
                    state=word(row.state, translate),
                    at=moment_text(row.at, translate),
                    normal=outcome_word(row.normal.outcome, translate),
                    during=outcome_word(row.during.outcome, translate),
                    verdict=yes if row.answerable else no,
                )
            )
    return EXIT_OK
