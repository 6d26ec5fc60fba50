"""The new-round wizard driven like staff would: the five pages filled and Next clicked, a page
with a problem refusing to go on with the message at the field, a budget line over its ceiling
warned about but not refused, Finish writing the round in one go (or nothing, with the problem
shown on its page), Cancel writing nothing. Also the step editors on their own, as the round's
workspace embeds them: what set_value() is given, value() gives back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QDialog,
    QMessageBox,
    QTableView,
    QWizard,
)
from training_helpers import type_text  # noqa: E402

from wangmuang_desk.services.group_rows import GroupInput  # noqa: E402
from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.rows import PersonInput, SageInput  # noqa: E402
from wangmuang_desk.services.training_rows import (  # noqa: E402
    ApprovalInput,
    BudgetLineInput,
    ChecklistInput,
    PartnerInput,
    PreparationInput,
    SpeakerInput,
    TrainingInput,
)
from wangmuang_desk.ui.trainings.approval_form import ApprovalForm  # noqa: E402
from wangmuang_desk.ui.trainings.budget_editor import BudgetEditor  # noqa: E402
from wangmuang_desk.ui.trainings.new_round_wizard import NewRoundWizard  # noqa: E402
from wangmuang_desk.ui.trainings.preparation_editor import PreparationEditor  # noqa: E402
from wangmuang_desk.ui.trainings.round_form import RoundForm  # noqa: E402
from wangmuang_desk.ui.trainings.wizard_pages import PAGE_KEYS  # noqa: E402

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
TODAY = date(2026, 11, 20)  # fiscal year 2570
TITLE = "อบรมการแปรรูปกล้วยน้ำว้า"
SAGE = ("นาง", "บุญมา", "รักถิ่น")


@pytest.fixture
def svc(services, villages):
    for name in ("trainings", "training_budget"):
        getattr(services, name)._today = TODAY
    return services


@pytest.fixture
def group_id(svc, villages) -> int:
    return svc.groups.save(None, GroupInput(name="กลุ่มแม่บ้านแปรรูปกล้วย",
                                            group_type="processing",
                                            village_id=villages[2].id))


@pytest.fixture
def sage_id(svc, villages) -> int:
    title, first, last = SAGE
    person = svc.people.add(PersonInput(title=title, first_name=first, last_name=last,
                                        village_id=villages[2].id))
    return svc.sages.save(None, SageInput(person, expertise="แปรรูปกล้วย", can_teach=True))


@pytest.fixture
def answers(monkeypatch):
    """Replies to QMessageBox.question, in order; the questions asked are recorded."""
    replies: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        assert replies, f"unexpected question: {text}"
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return replies, asked


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Double-click a cell, type over what it held, press Enter."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=15_000)


def tick(qtbot, box) -> None:
    """Click the box itself (the widget is as wide as the form; its right part is empty)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click_check(qtbot, view, index) -> None:
    """Click the tick box at the left of an item or cell."""
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()))


def settle(wizard: NewRoundWizard) -> None:
    """Closing a wizard left open by a test through done(), which asks nothing (a question
    at teardown would have nobody to answer it)."""
    wizard.done(QDialog.DialogCode.Rejected)


def open_wizard(qtbot, services) -> NewRoundWizard:
    wizard = NewRoundWizard(services)
    qtbot.addWidget(wizard, before_close_func=settle)
    wizard.resize(1000, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def on_page(wizard: NewRoundWizard) -> str:
    return PAGE_KEYS[wizard.currentId()]


def fill_topic(qtbot, wizard: NewRoundWizard, title: str = TITLE) -> None:
    form = wizard.topic_page.form
    type_text(qtbot, form.title, title)
    type_text(qtbot, form.rationale, "ประชาคมหมู่ 2 ขอให้จัดอบรม")


def fill_target(qtbot, wizard: NewRoundWizard, villages) -> None:
    form = wizard.target_page.form
    for moo in (1, 2):
        row = next(n for n in range(form.village_model.rowCount())
                   if form.village_model.item(n).data(Qt.ItemDataRole.UserRole + 1)
                   == villages[moo].id)
        click_check(qtbot, form.village_list, form.village_model.index(row, 0))
    qtbot.keyClicks(form.planned_start, "1/12/2569")
    qtbot.keyClicks(form.planned_end, "2/12/2569")
    form.target_count.setValue(25)
    qtbot.keyClicks(form.duration_hours, "12")
    type_text(qtbot, form.venue, "ศาลาประชาคมหมู่ 2")


def next_page(qtbot, wizard: NewRoundWizard) -> None:
    click(qtbot, wizard.button(NEXT))


# --- the whole way through -------------------------------------------------------------------
def test_a_round_is_recorded_with_its_speakers_budget_and_approval(
        qtbot, svc, villages, group_id, sage_id, monkeypatch):
    wizard = open_wizard(qtbot, svc)
    assert on_page(wizard) == "topic"
    fill_topic(qtbot, wizard)
    topic = wizard.topic_page.form
    topic.origin_kind.setCurrentIndex(topic.origin_kind.findData("group"))
    assert topic.origin_choice.currentData() == group_id
    next_page(qtbot, wizard)

    assert on_page(wizard) == "target"
    fill_target(qtbot, wizard, villages)
    assert "2570" in wizard.target_page.form.fiscal_year_label.text()
    next_page(qtbot, wizard)

    # Step 3: the local sage picked from the registry, and an outside speaker typed in.
    assert on_page(wizard) == "preparation"
    editor = wizard.preparation_page.editor
    assert editor.checklist_model.rowCount() == len(svc.training_preparation.default_checklist())

    def pick_first(dialog) -> int:
        dialog.choose_row(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(editor, "sage_dialog_factory", lambda *args: _driven(
        args, pick_first))
    click(qtbot, editor.add_sage_button)
    click(qtbot, editor.add_outside_button)
    qtbot.waitUntil(lambda: editor.speakers.indexWidget(
        editor.speakers_model.index(1, 0)) is not None, timeout=15_000)
    qtbot.keyClick(editor.speakers.indexWidget(editor.speakers_model.index(1, 0)),
                   Qt.Key.Key_Escape)
    edit_cell(qtbot, editor.speakers, 1, 0, "Somsri Jaidee")
    edit_cell(qtbot, editor.speakers, 1, 1, "กศน.อำเภอวังม่วง")
    click_check(qtbot, editor.speakers, editor.speakers_model.index(1, 2))
    next_page(qtbot, wizard)

    # Step 4: the non-state speaker's fee from the quick-add menu, then over its ceiling.
    assert on_page(wizard) == "budget"
    budget = wizard.budget_page.editor
    menu = budget.quick_buttons["speaker"].menu()
    dearer = next(a for a in menu.actions() if "1,200.00" in a.text())
    dearer.trigger()
    line = budget.value()[0]
    assert (line.category, line.quantity, line.times, line.rate) == (
        "speaker", 1, 12, Decimal("1200.00"))
    assert not budget.warnings_label.isVisible()
    edit_cell(qtbot, budget.table, 0, budget.model.column("rate"), "1500")
    assert budget.value()[0].rate == Decimal(1500)
    assert budget.warnings_label.isVisible()
    assert "1,500.00" in budget.warnings_label.text()
    assert budget.model.index(0, budget.model.column("warning")).data()
    lunch = next(a for a in budget.quick_buttons["meal"].menu().actions()
                 if "200.00" in a.text())
    lunch.trigger()
    assert budget.value()[1].quantity == 25 and budget.value()[1].times == 2  # 25 people, 2 days
    total = Decimal(12 * 1500 + 25 * 2 * 200)
    assert budget.summary().total == total
    assert budget.words_label.text() == "(สองหมื่นแปดพันบาทถ้วน)"
    next_page(qtbot, wizard)  # a warning does not stop anyone

    # Step 5: the approval, with the budget's total offered as the approved amount.
    assert on_page(wizard) == "approval"
    approval = wizard.approval_page.form
    assert approval.not_yet.isChecked()
    tick(qtbot, approval.not_yet)
    assert not approval.not_yet.isChecked()
    assert approval.approved_amount.value() == total
    type_text(qtbot, approval.council_ref, "สภา อบต. สมัยสามัญ 4/2569")
    qtbot.keyClicks(approval.council_on, "10/11/2569")
    assert "หมื่น" in approval.words.text()
    click(qtbot, wizard.button(FINISH))

    assert not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Accepted
    detail = svc.trainings.get(wizard.training_id)
    assert detail.data.title == TITLE
    assert detail.data.group_id == group_id
    assert set(detail.data.village_ids) == {villages[1].id, villages[2].id}
    assert detail.data.planned_start == date(2026, 12, 1)
    assert detail.data.duration_hours == 12 and detail.data.target_count == 25
    assert detail.status == "approved"
    assert (detail.council_ref, detail.council_on, detail.approved_amount) == (
        "สภา อบต. สมัยสามัญ 4/2569", date(2026, 11, 10), total)
    prep = svc.training_preparation.get(wizard.training_id)
    assert [(s.name, s.agency, s.is_state_staff, s.sage_id) for s in prep.speakers] == [
        ("นางบุญมา รักถิ่น", "", False, sage_id),
        ("Somsri Jaidee", "กศน.อำเภอวังม่วง", True, None)]
    assert len(prep.checklist) == len(svc.training_preparation.default_checklist())
    summary = svc.training_budget.summary(wizard.training_id)
    assert summary.total == total
    assert [line.over_ceiling for line in summary.lines] == [True, False]
    assert [s.done for s in detail.steps[:5]] == [True] * 5


def _driven(args, script):
    """The real sage picker, with exec() replaced by `script` (no modal loop in tests)."""
    from wangmuang_desk.ui.trainings.preparation_editor import SagePickerDialog

    dialog = SagePickerDialog(*args)
    dialog.exec = lambda: script(dialog)
    return dialog


def test_the_approval_may_wait(qtbot, svc, villages):
    wizard = open_wizard(qtbot, svc)
    fill_topic(qtbot, wizard, "Doormats from cloth scraps")
    for _ in range(4):
        next_page(qtbot, wizard)
    assert on_page(wizard) == "approval"
    assert wizard.approval_page.form.value() is None
    click(qtbot, wizard.button(FINISH))
    detail = svc.trainings.get(wizard.training_id)
    assert detail.status == "planning" and detail.council_ref == ""
    assert detail.data.fiscal_year == 2570  # no dates yet: the year of today
    assert [s.done for s in detail.steps[:5]] == [True, False, False, False, False]


# --- problems --------------------------------------------------------------------------------
def test_a_page_with_a_problem_keeps_you_there_and_writes_nothing(qtbot, svc, villages):
    wizard = open_wizard(qtbot, svc)
    next_page(qtbot, wizard)
    assert on_page(wizard) == "topic"
    topic = wizard.topic_page.form
    assert topic.errors.message("title") == "Enter the title of the training round."
    qtbot.keyClicks(topic.title, "Herbal balm")
    assert topic.errors.message("title") is None  # typing clears the message
    next_page(qtbot, wizard)

    assert on_page(wizard) == "target"
    form = wizard.target_page.form
    qtbot.keyClicks(form.planned_start, "5/12/2569")
    qtbot.keyClicks(form.planned_end, "3/12/2569")
    qtbot.keyClicks(form.duration_hours, "0")
    next_page(qtbot, wizard)
    assert on_page(wizard) == "target"
    assert form.errors.message("planned_end") == "The last day is before the first day."
    assert form.errors.message("duration_hours") == \
        "The length in hours must be more than zero."
    assert svc.trainings.count(ListQuery()) == 0


def test_a_problem_found_at_finish_goes_back_to_its_page(qtbot, svc, villages, group_id):
    """The chosen group went to the recycle bin while the wizard was open: Finish refuses,
    shows it at the origin on page 1, and writes nothing."""
    wizard = open_wizard(qtbot, svc)
    fill_topic(qtbot, wizard)
    topic = wizard.topic_page.form
    topic.origin_kind.setCurrentIndex(topic.origin_kind.findData("group"))
    for _ in range(4):
        next_page(qtbot, wizard)
    svc.groups.move_to_bin(group_id)
    click(qtbot, wizard.button(FINISH))
    assert wizard.isVisible()
    assert on_page(wizard) == "topic"
    assert topic.errors.message("group_id") == "This group is no longer in the registry."
    assert svc.trainings.count(ListQuery()) == 0
    assert wizard.training_id is None


def test_a_negative_budget_line_stops_at_step_4(qtbot, svc, villages):
    wizard = open_wizard(qtbot, svc)
    fill_topic(qtbot, wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    budget = wizard.budget_page.editor
    click(qtbot, budget.add_button)
    qtbot.keyClick(budget.table.indexWidget(budget.model.index(0, 0)), Qt.Key.Key_Escape)
    edit_cell(qtbot, budget.table, 0, budget.model.column("rate"), "-5")
    next_page(qtbot, wizard)
    assert on_page(wizard) == "budget"
    assert budget.errors.message("lines") == "Budget line 1: amounts cannot be negative."
    assert svc.trainings.count(ListQuery()) == 0


def test_cancel_writes_nothing(qtbot, svc, villages, answers):
    replies, asked = answers
    wizard = open_wizard(qtbot, svc)
    fill_topic(qtbot, wizard)
    next_page(qtbot, wizard)
    replies.append(QMessageBox.StandardButton.No)
    click(qtbot, wizard.button(CANCEL))
    assert wizard.isVisible() and len(asked) == 1  # No: the typing is kept
    replies.append(QMessageBox.StandardButton.Yes)
    click(qtbot, wizard.button(CANCEL))
    assert not wizard.isVisible()
    assert wizard.training_id is None
    assert svc.trainings.count(ListQuery()) == 0


def test_cancel_on_an_untouched_wizard_asks_nothing(qtbot, svc, villages, answers):
    _replies, asked = answers
    wizard = open_wizard(qtbot, svc)
    click(qtbot, wizard.button(CANCEL))
    assert not wizard.isVisible() and asked == []


# --- the editors as the workspace uses them --------------------------------------------------
def test_round_form_gives_back_what_it_was_given(qtbot, svc, villages, group_id):
    data = TrainingInput(
        title=TITLE, topic="แปรรูปอาหาร", group_id=group_id, target_description="สมาชิกกลุ่ม",
        target_count=30, village_ids=(villages[2].id, villages[10].id),
        planned_start=date(2026, 12, 1), planned_end=date(2026, 12, 3),
        duration_hours=Decimal("18.5"), venue="ศาลา", rationale="เหตุผล", objectives="ข้อ 1",
        attendance_threshold=75, pass_mark=Decimal(12), thai_digits=False)
    training_id = svc.trainings.create(data)
    stored = svc.trainings.get(training_id).data
    form = RoundForm(svc)
    qtbot.addWidget(form)
    changes = []
    form.changed.connect(lambda: changes.append(1))
    form.set_value(stored)
    assert form.value() == TrainingInput(**{**stored.__dict__, "fiscal_year": None})
    form.target_form.venue.setText("")
    qtbot.keyClicks(form.target_form.venue, "Hall")
    assert changes and form.value().venue == "Hall"
    svc.trainings.update(training_id, form.value())
    assert svc.trainings.get(training_id).data.fiscal_year == 2570


def test_round_form_keeps_a_dateless_rounds_year_and_shows_problems(qtbot, svc, villages):
    form = RoundForm(svc)
    qtbot.addWidget(form)
    form.set_value(TrainingInput(title="x", fiscal_year=2571))
    assert form.value().fiscal_year == 2571
    from wangmuang_desk.services.errors import FieldProblem

    form.show_problems([FieldProblem("attendance_threshold", "The attendance threshold is a "
                                     "percentage from 1 to 100."),
                        FieldProblem("title", "Enter the title of the training round.")])
    assert form.target_form.errors.message("attendance_threshold")
    assert form.topic_form.errors.message("title")


def test_preparation_editor_round_trip_and_row_problems(qtbot, svc):
    editor = PreparationEditor(svc.training_preparation)
    qtbot.addWidget(editor)
    data = PreparationInput(
        speakers=[SpeakerInput("ก", "หน่วยงาน", True, None, 3), SpeakerInput("", "อบจ.")],
        partners=[PartnerInput("ศูนย์ถ่ายทอดเทคโนโลยีการเกษตร", "ร่วมจัด", 5)],
        checklist=[ChecklistInput("ป้ายโครงการ", True, 7)])
    editor.set_value(data)
    assert editor.value() == data
    editor.show()
    assert not editor.show_checks()
    assert editor.errors.message("speakers") == "Row 2: Enter the speaker's name."
    assert editor.speakers.currentIndex().row() == 1


def test_budget_editor_and_approval_form_round_trip(qtbot, svc):
    editor = BudgetEditor(svc.training_budget, show_spent=True)
    qtbot.addWidget(editor)
    lines = [BudgetLineInput("venue", "ค่าเช่าสถานที่", Decimal(1), Decimal(2), Decimal(1500),
                             None, Decimal(3000), 9)]
    editor.set_value(lines)
    assert editor.value() == lines
    assert editor.total_label.text().endswith("3,000.00 baht")
    editor.set_approved(Decimal(2000))
    assert editor.warnings() == ["The total 3,000.00 is more than the approved 2,000.00."]

    form = ApprovalForm(today=TODAY)
    qtbot.addWidget(form)
    approval = ApprovalInput("ที่ 4/2569", date(2026, 11, 1), Decimal("12500.50"))
    form.set_value(approval)
    assert form.value() == approval
    assert form.words.text() == "(หนึ่งหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)"
    form.council_on.setText("1/1/2570")  # after "today"
    assert not form.show_checks()
    assert form.errors.message("council_on")
    form.suggest_amount(Decimal(3000))  # a round not approved yet: the budget is offered
    form.set_value(ApprovalInput("", None, None))
    assert form.value() == ApprovalInput("", None, Decimal(3000))


def test_sage_picker_filters_and_leaves_out_sages_already_speaking(qtbot):
    from wangmuang_desk.ui.trainings.preparation_editor import SagePickerDialog

    sages = [(1, "นางทองใบ รักถิ่น", "ยาหม่องสมุนไพร"), (2, "นางบุญมา รักถิ่น", "แปรรูปกล้วย"),
             (3, "นายสมชาย ใจดี", "จักสาน")]
    dialog = SagePickerDialog(sages, taken=[1])
    qtbot.addWidget(dialog)
    assert dialog.chosen()[0] == 2  # the first is already a speaker of the round
    dialog.filter.setText("กล้วย")
    assert dialog.proxy.rowCount() == 1
    assert dialog.chosen() == (2, "นางบุญมา รักถิ่น", "แปรรูปกล้วย")
