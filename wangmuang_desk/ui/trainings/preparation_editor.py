"""Step 3 of a round: speakers (local sages from the registry or outside speakers), partner
agencies of a joint round and the checklist of what to prepare, edited in place.

A round has a handful of each, so they are held in memory and saved together
(services.training_preparation); rows left wholly empty are dropped rather than refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.training_rows import (
    ChecklistInput,
    PartnerInput,
    PreparationInput,
    SpeakerInput,
)
from wangmuang_desk.ui.groups.establishment_base import general_label
from wangmuang_desk.ui.groups.establishment_tables import Column, RowsModel, table_view
from wangmuang_desk.ui.trainings.panel_helpers import button_row
from wangmuang_desk.ui.trainings.round_form import show_messages
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

# The service's own source texts, so one Thai translation serves both.
SPEAKER_NAME_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the speaker's name.")
PARTNER_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the name of the partner agency.")

_Index = QModelIndex | QPersistentModelIndex
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLUMN = 2  # the speakers table's "state staff" tick box


class SpeakersModel(RowsModel):
    """Speakers, with the "state staff" column as a tick box (it decides the rate ceiling)."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == STATE_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                state = self.rows[index.row()].is_state_staff
                return Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return None
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATE_COLUMN:
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == STATE_COLUMN:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.rows[index.row()].is_state_staff = checked
            self.dataChanged.emit(index, index)
            return True
        return super().setData(index, value, role)


def _text_column(title: str, name: str) -> Column:
    return Column(title, lambda row: getattr(row, name),
                  lambda row: getattr(row, name),
                  lambda row, value: setattr(row, name, str(value or "")))


class SagePickerDialog(QDialog):
    """Choose a local sage who can teach; typing filters the list by name or expertise."""

    def __init__(self, sages: list[tuple[int, str, str]], taken: Iterable[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreparationEditor", "Add a local sage"))
        taken = set(taken)
        self.model = QStandardItemModel(self)
        for sage_id, name, expertise in sages:
            text = f"{name} — {expertise}" if expertise else name
            item = QStandardItem(text)
            item.setData((sage_id, name, expertise), _ID_ROLE)
            item.setEditable(False)
            if sage_id in taken:
                item.setEnabled(False)
                item.setToolTip(translate("PreparationEditor", "Already a speaker of this round"))
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(objectName="sage_filter")
        self.filter.setPlaceholderText(translate("PreparationEditor",
                                                 "Type part of a name or expertise…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.view = QListView(objectName="sages")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        if not sages:
            layout.addWidget(hint_label(translate(
                "PreparationEditor",
                "No local sage who can teach is in the registry yet. Add them under Local "
                "sages, or add an outside speaker.")))
        layout.addWidget(buttons)
        self.resize(460, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        # Always someone chosen while any is shown: typing a name and Enter adds them.
        if self.chosen() is None:
            enabled = (self.proxy.index(n, 0) for n in range(self.proxy.rowCount()))
            first = next((i for i in enabled if i.flags() & Qt.ItemFlag.ItemIsEnabled), None)
            if first is not None:
                self.view.setCurrentIndex(first)

    def chosen(self) -> tuple[int, str, str] | None:
        index = self.view.currentIndex()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return index.data(_ID_ROLE)

    def choose_row(self, number: int) -> None:
        self.view.setCurrentIndex(self.proxy.index(number, 0))


class PreparationEditor(QWidget):
    """PreparationEditor(preparation_service, parent): value() / set_value(PreparationInput),
    set_new() for a new round (the default checklist), check() and show_problems(); emits
    `changed` on every edit. `sage_dialog_factory(sages, taken, parent)` makes the picker."""

    changed = Signal()
    sage_dialog_factory: Callable[..., SagePickerDialog] = SagePickerDialog

    def __init__(self, preparation_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = preparation_service
        self.speakers_model = SpeakersModel([
            _text_column(translate("PreparationEditor", "Name"), "name"),
            _text_column(translate("PreparationEditor", "Agency"), "agency"),
            Column(translate("PreparationEditor", "State staff"), lambda _row: ""),
            Column(translate("PreparationEditor", "From"), self._source_text),
        ], self)
        self.speakers = table_view(self.speakers_model, "speakers", stretch=0, rows=4)
        self.speakers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_sage_button = QPushButton(translate("PreparationEditor", "Add a local sage…"),
                                           objectName="add_sage")
        self.add_outside_button = QPushButton(
            translate("PreparationEditor", "Add an outside speaker"), objectName="add_speaker")
        self.remove_speaker_button = QPushButton(
            translate("PreparationEditor", "Remove speaker"), objectName="remove_speaker")
        self.add_sage_button.clicked.connect(self.add_sage)
        self.add_outside_button.clicked.connect(self.add_outside_speaker)
        self.remove_speaker_button.clicked.connect(
            lambda: self._remove_rows(self.speakers, self.speakers_model))

        self.partners_model = RowsModel([
            _text_column(translate("PreparationEditor", "Agency"), "agency"),
            _text_column(translate("PreparationEditor", "Role in the round"), "role"),
        ], self)
        self.partners = table_view(self.partners_model, "partners", stretch=1, rows=2)
        self.partners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_partner_button = QPushButton(
            translate("PreparationEditor", "Add a partner agency"), objectName="add_partner")
        self.remove_partner_button = QPushButton(
            translate("PreparationEditor", "Remove partner"), objectName="remove_partner")
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(
            lambda: self._remove_rows(self.partners, self.partners_model))

        self.checklist_model = QStandardItemModel(self)
        self.checklist = QListView(objectName="checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.checklist.setMinimumHeight((self.checklist.fontMetrics().height() + 8) * 6)
        # Long items wrap rather than hide behind a sideways scroll bar.
        self.checklist.setWordWrap(True)
        self.checklist.setResizeMode(QListView.ResizeMode.Adjust)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_item_button = QPushButton(translate("PreparationEditor", "Add item"),
                                           objectName="add_item")
        self.remove_item_button = QPushButton(translate("PreparationEditor", "Remove item"),
                                              objectName="remove_item")
        self.add_item_button.clicked.connect(self.add_checklist_item)
        self.remove_item_button.clicked.connect(self._remove_checklist_items)

        self.general = general_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._box(translate("PreparationEditor", "Speakers"), self.speakers,
                                 self.add_sage_button, self.add_outside_button,
                                 self.remove_speaker_button), 3)
        left.addWidget(self._box(translate("PreparationEditor", "Partner agencies (a joint "
                                                            "round)"),
                                 self.partners, self.add_partner_button,
                                 self.remove_partner_button), 2)
        columns.addLayout(left, 3)
        columns.addWidget(self._box(translate("PreparationEditor", "To prepare"),
                                    self.checklist, self.add_item_button,
                                    self.remove_item_button), 2)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        self.errors = FormErrors({"speakers": self.speakers, "partners": self.partners,
                                  "checklist": self.checklist}, self, general=self.general)
        for field, model in (("speakers", self.speakers_model),
                             ("partners", self.partners_model),
                             ("checklist", self.checklist_model)):
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(lambda *_args, name=field: self._edited(name))

    @staticmethod
    def _box(title: str, view: QWidget, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        layout.addLayout(button_row(buttons))
        return box

    @staticmethod
    def _source_text(speaker: SpeakerInput) -> str:
        if speaker.sage_id is not None:
            return translate("PreparationEditor", "Local sage")
        return translate("PreparationEditor", "Outside speaker")

    def _edited(self, field: str) -> None:
        self.errors.clear_field(field)  # the message was about what has just changed
        self.changed.emit()

    # -- speakers and partners -------------------------------------------------------------
    def add_sage(self) -> None:
        taken = [s.sage_id for s in self.speakers_model.rows if s.sage_id is not None]
        dialog = self.sage_dialog_factory(self.service.sages(), taken, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen is None:
            return
        sage_id, name, _expertise = chosen
        self._append(self.speakers, self.speakers_model, SpeakerInput(name, sage_id=sage_id), 1)

    def add_outside_speaker(self) -> None:
        self._append(self.speakers, self.speakers_model, SpeakerInput(""), 0)

    def add_partner(self) -> None:
        self._append(self.partners, self.partners_model, PartnerInput(""), 0)

    def _append(self, view: QTableView, model: RowsModel, row: Any, column: int) -> None:
        """Add a row and start typing in its first empty cell."""
        model.beginInsertRows(QModelIndex(), len(model.rows), len(model.rows))
        model.rows.append(row)
        model.endInsertRows()
        self.errors.clear_field(view.objectName())
        index = model.index(len(model.rows) - 1, column)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        view.edit(index)

    def _remove_rows(self, view: QTableView, model: RowsModel) -> None:
        numbers = sorted({i.row() for i in view.selectionModel().selectedIndexes()},
                         reverse=True)
        for number in numbers:
            model.beginRemoveRows(QModelIndex(), number, number)
            del model.rows[number]
            model.endRemoveRows()

    # -- checklist -------------------------------------------------------------------------
    def add_checklist_item(self) -> None:
        item = self._checklist_item(ChecklistInput(""))
        self.checklist_model.appendRow(item)
        self.checklist.setCurrentIndex(item.index())
        self.checklist.setFocus()
        self.checklist.edit(item.index())

    def _remove_checklist_items(self) -> None:
        for number in sorted({i.row() for i in self.checklist.selectedIndexes()}, reverse=True):
            self.checklist_model.removeRow(number)

    @staticmethod
    def _checklist_item(entry: ChecklistInput) -> QStandardItem:
        item = QStandardItem(entry.label)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        item.setData(entry.id, _ID_ROLE)
        return item

    def checklist_items(self) -> list[ChecklistInput]:
        out = []
        for number in range(self.checklist_model.rowCount()):
            item = self.checklist_model.item(number)
            out.append(ChecklistInput(item.text(), item.checkState() == Qt.CheckState.Checked,
                                      item.data(_ID_ROLE)))
        return out

    # -- value -----------------------------------------------------------------------------
    def _kept(self) -> dict[str, list[int]]:
        """The model rows value() returns, per list: wholly empty rows are left out."""
        return {
            "speakers": [n for n, s in enumerate(self.speakers_model.rows)
                         if s.name.strip() or s.agency.strip() or s.sage_id is not None],
            "partners": [n for n, p in enumerate(self.partners_model.rows)
                         if p.agency.strip() or p.role.strip()],
            "checklist": [n for n, c in enumerate(self.checklist_items()) if c.label.strip()],
        }

    def value(self) -> PreparationInput:
        kept = self._kept()
        items = self.checklist_items()
        return PreparationInput(
            speakers=[replace(self.speakers_model.rows[n]) for n in kept["speakers"]],
            partners=[replace(self.partners_model.rows[n]) for n in kept["partners"]],
            checklist=[items[n] for n in kept["checklist"]],
        )

    def set_value(self, data: PreparationInput) -> None:
        self.speakers_model.set_rows([replace(s) for s in data.speakers])
        self.partners_model.set_rows([replace(p) for p in data.partners])
        self.checklist_model.clear()
        for entry in data.checklist:
            self.checklist_model.appendRow(self._checklist_item(entry))
        self.errors.clear()

    def set_new(self) -> None:
        """A new round: no speakers yet, the manual's checklist to start from."""
        self.set_value(PreparationInput(checklist=self.service.default_checklist()))

    # -- problems --------------------------------------------------------------------------
    def check(self) -> list[FieldProblem]:
        """What is plainly missing (a speaker's agency typed but no name), as the service's
        problems, numbered as in value()."""
        value = self.value()
        problems = [FieldProblem(f"speakers.{n}.name", SPEAKER_NAME_MISSING)
                    for n, s in enumerate(value.speakers) if not s.name.strip()]
        problems += [FieldProblem(f"partners.{n}.agency", PARTNER_MISSING)
                     for n, p in enumerate(value.partners) if not p.agency.strip()]
        return problems

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Each problem under its list, with the row it is about ("speakers.2.name" is the
        third speaker of value()); the first such row is selected."""
        kept = self._kept()
        messages: list[tuple[str, str]] = []
        first: tuple[str, int] | None = None
        for problem in problems:
            parts = problem.field.split(".")
            where = parts[0] if parts[0] in kept else ""
            text = problem_text(problem)
            if where and len(parts) > 1 and parts[1].isdigit() \
                    and int(parts[1]) < len(kept[where]):
                row = kept[where][int(parts[1])]
                text = translate("PreparationEditor", "Row {row}: {message}").format(
                    row=row + 1, message=text)
                first = first or (where, row)
            messages.append((where, text))
        show_messages(self.errors, messages)
        if first is not None:
            view = {"speakers": self.speakers, "partners": self.partners,
                    "checklist": self.checklist}[first[0]]
            view.setCurrentIndex(view.model().index(first[1], 0))

    def show_checks(self) -> bool:
        problems = self.check()
        self.show_problems(problems)
        return not problems

    def clear_problems(self) -> None:
        self.errors.clear()
