"""The contact check: every finding of `spec/contacts.md` for a list of HRM records.

The check runs column by column, not row by row: a 100,000-row export cannot afford even
a few Python statements per row on a small machine. Each kind of finding is one pass over
a column (mostly `map` and `compress`, which loop in C) that gives the rows having it;
numbers are judged a column at a time (`phones`), addresses and dates once per distinct
value. The findings are then put in row order, and within a row in this order: employee
ID, dates, missing mobile and e-mail, each number (mobile, then work phone), the address,
what an ended employee still has. Duplicates are found once per employee involved, at
that employee's row. Findings about ring-pattern members who are not in the export, which
have no row, come last.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, count, filterfalse, repeat

from phonenumbers import PhoneNumberType

from kontakt.core.contacts.check_columns import (
    Columns,
    Holders,
    columns_of,
    directory_columns,
    listed,
    rows_where,
)
from kontakt.core.contacts.codes import CODES, PHONE_FIELDS
from kontakt.core.contacts.dates import parse_date, unreadable
from kontakt.core.contacts.directory import HRM_FIELD_OF_TYPE, DirectoryEntry
from kontakt.core.contacts.emails import EmailClassifier
from kontakt.core.contacts.found import Found
from kontakt.core.contacts.members import PatternMember, member_params
from kontakt.core.contacts.model import ContactFinding, HrmRecord
from kontakt.core.contacts.phones import NumberColumn, PhoneClassifier, key_e164

Poll = Callable[[int, int], None]
"""(rows done, rows in all): called now and then; may raise to stop the check."""

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


class _Check:
    """One run of the check: the passes, in the order their findings go within a row."""

    def __init__(
        self, table: Columns, given: CheckInput, phones: PhoneClassifier, poll: Poll | None
    ) -> None:
        skipped = set(skipped_codes(given))
        self.on = {code: code not in skipped for code in CODES}
        self.table, self.given, self.phones, self._poll = table, given, phones, poll
        self.found = Found(table.employee_id, table.rows)
        self.inactive: list[int] = []
        """Rows whose employment has ended (an end date before today), in order."""
        self.inactive_set: set[int] = set()
        self.unreadable_ends: set[str] = set()
        self.directory = directory_columns(given.directory)

    def poll(self, share: float) -> None:
        """Tell `poll` that about `share` of the work is done."""
        if self._poll is not None:
            total = len(self.table.rows)
            self._poll(min(total, int(total * share)), total)

    def run(self) -> Sequence[ContactFinding]:
        self.poll(0)
        self.dates()
        known = self.employee_ids()
        self.poll(0.1)
        self.invalid_dates()
        self.missing()
        self.poll(0.15)
        self.numbers()
        self.poll(0.7)
        self.addresses()
        self.poll(0.85)
        self.ended()
        unknown = []
        if self.on["pattern-member-unknown"] and self.given.members is not None:
            unknown = _unknown_members(self.given.members, known)
        findings = self.found.finish(unknown)
        self.poll(1)
        return findings

    # -- dates and employee IDs ------------------------------------------------------------
    def dates(self) -> None:
        """Which rows have ended: an end date, readable, before today."""
        ends = self.table.end_date
        if ends is None:
            return
        today = self.given.today
        ended = set()
        for text in set(ends):
            end = parse_date(text) if text else None
            if end is not None and end < today:
                ended.add(text)
            elif end is None and text:
                self.unreadable_ends.add(text)
        self.inactive = rows_where(map(ended.__contains__, ends)) if ended else []
        self.inactive_set = set(self.inactive)

    def employee_ids(self) -> set[str]:
        """missing-employee-id, duplicate-employee-id; returns the IDs in the export."""
        ids, rows = self.table.employee_id, self.table.rows
        known = set(ids)
        listed_rows: dict[str, str] = {}
        if len(known) < len(ids):  # an ID on more than one row
            # the row of each ID's first appearance (built backwards: the earliest wins)
            first = dict(zip(reversed(ids), reversed(range(len(ids))), strict=True))
            later: dict[str, list[int]] = {}
            for i in rows_where(map(operator.ne, map(first.__getitem__, ids), count())):
                later.setdefault(ids[i], []).append(rows[i])
            for employee, held in later.items():
                head = rows[first[employee]]
                others = [row for row in held if row != head]
                if employee and others:
                    listed_rows[employee] = listed(str(row) for row in [head, *others])
        if "" in known:
            for i in rows_where(map(operator.not_, ids)):
                self.found.add(i, "missing-employee-id", "employee_id", "")
        if listed_rows:
            for i in rows_where(map(listed_rows.__contains__, ids)):
                self.found.add(
                    i, "duplicate-employee-id", "employee_id", ids[i], {"rows": listed_rows[ids[i]]}
                )
        return known

    def invalid_dates(self) -> None:
        """invalid-date: the start date, then the end date."""
        for name in ("start_date", "end_date"):
            texts = self.table.column(name)
            if texts is None:
                continue
            bad = self.unreadable_ends if name == "end_date" else unreadable(texts)
            if bad:
                rows = rows_where(map(bad.__contains__, texts))
                self.found.add_rows(rows, "invalid-date", name, texts)

    def missing(self) -> None:
        """missing-mobile, missing-email: for active employees."""
        for code, name in (("missing-mobile", "mobile"), ("missing-email", "email")):
            if not self.on[code]:
                continue
            texts = self.table.column(name)
            if texts is None:
                rows = list(range(len(self.table.rows)))
            elif "" in texts:
                rows = rows_where(map(operator.not_, texts))
            else:
                continue
            self.found.add_rows(self._active(rows), code, name, texts)

    def _active(self, rows: list[int]) -> list[int]:
        """`rows` without the ended employments'."""
        if not self.inactive_set:
            return rows
        return list(filterfalse(self.inactive_set.__contains__, rows))

    # -- numbers ---------------------------------------------------------------------------
    def numbers(self) -> None:
        """invalid-phone, wrong-phone-type, duplicate-phone, directory-mismatch,
        not-in-directory: each phone field's in turn."""
        judged: dict[str, NumberColumn] = {}
        for name in PHONE_FIELDS:
            texts = self.table.column(name)
            if name in self.given.mapped and texts is not None:
                judged[name] = self.phones.column(texts)
                self.poll(0.15 + 0.2 * len(judged))
        shared = self._shared_numbers(judged)
        directory = self.directory
        for done, (name, column) in enumerate(judged.items()):
            self.poll(0.6 + 0.05 * done)
            texts = self.table.column(name)
            assert texts is not None
            keys, kinds = column
            if keys.count("") > texts.count(""):
                # no key (False) for a number (True): False < True
                invalid = rows_where(map(operator.lt, map(bool, keys), map(bool, texts)))
                self.found.add_rows(invalid, "invalid-phone", name, texts)
            if self.on["wrong-phone-type"]:
                wrong = rows_where(map(operator.eq, kinds, repeat(_WRONG_KIND[name])))
                self.found.add_rows(wrong, "wrong-phone-type", name, texts)
            for i, key, others in shared.get(name, ()):
                self.found.add(
                    i, "duplicate-phone", name, texts[i], {"e164": key_e164(key), "others": others}
                )
            if directory is None:
                continue
            mismatches, outside = directory.compare(name, self.table.employee_id, keys)
            if self.on["directory-mismatch"]:
                for i, registered in mismatches:
                    self.found.add(
                        i, "directory-mismatch", name, texts[i], {"directory": registered}
                    )
            if self.on["not-in-directory"]:
                self.found.add_rows(self._active(outside), "not-in-directory", name, texts)

    def _shared_numbers(
        self,
        judged: dict[str, NumberColumn],
    ) -> dict[str, list[tuple[int, str, str]]]:
        """Per field, the active rows holding a number that other employees hold too:
        (row, key, the others), at each employee's first holding of it."""
        counts = Counter(chain.from_iterable(keys for keys, _ in judged.values()))
        for i in self.inactive:
            for keys, _ in judged.values():
                if keys[i]:
                    counts[keys[i]] -= 1
        # held more than once (1 < count), in C; "" is no number
        repeated = set(compress(counts, map(operator.lt, repeat(1), counts.values())))
        repeated.discard("")
        if not repeated:
            return {}
        places = sorted(
            (i, field, name)
            for field, (name, (keys, _)) in enumerate(judged.items())
            for i in rows_where(map(repeated.__contains__, keys))
            if i not in self.inactive_set
        )
        holders = Holders()
        ids, rows = self.table.employee_id, self.table.rows
        for i, _, name in places:
            holders.add(judged[name].keys[i], ids[i], (rows[i], name))
        shared: dict[str, list[tuple[int, str, str]]] = {}
        for i, _, name in places:
            key = judged[name].keys[i]
            others = holders.others(key, ids[i], (rows[i], name))
            if others is not None:
                shared.setdefault(name, []).append((i, key, others))
        return shared

    # -- e-mail ----------------------------------------------------------------------------
    def addresses(self) -> None:
        """invalid-email, foreign-email-domain, duplicate-email."""
        texts = self.table.email
        if "email" not in self.given.mapped or texts is None:
            return
        domains, one_by_one, lower_case = EmailClassifier().column(texts)
        invalid = [i for i in one_by_one if domains[i] is None]
        self.found.add_rows(invalid, "invalid-email", "email", texts)
        own = tuple(domain.strip().lower() for domain in self.given.domains)
        foreign = {
            domain
            for domain in set(domains)
            if domain is not None and own and not _within(domain, own)
        }
        if foreign:
            listed_own = ", ".join(own)
            for i in rows_where(map(foreign.__contains__, domains)):
                self.found.add(
                    i,
                    "foreign-email-domain",
                    "email",
                    texts[i],
                    {"domain": str(domains[i]), "domains": listed_own},
                )
        self.poll(0.8)
        self._shared_addresses(texts, lower_case)

    def _shared_addresses(self, texts: Sequence[str], lower_case: bool) -> None:
        """duplicate-email: the same address, in any case, at rows of other employees."""
        keys = texts if lower_case else list(map(str.lower, texts))
        counts = Counter(keys)
        repeated = set(compress(counts, map(operator.lt, repeat(1), counts.values())))
        repeated.discard("")  # no address
        if not repeated:
            return
        places = rows_where(map(repeated.__contains__, keys))
        holders = Holders()
        ids, rows = self.table.employee_id, self.table.rows
        for i in places:
            holders.add(keys[i], ids[i], rows[i])
        for i in places:
            others = holders.others(keys[i], ids[i], rows[i])
            if others is not None:
                self.found.add(i, "duplicate-email", "email", texts[i], {"others": others})

    # -- ended employments -----------------------------------------------------------------
    def ended(self) -> None:
        """ended-in-pattern, ended-has-number: for the rows whose employment has ended."""
        if not self.inactive:
            return
        ids, ends = self.table.employee_id, self.table.end_date
        assert ends is not None
        if self.on["ended-in-pattern"]:
            members: dict[str, list[PatternMember]] = {}
            for member in self.given.members or ():
                members.setdefault(member.employee_id, []).append(member)
            for i in self.inactive:
                for member in members.get(ids[i], ()):
                    self.found.add(
                        i,
                        "ended-in-pattern",
                        "end_date",
                        ends[i],
                        member_params(member),
                    )
        directory = self.directory
        if self.on["ended-has-number"] and directory is not None:
            entries = directory.entries_of({ids[i] for i in self.inactive} - {""})
            for i in self.inactive:
                for number, kind in entries.get(ids[i], ()):
                    self.found.add(
                        i,
                        "ended-has-number",
                        HRM_FIELD_OF_TYPE.get(kind),
                        number,
                        {"end_date": ends[i]},
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
            member_params(member),
        )
        for member in members
        if member.employee_id and member.employee_id not in known
    ]


def _within(domain: str, domains: Sequence[str]) -> bool:
    return any(domain == own or domain.endswith("." + own) for own in domains)
