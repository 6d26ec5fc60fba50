"""The follow-up panel of a round (step 10): recording how trainees use the skill, and who is
still to be followed up at 3 and 6 months.

Only the blocking exec() of the follow-up form is replaced (through the panel's factory).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox  # noqa: E402
from training_helpers import fill_instead_of_exec, show  # noqa: E402

from wangmuang_desk.db.models import Person, Trainee, Training, TrainingSession  # noqa: E402
from wangmuang_desk.services.training_followup import FollowUpService  # noqa: E402
from wangmuang_desk.services.training_rows import FollowUpInput  # noqa: E402
from wangmuang_desk.ui.trainings.followup_panel import FollowUpPanel  # noqa: E402

TODAY = date(2026, 5, 20)
SIZE = (1200, 560)


@pytest.fixture
def follow(db) -> FollowUpService:
    return FollowUpService(db, today=TODAY)


@pytest.fixture
def round_ids(db) -> dict[str, int]:
    """A two-day round ending 31 Jan 2026 (31/01/2569) with two trainees."""
    with db.session() as s:
        training = Training(fiscal_year=2569, title="อบรมทำลูกประคบสมุนไพร")
        s.add(training)
        s.flush()
        ids = {"round": training.id}
        for seq, day in enumerate((date(2026, 1, 30), date(2026, 1, 31)), start=1):
            s.add(TrainingSession(training_id=training.id, seq=seq, session_date=day))
        for title, first, last in (("นาง", "บุญมี", "น้ำใส"), ("นาย", "สมชาย", "ใจดี")):
            person = Person(title=title, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            trainee = Trainee(training_id=training.id, person_id=person.id)
            s.add(trainee)
            s.flush()
            ids[first] = trainee.id
        return ids


def drive(panel: FollowUpPanel, fill: Callable[[QDialog], None]) -> list[QDialog]:
    return fill_instead_of_exec(panel, "dialog_factory", fill)


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def cells(panel: FollowUpPanel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_add_a_follow_up_and_the_due_list_shrinks(qtbot, follow, round_ids):
    panel = show(qtbot, panel_for(follow, round_ids), SIZE)
    assert "31/01/2569" in panel.status.text()
    assert panel.due_trainees(3) == ["นางบุญมี น้ำใส", "นายสมชาย ใจดี"]
    assert "not yet" in panel.due_tree.topLevelItem(1).text(0)  # 31/07/2569 is still ahead

    def fill(dialog):
        trainee = dialog.findChild(QComboBox, "trainee_id")
        assert trainee.currentIndex() == -1  # chosen on purpose
        trainee.setCurrentIndex(trainee.findText("นายสมชาย ใจดี"))
        type_into(qtbot, dialog, "followed_on", "2/5/2569")
        skill = dialog.findChild(QComboBox, "uses_skill")
        skill.setCurrentIndex(skill.findData(True))
        dialog.findChild(QLineEdit, "occupation").setText("ขายลูกประคบที่ตลาดนัด")
        type_into(qtbot, dialog, "income_before", "3000")
        type_into(qtbot, dialog, "income_after", "4,500.50")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    opened = drive(panel, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert cells(panel) == [["นายสมชาย ใจดี", "02/05/2569", "3", "Yes", "ขายลูกประคบที่ตลาดนัด",
                             "3,000.00", "4,500.50", "+1,500.50"]]
    assert panel.due_trainees(3) == ["นางบุญมี น้ำใส"]
    assert panel.due_trainees(6) == ["นางบุญมี น้ำใส", "นายสมชาย ใจดี"]
    assert panel.selected_follow_up().trainee_name == "นายสมชาย ใจดี"
    assert panel.model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole).name() == "#2e7d32"


def test_a_date_before_the_training_or_a_bad_income_keeps_the_form_open(
        qtbot, follow, round_ids):
    panel = show(qtbot, panel_for(follow, round_ids), SIZE)

    def fill(dialog):
        assert dialog.findChild(QLineEdit, "followed_on").text() == "20/05/2569"  # today
        type_into(qtbot, dialog, "followed_on", "15/01/2569")
        type_into(qtbot, dialog, "income_before", "-5")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.errors.message("trainee_id") == "Choose the trainee."
        assert dialog.errors.message("income_before") == "The amount cannot be negative."
        trainee = dialog.findChild(QComboBox, "trainee_id")
        trainee.setCurrentIndex(0)
        assert dialog.errors.message("trainee_id") is None  # cleared as it is corrected
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.errors.message("followed_on") == (
            "A follow-up comes after the training: its last session was on 31/01/2569.")
        type_into(qtbot, dialog, "followed_on", "21/05/2569")  # tomorrow
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.errors.message("followed_on") == "The date is in the future."
        dialog.done(QDialog.DialogCode.Rejected)

    drive(panel, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert follow.rows(round_ids["round"]) == []


def test_double_click_a_due_trainee_then_edit_and_delete(qtbot, monkeypatch, follow, round_ids):
    follow.save(FollowUpInput(round_ids["สมชาย"], date(2026, 2, 10), False, "รับจ้าง",
                              Decimal(6000), Decimal(5500)))
    panel = show(qtbot, panel_for(follow, round_ids), SIZE)
    assert cells(panel)[0][2:] == ["0", "No", "รับจ้าง", "6,000.00", "5,500.00", "-500.00"]
    assert panel.model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"

    def fill_new(dialog):
        assert dialog.trainee.currentText() == "นางบุญมี น้ำใส"  # the name double-clicked
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # today, nothing else

    drive(panel, fill_new)
    top = panel.due_tree.topLevelItem(0)
    child = top.child(0)
    panel.due_tree.itemDoubleClicked.emit(child, 0)
    assert [row[0] for row in cells(panel)] == ["นางบุญมี น้ำใส", "นายสมชาย ใจดี"]
    assert panel.due_trainees(3) == ["นายสมชาย ใจดี"]

    def fill_edit(dialog):
        assert dialog.findChild(QLineEdit, "occupation").text() == "รับจ้าง"
        type_into(qtbot, dialog, "followed_on", "1/5/2569")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    drive(panel, fill_edit)
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert cells(panel)[1][1:3] == ["01/05/2569", "3"]
    assert panel.due_trainees(3) == []
    assert panel.due_tree.topLevelItem(0).text(1) == "done"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in cells(panel)] == ["นายสมชาย ใจดี"]
    assert panel.due_trainees(3) == ["นางบุญมี น้ำใส"]


def test_a_round_without_sessions_cannot_be_followed_up_yet(qtbot, db, follow):
    with db.session() as s:
        training = Training(fiscal_year=2569, title="อบรมที่ยังไม่จัด")
        s.add(training)
        s.flush()
        tid = training.id
    panel = show(qtbot, FollowUpPanel(follow, tid), SIZE)
    assert not panel.add_button.isEnabled()
    assert panel.due_tree.topLevelItemCount() == 0
    assert "no sessions yet" in panel.status.text()


def panel_for(follow: FollowUpService, ids: dict[str, int]) -> FollowUpPanel:
    return FollowUpPanel(follow, ids["round"])
