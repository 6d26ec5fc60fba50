"""The evaluation table (step 7): each trainee's test scores, typed in place, beside their
attendance and whether they pass. Scores stay unsaved (tinted) until "Save scores"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from wangmuang_desk.services.training_rows import EvaluationSummary, ScoreInput, TraineeResult
from wangmuang_desk.ui.trainings.number_text import number_text, parse_number

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
NUMBER, NAME, PRE, POST, ATTENDED, PERCENT, ATTENDANCE_OK, TEST_OK, PASSES, CERTIFICATE = range(10)
SCORE_COLUMNS = (PRE, POST)
UNSAVED = QColor("#fff4c2")
PROBLEM = QColor("#fde2e1")
RED = QColor("#c62828")
GREEN = QColor("#1b6e2e")


def yes_no(value: bool | None) -> str:
    if value is None:
        return "–"
    return translate("EvaluationPanel", "Yes") if value else translate("EvaluationPanel", "No")


class ScoreModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[TraineeResult] = []
        self._typed: dict[tuple[int, int], str] = {}  # (row, column) → text typed, unsaved
        self._problems: dict[tuple[int, int], str] = {}  # (row, column) → message shown

    def set_summary(self, summary: EvaluationSummary) -> None:
        self.beginResetModel()
        self._results = list(summary.results)
        self._typed.clear()
        self._problems.clear()
        self.endResetModel()

    def result_at(self, row: int) -> TraineeResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def has_changes(self) -> bool:
        return any(self._typed.get(key) != self._saved_text(*key) for key in self._typed)

    def revert(self) -> None:
        self.beginResetModel()
        self._typed.clear()
        self._problems.clear()
        self.endResetModel()

    def _saved_text(self, row: int, column: int) -> str:
        trainee = self._results[row].trainee
        return number_text(trainee.pre_score if column == PRE else trainee.post_score)

    def text(self, row: int, column: int) -> str:
        return self._typed.get((row, column), self._saved_text(row, column))

    # -- problems --------------------------------------------------------------------------

    def set_problems(self, problems: dict[tuple[int, int], str]) -> None:
        changed = set(self._problems) | set(problems)
        self._problems = dict(problems)
        for row, column in changed:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def problem(self, row: int, column: int) -> str | None:
        return self._problems.get((row, column))

    def scores(self) -> tuple[list[ScoreInput], dict[tuple[int, int], str]]:
        """Every trainee's scores as typed, and the cells whose text is not a number."""
        out, bad = [], {}
        message = translate("EvaluationPanel", "Type a number, such as 7 or 8.5.")
        for row, result in enumerate(self._results):
            values = {}
            for column in SCORE_COLUMNS:
                try:
                    values[column] = parse_number(self.text(row, column))
                except ValueError:
                    values[column] = None
                    bad[(row, column)] = message
            out.append(ScoreInput(result.trainee.id, values[PRE], values[POST]))
        return out, bad

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 10

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() in SCORE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.result_at(index.row()) if index.isValid() else None
        if result is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(row, column, result)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, PRE, POST, PERCENT):
                return RIGHT
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if column in (
                NAME, CERTIFICATE) else CENTRE
        if role == Qt.ItemDataRole.BackgroundRole and column in SCORE_COLUMNS:
            if (row, column) in self._problems:
                return PROBLEM
            if self.text(row, column) != self._saved_text(row, column):
                return UNSAVED
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(column, result)
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, column) in self._problems:
                return self._problems[(row, column)]
            if column in (PERCENT, ATTENDANCE_OK) and not result.attendance_ok:
                return translate("EvaluationPanel", "Under the round's attendance threshold")
        return None

    def _display(self, row: int, column: int, result: TraineeResult) -> str:
        if column == NUMBER:
            return str(row + 1)
        if column == NAME:
            return result.trainee.name
        if column in SCORE_COLUMNS:
            return self.text(row, column)
        if column == ATTENDED:
            return f"{result.attended}/{result.planned}"
        if column == PERCENT:
            return f"{result.percent:.1f}"
        if column == ATTENDANCE_OK:
            return yes_no(result.attendance_ok)
        if column == TEST_OK:
            return yes_no(result.test_ok)
        if column == PASSES:
            return yes_no(result.passes)
        return result.certificate_label

    @staticmethod
    def _colour(column: int, result: TraineeResult) -> QColor | None:
        if column in (PERCENT, ATTENDANCE_OK) and not result.attendance_ok:
            return RED
        if column == TEST_OK and result.test_ok is False:
            return RED
        if column == PASSES:
            return GREEN if result.passes else RED
        return None

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                index.column() not in SCORE_COLUMNS:
            return False
        key = (index.row(), index.column())
        text = str(value or "").strip()
        try:
            # Shown as the saved value would be ("08.50" → "8.5"); bad text is kept to fix.
            text = number_text(parse_number(text))
        except ValueError:
            pass
        self._typed[key] = text
        self._problems.pop(key, None)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in SCORE_COLUMNS:
            return translate("EvaluationPanel", "Type the score and press Enter for the next "
                             "trainee")
        return None


def _headers() -> list[str]:
    return ["#", translate("EvaluationPanel", "Name"), translate("EvaluationPanel", "Pre-test"),
            translate("EvaluationPanel", "Post-test"), translate("EvaluationPanel", "Attended"),
            translate("EvaluationPanel", "%"), translate("EvaluationPanel", "Attendance OK"),
            translate("EvaluationPanel", "Test OK"), translate("EvaluationPanel", "Passes"),
            translate("EvaluationPanel", "Certificate")]


class ScoreView(QTableView):
    """Enter goes down the column, as on a paper score sheet: type, Enter, type, Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Thai stacks vowels and tone marks above and below the line: more height.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt API
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in the editor
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(current, "")
                return
        super().keyPressEvent(event)
