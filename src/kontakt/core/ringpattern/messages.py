"""The words of ring-pattern results: finding messages, document errors, calls and coverage.

Each catalogue maps a stable key to an English source text marked for Qt Linguist; the
presentation layer passes its `Translate` to get the user's language. People read names
here, not ids: a member by name, a node by its label (the id in quotes only where there
is none), an exit in words, a phone number as it is written at home (`56 10 00 00`), a
date and time in the language's own form (the format is itself a translated text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Final

from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.coverage import Interval
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState, Closure
from kontakt.core.ringpattern.simulate import Call, Step, StepResult
from kontakt.core.ringpattern.trace import TracePath
from kontakt.core.ringpattern.validate import Finding
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

FINDING_MESSAGES: Final[Mapping[str, str]] = {
    "unknown-target": QT_TRANSLATE_NOOP(
        "PatternFindings", 'The exit "{exit}" leads to "{target}", which does not exist.'
    ),
    "missing-exit": QT_TRANSLATE_NOOP(
        "PatternFindings", 'The exit "{exit}" is missing: calls that take it go nowhere.'
    ),
    "unknown-member": QT_TRANSLATE_NOOP(
        "PatternFindings", 'The member "{member}" is not among the pattern\'s members.'
    ),
    "unknown-calendar": QT_TRANSLATE_NOOP(
        "PatternFindings", 'The calendar "{calendar}" does not exist.'
    ),
    "empty-group": QT_TRANSLATE_NOOP(
        "PatternFindings", "The group has no members: no phone rings."
    ),
    "endless-loop": QT_TRANSLATE_NOOP(
        "PatternFindings", "A caller who presses nothing goes round and round: {path}."
    ),
    "invalid-number": QT_TRANSLATE_NOOP(
        "PatternFindings", "{number} is not a valid phone number in international form."
    ),
    "duplicate-entry-number": QT_TRANSLATE_NOOP(
        "PatternFindings", "The number {number} is used by more than one entry."
    ),
    "duplicate-id": QT_TRANSLATE_NOOP("PatternFindings", "More than one node has this id."),
    "unreachable-node": QT_TRANSLATE_NOOP("PatternFindings", "No number leads here."),
    "single-member-group": QT_TRANSLATE_NOOP(
        "PatternFindings", "Only {member} is in the group: nobody covers for them."
    ),
    "long-wait": QT_TRANSLATE_NOOP(
        "PatternFindings",
        "A caller who presses nothing and whom nobody answers can ring "
        "and wait {seconds} s from here (more than {limit} s) before hearing a message.",
    ),
    "silent-hangup": QT_TRANSLATE_NOOP(
        "PatternFindings", "Calls to {entry} can be hung up without a message."
    ),
    "no-public-holidays": QT_TRANSLATE_NOOP(
        "PatternFindings", 'The calendar "{calendar}" does not know the public holidays.'
    ),
}

ERROR_MESSAGES: Final[Mapping[str, str]] = {
    "not-json": QT_TRANSLATE_NOOP(
        "PatternErrors", "The file is not JSON: {detail} (line {line}, column {column})."
    ),
    "too-deep": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "The JSON is nested too deeply to be read ({depth} levels, line {line}, column {column}).",
    ),
    "too-long-number": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "A number of {digits} digits is too long to be read (line {line}, column {column}).",
    ),
    "too-large": QT_TRANSLATE_NOOP(
        "PatternErrors", "The file is larger than {most} MB, the most a ring pattern may be."
    ),
    "too-many": QT_TRANSLATE_NOOP(
        "PatternErrors", "Too many here: {count}; a ring pattern may have at most {most}."
    ),
    "not-utf8": QT_TRANSLATE_NOOP("PatternErrors", "The file is not UTF-8 text."),
    "file-not-found": QT_TRANSLATE_NOOP("PatternErrors", "The file {file} does not exist."),
    "file-unreadable": QT_TRANSLATE_NOOP(
        "PatternErrors", "The file {file} cannot be read: {detail}."
    ),
    "wrong-format": QT_TRANSLATE_NOOP(
        "PatternErrors", "This is not a ring pattern: the format is {found}, not {expected}."
    ),
    "newer-version": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "The ring pattern is of version {version}, made by a newer program; "
        "this one reads version {supported}.",
    ),
    "bad-version": QT_TRANSLATE_NOOP("PatternErrors", "The version {value} is not known."),
    "version-as-text": QT_TRANSLATE_NOOP(
        "PatternErrors",
        'The version is written as the text "{value}"; it must be the number {version}, '
        "without quotes.",
    ),
    "missing-key": QT_TRANSLATE_NOOP("PatternErrors", "The key {key} is missing."),
    "not-object": QT_TRANSLATE_NOOP("PatternErrors", "An object ({{…}}) is expected here."),
    "not-list": QT_TRANSLATE_NOOP("PatternErrors", "A list ([…]) is expected here."),
    "not-text": QT_TRANSLATE_NOOP("PatternErrors", "Text is expected here."),
    "not-target": QT_TRANSLATE_NOOP("PatternErrors", "A node id or null is expected here."),
    "not-seconds": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "{field} must be a whole number of seconds from 0 to {most}, not {value}.",
    ),
    "not-count": QT_TRANSLATE_NOOP(
        "PatternErrors", "{field} must be a whole number from 0 to {most}, not {value}."
    ),
    "bad-value": QT_TRANSLATE_NOOP(
        "PatternErrors", "{value} is not allowed here; allowed: {allowed}."
    ),
    "bad-time": QT_TRANSLATE_NOOP("PatternErrors", "{value} is not a time of day as HH:MM."),
    "bad-interval-shape": QT_TRANSLATE_NOOP(
        "PatternErrors", 'An interval is written as ["HH:MM", "HH:MM"].'
    ),
    "bad-interval": QT_TRANSLATE_NOOP(
        "PatternErrors", "The interval ends ({end}) before it starts ({start})."
    ),
    "bad-date": QT_TRANSLATE_NOOP("PatternErrors", "{value} is not a date."),
    "bad-timezone": QT_TRANSLATE_NOOP("PatternErrors", "{value} is not a known time zone."),
    "unknown-node": QT_TRANSLATE_NOOP("PatternErrors", "The pattern has no node {node}."),
    "too-many-paths": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "More than {most} ways lead there, too many to list: trace a node further on.",
    ),
    "bad-country": QT_TRANSLATE_NOOP(
        "PatternErrors", "{value} is not a country whose public holidays are known."
    ),
    "bad-position": QT_TRANSLATE_NOOP(
        "PatternErrors", "A position is written as [x, y], two numbers."
    ),
    "unknown-entry": QT_TRANSLATE_NOOP(
        "PatternErrors", "The pattern has no entry with the number {number}."
    ),
    "unknown-member": QT_TRANSLATE_NOOP("PatternErrors", "The pattern has no member {member}."),
    "bad-key": QT_TRANSLATE_NOOP("PatternErrors", "{value} is not a key on a phone (0-9, * or #)."),
    "date-out-of-range": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "The date {value} is outside the dates calls can be followed on ({first} to {last}).",
    ),
    "call-past-dates": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "The call would still be going on after {last}, past the dates calls can be "
        "followed on: its ring and wait times add up to too much.",
    ),
    "period-backwards": QT_TRANSLATE_NOOP(
        "PatternErrors", "The period ends ({last}) before it starts ({first})."
    ),
    "period-too-long": QT_TRANSLATE_NOOP(
        "PatternErrors",
        "The period from {first} to {last} is {days} days long; coverage takes at most "
        "{most} days (five years) at a time.",
    ),
}

ERROR_AT: Final = QT_TRANSLATE_NOOP("PatternErrors", "{file}, at {path}: {problem}")
ERROR_IN: Final = QT_TRANSLATE_NOOP("PatternErrors", "{file}: {problem}")

FIELDS: Final[Mapping[str, str]] = {
    "timeout_s": QT_TRANSLATE_NOOP("PatternFields", "Time-out"),
    "ring_s": QT_TRANSLATE_NOOP("PatternFields", "Ring time"),
    "max_ring_s": QT_TRANSLATE_NOOP("PatternFields", "Longest ring time"),
    "max_wait_s": QT_TRANSLATE_NOOP("PatternFields", "Maximum queue time"),
    "max_callers": QT_TRANSLATE_NOOP("PatternFields", "Most callers in the queue"),
}
"""The numeric node fields in words, for the errors that name them (`not-seconds`) and
the differences."""

WORDS: Final[Mapping[str, str]] = {
    "open": QT_TRANSLATE_NOOP("PatternWords", "open"),
    "closed": QT_TRANSLATE_NOOP("PatternWords", "closed"),
    "holiday": QT_TRANSLATE_NOOP("PatternWords", "closed day"),
    "answered": QT_TRANSLATE_NOOP("PatternWords", "answered"),
    "voicemail": QT_TRANSLATE_NOOP("PatternWords", "voicemail"),
    "no_answer": QT_TRANSLATE_NOOP("PatternWords", "no answer"),
    "overflow": QT_TRANSLATE_NOOP("PatternWords", "overflow"),
    "no_input": QT_TRANSLATE_NOOP("PatternWords", "no key pressed"),
    "invalid": QT_TRANSLATE_NOOP("PatternWords", "invalid key"),
    "next": QT_TRANSLATE_NOOP("PatternWords", "after the message"),
    "start": QT_TRANSLATE_NOOP("PatternWords", "first step"),
    "schedule": QT_TRANSLATE_NOOP("PatternWords", "opening hours"),
    "menu": QT_TRANSLATE_NOOP("PatternWords", "voice menu"),
    "group": QT_TRANSLATE_NOOP("PatternWords", "answer group"),
    "queue": QT_TRANSLATE_NOOP("PatternWords", "queue"),
    "announcement": QT_TRANSLATE_NOOP("PatternWords", "announcement"),
    "forward": QT_TRANSLATE_NOOP("PatternWords", "forwarding"),
    "hangup": QT_TRANSLATE_NOOP("PatternWords", "hang up"),
    "error": QT_TRANSLATE_NOOP("PatternWords", "error"),
    "warning": QT_TRANSLATE_NOOP("PatternWords", "warning"),
    "info": QT_TRANSLATE_NOOP("PatternWords", "information"),
}
"""States, exits, node types and severities, by their JSON value (`hangup` here is the
node that hangs up; the outcome has its own words in `OUTCOMES`)."""

KEY: Final = QT_TRANSLATE_NOOP("PatternWords", "key {key}")
QUOTED: Final = QT_TRANSLATE_NOOP("PatternWords", '"{name}"')
AND: Final = QT_TRANSLATE_NOOP("PatternWords", "{names} and {last}")
DATE_FORMAT: Final = QT_TRANSLATE_NOOP("PatternWords", "%Y-%m-%d")
TIME_FORMAT: Final = QT_TRANSLATE_NOOP("PatternWords", "%H:%M")
YEARLY_FORMAT: Final = QT_TRANSLATE_NOOP("PatternWords", "%m-%d")

OUTCOMES: Final[Mapping[str, str]] = {
    "answered": QT_TRANSLATE_NOOP("PatternOutcomes", "answered"),
    "voicemail": QT_TRANSLATE_NOOP("PatternOutcomes", "voicemail"),
    "forwarded": QT_TRANSLATE_NOOP("PatternOutcomes", "forwarded"),
    "hangup": QT_TRANSLATE_NOOP("PatternOutcomes", "the call was ended"),
    "endless_loop": QT_TRANSLATE_NOOP("PatternOutcomes", "endless loop"),
    "dead_end": QT_TRANSLATE_NOOP("PatternOutcomes", "dead end"),
}

OUTCOME_SENTENCES: Final[Mapping[str, str]] = {
    "answered": QT_TRANSLATE_NOOP("PatternOutcomes", "{member} answered after {seconds} s."),
    "voicemail": QT_TRANSLATE_NOOP(
        "PatternOutcomes", "The call went to voicemail after {seconds} s."
    ),
    "forwarded": QT_TRANSLATE_NOOP(
        "PatternOutcomes", "The call was forwarded to {number} after {seconds} s."
    ),
    "hangup": QT_TRANSLATE_NOOP("PatternOutcomes", "The call was ended after {seconds} s."),
    "endless_loop": QT_TRANSLATE_NOOP(
        "PatternOutcomes", "The call went round in a loop and was stopped after {seconds} s."
    ),
    "dead_end": QT_TRANSLATE_NOOP(
        "PatternOutcomes", "After {seconds} s the call came to an exit that leads nowhere."
    ),
}

RANG: Final[Mapping[tuple[bool, str], str]] = {
    (True, "answered"): QT_TRANSLATE_NOOP("PatternSteps", "Rang for {members}; {member} answered."),
    (True, "no_answer"): QT_TRANSLATE_NOOP(
        "PatternSteps", "Rang for {members} for {seconds} s; nobody answered."
    ),
    (True, "overflow"): QT_TRANSLATE_NOOP(
        "PatternSteps",
        "Rang for {members}; nobody answered within {seconds} s, so the call went on as overflow.",
    ),
    (False, "no_answer"): QT_TRANSLATE_NOOP(
        "PatternSteps", "No member could take the call, so no phone rang."
    ),
    (False, "overflow"): QT_TRANSLATE_NOOP(
        "PatternSteps",
        "No member could take the call; after {seconds} s in the queue it went on as overflow.",
    ),
}
"""What happened in a group or queue, by (did any phone ring, the step's result)."""

ENDINGS: Final[Mapping[str, str]] = {
    "announcement": QT_TRANSLATE_NOOP("PatternSteps", "The message is played."),
    "voicemail": QT_TRANSLATE_NOOP("PatternSteps", "The caller can leave a message ({mailbox})."),
    "forward": QT_TRANSLATE_NOOP("PatternSteps", "The call is forwarded to {number}."),
    "hangup": QT_TRANSLATE_NOOP("PatternSteps", "The call is ended."),
}
"""What happens at a node that neither reads a calendar, nor a key, nor rings."""
ANSWERED_AT_ONCE: Final = QT_TRANSLATE_NOOP("PatternSteps", "{member} answered.")
PRESSED: Final = QT_TRANSLATE_NOOP("PatternSteps", "The caller pressed {key}.")
NO_INPUT: Final = QT_TRANSLATE_NOOP("PatternSteps", "The caller pressed no key.")
INVALID: Final = QT_TRANSLATE_NOOP("PatternSteps", "The caller pressed a key the menu lacks.")

CLOSURES: Final[Mapping[Closure, str]] = {
    Closure.PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP("PatternWords", "public holiday: {holiday}"),
    Closure.CLOSED_DATE: QT_TRANSLATE_NOOP("PatternWords", "closing day"),
    Closure.CLOSED_YEARLY: QT_TRANSLATE_NOOP("PatternWords", "closed every year"),
}
"""Why a day has the `holiday` state: a public holiday by name, or a day the calendar
closes (on that date, or on that day every year)."""
WITH_REASONS: Final = QT_TRANSLATE_NOOP("PatternWords", "closed day ({reasons})")
ON_DAY: Final = QT_TRANSLATE_NOOP("PatternWords", "{day}: {reason}")

PUBLIC_HOLIDAYS: Final = (
    QT_TRANSLATE_NOOP("PublicHolidays", "New Year's Day"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Maundy Thursday"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Good Friday"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Easter Sunday"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Easter Monday"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Labor Day"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Constitution Day"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Ascension Day"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Pentecost"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Pentecost Monday"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Christmas Day"),
    QT_TRANSLATE_NOOP("PublicHolidays", "Second Day of Christmas"),
)
"""Norway's public holidays as `holidays` names them in English; other countries' names
are shown as that package gives them."""


def number(value: int, translate: Translate) -> str:
    """A whole number as the language writes it (`1 234` in Norwegian).

    The catalogue's own grouping of 1000 gives the separator: Qt's counts are 32-bit,
    and a document may hold larger numbers than that."""
    sample = translate("PatternWords", "%Ln", "", 1000)
    group = sample[1:-3] if sample[:1] == "1" and sample.endswith("000") else ""
    return f"{value:,}".replace(",", group)


def _numbers(params: Mapping[str, object], translate: Translate) -> dict[str, object]:
    return {
        k: number(v, translate) if isinstance(v, int) and not isinstance(v, bool) else v
        for k, v in params.items()
    }


def word(key: str, translate: Translate) -> str:
    """A state, exit, node type or severity in the user's language."""
    return translate("PatternWords", WORDS[key]) if key in WORDS else key


def outcome_word(outcome: str, translate: Translate) -> str:
    """An outcome as a short phrase for a table ("the call was ended")."""
    return translate("PatternOutcomes", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


def quoted(name: str, translate: Translate) -> str:
    """`name` in the language's quotation marks: an id shown where there is no name."""
    return render(translate, "PatternWords", QUOTED, {"name": name})


def names(items: Iterable[str], translate: Translate) -> str:
    """The names listed as "A, B and C" (the last joined by the language's "and")."""
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    return render(
        translate, "PatternWords", AND, {"names": ", ".join(listed[:-1]), "last": listed[-1]}
    )


def member_name(pattern: Pattern, member_id: str, translate: Translate) -> str:
    """The member's name, or the id in quotes when the member has none (or is unknown)."""
    member = pattern.members.get(member_id)
    if member is not None and member.name:
        return member.name
    return quoted(member_id, translate)


def node_name(pattern: Pattern, node_id: str, translate: Translate) -> str:
    """The node's label, or its id in quotes when it has none (or does not exist)."""
    node = pattern.node(node_id)
    if node is not None and node.label:
        return node.label
    return quoted(node_id, translate)


def exit_name(exit_key: str, translate: Translate) -> str:
    """An exit as the validator names it (`no_answer`, `options."1"`, `start`) in words."""
    if exit_key.startswith('options."'):
        return render(translate, "PatternWords", KEY, {"key": exit_key[len('options."') : -1]})
    return word(exit_key, translate)


def trace_route(pattern: Pattern, path: TracePath, translate: Translate) -> str:
    """A traced path in words: each node by name, with the exit taken where it is a choice
    (a calendar state, a menu key, no answer), `Sentralbord (closed) → Vakttelefon`."""
    route = []
    for node_id, taken in zip(path.nodes, [*path.exits, ""], strict=True):
        name = node_name(pattern, node_id, translate)
        if taken in ("", "next"):
            route.append(name)
        else:
            key = f'options."{taken}"' if len(taken) == 1 else taken
            route.append(f"{name} ({exit_name(key, translate)})")
    return " → ".join(route)


def phone(number: str) -> str:
    """A phone number as people write it (`56 10 00 00`): `kontakt.core.phone_text`."""
    return national_form(number)


def day_text(day: date, translate: Translate) -> str:
    """A date as the language writes it (24.11.2026)."""
    return day.strftime(translate("PatternWords", DATE_FORMAT))


def moment_text(moment: datetime, translate: Translate) -> str:
    """A date and time of day as the language writes them (24.11.2026 08.00)."""
    time_format = translate("PatternWords", TIME_FORMAT)
    return f"{day_text(moment.date(), translate)} {moment.strftime(time_format)}"


def holiday_name(english: str, translate: Translate) -> str:
    """A public holiday's name (as `holidays` gives it in English) in the user's language;
    two on one day, as `holidays` joins them ("Constitution Day; Pentecost Monday" in
    2027), each translated ("grunnlovsdagen, 2. pinsedag")."""
    return ", ".join(translate("PublicHolidays", name) for name in english.split("; "))


def state_text(
    state: CalendarState, clock: CalendarClock | None, days: Sequence[date], translate: Translate
) -> str:
    """A calendar state over `days`; a closed day says why (which public holiday, or a
    closing day), each day named when there are several."""
    if clock is None or state is not CalendarState.HOLIDAY:
        return word(state, translate)
    reasons = []
    for day in days:
        closure = clock.closure(day)
        if closure is None:
            continue
        reason, name = closure
        text = render(
            translate,
            "PatternWords",
            CLOSURES[reason],
            {"holiday": "" if name is None else holiday_name(name, translate)},
        )
        if len(days) > 1:
            shown = day.strftime(translate("PatternWords", YEARLY_FORMAT))
            text = render(translate, "PatternWords", ON_DAY, {"day": shown, "reason": text})
        reasons.append(text)
    if not reasons:
        return word(state, translate)
    return render(translate, "PatternWords", WITH_REASONS, {"reasons": "; ".join(reasons)})


def interval_state_text(pattern: Pattern, interval: Interval, translate: Translate) -> str:
    """The state of a coverage interval (that of the first schedule on its route), a closed
    day with the reason for each day it spans."""
    if interval.state is None:
        return ""
    schedule = next(
        (
            node
            for node in map(pattern.node, interval.route)
            if node is not None and node.type is NodeType.SCHEDULE
        ),
        None,
    )
    calendar = pattern.calendars.get(schedule.calendar or "") if schedule is not None else None
    clock = None if calendar is None else CalendarClock(calendar, pattern.zone)
    first, last = interval.start.date(), (interval.end - timedelta(minutes=1)).date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return state_text(interval.state, clock, days, translate)


def step_text(pattern: Pattern, call: Call, step: Step, translate: Translate) -> str:
    """What happened at one step of a simulated call, in a sentence or a state."""
    if step.rang is not None and step.result is not None:
        rang = [member_name(pattern, m, translate) for m in step.rang]
        answered = step.result is StepResult.ANSWERED and call.answered_by is not None
        if answered and step.rang == (call.answered_by,):
            return render(translate, "PatternSteps", ANSWERED_AT_ONCE, {"member": rang[0]})
        return render(
            translate,
            "PatternSteps",
            RANG[(bool(rang), str(step.result))],
            {
                "members": names(rang, translate),
                "member": member_name(pattern, call.answered_by or "", translate)
                if answered
                else "",
                "seconds": number(step.ring_s, translate),
            },
        )
    if step.pressed is not None:
        if step.pressed == "no_input":
            return translate("PatternSteps", NO_INPUT)
        if step.pressed == "invalid":
            return translate("PatternSteps", INVALID)
        return render(translate, "PatternSteps", PRESSED, {"key": step.pressed})
    if step.state is not None:
        node = pattern.node(step.node)
        calendar = pattern.calendars.get(node.calendar or "") if node is not None else None
        clock = None if calendar is None else CalendarClock(calendar, pattern.zone)
        moment = call.at.timestamp() + step.at_s
        day = datetime.fromtimestamp(moment, pattern.zone).date()
        return state_text(step.state, clock, [day], translate)
    node = pattern.node(step.node)
    if node is None or node.type not in ENDINGS:
        return ""
    return render(
        translate,
        "PatternSteps",
        ENDINGS[node.type],
        {"mailbox": node.mailbox or "", "number": phone(node.number or "")},
    )


def outcome_text(pattern: Pattern, call: Call, translate: Translate) -> str:
    """How a simulated call ended, in a sentence."""
    member = "" if call.answered_by is None else member_name(pattern, call.answered_by, translate)
    return render(
        translate,
        "PatternOutcomes",
        OUTCOME_SENTENCES[call.outcome],
        {
            "member": member,
            "number": phone(call.forwarded_to or ""),
            "seconds": number(call.elapsed_s, translate),
        },
    )


def finding_place(pattern: Pattern, finding: Finding, translate: Translate) -> str:
    """Where a finding is: the node by name, the entry number, or the member by name."""
    if finding.node is not None:
        return node_name(pattern, finding.node, translate)
    if finding.entry is not None:
        return phone(finding.entry)
    member = finding.params.get("member")
    return member_name(pattern, member, translate) if isinstance(member, str) else ""


def finding_message(finding: Finding, pattern: Pattern, translate: Translate) -> str:
    """The finding's message in the user's language, with names where people read them."""
    params: dict[str, object] = dict(finding.params)
    if "exit" in params:
        params["exit"] = exit_name(str(params["exit"]), translate)
    if finding.code == "single-member-group":
        params["member"] = member_name(pattern, str(params["member"]), translate)
    if "path" in params:
        cycle = str(params["path"]).split(" → ")
        params["path"] = " → ".join(node_name(pattern, n, translate) for n in cycle)
    for key in ("number", "entry"):
        if isinstance(params.get(key), str):
            params[key] = phone(str(params[key]))
    if finding.entry is not None and "entry" not in params:
        params["entry"] = phone(finding.entry)
    return render(
        translate, "PatternFindings", FINDING_MESSAGES[finding.code], _numbers(params, translate)
    )


def error_message(error: PatternError, translate: Translate) -> str:
    """The error in the user's language, naming the file and the place when known."""
    params: dict[str, object] = {"file": error.file, **error.params}
    field = params.get("field")
    if isinstance(field, str) and field in FIELDS:
        params["field"] = translate("PatternFields", FIELDS[field])
    problem = render(
        translate, "PatternErrors", ERROR_MESSAGES[error.key], _numbers(params, translate)
    )
    if not error.file:
        return problem
    template = ERROR_AT if error.path else ERROR_IN
    return render(
        translate,
        "PatternErrors",
        template,
        {"file": error.file, "path": error.path, "problem": problem},
    )
