"""Small layout helpers shared by the forms: quiet hints, fitted line edits, titled sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.ui.widgets.form_errors import FormErrors

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


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save, which runs `save` (a dialog that saves itself closes only once saved), and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_save_cancel(dialog: QDialog, form: QFormLayout, fields: dict[str, QWidget],
                    save: Callable[[], object] | None = None, *,
                    grow_form: bool = False) -> FormErrors:
    """Lay out a record form with a message area and Save / Cancel under it.

    Save runs `save` (the dialog's accept() when None). Sets `dialog.general` (problems not
    tied to one field) and `dialog.save_button`; returns the FormErrors that puts each service
    message under its field. `grow_form`: a taller dialog gives the room to the form (a list
    in it) rather than to empty space under it.
    """
    dialog.general = QLabel(objectName="generalErrors")
    buttons = save_cancel_buttons(dialog, save or dialog.accept)
    dialog.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    layout = QVBoxLayout(dialog)
    if grow_form:
        layout.addLayout(form, 1)
    else:
        layout.addLayout(form)
        layout.addStretch(1)
    layout.addWidget(dialog.general)
    layout.addWidget(buttons)
    return FormErrors(fields, dialog, general=dialog.general)
