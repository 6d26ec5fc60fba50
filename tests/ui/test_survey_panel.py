"""The satisfaction survey panel of a round (step 9), driven the way staff type in the paper
forms: a run of digits per form, Save and next, and the summary following along.

Only the blocking exec() of the dialogs is replaced (through the panel's factories).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402
from training_helpers import fill_instead_of_exec, show  # noqa: E402

from wangmuang_desk.db.models import Training  # noqa: E402
from wangmuang_desk.services.training_rows import SurveyItemInput  # noqa: E402
from wangmuang_desk.services.training_rules import BANDS_FIFTHS  # noqa: E402
from wangmuang_desk.services.training_survey import SurveyService  # noqa: E402
from wangmuang_desk.ui.trainings.survey_bands_dialog import SurveyBandsDialog  # noqa: E402
from wangmuang_desk.ui.trainings.survey_panel import SurveyPanel  # noqa: E402

SIZE = (1200, 650)


@pytest.fixture
def survey(db) -> SurveyService:
    return SurveyService(db)


@pytest.fixture
def training_id(db) -> int:
    with db.session() as s:
        training = Training(fiscal_year=2569, title="อบรมทำไม้กวาดดอกหญ้า",
                            planned_start=date(2026, 1, 20))
        s.add(training)
        s.flush()
        return training.id


def type_keys(dialog: QDialog, text: str) -> None:
    """Type into whatever has the focus in the dialog, one key at a time (the focus moves)."""
    for char in text:
        target = dialog.focusWidget()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def summary(panel: SurveyPanel) -> dict[str, tuple[str, ...]]:
    model = panel.summary_model
    return {model.index(r, 0).data().strip(): tuple(model.index(r, c).data() for c in range(1, 5))
            for r in range(model.rowCount())}


def test_forms_typed_as_digits_save_and_next_and_the_summary_follows(
        qtbot, survey, training_id):
    panel = show(qtbot, SurveyPanel(survey, training_id), SIZE)
    assert "from the office template" in panel.status.text()
    seen: list[dict] = []

    def fill(dialog):
        assert dialog.respondent_no.value() == 1
        assert dialog.focusWidget() is dialog.rows[0]
        # Respondent 1: a blank (0) at the fifth, none typed for the last; the cursor moves on.
        type_keys(dialog, "5454" "0" "44444" "333" "55")
        assert [row.score() for row in dialog.rows] == [
            5, 4, 5, 4, None, 4, 4, 4, 4, 4, 3, 3, 3, 5, 5, None]
        assert dialog.focusWidget() is dialog.rows[15]
        assert dialog.answered.text() == "Answered 14 of 16"
        dialog.problems.setPlainText("ห้องประชุมร้อน")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen.append(summary(panel))
        # Ready for the next sheet, on the first statement, under the next number.
        assert dialog.respondent_no.value() == 2
        assert all(row.score() is None for row in dialog.rows)
        assert dialog.problems.toPlainText() == ""
        assert dialog.focusWidget() is dialog.rows[0]
        # Respondent 2 on a Thai keyboard: the top-row keys type ถ (5) and ภ (4); then Enter.
        type_keys(dialog, "ถภ")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen.append(summary(panel))
        dialog.reject()

    opened = fill_instead_of_exec(panel, "response_dialog_factory", fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    first, second = seen
    statement = "1. วิทยากรมีความรู้ความเข้าใจในเรื่องที่ถ่ายทอด"
    assert first[statement] == ("1", "5.00", "", "มากที่สุด")
    assert first["วิทยากร"] == ("4", "4.50", "0.58", "มาก")
    assert second[statement] == ("2", "5.00", "0.00", "มากที่สุด")
    assert second["2. วิทยากรถ่ายทอดความรู้ได้ชัดเจน เข้าใจง่าย"] == ("2", "4.00", "0.00", "มาก")
    # Overall: fourteen answers summing to 57, then 9 more → 66 / 16.
    assert first["Overall"][:2] == ("14", "4.07")
    assert second["Overall"][:2] == ("16", "4.13")
    model = panel.responses_model
    assert [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())] == [("1", "14/16", "4.07"), ("2", "2/16", "4.50")]
    assert "from the office template" not in panel.status.text()
    panel.views.setCurrentIndex(1)
    assert "• ห้องประชุมร้อน" in panel.remarks.toPlainText()


def test_edit_and_delete_a_response(qtbot, monkeypatch, survey, training_id):
    items = survey.save_items(training_id, [SurveyItemInput("วิทยากร", "ถ่ายทอดได้ชัดเจน"),
                                            SurveyItemInput("สถานที่", "อาหารเหมาะสม")])
    from wangmuang_desk.services.training_rows import SurveyResponseInput
    survey.save_response(training_id, SurveyResponseInput(7, {items[0].id: 2}))
    panel = show(qtbot, SurveyPanel(survey, training_id), SIZE)
    panel.responses_table.selectRow(0)

    def fill(dialog):
        assert dialog.respondent_no.value() == 7 and dialog.next_button.isHidden()
        assert [row.score() for row in dialog.rows] == [2, None]
        dialog.rows[0].setFocus()
        type_keys(dialog, "3 ")  # 3 on the first, Space blanks the second (it had none)
        dialog.rows[1].setFocus()
        type_keys(dialog, "๔")  # a Thai digit
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    fill_instead_of_exec(panel, "response_dialog_factory", fill)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert summary(panel)["Overall"] == ("2", "3.50", "0.71", "ปานกลาง")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    panel.responses_table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.responses_model.rowCount() == 0
    assert summary(panel)["Overall"] == ("0", "", "", "")


def test_a_form_without_answers_is_not_saved(qtbot, survey, training_id):
    panel = show(qtbot, SurveyPanel(survey, training_id), SIZE)

    def fill(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.general.text() == "Enter at least one answer."
        dialog.done(QDialog.DialogCode.Rejected)

    fill_instead_of_exec(panel, "response_dialog_factory", fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert survey.responses(training_id) == []


def test_statements_dialog_keeps_answered_statements(qtbot, survey, training_id):
    from wangmuang_desk.services.training_rows import SurveyResponseInput
    items = survey.save_items(training_id, [SurveyItemInput("วิทยากร", "ถ่ายทอดได้ชัดเจน"),
                                            SurveyItemInput("วิทยากร", "ตอบคำถามได้")])
    survey.save_response(training_id, SurveyResponseInput(1, {items[0].id: 5}))
    panel = show(qtbot, SurveyPanel(survey, training_id), SIZE)

    def fill(dialog):
        table = dialog.table
        table.selectRow(0)
        assert not dialog.remove_button.isEnabled()  # answered: kept
        table.selectRow(1)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        table.item(1, 0).setText("สถานที่")
        table.item(1, 1).setText("อาหารและเครื่องดื่มเหมาะสม")
        table.selectRow(0)
        table.item(0, 1).setText("วิทยากรถ่ายทอดได้ชัดเจน")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    fill_instead_of_exec(panel, "items_dialog_factory", fill)
    qtbot.mouseClick(panel.items_button, Qt.MouseButton.LeftButton)
    assert [(r.id == items[0].id, r.aspect, r.text) for r in survey.items(training_id)] == [
        (True, "วิทยากร", "วิทยากรถ่ายทอดได้ชัดเจน"), (False, "สถานที่", "อาหารและเครื่องดื่มเหมาะสม")]
    assert "1. วิทยากรถ่ายทอดได้ชัดเจน" in summary(panel)


def test_band_dialog_checks_each_field_and_the_table(qtbot, survey, training_id):
    dialog = show(qtbot, SurveyBandsDialog(survey), (560, 480))
    assert dialog.choice.checkedId() == 0 and dialog.save_button.isEnabled()
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    dialog.choice.button(2).click()  # a table of our own, starting from the one shown
    dialog.table.item(1, 0).setText("5.5")
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == ("Row 2: enter a number from 1.00 to 5.00 with at most two "
                                     "decimals.")
    assert dialog.table.item(1, 0).background().color().name() == "#ffcdd2"
    dialog.table.item(1, 0).setText("4.60")
    assert dialog.message.text() == "Row 2: “From” is above “To”."
    assert dialog.table.item(1, 1).background().color().name() == "#ffcdd2"
    dialog.table.item(1, 0).setText("๓.๕๑")  # Thai digits are fine
    dialog.table.item(1, 1).setText("4.60")  # reaches into the top band
    assert dialog.message.text() == "The bands must not overlap."
    assert not dialog.save_button.isEnabled()
    dialog.table.item(1, 1).setText("4.50")
    assert dialog.save_button.isEnabled() and dialog.message.isHidden()
    assert dialog.bands()[1].lower == Decimal("3.51")
    dialog.choice.button(1).click()  # the 0.8-step table
    assert dialog.table.item(0, 0).text() == "4.21"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert survey.bands() == BANDS_FIFTHS and dialog.saved[0].lower == Decimal("4.21")


def test_band_table_change_refreshes_the_summary(qtbot, survey, training_id):
    from wangmuang_desk.services.training_rows import SurveyResponseInput
    items = survey.save_items(training_id, [SurveyItemInput("วิทยากร", "ถ่ายทอดได้ชัดเจน")])
    for number, score in enumerate((5, 4, 4), start=1):  # mean 4.33
        survey.save_response(training_id, SurveyResponseInput(number, {items[0].id: score}))
    panel = show(qtbot, SurveyPanel(survey, training_id), SIZE)
    assert summary(panel)["Overall"][3] == "มาก"

    def fill(dialog):
        dialog.choice.button(1).click()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    fill_instead_of_exec(panel, "bands_dialog_factory", fill)
    qtbot.mouseClick(panel.bands_button, Qt.MouseButton.LeftButton)
    assert summary(panel)["Overall"][3] == "มากที่สุด"
