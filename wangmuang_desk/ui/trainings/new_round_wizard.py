"""The new-round wizard: the manual's steps 1–5 for a training round, one page per step.

topic → target group → preparation → project and budget → council approval (optional).
Each page checks its own fields before Next; nothing is written until Finish, which records
the round with its speakers, budget lines and approval in one transaction
(TrainingService.create_round). A problem the service finds sends the wizard back to the page
that holds the field, with the message under it. `training_id` is set when it succeeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from wangmuang_desk.services.errors import FieldProblem, ValidationError
from wangmuang_desk.services.training_rows import (
    ApprovalInput,
    BudgetLineInput,
    PreparationInput,
    TrainingInput,
)
from wangmuang_desk.ui.trainings.wizard_pages import (
    PAGE_KEYS,
    ApprovalPage,
    BudgetPage,
    PreparationPage,
    RoundPage,
    TargetPage,
    TopicPage,
    page_of,
)

translate = QCoreApplication.translate


@dataclass
class NewRound:
    """Everything the pages hold, as create_round takes it."""

    data: TrainingInput
    preparation: PreparationInput
    budget: list[BudgetLineInput]
    approval: ApprovalInput | None


class NewRoundWizard(QWizard):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewRoundWizard")
        self.setWindowTitle(translate("NewRoundWizard", "New training round"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.services = services
        self.training_id: int | None = None
        self._finished = False

        self.topic_page = TopicPage(self)
        self.target_page = TargetPage(self)
        self.preparation_page = PreparationPage(self)
        self.budget_page = BudgetPage(self)
        self.approval_page = ApprovalPage(self)
        self._pages: list[RoundPage] = [self.topic_page, self.target_page,
                                        self.preparation_page, self.budget_page,
                                        self.approval_page]
        for number, page in enumerate(self._pages):
            self.setPage(number, page)
        self._fit_screen(940, 720)
        self._blank = self.collect()

    def _fit_screen(self, width: int, height: int) -> None:
        # Office laptops often have 1366×768 screens: never taller than what is available.
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 95 // 100),
                    min(height, screen.height() * 90 // 100))

    # -- the data --------------------------------------------------------------------------
    def round_input(self) -> TrainingInput:
        data = TrainingInput(title="")
        self.topic_page.form.store(data)
        self.target_page.form.store(data)
        return data

    def collect(self) -> NewRound:
        return NewRound(self.round_input(), self.preparation_page.editor.value(),
                        self.budget_page.editor.value(), self.approval_page.form.value())

    def is_blank(self) -> bool:
        return self.collect() == self._blank

    def page_for(self, key: str) -> RoundPage:
        return self._pages[PAGE_KEYS.index(key)]

    # -- finishing -------------------------------------------------------------------------
    def finish(self) -> bool:
        """Record the round (the last page's Finish). On a problem nothing is written: the
        wizard goes back to the page of the first problem and shows the messages there."""
        new = self.collect()
        try:
            self.training_id = self.services.trainings.create_round(
                new.data, new.preparation, new.budget, new.approval)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self._finished = True
        return True

    def show_problems(self, problems: list[FieldProblem]) -> None:
        if not problems:
            return
        key = min((page_of(p) for p in problems), key=PAGE_KEYS.index)
        target = PAGE_KEYS.index(key)
        while self.currentId() > target:
            self.back()
        self.page_for(key).show_problems([p for p in problems if page_of(p) == key])

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Escape or the close button: nothing is saved, so ask before throwing away
        what was typed."""
        if self._finished or self.is_blank():
            super().reject()
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            translate("NewRoundWizard", "Close without saving? The new round is not recorded "
                      "until you click Finish."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()
