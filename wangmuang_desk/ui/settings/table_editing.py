"""Helpers for the small in-place-edited tables of the settings screens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QTableWidget,
    QWidget,
)


def commit_open_editor(view: QAbstractItemView) -> None:
    """Write a cell still being typed in back to its item before the table is read.

    Clicking Save normally takes the focus and so closes the editor, but a shortcut (Enter on
    the default button) or a click that takes no focus would read the old value instead.
    """
    if view.state() != QAbstractItemView.State.EditingState:
        return
    viewport = view.viewport()
    focused = QApplication.focusWidget()
    editors = [w for w in viewport.children() if isinstance(w, QWidget) and w.isVisible()]
    if focused is not None and viewport.isAncestorOf(focused):
        while focused.parentWidget() is not viewport:
            focused = focused.parentWidget()
        editors = [focused]
    for editor in editors:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def move_row(table: QTableWidget, row: int, step: int) -> None:
    """Swap `row` with its neighbour `step` rows away (items keep their data) and follow it."""
    other = row + step
    if row < 0 or not 0 <= other < table.rowCount():
        return
    table.blockSignals(True)
    for column in range(table.columnCount()):
        upper, lower = table.takeItem(row, column), table.takeItem(other, column)
        table.setItem(row, column, lower)
        table.setItem(other, column, upper)
    table.blockSignals(False)
    table.setCurrentCell(other, table.currentColumn() if table.currentColumn() >= 0 else 0)


def no_default_button(buttons: QDialogButtonBox) -> None:
    """Enter stays with the field or cell being typed in instead of saving the whole dialog.

    QDialogButtonBox makes its first accept button the default when it is shown, so call this
    from the dialog's showEvent (which comes after the children's).
    """
    for button in buttons.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)
