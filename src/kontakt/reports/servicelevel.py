"""The service-level report in Excel (`spec/servicelevel.md`, `--xlsx`).

Through the shared writer: a summary (the period, each target's figures against its goal,
met or missed in words, and a chart of the service level per target), a heat map per target
(a title naming the target and its goal, a legend, hours down, weekdays across in columns of
one width, each cell coloured by its service level from red through the goal in yellow to
green and a missed hour also marked "✘", so it reads without colour), what the pattern does
where targets are missed, the calls in closed time by hour, and the staffing estimate with
its caveat. No calling number is in it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kontakt.core.ringpattern.model import Pattern
from kontakt.core.servicelevel import explain
from kontakt.core.servicelevel.figures import Figures, Report, TargetReport
from kontakt.core.texts import Translate
from kontakt.reports.cells import CellValue
from kontakt.reports.excel import (
    BarChartSpec,
    ColourScale,
    Column,
    Highlight,
    SummaryBlock,
    WorkbookBuilder,
)

CONTEXT = "ServiceLevelReport"
# a space before the sign, as Norwegian (and the glossary) writes "85 %"
_PERCENT = "0\\ %"


def met_word(figures: Figures, translate: Translate) -> str:
    """ "✔ Met" or "✘ Missed": a sign and a word, not a colour alone."""
    if figures.meets:
        return translate("ServiceLevelReport", "✔ Met")
    return translate("ServiceLevelReport", "✘ Missed")


def _period_text(report: Report) -> str:
    return f"{report.first:%d.%m.%Y}–{report.last:%d.%m.%Y}"


def _target_block(target: TargetReport, translate: Translate) -> SummaryBlock:
    figures, goal = target.period, target.goal
    return SummaryBlock(
        target.label,
        [
            (translate("ServiceLevelReport", "Offered"), figures.offered),
            (
                translate("ServiceLevelReport", "Answered within {within} s").format(
                    within=goal.within_s
                ),
                _percent_text(figures.service_level),
            ),
            (
                translate("ServiceLevelReport", "Target"),
                translate("ServiceLevelReport", "{percent} % within {within} s").format(
                    percent=explain.number_text(goal.percent), within=goal.within_s
                ),
            ),
            (translate("ServiceLevelReport", "Answer rate"), _percent_text(figures.answer_rate)),
            (translate("ServiceLevelReport", "Abandon rate"), _percent_text(figures.abandon_rate)),
            (translate("ServiceLevelReport", "Short abandons"), figures.short_abandoned),
            (
                translate("ServiceLevelReport", "Average wait"),
                explain.duration_text(figures.asa_s, translate),
            ),
            (
                translate("ServiceLevelReport", "Longest wait"),
                explain.duration_text(figures.longest_wait_s, translate),
            ),
            (translate("ServiceLevelReport", "Result"), met_word(figures, translate)),
        ],
    )


def _percent_text(rate: float | None) -> str:
    return "–" if rate is None else f"{explain.percent(rate)} %"


def _missed_format(goal_percent: float) -> str:
    """A percentage format that puts "✘" before a service level under the goal: the mark
    stays with the number, and the colour scale still reads the number."""
    return f'[<{goal_percent / 100!r}]"✘ "{_PERCENT};{_PERCENT}'


def write_report(
    path: Path,
    report: Report,
    pattern: Pattern | None,
    translate: Translate,
    *,
    now: datetime | None = None,
) -> Path:
    """Write the report to `path` (replacing it) and return `path`."""
    heading = translate("ServiceLevelReport", "Service level {period}").format(
        period=_period_text(report)
    )
    chart_items: list[tuple[str, CellValue]] = [
        (target.label, round((target.period.service_level or 0) * 100)) for target in report.targets
    ]
    blocks = [
        SummaryBlock(
            None,
            [
                (translate("ServiceLevelReport", "Period"), _period_text(report)),
                (translate("ServiceLevelReport", "Calls in the period"), report.calls),
                (
                    translate("ServiceLevelReport", "Calls in closed time"),
                    sum(c.count for c in report.closed),
                ),
            ],
        ),
        SummaryBlock(translate("ServiceLevelReport", "Service level (%) by target"), chart_items),
        *(_target_block(target, translate) for target in report.targets),
    ]
    done = translate("ServiceLevelReport", "✔ Met")
    missed = translate("ServiceLevelReport", "✘ Missed")
    weekdays = [translate("ServiceLevel", name) for name in explain.WEEKDAYS]
    with WorkbookBuilder(title=heading, created=now) as book:
        book.add_summary_sheet(
            translate("ServiceLevelReport", "Summary"),
            heading,
            blocks,
            chart=BarChartSpec(translate("ServiceLevelReport", "Service level (%)"), 1),
        )
        book.add_table_sheet(
            translate("ServiceLevelReport", "Targets"),
            [
                Column(translate("ServiceLevelReport", "Target")),
                Column(translate("ServiceLevelReport", "Offered")),
                Column(translate("ServiceLevelReport", "Service level"), _PERCENT),
                Column(translate("ServiceLevelReport", "Goal"), _PERCENT),
                Column(translate("ServiceLevelReport", "Within (s)")),
                Column(translate("ServiceLevelReport", "Answer rate"), _PERCENT),
                Column(translate("ServiceLevelReport", "Abandon rate"), _PERCENT),
                Column(translate("ServiceLevelReport", "Average wait")),
                Column(translate("ServiceLevelReport", "90th percentile wait")),
                Column(translate("ServiceLevelReport", "Handle time")),
                Column(translate("ServiceLevelReport", "Result")),
            ],
            [
                [
                    t.label,
                    t.period.offered,
                    t.period.service_level,
                    t.goal.percent / 100,
                    t.goal.within_s,
                    t.period.answer_rate,
                    t.period.abandon_rate,
                    explain.duration_text(t.period.asa_s, translate),
                    explain.duration_text(t.period.p90_wait_s, translate),
                    explain.duration_text(t.period.aht_s, translate),
                    met_word(t.period, translate),
                ]
                for t in report.targets
            ],
            highlights=[
                Highlight(10, done, "C6EFCE", "006100"),
                Highlight(10, missed, "FFC7CE", "9C0006"),
            ],
        )
        # one width for every weekday, wide enough for the longest name and its filter button
        day_width = max(len(day) for day in weekdays) + 5
        for target in report.targets:
            goal = target.goal
            goal_text = translate("ServiceLevelReport", "{percent} % within {within} s").format(
                percent=explain.number_text(goal.percent), within=goal.within_s
            )
            book.add_table_sheet(
                translate("ServiceLevelReport", "Heat map {target}").format(target=target.label),
                [Column(translate("ServiceLevelReport", "Hour"))]
                + [
                    Column(day, _missed_format(goal.percent), day_width, day_width)
                    for day in weekdays
                ],
                [
                    [
                        f"{hour:02d}",
                        *(target.hour(day, hour).figures.service_level for day in range(7)),
                    ]
                    for hour in range(24)
                ],
                scales=[ColourScale(1, 7, 0, goal.percent / 100, 1)],
                preface=[
                    translate(
                        "ServiceLevelReport", "{target}: service level by hour, target {goal}"
                    ).format(target=target.label, goal=goal_text),
                    translate(
                        "ServiceLevelReport",
                        "✘ marks an hour under the target. Colour: red at 0 %, yellow at the "
                        "target, green at 100 %. An empty cell had no calls in open time.",
                    ),
                ],
            )
        book.add_table_sheet(
            translate("ServiceLevelReport", "Misses"),
            [
                Column(translate("ServiceLevelReport", "Target")),
                Column(translate("ServiceLevelReport", "Weekday")),
                Column(translate("ServiceLevelReport", "Hours")),
                Column(
                    translate("ServiceLevelReport", "What the ring pattern does"),
                    wrap=True,
                    max_width=90,
                ),
            ],
            [
                [
                    miss.target.label,
                    weekdays[miss.weekday],
                    f"{miss.start:02d}–{miss.end:02d}",
                    explain.explain(miss, pattern, translate),
                ]
                for target in report.targets
                for miss in explain.misses(target)
            ],
        )
        book.add_table_sheet(
            translate("ServiceLevelReport", "Closed time"),
            [
                Column(translate("ServiceLevelReport", "Weekday")),
                Column(translate("ServiceLevelReport", "Hour")),
                Column(translate("ServiceLevelReport", "State")),
                Column(translate("ServiceLevelReport", "Calls")),
            ],
            [
                [weekdays[c.weekday], f"{c.hour:02d}", _state(c.state, translate), c.count]
                for c in report.closed
            ],
        )
        book.add_table_sheet(
            translate("ServiceLevelReport", "Staffing"),
            [
                Column(translate("ServiceLevelReport", "Target")),
                Column(translate("ServiceLevelReport", "Weekday")),
                Column(translate("ServiceLevelReport", "Hour")),
                Column(translate("ServiceLevelReport", "Offered")),
                Column(translate("ServiceLevelReport", "Traffic (Erlang)"), "0.00"),
                Column(translate("ServiceLevelReport", "Agents needed (Erlang C)")),
                Column(translate("ServiceLevelReport", "Members")),
                Column(translate("ServiceLevelReport", "Note"), wrap=True, max_width=60),
            ],
            [
                [
                    target.label,
                    weekdays[cell.weekday],
                    f"{cell.hour:02d}",
                    cell.figures.offered,
                    cell.traffic,
                    cell.agents_needed,
                    target.members,
                    translate("ServiceLevel", explain.CAVEAT),
                ]
                for target in report.targets
                for cell in target.hours
                if cell.figures.offered
            ],
        )
        return book.save(path)


def _state(state: str, translate: Translate) -> str:
    if state == "holiday":
        return translate("ServiceLevelReport", "closed day")
    return translate("ServiceLevelReport", "closed")
