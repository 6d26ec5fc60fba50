"""Pieces the group tabs share: a small in-memory table model, table and dialog helpers.

A group has at most a few thousand ledger entries, products or plan items, so these tables
load their rows at once (unlike the registries, which page through 200,000 people).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.models.paged_table_model import Column, display_text
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NO_CHILDREN = Qt.ItemFlag.ItemNeverHasChildren


class RowsTableModel(QAbstractTableModel):
    """A read-only table of rows held in memory (a group's ledger, products or plan: a few
    thousand rows at most), with columns as the paged registry lists describe them.
    `background(row)` and `foreground(row, column)` colour cells (overdue items, money out)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None, *,
                 background: Callable[[Any], QColor | None] | None = None,
                 foreground: Callable[[Any, int], QColor | None] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._background = background
        self._foreground = foreground

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: _Index | int) -> Any:
        number = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def find(self, row_id: Any) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == row_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | _NO_CHILDREN

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            return self._background(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(row, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].alignment
        return None


def make_table(model: QAbstractTableModel, stretch_column: int, name: str) -> QTableView:
    """A read-only view selecting whole rows, columns fitted; one column takes the rest."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Thai stacks vowels and tone marks above and below the line (ปู่, ญี่ปุ่น): more height.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> Any:
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    model = table.model()
    return model.row_at(rows[0]) if rows and isinstance(model, RowsTableModel) else None


def select_id(table: QTableView, row_id: Any) -> None:
    model = table.model()
    number = model.find(row_id) if isinstance(model, RowsTableModel) else -1
    if number >= 0:
        table.selectRow(number)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def grow_to_fit(dialog: QDialog) -> None:
    """Taller when inline messages appeared, so their wrapped second lines are not cut off
    (a dialog only grows by itself to its minimum, which counts one line per message)."""
    dialog.layout().activate()
    short = sum(max(0, label.heightForWidth(label.width()) - label.height())
                for label in dialog.findChildren(QLabel)
                if label.wordWrap() and label.isVisible())
    if short:
        dialog.resize(dialog.width(), dialog.height() + short)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question, No by default."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes


def baht(amount: Any) -> str:
    return translate("LedgerTab", "{amount} baht").format(amount=format_baht(amount))


def confirm_anyway(parent: QWidget, title: str, problems: Sequence[FieldProblem],
                   question: str) -> bool:
    """Show what would go negative (with the balance) and ask whether to go ahead anyway."""
    reasons = "\n".join(problem_text(p) for p in problems)
    return ask(parent, title, f"{reasons}\n\n{question}")


def save_or_report(dialog: QDialog, save: Callable[[], Any], gone_message: str) -> None:
    """Run `save`; on success keep its id in `dialog.saved_id` and close the dialog.

    A ValidationError puts each message under its field (dialog.errors) and keeps the dialog
    open; NotFoundError (the record or its group went to the recycle bin) says so and closes.
    """
    from wangmuang_desk.services.errors import NotFoundError, ValidationError

    try:
        dialog.saved_id = save()
    except ValidationError as error:
        dialog.errors.show(error.problems)
        return
    except NotFoundError:
        QMessageBox.information(dialog, dialog.windowTitle(), gone_message)
        dialog.reject()
        return
    dialog.accept()


class RecordDialog(QDialog):
    """A record form (plan item, product) whose Save runs `_save()`, which reports through
    `self.errors`; the dialog grows when messages appear so they are not cut off."""

    errors: FormErrors

    def save(self) -> None:
        self._save()
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)

    def _save(self) -> None:
        raise NotImplementedError


class RecordsTab(QWidget):
    """A group's records (plan items, products) in `self.table` under Add…, Edit… and a
    removal button. A subclass provides refresh(), open_editor(key) (None: a new record) and
    editor_key(row), what open_editor takes for a listed row."""

    changed = Signal()
    table: QTableView

    def lay_out_list(self, title: str, add: QPushButton, edit: QPushButton,
                     remove: QPushButton, remove_selected: Callable[[], None],
                     note: QWidget) -> None:
        """Wire the table and buttons; the heading and buttons on top, `note` above the table."""
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        add.clicked.connect(lambda: self.open_editor(None))
        edit.clicked.connect(self.edit_selected)
        remove.clicked.connect(remove_selected)
        self._row_buttons = (edit, remove)
        bar = QHBoxLayout()
        bar.addWidget(heading(title), 1)
        for button in (add, edit, remove):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        raise NotImplementedError

    def open_editor(self, key: Any) -> None:
        raise NotImplementedError

    def editor_key(self, row: Any) -> Any:
        return row

    def selected_record(self) -> Any:
        return selected_row(self.table)

    def edit_selected(self) -> None:
        row = self.selected_record()
        if row is not None:
            self.open_editor(self.editor_key(row))

    def run_editor(self, dialog: QDialog) -> None:
        """Once the editor saved: list again with the saved record chosen, and say so."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        select_id(self.table, dialog.saved_id)
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_record() is not None
        for button in self._row_buttons:
            button.setEnabled(chosen)
