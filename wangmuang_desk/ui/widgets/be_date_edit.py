"""A line edit for dates in the Buddhist Era, typed the way staff write them.

A QDateEdit would force Common-Era years and a fixed format; staff type `20/11/2569`,
`20 พ.ย. 69` or Thai digits, so the text is parsed with thai.dates and shown back normalized.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from wangmuang_desk.thai.dates import ThaiDateError, format_be_date, parse_be_date

# Typed into an empty field, these mean "today" ("ว" for วันนี้ on a Thai keyboard).
_TODAY_KEYS = frozenset({"t", "T", "ว"})


# translate() with an explicit context rather than self.tr(): PySide6's tr() takes the context
# from the runtime class, so a subclass would lose these translations (lupdate reads this form).
translate = QCoreApplication.translate


class BeDateEdit(QLineEdit):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        maximum_date: date | None = None,
        minimum_date: date | None = None,
        **qt_properties: Any,
    ) -> None:
        super().__init__(parent, **qt_properties)  # e.g. objectName="birth_date"
        self._maximum = maximum_date
        self._minimum = minimum_date
        self.setPlaceholderText(translate("BeDateEdit", "dd/mm/yyyy (BE)"))
        self.editingFinished.connect(self._normalize)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.set_today)

    # -- value -----------------------------------------------------------------------------

    def date(self) -> date | None:
        """The date typed, or None when the field is empty or the text is not a valid date."""
        parsed, problem = self._read()
        return None if problem else parsed

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming, like QDateEdit
        self.setText(format_be_date(value))
        self._show_long_form(value)

    def error(self) -> str | None:
        """A Thai message when the text is not an acceptable date; None when fine or empty."""
        return self._read()[1]

    def set_today(self) -> None:
        self.setDate(date.today())
        # A person's edit like any other: inline error messages listen to textEdited.
        self.textEdited.emit(self.text())

    def maximum_date(self) -> date | None:
        return self._maximum

    def set_maximum_date(self, value: date | None) -> None:
        self._maximum = value

    def minimum_date(self) -> date | None:
        return self._minimum

    def set_minimum_date(self, value: date | None) -> None:
        self._minimum = value

    # -- internals -------------------------------------------------------------------------

    def _read(self) -> tuple[date | None, str | None]:
        # Parsed from the text each time, so date() is right even before editingFinished
        # (a form accepted with a keyboard shortcut while the cursor is still here).
        text = self.text().strip()
        if not text:
            return None, None
        try:
            value = parse_be_date(text)
        except ThaiDateError as exc:
            return None, str(exc)
        if self._maximum is not None and value > self._maximum:
            if self._maximum == date.today():
                return value, translate("BeDateEdit", "The date cannot be in the future.")
            return value, translate("BeDateEdit", "The date cannot be after {date}.").format(
                date=format_be_date(self._maximum, "long")
            )
        if self._minimum is not None and value < self._minimum:
            return value, translate("BeDateEdit", "The date cannot be before {date}.").format(
                date=format_be_date(self._minimum, "long")
            )
        return value, None

    def _normalize(self) -> None:
        value, problem = self._read()
        if value is not None:
            # Shown normalized even when out of range, so the person sees which date was read.
            normalized = format_be_date(value)
            if normalized != self.text():
                self.setText(normalized)
        self._show_long_form(value if problem is None else None)

    def _show_long_form(self, value: date | None) -> None:
        self.setToolTip(format_be_date(value, "long") if value is not None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        everything_selected = self.hasSelectedText() and self.selectedText() == self.text()
        if (
            event.text() in _TODAY_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and (not self.text() or everything_selected)
        ):
            self.set_today()
            return
        super().keyPressEvent(event)
