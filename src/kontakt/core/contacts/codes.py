"""The contact check's finding codes: severity, short title, message, and the fields each needs.

Codes and severities are fixed by `spec/contacts.md`; two more (`missing-employee-id`,
`invalid-date`) say what the spec's table leaves unsaid. Titles (context "ContactCodes"),
messages ("ContactFindings") and field names ("ContactFields") are English source texts
that the presentation layer translates. A message names people and ring patterns by name
(an id, quoted, only where there is none) and writes dates and Kontakt's own numbers as a
sentence has them (24.11.2026, 56 37 00 00), in the GUI, the JSON and the audit alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kontakt.core.contacts.dates import parse_date
from kontakt.core.contacts.model import ContactFinding
from kontakt.core.contacts.phone_text import national_form
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render, untranslated

FINDINGS_CONTEXT = "ContactFindings"
CODES_CONTEXT = "ContactCodes"
FIELDS_CONTEXT = "ContactFields"

PHONE_FIELDS = ("mobile", "work_phone")


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What a finding code means; `needs` are fields of which at least one must be mapped."""

    severity: Severity
    title: str
    message: str
    needs: tuple[str, ...] = ()


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: Mapping[str, CodeInfo] = {
    "duplicate-employee-id": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Duplicate employee number"),
        QT_TRANSLATE_NOOP(
            "ContactFindings", "Employee number {value} is on more than one row: rows {rows}."
        ),
    ),
    "missing-employee-id": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Missing employee number"),
        QT_TRANSLATE_NOOP("ContactFindings", "The row has no employee number."),
    ),
    "missing-mobile": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Missing mobile"),
        QT_TRANSLATE_NOOP("ContactFindings", "An active employee has no mobile number."),
        ("mobile",),
    ),
    "missing-email": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Missing e-mail"),
        QT_TRANSLATE_NOOP("ContactFindings", "An active employee has no e-mail address."),
        ("email",),
    ),
    "invalid-phone": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Invalid phone number"),
        QT_TRANSLATE_NOOP("ContactFindings", '"{value}" is not a valid phone number.'),
        PHONE_FIELDS,
    ),
    "wrong-phone-type": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Wrong phone type"),
        QT_TRANSLATE_NOOP(
            "ContactFindings", "{value} is a landline number but is given as the mobile number."
        ),
        PHONE_FIELDS,
    ),
    "invalid-email": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Invalid e-mail"),
        QT_TRANSLATE_NOOP("ContactFindings", '"{value}" is not a valid e-mail address.'),
        ("email",),
    ),
    "foreign-email-domain": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "E-mail address outside the municipality's domains"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            "The e-mail domain {domain} is not one of the municipality's domains ({domains}).",
        ),
        ("email",),
    ),
    "duplicate-phone": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Shared phone number"),
        QT_TRANSLATE_NOOP(
            "ContactFindings", "{number} is also given for employee number {others}."
        ),
        PHONE_FIELDS,
    ),
    "duplicate-email": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Shared e-mail"),
        QT_TRANSLATE_NOOP(
            "ContactFindings", "{value} is also the e-mail address of employee number {others}."
        ),
        ("email",),
    ),
    "invalid-date": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Unreadable date"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            '"{value}" is not a date (write YYYY-MM-DD or '
            "DD.MM.YYYY); the employee is taken as active.",
        ),
        ("start_date", "end_date"),
    ),
    "ended-in-pattern": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Ended, still in a ring pattern"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            "The employment ended {ended}, but {member} is still a member of the ring "
            "pattern {pattern}.",
        ),
        ("end_date",),
    ),
    "ended-has-number": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Ended, still has a number"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            "The employment ended {ended}, but the number register still has {value} "
            "for the employee.",
        ),
        ("end_date",),
    ),
    "pattern-member-unknown": CodeInfo(
        E,
        QT_TRANSLATE_NOOP("ContactCodes", "Ring-pattern member not in HRM"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            "{member}, member of the ring pattern {pattern}, has employee number {value}, "
            "which is not in the HRM export.",
        ),
    ),
    "directory-mismatch": CodeInfo(
        W,
        QT_TRANSLATE_NOOP("ContactCodes", "Differs from the number register"),
        QT_TRANSLATE_NOOP(
            "ContactFindings",
            "The HRM export has {value}; the number register has {directory} for this employee.",
        ),
        PHONE_FIELDS,
    ),
    "not-in-directory": CodeInfo(
        INFO,
        QT_TRANSLATE_NOOP("ContactCodes", "Not in the number register"),
        QT_TRANSLATE_NOOP("ContactFindings", "{value} is not in the number register."),
        PHONE_FIELDS,
    ),
}
"""Every finding code, in the order the spec lists them (plus the two of our own)."""

_FIELD_MESSAGES: Mapping[tuple[str, str], str] = {
    ("wrong-phone-type", "work_phone"): QT_TRANSLATE_NOOP(
        "ContactFindings", "{value} is a mobile number but is given as the work phone."
    ),
}
"""Messages that depend on the field as well as the code."""

FIELD_NAMES: Mapping[str, str] = {
    "employee_id": QT_TRANSLATE_NOOP("ContactFields", "Employee number"),
    "given_name": QT_TRANSLATE_NOOP("ContactFields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ContactFields", "Family name"),
    "name": QT_TRANSLATE_NOOP("ContactFields", "Name"),
    "department": QT_TRANSLATE_NOOP("ContactFields", "Department"),
    "title": QT_TRANSLATE_NOOP("ContactFields", "Job title"),
    "email": QT_TRANSLATE_NOOP("ContactFields", "E-mail"),
    "mobile": QT_TRANSLATE_NOOP("ContactFields", "Mobile"),
    "work_phone": QT_TRANSLATE_NOOP("ContactFields", "Work phone"),
    "start_date": QT_TRANSLATE_NOOP("ContactFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ContactFields", "End date"),
}
"""The human names of the HRM fields (`model.FIELDS`)."""


def message_source(finding: ContactFinding) -> str:
    """The untranslated message of `finding` (its code's, or its code and field's)."""
    return source_for(finding.code, finding.field)


def source_for(code: str, field: str | None) -> str:
    """The untranslated message of the findings of `code` in `field`."""
    if field is not None:
        special = _FIELD_MESSAGES.get((code, field))
        if special is not None:
            return special
    return CODES[code].message


def finding_message(finding: ContactFinding, translate: Translate) -> str:
    """The message of one finding in the user's language, placeholders filled."""
    return message_renderer(translate)(finding)


def message_renderer(translate: Translate) -> Callable[[ContactFinding], str]:
    """`finding_message` for many findings: each message is translated once, not per finding."""
    translated: dict[str, str] = {}
    quoted = translate(FINDINGS_CONTEXT, _QUOTED)

    def quote(key: str) -> str:
        return render(untranslated, FINDINGS_CONTEXT, quoted, {"id": key})

    def message(finding: ContactFinding) -> str:
        source = message_source(finding)
        text = translated.get(source)
        if text is None:
            text = translated[source] = translate(FINDINGS_CONTEXT, source)
        return render(untranslated, FINDINGS_CONTEXT, text, _params(finding, quote))

    return message


def params_shown_as_given(code: str) -> bool:
    """True when the message of `code` shows its value and parameters exactly as the finding
    holds them; False when they are put in words first (names for ids, a date or number in
    the form for a sentence): a writer that fills the message itself must then ask
    `message_renderer`."""
    return code not in _WORDED


def code_title(code: str, translate: Translate) -> str:
    """The short title of a code (table headers, summaries)."""
    return translate(CODES_CONTEXT, CODES[code].title)


def field_name(field: str, translate: Translate) -> str:
    """The human name of an HRM field."""
    return translate(FIELDS_CONTEXT, FIELD_NAMES[field])


_QUOTED = QT_TRANSLATE_NOOP("ContactFindings", '"{id}"')
"""An id where a sentence would have a name (nn: «per»): the member or pattern has none."""

_WORDED = frozenset(
    {
        "duplicate-phone",
        "directory-mismatch",
        "ended-in-pattern",
        "ended-has-number",
        "pattern-member-unknown",
    }
)
"""The codes whose messages show a parameter in words (see `_params`)."""


def _params(finding: ContactFinding, quote: Callable[[str], str]) -> dict[str, str]:
    params = dict(finding.params)
    value = finding.value or ""
    params.setdefault("value", value)
    if finding.code not in _WORDED:
        return params
    # People are named by name, ring patterns by theirs; the id (quoted) only without one.
    if "member" in params:
        params["member"] = params.get("name") or quote(params["member"])
    if "pattern" in params:
        params["pattern"] = params.get("pattern_name") or quote(params["pattern"])
    if finding.code == "ended-in-pattern":
        params["ended"] = _sentence_date(value)
    if "end_date" in params:
        params["ended"] = _sentence_date(params["end_date"])
    # Numbers from the register and the check's own E.164 form are Kontakt's to word; the
    # export's numbers stay as the export wrote them, for finding them there.
    if "e164" in params:
        params["number"] = national_form(params["e164"])
    if "directory" in params:
        params["directory"] = national_form(params["directory"])
    if finding.code == "ended-has-number":
        params["value"] = national_form(value)
    return params


def _sentence_date(text: str) -> str:
    day = parse_date(text)
    return f"{day:%d.%m.%Y}" if day is not None else text
