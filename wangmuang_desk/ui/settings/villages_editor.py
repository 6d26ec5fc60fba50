"""The villages of the subdistrict (หมู่ที่, name, note), edited in place.

The real list was not found in public sources, so staff type it in; a handful of rows, hence a
QTableWidget rather than a paged model.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.rows import VillageRow
from wangmuang_desk.ui.settings.problems import show_problems
from wangmuang_desk.ui.settings.table_editing import commit_open_editor
from wangmuang_desk.ui.widgets.form_errors import FormErrors

MOO, NAME, NOTE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole
MOO_MIN, MOO_MAX = 1, 99


class _MooDelegate(QStyledItemDelegate):
    """หมู่ที่ is typed in a spin box limited to 1–99."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(MOO_MIN, MOO_MAX)
        spin.setFrame(False)
        return spin


class VillagesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Problems with the list as a whole (duplicates, a village still in use) go above it.
        self.message = QLabel(self)
        self.message.setObjectName("villagesMessage")
        self.errors = FormErrors({}, self, general=self.message)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("villages")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Village no."), self.tr("Village name"), self.tr("Note")])
        self.table.setItemDelegateForColumn(MOO, _MooDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MOO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Add village"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_village)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- value -----------------------------------------------------------------------------

    def set_villages(self, villages: list[VillageRow]) -> None:
        self.table.setRowCount(0)
        for village in villages:
            self._append(village.moo, village.name, village.note, village.id)
        self._update_buttons()

    def villages(self) -> list[VillageRow]:
        commit_open_editor(self.table)
        return [
            VillageRow(
                id=self.table.item(row, MOO).data(ID_ROLE) or 0,
                moo=int(self.table.item(row, MOO).data(Qt.ItemDataRole.EditRole)),
                name=self._text(row, NAME),
                note=self._text(row, NOTE),
            )
            for row in range(self.table.rowCount())
        ]

    def check(self) -> list[FieldProblem]:
        """Duplicate numbers and missing names, caught before the service is asked."""
        rows = self.villages()
        twice = Counter(v.moo for v in rows)
        problems = [
            FieldProblem("villages", QT_TRANSLATE_NOOP(
                "Validation", "Village number {moo} appears twice."), {"moo": moo})
            for moo, count in twice.items() if count > 1
        ]
        problems += [
            FieldProblem("villages", QT_TRANSLATE_NOOP(
                "Validation", "Village number {moo} needs a name."), {"moo": v.moo})
            for v in rows if not v.name
        ]
        return problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        show_problems(self.errors, problems)
        self.table.setFocus()

    # -- actions ---------------------------------------------------------------------------

    def add_village(self) -> None:
        used = {v.moo for v in self.villages()}
        # Offer the next free number after the highest one: villages are usually typed in order.
        moo = next((n for n in range(max(used, default=0) + 1, MOO_MAX + 1) if n not in used),
                   None)
        if moo is None:
            moo = next((n for n in range(MOO_MIN, MOO_MAX + 1) if n not in used), MOO_MAX)
        row = self._append(moo, "", "", 0)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_selected(self) -> None:
        commit_open_editor(self.table)
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._update_buttons()

    # -- internals -------------------------------------------------------------------------

    def _append(self, moo: int, name: str, note: str, village_id: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        moo_item = QTableWidgetItem()
        moo_item.setData(Qt.ItemDataRole.EditRole, moo)
        moo_item.setData(ID_ROLE, village_id)
        moo_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, MOO, moo_item)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        self.table.setItem(row, NOTE, QTableWidgetItem(note))
        self._update_buttons()
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
