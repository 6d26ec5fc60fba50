"""Validation messages shown inline, right under the field they are about.

Bound to a QFormLayout (fields named by their widget's objectName) or to a dict of field name →
widget. Service problems arrive as `FieldProblem`s with English source text; they are translated
in the "Validation" context, like every message the services raise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem

translate = QCoreApplication.translate

INVALID_PROPERTY = "invalid"
# Added to the field's own style sheet while it is marked, so it works without an application
# style sheet; the dynamic property also lets one target [invalid="true"] globally.
_INVALID_STYLE = '*[invalid="true"] { border: 1px solid #c62828; border-radius: 3px; }'
_MESSAGE_STYLE = "color: #c62828;"


def problem_text(problem: FieldProblem) -> str:
    """The problem's message in the user's language, placeholders filled in."""
    message = translate("Validation", problem.message)
    try:
        return message.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped placeholder must not hide the message altogether.
        return problem.english()


class FormErrors(QObject):
    def __init__(
        self,
        fields: QFormLayout | Mapping[str, QWidget],
        parent: QObject | None = None,
        *,
        general: QLabel | None = None,
    ) -> None:
        if parent is None and isinstance(fields, QLayout):
            parent = fields.parentWidget()
        super().__init__(parent)
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._form_rows: set[str] = set()  # fields whose message sits in a QFormLayout row
        self._base_styles: dict[str, str] = {}
        self._watched: set[str] = set()
        self._general = general
        if isinstance(fields, QFormLayout):
            for name, widget in _named_fields(fields):
                self.bind(name, widget)
        else:
            for name, widget in fields.items():
                self.bind(name, widget)
        if general is not None:
            _style_message(general)
            general.hide()

    def bind(self, field: str, widget: QWidget) -> None:
        self._fields[field] = widget

    def widget(self, field: str) -> QWidget | None:
        return self._fields.get(field)

    def message(self, field: str) -> str | None:
        """The message shown for *field*, or None."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else None

    def has_errors(self) -> bool:
        shown = any(not label.isHidden() for label in self._labels.values())
        return shown or (self._general is not None and not self._general.isHidden())

    # -- showing ---------------------------------------------------------------------------

    def show(self, problems: Iterable[FieldProblem]) -> None:
        """Replace the messages shown with *problems* and put the cursor on the first one."""
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            text = problem_text(problem)
            if problem.field in self._fields:
                self.show_message(problem.field, text, focus=False)
                first = first or self._fields[problem.field]
            else:
                general.append(text)
        if general:
            self._show_general("\n".join(general))
        if first is not None:
            _focus(first)

    def show_message(self, field: str, text: str, *, focus: bool = True) -> None:
        """Show an already translated message under *field* (checks made in the UI itself)."""
        widget = self._fields.get(field)
        if widget is None:
            self._show_general(text)
            return
        label = self._labels.get(field) or self._make_label(field, widget)
        label.setText(text)
        self._set_label_visible(field, True)
        self._mark(field, True)
        self._watch(field)
        if focus:
            _focus(widget)

    def clear_field(self, field: str) -> None:
        if field in self._labels:
            self._set_label_visible(field, False)
        if field in self._base_styles:
            self._mark(field, False)

    def clear(self) -> None:
        for field in list(self._labels):
            self.clear_field(field)
        if self._general is not None:
            self._general.clear()
            self._general.hide()

    # -- internals -------------------------------------------------------------------------

    def _show_general(self, text: str) -> None:
        if self._general is not None:
            shown = self._general.text() if not self._general.isHidden() else ""
            self._general.setText(f"{shown}\n{text}" if shown else text)
            self._general.show()
            return
        # Nowhere to put it inline: a message nobody sees would be worse than a dialog.
        owner = next(iter(self._fields.values()), None)
        QMessageBox.warning(
            owner.window() if owner is not None else None,
            translate("FormErrors", "Please check"),
            text,
        )

    def _make_label(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"formError_{field}")
        _style_message(label)
        if _place_under(widget, label):
            self._form_rows.add(field)
        self._labels[field] = label
        return label

    def _set_label_visible(self, field: str, visible: bool) -> None:
        label = self._labels[field]
        if field in self._form_rows:
            form = _form_of(label)
            if form is not None:
                # Hiding the whole row also drops its spacing, so the form does not gape.
                form.setRowVisible(label, visible)
        label.setVisible(visible)

    def _mark(self, field: str, invalid: bool) -> None:
        widget = self._fields[field]
        base = self._base_styles.setdefault(field, widget.styleSheet())
        widget.setProperty(INVALID_PROPERTY, invalid)
        widget.setStyleSheet(f"{base}\n{_INVALID_STYLE}" if invalid else base)
        if not invalid:
            del self._base_styles[field]

    def _watch(self, field: str) -> None:
        if field in self._watched:
            return
        self._watched.add(field)
        widget = self._fields[field]

        def edited(*_args: object) -> None:
            self.clear_field(field)

        if isinstance(widget, QLineEdit):
            # textEdited only: a widget reformatting its own text must not hide the message.
            widget.textEdited.connect(edited)
            return
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(edited)
            widget.editTextChanged.connect(edited)
            return
        if isinstance(widget, QAbstractButton):
            widget.toggled.connect(edited)
            return
        for name in ("valueChanged", "dateTimeChanged", "textChanged"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(edited)
                return


def _style_message(label: QLabel) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)  # long Thai messages wrap instead of being cut off
    # Top-aligned: any height the layout gives beyond the text goes below it, not above.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(_MESSAGE_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _named_fields(form: QFormLayout) -> list[tuple[str, QWidget]]:
    found = []
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None:
                continue
            widgets = [item.widget()] if item.widget() is not None else []
            if item.layout() is not None:
                widgets = _widgets_in(item.layout())
            found += [(w.objectName(), w) for w in widgets if w.objectName()]
    return found


def _widgets_in(layout: QLayout) -> list[QWidget]:
    widgets = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _widgets_in(item.layout())
    return widgets


def _layout_path(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]]:
    """(layout, index of the item leading to *widget*) from *layout* down to the innermost."""
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is widget:
            return [(layout, number)]
        if item.layout() is not None:
            inner = _layout_path(item.layout(), widget)
            if inner:
                return [(layout, number), *inner]
    return []


def _place_under(widget: QWidget, label: QLabel) -> bool:
    """Put *label* under *widget* in its layout; True when it became a QFormLayout row."""
    beside: tuple[QBoxLayout, int] | None = None
    target = widget
    # Climb out of plain container widgets (a field with a button beside it) looking for a
    # layout where "under" exists; beside the field is the fallback.
    for _level in range(3):
        parent = target.parentWidget()
        if parent is None:
            break
        host = parent.layout()
        path = _layout_path(host, target) if host is not None else []
        for layout, number in reversed(path):
            if isinstance(layout, QFormLayout):
                row, role = layout.getItemPosition(number)
                if role == QFormLayout.ItemRole.SpanningRole:
                    layout.insertRow(row + 1, label)
                else:
                    layout.insertRow(row + 1, "", label)
                return True
            if isinstance(layout, QBoxLayout) and layout.direction() in (
                QBoxLayout.Direction.TopToBottom,
                QBoxLayout.Direction.BottomToTop,
            ):
                down = layout.direction() == QBoxLayout.Direction.TopToBottom
                layout.insertWidget(number + 1 if down else number, label)
                return False
            if isinstance(layout, QGridLayout):
                row, column, rows, columns = layout.getItemPosition(number)
                if layout.itemAtPosition(row + rows, column) is None:
                    layout.addWidget(label, row + rows, column, 1, columns)
                    return False
            if beside is None and isinstance(layout, QBoxLayout):
                beside = (layout, number)
        target = parent
    if beside is not None:
        beside[0].insertWidget(beside[1] + 1, label)
    elif widget.parentWidget() is not None and widget.parentWidget().layout() is not None:
        widget.parentWidget().layout().addWidget(label)
    return False


def _form_of(label: QLabel) -> QFormLayout | None:
    parent = label.parentWidget()
    host = parent.layout() if parent is not None else None
    path = _layout_path(host, label) if host is not None else []
    for layout, _number in reversed(path):
        if isinstance(layout, QFormLayout):
            return layout
    return None


def _focus(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            break
        parent = parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
