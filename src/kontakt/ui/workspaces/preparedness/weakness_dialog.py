"""Typing in a weakness, or recording the decision on one: the measure planned (or done, or
the risk accepted with a reason), who owns it and when it is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kontakt.core.preparedness.weaknesses import DECISION_WORDS, Decision, Weakness
from kontakt.i18n import gui_translate


class WeaknessDialog(QDialog):
    """Edits `weakness` (a new one when its text is empty); `weakness()` gives the result."""

    def __init__(self, weakness: Weakness, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = weakness
        self.setWindowTitle(self.tr("Weakness and measure"))
        self.text = QPlainTextEdit(weakness.text)
        self.text.setMaximumHeight(70)
        self.concerns = QLineEdit(", ".join([*weakness.sites, *weakness.entries]))
        self.concerns.setPlaceholderText(self.tr("site ids or entry numbers, with commas"))
        self.recommended = QLineEdit(weakness.recommended)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("not decided"), None)
        for decision in Decision:
            self.decision.addItem(
                gui_translate("PreparednessWords", DECISION_WORDS[decision]), decision.value
            )
        if weakness.decision is not None:
            self.decision.setCurrentIndex(list(Decision).index(weakness.decision) + 1)
        self.measure = QLineEdit(weakness.measure)
        self.reason = QLineEdit(weakness.reason)
        self.owner = QLineEdit(weakness.owner)
        self.has_due = QCheckBox(self.tr("Due date"))
        self.has_due.setChecked(weakness.due is not None)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        shown = weakness.due or today
        self.due.setDate(QDate(shown.year, shown.month, shown.day))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("Weakness"), self.text)
        form.addRow(self.tr("Concerns"), self.concerns)
        form.addRow(self.tr("Recommended measure"), self.recommended)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Measure"), self.measure)
        form.addRow(self.tr("Reason (risk accepted)"), self.reason)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.has_due, self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def weakness(self) -> Weakness:
        """The weakness as the dialog now says (its id kept)."""
        named = [p.strip() for p in self.concerns.text().split(",") if p.strip()]
        entries = tuple(p for p in named if p.startswith("+"))
        sites = tuple(p for p in named if not p.startswith("+"))
        value = self.decision.currentData()
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        assert due is None or isinstance(due, date)
        return replace(
            self.original,
            text=self.text.toPlainText().strip(),
            sites=sites,
            entries=entries,
            recommended=self.recommended.text().strip(),
            decision=Decision(value) if value else None,
            measure=self.measure.text().strip(),
            reason=self.reason.text().strip(),
            owner=self.owner.text().strip(),
            due=due,
        )
