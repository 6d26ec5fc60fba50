"""Settings → Language: Thai or English; the choice is saved by the caller (ui/i18n.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class LanguageDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.setModal(True)
        # Each language is named in itself so anyone can find their own.
        self.thai = QRadioButton("ไทย (Thai)", self)
        self.english = QRadioButton("English", self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.thai)
        self.group.addButton(self.english)
        (self.english if current == "en" else self.thai).setChecked(True)

        note = QLabel(self.tr("The new language is used after the program is restarted."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language of the program:"), self))
        layout.addWidget(self.thai)
        layout.addWidget(self.english)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def language(self) -> str:
        return "en" if self.english.isChecked() else "th"


def choose_language_dialog(parent: QWidget | None, current: str) -> str | None:
    """Ask for the interface language: "th" or "en", or None when cancelled."""
    dialog = LanguageDialog(current, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.language()
    finally:
        dialog.deleteLater()
