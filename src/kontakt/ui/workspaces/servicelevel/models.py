"""The Servicegrad workspace's tables: targets with their figures, staffing, calls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kontakt.core.servicelevel import explain
from kontakt.core.servicelevel.figures import HourCell, TargetReport
from kontakt.i18n import gui_translate as _translate
from kontakt.services.servicelevel import CallRow
from kontakt.ui.widgets.rows_model import RowsModel

MET_BACKGROUND = QColor("#c6efce")
MISSED_BACKGROUND = QColor("#ffc7ce")


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{explain.percent(value)} %"


def _seconds(value: float | None) -> str:
    return explain.duration_text(value, _translate)


def met_text(target: TargetReport) -> str:
    """A sign and a word, so the result does not hang on telling red from green."""
    if target.period.meets:
        return QCoreApplication.translate("ServiceLevelModels", "✔ Met")
    return QCoreApplication.translate("ServiceLevelModels", "✘ Missed")


class SummaryModel(RowsModel[TargetReport]):
    """One row a target: its figures over the period against its goal, met or missed."""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ServiceLevelModels", "Target"),
            QCoreApplication.translate("ServiceLevelModels", "Offered"),
            QCoreApplication.translate("ServiceLevelModels", "Service level"),
            QCoreApplication.translate("ServiceLevelModels", "Goal"),
            QCoreApplication.translate("ServiceLevelModels", "Answered"),
            QCoreApplication.translate("ServiceLevelModels", "Abandoned"),
            QCoreApplication.translate("ServiceLevelModels", "Average wait"),
            QCoreApplication.translate("ServiceLevelModels", "Result"),
        )

    def cell(self, row: TargetReport, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 7:
            return MET_BACKGROUND if row.period.meets else MISSED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == 7:
            return QColor("#006100") if row.period.meets else QColor("#9c0006")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        figures, goal = row.period, row.goal
        return (
            row.label,
            explain.count_text(figures.offered, _translate),
            _rate(figures.service_level),
            QCoreApplication.translate(
                "ServiceLevelModels", "{percent} % within {within} s"
            ).format(percent=explain.number_text(goal.percent), within=goal.within_s),
            _rate(figures.answer_rate),
            _rate(figures.abandon_rate),
            _seconds(figures.asa_s),
            met_text(row),
        )[column]


class StaffingModel(RowsModel[HourCell]):
    """The hours of the week with calls: traffic and the agents Erlang C recommends."""

    members: int | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ServiceLevelModels", "Weekday"),
            QCoreApplication.translate("ServiceLevelModels", "Hour"),
            QCoreApplication.translate("ServiceLevelModels", "Offered"),
            QCoreApplication.translate("ServiceLevelModels", "Service level"),
            QCoreApplication.translate("ServiceLevelModels", "Traffic (Erlang)"),
            QCoreApplication.translate("ServiceLevelModels", "Agents needed"),
            QCoreApplication.translate("ServiceLevelModels", "Members"),
        )

    def cell(self, row: HourCell, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _translate("ServiceLevel", explain.WEEKDAYS[row.weekday]),
            f"{row.hour:02d}–{row.hour + 1:02d}",
            explain.count_text(row.figures.offered, _translate),
            _rate(row.figures.service_level),
            "–" if row.traffic is None else f"{row.traffic:.2f}".replace(".", ","),
            "–" if row.agents_needed is None else str(row.agents_needed),
            "–" if self.members is None else str(self.members),
        )[column]


class CallsModel(RowsModel[CallRow]):
    """The calls of one heat-map cell (no calling number: it is not shown anywhere)."""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ServiceLevelModels", "Time"),
            QCoreApplication.translate("ServiceLevelModels", "Number"),
            QCoreApplication.translate("ServiceLevelModels", "Queue or group"),
            QCoreApplication.translate("ServiceLevelModels", "Wait"),
            QCoreApplication.translate("ServiceLevelModels", "Talk"),
            QCoreApplication.translate("ServiceLevelModels", "Result"),
            QCoreApplication.translate("ServiceLevelModels", "Answered by"),
        )

    def cell(self, row: CallRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            f"{row.start:%d.%m.%Y %H.%M}",
            row.entry,
            row.target,
            _seconds(row.wait_s),
            _seconds(row.talk_s),
            _translate("ServiceLevel", explain.RESULT_WORDS[row.result]),
            row.answered_by,
        )[column]
