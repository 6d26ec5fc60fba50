"""Pieces the step panels and dialogs of a round share (sessions, certificates, survey,
follow-up, preparation): buttons beside or under a list, titled lists side by side, deleting
after a question, and reloading after a change.

The callers pass their texts already translated, so each keeps its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.ui.groups.tab_helpers import ask, heading


def push_button(text: str, name: str, slot: Callable[..., Any]) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.clicked.connect(slot)
    return button


def button_row(buttons: Sequence[QPushButton]) -> QHBoxLayout:
    """The buttons from the left, the rest of the row empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def buttons_beside(view: QWidget, buttons: Sequence[QPushButton]) -> QHBoxLayout:
    """The view taking the width, its buttons in a column at its right, from the top."""
    side = QVBoxLayout()
    for button in buttons:
        side.addWidget(button)
    side.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(view, 1)
    row.addLayout(side)
    return row


def titled_pane(title: str, view: QWidget, buttons: Sequence[QPushButton] = ()) -> QWidget:
    """A bold title over a list, with the list's buttons in a row under it."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title))
    layout.addWidget(view, 1)
    if buttons:
        layout.addLayout(button_row(buttons))
    return pane


def side_by_side(left: QWidget, right: QWidget, left_share: int, right_share: int) -> QSplitter:
    """Two panes the user can resize, sharing the width left_share : right_share."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, left_share)
    splitter.setStretchFactor(1, right_share)
    return splitter


def delete_after_asking(parent: QWidget, title: str, question: str, delete: Callable[[], Any],
                        gone_message: str) -> bool:
    """Ask (No by default); on Yes run `delete`. A row deleted meanwhile elsewhere is said
    with `gone_message`. True when the answer was Yes: the list is to be reloaded."""
    if not ask(parent, title, question):
        return False
    try:
        delete()
    except NotFoundError:
        QMessageBox.information(parent, title, gone_message)
    return True


def refresh_after_change(panel: Any, gone: Callable[[], None]) -> None:
    """Reload `panel` and emit its `changed` (the step list refreshes); when the round itself
    has gone meanwhile, `gone` says so instead."""
    try:
        panel.refresh()
    except NotFoundError:
        gone()
        return
    panel.changed.emit()
