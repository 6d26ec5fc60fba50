"""Step 7 of a round: the knowledge test and who passes.

Attendance is counted over all planned sessions against the round's threshold; the pass mark
(when the round sets one) applies to the post-test. Scores are saved all together or not at
all; a problem shows at its cell and in the list under the table.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import EvaluationSummary
from wangmuang_desk.ui.trainings.number_text import number_text
from wangmuang_desk.ui.trainings.score_model import (
    NAME,
    POST,
    PRE,
    ScoreModel,
    ScoreView,
)
from wangmuang_desk.ui.widgets.form_errors import problem_text
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

_SCORE_FIELD = re.compile(r"^scores\.(\d+)\.(pre_score|post_score)$")
_ERROR_STYLE = "color: #c62828;"


def signed(value) -> str:
    text = number_text(value)
    return f"+{text}" if value is not None and value > 0 else text


def summary_text(summary: EvaluationSummary) -> str:
    count = summary.planned_sessions
    parts = [translate("EvaluationPanel",
                       "Attendance needed: {threshold} % of %n planned session(s)", "",
                       count).format(threshold=summary.threshold)]
    if summary.pass_mark is not None:
        parts.append(translate("EvaluationPanel", "pass mark {mark}").format(
            mark=number_text(summary.pass_mark)))
    parts.append(translate("EvaluationPanel", "passed {passed} of {total}").format(
        passed=summary.passed, total=len(summary.results)))
    if summary.mean_pre is not None:
        parts.append(translate(
            "EvaluationPanel", "mean before {pre}, after {post}, gain {gain}").format(
            pre=f"{summary.mean_pre:.2f}", post=f"{summary.mean_post:.2f}",
            gain=f"{summary.gain:+.2f}"))
    return " · ".join(parts)


class EvaluationPanel(QWidget):
    changed = Signal()  # scores saved: the step list refreshes

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvaluationPanel")
        self.services = services
        self.training_id = training_id
        self.summary: EvaluationSummary | None = None

        self.summary_label = QLabel(objectName="evaluationSummary")
        self.summary_label.setWordWrap(True)
        self.model = ScoreModel(self)
        self.view = ScoreView()
        self.view.setObjectName("scores")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel(objectName="scoreProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(_ERROR_STYLE)
        self.problems.hide()
        self.save_button = QPushButton(translate("EvaluationPanel", "Save scores"),
                                       objectName="saveScores")
        self.revert_button = QPushButton(translate("EvaluationPanel", "Undo changes"),
                                         objectName="revertScores")
        for button in (self.save_button, self.revert_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        bottom = QHBoxLayout()
        bottom.addWidget(hint_label(translate(
            "EvaluationPanel", "Type a score and press Enter to go to the next trainee. "
            "Leave a score empty when the test was not taken.")), 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._update_buttons()

    def refresh(self) -> None:
        if self.model.has_changes():
            return  # typed scores are kept until saved or undone
        self._load()

    def _load(self) -> None:
        current = self.view.currentIndex()
        self.summary = self.services.training_evaluation.evaluation(self.training_id)
        self.model.set_summary(self.summary)
        self.summary_label.setText(summary_text(self.summary))
        self._show_problems([])
        if self.model.rowCount():
            row = min(current.row(), self.model.rowCount() - 1) if current.isValid() else 0
            column = current.column() if current.isValid() else PRE
            self.view.setCurrentIndex(self.model.index(row, column))

    def has_changes(self) -> bool:
        return self.model.has_changes()

    def _update_buttons(self, *_args: object) -> None:
        changed = self.model.has_changes()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    def revert(self) -> None:
        self.model.revert()
        self._show_problems([])

    def save(self) -> bool:
        """Save every trainee's scores; False (problems shown at their rows) when refused."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            # A score still in its editor counts: commit it first.
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        scores, bad = self.model.scores()
        if not bad:
            try:
                self.services.training_evaluation.save_scores(self.training_id, scores)
            except ValidationError as error:
                bad = self._cells_of(error)
            except NotFoundError:
                QMessageBox.information(self, translate("EvaluationPanel", "Evaluation"),
                                        translate("EvaluationPanel",
                                                  "This round or one of its trainees is no "
                                                  "longer in the registry."))
                return False
        if bad:
            self.model.set_problems(bad)
            self._show_problems(sorted(bad.items()))
            first = min(bad)
            self.view.setCurrentIndex(self.model.index(*first))
            self.view.setFocus()
            return False
        self._load()
        self.changed.emit()
        return True

    @staticmethod
    def _cells_of(error: ValidationError) -> dict[tuple[int, int], str]:
        cells = {}
        for problem in error.problems:
            match = _SCORE_FIELD.match(problem.field)
            if match:
                column = PRE if match.group(2) == "pre_score" else POST
                cells[(int(match.group(1)), column)] = problem_text(problem)
            else:
                cells[(0, PRE)] = problem_text(problem)
        return cells

    def _show_problems(self, problems: list[tuple[tuple[int, int], str]]) -> None:
        lines = []
        for (row, column), text in problems[:10]:
            result = self.model.result_at(row)
            what = translate("EvaluationPanel", "pre-test") if column == PRE else translate(
                "EvaluationPanel", "post-test")
            lines.append(translate("EvaluationPanel", "Row {row} ({name}), {what}: {problem}")
                         .format(row=row + 1, name=result.trainee.name if result else "",
                                 what=what, problem=text))
        if len(problems) > 10:
            lines.append(translate("EvaluationPanel", "…and {count} more").format(
                count=len(problems) - 10))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
