"""Conditions on a column, for rules written as "the rows where …", each tested in C.

The contact check asks every rule of every one of 100,000 rows, where even one Python
call a row is too slow. Each condition here is a lazy column of flags (a `map` over the
column with a built-in function, so the loop runs in C), and `rows_where` gives the rows
where all the conditions hold: `rows_where(filled(texts), empty(keys))` is "the rows with
a text but no key".
"""

from __future__ import annotations

import operator
from collections.abc import Container, Iterable, Iterator, Mapping
from functools import reduce
from itertools import compress, count, repeat
from typing import TypeVar

_T = TypeVar("_T")

Flags = Iterator[bool]
"""A condition's answer for each row, in row order."""


def rows_where(condition: Iterable[bool], *more: Iterable[bool]) -> list[int]:
    """The indices of the rows where every condition holds."""
    return list(compress(count(), reduce(_both, more, condition)))


def _both(these: Iterable[bool], those: Iterable[bool]) -> Iterable[bool]:
    return map(operator.and_, these, those)


def filled(column: Iterable[object]) -> Flags:
    """The row has a value (a text that is not empty, a key, a domain)."""
    return map(bool, column)


def empty(column: Iterable[object]) -> Flags:
    """The row has no value (an empty text, no key, None)."""
    return map(operator.not_, column)


def among(values: Container[object], column: Iterable[object]) -> Flags:
    """The row's value is one of `values`."""
    return map(values.__contains__, column)


def outside(values: Container[object], column: Iterable[object]) -> Flags:
    """The row's value is not one of `values`."""
    return map(operator.not_, map(values.__contains__, column))


def equal_to(value: object, column: Iterable[object]) -> Flags:
    """The row's value is `value`."""
    return map(operator.eq, column, repeat(value))


def differs(these: Iterable[object], those: Iterable[object]) -> Flags:
    """The row's values in two columns differ."""
    return map(operator.ne, these, those)


def counted_more_than(times: int, counts: Mapping[_T, int]) -> Iterator[_T]:
    """The values of `counts` counted more than `times` times."""
    return compress(counts, map(operator.gt, counts.values(), repeat(times)))
