"""The recycle bin: restore what was deleted, or delete it for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wangmuang_desk.thai.dates import format_be_date


class RecycleBinDialog(QDialog):
    def __init__(self, bin_service, parent=None) -> None:
        super().__init__(parent)
        self.service = bin_service
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(720, 460)
        self.kind_names = {
            "person": self.tr("Person"), "household": self.tr("Household"),
            "occupation": self.tr("Occupation"), "raw_material": self.tr("Raw material"),
            "sage": self.tr("Local sage"), "group": self.tr("Occupational group"),
            "product": self.tr("Product"),
        }
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Deleted records wait here. Restore puts a record back where it was; "
            "Delete permanently cannot be undone (but the daily backups still hold it)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Kind"), self.tr("Deleted on")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete permanently"))
        self.empty_button = QPushButton(self.tr("Empty the recycle bin"))
        for button in (self.restore_button, self.purge_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.items = self.service.items()
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            when = f"{format_be_date(item.deleted_at.date())} {item.deleted_at:%H:%M}"
            for c, text in enumerate((item.label, self.kind_names.get(item.kind, item.kind), when)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.items[r] for r in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.items))

    def restore_selected(self) -> None:
        for item in self._selected():
            self.service.restore(item.kind, item.id)
        self.reload()

    def purge_selected(self) -> None:
        chosen = self._selected()
        if not chosen or not self._ask(self.tr("Delete {n} record(s) permanently?").format(
                n=len(chosen))):
            return
        from wangmuang_desk.services.errors import InUseError

        refused = []
        for item in chosen:
            try:
                self.service.purge(item.kind, item.id)
            except InUseError as exc:
                refused.append(QCoreApplication.translate("Validation", exc.message).format(
                    **exc.params))
        self.reload()
        if refused:
            QMessageBox.information(self, self.tr("Kept"), "\n".join(refused))

    def empty(self) -> None:
        if not self._ask(self.tr("Delete everything in the recycle bin permanently?")):
            return
        purged, kept = self.service.empty()
        self.reload()
        if kept:
            QMessageBox.information(self, self.tr("Kept"), self.tr(
                "{kept} record(s) were kept because groups or training rounds still need them."
            ).format(kept=kept))

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(
            self, self.tr("Recycle bin"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
