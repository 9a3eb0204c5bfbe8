"""The Beredskap workspace's tables: sites (with an autonomy bar), a scenario's entries,
weaknesses and findings, each a `RowsModel`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kontakt.core.preparedness.findings import Finding
from kontakt.core.preparedness.scenarios import EntryResult
from kontakt.core.preparedness.sites import Site
from kontakt.core.preparedness.weaknesses import DECISION_WORDS, Weakness
from kontakt.core.ringpattern.messages import moment_text, outcome_word, phone, word
from kontakt.core.severity import Severity
from kontakt.i18n import gui_translate
from kontakt.ui.widgets.rows_model import RowsModel

AUTONOMY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""(autonomy in minutes or None for without limit, the target): what the bar draws."""
GOOD, SHORT, NONE = QColor("#2e7d32"), QColor("#ef6c00"), QColor("#c62828")


class SitesModel(RowsModel[tuple[Site, int, int]]):
    """(site, number of findings about it, the autonomy target)."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Site"),
            self.tr("Name"),
            self.tr("Emergency power"),
            self.tr("Findings"),
        )

    def cell(self, row: tuple[Site, int, int], column: int, role: int) -> Any:
        site, findings, target = row
        if role == AUTONOMY_ROLE and column == 2:
            return (site.autonomy_min, target)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return site.id
        if column == 1:
            return site.name
        if column == 2:
            minutes = site.autonomy_min
            return self.tr("without limit") if minutes is None else self.tr("%n min", "", minutes)
        return findings


class AutonomyBar(QStyledItemDelegate):
    """Draws a site's autonomy as a bar against the target (full: twice the target or
    without limit), green when it reaches the target, orange under it, red at zero."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(AUTONOMY_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        minutes, target = value
        rect = QRectF(option.rect).adjusted(3, 4, -3, -4)
        share = 1.0 if minutes is None else min(minutes / max(2 * target, 1), 1.0)
        colour = GOOD if minutes is None or minutes >= target else SHORT if minutes else NONE
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRect(rect)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.x(), rect.y(), rect.width() * share, rect.height()))
        painter.setPen(QColor("#000000"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()


class ScenarioModel(RowsModel[EntryResult]):
    """A scenario's entries: normal and during the outage side by side."""

    names: Mapping[str, str] = {}
    """The members' names by id (`scenarios.member_names`), set before the rows."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("State"),
            self.tr("Called at"),
            self.tr("Normally"),
            self.tr("During the outage"),
            self.tr("Answerable"),
        )

    def cell(self, row: EntryResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and not row.answerable:
            return NONE
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return f"{phone(row.entry)} {row.label or ''}".strip()
        if column == 1:
            return word(row.state, gui_translate)
        if column == 2:
            return moment_text(row.at, gui_translate)
        if column in (3, 4):
            leg = row.normal if column == 3 else row.during
            said = outcome_word(leg.outcome, gui_translate)
            rang = (self.names.get(m, m) for m in leg.rang)
            return f"{said} ({', '.join(rang)})" if leg.rang else said
        return self.tr("yes") if row.answerable else self.tr("no")


class WeaknessModel(RowsModel[tuple[Weakness, bool]]):
    """(weakness, whether it is unanswered today)."""

    names: Mapping[str, str] = {}
    """The sites' names by id (`SitesRegister.names`), set before the rows."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Weakness"),
            self.tr("Concerns"),
            self.tr("Decision"),
            self.tr("Owner"),
            self.tr("Due"),
        )

    def cell(self, row: tuple[Weakness, bool], column: int, role: int) -> Any:
        weakness, unanswered = row
        if role == Qt.ItemDataRole.ForegroundRole and unanswered and column == 2:
            return SHORT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return weakness.text
        if column == 1:
            sites = (self.names.get(s, s) for s in weakness.sites)
            return ", ".join([*sites, *(phone(e) for e in weakness.entries)])
        if column == 2:
            if weakness.decision is None:
                return self.tr("not decided")
            return gui_translate("PreparednessWords", DECISION_WORDS[weakness.decision])
        if column == 3:
            return weakness.owner
        return weakness.due.strftime("%d.%m.%Y") if weakness.due else ""


class PreparednessFindingsModel(RowsModel[Finding]):
    """The check's findings, errors first."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Severity"), self.tr("Finding"))

    def cell(self, row: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return NONE if row.severity is Severity.ERROR else SHORT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.severity.label(gui_translate)
        return row.text(gui_translate)
