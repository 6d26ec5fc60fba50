"""The new-round wizard's pages, one per step of the manual (1–5).

Each page wraps the editor the round's workspace uses for the same step, checks its own fields
before Next (what can be told without the database) and shows the service's problems that
Finish routes back to it. Nothing is written by any page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.training_rows import WIZARD_STEPS
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.trainings.approval_form import ApprovalForm
from wangmuang_desk.ui.trainings.budget_editor import BudgetEditor, BudgetHints
from wangmuang_desk.ui.trainings.labels import step_label
from wangmuang_desk.ui.trainings.preparation_editor import PreparationEditor
from wangmuang_desk.ui.trainings.round_form import TargetForm, TopicForm
from wangmuang_desk.ui.widgets.form_layout import hint_label

if TYPE_CHECKING:
    from wangmuang_desk.ui.trainings.new_round_wizard import NewRoundWizard

translate = QCoreApplication.translate

PAGE_KEYS = WIZARD_STEPS  # topic, target, preparation, budget, approval
_APPROVAL_FIELDS = ("council_ref", "council_on", "approved_amount")
_PREPARATION_LISTS = ("speakers", "partners", "checklist")


def page_of(problem: FieldProblem) -> str:
    """The key of the page a service problem belongs on (the last page when none fits)."""
    field = problem.field
    prefix = field.split(".", 1)[0]
    if field in TopicForm.fields:
        return "topic"
    if field in TargetForm.fields:
        return "target"
    if prefix in _PREPARATION_LISTS:
        return "preparation"
    if prefix in ("lines", "total"):
        return "budget"
    return "approval"


class RoundPage(QWizardPage):
    """One step: its title "Step n of 5: …", the editor it holds, its checks and messages."""

    key = ""

    def __init__(self, wizard: NewRoundWizard, subtitle: str) -> None:
        super().__init__(wizard)
        self.host = wizard
        number = PAGE_KEYS.index(self.key) + 1
        self.setTitle(translate("NewRoundWizard", "Step {number} of {count}: {title}").format(
            number=number, count=len(PAGE_KEYS), title=step_label(self.key)))
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self._editor: Any = None

    def add_editor(self, editor: QWidget, stretch: int = 1) -> None:
        """The page's editor: its checks run on Next, and Finish's problems are shown in it."""
        self._editor = editor
        self.layout_.addWidget(editor, stretch)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self._editor.show_checks()

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        self._editor.show_problems(problems)

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going Back
        pass


class FormPage(RoundPage):
    """A page of the round's own fields (topic, target), checked as a form on Next."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        messages = self._editor.check()
        self._editor.show_messages(messages)
        return not messages


class TopicPage(FormPage):
    key = "topic"

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__(wizard, translate(
            "NewRoundWizard", "What the round teaches, and the need, group or request it "
            "answers."))
        self.form = TopicForm(wizard.services.trainings.origins())
        self.add_editor(self.form)
        self.layout_.addStretch(1)


class TargetPage(FormPage):
    key = "target"

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__(wizard, translate(
            "NewRoundWizard", "Who the round is for, when and where; fit the timing and "
            "length to the trainees."))
        trainings = wizard.services.trainings
        self.form = TargetForm(wizard.services.office.villages(),
                               trainings.default_threshold(), today=trainings.today())
        self.add_editor(self.form)
        self.layout_.addStretch(1)


class PreparationPage(RoundPage):
    key = "preparation"

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__(wizard, translate(
            "NewRoundWizard", "Speakers (local sages or agencies), partner agencies and what "
            "to prepare. All of it can be completed later."))
        self.editor = PreparationEditor(wizard.services.training_preparation)
        self.editor.set_new()
        self.add_editor(self.editor)


class BudgetPage(RoundPage):
    key = "budget"

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__(wizard, translate(
            "NewRoundWizard", "The project's budget line by line. A rate over its ceiling is "
            "a warning: check it, it does not stop you."))
        self.editor = BudgetEditor(wizard.services.training_budget)
        self.add_editor(self.editor)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # The ceilings in force on the round's first day, which page 2 may have changed.
        target = self.host.target_page.form
        budget = self.host.services.training_budget
        self.editor.set_ceilings(budget.ceilings_on(
            target.planned_start.date() or self.host.services.trainings.today()))
        data = self.host.round_input()
        self.editor.set_hints(BudgetHints(people=data.target_count, days=target.days(),
                                          hours=data.duration_hours))


class ApprovalPage(RoundPage):
    key = "approval"

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__(wizard, translate(
            "NewRoundWizard", "The council's approval of the project and its budget, if it "
            "has been given. Finish records the round."))
        self.form = ApprovalForm(optional=True, today=wizard.services.trainings.today())
        self.budget_hint = hint_label("")
        self.add_editor(self.form, 0)
        self.layout_.addWidget(self.budget_hint)
        self.layout_.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        total = self.host.budget_page.editor.summary().total
        self.form.suggest_amount(total if total else None)
        self.budget_hint.setText(translate(
            "NewRoundWizard", "The budget written in step 4 comes to {amount} baht.").format(
            amount=format_baht(total)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return super().validatePage() and self.host.finish()  # Finish records the round
