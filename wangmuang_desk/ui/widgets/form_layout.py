"""Small layout helpers shared by the forms: quiet hints, fitted line edits, titled sections."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

_FIELD_PADDING = 24  # frame, margins and the cursor around a line edit's text


def hint_label(text: str) -> QLabel:
    """A quiet explanation in the placeholder colour; wraps instead of being cut off."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette, role = label.palette(), QPalette.ColorRole
    palette.setColor(role.WindowText, palette.color(role.PlaceholderText))
    label.setPalette(palette)
    return label


def fit_line_edit(edit: QLineEdit, *samples: str) -> None:
    """Wide enough for its longest expected text and its placeholder, never squeezed below."""
    metrics = edit.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in (*samples, edit.placeholderText()))
    edit.setMinimumWidth(widest + _FIELD_PADDING)


def form_section(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return box, form
