"""The attendance grid of a training round (step 6): a sign-in sheet typed in from the keyboard.

Fast entry goes down a session column: P (or 1) present, A (or 0) absent, and the cursor moves
to the next trainee. Space toggles, Delete clears, Ctrl+A marks the whole session present,
Ctrl+V pastes a column copied from a spreadsheet, Ctrl+S saves. Marks stay unsaved (tinted)
until Save; the save callback gets exactly the changed cells. The table and its keys are in
attendance_view.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import AttendanceSheet
from wangmuang_desk.ui.groups.tab_helpers import ask
from wangmuang_desk.ui.trainings.attendance_model import (
    FIRST_SESSION_COLUMN,
    MOO_COLUMN,
    NAME_COLUMN,
    NUMBER_COLUMN,
    AttendanceModel,
    Mark,
    parse_block,
    session_counts_text,
    session_date_text,
)
from wangmuang_desk.ui.trainings.attendance_view import AttendanceView, MarkDelegate
from wangmuang_desk.ui.widgets.form_errors import problem_text
from wangmuang_desk.ui.widgets.search_box import SearchBox

translate = QCoreApplication.translate

Changes = dict[tuple[int, int], Mark]

_ERROR_STYLE = "color: #c62828;"


class AttendanceGrid(QWidget):
    """Attendance entry for one round.

    `save(changes)` writes the changed cells ((trainee_id, session_id) → True present, False
    absent, None: a saved mark cleared) and may raise ValidationError, shown under the table;
    `reload()` then gives the sheet as saved.
    """

    changesChanged = Signal(int)  # unsaved cells
    saved = Signal()

    def __init__(self, sheet: AttendanceSheet, save: Callable[[Changes], None],
                 reload: Callable[[], AttendanceSheet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._reload = reload
        self._model = AttendanceModel(sheet, self)
        self._build()
        self._model.changesChanged.connect(self._changes_changed)
        self._model.dataChanged.connect(self._cells_changed)
        self._view.selectionModel().currentChanged.connect(lambda *_: self._update_counts())
        self._fit_columns()
        self._go_to_first_cell()
        self._changes_changed(0)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self._mark_all = self._action(
            "markAllPresent", translate("AttendanceGrid", "Mark everyone present in this session"),
            self.mark_column_present, translate("AttendanceGrid", "Ctrl+A in the table"))
        self._clear = self._action(
            "clearSession", translate("AttendanceGrid", "Clear this session"), self.clear_column)
        self._save_action = self._action(
            "saveAttendance", translate("AttendanceGrid", "Save"), self.save,
            QKeySequence(QKeySequence.StandardKey.Save))
        self._revert_action = self._action(
            "revertAttendance", translate("AttendanceGrid", "Revert"), self._revert_asked)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(lambda: self._find.setFocus())
        self.addAction(find_action)

        self._find = SearchBox(objectName="findTrainee")
        self._find.setPlaceholderText(translate("AttendanceGrid", "Find a name or number…"))
        self._find.setToolTip(translate("AttendanceGrid", "Down and Up go to the next and previous "
                                                   "match, Enter goes to the table"))
        self._find.searchChanged.connect(lambda text: self.find_trainee(text))
        self._find.returnPressed.connect(self._view_focus)
        self._find.installEventFilter(self)

        tools = QToolBar(objectName="attendanceTools")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self._mark_all)
        tools.addAction(self._clear)
        tools.addSeparator()
        tools.addWidget(self._find)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tools.addWidget(spacer)
        tools.addAction(self._save_action)
        tools.addAction(self._revert_action)

        self._view = AttendanceView(objectName="attendanceTable")
        self._view.setModel(self._model)
        self._delegate = MarkDelegate(self._view)
        self._delegated = 0  # columns given a delegate so far
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setWordWrap(False)
        self._view.verticalHeader().hide()
        # Thai stacks vowels and tone marks above and below the line: more height per row.
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 10)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._view.doubleClicked.connect(self._double_clicked)
        self._view.saveRequested.connect(self.save)
        self._view.markColumnRequested.connect(self.mark_column_present)
        self._view.pasteRequested.connect(self.paste)

        self._changes_label = QLabel(objectName="changesLabel")
        self._counts_label = QLabel(objectName="sessionCountsLabel")
        self._error = QLabel(objectName="attendanceError")
        self._error.setStyleSheet(_ERROR_STYLE)
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.hide()
        status = QHBoxLayout()
        status.setContentsMargins(6, 0, 6, 4)
        status.addWidget(self._changes_label)
        status.addStretch(1)
        status.addWidget(self._counts_label)

        self.setFocusProxy(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._error)
        self._error.setContentsMargins(6, 0, 6, 0)
        layout.addLayout(status)

    def _action(self, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self, objectName=name)
        action.triggered.connect(lambda _checked=False: slot())
        if isinstance(shortcut, QKeySequence):
            action.setShortcut(shortcut)
            # Added to the grid itself too, so the key works from the table and the search box.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        elif shortcut:
            action.setToolTip(f"{text} ({shortcut})")
        return action

    def _fit_columns(self) -> None:
        """Widths from the header and the names, measured once per sheet: asking the view to
        fit its contents would paint-measure every cell (3,000 at a full round's size)."""
        model, view = self._model, self._view
        count = model.columnCount()
        # The stroke-drawing delegate only where marks are: other cells keep Qt's own.
        for column in range(max(count, self._delegated)):
            view.setItemDelegateForColumn(
                column, self._delegate if model.is_session_column(column) else None)
        self._delegated = count
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        widest = {
            NUMBER_COLUMN: str(model.rowCount()),
            NAME_COLUMN: max((t.name for t in model.sheet.trainees), key=metrics.horizontalAdvance,
                             default=""),
            MOO_COLUMN: "99",
            model.attended_column: f"{model.planned}/{model.planned}",
            model.percent_column: "100.0%",
        }
        for column in range(count):
            content = metrics.horizontalAdvance(widest.get(column, "")) + padding
            least = 64 if model.is_session_column(column) else 0
            header.resizeSection(column, max(header.sectionSizeHint(column), content, least))

    # -- public ----------------------------------------------------------------------------

    def model(self) -> AttendanceModel:
        return self._model

    def view(self) -> AttendanceView:
        return self._view

    def changes(self) -> Changes:
        return self._model.changes()

    def has_changes(self) -> bool:
        return self._model.change_count() > 0

    def current_session_column(self) -> int:
        """The session the cursor is in, or -1."""
        current = self._view.currentIndex()
        if current.isValid() and self._model.is_session_column(current.column()):
            return current.column()
        return -1

    def mark_column_present(self) -> int:
        return self._fill_current_column(True)

    def clear_column(self) -> int:
        return self._fill_current_column(None)

    def save(self) -> bool:
        """Save the changes; False (with the message shown) when the service refused them."""
        changes = self._model.changes()
        if not changes:
            return True
        try:
            self._save(changes)
        except ValidationError as error:
            self._show_error("\n".join(problem_text(p) for p in error.problems))
            return False
        except NotFoundError:  # the round went to the recycle bin meanwhile
            self._show_error(translate("AttendanceGrid", "This training round is no longer "
                                       "there (recycle bin); nothing was saved."))
            return False
        self._hide_error()
        self.set_sheet(self._reload())
        self.saved.emit()
        return True

    def revert(self) -> None:
        self._hide_error()
        self._model.revert()

    def set_sheet(self, sheet: AttendanceSheet) -> None:
        """Show a reloaded sheet, keeping the cursor on the same trainee and session."""
        current = self._view.currentIndex()
        trainee = self._model.trainee_at(current.row()) if current.isValid() else None
        session = self._model.session_at(current.column()) if current.isValid() else None
        scroll = self._view.verticalScrollBar().value()
        self._model.set_sheet(sheet)
        self._fit_columns()
        row = self._model.row_of_trainee(trainee.id) if trainee else -1
        column = self._model.column_of_session(session.id) if session else -1
        if row >= 0 and column >= 0:
            self._view.setCurrentIndex(self._model.index(row, column))
            self._view.verticalScrollBar().setValue(scroll)
        else:
            self._go_to_first_cell()

    def paste(self) -> bool:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Put a block copied from a spreadsheet (a column of 1/0, ✓/✗, มา/ขาด) at the cursor.

        All or nothing: one value that is not a mark and nothing changes. A single value fills
        every selected cell, as spreadsheets do.
        """
        try:
            marks = parse_block(text)
        except ValueError as error:
            self._show_error(translate(
                "AttendanceGrid", "“{value}” is not a mark: use 1 or 0, มา or ขาด. Nothing was "
                "pasted.").format(value=str(error)))
            return False
        selected = [i for i in self._view.selectionModel().selectedIndexes()
                    if self._model.is_session_column(i.column())]
        if len(marks) == 1 and len(marks[0]) == 1 and len(selected) > 1:
            self._model.set_marks({(i.row(), i.column()): marks[0][0] for i in selected})
            self._hide_error()
            return True
        start = min(selected, key=lambda i: (i.row(), i.column())) if selected else (
            self._view.currentIndex())
        if not start.isValid() or not self._model.is_session_column(start.column()):
            self._show_error(translate("AttendanceGrid",
                                       "Choose a session column before pasting."))
            return False
        left_out = self._model.place_block(start.row(), start.column(), marks)
        if left_out:
            self._show_error(translate(
                "AttendanceGrid", "%n value(s) did not fit in the table and were left out.",
                "", left_out))
        else:
            self._hide_error()
        return True

    def find_trainee(self, text: str, step: int = 0) -> bool:
        """Go to the first trainee whose name holds `text` (or whose number it is); `step`
        1 / -1 goes to the next / previous match after the cursor."""
        current = self._view.currentIndex()
        row = self._model.find_row(text, current.row() if current.isValid() else 0, step)
        if row < 0:
            return False
        column = self.current_session_column()
        index = self._model.index(row, column if column >= 0 else self._first_column())
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- reacting --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._find and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._find.flush()
                self.find_trainee(self._find.text(), 1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _revert_asked(self) -> None:
        count = self._model.change_count()
        if ask(self, translate("AttendanceGrid", "Revert"),
               translate("AttendanceGrid", "Throw away %n change(s) not saved?", "", count)):
            self.revert()

    def _view_focus(self) -> None:
        self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fill_current_column(self, mark: Mark) -> int:
        return self._model.fill_column(self.current_session_column(), mark)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self._model.is_session_column(index.column()):
            self._model.set_mark(index.row(), index.column(),
                                 self._model.mark(index.row(), index.column()) is not True)

    def _first_column(self) -> int:
        return FIRST_SESSION_COLUMN if self._model.planned else NAME_COLUMN

    def _go_to_first_cell(self) -> None:
        if self._model.rowCount():
            self._view.setCurrentIndex(self._model.index(0, self._first_column()))
        self._update_counts()

    def _changes_changed(self, count: int) -> None:
        self._save_action.setEnabled(count > 0)
        self._revert_action.setEnabled(count > 0)
        self._changes_label.setText(
            translate("AttendanceGrid", "%n change(s) not saved", "", count) if count
            else translate("AttendanceGrid", "No changes to save"))
        self.changesChanged.emit(count)

    def _cells_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if top_left.column() <= self.current_session_column() <= bottom_right.column():
            self._update_counts()

    def _update_counts(self) -> None:
        column = self.current_session_column()
        self._mark_all.setEnabled(column >= 0)
        self._clear.setEnabled(column >= 0)
        if column < 0:
            self._counts_label.setText(
                translate("AttendanceGrid", "%n trainee(s)", "", self._model.rowCount()))
            return
        session = self._model.session_at(column)
        present, absent, blank = self._model.session_counts(column)
        title = translate("AttendanceGrid", "Session {number} ({date})").format(
            number=session.seq, date=session_date_text(session.data.session_date))
        self._counts_label.setText(f"{title}: {session_counts_text(present, absent, blank)}")

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _hide_error(self) -> None:
        self._error.clear()
        self._error.hide()
