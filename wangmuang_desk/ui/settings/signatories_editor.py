"""The people who sign the office's documents: a tiny editable list (name, position, default).

A QTableWidget is enough here: a handful of rows edited in place, never paged from the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.rows import SignatoryData
from wangmuang_desk.ui.settings.table_editing import commit_open_editor, move_row

NAME, POSITION, DEFAULT = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class SignatoriesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatories")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("signatoriesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Default")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DEFAULT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        # Room for three signatories before it scrolls (the usual: mayor, deputy, clerk).
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4 + 8)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_signatory)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- value -----------------------------------------------------------------------------

    def set_signatories(self, signatories: list[SignatoryData]) -> None:
        self.table.setRowCount(0)
        for sig in signatories:
            self._append(sig.name, sig.position, sig.is_default, sig.id)
        self._update_buttons()

    def signatories(self) -> list[SignatoryData]:
        """The rows as typed; rows left completely empty are dropped (an Add not used)."""
        commit_open_editor(self.table)
        result = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            position = self._text(row, POSITION)
            if not name and not position:
                continue
            default_item = self.table.item(row, DEFAULT)
            result.append(SignatoryData(
                name=name,
                position=position,
                is_default=default_item.checkState() == Qt.CheckState.Checked,
                id=self.table.item(row, NAME).data(ID_ROLE),
            ))
        return result

    def check(self) -> list[FieldProblem]:
        """Rows missing a name or a position (the service refuses them too)."""
        return [
            FieldProblem("signatories", QT_TRANSLATE_NOOP(
                "Validation", "Signatory {row}: enter both the name and the position."),
                {"row": number})
            for number, sig in enumerate(self.signatories(), start=1)
            if not sig.name or not sig.position
        ]

    # -- actions ---------------------------------------------------------------------------

    def add_signatory(self) -> None:
        # The first one added becomes the default: documents always need somebody to sign.
        row = self._append("", "", self.table.rowCount() == 0, None)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        was_default = self.table.item(row, DEFAULT).checkState() == Qt.CheckState.Checked
        self.table.removeRow(row)
        if was_default and self.table.rowCount():
            self.table.item(0, DEFAULT).setCheckState(Qt.CheckState.Checked)
        self._update_buttons()

    def _move(self, step: int) -> None:
        commit_open_editor(self.table)
        move_row(self.table, self.table.currentRow(), step)
        self._update_buttons()

    # -- internals -------------------------------------------------------------------------

    def _append(self, name: str, position: str, is_default: bool, sig_id: int | None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, sig_id)
        self.table.setItem(row, NAME, name_item)
        self.table.setItem(row, POSITION, QTableWidgetItem(position))
        default_item = QTableWidgetItem()
        default_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
        default_item.setCheckState(Qt.CheckState.Checked if is_default else Qt.CheckState.Unchecked)
        default_item.setToolTip(self.tr("Signs documents unless another signatory is chosen"))
        self.table.setItem(row, DEFAULT, default_item)
        self.table.blockSignals(False)
        self._update_buttons()
        return row

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        # One default only: ticking a row works like a radio button.
        if item.column() != DEFAULT or item.checkState() != Qt.CheckState.Checked:
            return
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if row != item.row():
                self.table.item(row, DEFAULT).setCheckState(Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self.table.viewport().update()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has_row = 0 <= row < self.table.rowCount()
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < self.table.rowCount() - 1)
