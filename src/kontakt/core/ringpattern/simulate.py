"""Routing one call through a pattern, step by step (`spec/ringpattern.md`, "Routing a call").

Time passes during a call: a schedule is read at the moment the call reaches it (the
call's start plus the seconds spent ringing and waiting so far), not at the moment it was
dialled. Ringing and queueing cost their seconds; a menu that hears no key costs its
`timeout_s`; announcements, a pressed key and an unavailable member cost nothing.
The same inputs always give the same call.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import (
    MAX_MENU_PLAYS,
    MENU_KEYS,
    Node,
    NodeType,
    Pattern,
    Strategy,
)
from kontakt.core.ringpattern.schedule import (
    CalendarClock,
    CalendarState,
    check_day,
    past_dates,
    to_utc,
)

MAX_ENTRIES_PER_NODE: Final = 20
"""A call that would enter one node this many times is in an endless loop."""

NO_INPUT: Final = "no_input"
INVALID: Final = "invalid"


class Outcome(StrEnum):
    ANSWERED = "answered"
    VOICEMAIL = "voicemail"
    FORWARDED = "forwarded"
    HANGUP = "hangup"
    ENDLESS_LOOP = "endless_loop"
    DEAD_END = "dead_end"


class StepResult(StrEnum):
    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    OVERFLOW = "overflow"


@dataclass(frozen=True)
class Step:
    """What happened at one node: `at_s` is when the call reached it.

    `state` for schedules; `pressed` (a digit, `no_input` or `invalid`) for each play of a
    menu; `rang` (each member once, in the order their phones first rang) and `result`
    for groups and queues; `ring_s` is how long they rang or the caller waited there.
    """

    node: str
    type: NodeType
    at_s: int
    state: CalendarState | None = None
    pressed: str | None = None
    rang: tuple[str, ...] | None = None
    result: StepResult | None = None
    ring_s: int = 0


@dataclass(frozen=True)
class Call:
    """A routed call: its steps, how it ended and after how many seconds."""

    entry: str
    at: datetime
    steps: tuple[Step, ...]
    outcome: Outcome
    answered_by: str | None = None
    forwarded_to: str | None = None
    elapsed_s: int = 0

    @property
    def route(self) -> tuple[str, ...]:
        """The node ids passed, in order (a menu played again counts once)."""
        route: list[str] = []
        for step in self.steps:
            if not route or route[-1] != step.node:
                route.append(step.node)
        return tuple(route)


StateOf = Callable[[str, int], CalendarState]
"""(calendar name, seconds into the call) -> the calendar's state then."""


@dataclass
class _Walk:
    pattern: Pattern
    digits: Iterator[str]
    answer: str | None
    unavailable: Collection[str]
    state_of: StateOf
    steps: list[Step] = field(default_factory=list)
    elapsed: int = 0
    answered_by: str | None = None
    forwarded_to: str | None = None

    def run(self, start: str | None) -> Outcome:
        visits: dict[str, int] = {}
        target: str | Outcome | None = start
        while not isinstance(target, Outcome):
            node = self.pattern.node(target)
            if node is None:
                return Outcome.DEAD_END
            visits[node.id] = visits.get(node.id, 0) + 1
            if visits[node.id] >= MAX_ENTRIES_PER_NODE:
                return Outcome.ENDLESS_LOOP
            target = self.visit(node)
        return target

    def visit(self, node: Node) -> str | Outcome:
        if node.type is NodeType.SCHEDULE:
            return self.schedule(node)
        if node.type is NodeType.MENU:
            return self.menu(node)
        if node.type in (NodeType.GROUP, NodeType.QUEUE):
            return self.ring(node)
        self.steps.append(Step(node.id, node.type, self.elapsed))
        if node.type is NodeType.ANNOUNCEMENT:
            if "next" in node.exits and node.exits["next"] is None:
                return Outcome.HANGUP
            return _exit(node, "next")
        if node.type is NodeType.FORWARD:
            self.forwarded_to = node.number
            return Outcome.FORWARDED
        return Outcome.VOICEMAIL if node.type is NodeType.VOICEMAIL else Outcome.HANGUP

    def schedule(self, node: Node) -> str | Outcome:
        if node.calendar is None or node.calendar not in self.pattern.calendars:
            self.steps.append(Step(node.id, node.type, self.elapsed))
            return Outcome.DEAD_END
        state = self.state_of(node.calendar, self.elapsed)
        self.steps.append(Step(node.id, node.type, self.elapsed, state=state))
        return _exit(node, state.value)

    def menu(self, node: Node) -> str | Outcome:
        options = node.options or {}
        for play in range(1, MAX_MENU_PLAYS + 1):
            digit = next(self.digits, None)
            if digit is None:
                self.steps.append(Step(node.id, node.type, self.elapsed, pressed=NO_INPUT))
                self.elapsed += node.timeout_seconds
                return _exit(node, NO_INPUT)
            if digit in options:
                self.steps.append(Step(node.id, node.type, self.elapsed, pressed=digit))
                return options[digit] or Outcome.DEAD_END
            self.steps.append(Step(node.id, node.type, self.elapsed, pressed=INVALID))
            invalid = node.exits.get(INVALID)
            if invalid is not None:
                return invalid
            if play == MAX_MENU_PLAYS:
                break
        return _exit(node, NO_INPUT)

    def ring(self, node: Node) -> str | Outcome:
        available = [
            m for m in node.member_ids if m in self.pattern.members and m not in self.unavailable
        ]
        rang, answered_at, spent = ring_members(node, available, self.answer)
        if answered_at is not None:
            self.steps.append(
                Step(
                    node.id,
                    node.type,
                    self.elapsed,
                    rang=rang,
                    result=StepResult.ANSWERED,
                    ring_s=answered_at,
                )
            )
            self.elapsed += answered_at
            self.answered_by = self.answer
            return Outcome.ANSWERED
        queue = node.type is NodeType.QUEUE
        result = StepResult.OVERFLOW if queue else StepResult.NO_ANSWER
        self.steps.append(
            Step(node.id, node.type, self.elapsed, rang=rang, result=result, ring_s=spent)
        )
        self.elapsed += spent
        return _exit(node, "overflow" if queue else "no_answer")


def _exit(node: Node, name: str) -> str | Outcome:
    return node.exit_target(name) or Outcome.DEAD_END


def ring_members(
    node: Node, available: Sequence[str], answer: str | None
) -> tuple[tuple[str, ...], int | None, int]:
    """Who rings in a group or queue: (members in first-ring order, seconds until `answer`
    picks up or None, seconds spent when nobody answers).

    A member rings when their turn starts before the ringing window closes: `max_ring_s`
    (or the list's end) for a group, `max_wait_s` for a queue, whose list starts over from
    the first member until then.
    """
    ring_s = node.ring_seconds
    simultaneous = node.strategy is Strategy.SIMULTANEOUS
    if node.type is NodeType.QUEUE:
        window = node.max_wait_seconds
        spent = window
    else:
        whole = ring_s if simultaneous else ring_s * len(available)
        window = whole if node.max_ring_s is None else min(whole, node.max_ring_s)
        spent = window if available else 0
    starts = [0 if simultaneous else i * ring_s for i in range(len(available))]
    rang = tuple(
        m for m, start in zip(available, starts, strict=True) if start < window and ring_s > 0
    )
    if answer in rang:
        position = rang.index(answer)  # rang is a prefix of available
        return (rang if simultaneous else rang[: position + 1]), starts[position], spent
    return rang, None, spent


def walk(
    pattern: Pattern, start: str | None, state_of: StateOf, presses: Iterable[str] = ()
) -> tuple[tuple[Step, ...], Outcome]:
    """Route a call that presses `presses` (default nothing) and that nobody answers from
    node `start`, reading calendars through `state_of` (coverage and trace pass a
    precomputed one)."""
    state = _Walk(pattern, iter(presses), None, (), state_of)
    outcome = state.run(start)
    return tuple(state.steps), outcome


def simulate(
    pattern: Pattern,
    number: str,
    at: datetime,
    presses: Sequence[str] = (),
    answer: str | None = None,
    unavailable: Collection[str] = (),
) -> Call:
    """Route a call to entry `number` dialled at `at` (naive = local time in the pattern's
    zone). `PatternError` for an unknown entry number, member id or key, or a date outside
    `schedule.FIRST_DAY`..`LAST_DAY`."""
    entry = pattern.entry(number)
    if entry is None:
        raise PatternError("unknown-entry", {"number": number})
    for member in ([answer] if answer is not None else []) + list(unavailable):
        if member not in pattern.members:
            raise PatternError("unknown-member", {"member": member})
    for digit in presses:
        if digit not in MENU_KEYS:
            raise PatternError("bad-key", {"value": digit})
    check_day(at.date())
    zone = pattern.zone
    start = to_utc(at, zone)
    clocks: dict[str, CalendarClock] = {}

    def state_of(calendar: str, elapsed: int) -> CalendarState:
        clock = clocks.get(calendar)
        if clock is None:
            clock = clocks[calendar] = CalendarClock(pattern.calendars[calendar], zone)
        try:
            moment = start + timedelta(seconds=elapsed)
        except OverflowError:
            raise past_dates() from None
        return clock.state_at(moment)

    call = _Walk(pattern, iter(presses), answer, frozenset(unavailable), state_of)
    outcome = call.run(entry.start)
    return Call(
        entry=number,
        at=start.astimezone(zone),
        steps=tuple(call.steps),
        outcome=outcome,
        answered_by=call.answered_by,
        forwarded_to=call.forwarded_to,
        elapsed_s=call.elapsed,
    )
