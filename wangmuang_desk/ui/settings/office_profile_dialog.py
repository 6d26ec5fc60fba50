"""Settings → Office profile: what every printed document carries (name, emblem, signatories)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.rows import OfficeData
from wangmuang_desk.ui.settings.office_profile_form import OfficeProfileForm
from wangmuang_desk.ui.settings.problems import show_problems
from wangmuang_desk.ui.settings.signatories_editor import SignatoriesEditor
from wangmuang_desk.ui.settings.table_editing import no_default_button

DEMO_BANNER_STYLE = (
    "background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;"
    " border-radius: 4px; padding: 6px;"
)


class ProfileService(Protocol):
    def profile(self) -> OfficeData: ...
    def save_profile(self, data: OfficeData) -> None: ...


def demo_banner(parent: QWidget, text: str) -> QLabel:
    banner = QLabel(text, parent)
    banner.setObjectName("demoBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(DEMO_BANNER_STYLE)
    return banner


class OfficeProfileDialog(QDialog):
    def __init__(self, office_service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office profile"))
        self.setModal(True)
        self._service = office_service
        self._data = office_service.profile()

        self.form = OfficeProfileForm(self)
        self.signatories = SignatoriesEditor(self)
        signatories_box = QGroupBox(self.tr("Signatories"), self)
        signatories_layout = QVBoxLayout(signatories_box)
        signatories_layout.addWidget(QLabel(
            self.tr("Names and positions printed under the signature lines of documents."),
            signatories_box))
        signatories_layout.addWidget(self.signatories)
        self.form.errors.bind("signatories", self.signatories)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.demo_banner: QLabel | None = None
        if self._data.is_demo:
            self.demo_banner = demo_banner(self, self.tr("This database holds demo data."))
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.form)
        layout.addWidget(signatories_box, 1)
        layout.addWidget(self.buttons)

        self.form.load(self._data)
        self.signatories.set_signatories(self._data.signatories)
        self.resize(780, 680)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The button box made Save the default while being shown; undo that here.
        no_default_button(self.buttons)

    def accept(self) -> None:
        data = self.form.apply_to(self._data)
        data.signatories = self.signatories.signatories()
        try:
            self._service.save_profile(data)
        except ValidationError as exc:
            # Nothing was written; the dialog stays open with the messages at their fields.
            show_problems(self.form.errors, exc.problems)
            return
        super().accept()
