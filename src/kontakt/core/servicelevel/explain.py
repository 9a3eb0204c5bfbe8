"""What the ring pattern does where a target is missed, in sentences for the user.

A miss is a run of hours on one weekday whose calls did not meet the target. Its sentence
says the figure against the goal, then what the pattern does there: the queue or group, its
members and how it rings them, the ring and wait times, where overflow and no-answer go,
and what Erlang C recommends. Calls in closed time are summed up by the hours that have the
most of them, where opening hours could move. Every text is translated (context
"ServiceLevel").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from kontakt.core.ringpattern.model import Node, NodeType, Pattern, Strategy
from kontakt.core.servicelevel.figures import Figures, Goal, Report, TargetReport
from kontakt.core.servicelevel.records import Result
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

CONTEXT: Final = "ServiceLevel"

WEEKDAYS: Final = (
    QT_TRANSLATE_NOOP("ServiceLevel", "Monday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Tuesday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Wednesday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Thursday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Friday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Saturday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "Sunday"),
)
WEEKDAYS_IN_TEXT: Final = (
    QT_TRANSLATE_NOOP("ServiceLevel", "monday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "tuesday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "wednesday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "thursday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "friday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "saturday"),
    QT_TRANSLATE_NOOP("ServiceLevel", "sunday"),
)
"""Weekdays inside a sentence (lower case in Norwegian, capitalised in English)."""

RESULT_WORDS: Final = {
    Result.ANSWERED: QT_TRANSLATE_NOOP("ServiceLevel", "answered"),
    Result.ABANDONED: QT_TRANSLATE_NOOP("ServiceLevel", "hung up"),
    Result.OVERFLOW: QT_TRANSLATE_NOOP("ServiceLevel", "overflow"),
    Result.VOICEMAIL: QT_TRANSLATE_NOOP("ServiceLevel", "voicemail"),
    Result.FORWARDED: QT_TRANSLATE_NOOP("ServiceLevel", "forwarded"),
    Result.CLOSED: QT_TRANSLATE_NOOP("ServiceLevel", "closed"),
}
"""Call results in words."""

STRATEGIES: Final = {
    Strategy.SIMULTANEOUS: QT_TRANSLATE_NOOP("ServiceLevel", "all at once"),
    Strategy.SEQUENTIAL: QT_TRANSLATE_NOOP("ServiceLevel", "one after another"),
    Strategy.ROTATING: QT_TRANSLATE_NOOP("ServiceLevel", "in turn"),
}

WHERE: Final = QT_TRANSLATE_NOOP("ServiceLevel", "{target}, {weekday} {start}–{end}:")
LEVEL: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel", "{level} % answered within {within} s (target {goal} %)."
)
ABANDON: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel", "{rate} % hung up while waiting (at most {goal} %)."
)
ANSWER: Final = QT_TRANSLATE_NOOP("ServiceLevel", "{rate} % were answered (at least {goal} %).")
RECOMMENDS: Final = QT_TRANSLATE_NOOP("ServiceLevel", "{members}; Erlang C recommends {agents}.")
NO_ESTIMATE: Final = QT_TRANSLATE_NOOP("ServiceLevel", "{members}.")
QUEUE_RINGS: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel",
    "It rings them {strategy}, {ring} s at a time; a caller waits at most {wait} s, "
    "then goes to {overflow}.",
)
GROUP_RINGS: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel",
    "It rings them {strategy}, {ring} s at a time; with no answer the call goes to {next}.",
)
CAN_RING: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel", "{members}, of whom {ringing} can ring ({absent} marked absent)"
)
QUOTED: Final = QT_TRANSLATE_NOOP("ServiceLevel", '"{name}"')
ENDED: Final = QT_TRANSLATE_NOOP("ServiceLevel", "nowhere (the call is ended)")
NOT_IN_PATTERN: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel", "The ring pattern has no queue or group by this name."
)
CAVEAT: Final = QT_TRANSLATE_NOOP(
    "ServiceLevel",
    "Erlang C ignores callers who hang up while waiting, so it overstates how many are needed.",
)


@dataclass(frozen=True)
class Miss:
    """Hours `start`..`end` (end excluded) of `weekday` where `target` missed its goal."""

    target: TargetReport
    weekday: int
    start: int
    end: int
    figures: Figures
    agents_needed: int | None


def misses(target: TargetReport) -> list[Miss]:
    """The runs of hours (on one weekday) whose calls missed the target, week order."""
    found: list[Miss] = []
    for weekday in range(7):
        run: list[int] = []
        for hour in [*range(24), 24]:
            cell = target.hour(weekday, hour) if hour < 24 else None
            missed = cell is not None and cell.figures.offered > 0 and not cell.figures.meets
            if missed:
                run.append(hour)
                continue
            if run:
                found.append(_miss(target, weekday, run))
                run = []
    return found


def _miss(target: TargetReport, weekday: int, hours: Sequence[int]) -> Miss:
    needs = [n for h in hours if (n := target.hour(weekday, h).agents_needed) is not None]
    return Miss(
        target,
        weekday,
        hours[0],
        hours[-1] + 1,
        target.span(weekday, hours[0], hours[-1] + 1),
        max(needs, default=None),
    )


def percent(rate: float, bound: float | None = None) -> str:
    """A rate as a whole percentage ("64"); with a decimal comma where the whole number
    would equal the `bound` (a percentage) it falls short of or exceeds ("5,4")."""
    whole = round(rate * 100)
    if bound is not None and whole == bound and abs(rate * 100 - bound) > 1e-9:
        return f"{rate * 100:.1f}".replace(".", ",")
    return str(whole)


def explain(
    miss: Miss, pattern: Pattern | None, translate: Translate, absent: Collection[str] = ()
) -> str:
    """The miss in sentences: the figure against its goal, then what the pattern does
    (`absent`: the members the user marks as away, who cannot ring)."""
    goal, figures = miss.target.goal, miss.figures
    parts = [
        render(
            translate,
            CONTEXT,
            WHERE,
            {
                "target": miss.target.label,
                "weekday": translate(CONTEXT, WEEKDAYS_IN_TEXT[miss.weekday]),
                "start": f"{miss.start:02d}",
                "end": f"{miss.end:02d}",
            },
        )
    ]
    parts.extend(shortfalls(figures, goal, translate))
    node = pattern.node(miss.target.target) if pattern is not None else None
    if node is not None and node.type in (NodeType.QUEUE, NodeType.GROUP):
        parts.extend(node_sentences(node, miss.agents_needed, pattern, translate, absent))
    elif pattern is not None and miss.target.kind != "entry":
        parts.append(translate(CONTEXT, NOT_IN_PATTERN))
    return " ".join(parts)


def shortfalls(
    figures: Figures, goal: Goal, translate: Translate, *, with_level: bool = True
) -> list[str]:
    """A sentence for each figure that falls short of its goal (the service level left out
    when not `with_level`, for a text that has already given it)."""
    said: list[str] = []
    level = figures.service_level
    if with_level and level is not None and level * 100 < goal.percent:
        said.append(
            render(
                translate,
                CONTEXT,
                LEVEL,
                {
                    "level": percent(level, goal.percent),
                    "within": goal.within_s,
                    "goal": number_text(goal.percent),
                },
            )
        )
    if figures.abandon_rate is not None and figures.abandon_rate * 100 > goal.max_abandon_percent:
        said.append(
            render(
                translate,
                CONTEXT,
                ABANDON,
                {
                    "rate": percent(figures.abandon_rate, goal.max_abandon_percent),
                    "goal": number_text(goal.max_abandon_percent),
                },
            )
        )
    if figures.answer_rate is not None and figures.answer_rate * 100 < goal.min_answer_percent:
        said.append(
            render(
                translate,
                CONTEXT,
                ANSWER,
                {
                    "rate": percent(figures.answer_rate, goal.min_answer_percent),
                    "goal": number_text(goal.min_answer_percent),
                },
            )
        )
    return said


def node_sentences(
    node: Node,
    agents: int | None,
    pattern: Pattern | None,
    translate: Translate,
    absent: Collection[str] = (),
) -> list[str]:
    """The queue or group: its members, how it rings them, where its calls go onward, and
    what Erlang C recommends (`agents`)."""
    queue = node.type is NodeType.QUEUE
    # Counted texts are asked of `translate` here, literally: lupdate marks a text as one
    # with plural forms only where it sees the call with its count.
    count = len(node.member_ids)
    members = (
        translate("ServiceLevel", "The queue has %n member(s)", "", count)
        if queue
        else translate("ServiceLevel", "The group has %n member(s)", "", count)
    )
    away = sum(member in absent for member in node.member_ids)
    if away:
        members = render(
            translate,
            CONTEXT,
            CAN_RING,
            {"members": members, "ringing": count - away, "absent": away},
        )
    sentences = [
        render(translate, CONTEXT, RECOMMENDS, {"members": members, "agents": agents})
        if agents is not None
        else render(translate, CONTEXT, NO_ESTIMATE, {"members": members})
    ]
    strategy = translate(CONTEXT, STRATEGIES[node.strategy or Strategy.SIMULTANEOUS])
    onward = _label(pattern, node.exit_target("overflow" if queue else "no_answer"), translate)
    if queue:
        sentences.append(
            render(
                translate,
                CONTEXT,
                QUEUE_RINGS,
                {
                    "strategy": strategy,
                    "ring": node.ring_seconds,
                    "wait": node.max_wait_seconds,
                    "overflow": onward,
                },
            )
        )
    else:
        sentences.append(
            render(
                translate,
                CONTEXT,
                GROUP_RINGS,
                {"strategy": strategy, "ring": node.ring_seconds, "next": onward},
            )
        )
    return sentences


def _label(pattern: Pattern | None, node_id: str | None, translate: Translate) -> str:
    node = pattern.node(node_id) if pattern is not None else None
    if node is None:
        return translate(CONTEXT, ENDED)
    return render(translate, CONTEXT, QUOTED, {"name": node.label or node.id})


def count_text(count: int, translate: Translate) -> str:
    """A count as the language groups its thousands ("1 078" in Norwegian)."""
    return translate("ServiceLevel", "%Ln", "", count)


_MINUTES = QT_TRANSLATE_NOOP("ServiceLevel", "{minutes} min {seconds} s")
_WHOLE_MINUTES = QT_TRANSLATE_NOOP("ServiceLevel", "{minutes} min")
_SECONDS = QT_TRANSLATE_NOOP("ServiceLevel", "{seconds} s")


def duration_text(seconds: float | None, translate: Translate) -> str:
    """A talk or wait time as a person reads it: "3 min 53 s", "4 min", "45 s", "–" for
    none."""
    if seconds is None:
        return "–"
    minutes, rest = divmod(round(seconds), 60)
    if minutes and not rest:
        return render(translate, "ServiceLevel", _WHOLE_MINUTES, {"minutes": minutes})
    if minutes:
        return render(translate, "ServiceLevel", _MINUTES, {"minutes": minutes, "seconds": rest})
    return render(translate, "ServiceLevel", _SECONDS, {"seconds": rest})


def number_text(value: float) -> str:
    """A goal's percentage as written: "80", "82,5"."""
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


def closed_hints(report: Report, translate: Translate, most: int = 3) -> list[str]:
    """The runs of hours with the most calls in closed time (holidays aside), most first."""
    by_hour: dict[tuple[int, int], int] = {}
    for closed in report.closed:
        if closed.state == "closed":
            by_hour[closed.weekday, closed.hour] = closed.count
    runs: list[tuple[int, int, int, int]] = []  # (count, weekday, start, end)
    for weekday in range(7):
        start, total = None, 0
        for hour in [*range(24), 24]:
            count = by_hour.get((weekday, hour), 0) if hour < 24 else 0
            if count:
                start = hour if start is None else start
                total += count
            elif start is not None:
                runs.append((total, weekday, start, hour))
                start, total = None, 0
    runs.sort(key=lambda run: (-run[0], run[1], run[2]))
    return [
        translate(
            "ServiceLevel",
            "%n call(s) came on {weekday} {start}–{end} while it was closed.",
            "",
            total,
        ).format(
            weekday=translate(CONTEXT, WEEKDAYS_IN_TEXT[weekday]),
            start=f"{start:02d}",
            end=f"{end:02d}",
        )
        for total, weekday, start, end in runs[:most]
    ]
