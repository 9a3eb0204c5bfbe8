"""A test call in words: when and how to call, and what should happen, in the user's language.

The expected result is read off the simulated call step by step, a sentence a step ("Kari
Nordmann's desk phone and Ola Vik's mobile ring together for 25 s. The call goes to the
voicemail «Postmottak»."); people are named by name and phone, numbers written nationally.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.model import Member, Node, NodeType, Pattern, Strategy
from kontakt.core.ringpattern.simulate import Call, Outcome, StepResult
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

CTX: Final = "Checklist"

WEEKDAY_NAMES: Final = (
    QT_TRANSLATE_NOOP("Checklist", "Monday"),
    QT_TRANSLATE_NOOP("Checklist", "Tuesday"),
    QT_TRANSLATE_NOOP("Checklist", "Wednesday"),
    QT_TRANSLATE_NOOP("Checklist", "Thursday"),
    QT_TRANSLATE_NOOP("Checklist", "Friday"),
    QT_TRANSLATE_NOOP("Checklist", "Saturday"),
    QT_TRANSLATE_NOOP("Checklist", "Sunday"),
)

PHONE_OF: Final = {
    "desk": QT_TRANSLATE_NOOP("Checklist", "{name}'s desk phone"),
    "mobile": QT_TRANSLATE_NOOP("Checklist", "{name}'s mobile"),
    "softphone": QT_TRANSLATE_NOOP("Checklist", "{name}'s softphone"),
    "": QT_TRANSLATE_NOOP("Checklist", "{name}'s phone"),
}

SITUATIONS: Final = {
    "open": QT_TRANSLATE_NOOP("Checklist", "in opening hours"),
    "closed": QT_TRANSLATE_NOOP("Checklist", "outside opening hours"),
    "holiday": QT_TRANSLATE_NOOP("Checklist", "on a closed day"),
    "special": QT_TRANSLATE_NOOP("Checklist", "in special hours"),
    "": QT_TRANSLATE_NOOP("Checklist", "at any time"),
}

_AND = QT_TRANSLATE_NOOP("Checklist", "{items} and {last}")


def when(moment: datetime, language: str) -> tuple[str, str]:
    """(date, time) as the language writes them: 24.11.2026 and 08.00 (2026-11-24, 08:00)."""
    if language == "en":
        return moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M")
    return moment.strftime("%d.%m.%Y"), moment.strftime("%H.%M")


def weekday(moment: datetime, translate: Translate) -> str:
    return translate(CTX, WEEKDAY_NAMES[moment.weekday()])


def listing(items: Sequence[str], translate: Translate) -> str:
    """ "A, B and C" in the user's language."""
    if len(items) <= 1:
        return "".join(items)
    return render(translate, CTX, _AND, {"items": ", ".join(items[:-1]), "last": items[-1]})


def node_name(node: Node | None, fallback: str) -> str:
    return f"«{node.label or node.id}»" if node is not None else fallback


def member_name(pattern: Pattern, member_id: str) -> str:
    member = pattern.members.get(member_id)
    return (member.name or national_form(member.number)) if member else member_id


def phone(member: Member | None, member_id: str, translate: Translate) -> str:
    """ "Kari Nordmann's desk phone (56 10 00 10)"."""
    if member is None:
        return member_id
    text = render(
        translate,
        CTX,
        PHONE_OF[str(member.device or "")],
        {"name": member.name or member_id},
    )
    return f"{text} ({national_form(member.number)})"


def _ring_clause(
    pattern: Pattern, node: Node, rang: Sequence[str], ring_s: int, answered: bool, t: Translate
) -> str:
    phones = listing([phone(pattern.members.get(m), m, t) for m in rang], t)
    values = {"group": node_name(node, node.id), "phones": phones, "seconds": ring_s}
    values["each"] = node.ring_seconds
    if not rang:
        source = QT_TRANSLATE_NOOP("Checklist", "no phone rings in {group}")
    elif node.type is NodeType.QUEUE and answered:
        source = QT_TRANSLATE_NOOP("Checklist", "you wait in the queue {group} while {phones} ring")
    elif node.type is NodeType.QUEUE:
        source = QT_TRANSLATE_NOOP(
            "Checklist", "you wait in the queue {group} while {phones} ring, for up to {seconds} s"
        )
    elif len(rang) == 1:
        source = (
            QT_TRANSLATE_NOOP("Checklist", "{phones} rings")
            if answered
            else QT_TRANSLATE_NOOP("Checklist", "{phones} rings for {seconds} s")
        )
    elif node.strategy is Strategy.SIMULTANEOUS:
        source = (
            QT_TRANSLATE_NOOP("Checklist", "{phones} ring together")
            if answered
            else QT_TRANSLATE_NOOP("Checklist", "{phones} ring together for {seconds} s")
        )
    else:
        source = QT_TRANSLATE_NOOP("Checklist", "{phones} ring in turn, {each} s each")
    return render(t, CTX, source, values)


def expected_text(pattern: Pattern, call: Call, translate: Translate) -> str:
    """What should happen on the call, in words, step by step (schedules say nothing)."""
    t = translate
    clauses: list[str] = []
    for step in call.steps:
        node = pattern.node(step.node)
        name = node_name(node, step.node)
        if node is None or step.type is NodeType.SCHEDULE:
            continue
        if step.type is NodeType.MENU:
            if step.pressed == "no_input":
                clauses.append(
                    render(
                        t,
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Checklist",
                            "the voice menu {menu} plays and waits {seconds} s for a key",
                        ),
                        {"menu": name, "seconds": node.timeout_seconds},
                    )
                )
            else:
                clauses.append(
                    render(
                        t,
                        CTX,
                        QT_TRANSLATE_NOOP("Checklist", "the voice menu {menu} plays"),
                        {"menu": name},
                    )
                )
        elif step.type in (NodeType.GROUP, NodeType.QUEUE):
            answered = step.result is StepResult.ANSWERED and call.answered_by is not None
            clauses.append(_ring_clause(pattern, node, step.rang or (), step.ring_s, answered, t))
            if answered:
                clauses.append(
                    render(
                        t,
                        CTX,
                        QT_TRANSLATE_NOOP("Checklist", "{name} answers"),
                        {"name": member_name(pattern, call.answered_by or "")},
                    )
                )
        elif step.type is NodeType.ANNOUNCEMENT:
            clauses.append(
                render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "you hear the announcement {name}"),
                    {"name": name},
                )
            )
        elif step.type is NodeType.VOICEMAIL:
            clauses.append(
                render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Checklist", "the call goes to the voicemail {name} ({mailbox})"
                    ),
                    {"name": name, "mailbox": node.mailbox or ""},
                )
            )
        elif step.type is NodeType.FORWARD:
            clauses.append(
                render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "the call is forwarded to {number} ({name})"),
                    {"number": national_form(node.number or ""), "name": name},
                )
            )
        elif step.type is NodeType.HANGUP:
            clauses.append(t(CTX, QT_TRANSLATE_NOOP("Checklist", "the call ends")))
    if call.outcome is Outcome.HANGUP and (
        not clauses or call.steps[-1].type is not NodeType.HANGUP
    ):
        clauses.append(t(CTX, QT_TRANSLATE_NOOP("Checklist", "the call ends")))
    elif call.outcome is Outcome.DEAD_END:
        clauses.append(
            t(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Checklist", "the call goes nowhere: the ring pattern has a dead end here"
                ),
            )
        )
    elif call.outcome is Outcome.ENDLESS_LOOP:
        clauses.append(t(CTX, QT_TRANSLATE_NOOP("Checklist", "the call goes round in a loop")))
    # One sentence per step, in the order they happen: no joining word to inflect.
    return " ".join(clause[:1].upper() + clause[1:] + "." for clause in clauses)


def call_instructions(
    pattern: Pattern,
    call: Call,
    situation: str,
    answer: str | None,
    translate: Translate,
    language: str,
) -> str:
    """When to call, from where, what to press and whether to answer."""
    t = translate
    entry = pattern.entry(call.entry)
    day, time = when(call.at, language)
    parts = [
        render(
            t,
            CTX,
            QT_TRANSLATE_NOOP(
                "Checklist", "Call {number} ({label}) on {weekday} {date} at {time}, {situation}."
            ),
            {
                "number": national_form(call.entry),
                "label": (entry.label if entry else None) or call.entry,
                "weekday": weekday(call.at, t),
                "date": day,
                "time": time,
                "situation": t(CTX, SITUATIONS.get(situation, SITUATIONS[""])),
            },
        )
    ]
    for step in call.steps:
        if step.type is not NodeType.MENU:
            continue
        menu = node_name(pattern.node(step.node), step.node)
        if step.pressed == "no_input":
            parts.append(
                render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "Press nothing at the voice menu {menu}."),
                    {"menu": menu},
                )
            )
        else:
            parts.append(
                render(
                    t,
                    CTX,
                    QT_TRANSLATE_NOOP("Checklist", "Press {key} at the voice menu {menu}."),
                    {"key": step.pressed or "", "menu": menu},
                )
            )
    if answer is None:
        parts.append(t(CTX, QT_TRANSLATE_NOOP("Checklist", "Let it ring: nobody answers.")))
    else:
        parts.append(
            render(
                t,
                CTX,
                QT_TRANSLATE_NOOP("Checklist", "{name} answers when the phone rings."),
                {"name": member_name(pattern, answer)},
            )
        )
    return " ".join(parts)
