"""The workspace pages of steps 1–5, 9 and 10: each shows the form of its step (written in its
own module) with a Save button, loads it from the services and saves it back.

Steps 6–8 have their own panels (sessions_panel, evaluation_panel, certificates_panel).
Every page has `changed` (something was saved), refresh() (reload unless there are unsaved
edits) and has_changes().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import ApprovalInput
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

_SAVED_STYLE = "color: #1b6e2e;"


class FormPage(QWidget):
    """A step's form (`editor`) above a Save button. `load(editor)` fills it from the
    services; `save(editor)` writes it and returns a note to show, or raises
    ValidationError (shown by the form's show_problems)."""

    changed = Signal()

    def __init__(self, editor: QWidget, load: Callable[[QWidget], None],
                 save: Callable[[QWidget], str], name: str, scroll: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.editor = editor
        self._load, self._save = load, save
        self._dirty = False
        self.note = QLabel(objectName="saveNote")
        self.note.setWordWrap(True)
        self.save_button = QPushButton(translate("TrainingWindow", "Save"), objectName="save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        self.parts: dict[int, QWidget] = {}  # step → the part of the form it is about
        self.area: QScrollArea | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if scroll:
            self.area = area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(editor)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(editor, 1)
        layout.addLayout(bottom)
        editor.changed.connect(self._edited)

    def show_step(self, step: int) -> None:
        """Scroll to the part of the form about `step` (steps 1 and 2 share one form)."""
        part = self.parts.get(step)
        if part is None or self.area is None:
            return
        area = self.area

        def scroll() -> None:
            area.verticalScrollBar().setValue(part.mapTo(area.widget(), QPoint(0, 0)).y())

        scroll()
        # A page opened for the first time is laid out only when shown: once more then.
        QTimer.singleShot(0, self, scroll)

    def _edited(self) -> None:
        self._dirty = True
        self.note.clear()

    def has_changes(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        if not self._dirty:
            self.reload()

    def reload(self) -> None:
        self._load(self.editor)
        self._dirty = False
        self.note.clear()

    def save(self) -> bool:
        self.note.clear()
        show_checks = getattr(self.editor, "show_checks", None)
        if show_checks is not None and not show_checks():
            return False
        try:
            text = self._save(self.editor)
        except ValidationError as error:
            self.editor.show_problems(error.problems)
            return False
        except NotFoundError:
            QMessageBox.information(self, self.window().windowTitle(), translate(
                "TrainingWindow", "This round is no longer in the registry."))
            return False
        self.reload()
        self.note.setStyleSheet(_SAVED_STYLE)
        self.note.setText(text or translate("TrainingWindow", "Saved."))
        self.changed.emit()
        return True


# --- steps 1 and 2 --------------------------------------------------------------------------
def round_page(services, training_id: int) -> FormPage:
    from wangmuang_desk.ui.trainings.round_form import RoundForm

    def load(form) -> None:
        form.set_value(services.trainings.get(training_id).data)

    def save(form) -> str:
        services.trainings.update(training_id, form.value())
        return ""

    # One part above the other: side by side, the page would scroll sideways on a 1366 screen.
    form = RoundForm(services, side_by_side=False)
    page = FormPage(form, load, save, "roundPage")
    page.parts = {1: form.topic_form.parentWidget(), 2: form.target_form.parentWidget()}
    return page


# --- step 3 ---------------------------------------------------------------------------------
def preparation_page(services, training_id: int) -> FormPage:
    from wangmuang_desk.ui.trainings.preparation_editor import PreparationEditor

    service = services.training_preparation

    def load(editor) -> None:
        data = service.get(training_id)
        if not (data.speakers or data.partners or data.checklist):
            editor.set_new()  # the manual's checklist to start from
        else:
            editor.set_value(data)

    def save(editor) -> str:
        service.save(training_id, editor.value())
        return ""

    return FormPage(PreparationEditor(service), load, save, "preparationPage", scroll=False)


# --- step 4 ---------------------------------------------------------------------------------
def budget_page(services, training_id: int) -> FormPage:
    from wangmuang_desk.ui.trainings.budget_editor import BudgetEditor, BudgetHints

    service = services.training_budget

    def load(editor) -> None:
        detail = services.trainings.get(training_id)
        data = detail.data
        days = None
        if data.planned_start and data.planned_end:
            days = (data.planned_end - data.planned_start).days + 1
        editor.set_ceilings(service.ceilings(training_id))
        editor.set_hints(BudgetHints(people=data.target_count, days=days,
                                     hours=data.duration_hours))
        editor.set_approved(detail.approved_amount)
        editor.set_value([line.data for line in service.summary(training_id).lines])

    def save(editor) -> str:
        summary = service.save(training_id, editor.value())
        count = len(summary.warnings)
        if count:
            return translate("TrainingWindow", "Saved, with %n warning(s).", "", count)
        return ""

    # Spent amounts are filled in here, after the round; the wizard plans without them.
    return FormPage(BudgetEditor(service, show_spent=True), load, save, "budgetPage",
                    scroll=False)


# --- step 5 ---------------------------------------------------------------------------------
def approval_page(services, training_id: int) -> FormPage:
    from wangmuang_desk.ui.trainings.approval_form import ApprovalForm

    def load(form) -> None:
        detail = services.trainings.get(training_id)
        form.suggest_amount(services.training_budget.summary(training_id).total)
        form.set_value(ApprovalInput(detail.council_ref, detail.council_on,
                                     detail.approved_amount))

    def save(form) -> str:
        services.trainings.approve(training_id, form.value())
        return translate("TrainingWindow", "Saved. The round is approved.")

    form = ApprovalForm(today=services.trainings.today())
    page = FormPage(_top_aligned(form), load, save, "approvalPage")
    page.editor = form
    return page


def _top_aligned(widget: QWidget) -> QWidget:
    """A short form at the top of its page instead of stretched over the height."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    holder.changed = widget.changed  # type: ignore[attr-defined]
    return holder


# --- step 9: the survey, and the round's problems and suggestions -----------------------------
class ProblemsForm(QWidget):
    """The round's problems and suggestions for the project report (domain.md §3.3, step 9)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = QPlainTextEdit(objectName="problems")
        self.suggestions = QPlainTextEdit(objectName="suggestions")
        for edit in (self.problems, self.suggestions):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.changed)
        form = QFormLayout(self)
        form.addRow(hint_label(translate(
            "TrainingWindow", "What limited the round and what to do better next time, in "
            "the office's words; the trainees' own answers are on the survey tab. Both go "
            "into the project report.")))
        form.addRow(translate("TrainingWindow", "Problems and limits:"), self.problems)
        form.addRow(translate("TrainingWindow", "Suggestions:"), self.suggestions)

    def set_value(self, problems: str, suggestions: str) -> None:
        self.problems.setPlainText(problems)
        self.suggestions.setPlainText(suggestions)

    def show_problems(self, problems) -> None:
        from wangmuang_desk.ui.widgets.form_errors import problem_text

        QMessageBox.warning(self, self.window().windowTitle(),
                            "\n".join(problem_text(p) for p in problems))


class SurveyPage(QWidget):
    """The survey panel and, on a second tab, the round's problems and suggestions."""

    changed = Signal()

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPage")
        from wangmuang_desk.ui.trainings.survey_panel import SurveyPanel

        self.survey = SurveyPanel(services.training_survey, training_id)
        trainings = services.trainings

        def load(form: ProblemsForm) -> None:
            detail = trainings.get(training_id)
            form.set_value(detail.problems, detail.suggestions)

        def save(form: ProblemsForm) -> str:
            trainings.save_problems(training_id, form.problems.toPlainText(),
                                    form.suggestions.toPlainText())
            return ""

        self.problems = FormPage(ProblemsForm(), load, save, "problemsPage", scroll=False)
        self.tabs = QTabWidget(objectName="surveyTabs")
        self.tabs.addTab(self.survey, translate("TrainingWindow", "Satisfaction survey"))
        self.tabs.addTab(self.problems, translate("TrainingWindow",
                                                  "The round's problems and suggestions"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        for part in (self.survey, self.problems):
            part.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def has_changes(self) -> bool:
        return self.problems.has_changes()


def follow_up_page(services, training_id: int) -> QWidget:
    from wangmuang_desk.ui.trainings.followup_panel import FollowUpPanel

    return FollowUpPanel(services.training_followup, training_id)


def placeholder(text: str) -> QWidget:
    """What a step shows when its form could not be made (e.g. the round is gone)."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
