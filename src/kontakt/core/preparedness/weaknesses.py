"""Weaknesses IKTNH reports (or findings the user registers as one), the municipality's
decision on each, and the plan's reviews.

A measure is due when it is planned and its due date has come; a weakness is unanswered
when nothing is decided, or its planned measure is past due. The plan is due for review
twelve months after its last review (at once when it was never reviewed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from kontakt.core.texts import QT_TRANSLATE_NOOP

REVIEW_MONTHS: Final = 12


class Decision(StrEnum):
    MEASURE_PLANNED = "measure-planned"
    DONE = "done"
    RISK_ACCEPTED = "risk-accepted"


DECISION_WORDS: Final = {
    Decision.MEASURE_PLANNED: QT_TRANSLATE_NOOP("PreparednessWords", "measure planned"),
    Decision.DONE: QT_TRANSLATE_NOOP("PreparednessWords", "done"),
    Decision.RISK_ACCEPTED: QT_TRANSLATE_NOOP("PreparednessWords", "risk accepted"),
}
"""The decisions in words (context "PreparednessWords")."""


class Source(StrEnum):
    IKTNH = "iktnh"
    TYPED = "typed"
    FINDING = "finding"


@dataclass(frozen=True)
class Weakness:
    """A weakness and what the municipality decided. `id` is the store's (0 before)."""

    text: str
    reported: date | None = None
    sites: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()
    severity: str = "warning"
    recommended: str = ""
    source: Source = Source.TYPED
    decision: Decision | None = None
    reason: str = ""
    measure: str = ""
    owner: str = ""
    due: date | None = None
    id: int = 0

    def past_due(self, today: date) -> bool:
        """A planned measure whose due date has passed."""
        return (
            self.decision is Decision.MEASURE_PLANNED and self.due is not None and self.due < today
        )

    def due_now(self, today: date) -> bool:
        """A planned measure whose due date is today or past: what a reminder names."""
        return (
            self.decision is Decision.MEASURE_PLANNED and self.due is not None and self.due <= today
        )

    def unanswered(self, today: date) -> bool:
        return self.decision is None or self.past_due(today)


@dataclass(frozen=True)
class Review:
    """The plan was reviewed by `by` at `at`."""

    by: str
    at: datetime


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (the 31st becomes the month's last day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def last_review(reviews: Iterable[Review]) -> Review | None:
    return max(reviews, key=lambda r: r.at, default=None)


def next_review_due(reviews: Sequence[Review]) -> date | None:
    """When the next review is due; None when the plan was never reviewed (due now)."""
    last = last_review(reviews)
    return None if last is None else add_months(last.at.date(), REVIEW_MONTHS)


def review_due(reviews: Sequence[Review], today: date) -> bool:
    """More than twelve months since the last review, or never reviewed."""
    due = next_review_due(reviews)
    return due is None or today > due
