"""Short in-memory lists the establishment wizard shows and edits in tables (members, shares
and savings, products, plan items), with editors for counts, amounts and BE dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from wangmuang_desk.ui.dialogs.occupation_dialog import DecimalEdit
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit

_Index = QModelIndex | QPersistentModelIndex
_WARNING_BACKGROUND = QColor("#fff3cd")  # the amber of a caution, readable under black text
MAX_SHARES = 1_000_000


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    value: Callable[[Any], Any] | None = None  # what an editor starts from; None: read-only
    store: Callable[[Any, Any], None] | None = None
    right: bool = False  # numbers line up on the right


class RowsModel(QAbstractTableModel):
    """A list of plain objects, one per row; `warning(row)` marks a row with a reason."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *,
                 warning: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._warning = warning

    def set_rows(self, rows: list[Any]) -> None:
        """Show `rows` (the list itself, so edits reach its objects)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh(self) -> None:
        """Everything may have changed (a row added elsewhere, a household mark)."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row) if column.value is not None else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        warning = self._warning(index.row()) if self._warning is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole and warning:
            return QBrush(_WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return warning or column.text(row)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].store is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.store is None or role != Qt.ItemDataRole.EditRole:
            return False
        column.store(self.rows[index.row()], value)
        # Other columns of the row may follow from this one (a share amount from the count).
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.columns) - 1))
        return True


class CountDelegate(QStyledItemDelegate):
    """Whole numbers from 0 up (shares)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_SHARES)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value())


class AmountDelegate(QStyledItemDelegate):
    """Money typed as staff write it (separators, Thai digits); unreadable text is ignored."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        return DecimalEdit(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, DecimalEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, DecimalEdit)
        try:
            value = editor.value()
        except ValueError:
            return  # the validator lets through only a lone "-" or "."; keep the old amount
        model.setData(index, value)


class DateDelegate(QStyledItemDelegate):
    """A BE date; a date that cannot be read leaves the cell as it was."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        return BeDateEdit(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, BeDateEdit)
        editor.setDate(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, BeDateEdit)
        if editor.error() is None:
            model.setData(index, editor.date())


def table_view(model: RowsModel, name: str, stretch: int = 0, rows: int = 5) -> QTableView:
    """A table for a short list: whole rows selected, row numbers shown (messages name them),
    column `stretch` taking the spare width, tall enough for `rows` rows."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    line = view.fontMetrics().height() + 10
    view.verticalHeader().setDefaultSectionSize(line)
    view.setMinimumHeight(line * (rows + 1) + 4)
    return view


def selected_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})
