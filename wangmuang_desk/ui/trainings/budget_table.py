"""The budget lines table of a round: its model (the lines being edited, marked from the
budget service's preview) and the cell editors for categories, ceilings and numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wangmuang_desk.services.training_rows import (
    BUDGET_CATEGORIES,
    BudgetLineInput,
    BudgetSummary,
    RateCeilingRow,
)
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.dialogs.occupation_dialog import DecimalEdit, format_quantity
from wangmuang_desk.ui.groups.establishment_tables import AmountDelegate
from wangmuang_desk.ui.trainings.labels import budget_category_label, budget_category_labels
from wangmuang_desk.ui.widgets.form_errors import problem_text

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
_OVER_BACKGROUND = QColor("#fff3cd")  # the amber of a caution, as in the group tables
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENT = Decimal("0.01")


def ceiling_text(ceiling: RateCeilingRow) -> str:
    return translate("BudgetEditor", "{amount} {unit} ({condition})").format(
        amount=format_baht(ceiling.amount), unit=ceiling.unit, condition=ceiling.condition)


class BudgetLinesModel(QAbstractTableModel):
    """The lines being edited; `summary` (the service's preview) marks those over a ceiling."""

    def __init__(self, parent: QWidget | None = None, *, show_spent: bool = False) -> None:
        super().__init__(parent)
        self.keys = ["category", "description", "quantity", "times", "rate", "ceiling_id",
                     "amount"] + (["spent"] if show_spent else []) + ["warning"]
        self.lines: list[BudgetLineInput] = []
        self.summary: BudgetSummary | None = None
        self.ceilings: dict[int, RateCeilingRow] = {}  # in force, and those lines point at

    def headers(self) -> dict[str, str]:
        return {
            "category": translate("BudgetEditor", "Category"),
            "description": translate("BudgetEditor", "Description"),
            "quantity": translate("BudgetEditor", "Quantity"),
            "times": translate("BudgetEditor", "Times"),
            "rate": translate("BudgetEditor", "Rate"),
            "ceiling_id": translate("BudgetEditor", "Ceiling"),
            "amount": translate("BudgetEditor", "Amount"),
            "spent": translate("BudgetEditor", "Spent"),
            "warning": translate("BudgetEditor", "Check"),
        }

    def column(self, key: str) -> int:
        return self.keys.index(key)

    def set_lines(self, lines: list[BudgetLineInput]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def set_summary(self, summary: BudgetSummary) -> None:
        self.summary = summary
        for line in summary.lines:
            if line.ceiling is not None:
                self.ceilings.setdefault(line.ceiling.id, line.ceiling)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.lines) - 1, len(self.keys) - 1))

    def over(self, row: int) -> str:
        """The warning of line `row` ("" when within its ceiling)."""
        if self.summary is None or row >= len(self.summary.lines):
            return ""
        if not self.summary.lines[row].over_ceiling:
            return ""
        field = f"lines.{row}.rate"
        return next((problem_text(w) for w in self.summary.warnings if w.field == field), "")

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[self.keys[section]]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, key = self.lines[index.row()], self.keys[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return line.category if key == "category" else getattr(line, key, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, key, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
                "quantity", "times", "rate", "amount", "spent"):
            return _RIGHT
        warning = self.over(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and warning:
            return QBrush(_OVER_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if warning:
                return warning
            if key == "ceiling_id" and line.ceiling_id in self.ceilings:
                ceiling = self.ceilings[line.ceiling_id]
                return "\n".join(filter(None, (ceiling_text(ceiling), ceiling.note)))
        return None

    def _text(self, line: BudgetLineInput, key: str, row: int) -> str:
        if key == "category":
            return budget_category_label(line.category)
        if key == "description":
            return line.description
        if key in ("quantity", "times"):
            return format_quantity(getattr(line, key))
        if key in ("rate", "spent"):
            return format_baht(getattr(line, key))
        if key == "amount":
            return format_baht((line.quantity * line.times * line.rate).quantize(CENT))
        if key == "ceiling_id":
            ceiling = self.ceilings.get(line.ceiling_id) if line.ceiling_id else None
            return (format_baht(ceiling.amount) if ceiling else "")
        if key == "warning":
            return translate("BudgetEditor", "Over the ceiling") if self.over(row) else ""
        return ""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.keys[index.column()] not in ("amount", "warning"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line, key = self.lines[index.row()], self.keys[index.column()]
        if key == "category":
            if value not in BUDGET_CATEGORIES:
                return False
            line.category = value
            ceiling = self.ceilings.get(line.ceiling_id) if line.ceiling_id else None
            if ceiling is not None and ceiling.category != value:
                line.ceiling_id = None  # a meal ceiling says nothing about a speaker's fee
        elif key == "description":
            line.description = str(value or "")
        elif key in ("quantity", "times", "rate"):
            if value is None:
                return False
            setattr(line, key, Decimal(value))
        elif key == "spent":
            line.spent = None if value is None else Decimal(value)
        elif key == "ceiling_id":
            line.ceiling_id = value
            ceiling = self.ceilings.get(value) if value else None
            if ceiling is not None and not line.rate:
                line.rate = ceiling.amount  # chosen first: the ceiling is the usual rate
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.keys) - 1))
        return True


class _ComboDelegate(QStyledItemDelegate):
    """A combo of (label, value) pairs for one cell; subclasses say which pairs."""

    def choices(self, model: BudgetLinesModel, row: int) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices(index.model(), index.row()):
            combo.addItem(label, value)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class CategoryDelegate(_ComboDelegate):
    def choices(self, model: BudgetLinesModel, row: int) -> list[tuple[str, Any]]:
        return [(label, code) for code, label in budget_category_labels().items()]


class CeilingDelegate(_ComboDelegate):
    """The ceilings of the line's category in force (and the one it already has)."""

    def __init__(self, parent: QWidget,
                 in_force: Callable[[], Sequence[RateCeilingRow]]) -> None:
        super().__init__(parent)
        self._in_force = in_force

    def choices(self, model: BudgetLinesModel, row: int) -> list[tuple[str, Any]]:
        line = model.lines[row]
        out: list[tuple[str, Any]] = [(translate("BudgetEditor", "(no ceiling)"), None)]
        ids = [c.id for c in self._in_force() if c.category == line.category]
        if line.ceiling_id is not None and line.ceiling_id not in ids:
            ids.append(line.ceiling_id)
        out += [(ceiling_text(model.ceilings[i]), i) for i in ids if i in model.ceilings]
        return out


class NumberDelegate(AmountDelegate):
    """Quantities and times too (shown without the baht's two decimals), typed as staff write
    them; unreadable text keeps the old number (the group tables' amount editor)."""

    def __init__(self, parent: QWidget, *, money: bool) -> None:
        super().__init__(parent)
        self._money = money

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        return DecimalEdit(parent, money=self._money)
