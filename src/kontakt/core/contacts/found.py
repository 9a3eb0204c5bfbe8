"""The findings of a check, kept compact: one group per kind, put in row order at the end.

A large check finds a hundred thousand things (mostly numbers not in the directory). Made
into `ContactFinding` objects at once, they would cost more than finding them; `Found`
keeps each kind as a group of row indices and values, and `FindingList` makes a finding
only when it is asked for, while the JSON writer (`document`) and the counts read the
groups themselves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from types import MappingProxyType
from typing import NamedTuple

from kontakt.core.contacts.codes import CODES
from kontakt.core.contacts.model import ContactFinding, LazySequence, new_finding
from kontakt.core.severity import Severity

NO_PARAMS: Mapping[str, str] = MappingProxyType({})
"""Shared by the many findings without parameters (they are read-only)."""
SEVERITY = {code: info.severity for code, info in CODES.items()}


class Group(NamedTuple):
    """Findings of one code and field: at `rows` (indices into the table), with `values`;
    `params` one mapping a finding, or None when none has any."""

    code: str
    field: str | None
    rows: list[int]
    values: list[str]
    params: list[Mapping[str, str]] | None


class Found:
    """Findings by kind, each kind's in row order; `finish` puts them all in row order.

    A row's findings keep the order their kinds were added in.
    """

    def __init__(self, ids: Sequence[str], rows: Sequence[int]) -> None:
        self._ids, self._rows = ids, rows
        self._groups: list[Group] = []

    def add(
        self,
        i: int,
        code: str,
        field: str | None,
        value: str,
        params: Mapping[str, str] = NO_PARAMS,
    ) -> None:
        """One finding at row index `i` (added to the last group when of its kind)."""
        last = self._groups[-1] if self._groups else None
        if last is None or last.code != code or last.field != field or last.params is None:
            last = Group(code, field, [], [], [])
            self._groups.append(last)
        assert last.params is not None
        last.rows.append(i)
        last.values.append(value)
        last.params.append(params)

    def add_rows(self, rows: list[int], code: str, field: str, texts: Sequence[str] | None) -> None:
        """A finding without parameters at each of `rows`, the value from `texts`."""
        if rows:
            values = list(map(texts.__getitem__, rows)) if texts is not None else [""] * len(rows)
            self._groups.append(Group(code, field, rows, values, None))

    def finish(self, extra: Sequence[ContactFinding] = ()) -> FindingList:
        """All findings in row order, then `extra` (findings without a row)."""
        at = list(chain.from_iterable(group.rows for group in self._groups))
        # a stable sort: within a row, the order the kinds were added in stays
        order = sorted(range(len(at)), key=at.__getitem__)
        return FindingList(self._groups, order, self._ids, self._rows, extra)


class FindingList(LazySequence[ContactFinding]):
    """The findings of a check in their order, each made when first asked for.

    `groups` and `order` (positions in the groups laid end to end) are for the JSON
    writer; then come `extra` findings.
    """

    def __init__(
        self,
        groups: list[Group],
        order: list[int],
        ids: Sequence[str],
        rows: Sequence[int],
        extra: Sequence[ContactFinding],
    ) -> None:
        self.groups, self.order, self.ids, self.rows = groups, order, ids, rows
        self.extra = list(extra)
        self._starts = [0]
        for group in groups:
            self._starts.append(self._starts[-1] + len(group.rows))
        self._made: list[ContactFinding | None] = [None] * len(order)

    def __len__(self) -> int:
        return len(self.order) + len(self.extra)

    def _item(self, index: int) -> ContactFinding:
        if index >= len(self.order):
            return self.extra[index - len(self.order)]
        made = self._made[index]
        if made is None:
            made = self._made[index] = self._make(self.order[index])
        return made

    def _make(self, position: int) -> ContactFinding:
        number = bisect_right(self._starts, position) - 1
        group, j = self.groups[number], position - self._starts[number]
        i = group.rows[j]
        return new_finding(
            group.code,
            SEVERITY[group.code],
            self.ids[i] or None,
            self.rows[i],
            group.field,
            group.values[j],
            NO_PARAMS if group.params is None else group.params[j],
        )

    def group_findings(self, number: int) -> list[ContactFinding]:
        """The findings of group `number`, in the group's order."""
        start = self._starts[number]
        return [self._make(start + j) for j in range(len(self.groups[number].rows))]

    def counts_by_code(self) -> dict[str, int]:
        """Number of findings per code, codes in first-seen order."""
        # a code is first seen at the earliest finding of its groups: lowest row index,
        # then lowest group (the order the findings are in), so no finding is looked at
        first: dict[str, tuple[int, int]] = {}
        counts: dict[str, int] = {}
        for number, group in enumerate(self.groups):
            at = (min(group.rows), number)
            first[group.code] = min(first.get(group.code, at), at)
            counts[group.code] = counts.get(group.code, 0) + len(group.rows)
        ordered = {code: counts[code] for code in sorted(first, key=first.__getitem__)}
        for code, count in Counter(finding.code for finding in self.extra).items():
            ordered[code] = ordered.get(code, 0) + count
        return ordered

    def counts_by_severity(self) -> dict[Severity, int]:
        """Number of findings per severity (every severity present, 0 where none)."""
        counts = dict.fromkeys(Severity, 0)
        for code, count in self.counts_by_code().items():
            counts[SEVERITY[code]] += count
        return counts
