"""The crash report dialog: the report read-only, with Copy report and Close.

Imported on the first uncaught exception only (ui/crash_dialog.py installs the hook), so the
program's start does not load it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shows the report read-only, with Copy report and Close."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 480)

        intro = QLabel(
            self.tr(
                "Something went wrong inside the program. Work that was already saved is kept "
                "in the database. Please copy the report below and send it to the person who "
                "looks after this program, saying what you were doing when it happened."
            )
        )
        intro.setWordWrap(True)

        self.report_edit = QPlainTextEdit(report)
        self.report_edit.setReadOnly(True)
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Tracebacks line up in a fixed-width font; Qt falls back to another font for Thai.
        self.report_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        log_text = str(log_path) if log_path else self.tr("(no log file)")
        self.log_label = QLabel(self.tr("The report was also written to the log file:"))
        self.log_path_label = QLabel(log_text)
        self.log_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_edit, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log_path_label)
        layout.addWidget(buttons)

    def report(self) -> str:
        return self.report_edit.toPlainText()

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))
