"""A line edit for the 13-digit national ID: free typing, checked and formatted on leaving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from wangmuang_desk.thai.citizen_id import (
    CitizenIdError,
    format_citizen_id,
    normalize_citizen_id,
    validate_citizen_id,
)

# See be_date_edit.py: an explicit context survives subclassing and is read by lupdate.
translate = QCoreApplication.translate

# Digits (Arabic or Thai), spaces and the dashes people paste from other programs; no input
# mask, because a mask fights people who type the dashes themselves or paste a number.
_ALLOWED = QRegularExpression("[0-9\u0e50-\u0e59\\s\\-\u2010-\u2015\u2212]*")
_MAX_LENGTH = 30


class CitizenIdEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, **qt_properties: Any) -> None:
        super().__init__(parent, **qt_properties)  # e.g. objectName="citizen_id"
        self.setValidator(QRegularExpressionValidator(_ALLOWED, self))
        self.setMaxLength(_MAX_LENGTH)
        self.setPlaceholderText(translate("CitizenIdEdit", "13 digits (X-XXXX-XXXXX-XX-X)"))
        self.editingFinished.connect(self._format_if_valid)

    def value(self) -> str | None:
        """The 13 digits without dashes (even when invalid: see error()), or None if empty."""
        return normalize_citizen_id(self.text()) or None

    def setValue(self, value: str | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_citizen_id(value) if value else "")

    def error(self) -> str | None:
        """A Thai message when the text is not a valid ID; None when valid or empty."""
        if self.value() is None:
            return None
        try:
            validate_citizen_id(self.text())
        except CitizenIdError as exc:
            return str(exc)
        return None

    def _format_if_valid(self) -> None:
        if self.value() is not None and self.error() is None:
            formatted = format_citizen_id(self.text())
            if formatted != self.text():
                self.setText(formatted)
