"""Step 2 of a training round as a form, bound to TrainingInput: who, how many, which villages,
when, how long, where, and the round's rules. The new-round wizard shows it on a page of its
own; RoundForm (round_form.py) shows it beside step 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP
from wangmuang_desk.services.rows import VillageRow
from wangmuang_desk.services.training_rows import DEFAULT_THRESHOLD, TrainingInput
from wangmuang_desk.thai.dates import fiscal_year
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.establishment_base import text_box
from wangmuang_desk.ui.trainings.round_form_part import RoundFormPart, read_decimal
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label
from wangmuang_desk.ui.widgets.person_picker import village_label

translate = QCoreApplication.translate

# The same source texts as the service's, so one Thai translation serves both.
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The last day is before the first day.")
HOURS_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "Validation", "The length in hours must be more than zero.")
PASS_MARK_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The pass mark cannot be negative.")

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TargetForm(RoundFormPart):
    """Step 2: who the round is for, when, how long and where; and its rules (attendance
    threshold, pass mark, digits on its documents)."""

    fields = ("target_description", "target_count", "village_ids", "planned_start",
              "planned_end", "duration_hours", "venue", "attendance_threshold", "pass_mark",
              "thai_digits", "fiscal_year")

    def __init__(self, villages: Sequence[VillageRow], default_threshold: int = DEFAULT_THRESHOLD,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._default_threshold = default_threshold
        self._fiscal_year: int | None = None  # kept from a loaded round without dates
        self.target_description = text_box("target_description", lines=2)
        self.target_description.setPlaceholderText(translate(
            "RoundForm", "e.g. members of the women's groups and interested villagers"))
        self.target_count = QSpinBox(objectName="target_count")
        self.target_count.setRange(0, 100_000)
        self.target_count.setSpecialValueText(translate("RoundForm", "not set"))
        self.target_count.setSuffix(translate("RoundForm", " people"))
        self.village_model = QStandardItemModel(self)
        for village in villages:
            item = QStandardItem(village_label(village.moo, village.name))
            item.setData(village.id, _ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.village_model.appendRow(item)
        self.village_list = QListView(objectName="village_ids")
        self.village_list.setModel(self.village_model)
        self.village_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.village_list.setMinimumHeight((self.village_list.fontMetrics().height() + 8) * 4)
        self.all_villages = QPushButton(translate("RoundForm", "All villages"),
                                        objectName="all_villages")
        self.all_villages.clicked.connect(self.tick_all_villages)
        self.planned_start = BeDateEdit(objectName="planned_start")
        self.planned_end = BeDateEdit(objectName="planned_end")
        for edit in (self.planned_start, self.planned_end):
            fit_line_edit(edit, "00/00/0000")
        self.fiscal_year_label = hint_label("")
        self.fiscal_year_label.setWordWrap(False)
        self.duration_hours = DecimalEdit(objectName="duration_hours", money=False)
        fit_line_edit(self.duration_hours, "0000.5")
        self.venue = QLineEdit(objectName="venue")
        self.venue.setPlaceholderText(translate("RoundForm", "e.g. the office's meeting room"))
        self.attendance_threshold = QSpinBox(objectName="attendance_threshold")
        self.attendance_threshold.setRange(1, 100)
        self.attendance_threshold.setSuffix(" %")
        self.attendance_threshold.setValue(default_threshold)
        self.pass_mark = DecimalEdit(objectName="pass_mark", money=False)
        fit_line_edit(self.pass_mark, "0000.5")
        self.thai_digits = QCheckBox(translate(
            "RoundForm", "Thai digits on the round's letters and certificates"),
            objectName="thai_digits")
        self.thai_digits.setChecked(True)

        # Beside the other fields rather than under them: the page fits a 768-pixel screen.
        villages_box = QGroupBox(translate("RoundForm", "Villages"))
        villages_layout = QVBoxLayout(villages_box)
        villages_layout.addWidget(self.village_list, 1)
        all_row = QHBoxLayout()
        all_row.addStretch(1)
        all_row.addWidget(self.all_villages)
        villages_layout.addLayout(all_row)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.planned_start)
        dates_row.addWidget(QLabel(translate("RoundForm", "to")))
        dates_row.addWidget(self.planned_end)
        dates_row.addWidget(self.fiscal_year_label, 1)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.duration_hours)
        hours_row.addWidget(QLabel(translate("RoundForm", "hours in all")))
        hours_row.addStretch(1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.target_count)
        count_row.addStretch(1)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.attendance_threshold)
        rules_row.addWidget(hint_label(translate(
            "RoundForm", "of all planned sessions to pass")), 1)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.pass_mark)
        pass_row.addWidget(hint_label(translate(
            "RoundForm", "points in the test after training; empty: no test needed")), 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("RoundForm", "Target group:"), self.target_description)
        form.addRow(translate("RoundForm", "Number of trainees:"), count_row)
        form.addRow(translate("RoundForm", "Planned dates:"), dates_row)
        form.addRow(translate("RoundForm", "Length:"), hours_row)
        form.addRow(translate("RoundForm", "Venue:"), self.venue)
        rules = QGroupBox(translate("RoundForm", "Rules of the round"))
        rules_form = QFormLayout(rules)
        rules_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rules_form.addRow(translate("RoundForm", "Attendance needed:"), rules_row)
        rules_form.addRow(translate("RoundForm", "Pass mark:"), pass_row)
        rules_form.addRow("", self.thai_digits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addStretch(1)  # spare height below the fields, not between their rows
        top = QHBoxLayout()
        top.addLayout(fields, 3)
        top.addWidget(villages_box, 2)
        layout.addLayout(top)
        layout.addWidget(rules)
        layout.addWidget(self.general)
        self.errors = FormErrors({
            "target_description": self.target_description, "target_count": self.target_count,
            "village_ids": self.village_list, "planned_start": self.planned_start,
            "planned_end": self.planned_end, "fiscal_year": self.planned_start,
            "duration_hours": self.duration_hours, "venue": self.venue,
            "attendance_threshold": self.attendance_threshold, "pass_mark": self.pass_mark,
            "thai_digits": self.thai_digits,
        }, self, general=self.general)

        self.planned_start.textChanged.connect(self._show_fiscal_year)
        for edit in (self.planned_start, self.planned_end, self.duration_hours, self.venue,
                     self.pass_mark):
            edit.textEdited.connect(self._emit_changed)
        self.target_description.textChanged.connect(self._emit_changed)
        self.target_count.valueChanged.connect(self._emit_changed)
        self.attendance_threshold.valueChanged.connect(self._emit_changed)
        self.thai_digits.toggled.connect(self._emit_changed)
        self.village_model.itemChanged.connect(self._villages_changed)
        self._show_fiscal_year()

    # -- villages --------------------------------------------------------------------------
    def village_ids(self) -> tuple[int, ...]:
        return tuple(
            self.village_model.item(row).data(_ID_ROLE)
            for row in range(self.village_model.rowCount())
            if self.village_model.item(row).checkState() == Qt.CheckState.Checked)

    def set_village_ids(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for row in range(self.village_model.rowCount()):
            item = self.village_model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(_ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def tick_all_villages(self) -> None:
        self.set_village_ids(self.village_model.item(row).data(_ID_ROLE)
                             for row in range(self.village_model.rowCount()))

    def _villages_changed(self, *_args: object) -> None:
        self.errors.clear_field("village_ids")
        self.changed.emit()

    # -- facts other steps use -------------------------------------------------------------
    def days(self) -> int | None:
        """Days from the first to the last planned day (1 when only the first is known)."""
        start, end = self.planned_start.date(), self.planned_end.date()
        if start is None:
            return None
        return max(1, ((end or start) - start).days + 1)

    def _show_fiscal_year(self, *_args: object) -> None:
        start = self.planned_start.date()
        year = fiscal_year(start) if start else self._fiscal_year
        if year is None:
            year = fiscal_year(self._today or date.today())
        self.fiscal_year_label.setText(translate("RoundForm", "fiscal year {year}").format(
            year=year))

    # -- checking and binding --------------------------------------------------------------
    def check(self) -> list[tuple[str, str]]:
        out = [(name, edit.error()) for name, edit in (
            ("planned_start", self.planned_start), ("planned_end", self.planned_end))
            if edit.error()]
        start, end = self.planned_start.date(), self.planned_end.date()
        if start and end and end < start:
            out.append(("planned_end", translate("Validation", END_BEFORE_START)))
        for name, edit, rule in (("duration_hours", self.duration_hours, HOURS_NOT_POSITIVE),
                                 ("pass_mark", self.pass_mark, PASS_MARK_NEGATIVE)):
            try:
                value = edit.value()
            except ValueError:
                out.append((name, translate("Validation", NOT_A_NUMBER)))
                continue
            too_small = value is not None and (
                value <= 0 if name == "duration_hours" else value < 0)
            if too_small:
                out.append((name, translate("Validation", rule)))
        return out

    def load(self, data: TrainingInput) -> None:
        self._fiscal_year = data.fiscal_year
        self.target_description.setPlainText(data.target_description)
        self.target_count.setValue(data.target_count or 0)
        self.set_village_ids(data.village_ids)
        self.planned_start.setDate(data.planned_start)
        self.planned_end.setDate(data.planned_end)
        self.duration_hours.set_value(data.duration_hours)
        self.venue.setText(data.venue)
        self.attendance_threshold.setValue(data.attendance_threshold)
        self.pass_mark.set_value(data.pass_mark)
        self.thai_digits.setChecked(data.thai_digits)
        self._show_fiscal_year()

    def store(self, data: TrainingInput) -> None:
        data.target_description = self.target_description.toPlainText()
        data.target_count = self.target_count.value() or None
        data.village_ids = self.village_ids()
        data.planned_start = self.planned_start.date()
        data.planned_end = self.planned_end.date()
        data.duration_hours = read_decimal(self.duration_hours)
        data.venue = self.venue.text()
        data.attendance_threshold = self.attendance_threshold.value()
        data.pass_mark = read_decimal(self.pass_mark)
        data.thai_digits = self.thai_digits.isChecked()
        # The year follows the first day; a round without dates keeps the year it had.
        data.fiscal_year = None if data.planned_start else self._fiscal_year
