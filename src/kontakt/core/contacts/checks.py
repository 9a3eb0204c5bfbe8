"""The contact check: every finding of `spec/contacts.md` for a list of HRM records.

Each finding code has a rule below that says at which rows it is found, written as "the
rows where …" over the columns of the export (`where`): `invalid_phone` is the rows with a
number written and no valid number read from it. The rules run column by column, not row
by row, because a 100,000-row export cannot afford even a few Python statements a row on a
small machine: each condition is tested in C, numbers are judged a column at a time
(`phones`), addresses and dates once per distinct text. `_Check` runs the rules and adds
what they find; `Found` puts the findings in row order, and within a row in this order:
employee ID, dates, missing mobile and e-mail, each number (mobile, then work phone), the
address, what an ended employee still has. Duplicates are found once per employee
involved, at that employee's row. Findings about ring-pattern members who are not in the
export, which have no row, come last.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, count, filterfalse

from phonenumbers import PhoneNumberType

from kontakt.core.contacts.check_columns import (
    Columns,
    DirectoryIndex,
    Holders,
    columns_of,
    directory_columns,
    listed,
)
from kontakt.core.contacts.codes import CODES, PHONE_FIELDS
from kontakt.core.contacts.dates import parse_date, unreadable
from kontakt.core.contacts.directory import HRM_FIELD_OF_TYPE, DirectoryEntry
from kontakt.core.contacts.emails import EmailClassifier
from kontakt.core.contacts.found import Found
from kontakt.core.contacts.members import PatternMember, member_params
from kontakt.core.contacts.model import ContactFinding, HrmRecord
from kontakt.core.contacts.phones import NumberColumn, PhoneClassifier, key_e164
from kontakt.core.contacts.where import (
    among,
    counted_more_than,
    differs,
    empty,
    equal_to,
    filled,
    rows_where,
)

Poll = Callable[[int, int], None]
"""(rows done, rows in all): called now and then; may raise to stop the check."""

Column = Sequence[str]
"""A field's text in each row."""
Rows = list[int]
"""Row indices (into the columns), in order."""

_WRONG_KIND = {"mobile": PhoneNumberType.FIXED_LINE, "work_phone": PhoneNumberType.MOBILE}
"""The type that a number in each phone field must not have."""


@dataclass(frozen=True)
class CheckInput:
    """What the check runs on besides the records."""

    mapped: Collection[str]
    """The HRM fields that have a column."""
    today: dt.date
    directory: Sequence[DirectoryEntry] | None = None
    members: Sequence[PatternMember] | None = None
    domains: Sequence[str] = ()


def skipped_codes(given: CheckInput) -> list[str]:
    """The codes not checked: a field they need is unmapped, or their other input is missing."""
    skipped = []
    for code, info in CODES.items():
        if info.needs and not any(name in given.mapped for name in info.needs):
            skipped.append(code)
        elif code in ("ended-has-number", "directory-mismatch", "not-in-directory"):
            if given.directory is None:
                skipped.append(code)
        elif code in ("ended-in-pattern", "pattern-member-unknown"):
            if given.members is None:
                skipped.append(code)
        elif code == "foreign-email-domain" and not given.domains:
            skipped.append(code)
    return skipped


def check_records(
    records: Sequence[HrmRecord],
    given: CheckInput,
    poll: Poll | None = None,
    phones: PhoneClassifier | None = None,
) -> Sequence[ContactFinding]:
    """All findings for `records`, in row order; pattern members unknown to HRM at the end.

    `records` may be any sequence of records; `HrmRecords` lends its columns as they are.
    `phones` is the run's classifier, when the directory was read with it. `poll` is
    called between the passes (each a few hundredths of a second on 100,000 rows).
    """
    return _Check(columns_of(records), given, phones or PhoneClassifier(), poll).run()


# -- the rules: where each finding is ------------------------------------------------------
def ended(ends: Column, today: dt.date) -> Rows:
    """The rows whose employment has ended: a readable end date before `today`."""
    past = {text for text in set(ends) if (end := parse_date(text)) is not None and end < today}
    return rows_where(among(past, ends)) if past else []


def missing_employee_id(ids: Column) -> Rows:
    """missing-employee-id: the row has no employee ID."""
    return rows_where(empty(ids)) if "" in ids else []


def duplicate_employee_id(ids: Column, rows: Sequence[int]) -> dict[str, str]:
    """duplicate-employee-id: each employee ID on more than one row, with those rows listed
    (each such row has the finding)."""
    if len(set(ids)) == len(ids):  # (a set costs less than the dict below)
        return {}
    first = dict(zip(reversed(ids), reversed(range(len(ids))), strict=True))  # earliest wins
    again: dict[str, list[int]] = {}
    for i in rows_where(differs(map(first.__getitem__, ids), count())):
        head = rows[first[ids[i]]]
        if ids[i] and rows[i] != head:
            again.setdefault(ids[i], [head]).append(rows[i])
    return {employee: listed(map(str, held)) for employee, held in again.items()}


def invalid_date(dates: Column) -> Rows:
    """invalid-date: a date is written that is no date."""
    bad = unreadable(dates)
    return rows_where(among(bad, dates)) if bad else []


def missing(texts: Column) -> Rows:
    """missing-mobile, missing-email (for an active employee): the field is empty."""
    return rows_where(empty(texts)) if "" in texts else []


def invalid_phone(texts: Column, keys: Column) -> Rows:
    """invalid-phone: a number is written, and it is not a valid number (it has no key)."""
    if keys.count("") == texts.count(""):  # (counting costs a quarter of the pass)
        return []  # each row without a key is a row without a number
    return rows_where(filled(texts), empty(keys))


def wrong_phone_type(field: str, kinds: Sequence[int | None]) -> Rows:
    """wrong-phone-type: a fixed-line number as the mobile, a mobile as the work phone."""
    return rows_where(equal_to(_WRONG_KIND[field], kinds))


def duplicate_phone(
    numbers: dict[str, NumberColumn], ids: Column, rows: Sequence[int], inactive: set[int]
) -> dict[str, list[tuple[int, str, str]]]:
    """duplicate-phone: for each phone field, (row, key, the others) where an active
    employee first holds a number that other active employees hold too."""
    counts = Counter(chain.from_iterable(keys for keys, _ in numbers.values()))
    for i in inactive:
        for keys, _ in numbers.values():
            counts[keys[i]] -= 1
    repeated = set(counted_more_than(1, counts))
    repeated.discard("")  # no number
    if not repeated:
        return {}
    places = sorted(
        (i, order, field)
        for order, (field, (keys, _)) in enumerate(numbers.items())
        for i in rows_where(among(repeated, keys))
        if i not in inactive
    )
    holders = Holders()
    for i, _, field in places:
        holders.add(numbers[field].keys[i], ids[i], (rows[i], field))
    shared: dict[str, list[tuple[int, str, str]]] = {}
    for i, _, field in places:
        key = numbers[field].keys[i]
        others = holders.others(key, ids[i], (rows[i], field))
        if others is not None:
            shared.setdefault(field, []).append((i, key, others))
    return shared


def invalid_email(texts: Column, domains: Sequence[str | None]) -> Rows:
    """invalid-email: an address is written, and it is not a valid one (it has no domain)."""
    if domains.count(None) == texts.count(""):  # (counting costs a quarter of the pass)
        return []  # each row without a domain is a row without an address
    return rows_where(filled(texts), empty(domains))


def foreign_email_domain(domains: Sequence[str | None], own: Sequence[str]) -> Rows:
    """foreign-email-domain: a valid address outside the municipality's domains (and
    their subdomains)."""
    foreign = {domain for domain in set(domains) if domain is not None and not _within(domain, own)}
    return rows_where(among(foreign, domains)) if foreign else []


def _within(domain: str, domains: Sequence[str]) -> bool:
    return any(domain == own or domain.endswith("." + own) for own in domains)


def duplicate_email(keys: Column, ids: Column, rows: Sequence[int]) -> list[tuple[int, str]]:
    """duplicate-email: (row, the others) where an employee first has an address (`keys`:
    in lower case) that other employees have too."""
    repeated = set(counted_more_than(1, Counter(keys)))
    repeated.discard("")  # no address
    if not repeated:
        return []
    places = rows_where(among(repeated, keys))
    holders = Holders()
    for i in places:
        holders.add(keys[i], ids[i], rows[i])
    found = []
    for i in places:
        others = holders.others(keys[i], ids[i], rows[i])
        if others is not None:
            found.append((i, others))
    return found


def ended_in_pattern(
    inactive: Rows, ids: Column, members: Iterable[PatternMember]
) -> list[tuple[int, PatternMember]]:
    """ended-in-pattern: (row, member) for each ring-pattern member an ended employee is."""
    of: dict[str, list[PatternMember]] = {}
    for member in members:
        of.setdefault(member.employee_id, []).append(member)
    return [(i, member) for i in inactive for member in of.get(ids[i], ())]


def ended_has_number(
    inactive: Rows, ids: Column, directory: DirectoryIndex
) -> list[tuple[int, str, str]]:
    """ended-has-number: (row, number, type) for each directory entry of an ended employee."""
    entries = directory.entries_of({ids[i] for i in inactive} - {""})
    return [(i, number, kind) for i in inactive for number, kind in entries.get(ids[i], ())]


def pattern_member_unknown(
    members: Iterable[PatternMember], known: Collection[str]
) -> list[ContactFinding]:
    """pattern-member-unknown: a ring-pattern member whose employee ID is not in HRM."""
    severity = CODES["pattern-member-unknown"].severity
    return [
        ContactFinding(
            "pattern-member-unknown",
            severity,
            member.employee_id,
            None,
            "employee_id",
            member.employee_id,
            member_params(member),
        )
        for member in members
        if member.employee_id and member.employee_id not in known
    ]


class _Check:
    """One run of the check: the rules, in the order their findings go within a row."""

    def __init__(
        self, table: Columns, given: CheckInput, phones: PhoneClassifier, poll: Poll | None
    ) -> None:
        skipped = set(skipped_codes(given))
        self.on = {code: code not in skipped for code in CODES}
        self.table, self.given, self.phones, self._poll = table, given, phones, poll
        self.found = Found(table.employee_id, table.rows)
        ends = table.end_date
        self.inactive = ended(ends, given.today) if ends is not None else []
        """Rows whose employment has ended (an end date before today), in order."""
        self.inactive_set = set(self.inactive)
        self.directory = directory_columns(given.directory)

    def poll(self, share: float) -> None:
        """Tell `poll` that about `share` of the work is done."""
        if self._poll is not None:
            total = len(self.table.rows)
            self._poll(min(total, int(total * share)), total)

    def run(self) -> Sequence[ContactFinding]:
        self.poll(0)
        self.employee_ids()
        self.poll(0.1)
        self.dates()
        self.missing()
        self.poll(0.15)
        self.numbers()
        self.poll(0.7)
        self.addresses()
        self.poll(0.85)
        self.ended()
        unknown = []
        if self.on["pattern-member-unknown"] and self.given.members is not None:
            unknown = pattern_member_unknown(self.given.members, set(self.table.employee_id))
        findings = self.found.finish(unknown)
        self.poll(1)
        return findings

    def active(self, rows: Rows) -> Rows:
        """`rows` without the ended employments'."""
        if not self.inactive_set:
            return rows
        return list(filterfalse(self.inactive_set.__contains__, rows))

    def employee_ids(self) -> None:
        ids = self.table.employee_id
        self.found.add_rows(missing_employee_id(ids), "missing-employee-id", "employee_id", ids)
        repeated = duplicate_employee_id(ids, self.table.rows)
        if repeated:
            for i in rows_where(among(repeated, ids)):
                params = {"rows": repeated[ids[i]]}
                self.found.add(i, "duplicate-employee-id", "employee_id", ids[i], params)

    def dates(self) -> None:
        for field in ("start_date", "end_date"):
            texts = self.table.column(field)
            if texts is not None:
                self.found.add_rows(invalid_date(texts), "invalid-date", field, texts)

    def missing(self) -> None:
        for code, field in (("missing-mobile", "mobile"), ("missing-email", "email")):
            if self.on[code]:
                texts = self.table.column(field)
                rows = missing(texts) if texts is not None else list(range(len(self.table.rows)))
                self.found.add_rows(self.active(rows), code, field, texts)

    def numbers(self) -> None:
        """Each phone field's findings in turn."""
        judged: dict[str, NumberColumn] = {}
        for field in PHONE_FIELDS:
            texts = self.table.column(field)
            if field in self.given.mapped and texts is not None:
                judged[field] = self.phones.column(texts)
                self.poll(0.15 + 0.2 * len(judged))
        ids, shared = self.table.employee_id, {}
        if self.on["duplicate-phone"]:
            shared = duplicate_phone(judged, ids, self.table.rows, self.inactive_set)
        for done, (field, (keys, kinds)) in enumerate(judged.items()):
            self.poll(0.6 + 0.05 * done)
            texts = self.table.column(field)
            assert texts is not None
            self.found.add_rows(invalid_phone(texts, keys), "invalid-phone", field, texts)
            if self.on["wrong-phone-type"]:
                wrong = wrong_phone_type(field, kinds)
                self.found.add_rows(wrong, "wrong-phone-type", field, texts)
            for i, key, others in shared.get(field, ()):
                params = {"e164": key_e164(key), "others": others}
                self.found.add(i, "duplicate-phone", field, texts[i], params)
            if self.directory is None:
                continue
            # directory-mismatch and not-in-directory come from one comparison
            mismatches, absent = self.directory.compare(field, ids, keys)
            if self.on["directory-mismatch"]:
                for i, registered in mismatches:
                    params = {"directory": registered}
                    self.found.add(i, "directory-mismatch", field, texts[i], params)
            if self.on["not-in-directory"]:
                self.found.add_rows(self.active(absent), "not-in-directory", field, texts)

    def addresses(self) -> None:
        texts = self.table.email
        if "email" not in self.given.mapped or texts is None:
            return
        domains, lower_case = EmailClassifier().column(texts)
        self.found.add_rows(invalid_email(texts, domains), "invalid-email", "email", texts)
        own = tuple(domain.strip().lower() for domain in self.given.domains)
        if self.on["foreign-email-domain"]:
            listed_own = ", ".join(own)
            for i in foreign_email_domain(domains, own):
                params = {"domain": str(domains[i]), "domains": listed_own}
                self.found.add(i, "foreign-email-domain", "email", texts[i], params)
        self.poll(0.8)
        keys = texts if lower_case else list(map(str.lower, texts))
        for i, others in duplicate_email(keys, self.table.employee_id, self.table.rows):
            self.found.add(i, "duplicate-email", "email", texts[i], {"others": others})

    def ended(self) -> None:
        ids, ends = self.table.employee_id, self.table.end_date
        if not self.inactive or ends is None:
            return
        if self.on["ended-in-pattern"]:
            for i, member in ended_in_pattern(self.inactive, ids, self.given.members or ()):
                params = member_params(member)
                self.found.add(i, "ended-in-pattern", "end_date", ends[i], params)
        if self.on["ended-has-number"] and self.directory is not None:
            for i, number, kind in ended_has_number(self.inactive, ids, self.directory):
                field = HRM_FIELD_OF_TYPE.get(kind)
                self.found.add(i, "ended-has-number", field, number, {"end_date": ends[i]})
