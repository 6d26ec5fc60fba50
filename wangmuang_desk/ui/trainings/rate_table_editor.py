"""The rate-ceiling table of training settings: every ceiling with the dates it applies,
edited in place and saved as a whole with the budget service's save_rates.

A ceiling changes by ministry letter from a given day, and rounds before that day keep the old
amount, so the usual edit is "New rate from a date…": the selected ceiling ends the day before
and a copy with the new amount starts on it. Ceilings that budget lines use cannot be removed
(the service refuses it too); they get an end date instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, ValidationError
from wangmuang_desk.services.training_rows import (
    BUDGET_CATEGORIES,
    RateCeilingInput,
    RateCeilingRow,
)
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.dialogs.occupation_dialog import DecimalEdit
from wangmuang_desk.ui.groups.establishment_base import general_label
from wangmuang_desk.ui.groups.establishment_tables import (
    AmountDelegate,
    Column,
    DateDelegate,
    RowsModel,
    selected_rows,
    table_view,
)
from wangmuang_desk.ui.settings.table_editing import commit_open_editor
from wangmuang_desk.ui.trainings.budget_table import CategoryDelegate
from wangmuang_desk.ui.trainings.labels import budget_category_label
from wangmuang_desk.ui.trainings.round_form import show_messages
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate

KEYS = ("category", "condition", "amount", "unit", "effective_from", "effective_to", "note",
        "uses")
INVALID_BACKGROUND = QColor("#ffcdd2")  # the red of a refused cell, as in the band table


def as_input(row: RateCeilingRow) -> RateCeilingInput:
    return RateCeilingInput(row.category, row.condition, row.amount, row.unit,
                            row.effective_from, row.effective_to, row.note, row.id)


def rate_words(rate: RateCeilingInput) -> str:
    """e.g. "Meals: lunch at a government venue, 200.00 บาท/มื้อ/คน"."""
    amount = format_baht(rate.amount) if rate.amount is not None else ""
    return translate("TrainingSettingsDialog", "{category}: {condition}, {amount} {unit}").format(
        category=budget_category_label(rate.category), condition=rate.condition or "-",
        amount=amount, unit=rate.unit).strip()


def _store(name: str):
    def store(rate: RateCeilingInput, value: Any) -> None:
        if name == "category" and value not in BUDGET_CATEGORIES:
            return
        if name in ("condition", "unit", "note"):
            value = str(value or "")
        setattr(rate, name, value)
    return store


class RatesModel(RowsModel):
    """The rows being edited (RateCeilingInput); `marks` holds the service's problems by
    (row, column key), shown red with the message as tooltip; rates already ended are grey."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__([
            Column(translate("TrainingSettingsDialog", "Category"),
                   lambda r: budget_category_label(r.category), lambda r: r.category,
                   _store("category")),
            Column(translate("TrainingSettingsDialog", "Condition"),
                   lambda r: r.condition, lambda r: r.condition, _store("condition")),
            Column(translate("TrainingSettingsDialog", "Amount"),
                   lambda r: format_baht(r.amount) if r.amount is not None else "",
                   lambda r: r.amount, _store("amount"), right=True),
            Column(translate("TrainingSettingsDialog", "Unit"),
                   lambda r: r.unit, lambda r: r.unit, _store("unit")),
            Column(translate("TrainingSettingsDialog", "From"),
                   lambda r: format_be_date(r.effective_from), lambda r: r.effective_from,
                   _store("effective_from")),
            Column(translate("TrainingSettingsDialog", "To"),
                   lambda r: format_be_date(r.effective_to), lambda r: r.effective_to,
                   _store("effective_to")),
            Column(translate("TrainingSettingsDialog", "Note"),
                   lambda r: r.note, lambda r: r.note, _store("note")),
            Column(translate("TrainingSettingsDialog", "Budget lines"),
                   lambda r: str(self.uses.get(r.id, "")) if r.id is not None else "",
                   right=True),
        ], parent)
        self.uses: dict[int, int] = {}  # ceiling id → budget lines using it
        self.today = today or date.today()
        self.marks: dict[tuple[int, str], str] = {}

    def used(self, row: int) -> int:
        rate = self.rows[row]
        return self.uses.get(rate.id, 0) if rate.id is not None else 0

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = KEYS[index.column()]
        mark = self.marks.get((index.row(), key))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID_BACKGROUND) if mark else None
        if role == Qt.ItemDataRole.ForegroundRole:
            ended = self.rows[index.row()].effective_to
            if ended is not None and ended < self.today and not mark:
                return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark:
                return mark
            if key == "uses" and self.used(index.row()):
                return translate("TrainingSettingsDialog", "Used by {count} budget line(s): it "
                                 "cannot be removed; set an end date instead.").format(
                    count=self.used(index.row()))
            if key == "effective_to" and self.rows[index.row()].effective_to is None:
                return translate("TrainingSettingsDialog", "Empty: still in force.")
        return super().data(index, role)

    def setData(self, index: QModelIndex, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            self.marks.pop((index.row(), KEYS[index.column()]), None)
        return super().setData(index, value, role)

    def insert(self, row: int, rate: RateCeilingInput) -> None:
        self.marks.clear()  # row numbers shift: the marks no longer point at their rows
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, rate)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.marks.clear()
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def set_marks(self, marks: dict[tuple[int, str], str]) -> None:
        self.marks = marks
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(KEYS) - 1))


class NewRateDialog(QDialog):
    """Asks the day a new rate takes effect (and its amount) for the selected ceiling."""

    def __init__(self, rate: RateCeilingInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewRateDialog")
        self.setWindowTitle(translate("TrainingSettingsDialog", "New rate from a date"))
        self.rate = rate
        self.start = BeDateEdit(objectName="start")
        fit_line_edit(self.start, "00/00/0000")
        self.amount = DecimalEdit(objectName="amount")
        self.amount.set_value(rate.amount)
        fit_line_edit(self.amount, "000,000.00")
        form = QFormLayout()
        for edit in (self.start, self.amount):
            # Fields keep their width; only the messages under them take the whole row.
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(translate("TrainingSettingsDialog", "Takes effect on:"), self.start)
        form.addRow(translate("TrainingSettingsDialog", "New amount:"), self.amount)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(rate_words(rate), wordWrap=True))
        layout.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "The rate above ends the day before; budgets of rounds "
            "before that day keep it.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.errors = FormErrors(form, self)
        self.resize(540, self.sizeHint().height())

    def values(self) -> tuple[date | None, Decimal | None]:
        try:
            amount = self.amount.value()
        except ValueError:
            amount = None
        return self.start.date(), amount

    def check_and_accept(self) -> None:
        start, amount = self.values()
        self.errors.clear()
        begun = self.rate.effective_from
        if start is None:
            self.errors.show_message("start", self.start.error() or translate(
                "TrainingSettingsDialog", "Enter the day the new rate takes effect."))
        elif begun is not None and start <= begun:
            self.errors.show_message("start", translate(
                "TrainingSettingsDialog", "The new rate must start after {date}, when this one "
                "took effect.").format(date=format_be_date(begun, "long")))
        elif amount is None or amount < 0:
            self.errors.show_message("amount", translate(
                "TrainingSettingsDialog", "Enter the new amount (zero or more)."))
        else:
            self.accept()


def ask_new_rate(parent: QWidget, rate: RateCeilingInput) -> tuple[date, Decimal] | None:
    """The day and amount of the new rate; None when cancelled. (Tests replace this.)"""
    dialog = NewRateDialog(rate, parent)
    if not dialog.exec():
        return None
    start, amount = dialog.values()
    assert start is not None and amount is not None
    return start, amount


class RateTableEditor(QWidget):
    """RateTableEditor(budget_service, parent, today=None): load(), value(), is_changed(),
    save() → bool; add_rate(), remove_selected(), new_rate_from(row, day, amount)."""

    changed = Signal()

    def __init__(self, budget_service, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.service = budget_service
        self._loaded: list[RateCeilingInput] = []
        self.model = RatesModel(self, today)
        self.table = table_view(self.model, "rates", stretch=KEYS.index("note"), rows=8)
        self.table.setItemDelegateForColumn(KEYS.index("category"), CategoryDelegate(self))
        self.table.setItemDelegateForColumn(KEYS.index("amount"), AmountDelegate(self))
        header = self.table.horizontalHeader()
        date_width = self.table.fontMetrics().horizontalAdvance("00/00/0000") + 16
        for key in ("effective_from", "effective_to"):
            self.table.setItemDelegateForColumn(KEYS.index(key), DateDelegate(self))
            # An empty "To" column would shrink to its header and squeeze the date typed in.
            header.setSectionResizeMode(KEYS.index(key), QHeaderView.ResizeMode.Fixed)
            header.resizeSection(KEYS.index(key), date_width)

        self.add_button = QPushButton(translate("TrainingSettingsDialog", "Add"),
                                      objectName="addRate")
        self.remove_button = QPushButton(translate("TrainingSettingsDialog", "Remove"),
                                         objectName="removeRate")
        self.new_rate_button = QPushButton(translate(
            "TrainingSettingsDialog", "New rate from a date…"), objectName="newRateFrom")
        self.add_button.clicked.connect(self.add_rate)
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_rate_button.clicked.connect(self.ask_new_rate)
        # Under the table rather than beside it: the note column needs the width.
        buttons = QHBoxLayout()
        for button in (self.new_rate_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.general = general_label()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "The most a budget line may pay per unit, with the dates "
            "each ceiling applies; a round's budget is checked against those in force on its "
            "first day. When the ministry changes a ceiling, select it and use “New rate from "
            "a date…”. The amounts are to be checked against the regulations in force.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        self.errors = FormErrors({"rates": self.table}, self, general=self.general)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.dataChanged.connect(self._edited)
        self.model.rowsInserted.connect(self._edited)
        self.model.rowsRemoved.connect(self._edited)
        self.load()

    # --- loading and reading -------------------------------------------------------------
    def load(self, rows: Iterable[RateCeilingRow] | None = None) -> None:
        """The table as stored (or as save_rates returned it), with how much each is used."""
        rows = self.service.rate_table() if rows is None else rows
        self._loaded = [as_input(r) for r in rows]
        self.model.uses.clear()
        self.model.uses.update(self.service.rate_uses())
        self.model.marks.clear()
        self.model.set_rows([replace(r) for r in self._loaded])
        self.errors.clear()
        self._update_buttons()

    def value(self) -> list[RateCeilingInput]:
        commit_open_editor(self.table)
        return [replace(r) for r in self.model.rows]

    def is_changed(self) -> bool:
        return self.value() != self._loaded

    def current_row(self) -> int:
        rows = selected_rows(self.table)
        return rows[0] if rows else -1

    # --- editing -------------------------------------------------------------------------
    def add_rate(self) -> None:
        """A blank ceiling of the selected one's category, at the end, category cell open."""
        row = self.current_row()
        category = self.model.rows[row].category if row >= 0 else "other"
        self._insert(len(self.model.rows), RateCeilingInput(category, amount=None), "category")

    def remove_selected(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.used(row):
            return
        self.model.remove(row)
        if self.model.rows:
            self.table.selectRow(min(row, len(self.model.rows) - 1))
        self._update_buttons()

    def ask_new_rate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        answer = ask_new_rate(self, self.model.rows[row])
        if answer is not None:
            self.new_rate_from(row, *answer)

    def new_rate_from(self, row: int, day: date, amount: Decimal | None = None) -> int:
        """Copy rate `row` as a new rate from `day` (its amount `amount`) and end the old one
        the day before; a rate that had already ended before `day` is left as it was.
        Returns the new row's number."""
        old = self.model.rows[row]
        new = replace(old, id=None, effective_from=day,
                      amount=old.amount if amount is None else amount)
        if old.effective_to is None or old.effective_to >= day:
            self.model.setData(self.model.index(row, KEYS.index("effective_to")),
                               day - timedelta(days=1))
        else:
            new.effective_to = None
        self._insert(row + 1, new, "amount" if amount is None else "note")
        return row + 1

    def _insert(self, row: int, rate: RateCeilingInput, edit_key: str) -> None:
        self.model.insert(row, rate)
        self.errors.clear()
        index = self.model.index(row, KEYS.index(edit_key))
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if self.table.isVisible():
            self.table.setFocus()
            self.table.edit(index)

    def _edited(self, *_args: object) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        used = self.model.used(row) if row >= 0 else 0
        self.remove_button.setEnabled(row >= 0 and not used)
        self.remove_button.setToolTip(translate(
            "TrainingSettingsDialog", "Used by {count} budget line(s): it cannot be removed; "
            "set an end date instead.").format(count=used) if used else "")
        self.new_rate_button.setEnabled(row >= 0)

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the table when it changed; False (problems shown at their rows) if refused."""
        rates = self.value()
        if rates == self._loaded:
            return True
        try:
            saved = self.service.save_rates(rates)
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        self.load(saved)
        return True

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Each "rates.N.key" problem marks its cell; all messages are listed under the table
        and the first row with a problem is selected."""
        marks: dict[tuple[int, str], str] = {}
        messages, first = [], None
        for problem in sorted(problems, key=_row_number):  # in the order of the rows
            text = problem_text(problem)
            parts = problem.field.split(".")
            if len(parts) == 3 and parts[1].isdigit() and parts[2] in KEYS:
                number = int(parts[1])
                marks[(number, parts[2])] = text
                first = (number, parts[2]) if first is None else first
            messages.append(("rates", text))
        self.model.set_marks(marks)
        show_messages(self.errors, messages)
        if first is not None and first[0] < len(self.model.rows):
            # The cursor on the first marked cell, with no row selected: a selection would
            # paint over the red of the cells that are wrong.
            index = self.model.index(first[0], KEYS.index(first[1]))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.clearSelection()
            self.table.scrollTo(index)


def _row_number(problem: FieldProblem) -> int:
    parts = problem.field.split(".")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1
