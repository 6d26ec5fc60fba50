"""One trainee's satisfaction form typed in from the paper, keyboard first.

One row per statement, grouped under its aspect, with the five levels as radio buttons. On a
row, typing 1–5 sets the level and moves to the next row, so a whole form is typed as a run of
digits; 0 or Space leaves the row blank and moves on too (paper forms have gaps), Delete clears
it where it is; ↑ and ↓ move. Enter saves ("Save and next respondent" on a new form), and the
form is ready for the next sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import SurveyItemRow, SurveyResponseInput
from wangmuang_desk.ui.groups.tab_helpers import ask, grow_to_fit, heading
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import hint_label, save_cancel_buttons

translate = QCoreApplication.translate

LEVELS = (5, 4, 3, 2, 1)  # left to right, as on the printed form
# The digit keys, Thai digits, and what the top-row keys 1–5 type under the Thai Kedmanee
# layout (ๅ / - ภ ถ): staff need not switch the keyboard to English to enter scores.
SCORE_KEYS = {**{str(n): n for n in LEVELS}, **{chr(0x0E50 + n): n for n in LEVELS},
              "ๅ": 1, "/": 2, "-": 3, "ภ": 4, "ถ": 5}
CLEAR_KEYS = {"0", "๐", " "}


def level_labels() -> dict[int, str]:
    return {
        5: translate("SurveyResponseDialog", "Very high"),
        4: translate("SurveyResponseDialog", "High"),
        3: translate("SurveyResponseDialog", "Moderate"),
        2: translate("SurveyResponseDialog", "Low"),
        1: translate("SurveyResponseDialog", "Very low"),
    }


def level_cell_width(widget: QWidget) -> int:
    """One width for every level column, so the radio buttons line up under the headings."""
    metrics = widget.fontMetrics()
    return max(64, *(metrics.horizontalAdvance(t) + 12 for t in level_labels().values()))


class ScoreRow(QWidget):
    """One statement: its number and text, and the five levels. Takes the keyboard focus
    itself (the radio buttons do not), so the digit keys work on the row as a whole."""

    scored = Signal()  # a level (or a blank) was typed: move on
    moved = Signal(int)  # -1 up, +1 down
    changed = Signal()

    def __init__(self, number: int, item: SurveyItemRow, cell_width: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.item = item
        self.setObjectName(f"scoreRow{number}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setAccessibleName(f"{number}. {item.text}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        number_label = QLabel(f"{number}.")
        number_label.setFixedWidth(self.fontMetrics().horizontalAdvance("000.") + 4)
        number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(item.text)
        self.text_label.setWordWrap(True)  # long Thai statements wrap instead of being cut
        layout.addWidget(number_label)
        layout.addWidget(self.text_label, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for level in LEVELS:
            button = QRadioButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(level_labels()[level])
            cell = QWidget()
            cell.setFixedWidth(cell_width)
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(cell)
            self.group.addButton(button, level)
            self.buttons[level] = button
        self.group.idClicked.connect(self._clicked)
        self._paint(False)

    def score(self) -> int | None:
        level = self.group.checkedId()
        return level if level in self.buttons else None

    def set_score(self, level: int | None) -> None:
        if level in self.buttons:
            self.buttons[level].setChecked(True)
        else:
            # An exclusive group never unchecks its last button by itself.
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        self.changed.emit()

    def _clicked(self, _level: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text, key = event.text(), event.key()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        if plain and text in SCORE_KEYS:
            self.set_score(SCORE_KEYS[text])
            self.scored.emit()
        elif plain and text in CLEAR_KEYS:
            self.set_score(None)
            self.scored.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_score(None)
        elif key == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif key == Qt.Key.Key_Down:
            self.moved.emit(1)
        else:
            super().keyPressEvent(event)  # Enter, Escape and Tab reach the dialog

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self._paint(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self._paint(False)
        super().focusOutEvent(event)

    def _paint(self, current: bool) -> None:
        palette = self.palette()
        base = QPalette().color(QPalette.ColorRole.Window)
        colour = QPalette().color(QPalette.ColorRole.Highlight) if current else base
        if current:
            colour.setAlpha(60)
        palette.setColor(QPalette.ColorRole.Window, colour)
        self.setPalette(palette)


class SurveyResponseDialog(QDialog):
    """Add (response None) or edit one respondent's form. `saved` is emitted after every
    save, also while the dialog stays open for the next respondent."""

    saved = Signal(int)

    def __init__(self, survey, training_id: int, response: SurveyResponseInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyResponseDialog")
        self.survey = survey
        self.training_id = training_id
        self.response_id = response.id if response is not None else None
        self.saved_id: int | None = None
        self._dirty = False
        self.setWindowTitle(translate("SurveyResponseDialog", "Satisfaction form")
                            if response is None else
                            translate("SurveyResponseDialog", "Satisfaction form of respondent "
                                      "{number}").format(number=response.respondent_no))

        self.respondent_no = QSpinBox(objectName="respondent_no")
        self.respondent_no.setRange(1, 99999)
        self.answered = QLabel(objectName="answered")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("SurveyResponseDialog", "Respondent no.:")))
        top.addWidget(self.respondent_no)
        top.addSpacing(24)
        top.addWidget(self.answered)
        top.addStretch(1)
        self.last_saved = QLabel(objectName="lastSaved")
        top.addWidget(self.last_saved)

        self.cell_width = level_cell_width(self)
        self.rows_box = QWidget(objectName="scoreRows")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.rows_box)
        self.rows: list[ScoreRow] = []

        self.problems = QPlainTextEdit(objectName="problems")
        self.suggestions = QPlainTextEdit(objectName="suggestions")
        texts = QGridLayout()
        for column, (caption, edit) in enumerate((
                (translate("SurveyResponseDialog", "Problems and limits:"), self.problems),
                (translate("SurveyResponseDialog", "Suggestions:"), self.suggestions))):
            edit.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
            texts.addWidget(QLabel(caption), 0, column)
            texts.addWidget(edit, 1, column)

        self.general = QLabel(objectName="generalErrors")
        buttons = save_cancel_buttons(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.next_button = QPushButton(translate("SurveyResponseDialog",
                                                 "Save and next respondent"),
                                       objectName="saveAndNext")
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.clicked.connect(self.save_and_next)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint_label(translate(
            "SurveyResponseDialog", "On a statement, type 1–5 for its level and the cursor moves "
            "to the next one; 0 or Space leaves it blank; Delete clears; ↑ ↓ move. Enter "
            "saves.")))
        layout.addWidget(self._level_header())
        layout.addWidget(self.scroll, 1)
        layout.addLayout(texts)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        # Enter saves: set once the buttons are inside the dialog, or the dialog ignores it and
        # makes the first button it finds (Cancel) the default.
        if response is None:
            self.next_button.setDefault(True)
        else:
            self.next_button.hide()
            self.save_button.setDefault(True)
        self.errors = FormErrors({"respondent_no": self.respondent_no,
                                  "problems": self.problems,
                                  "suggestions": self.suggestions}, self, general=self.general)

        self._build_rows(survey.items(training_id))
        if response is None:
            self.respondent_no.setValue(survey.next_respondent_no(training_id))
        else:
            self._load(response)
        self.respondent_no.valueChanged.connect(self._mark_dirty)
        self.problems.textChanged.connect(self._mark_dirty)
        self.suggestions.textChanged.connect(self._mark_dirty)
        self._dirty = False
        self.resize(960, 720)
        if self.rows:
            self.rows[0].setFocus()

    # --- building ------------------------------------------------------------------------
    def _level_header(self) -> QWidget:
        header = QWidget(objectName="levelHeader")
        row = QHBoxLayout(header)
        # Lined up with the rows: the same margins plus the scroll area's frame and scroll bar.
        scroll_bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = self.scroll.frameWidth()
        row.setContentsMargins(4 + frame, 0, 4 + frame + scroll_bar, 0)
        row.addWidget(heading(translate("SurveyResponseDialog", "Statement")), 1)
        for level, label in level_labels().items():
            cell = QLabel(f"{level}\n{label}")
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFixedWidth(self.cell_width)
            row.addWidget(cell)
        return header

    def _build_rows(self, items: list[SurveyItemRow]) -> None:
        while self.rows_layout.count():
            child = self.rows_layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        self.rows = []
        aspect = None
        for number, item in enumerate(items, start=1):
            if item.aspect != aspect:
                aspect = item.aspect
                title = heading(aspect)
                title.setContentsMargins(4, 8, 4, 2)
                self.rows_layout.addWidget(title)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                self.rows_layout.addWidget(line)
            row = ScoreRow(number, item, self.cell_width)
            row.scored.connect(self._next_row)
            row.moved.connect(self._move)
            row.changed.connect(self._score_changed)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        self.rows_layout.addStretch(1)
        # Tab goes down the statements, then to the remarks (rows are made after the boxes).
        chain = [self.respondent_no, *self.rows, self.problems, self.suggestions]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.save_button.setEnabled(bool(self.rows))
        self.next_button.setEnabled(bool(self.rows))
        if not self.rows:
            self.errors.show_message("scores", translate(
                "SurveyResponseDialog", "The form has no statements yet: add them with "
                "“Edit statements…” first."), focus=False)
        self._update_answered()

    def _load(self, response: SurveyResponseInput) -> None:
        self.respondent_no.setValue(response.respondent_no)
        for row in self.rows:
            row.set_score(response.scores.get(row.item_id))
        self.problems.setPlainText(response.problems)
        self.suggestions.setPlainText(response.suggestions)

    # --- moving about --------------------------------------------------------------------
    def _next_row(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        current = self.sender()
        number = self.rows.index(current) + step if current in self.rows else 0
        if number >= len(self.rows):
            self.problems.setFocus(Qt.FocusReason.TabFocusReason)  # done: on to the remarks
        elif number >= 0:
            self.rows[number].setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(self.rows[number], 0, 40)

    def _score_changed(self) -> None:
        self._mark_dirty()
        self._update_answered()

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def _update_answered(self) -> None:
        done = sum(1 for row in self.rows if row.score() is not None)
        self.answered.setText(translate("SurveyResponseDialog", "Answered {done} of {total}")
                              .format(done=done, total=len(self.rows)))

    # --- saving --------------------------------------------------------------------------
    def collect(self) -> SurveyResponseInput:
        scores = {row.item_id: row.score() for row in self.rows if row.score() is not None}
        return SurveyResponseInput(self.respondent_no.value(), scores,
                                   self.problems.toPlainText(), self.suggestions.toPlainText(),
                                   self.response_id)

    def _save(self) -> bool:
        self.errors.clear()
        try:
            self.saved_id = self.survey.save_response(self.training_id, self.collect())
        except ValidationError as error:
            self.errors.show(error.problems)
            if self.isVisible():
                grow_to_fit(self)
            return False
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "SurveyResponseDialog", "This round or response no longer exists (perhaps "
                "moved to the recycle bin). Nothing was saved."))
            super().reject()
            return False
        self._dirty = False
        self.saved.emit(self.saved_id)
        return True

    def save(self) -> None:
        if self._save():
            self.accept()

    def save_and_next(self) -> None:
        number = self.respondent_no.value()
        if not self._save():
            return
        # The first form of a round gives it its own copy of the template: new item ids.
        self._sync_items(self.survey.items(self.training_id))
        for row in self.rows:
            row.set_score(None)
        self.problems.clear()
        self.suggestions.clear()
        self.respondent_no.setValue(self.survey.next_respondent_no(self.training_id))
        self.last_saved.setText(translate("SurveyResponseDialog", "Respondent {number} saved.")
                                .format(number=number))
        self._dirty = False
        if self.rows:
            self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(self.rows[0])

    def _sync_items(self, items: list[SurveyItemRow]) -> None:
        if [(i.aspect, i.text) for i in items] == [(r.item.aspect, r.item.text)
                                                   for r in self.rows]:
            for row, item in zip(self.rows, items, strict=True):
                row.item_id, row.item = item.id, item
        else:
            self._build_rows(items)

    def reject(self) -> None:
        if self._dirty and any(row.score() is not None for row in self.rows) and not ask(
                self, self.windowTitle(), translate(
                    "SurveyResponseDialog", "Close without saving this respondent's answers?")):
            return
        super().reject()
