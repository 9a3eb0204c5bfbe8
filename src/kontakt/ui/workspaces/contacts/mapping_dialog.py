"""Confirming which column of a table holds which field, and saving it as a profile.

The HRM export (before a contact check) and the number register (before an import) use it,
each with its `FieldSpec`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.tables.mapping import FieldSpec, MappingProfile
from kontakt.i18n import gui_translate as _translate
from kontakt.services.contacts import MappingPreview


class MappingDialog(QDialog):
    """Shows the automatic mapping and the first rows; the user may change any field's
    column, pick a saved profile (of the same kind), and save the result under a name."""

    def __init__(
        self,
        file_name: str,
        preview: MappingPreview,
        profiles: list[MappingProfile],
        parent: QWidget | None = None,
        spec: FieldSpec = HRM_FIELDS,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        is_register = spec.kind != HRM_FIELDS.kind
        self.setWindowTitle(self.tr("Columns in {file}").format(file=file_name))
        self.resize(760, 560)
        self._headers = preview.headers
        self._profiles = {p.name: p for p in profiles}

        intro = QLabel(
            self.tr(
                "Kontakt has matched the columns of the call records to the fields it "
                "reads. Check the matches, and change any that are wrong."
            )
            if spec.kind == "calls"
            else self.tr(
                "Kontakt has matched the columns of the number register to the fields it "
                "reads. Check the matches, and change any that are wrong."
            )
            if is_register
            else self.tr(
                "Kontakt has matched the columns of the export to the fields it checks. Check "
                "the matches, and change any that are wrong. Fields without a column are not "
                "checked."
            )
        )
        intro.setWordWrap(True)
        self.profile_box = QComboBox()
        self.profile_box.addItem(self.tr("Automatic"), "")
        for name in self._profiles:
            self.profile_box.addItem(name, name)
        self.profile_box.currentIndexChanged.connect(self._apply_profile)

        form = QFormLayout()
        form.addRow(self.tr("&Profile:"), self.profile_box)
        self.boxes: dict[str, QComboBox] = {}
        for name in spec.fields:
            box = QComboBox()
            box.addItem(
                self.tr("(not in the file)") if is_register else self.tr("(not in the export)"), ""
            )
            for header in self._headers:
                box.addItem(header, header)
            label = self._label(name)
            if name in spec.required:
                label = self.tr("{field} (required)").format(field=label)
            form.addRow(label + ":", box)
            self.boxes[name] = box
        self._set_mapping(preview.mapping)

        self.preview_table = QTableWidget(len(preview.rows), len(self._headers))
        self.preview_table.setHorizontalHeaderLabels(self._headers)
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row[: len(self._headers)]):
                self.preview_table.setItem(r, c, QTableWidgetItem(value))
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_table.setMinimumHeight(190)

        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(
            self.tr("e.g. IKTNH register") if is_register else self.tr("e.g. Visma HRM")
        )
        save_label = QLabel(self.tr("Save &as profile:"))
        save_label.setBuddy(self.save_name)
        save_row = QHBoxLayout()
        save_row.addWidget(save_label)
        save_row.addWidget(self.save_name, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Import") if is_register else self.tr("&Run check")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("The first rows of the file:")
                if is_register
                else self.tr("The first rows of the export:")
            )
        )
        layout.addWidget(self.preview_table)
        layout.addLayout(save_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _label(self, name: str) -> str:
        return _translate(self.spec.label_context, self.spec.labels[name])

    def _set_mapping(self, mapping: dict[str, str] | object) -> None:
        assert isinstance(mapping, dict)
        for name, box in self.boxes.items():
            index = box.findData(mapping.get(name, ""))
            box.setCurrentIndex(max(index, 0))

    def _apply_profile(self) -> None:
        name = self.profile_box.currentData()
        if name:
            self._set_mapping(dict(self._profiles[name].mapping))

    def mapping(self) -> dict[str, str]:
        """field -> header for every field the user gave a column ("" = not mapped)."""
        return {name: str(box.currentData()) for name, box in self.boxes.items()}

    def profile_to_save(self) -> MappingProfile | None:
        name = self.save_name.text().strip()
        return MappingProfile(name, self.mapping(), self.spec.kind) if name else None

    def accept(self) -> None:
        missing = [self._label(f) for f in self.spec.required if not self.mapping()[f]]
        if missing:
            self.problem.setText(
                self.tr("Choose a column for: {fields}").format(fields=", ".join(missing))
            )
            self.problem.show()
            return
        super().accept()
