"""Helpers the tests of the training-round screens share: the round the fixtures in conftest.py
make, typing and clicking as staff do, and running a panel's real dialogs without exec().

Not a test module: the test modules import it by name (conftest.py puts this folder on
sys.path, which pytest's importlib mode does not do).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTableView, QWidget

from wangmuang_desk.ui.trainings.training_window import TrainingWindow
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 20)  # fiscal year 2570
START = date(2026, 12, 1)
TITLE = "อบรมการทำไม้กวาดดอกหญ้า"
VENUE = "ศาลาประชาคมหมู่ที่ 1"
PEOPLE = [("นาง", "สมศรี", "ใจดี"), ("นาย", "สมชาย", "ทองคำ"), ("นางสาว", "บุญมา", "ศรีสุข"),
          ("นาง", "มาลี", "ผู้ใหญ่")]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard: qtbot.keyClicks cannot send Thai letters, key events can."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def find(parent: QWidget, kind: type, name: str):
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, parent: QWidget, name: str) -> None:
    button = find(parent, QPushButton, name)
    assert button.isEnabled() and button.isVisible(), name
    qtbot.mouseClick(button, LEFT)


def message_at(dialog: QWidget, name: str) -> str | None:
    label = dialog.findChild(QLabel, f"formError_{name}")
    return label.text() if label is not None and label.isVisible() else None


def pick_person(qtbot, picker: PersonPicker, text: str) -> None:
    """Type part of a name, wait for the popup, click the first match."""
    type_text(qtbot, picker.line_edit(), text)
    popup = picker.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0)
    index = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())


def drive(qtbot, owner: object, attr: str, script: Callable[[QDialog], None]) -> list:
    """Make owner's next dialogs (made by owner.<attr>) run *script* instead of exec()."""
    made: list[QDialog] = []
    real = getattr(owner, attr)

    def factory(*args):
        dialog = real(*args)

        def exec_() -> int:
            dialog.show()
            qtbot.waitExposed(dialog)
            script(dialog)
            if dialog.isVisible():  # still open: leave it as Cancel would
                dialog.done(QDialog.DialogCode.Rejected)
            return dialog.result()

        dialog.exec = exec_
        made.append(dialog)
        return dialog

    setattr(owner, attr, factory)
    return made


def fill_instead_of_exec(panel: QWidget, factory_name: str,
                         fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Let the panel make its real dialog (with its class's factory), but run *fill* on it
    instead of exec(); the dialogs made are listed."""
    real_factory = getattr(type(panel), factory_name)
    opened: list[QDialog] = []

    def factory(*args, **kwargs):
        dialog = real_factory(*args, **kwargs)
        opened.append(dialog)

        def run() -> int:
            dialog.show()
            fill(dialog)
            return dialog.result()

        dialog.exec = run
        return dialog

    setattr(panel, factory_name, factory)
    return opened


def show(qtbot, widget: QWidget, size: tuple[int, int]) -> QWidget:
    widget.resize(*size)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_window(qtbot, svc, training_id: int, documents=None) -> TrainingWindow:
    window = TrainingWindow(svc, training_id, documents=documents)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_step(qtbot, window: TrainingWindow, step: int) -> QWidget:
    """Click the step in the list, as staff would."""
    steps = window.steps
    steps.scrollToItem(steps.item(step - 1))
    rect = steps.visualItemRect(steps.item(step - 1))
    qtbot.mouseClick(steps.viewport(), LEFT, pos=rect.center())
    assert window.current_step() == step
    return window.stack.currentWidget()


def edit_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over what it held, press Enter."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    # The columns size to their contents: a value just entered may widen one, and that layout
    # waits for the event loop. Let it happen first, or the click lands beside the cell.
    QApplication.processEvents()
    view.horizontalHeader().doItemsLayout()
    where = view.visualRect(index).center()
    # A real double-click starts with a click; QTest's mouseDClick alone does not open editors.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=15_000)


# --- filling the pages -----------------------------------------------------------------------
