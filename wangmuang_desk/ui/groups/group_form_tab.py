"""The base of the tabs that edit the group's own record (basic data, "know ourselves").

Both save through GroupService.save, which takes the whole record: each tab starts from the
record as stored now and replaces only its own fields, so saving one tab never overwrites what
was saved from the other in the meantime.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError, ValidationError
from wangmuang_desk.services.group_rows import GroupDetail, GroupInput
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate

_W = TypeVar("_W", bound=QWidget)


class TextBox(QPlainTextEdit):
    """A several-line text field that asks for only its minimum height and grows into the
    room there is. Qt's default wish (192 px) would make a form with wrapped labels scroll
    even on a tall window: a scroll area lays such a form out at its preferred height."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self.minimumHeight())


def text_box(name: str, lines: int) -> QPlainTextEdit:
    """A text field at least `lines` high, which Tab leaves like any other field."""
    edit = TextBox(objectName=name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def value_of(widget: QWidget) -> Any:
    """What a field holds, for telling whether anything was edited."""
    if isinstance(widget, PersonPicker):
        return widget.person_id()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return None


class GroupFormTab(QWidget):
    saved = Signal(int)  # the group's id, after every save (the first one creates it)

    def __init__(self, services, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self._inputs: dict[str, QWidget] = {}
        self._loaded = False

        content = QWidget(objectName="formContent")
        self.build_form(content)
        # Scrolls on a 768-pixel-high office screen instead of squeezing the text fields.
        self._scroll = QScrollArea(objectName="formScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(content)

        self.general_error = QLabel(objectName="formError_general")
        self.save_button = QPushButton(translate("GroupWindow", "Save"), objectName="save")
        self.save_button.setToolTip(translate("GroupWindow", "Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.revert_button = QPushButton(
            translate("GroupWindow", "Undo changes"), objectName="revert"
        )
        self.revert_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.errors = FormErrors(self._inputs, self, general=self.general_error)
        for name, widget in self._inputs.items():
            if isinstance(widget, PersonPicker):
                widget.personChanged.connect(lambda _row, n=name: self.errors.clear_field(n))
        self._initial = self.snapshot()

    # -- what a subclass provides ----------------------------------------------------------

    def build_form(self, content: QWidget) -> None:
        raise NotImplementedError

    def load(self, detail: GroupDetail) -> None:
        raise NotImplementedError

    def collect(self) -> dict[str, Any]:
        """This tab's fields as GroupInput keyword arguments."""
        raise NotImplementedError

    def ui_problems(self) -> list[FieldProblem]:
        """Problems found before asking the service (a date or number that does not parse)."""
        return []

    # -- for subclasses --------------------------------------------------------------------

    def field(self, widget: _W) -> _W:
        """Register an input; its objectName is its GroupInput field (problems find it so)."""
        self._inputs[widget.objectName()] = widget
        return widget

    # -- state -----------------------------------------------------------------------------

    def snapshot(self) -> tuple:
        return tuple(value_of(widget) for widget in self._inputs.values())

    def has_changes(self) -> bool:
        return self.snapshot() != self._initial

    def refresh(self) -> None:
        """The stored record again, unless there are edits not saved yet (they stay)."""
        if self.group_id is None or (self._loaded and self.has_changes()):
            return
        self._reload()

    def revert(self) -> None:
        self.errors.clear()
        if self.group_id is None:
            self.load(None)
        else:
            try:
                self._reload()
            except NotFoundError:
                self.errors.show_message("", _gone())
                return
        self._initial = self.snapshot()

    def _reload(self) -> None:
        self.load(self.services.groups.get(self.group_id))
        self._loaded = True
        self._initial = self.snapshot()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and write; True when saved. Problems show under their fields."""
        self.errors.clear()
        problems = self.ui_problems()
        if problems:
            self.errors.show(problems)
            return False
        try:
            stored = (
                self.services.groups.get(self.group_id).data
                if self.group_id is not None
                else GroupInput(name="")
            )
            group_id = self.services.groups.save(self.group_id, replace(stored, **self.collect()))
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return False
        except NotFoundError:
            self.errors.show_message("", _gone())
            return False
        self.group_id = group_id
        self._loaded = True
        self._initial = self.snapshot()
        self.saved.emit(group_id)
        return True


def _gone() -> str:
    return translate(
        "GroupWindow",
        "This group is no longer in the registry (perhaps moved to the recycle bin). "
        "Nothing was saved.",
    )
