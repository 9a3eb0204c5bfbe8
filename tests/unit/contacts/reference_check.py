"""The contact check as it was first written, row by row: the reference for `checks`.

`kontakt.core.contacts.checks` works column by column for speed; the tests hold it to the
same findings, in the same order, as this plain version (kept as it was, but for imports)
on exports written to exercise every rule.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from types import MappingProxyType

from phonenumbers import PhoneNumberType

from kontakt.core.contacts.checks import CheckInput, skipped_codes
from kontakt.core.contacts.codes import CODES, PHONE_FIELDS, message_renderer
from kontakt.core.contacts.dates import parse_date
from kontakt.core.contacts.directory import HRM_FIELD_OF_TYPE, DirectoryEntry
from kontakt.core.contacts.emails import EmailClassifier, EmailVerdict
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord
from kontakt.core.contacts.phones import PhoneClassifier, PhoneVerdict
from kontakt.core.texts import Translate

Poll = Callable[[int, int], None]
"""(rows done, rows in all): called now and then; may raise to stop the check."""

POLL_EVERY = 4096
_WRONG_KIND = {"mobile": PhoneNumberType.FIXED_LINE, "work_phone": PhoneNumberType.MOBILE}
"""The type that a number in each phone field must not have."""
_MAX_LISTED = 5
"""At most this many other employees or rows are named in one message."""


class _Holders:
    """Who holds each value (a number, an address): the first holder, and all when shared.

    Most values have one holder, so only a value's second holder creates a dict of them.
    """

    __slots__ = ("first", "shared")

    def __init__(self) -> None:
        self.first: dict[str, tuple[str, object]] = {}
        self.shared: dict[str, dict[str, object]] = {}

    def add(self, key: str, employee: str, place: object) -> None:
        first = self.first.get(key)
        if first is None:
            self.first[key] = (employee, place)
        elif first[0] != employee or key in self.shared:
            holders = self.shared.get(key)
            if holders is None:
                holders = self.shared[key] = {first[0]: first[1]}
            holders.setdefault(employee, place)

    def others(self, key: str, employee: str, place: object) -> str | None:
        """The other holders, listed, when `place` is `employee`'s first holding of a shared
        value; None otherwise (so each employee involved gets one finding)."""
        holders = self.shared.get(key)
        if holders is None or holders.get(employee) != place:
            return None
        return _listed(other for other in holders if other != employee)


_PhoneUse = tuple[str, str, PhoneVerdict]
"""(field, value as written, verdict)."""
_Row = tuple[HrmRecord, bool, list[str], list[_PhoneUse], EmailVerdict | None]
"""What the first pass learnt of a record: it, active?, unreadable date fields, its
numbers, its address's verdict."""


def check_records(
    records: Sequence[HrmRecord],
    given: CheckInput,
    poll: Poll | None = None,
    phones: PhoneClassifier | None = None,
) -> list[ContactFinding]:
    """All findings for `records`, in row order; pattern members unknown to HRM at the end.

    `phones` is the run's classifier, when the directory was read with it.
    """
    total = len(records)
    today = given.today
    phone_fields = [name for name in PHONE_FIELDS if name in given.mapped]
    phone_of = phones or PhoneClassifier()
    email_of = EmailClassifier() if "email" in given.mapped else None
    dates: dict[str, dt.date | None] = {"": None}
    first_row: dict[str, int] = {}
    rows_of: dict[str, list[int]] = {}
    numbers, emails = _Holders(), _Holders()

    rows: list[_Row] = []
    for i, record in enumerate(records):
        if poll is not None and i % POLL_EVERY == 0:
            poll(i, total)
        employee, number = record.employee_id, record.row
        bad_dates = []
        for name, text in (("start_date", record.start_date), ("end_date", record.end_date)):
            if text not in dates:
                dates[text] = parse_date(text)
            if text and dates[text] is None:
                bad_dates.append(name)
        end = dates[record.end_date]
        active = end is None or end >= today
        if first_row.setdefault(employee, number) != number:
            rows_of.setdefault(employee, [first_row[employee]]).append(number)
        uses = []
        for name in phone_fields:
            value = record.mobile if name == "mobile" else record.work_phone
            if value:
                verdict = phone_of(value)
                uses.append((name, value, verdict))
                if active and verdict.e164 is not None:
                    numbers.add(verdict.e164, employee, (number, name))
        email = None
        if email_of is not None and record.email:
            email = email_of(record.email)
            emails.add(record.email.lower(), employee, number)
        rows.append((record, active, bad_dates, uses, email))

    second = _SecondPass(given, rows_of, numbers, emails)
    findings: list[ContactFinding] = []
    for row in rows:
        second.row_findings(row, findings)
    if second.on["pattern-member-unknown"] and given.members is not None:
        findings.extend(_unknown_members(given.members, first_row))
    if poll is not None:
        poll(total, total)
    return findings


class _SecondPass:
    """The findings of each row, with the groups the first pass built."""

    def __init__(
        self, given: CheckInput, rows_of: dict[str, list[int]], numbers: _Holders, emails: _Holders
    ) -> None:
        skipped = set(skipped_codes(given))
        self.on = {code: code not in skipped for code in CODES}
        self.rows_of = rows_of
        self.numbers = numbers
        self.emails = emails
        self.domains = tuple(domain.strip().lower() for domain in given.domains)
        self.has_directory = given.directory is not None
        self.directory_numbers: set[str] = set()
        self.directory_of: dict[str, list[DirectoryEntry]] = defaultdict(list)
        for entry in given.directory or ():
            self.directory_numbers.add(entry.number)
            if entry.employee_id:
                self.directory_of[entry.employee_id].append(entry)
        self.members_of: dict[str, list[PatternMember]] = defaultdict(list)
        for member in given.members or ():
            self.members_of[member.employee_id].append(member)

    def row_findings(self, row: _Row, out: list[ContactFinding]) -> None:
        record, active, bad_dates, uses, email = row
        on, employee = self.on, record.employee_id
        if not employee:
            out.append(_finding("missing-employee-id", record, "employee_id", ""))
        elif employee in self.rows_of:
            out.append(
                _finding(
                    "duplicate-employee-id",
                    record,
                    "employee_id",
                    employee,
                    rows=_listed(str(r) for r in self.rows_of[employee]),
                )
            )
        for name in bad_dates:
            out.append(_finding("invalid-date", record, name, getattr(record, name)))
        if active:
            if on["missing-mobile"] and not record.mobile:
                out.append(_finding("missing-mobile", record, "mobile", ""))
            if on["missing-email"] and not record.email:
                out.append(_finding("missing-email", record, "email", ""))
        for name, value, verdict in uses:
            if verdict.e164 is None:
                out.append(_finding("invalid-phone", record, name, value))
            else:
                self._number_findings(record, active, name, value, verdict, out)
        if email is not None:
            self._email_findings(record, email, out)
        if not active:
            self._ended_findings(record, out)

    def _number_findings(
        self,
        record: HrmRecord,
        active: bool,
        name: str,
        value: str,
        verdict: PhoneVerdict,
        out: list[ContactFinding],
    ) -> None:
        on, e164 = self.on, str(verdict.e164)
        if on["wrong-phone-type"] and verdict.kind == _WRONG_KIND[name]:
            out.append(_finding("wrong-phone-type", record, name, value))
        if active and e164 in self.numbers.shared:
            others = self.numbers.others(e164, record.employee_id, (record.row, name))
            if others is not None:
                out.append(
                    _finding("duplicate-phone", record, name, value, e164=e164, others=others)
                )
        if not self.has_directory:
            return
        if on["directory-mismatch"] and record.employee_id in self.directory_of:
            registered = [
                entry.number
                for entry in self.directory_of[record.employee_id]
                if HRM_FIELD_OF_TYPE.get(entry.type) == name
            ]
            if registered and e164 not in registered:
                out.append(
                    _finding(
                        "directory-mismatch", record, name, value, directory=", ".join(registered)
                    )
                )
        if on["not-in-directory"] and active and e164 not in self.directory_numbers:
            out.append(_finding("not-in-directory", record, name, value))

    def _email_findings(
        self, record: HrmRecord, verdict: EmailVerdict, out: list[ContactFinding]
    ) -> None:
        value = record.email
        if verdict.domain is None:
            out.append(_finding("invalid-email", record, "email", value))
        elif self.domains and not _within(verdict.domain, self.domains):
            out.append(
                _finding(
                    "foreign-email-domain",
                    record,
                    "email",
                    value,
                    domain=verdict.domain,
                    domains=", ".join(self.domains),
                )
            )
        key = value.lower()
        if key in self.emails.shared:
            others = self.emails.others(key, record.employee_id, record.row)
            if others is not None:
                out.append(_finding("duplicate-email", record, "email", value, others=others))

    def _ended_findings(self, record: HrmRecord, out: list[ContactFinding]) -> None:
        on, employee = self.on, record.employee_id
        if on["ended-in-pattern"]:
            for member in self.members_of.get(employee, ()):
                out.append(
                    _finding(
                        "ended-in-pattern",
                        record,
                        "end_date",
                        record.end_date,
                        member=member.member_id,
                        name=member.name,
                        pattern=member.pattern_id,
                        pattern_name=member.pattern_name,
                    )
                )
        if on["ended-has-number"]:
            for entry in self.directory_of.get(employee, ()):
                out.append(
                    _finding(
                        "ended-has-number",
                        record,
                        HRM_FIELD_OF_TYPE.get(entry.type),
                        entry.number,
                        end_date=record.end_date,
                    )
                )


def _unknown_members(
    members: Iterable[PatternMember], known: Collection[str]
) -> list[ContactFinding]:
    severity = CODES["pattern-member-unknown"].severity
    return [
        ContactFinding(
            "pattern-member-unknown",
            severity,
            member.employee_id,
            None,
            "employee_id",
            member.employee_id,
            {
                "member": member.member_id,
                "name": member.name,
                "pattern": member.pattern_id,
                "pattern_name": member.pattern_name,
            },
        )
        for member in members
        if member.employee_id and member.employee_id not in known
    ]


def _finding(
    code: str, record: HrmRecord, field: str | None, value: str, **params: str
) -> ContactFinding:
    return ContactFinding(
        code,
        _SEVERITY[code],
        record.employee_id or None,
        record.row,
        field,
        value,
        params or _NO_PARAMS,
    )


_SEVERITY = {code: info.severity for code, info in CODES.items()}
_NO_PARAMS: Mapping[str, str] = MappingProxyType({})
"""Shared by the many findings without parameters (they are read-only)."""


def _within(domain: str, domains: Sequence[str]) -> bool:
    return any(domain == own or domain.endswith("." + own) for own in domains)


def _listed(items: Iterable[str]) -> str:
    """Up to `_MAX_LISTED` items, comma-separated, with `…` when there are more."""
    listed = list(items)
    text = ", ".join(listed[:_MAX_LISTED])
    return text + ", …" if len(listed) > _MAX_LISTED else text


def json_document(result: ContactCheckResult, translate: Translate) -> dict[str, object]:
    """The spec's JSON document as a plain dict, the reference for `json_chunks`:
    `{"rows": N, "summary": {code: count}, "findings": [...]}`, messages translated."""
    message = message_renderer(translate)
    return {
        "rows": result.rows,
        "summary": result.counts_by_code(),
        "findings": [
            {
                "code": finding.code,
                "severity": str(finding.severity),
                "employee_id": finding.employee_id,
                "row": finding.row,
                "field": finding.field,
                "value": finding.value,
                "message": message(finding),
            }
            for finding in result.findings
        ],
    }
