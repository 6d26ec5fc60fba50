"""Small pieces the group window's tabs share: read-only tables, the status badge, the
"Close without saving?" question."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.ui.groups.labels import status_label
from wangmuang_desk.ui.models.paged_table_model import display_text

translate = QCoreApplication.translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Background and text colour of the status badge: active statuses in colour, the end states
# in grey, so a dissolved group is told apart at a glance.
_BADGE_COLOURS = {
    "forming": ("#fff3cd", "#6b4e00"),
    "established": ("#d7e8fb", "#0b3d75"),
    "registered": ("#d4f0dc", "#175c2b"),
    "enterprise": ("#c9ede8", "#0c5149"),
    "otop": ("#eadcf7", "#4c1f73"),
    "inactive": ("#e4e4e4", "#444444"),
    "dissolved": ("#d0d0d0", "#222222"),
}


def make_table(headers: Sequence[str], object_name: str = "") -> QTableWidget:
    """A read-only table that selects whole rows, with room for Thai marks in each row."""
    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Above and below the line Thai stacks vowels and tone marks (ปู่, ญี่ปุ่น): more height.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[Any]],
    ids: Sequence[Any] | None = None,
    alignments: dict[int, Qt.AlignmentFlag] | None = None,
    greyed: Sequence[bool] | None = None,
) -> None:
    """Replace the table's rows; `ids[n]` is kept on row n's first cell (see row_id)."""
    alignments = alignments or {}
    table.setRowCount(0)
    table.setRowCount(len(rows))
    grey = table.palette().color(table.palette().ColorRole.PlaceholderText)
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(display_text(value))
            item.setTextAlignment(alignments.get(column, LEFT))
            if greyed is not None and greyed[number]:
                item.setForeground(grey)
            if column == 0 and ids is not None:
                item.setData(ID_ROLE, ids[number])
            table.setItem(number, column, item)
    fit_columns(table)


def fit_columns(table: QTableWidget, limit: int = 360) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        header.resizeSection(column, min(header.sectionSize(column) + 16, limit))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def row_id(table: QTableWidget) -> Any | None:
    """The id kept on the selected row, or None when no row is selected."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(ID_ROLE) if item is not None else None


def select_id(table: QTableWidget, wanted: Any) -> None:
    for number in range(table.rowCount()):
        item = table.item(number, 0)
        if item is not None and item.data(ID_ROLE) == wanted:
            table.selectRow(number)
            return


class StatusBadge(QLabel):
    """The group's status as a coloured label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.status = ""

    def set_status(self, status: str) -> None:
        self.status = status
        self.setText(status_label(status))
        background, text = _BADGE_COLOURS.get(status, ("#e4e4e4", "#222222"))
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {text}; border-radius: 9px;"
            " padding: 3px 12px; font-weight: bold; }"
        )
        self.setVisible(bool(status))


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for what it shows now, wrapped messages included.

    Qt sizes a window by its size hint, which counts a wrapped label as one long line: a
    message shown under a field would be cut off at the bottom of its row.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = dialog.screen().availableGeometry().height() * 9 // 10
    if needed > dialog.height():
        dialog.resize(width, min(needed, screen))


def confirm_discard(parent: QWidget) -> bool:
    """Ask before unsaved edits are thrown away; True when they may go."""
    answer = QMessageBox.question(
        parent,
        parent.window().windowTitle(),
        translate("GroupWindow", "Close without saving the changes?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def dialog_buttons(dialog: QDialog, button: QDialogButtonBox.StandardButton,
                   name: str) -> QDialogButtonBox:
    """`button` (Ok or Save, named `name` for the tests) and Cancel: accept() and reject()."""
    buttons = QDialogButtonBox(button | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(button).setObjectName(name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def group_gone() -> str:
    return translate(
        "GroupWindow", "This group is no longer in the registry. Nothing was saved."
    )


def call_service(errors: Any, call: Callable[[], object], gone_message: str) -> bool:
    """Run `call`; False when the service refused (its messages shown under the fields of
    `errors`, a FormErrors) or the record is gone (`gone_message` shown for the form)."""
    try:
        call()
    except ValidationError as exc:
        errors.show(exc.problems)
        return False
    except NotFoundError:
        errors.show_message("", gone_message)
        return False
    return True


class CheckedDialog(QDialog):
    """OK runs `_save()`; the dialog closes only when that succeeded, else it grows to show
    the messages."""

    def accept(self) -> None:
        if self._save():
            super().accept()
        else:
            grow_to_fit(self)  # room for the messages shown

    def _save(self) -> bool:
        raise NotImplementedError


def exec_dialog(dialog: QDialog) -> bool:
    """Run a tab's dialog to its end and let it go; True when it was accepted."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
