"""The pieces the column-wise contact check (`checks`) is built of.

`Columns` are the record fields the check reads, `DirectoryIndex` the directory as the
check asks it, and `Holders` tells who else holds a shared number or address.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from kontakt.core.contacts.directory import HRM_FIELD_OF_TYPE, DirectoryColumns, DirectoryEntry
from kontakt.core.contacts.model import HrmRecord, HrmRecords
from kontakt.core.contacts.phones import text_key
from kontakt.core.contacts.where import among, differs, empty, filled, outside, rows_where

MAX_LISTED = 5
"""At most this many other employees or rows are named in one message."""


def listed(items: Iterable[str]) -> str:
    """Up to `MAX_LISTED` items, comma-separated, with `…` when there are more."""
    items = list(items)
    text = ", ".join(items[:MAX_LISTED])
    return text + ", …" if len(items) > MAX_LISTED else text


@dataclass(frozen=True, slots=True)
class Columns:
    """The fields the check reads, one text a row (None: the field is empty in every row).

    `rows` are the records' row numbers (1-based data rows).
    """

    rows: Sequence[int]
    employee_id: Sequence[str]
    email: Sequence[str] | None
    mobile: Sequence[str] | None
    work_phone: Sequence[str] | None
    start_date: Sequence[str] | None
    end_date: Sequence[str] | None

    def column(self, name: str) -> Sequence[str] | None:
        texts: Sequence[str] | None = getattr(self, name)
        return texts


_CHECKED = ("employee_id", "email", "mobile", "work_phone", "start_date", "end_date")


def columns_of(records: Sequence[HrmRecord]) -> Columns:
    """The checked fields of `records`: `HrmRecords` lends its own columns."""
    if isinstance(records, HrmRecords):
        ids = records.column("employee_id")
        return Columns(
            range(1, len(records) + 1),
            ids if ids is not None else [""] * len(records),
            *(records.column(name) for name in _CHECKED[1:]),
        )
    return Columns(
        [record.row for record in records],
        *([getattr(record, name) for record in records] for name in _CHECKED),
    )


class Holders:
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
        return listed(other for other in holders if other != employee)


class DirectoryIndex:
    """The directory as the check asks it: does it have a number (by `phones` key), and
    which numbers does it have for an employee in an HRM field; an employee's entries."""

    def __init__(
        self,
        numbers: Sequence[str],
        types: Sequence[str],
        employee_ids: Sequence[str],
        keys: list[str | None] | None = None,
    ) -> None:
        self.numbers, self.types, self.employee_ids = numbers, types, employee_ids
        if keys is None:
            keys = list(map(_AFTER_CODE, numbers))  # right for `+47…`
            for j in rows_where(empty(map(_STARTS_47, numbers))):
                keys[j] = text_key(numbers[j])  # rare: not a Norwegian E.164 text
        self.entry_keys = keys
        """`phones.text_key` of each entry's number (None: not in E.164 form)."""
        self.keys = set(keys)
        self.keys.discard(None)

    def compare(
        self,
        field: str,
        ids: Sequence[str],
        keys: Sequence[str],
    ) -> tuple[list[tuple[int, str]], list[int]]:
        """The rows whose valid number (`keys`) differs from the directory: (row index, the
        numbers registered, listed) where the employee has numbers registered for `field`
        but not this one; and the rows whose number is not in the directory at all."""
        kinds = {kind for kind, name in HRM_FIELD_OF_TYPE.items() if name == field}
        chosen = list(among(kinds, self.types))
        # an employee of each number registered for the field (if several, any will do:
        # the others' rows are looked at closer below)
        owner = dict(
            zip(compress(self.entry_keys, chosen), compress(self.employee_ids, chosen), strict=True)
        )
        if not owner:  # no number registered for the field: only "not in the directory"
            return [], rows_where(filled(keys), outside(self.keys, keys))
        # nearly every row has its own registered number: those are done in one C pass
        differ = rows_where(differs(map(owner.get, keys), ids))
        registered = self._registered(chosen, {ids[i] for i in differ})
        mismatches, unknown = [], []
        for i in differ:
            key = keys[i]
            if not key:
                continue
            numbers = registered.get(ids[i])
            if numbers and key not in map(text_key, numbers):
                mismatches.append((i, ", ".join(numbers)))
            if key not in self.keys:
                unknown.append(i)
        return mismatches, unknown

    def _registered(self, chosen: list[bool], employees: set[str]) -> dict[str, list[str]]:
        """employee ID -> the numbers (as written, in order) of the `chosen` entries, for
        `employees` (an entry without an employee is nobody's)."""
        employees.discard("")
        found: dict[str, list[str]] = {}
        for j in rows_where(among(employees, self.employee_ids)):
            if chosen[j]:
                found.setdefault(self.employee_ids[j], []).append(self.numbers[j])
        return found

    def entries_of(self, employees: set[str]) -> dict[str, list[tuple[str, str]]]:
        """employee ID -> (number, type) of each of their entries, in directory order."""
        found: dict[str, list[tuple[str, str]]] = {}
        for j in rows_where(among(employees, self.employee_ids)):
            found.setdefault(self.employee_ids[j], []).append((self.numbers[j], self.types[j]))
        return found


_STARTS_47 = operator.methodcaller("startswith", "+47")
_AFTER_CODE = operator.itemgetter(slice(3, None))


def directory_columns(entries: Sequence[DirectoryEntry] | None) -> DirectoryIndex | None:
    """The directory's index; None when there is no directory."""
    if entries is None:
        return None
    if isinstance(entries, DirectoryColumns):
        return DirectoryIndex(entries.numbers, entries.types, entries.employee_ids, entries.keys)
    return DirectoryIndex(
        [entry.number for entry in entries],
        [entry.type for entry in entries],
        [entry.employee_id for entry in entries],
    )
