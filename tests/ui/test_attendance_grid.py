"""The attendance grid of a training round, driven from the keyboard the way the desk types in
a paper sign-in sheet: click a cell, P / A / Space / Delete down a session column, paste a
column from a spreadsheet, save. The sheet is built in memory; save and reload are stand-ins.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLabel, QMessageBox  # noqa: E402

from wangmuang_desk.services.errors import NotFoundError, ValidationError  # noqa: E402
from wangmuang_desk.services.training_rows import (  # noqa: E402
    AttendanceSheet,
    SessionInput,
    SessionRow,
    TraineeRow,
)
from wangmuang_desk.ui.trainings.attendance_grid import AttendanceGrid  # noqa: E402
from wangmuang_desk.ui.trainings.attendance_model import (  # noqa: E402
    BELOW_BACKGROUND,
    BELOW_THRESHOLD_ROLE,
    DIRTY_ROLE,
    FIRST_SESSION_COLUMN,
    MARK_ROLE,
    parse_mark,
)
from wangmuang_desk.ui.widgets.search_box import SearchBox  # noqa: E402

FIRST_DAY = date(2026, 11, 20)  # 20 พ.ย. 2569
NAMES = ["นางสมศรี ใจดี", "นายบุญมี ทองคำ", "นางสาวน้ำฝน ศรีสุข", "นายทองใบ ผู้ใหญ่",
         "นางกิ่งแก้ว ทองคำ"]


def make_sheet(trainees: int = 5, sessions: int = 5,
               marks: dict[tuple[int, int], bool] | None = None,
               threshold: int = 80) -> AttendanceSheet:
    """Trainees 1..n (ids 1001..), sessions a week apart (ids 101..)."""
    rows = tuple(
        SessionRow(101 + n, n + 1, SessionInput(FIRST_DAY + timedelta(days=7 * n)), "", 0, False)
        for n in range(sessions))
    people = tuple(
        TraineeRow(1001 + n, 5001 + n, NAMES[n] if n < len(NAMES) else f"ผู้เข้าอบรม {n + 1}",
                   "", "", n % 10 + 1, "", "", None, None, None, "")
        for n in range(trainees))
    return AttendanceSheet(7, rows, people, dict(marks or {}), threshold)


class Desk:
    """The save and reload callbacks: keeps what was saved, like the service would."""

    def __init__(self, sheet: AttendanceSheet) -> None:
        self.sheet = sheet
        self.saved: list[dict] = []
        self.refuse: Exception | None = None

    def save(self, changes: dict) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.saved.append(dict(changes))
        marks = dict(self.sheet.marks)
        for key, value in changes.items():
            if value is None:
                marks.pop(key, None)
            else:
                marks[key] = value
        self.sheet = AttendanceSheet(self.sheet.training_id, self.sheet.sessions,
                                     self.sheet.trainees, marks, self.sheet.threshold)

    def reload(self) -> AttendanceSheet:
        return self.sheet


def open_grid(qtbot, sheet: AttendanceSheet) -> tuple[AttendanceGrid, Desk]:
    desk = Desk(sheet)
    grid = AttendanceGrid(sheet, desk.save, desk.reload)
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    grid.show()
    with qtbot.waitActive(grid):
        grid.activateWindow()
    return grid, desk


def click_cell(qtbot, grid: AttendanceGrid, row: int, column: int) -> None:
    view = grid.view()
    index = grid.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def session(n: int) -> int:
    """The column of session n (1-based)."""
    return FIRST_SESSION_COLUMN + n - 1


def mark(grid: AttendanceGrid, row: int, column: int):
    return grid.model().index(row, column).data(MARK_ROLE)


def type_text(widget, char: str) -> None:
    # A Thai keyboard layout sends each character as key text with no Latin key code.
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                       Qt.KeyboardModifier.NoModifier)


def button(grid: AttendanceGrid, name: str) -> QAction:
    action = grid.findChild(QAction, name)
    assert action is not None, name
    return action


# --- what the grid shows ----------------------------------------------------------------------

def test_columns_headers_and_marks(qtbot):
    marks = {(1001, 101): True, (1001, 102): False}
    grid, _desk = open_grid(qtbot, make_sheet(marks=marks))
    model = grid.model()
    assert model.columnCount() == 3 + 5 + 2
    header = model.headerData(session(1), Qt.Orientation.Horizontal)
    assert header == "Session 1\n20 พ.ย. 69"
    assert model.headerData(session(3), Qt.Orientation.Horizontal).endswith("4 ธ.ค. 69")
    assert model.index(0, 0).data() == "1"
    assert model.index(0, 1).data() == "นางสมศรี ใจดี"
    assert model.index(0, 2).data() == "1"  # หมู่
    assert model.index(0, session(1)).data() == "✓"
    assert model.index(0, session(2)).data() == "✗"
    assert model.index(0, session(3)).data() == ""
    assert model.index(0, model.attended_column).data() == "1/5"
    assert model.index(0, model.percent_column).data() == "20.0%"
    # The two-line session headers get a header tall enough for both lines.
    view = grid.view()
    two_lines = 2 * view.horizontalHeader().fontMetrics().height()
    assert view.horizontalHeader().height() >= two_lines
    assert grid.findChild(QLabel, "changesLabel").text() == "No changes to save"


# --- keys -------------------------------------------------------------------------------------

def test_space_toggles_in_place(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    view = grid.view()
    click_cell(qtbot, grid, 1, session(2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert mark(grid, 1, session(2)) is True
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert mark(grid, 1, session(2)) is False
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert mark(grid, 1, session(2)) is True
    assert view.currentIndex().row() == 1
    assert grid.changes() == {(1002, 102): True}


def test_p_a_delete_mark_and_move_down_the_session(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet(marks={(1005, 101): True}))
    view = grid.view()
    click_cell(qtbot, grid, 0, session(1))
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.currentIndex().row() == 4
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the last trainee: stays there
    assert view.currentIndex() == grid.model().index(4, session(1))
    assert [mark(grid, row, session(1)) for row in range(5)] == [True, False, True, False, None]
    # Delete on a saved mark is a change too: the saved record is to be removed.
    assert grid.changes() == {(1001, 101): True, (1002, 101): False, (1003, 101): True,
                              (1004, 101): False, (1005, 101): None}
    assert grid.findChild(QLabel, "changesLabel").text() == "5 change(s) not saved"
    assert grid.model().index(0, session(1)).data(DIRTY_ROLE) is True


def test_thai_keyboard_keys_and_enter(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    view = grid.view()
    click_cell(qtbot, grid, 0, session(3))
    type_text(view, "ย")  # the P key on a Thai layout
    type_text(view, "ฟ")  # the A key
    type_text(view, "ๅ")  # the 1 key
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter only moves down
    type_text(view, "จ")  # the 0 key
    assert [mark(grid, row, session(3)) for row in range(5)] == [True, False, True, None, False]
    # Ordinary Thai letters type nothing into the grid.
    click_cell(qtbot, grid, 0, session(4))
    type_text(view, "ก")
    assert mark(grid, 0, session(4)) is None


def test_a_mark_repaints_only_its_cell_and_its_totals(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    model = grid.model()
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): seen.append(
        (a.row(), a.column(), b.row(), b.column())))
    click_cell(qtbot, grid, 2, session(4))
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.keyClick(grid.view(), Qt.Key.Key_P)
    assert seen == [(2, session(4), 2, session(4)),
                    (2, model.attended_column, 2, model.percent_column)]


def test_percent_over_all_planned_sessions_and_colour_under_threshold(qtbot):
    # Four sessions held, one still to come: 4 of 5 is 80 %, just enough.
    marks = {(1001, 100 + n): True for n in range(1, 5)}
    grid, _desk = open_grid(qtbot, make_sheet(marks=marks))
    model = grid.model()
    percent = model.index(0, model.percent_column)
    assert percent.data() == "80.0%"
    assert percent.data(BELOW_THRESHOLD_ROLE) is False
    assert percent.data(Qt.ItemDataRole.BackgroundRole) is None
    click_cell(qtbot, grid, 0, session(2))
    qtbot.keyClick(grid.view(), Qt.Key.Key_A)
    assert percent.data() == "60.0%"
    assert model.index(0, model.attended_column).data() == "3/5"
    assert percent.data(BELOW_THRESHOLD_ROLE) is True
    assert percent.data(Qt.ItemDataRole.BackgroundRole) == BELOW_BACKGROUND
    # Nobody else has anything yet: all under the threshold.
    assert model.index(1, model.percent_column).data(BELOW_THRESHOLD_ROLE) is True


# --- saving -----------------------------------------------------------------------------------

def test_save_sends_exactly_the_changes_and_reloads(qtbot):
    grid, desk = open_grid(qtbot, make_sheet(marks={(1002, 102): True, (1003, 102): False}))
    view = grid.view()
    save, revert = button(grid, "saveAttendance"), button(grid, "revertAttendance")
    assert not save.isEnabled() and not revert.isEnabled()
    click_cell(qtbot, grid, 0, session(2))
    for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_P):  # 1002 was present already
        qtbot.keyClick(view, key)
    assert save.isEnabled() and revert.isEnabled()
    with qtbot.waitSignal(grid.saved):
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert desk.saved == [{(1001, 102): True, (1003, 102): True}]
    assert grid.changes() == {}
    assert not save.isEnabled() and not revert.isEnabled()
    assert mark(grid, 2, session(2)) is True
    assert grid.model().index(2, session(2)).data(DIRTY_ROLE) is False
    # The cursor stays where it was after the reload.
    assert view.currentIndex() == grid.model().index(3, session(2))
    assert grid.findChild(QLabel, "changesLabel").text() == "No changes to save"


def test_save_refused_shows_the_message_and_keeps_the_changes(qtbot):
    grid, desk = open_grid(qtbot, make_sheet())
    desk.refuse = ValidationError.single("", "The round was cancelled; attendance is closed.")
    click_cell(qtbot, grid, 0, session(1))
    qtbot.keyClick(grid.view(), Qt.Key.Key_P)
    button(grid, "saveAttendance").trigger()
    error = grid.findChild(QLabel, "attendanceError")
    assert error.isVisible()
    assert error.text() == "The round was cancelled; attendance is closed."
    assert grid.changes() == {(1001, 101): True}
    desk.refuse = NotFoundError(7)  # the round went to the recycle bin meanwhile
    assert grid.save() is False
    assert "nothing was saved" in error.text()
    desk.refuse = None
    assert grid.save() is True
    assert not error.isVisible()
    assert desk.saved == [{(1001, 101): True}]


def test_revert_asks_then_goes_back_to_the_saved_sheet(qtbot, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    grid, desk = open_grid(qtbot, make_sheet(marks={(1001, 101): False}))
    click_cell(qtbot, grid, 0, session(1))
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_P):
        qtbot.keyClick(grid.view(), key)
    revert = button(grid, "revertAttendance")
    revert.trigger()  # answered No
    assert len(grid.changes()) == 3
    revert.trigger()
    assert grid.changes() == {}
    assert [mark(grid, row, session(1)) for row in range(3)] == [False, None, None]
    assert grid.model().index(0, grid.model().attended_column).data() == "0/5"
    assert not revert.isEnabled()
    assert desk.saved == []


# --- whole sessions ---------------------------------------------------------------------------

def test_mark_everyone_present_then_the_absentees(qtbot):
    grid, desk = open_grid(qtbot, make_sheet(marks={(1002, 103): False}))
    view = grid.view()
    click_cell(qtbot, grid, 0, session(3))
    button(grid, "markAllPresent").trigger()
    assert [mark(grid, row, session(3)) for row in range(5)] == [True] * 5
    counts = grid.findChild(QLabel, "sessionCountsLabel").text()
    assert counts == "Session 3 (4 ธ.ค. 69): 5 present, 0 absent, 0 not recorded"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert grid.findChild(QLabel, "sessionCountsLabel").text().endswith(
        "4 present, 1 absent, 0 not recorded")
    grid.save()
    assert desk.saved == [{(1001, 103): True, (1002, 103): True, (1003, 103): False,
                           (1004, 103): True, (1005, 103): True}]


def test_ctrl_a_marks_the_column_and_clear_empties_it(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    view = grid.view()
    # A click on the session's header selects the column and puts the cursor in it.
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(session(2)) + 10, 10))
    assert grid.current_session_column() == session(2)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert [mark(grid, row, session(2)) for row in range(5)] == [True] * 5
    assert mark(grid, 0, session(1)) is None
    button(grid, "clearSession").trigger()
    assert [mark(grid, row, session(2)) for row in range(5)] == [None] * 5
    assert grid.changes() == {}
    # Outside a session column there is nothing to mark.
    click_cell(qtbot, grid, 0, 1)
    assert not button(grid, "markAllPresent").isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert grid.changes() == {}


# --- pasting from a spreadsheet ---------------------------------------------------------------

def test_paste_a_column_from_a_spreadsheet(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet(trainees=6))
    click_cell(qtbot, grid, 0, session(2))
    QGuiApplication.clipboard().setText("1\r\n0\r\nมา\r\nขาด\r\n✓\r\n✗\r\n")
    qtbot.keyClick(grid.view(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [mark(grid, row, session(2)) for row in range(6)] == [
        True, False, True, False, True, False]
    assert len(grid.changes()) == 6


def test_paste_refuses_a_value_that_is_not_a_mark(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    click_cell(qtbot, grid, 0, session(1))
    assert grid.paste_text("1\n1\nป่วย\n1\n") is False
    assert grid.changes() == {}
    error = grid.findChild(QLabel, "attendanceError")
    assert error.isVisible() and "ป่วย" in error.text()


def test_paste_past_the_last_trainee_is_left_out_and_said(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    click_cell(qtbot, grid, 3, session(5))
    assert grid.paste_text("1\t1\n0\t0\n1\t1\n")  # three rows, two columns, from row 4
    assert [mark(grid, row, session(5)) for row in (3, 4)] == [True, False]
    assert grid.findChild(QLabel, "attendanceError").text() == (
        "4 value(s) did not fit in the table and were left out.")


def test_spreadsheet_values():
    assert [parse_mark(v) for v in ("1", "๑", "✓", "/", "มา", " P ", "")] == [
        True, True, True, True, True, True, None]
    assert [parse_mark(v) for v in ("0", "๐", "✗", "x", "ขาด", "ลา", "a")] == [False] * 7
    with pytest.raises(ValueError):
        parse_mark("2")


# --- finding a trainee ------------------------------------------------------------------------

def test_find_a_name_then_mark(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet())
    view = grid.view()
    click_cell(qtbot, grid, 0, session(2))
    find = grid.findChild(SearchBox, "findTrainee")
    find.setFocus()
    find.setText("ทองคำ")  # Thai is set directly: QTest cannot type it
    find.flush()
    assert view.currentIndex() == grid.model().index(1, session(2))
    qtbot.keyClick(find, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 4
    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert grid.changes() == {(1005, 102): False}
    assert grid.find_trainee("3")
    assert view.currentIndex().row() == 2
    assert not grid.find_trainee("ไม่มีชื่อนี้")


# --- a full round -----------------------------------------------------------------------------

def test_two_hundred_trainees_ten_sessions(qtbot):
    grid, desk = open_grid(qtbot, make_sheet(trainees=200, sessions=10))
    view = grid.view()
    model = grid.model()
    assert model.rowCount() == 200
    for column in (session(1), session(2)):
        click_cell(qtbot, grid, 0, column)
        for row in range(200):
            qtbot.keyClick(view, Qt.Key.Key_A if row % 10 == 9 else Qt.Key.Key_P)
    assert model.session_counts(session(1)) == (180, 20, 0)
    assert model.session_counts(session(2)) == (180, 20, 0)
    assert len(grid.changes()) == 400
    # 2 of 10 planned sessions so far: everyone is under 80 % until the rest are held.
    assert model.index(0, model.percent_column).data() == "20.0%"
    assert model.index(199, model.attended_column).data() == "0/10"
    assert model.index(0, model.percent_column).data(BELOW_THRESHOLD_ROLE) is True
    assert grid.save()
    assert len(desk.saved[0]) == 400
    assert model.rowCount() == 200 and grid.changes() == {}
    assert view.currentIndex() == model.index(199, session(2))


def test_a_round_without_sessions_or_trainees_yet(qtbot):
    grid, _desk = open_grid(qtbot, make_sheet(trainees=3, sessions=0))
    model = grid.model()
    assert model.columnCount() == 5
    assert model.index(0, model.percent_column).data() == "0%"
    click_cell(qtbot, grid, 0, 1)
    qtbot.keyClick(grid.view(), Qt.Key.Key_P)
    assert grid.changes() == {}
    assert not button(grid, "markAllPresent").isEnabled()
    empty, _desk = open_grid(qtbot, make_sheet(trainees=0, sessions=3))
    assert empty.model().rowCount() == 0
    assert not empty.paste_text("1\n")
    assert empty.findChild(QLabel, "sessionCountsLabel").text() == "0 trainee(s)"
