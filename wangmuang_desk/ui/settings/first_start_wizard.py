"""First start: the office profile, signatories and villages, entered before anything else.

Shown while the profile's setup_done is False. Each page checks its own input before Next;
Finish saves the villages and then the profile, each in its own service call. The profile goes
last because saving it marks setup as done: if anything fails, the wizard is shown again.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wangmuang_desk.services.errors import FieldProblem, ValidationError
from wangmuang_desk.services.rows import OfficeData, VillageRow
from wangmuang_desk.ui.settings.office_profile_form import OfficeProfileForm
from wangmuang_desk.ui.settings.problems import show_problems
from wangmuang_desk.ui.settings.signatories_editor import SignatoriesEditor
from wangmuang_desk.ui.settings.villages_editor import VillagesEditor
from wangmuang_desk.ui.widgets.form_errors import FormErrors

OFFICE_PAGE, SIGNATORIES_PAGE, VILLAGES_PAGE, SUMMARY_PAGE = range(4)


class SetupService(Protocol):
    def profile(self) -> OfficeData: ...
    def save_profile(self, data: OfficeData) -> None: ...
    def villages(self) -> list[VillageRow]: ...
    def save_villages(self, rows: list[VillageRow]) -> None: ...


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr(
            "Tell the program about your office. The name, address and emblem are printed on "
            "every document."))
        self.form = OfficeProfileForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problems = self.form.check()
        show_problems(self.form.errors, problems)
        return not problems

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going Back
        pass


class SignatoriesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signatories"))
        self.setSubTitle(self.tr(
            "Who signs certificates and letters? Enter the name and the position as they are "
            "printed under the signature. You can add more later."))
        self.editor = SignatoriesEditor(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        self.errors = FormErrors({"signatories": self.editor}, self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problems = self.editor.check()
        show_problems(self.errors, problems)
        return not problems

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going Back
        pass


class VillagesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Villages"))
        self.setSubTitle(self.tr(
            "Enter the villages of the subdistrict: the village number and its name."))
        self.editor = VillagesEditor(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problems = self.editor.check()
        if problems:
            self.editor.show_problems(problems)
        else:
            self.editor.errors.clear()
        return not problems

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going Back
        pass


class SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check what you entered, then click Finish to save it."))
        self.office = QLabel(self)
        self.address = QLabel(self)
        self.phone = QLabel(self)
        self.signatories = QLabel(self)
        self.villages = QLabel(self)
        summary = QFormLayout()
        for caption, value in ((self.tr("Office"), self.office),
                               (self.tr("Address"), self.address),
                               (self.tr("Phone"), self.phone),
                               (self.tr("Signatories"), self.signatories),
                               (self.tr("Villages"), self.villages)):
            value.setWordWrap(True)
            summary.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addSpacing(12)
        layout.addWidget(_intro(self.tr(
            "Reference lists (name titles, occupation categories, units…) can be edited later "
            "in Settings."), self))
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        data = self._wizard.office_page.form.apply_to(OfficeData(name=""))
        self.office.setText(" ".join(p for p in (data.name, data.department) if p))
        self.address.setText(self._address(data) or self.tr("(none)"))
        self.phone.setText(data.phone or self.tr("(none)"))
        signatories = self._wizard.signatories_page.editor.signatories()
        self.signatories.setText("\n".join(
            f"{s.name} — {s.position}" for s in signatories) or self.tr("(none yet)"))
        villages = self._wizard.villages_page.editor.villages()
        self.villages.setText(self.tr("%n village(s)", "", len(villages)) if villages
                              else self.tr("(none yet)"))

    def validatePage(self) -> bool:  # noqa: N802 - Finish saves everything
        return self._wizard.save()

    def _address(self, data: OfficeData) -> str:
        parts = [
            data.house_no,
            self.tr("Moo {moo}").format(moo=data.moo) if data.moo else "",
            data.road,
            self.tr("Subdistrict {name}").format(name=data.subdistrict) if data.subdistrict
            else "",
            self.tr("District {name}").format(name=data.district) if data.district else "",
            self.tr("Province {name}").format(name=data.province) if data.province else "",
            data.postcode,
        ]
        return " ".join(p for p in parts if p)


class FirstStartWizard(QWizard):
    def __init__(self, office_service: SetupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setting up the program"))
        self.setModal(True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._service = office_service
        self._data = office_service.profile()

        self.office_page = OfficePage(self)
        self.signatories_page = SignatoriesPage(self)
        self.villages_page = VillagesPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(SIGNATORIES_PAGE, self.signatories_page)
        self.setPage(VILLAGES_PAGE, self.villages_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)

        # Loaded once here, not in initializePage: going Back and Next must keep the edits.
        self.office_page.form.load(self._data)
        self.signatories_page.editor.set_signatories(self._data.signatories)
        self.villages_page.editor.set_villages(office_service.villages())
        self.resize(780, 620)

    def save(self) -> bool:
        """Save villages, then the profile; on a problem, show it on its page and stay open."""
        try:
            self._service.save_villages(self.villages_page.editor.villages())
        except ValidationError as exc:
            self._go_to(VILLAGES_PAGE)
            self.villages_page.editor.show_problems(exc.problems)
            return False
        # New villages now have ids: a second Finish after a profile problem must not re-add them.
        self.villages_page.editor.set_villages(self._service.villages())

        data = self.office_page.form.apply_to(self._data)
        data.signatories = self.signatories_page.editor.signatories()
        try:
            self._service.save_profile(data)
        except ValidationError as exc:
            self._show_profile_problems(exc.problems)
            return False
        return True

    def _show_profile_problems(self, problems: list[FieldProblem]) -> None:
        signatory_problems = [p for p in problems if p.field == "signatories"]
        office_problems = [p for p in problems if p.field != "signatories"]
        if office_problems:
            self._go_to(OFFICE_PAGE)
            show_problems(self.office_page.form.errors, office_problems)
        else:
            self._go_to(SIGNATORIES_PAGE)
            show_problems(self.signatories_page.errors, signatory_problems)

    def _go_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()
