"""The words of ring-pattern results: finding messages, document errors, outcome words.

Each catalogue maps a stable key to an English source text marked for Qt Linguist; the
presentation layer passes its `Translate` to get the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.validate import Finding
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

FINDING_MESSAGES: Final[Mapping[str, str]] = {
    "unknown-target": QT_TRANSLATE_NOOP(
        "PatternFindings", "The exit {exit} leads to {target}, which does not exist."
    ),
    "missing-exit": QT_TRANSLATE_NOOP(
        "PatternFindings", "The exit {exit} is missing: calls that take it go nowhere."
    ),
    "unknown-member": QT_TRANSLATE_NOOP(
        "PatternFindings", "The member {member} is not among the pattern's members."
    ),
    "unknown-calendar": QT_TRANSLATE_NOOP(
        "PatternFindings", "The calendar {calendar} does not exist."
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
        "PatternFindings", "The calendar {calendar} does not know the public holidays."
    ),
}

ERROR_MESSAGES: Final[Mapping[str, str]] = {
    "not-json": QT_TRANSLATE_NOOP(
        "PatternErrors", "The file is not JSON: {detail} (line {line}, column {column})."
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
    "missing-key": QT_TRANSLATE_NOOP("PatternErrors", "The key {key} is missing."),
    "not-object": QT_TRANSLATE_NOOP("PatternErrors", "An object ({{…}}) is expected here."),
    "not-list": QT_TRANSLATE_NOOP("PatternErrors", "A list ([…]) is expected here."),
    "not-text": QT_TRANSLATE_NOOP("PatternErrors", "Text is expected here."),
    "not-target": QT_TRANSLATE_NOOP("PatternErrors", "A node id or null is expected here."),
    "not-seconds": QT_TRANSLATE_NOOP(
        "PatternErrors", "A whole number of seconds (0 or more) is expected here, not {value}."
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
}

ERROR_AT: Final = QT_TRANSLATE_NOOP("PatternErrors", "{file}, at {path}: {problem}")
ERROR_IN: Final = QT_TRANSLATE_NOOP("PatternErrors", "{file}: {problem}")

WORDS: Final[Mapping[str, str]] = {
    "open": QT_TRANSLATE_NOOP("PatternWords", "open"),
    "closed": QT_TRANSLATE_NOOP("PatternWords", "closed"),
    "holiday": QT_TRANSLATE_NOOP("PatternWords", "holiday"),
    "answered": QT_TRANSLATE_NOOP("PatternWords", "answered"),
    "voicemail": QT_TRANSLATE_NOOP("PatternWords", "voicemail"),
    "forwarded": QT_TRANSLATE_NOOP("PatternWords", "forwarded"),
    "hangup": QT_TRANSLATE_NOOP("PatternWords", "hangs up"),
    "endless_loop": QT_TRANSLATE_NOOP("PatternWords", "endless loop"),
    "dead_end": QT_TRANSLATE_NOOP("PatternWords", "dead end"),
    "no_answer": QT_TRANSLATE_NOOP("PatternWords", "no answer"),
    "overflow": QT_TRANSLATE_NOOP("PatternWords", "overflow"),
    "no_input": QT_TRANSLATE_NOOP("PatternWords", "no key pressed"),
    "invalid": QT_TRANSLATE_NOOP("PatternWords", "invalid key"),
    "schedule": QT_TRANSLATE_NOOP("PatternWords", "opening hours"),
    "menu": QT_TRANSLATE_NOOP("PatternWords", "voice menu"),
    "group": QT_TRANSLATE_NOOP("PatternWords", "answer group"),
    "queue": QT_TRANSLATE_NOOP("PatternWords", "queue"),
    "announcement": QT_TRANSLATE_NOOP("PatternWords", "announcement"),
    "forward": QT_TRANSLATE_NOOP("PatternWords", "forwarding"),
    "error": QT_TRANSLATE_NOOP("PatternWords", "error"),
    "warning": QT_TRANSLATE_NOOP("PatternWords", "warning"),
    "info": QT_TRANSLATE_NOOP("PatternWords", "information"),
}
"""States, outcomes, step results, node types and severities, by their JSON value.
(`hangup` is both an outcome and a node type; one word serves both.)"""


def finding_message(finding: Finding, translate: Translate) -> str:
    """The finding's message in the user's language, its placeholders filled."""
    params = {"node": finding.node, "entry": finding.entry, **finding.params}
    return render(translate, "PatternFindings", FINDING_MESSAGES[finding.code], params)


def error_message(error: PatternError, translate: Translate) -> str:
    """The error in the user's language, naming the file and the place when known."""
    problem = render(
        translate, "PatternErrors", ERROR_MESSAGES[error.key], {"file": error.file, **error.params}
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


def word(key: str, translate: Translate) -> str:
    """A state, outcome, step result, node type or severity in the user's language."""
    return translate("PatternWords", WORDS[key]) if key in WORDS else key
