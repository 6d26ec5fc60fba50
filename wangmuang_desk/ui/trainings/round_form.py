"""Steps 1 and 2 of a training round as one widget, bound to TrainingInput.

TopicForm (step 1, round_topic_form.py) and TargetForm (step 2, round_target_form.py) are
separate widgets, so the new-round wizard can put them on their own pages; RoundForm shows
both for the round's workspace.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.training_rows import TrainingInput
from wangmuang_desk.ui.trainings.round_form_part import read_decimal, show_messages
from wangmuang_desk.ui.trainings.round_target_form import TargetForm
from wangmuang_desk.ui.trainings.round_topic_form import TopicForm

# Other forms of a round import these from here, where they began.
__all__ = ["RoundForm", "TargetForm", "TopicForm", "read_decimal", "show_messages"]

translate = QCoreApplication.translate


class RoundForm(QWidget):
    """Steps 1–2 of a round on one widget, for the round's workspace.

    RoundForm(services, parent) asks services.trainings for the origins and the default
    threshold and services.office for the villages. `changed` is emitted on every edit.
    """

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None, *,
                 side_by_side: bool = True) -> None:
        super().__init__(parent)
        trainings = services.trainings
        self.topic_form = TopicForm(trainings.origins())
        self.target_form = TargetForm(services.office.villages(),
                                      trainings.default_threshold(), today=trainings.today())
        topic_box = QGroupBox(translate("RoundForm", "Topic"))
        QVBoxLayout(topic_box).addWidget(self.topic_form)
        target_box = QGroupBox(translate("RoundForm", "Target group"))
        QVBoxLayout(target_box).addWidget(self.target_form)
        layout = QHBoxLayout(self) if side_by_side else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(topic_box, 1)
        layout.addWidget(target_box, 1)
        for part in (self.topic_form, self.target_form):
            part.changed.connect(self.changed)
        self.set_value(TrainingInput(title="", attendance_threshold=trainings.default_threshold()))

    def value(self) -> TrainingInput:
        data = TrainingInput(title="")
        self.topic_form.store(data)
        self.target_form.store(data)
        return data

    def set_value(self, data: TrainingInput) -> None:
        self.topic_form.load(data)
        self.target_form.load(data)
        self.clear_problems()

    def show_checks(self) -> bool:
        """Show what the form can tell wrong without the database (empty title, unreadable
        dates, end before start) at the fields; True when there was nothing to show."""
        topic, target = self.topic_form.check(), self.target_form.check()
        # The target part first: the cursor ends on the first problem from the top.
        self.target_form.show_messages(target)
        self.topic_form.show_messages(topic)
        return not topic and not target

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """A service's problems at their fields; any other in the topic part's message area."""
        problems = list(problems)
        target = [p for p in problems if self.target_form.owns(p)]
        self.target_form.show_problems(target)
        self.topic_form.show_problems([p for p in problems if p not in target])

    def clear_problems(self) -> None:
        for part in (self.topic_form, self.target_form):
            part.errors.clear()
