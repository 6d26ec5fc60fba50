"""The establishment wizard: founding an occupational group in the manual's order.

origin → basic data → members → committee → regulations and capital → products and plan →
review. Each page checks its own rules through the service before Next; Finish writes the
whole group in one transaction. What staff typed is kept as a draft whenever a page is left and
when the wizard (or the program) closes, and offered back the next time the wizard opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from wangmuang_desk.services.errors import FieldProblem, ValidationError
from wangmuang_desk.services.group_rows import (
    ESTABLISHMENT_DRAFT_KIND,
    DraftRow,
    EstablishmentInput,
    FoundingMember,
    GroupInput,
)
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.establishment_base import (
    PAGE_KEYS,
    EstablishmentCalls,
    EstablishmentPage,
    MemberEntry,
    page_of,
)
from wangmuang_desk.ui.groups.establishment_capital import CapitalPage
from wangmuang_desk.ui.groups.establishment_members import MembersPage
from wangmuang_desk.ui.groups.establishment_pages import BasicPage, CommitteePage, OriginPage
from wangmuang_desk.ui.groups.establishment_products import ProductsPage
from wangmuang_desk.ui.groups.establishment_review import ReviewPage

translate = QCoreApplication.translate
# Stored with the draft beside the service's fields (establishment_from_dict skips it).
_PAGE_KEY = "wizard_page"


class EstablishmentWizard(QWizard):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EstablishmentWizard")
        self.setWindowTitle(translate("EstablishmentWizard", "Founding an occupational group"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.services = services
        self.calls = EstablishmentCalls(services)
        self.min_members = services.groups.min_members()
        self.group_id: int | None = None
        self.members: list[MemberEntry] = []  # shared by the members, committee, capital pages
        self._draft_id: int | None = None
        self._finished = False
        self._draft_settled = False  # kept or discarded on the way out: nothing more to do
        self._moving = 0  # > 0 while the wizard moves itself between pages
        self._ready = False

        # Created in order: a page may look at the ones before it (members → basic data).
        self.origin_page = OriginPage(self)
        self.basic_page = BasicPage(self)
        self.members_page = MembersPage(self)
        self.committee_page = CommitteePage(self)
        self.capital_page = CapitalPage(self)
        self.products_page = ProductsPage(self)
        self.review_page = ReviewPage(self)
        self._pages: list[EstablishmentPage] = [
            self.origin_page, self.basic_page, self.members_page, self.committee_page,
            self.capital_page, self.products_page, self.review_page,
        ]
        for number, page in enumerate(self._pages):
            self.setPage(number, page)
        self.currentIdChanged.connect(self._page_changed)
        app = QCoreApplication.instance()
        if app is not None:
            # A quit from elsewhere (a restore, the session ending) still keeps the work.
            app.aboutToQuit.connect(self._keep_on_quit)
        self._fit_screen(920, 700)

        self._blank = self._comparable(self.collect())
        self.restart()
        draft = services.drafts.active(ESTABLISHMENT_DRAFT_KIND)
        if draft is not None:
            self._offer_draft(draft, parent)
        self._ready = True

    def _fit_screen(self, width: int, height: int) -> None:
        # Office laptops often have 1366×768 screens: never taller than what is available.
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 95 // 100),
                    min(height, screen.height() * 90 // 100))

    # -- the data --------------------------------------------------------------------------
    def page_for(self, key: str) -> EstablishmentPage:
        return self._pages[PAGE_KEYS.index(key)]

    def collect(self) -> EstablishmentInput:
        """Everything the pages hold, as the service takes it."""
        data = EstablishmentInput(basic=GroupInput(name=""))
        for page in self._pages:
            page.store(data)
        data.members = [FoundingMember(m.person_id, m.shares, m.savings) for m in self.members]
        data.draft_id = self._draft_id
        return data

    def load(self, data: EstablishmentInput) -> None:
        self.members_page.load(data)  # first: the committee and capital pages list the members
        for page in self._pages:
            if page is not self.members_page:
                page.load(data)

    def _comparable(self, data: EstablishmentInput) -> dict[str, Any]:
        raw = self.calls.to_dict(data)
        raw.pop("draft_id", None)
        return raw

    def is_blank(self) -> bool:
        return self._comparable(self.collect()) == self._blank

    # -- drafts ----------------------------------------------------------------------------
    def save_draft(self) -> None:
        if self._finished:
            return
        data = self.collect()
        raw = self.calls.to_dict(data)
        raw[_PAGE_KEY] = PAGE_KEYS[max(self.currentId(), 0)]
        title = data.basic.name.strip() or translate("EstablishmentWizard", "(unnamed)")
        self._draft_id = self.services.drafts.save(ESTABLISHMENT_DRAFT_KIND, title, raw)

    def discard_draft(self) -> None:
        if self._draft_id is not None:
            self.services.drafts.discard(self._draft_id)
            self._draft_id = None

    def _offer_draft(self, draft: DraftRow, parent: QWidget | None) -> None:
        question = translate(
            "EstablishmentWizard", "Continue the group you started on {date}?\n\n{title}")
        answer = QMessageBox.question(
            parent, self.windowTitle(),
            question.format(date=format_be_date(draft.updated_at.date(), "long"),
                            title=draft.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.services.drafts.discard(draft.id)
            return
        self._draft_id = draft.id
        data = self.calls.from_dict(draft.data)
        data.draft_id = draft.id
        self.load(data)
        page = draft.data.get(_PAGE_KEY)
        self.go_to(page if page in PAGE_KEYS else PAGE_KEYS[0])

    def _page_changed(self, page_id: int) -> None:
        # -1: QWizard resets itself when rejected; the draft was settled just before that.
        if self._ready and not self._moving and page_id >= 0:
            self.save_draft()

    # -- moving between pages --------------------------------------------------------------
    def go_to(self, key: str) -> None:
        """Back, or forward through each page's checks; forward stops at a page with a problem
        (shown there) rather than skipping it."""
        target = PAGE_KEYS.index(key)
        self._moving += 1
        try:
            while self.currentId() > target:
                self.back()
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._moving -= 1

    # -- finishing -------------------------------------------------------------------------
    def finish(self) -> bool:
        """Record the group (the review page's Finish). On a problem nothing is written: the
        wizard goes to the page of the first problem and shows the messages at its fields."""
        data = self.collect()
        try:
            group_id = self.calls.establish(data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self.group_id = group_id
        self._finished = True
        self._draft_id = None  # discarded by the service in the same transaction
        return True

    def show_problems(self, problems: list[FieldProblem]) -> None:
        if not problems:
            return
        key = min((page_of(p) for p in problems), key=PAGE_KEYS.index)
        self.go_to(key)
        self.save_draft()  # the page changed: as when staff go back themselves
        self.page_for(key).show_problems([p for p in problems if page_of(p) == key])

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Escape or the close button: ask whether to keep the draft."""
        if self._finished or self._draft_settled:
            super().reject()
            return
        if self.is_blank():
            self.discard_draft()  # nothing typed, nothing to come back to
            self._draft_settled = True
            super().reject()
            return
        self.save_draft()  # kept before asking: the work is safe whatever happens next
        answer = QMessageBox.question(
            self, self.windowTitle(),
            translate("EstablishmentWizard", "Keep the draft to continue later?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.No:
            self.discard_draft()
        self._draft_settled = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._finished and not self._draft_settled and self._program_closing():
            # The main window is going away: keep the draft without asking anything.
            self.save_draft()
            self._draft_settled = True
        super().closeEvent(event)  # QDialog: reject(), which asks unless settled above

    def done(self, result: int) -> None:
        # Any other way out (a parent calling done, a quit) keeps what was typed.
        if (result != QDialog.DialogCode.Accepted and not self._finished
                and not self._draft_settled and not self.is_blank()):
            self.save_draft()
            self._draft_settled = True
        super().done(result)

    def _program_closing(self) -> bool:
        owner = self.parentWidget()
        return owner is not None and not owner.window().isVisible()

    def _keep_on_quit(self) -> None:
        if self.isVisible() and not self._finished and not self._draft_settled:
            self.save_draft()
            self._draft_settled = True
