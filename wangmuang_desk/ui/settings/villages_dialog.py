"""Settings → Villages: the หมู่ที่ of the subdistrict, typed in by staff."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.rows import VillageRow
from wangmuang_desk.ui.settings.table_editing import no_default_button
from wangmuang_desk.ui.settings.villages_editor import VillagesEditor


class VillageService(Protocol):
    def villages(self) -> list[VillageRow]: ...
    def save_villages(self, rows: list[VillageRow]) -> None: ...


class VillagesDialog(QDialog):
    def __init__(self, office_service: VillageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Villages"))
        self.setModal(True)
        self._service = office_service

        intro = QLabel(self.tr(
            "The villages of the subdistrict, by village number. A village where people are "
            "registered cannot be removed."), self)
        intro.setWordWrap(True)
        self.editor = VillagesEditor(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)

        self.editor.set_villages(office_service.villages())
        self.resize(620, 480)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The button box made Save the default while being shown; undo that here.
        no_default_button(self.buttons)

    def accept(self) -> None:
        self.editor.errors.clear()
        try:
            self._service.save_villages(self.editor.villages())
        except ValidationError as exc:
            self.editor.show_problems(exc.problems)
            return
        super().accept()
