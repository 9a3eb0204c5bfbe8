"""Test cases from a ring-pattern change: the calls that prove the new pattern works.

For each entry number whose calls can meet a change, `moments` gives one moment for each
kind of stretch of the coming year (a calendar situation, and the routes a call takes there
before and after). At that moment the voice menus are explored key by key, and a call
becomes a case when it passes something that changed (a menu option for its key, a group whose
members or times changed, a new voicemail or forward), or when, pressing nothing, it goes
elsewhere than it did before (changed opening hours). A changed group also gets a call that
one of its members answers. `expect` is what the simulator gives on the new pattern for
exactly that call. Phone orders add their device checks, and every checklist ends with the
standing checks (`manual`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from kontakt.core.checklist.manual import device_checks, standing_checks
from kontakt.core.checklist.model import CaseKind, Expect, PhoneOrder, TestCase, numbered
from kontakt.core.checklist.moments import Moment, moments
from kontakt.core.checklist.words import (
    call_instructions,
    expected_text,
    listing,
    member_name,
    node_name,
    when,
)
from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.coverage import Coverer
from kontakt.core.ringpattern.diff import PatternDiff, diff
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.graph import reachable
from kontakt.core.ringpattern.model import MENU_KEYS, NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock
from kontakt.core.ringpattern.simulate import NO_INPUT, Call, Step, simulate
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

MAX_MENU_DEPTH: Final = 3
"""Menus followed one after another by key presses (deeper ones are tested pressing nothing)."""

IGNORED_FIELDS: Final = frozenset({"label"})
"""Node fields a caller cannot hear or see."""
MEMBER_FIELDS: Final = frozenset({"number", "device"})
"""Member fields a test call shows (a changed name or site is not a call's business)."""
CTX: Final = "Checklist"

FIELD_WORDS: Final = {
    "members": QT_TRANSLATE_NOOP("Checklist", "members"),
    "strategy": QT_TRANSLATE_NOOP("Checklist", "ringing order"),
    "ring_s": QT_TRANSLATE_NOOP("Checklist", "ring time"),
    "max_ring_s": QT_TRANSLATE_NOOP("Checklist", "longest ring time"),
    "max_wait_s": QT_TRANSLATE_NOOP("Checklist", "maximum queue time"),
    "max_callers": QT_TRANSLATE_NOOP("Checklist", "queue length"),
    "prompt": QT_TRANSLATE_NOOP("Checklist", "announcement text"),
    "timeout_s": QT_TRANSLATE_NOOP("Checklist", "waiting time for a key"),
    "no_input": QT_TRANSLATE_NOOP("Checklist", "where it goes without a key"),
    "invalid": QT_TRANSLATE_NOOP("Checklist", "where a wrong key goes"),
    "no_answer": QT_TRANSLATE_NOOP("Checklist", "where it goes when nobody answers"),
    "overflow": QT_TRANSLATE_NOOP("Checklist", "overflow"),
    "next": QT_TRANSLATE_NOOP("Checklist", "where it goes next"),
    "calendar": QT_TRANSLATE_NOOP("Checklist", "opening hours"),
    "open": QT_TRANSLATE_NOOP("Checklist", "where it goes when open"),
    "closed": QT_TRANSLATE_NOOP("Checklist", "where it goes when closed"),
    "holiday": QT_TRANSLATE_NOOP("Checklist", "where it goes on closed days"),
    "mailbox": QT_TRANSLATE_NOOP("Checklist", "mailbox"),
    "number": QT_TRANSLATE_NOOP("Checklist", "number"),
    "device": QT_TRANSLATE_NOOP("Checklist", "phone type"),
    "options": QT_TRANSLATE_NOOP("Checklist", "menu options"),
}


@dataclass(frozen=True)
class _Candidate:
    call: Call
    moment: Moment
    press: tuple[str, ...]
    answer: str | None
    reason: str


class _Changes:
    """What changed from old to new, as a test call meets it step by step."""

    def __init__(self, old: Pattern, new: Pattern, difference: PatternDiff) -> None:
        self.old, self.new, self.diff = old, new, difference
        # Shared by every entry: the calendars' change lists are worked out once.
        self.coverers = (Coverer(old), Coverer(new))
        self.clocks = {name: CalendarClock(c, new.zone) for name, c in new.calendars.items()}
        self.members = {
            m
            for m in new.members
            if m in difference.added["members"]
            or MEMBER_FIELDS & set(difference.changed["members"].get(m, {}))
        }

    def reaches_a_change(self, number: str) -> bool:
        """Whether a call to `number` can meet, in the old or the new pattern, a node,
        calendar or member that changed (or the entry itself changed)."""
        if number in self.diff.touched("entries"):
            return True
        nodes = self.diff.touched("nodes")
        calendars = self.diff.touched("calendars")
        members = self.diff.touched("members")
        for pattern in (self.old, self.new):
            entry = pattern.entry(number)
            for node_id in reachable(pattern, [entry.start if entry else None]):
                node = pattern.node_by_id[node_id]
                if (
                    node_id in nodes
                    or node.calendar in calendars
                    or not members.isdisjoint(node.member_ids)
                ):
                    return True
        return self.old.zone != self.new.zone

    def node_fields(self, node_id: str) -> set[str] | None:
        """The changed fields of a node, None when it is new."""
        if node_id in self.diff.added["nodes"]:
            return None
        return set(self.diff.changed["nodes"].get(node_id, {})) - IGNORED_FIELDS

    def step(self, step: Step, translate: Translate) -> str | None:
        """Why `step` tests a change (in words), or None when it meets nothing changed."""
        node = self.new.node(step.node)
        if node is None:
            return None
        name = node_name(node, step.node)
        fields = self.node_fields(step.node)
        if fields is None:
            return render(translate, CTX, _NEW_NODE, {"name": name})
        if step.type is NodeType.MENU:
            return self._menu_step(step, fields, name, translate)
        if step.type in (NodeType.GROUP, NodeType.QUEUE):
            moved = sorted(self.members & set(node.member_ids), key=node.member_ids.index)
            if moved and not fields:
                return render(
                    translate,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "The number or phone of {members} changed."),
                    {"members": listing([member_name(self.new, m) for m in moved], translate)},
                )
        if not fields:
            return None
        return render(
            translate,
            CTX,
            QT_TRANSLATE_NOOP("Checklist", "{name}: {fields} changed."),
            {
                "name": name,
                "fields": listing(
                    [translate(CTX, FIELD_WORDS.get(f, f)) for f in _in_order(fields)],
                    translate,
                ),
            },
        )

    def _menu_step(
        self, step: Step, fields: set[str], name: str, translate: Translate
    ) -> str | None:
        node = self.new.node(step.node)
        old = self.old.node(step.node)
        assert node is not None
        if step.pressed == NO_INPUT:
            # The no-input path of a changed menu is tested too, naming what it hears.
            heard = fields & {"no_input", "timeout_s", "prompt"} or fields
            if not heard:
                return None
            return render(
                translate,
                CTX,
                QT_TRANSLATE_NOOP("Checklist", "{name}: {fields} changed."),
                {
                    "name": name,
                    "fields": listing(
                        [translate(CTX, FIELD_WORDS[f]) for f in _in_order(heard)], translate
                    ),
                },
            )
        if step.pressed == "invalid":
            return (
                render(translate, CTX, _WRONG_KEY, {"name": name}) if "invalid" in fields else None
            )
        digit = step.pressed or ""
        before = (old.options or {}).get(digit) if old is not None else None
        after = (node.options or {}).get(digit)
        if before == after:
            return None
        if after is None:
            return render(translate, CTX, _OPTION_GONE, {"key": digit, "name": name})
        if before is None:
            return render(translate, CTX, _OPTION_NEW, {"key": digit, "name": name})
        return render(
            translate,
            CTX,
            _OPTION_CHANGED,
            {
                "key": digit,
                "name": name,
                "before": node_name(self.old.node(before), before),
                "after": node_name(self.new.node(after), after),
            },
        )

    def call(self, call: Call, since: int, translate: Translate) -> list[tuple[str, str]]:
        """The changes the call meets at or after step `since`, in order: (what, in words).
        What is a node id, or for a menu a key the menu's id and the key pressed."""
        met = []
        for step in call.steps[since:]:
            reason = self.step(step, translate)
            if reason is not None:
                what = step.node
                if step.type is NodeType.MENU:
                    what += f":{step.pressed}"
                met.append((what, reason))
        return met


_NEW_NODE = QT_TRANSLATE_NOOP("Checklist", "{name} is new in the ring pattern.")
_WRONG_KEY = QT_TRANSLATE_NOOP("Checklist", "{name}: where a wrong key goes changed.")
_OPTION_GONE = QT_TRANSLATE_NOOP("Checklist", "Key {key} in the voice menu {name} was removed.")
_OPTION_NEW = QT_TRANSLATE_NOOP("Checklist", "Key {key} in the voice menu {name} is new.")
_OPTION_CHANGED = QT_TRANSLATE_NOOP(
    "Checklist", "Key {key} in the voice menu {name} now leads to {after} (before: {before})."
)
_HOURS_CHANGED = QT_TRANSLATE_NOOP(
    "Checklist",
    "The opening hours changed: at this time a call that presses nothing went to {before} "
    "and now goes to {after}.",
)
_ROUTE_CHANGED = QT_TRANSLATE_NOOP(
    "Checklist", "A call that presses nothing went to {before} and now goes to {after}."
)
_ENTRY_NEW = QT_TRANSLATE_NOOP("Checklist", "The number {number} is new.")
_ENTRY_CHANGED = QT_TRANSLATE_NOOP("Checklist", "Where calls to {number} start changed.")
_ANSWER = QT_TRANSLATE_NOOP("Checklist", "{reason} This time {name} answers in {group}.")


def _in_order(fields: set[str]) -> list[str]:
    return sorted(fields, key=lambda f: (list(FIELD_WORDS).index(f) if f in FIELD_WORDS else 99, f))


def _next_menu(call: Call) -> Step | None:
    """The first menu the call left without a key: where the next key would go."""
    return next((s for s in call.steps if s.type is NodeType.MENU and s.pressed == NO_INPUT), None)


def _press_step(call: Call, presses: int) -> int:
    """The index of the step that took the last of `presses` keys (0 with none)."""
    taken = 0
    for index, step in enumerate(call.steps):
        if step.type is NodeType.MENU and step.pressed != NO_INPUT:
            taken += 1
            if taken == presses:
                return index
    return 0


def _keys(new: Pattern, old: Pattern, menu_id: str) -> list[str]:
    """The menu's keys now and before (a removed key is tested too), in keypad order."""
    keys = set((n.options or {}) if (n := new.node(menu_id)) else ())
    keys |= set((o.options or {}) if (o := old.node(menu_id)) else ())
    return [k for k in MENU_KEYS if k in keys]


def _result(call: Call | None) -> tuple[object, ...] | None:
    if call is None:
        return None
    return (call.route, call.outcome, _rang(call), call.answered_by, call.forwarded_to)


def _rang(call: Call) -> tuple[str, ...]:
    rang: list[str] = []
    for step in call.steps:
        for member in step.rang or ():
            if member not in rang:
                rang.append(member)
    return tuple(rang)


def _old_call(old: Pattern, number: str, at: datetime, press: Sequence[str]) -> Call | None:
    if old.entry(number) is None:
        return None
    try:
        return simulate(old, number, at, press)
    except PatternError:  # what the old pattern cannot route: the calls differ anyway
        return None


def _candidates(
    old: Pattern,
    new: Pattern,
    changes: _Changes,
    number: str,
    moment: Moment,
    covered: set[str],
    t: Translate,
) -> list[_Candidate]:
    """The calls worth making at `moment`; `covered` holds the changes already met on
    another path (and gets those met here)."""
    found: list[_Candidate] = []

    def explore(press: tuple[str, ...], menu_id: str | None) -> None:
        call = simulate(new, number, moment.at, press)
        menu = new.node(menu_id)
        if press and menu is not None and press[-1] not in (menu.options or {}):
            # A key the menu lost: the call replays the menu, where nothing more is tested.
            name = node_name(menu, menu.id)
            found.append(
                _Candidate(
                    call,
                    moment,
                    press,
                    None,
                    render(t, CTX, _OPTION_GONE, {"key": press[-1], "name": name}),
                )
            )
            return
        met = changes.call(call, _press_step(call, len(press)), t)
        # One path through each change is enough: a call is made for what is still untested.
        untested = [reason for what, reason in met if what not in covered]
        covered.update(what for what, _reason in met)
        reason = untested[0] if untested else None
        if not press:
            if reason is None and moment.fork is not None:
                before, after = moment.fork
                source = _HOURS_CHANGED if moment.calendar is not None else _ROUTE_CHANGED
                reason = render(t, CTX, source, {"before": before, "after": after})
            reason = _entry_reason(changes, number, t) or reason
            if reason is None and _result(call) != _result(
                _old_call(old, number, moment.at, press)
            ):
                reason = render(t, CTX, _ENTRY_CHANGED, {"number": national_form(number)})
        if reason is not None:
            found.append(_Candidate(call, moment, press, None, reason))
        step = _next_menu(call)
        if step is None or len(press) >= MAX_MENU_DEPTH:
            return
        for key in _keys(new, old, step.node):
            explore((*press, key), step.node)

    explore((), None)
    return found


def _entry_reason(changes: _Changes, number: str, t: Translate) -> str | None:
    if number in changes.diff.added["entries"]:
        return render(t, CTX, _ENTRY_NEW, {"number": national_form(number)})
    if "start" in changes.diff.changed["entries"].get(number, {}):
        return render(t, CTX, _ENTRY_CHANGED, {"number": national_form(number)})
    return None


def _answered(
    new: Pattern, changes: _Changes, candidate: _Candidate, done: set[str], t: Translate
) -> Iterator[_Candidate]:
    """For each changed group or queue on the call, a call that one member answers: a
    member new to it if there is one, else the last whose phone rang."""
    for step in candidate.call.steps:
        if step.type not in (NodeType.GROUP, NodeType.QUEUE) or not step.rang:
            continue
        if step.node in done:
            continue
        reason = changes.step(step, t)
        if reason is None:
            continue
        node = new.node(step.node)
        old = changes.old.node(step.node)
        assert node is not None
        newcomers = [m for m in step.rang if old is None or m not in old.member_ids]
        answer = newcomers[0] if newcomers else step.rang[-1]
        call = simulate(new, candidate.call.entry, candidate.moment.at, candidate.press, answer)
        if call.answered_by != answer or call.steps[-1].node != step.node:
            continue  # the member picks up earlier in the call: not this group's test
        done.add(step.node)
        yield _Candidate(
            call,
            candidate.moment,
            candidate.press,
            answer,
            render(
                t,
                CTX,
                _ANSWER,
                {
                    "name": member_name(new, answer),
                    "group": node_name(node, step.node),
                    "reason": reason,
                },
            ),
        )


def _call_case(new: Pattern, candidate: _Candidate, t: Translate, language: str) -> TestCase:
    call = candidate.call
    moment = candidate.moment
    text = call_instructions(new, call, moment.situation, candidate.answer, t, language)
    if moment.situation in ("holiday", "special"):
        text += " " + _how_to_test_later(moment, t, language)
    return TestCase(
        id="",
        kind=CaseKind.CALL,
        reason=candidate.reason,
        instructions=text,
        expected=expected_text(new, call, t),
        entry=call.entry,
        at=call.at,
        press=candidate.press,
        answer=candidate.answer,
        expect=Expect(str(call.outcome), _rang(call), call.answered_by, call.forwarded_to),
        extra={"situation": moment.situation},
    )


def _how_to_test_later(moment: Moment, t: Translate, language: str) -> str:
    day, _ = when(moment.at, language)
    calendar = moment.calendar or ""
    if moment.situation == "holiday":
        source = QT_TRANSLATE_NOOP(
            "Checklist",
            "The next closed day is {date}: call then, or ask IKTNH's service desk to set the "
            "calendar {calendar} to a closed day while you test.",
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "Checklist",
            "Special hours hold on {date}: call then, or ask IKTNH's service desk to set the "
            "calendar {calendar} to these hours while you test.",
        )
    return render(t, CTX, source, {"date": day, "calendar": f"«{calendar}»"})


def generate(
    old: Pattern,
    new: Pattern,
    translate: Translate,
    *,
    now: datetime,
    language: str = "nn",
    orders: Sequence[PhoneOrder] = (),
) -> list[TestCase]:
    """The checklist for the change from `old` to `new`, from `now` (aware) on: test calls
    by entry number and time, device checks for `orders`, then the standing checks."""
    now = now.astimezone(new.zone)
    changes = _Changes(old, new, diff(old, new, now.date()))
    cases: list[TestCase] = []
    for entry in new.entries:
        if not changes.reaches_a_change(entry.number):
            continue  # its calls meet nothing changed, at any time: nothing to test
        candidates: list[_Candidate] = []
        done: set[str] = set()
        tested: set[tuple[object, ...]] = set()
        covered: set[str] = set()
        for moment in moments(old, new, entry.number, now, changes.coverers, changes.clocks):
            found = _candidates(old, new, changes, entry.number, moment, covered, translate)
            for candidate in found:
                # A path already tested at another moment in the same calendar state is
                # not tested again, unless it is where the opening hours changed.
                call = candidate.call
                fork = None if candidate.press else moment.fork
                key = (candidate.press, call.route, call.outcome, moment.situation, fork)
                if key in tested:
                    continue
                tested.add(key)
                candidates.append(candidate)
                candidates.extend(_answered(new, changes, candidate, done, translate))
        cases += [_call_case(new, c, translate, language) for c in candidates]
    for order in orders:
        cases += device_checks(order, translate)
    cases += standing_checks(translate)
    return numbered(cases)
