"""A training round's workspace, driven the way staff use it, on a real database.

Only the blocking exec() of the small dialogs is replaced (through each panel's factory): the
panel builds the real dialog, the test types and clicks in it, and the panel acts on its real
result.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, time  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from training_helpers import (  # noqa: E402
    START,
    TITLE,
    VENUE,
    choose_step,
    click,
    drive,
    find,
    message_at,
    open_window,
    pick_person,
    type_text,
)

from wangmuang_desk.services.training_rows import SessionInput, TrainingInput  # noqa: E402
from wangmuang_desk.ui.trainings.step_list import DONE_ROLE  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import PersonPicker  # noqa: E402

pytestmark = pytest.mark.usefixtures("questions")  # conftest.py: no real message boxes


# -- the workspace -----------------------------------------------------------------------------

def test_the_ten_steps_show_their_state_and_any_step_opens(qtbot, svc, round_id):
    window = open_window(qtbot, svc, round_id)
    assert window.windowTitle() == f"Training round: {TITLE}"
    assert find(window, QLabel, "roundTitle").text() == TITLE
    assert find(window, QLabel, "statusBadge").text() == "Approved"
    assert "Fiscal year 2570" in find(window, QLabel, "roundDetails").text()
    steps = window.steps
    assert steps.count() == 10
    assert [steps.item(n).data(DONE_ROLE) for n in range(10)] == [True] * 5 + [False] * 5
    assert steps.item(5).text() == "6. Sessions and registration"
    done, line = steps.state_text(3)
    assert done and "2 speaker(s)" in line and line.startswith("20/11/2569")
    assert steps.state_text(4)[1].endswith("3,200.00 baht")
    assert steps.state_text(6) == (False, "0 trainee(s) · 0 session(s)")
    # No documents object: no document buttons.
    assert not find(window, QPushButton, "documents").isVisible()

    # Any step opens, in any order; each panel is made once.
    for step, name in ((8, "CertificatesPanel"), (3, "preparationPage"), (10, "FollowUpPanel"),
                       (9, "surveyPage"), (5, "approvalPage"), (4, "budgetPage"),
                       (7, "EvaluationPanel"), (1, "roundPage"), (2, "roundPage"),
                       (6, "SessionsPanel")):
        panel = choose_step(qtbot, window, step)
        assert panel.objectName() == name
        assert find(window, QLabel, "stepTitle").text().startswith(f"Step {step}: ")
    assert window.stack.count() == 9  # steps 1 and 2 share the round's form


def test_a_step_is_marked_done_and_reopened(qtbot, svc, round_id):
    window = open_window(qtbot, svc, round_id)
    choose_step(qtbot, window, 9)
    button = find(window, QPushButton, "markDone")
    assert button.text() == "Mark this step done"
    assert find(window, QLabel, "stepState").text() == "Not done yet"
    click(qtbot, window, "markDone")
    assert svc.trainings.get(round_id).steps[8].done
    assert window.steps.item(8).data(DONE_ROLE) is True
    assert window.steps.state_text(9)[1].startswith("20/11/2569")
    assert find(window, QLabel, "stepState").text() == "Done on 20/11/2569"
    assert button.text() == "Reopen"
    assert window.changed
    click(qtbot, window, "markDone")
    assert not svc.trainings.get(round_id).steps[8].done
    assert window.steps.item(8).data(DONE_ROLE) is False
    assert window.current_step() == 9  # the list refreshed without losing the step


def test_the_status_changes_only_as_the_rules_allow(qtbot, svc, round_id, questions):
    window = open_window(qtbot, svc, round_id)
    window.status_menu.aboutToShow.emit()  # what opening the menu does
    offered = {a.objectName(): a for a in window.status_menu.actions()}
    assert set(offered) == {"status_planning", "status_running", "status_cancelled"}
    assert offered["status_running"].text() == "Running"
    offered["status_running"].trigger()
    assert svc.trainings.get(round_id).status == "running"
    assert find(window, QLabel, "statusBadge").text() == "Running"

    questions["answer"] = QMessageBox.StandardButton.No
    window.status_menu.aboutToShow.emit()
    offered = {a.objectName(): a for a in window.status_menu.actions()}
    offered["status_cancelled"].trigger()  # asked first; answered No
    assert "Cancel this training round?" in questions["asked"][-1]
    assert svc.trainings.get(round_id).status == "running"


def test_approving_needs_the_council_and_the_service_says_why(qtbot, svc, questions):
    tid = svc.trainings.create(TrainingInput(title=TITLE, planned_start=START))
    window = open_window(qtbot, svc, tid)
    assert window.change_status("approved") is False
    assert questions["warned"] == ["Record the council approval (step 5) first."]
    assert svc.trainings.get(tid).status == "planning"


def test_the_round_form_saves_steps_one_and_two(qtbot, svc, round_id):
    window = open_window(qtbot, svc, round_id)
    page = choose_step(qtbot, window, 2)
    form = page.editor
    title = find(form, QLineEdit, "title")
    assert title.text() == TITLE
    title.clear()
    click(qtbot, page, "save")  # the form's own check: nothing saved
    assert svc.trainings.get(round_id).data.title == TITLE
    type_text(qtbot, title, "อบรมการทำพรมเช็ดเท้า")
    assert page.has_changes()
    choose_step(qtbot, window, 2)  # the same form, scrolled to its target-group part
    qtbot.waitUntil(lambda: page.area.verticalScrollBar().value() > 0)
    assert title.text() == "อบรมการทำพรมเช็ดเท้า"  # an unsaved edit is not reloaded away
    click(qtbot, page, "save")
    assert svc.trainings.get(round_id).data.title == "อบรมการทำพรมเช็ดเท้า"
    assert find(window, QLabel, "roundTitle").text() == "อบรมการทำพรมเช็ดเท้า"
    assert find(page, QLabel, "saveNote").text() == "Saved."
    assert not page.has_changes()


# -- step 6 ------------------------------------------------------------------------------------

def test_sessions_are_added_edited_and_deleted(qtbot, svc, round_id, questions):
    window = open_window(qtbot, svc, round_id)
    panel = choose_step(qtbot, window, 6)
    tab = panel.show_tab("sessions")

    def first(dialog: QDialog) -> None:
        assert find(dialog, QLineEdit, "session_date").text() == "01/12/2569"  # round's start
        assert find(dialog, QLineEdit, "venue").text() == VENUE
        type_text(qtbot, find(dialog, QLineEdit, "start_time"), "9")
        type_text(qtbot, find(dialog, QLineEdit, "end_time"), "12.30")
        assert find(dialog, QLineEdit, "hours").placeholderText() == "3.5"
        type_text(qtbot, find(dialog, QLineEdit, "topic"), "การเลือกวัสดุ")
        speaker = find(dialog, QComboBox, "speaker_id")
        speaker.setCurrentIndex(speaker.findText("นายทองคำ ช่างสาน"))
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "dialog_factory", first)
    click(qtbot, tab, "addSession")
    (row,) = svc.training_sessions.sessions(round_id)
    assert (row.data.start_time, row.data.end_time, row.data.hours) == (
        time(9), time(12, 30), Decimal("3.50"))
    assert (row.data.venue, row.data.topic, row.speaker_name) == (
        VENUE, "การเลือกวัสดุ", "นายทองคำ ช่างสาน")
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "09:00–12:30"
    assert window.steps.state_text(6)[1] == "0 trainee(s) · 1 session(s) · 0 recorded"

    def second(dialog: QDialog) -> None:
        assert find(dialog, QLineEdit, "session_date").text() == "02/12/2569"  # the next day
        find(dialog, QLineEdit, "start_time").setText("13")
        find(dialog, QLineEdit, "end_time").setText("nine")
        click(qtbot, dialog, "save")  # read in the dialog: the message at the field
        assert message_at(dialog, "end_time") == "Type a time such as 09:00 or 13.30."
        find(dialog, QLineEdit, "end_time").setText("11")
        click(qtbot, dialog, "save")  # the service's own rule, at its field
        assert message_at(dialog, "end_time") == "The session ends before it starts."
        assert len(svc.training_sessions.sessions(round_id)) == 1
        find(dialog, QLineEdit, "end_time").setText("16:00")
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "dialog_factory", second)
    click(qtbot, tab, "addSession")
    assert [r.data.hours for r in svc.training_sessions.sessions(round_id)] == [
        Decimal("3.50"), Decimal("3.00")]

    # Edited: the dialog shows the session as saved.
    def edit(dialog: QDialog) -> None:
        assert find(dialog, QLineEdit, "hours").text() == "3"
        find(dialog, QLineEdit, "hours").setText("2.5")
        click(qtbot, dialog, "save")

    tab.table.selectRow(1)
    drive(qtbot, tab, "dialog_factory", edit)
    click(qtbot, tab, "editSession")
    assert svc.training_sessions.sessions(round_id)[1].data.hours == Decimal("2.5")
    assert tab.model.index(1, 4).data() == "2.5"

    click(qtbot, tab, "deleteSession")
    assert "every trainee's percentage changes" in questions["asked"][-1]
    assert len(svc.training_sessions.sessions(round_id)) == 1


def test_trainees_are_registered_from_the_registry_and_removed(qtbot, svc, round_id, people,
                                                               questions):
    window = open_window(qtbot, svc, round_id)
    panel = choose_step(qtbot, window, 6)
    tab = panel.show_tab("trainees")

    def pick(dialog: QDialog) -> None:
        picker = find(dialog, PersonPicker, "person")
        for name in ("สมศรี", "บุญมา", "สมศรี"):
            pick_person(qtbot, picker, name)
        assert dialog.list.count() == 2  # the second สมศรี is not listed twice
        assert find(dialog, QLabel, "notice").text() == "นางสมศรี ใจดี is already on the list."
        assert find(dialog, QPushButton, "register").text() == "Register 2 person(s)"
        click(qtbot, dialog, "register")

    drive(qtbot, tab, "pick_dialog_factory", pick)
    click(qtbot, tab, "addFromRegistry")
    registered = {t.person_id for t in svc.training_sessions.trainees(round_id)}
    assert registered == {people["สมศรี"], people["บุญมา"]}
    assert find(tab, QLabel, "traineeSummary").text() == "2 trainee(s) registered"
    assert window.steps.state_text(6)[1].startswith("2 trainee(s)")

    def pick_again(dialog: QDialog) -> None:
        pick_person(qtbot, find(dialog, PersonPicker, "person"), "สมศรี")
        assert dialog.list.count() == 0
        assert "already registered" in find(dialog, QLabel, "notice").text()

    drive(qtbot, tab, "pick_dialog_factory", pick_again)
    click(qtbot, tab, "addFromRegistry")

    # Someone new is added to the registry on the spot, then registered.
    def new_person(dialog: QDialog) -> None:
        type_text(qtbot, find(dialog, QLineEdit, "first_name"), "ลำดวน")
        type_text(qtbot, find(dialog, QLineEdit, "last_name"), "ชื่นใจ")
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "person_dialog_factory", new_person)
    click(qtbot, tab, "newTrainee")
    names = [t.name for t in svc.training_sessions.trainees(round_id)]
    assert "ลำดวน ชื่นใจ" in names and len(names) == 3

    tab.table.selectRow(0)
    taken = tab.selected_trainee()
    click(qtbot, tab, "removeTrainee")
    assert taken.name in questions["asked"][-1]
    assert len(svc.training_sessions.trainees(round_id)) == 2


def test_attendance_is_typed_into_the_grid(qtbot, svc, round_id, people):
    sessions = svc.training_sessions
    for day in (START, date(2026, 12, 2)):
        sessions.save_session(round_id, SessionInput(day, time(9), time(12)))
    sessions.register(round_id, list(people.values()))
    window = open_window(qtbot, svc, round_id)
    panel = choose_step(qtbot, window, 6)
    panel.show_tab("attendance")
    grid = panel.grid
    assert grid is not None and grid.model().rowCount() == 4
    view = grid.view()
    first_session = grid.model().column_of_session(sessions.sessions(round_id)[0].id)
    view.setCurrentIndex(grid.model().index(0, first_session))
    view.setFocus()
    qtbot.keyClicks(view, "ppap")  # present, present, absent, present: the cursor goes down
    assert grid.has_changes() and panel.has_changes()
    assert grid.save()
    sheet = sessions.attendance_sheet(round_id)
    marks = [sheet.marks.get((t.id, sheet.sessions[0].id)) for t in sheet.trainees]
    assert marks == [True, True, False, True]
    assert svc.trainings.get(round_id).status == "running"
    assert find(window, QLabel, "statusBadge").text() == "Running"
    assert window.steps.state_text(6)[1].endswith("1 recorded")
    # The sessions tab shows the count present.
    tab = panel.show_tab("sessions")
    assert tab.model.index(0, 7).data() == "3"


def test_trainees_are_imported_from_an_excel_list(qtbot, svc, round_id, people, tmp_path):
    from openpyxl import load_workbook

    from wangmuang_desk.services import training_import

    path = training_import.write_template(tmp_path / "list.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.append(["นาง", "มาลี", "ผู้ใหญ่", "", "4", "1", ""])  # already in the registry
    sheet.append(["นาย", "ทองดี", "ปิ่นแก้ว", "", "9", "1", "0812345678"])  # someone new
    book.save(path)
    window = open_window(qtbot, svc, round_id)
    tab = choose_step(qtbot, window, 6).show_tab("trainees")
    assert find(tab, QPushButton, "importTrainees").isEnabled()

    def run(dialog: QDialog) -> None:
        assert find(dialog, QLabel, "roundTitle").text() == TITLE
        dialog.load(path)  # what "Choose file…" does with the file chosen
        assert dialog.preview.can_import
        dialog.import_now()

    drive(qtbot, tab, "import_dialog_factory", run)
    click(qtbot, tab, "importTrainees")
    names = sorted(t.name for t in svc.training_sessions.trainees(round_id))
    assert names == ["นางมาลี ผู้ใหญ่", "นายทองดี ปิ่นแก้ว"]
    assert find(tab, QLabel, "traineeSummary").text() == "2 trainee(s) registered"
