"""Choose a backup to put in place of the database (after a refusal, or from the File menu)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wangmuang_desk.thai.dates import format_be_date


class RestoreDialog(QDialog):
    """A short list of backup files (never more than a few dozen): a plain table serves."""

    def __init__(self, backups, problem: str = "", db_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 400)
        self.backups = list(backups)
        self.chosen = None
        layout = QVBoxLayout(self)
        if problem:
            warning = QLabel(problem)
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a00; font-weight: bold;")
            layout.addWidget(warning)
        intro = QLabel(self.tr(
            "Choose the backup to restore. The current database file is not deleted: it is "
            "kept in the backups folder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if db_path is not None:
            layout.addWidget(QLabel(self.tr("Database: {path}").format(path=db_path)))
        kinds = {
            "daily": self.tr("Daily"), "before-upgrade": self.tr("Before upgrade"),
            "replaced": self.tr("Replaced by a restore"), "manual": self.tr("Made by staff"),
        }
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, b in enumerate(self.backups):
            taken = f"{format_be_date(b.taken_at.date())} {b.taken_at:%H:%M}"
            for col, text in enumerate((taken, kinds.get(b.kind, self.tr("Other")),
                                        f"{b.size / 1024 / 1024:,.1f} MB")):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this database yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        if self.backups:
            self.table.selectRow(0)

    def _confirm(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        backup = self.backups[row]
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Work saved after {when} will not be in the restored database (the current "
                    "file is kept in the backups folder). Restore?").format(
                when=self.table.item(row, 0).text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()


__all__ = ["RestoreDialog"]
