import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWizard  # noqa: E402

from wangmuang_desk.db.schema import open_database  # noqa: E402
from wangmuang_desk.services.errors import FieldProblem, ValidationError  # noqa: E402
from wangmuang_desk.services.office import OfficeService  # noqa: E402
from wangmuang_desk.services.rows import VillageRow  # noqa: E402
from wangmuang_desk.ui.settings.first_start_wizard import (  # noqa: E402
    OFFICE_PAGE,
    SIGNATORIES_PAGE,
    SUMMARY_PAGE,
    VILLAGES_PAGE,
    FirstStartWizard,
)

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "first.sqlite3")
    yield OfficeService(db)
    db.dispose()


@pytest.fixture
def emblem_png(tmp_path):
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    path = tmp_path / "emblem.png"
    assert image.save(str(path))
    return path


def open_wizard(qtbot, office):
    wizard = FirstStartWizard(office)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def type_text(widget, text):
    # QTest.keyClicks only knows Latin-1; a Thai keyboard sends each character as key text.
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def retype(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def press(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def type_cell_and_enter(qtbot, text):
    editor = QApplication.focusWidget()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn


def fill_office_page(qtbot, wizard, emblem_png, monkeypatch):
    form = wizard.office_page.form
    retype(qtbot, form.edits["name"], "องค์การบริหารส่วนตำบลวังม่วง")
    retype(qtbot, form.edits["house_no"], "99/1")
    retype(qtbot, form.edits["phone"], "036-000000")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(emblem_png), "")))
    qtbot.mouseClick(form.choose_emblem_button, Qt.MouseButton.LeftButton)


def add_signatory(qtbot, wizard, name, position):
    qtbot.mouseClick(wizard.signatories_page.editor.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    type_text(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    type_cell_and_enter(qtbot, position)


def add_village(qtbot, wizard, name):
    qtbot.mouseClick(wizard.villages_page.editor.add_button, Qt.MouseButton.LeftButton)
    type_cell_and_enter(qtbot, name)


def test_filling_every_page_and_finishing_saves_profile_and_villages(
        qtbot, office, emblem_png, monkeypatch):
    assert office.profile().setup_done is False
    wizard = open_wizard(qtbot, office)
    assert wizard.currentId() == OFFICE_PAGE

    fill_office_page(qtbot, wizard, emblem_png, monkeypatch)
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == SIGNATORIES_PAGE
    add_signatory(qtbot, wizard, "นายสมมติ ทดสอบ", "นายกองค์การบริหารส่วนตำบลวังม่วง")
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == VILLAGES_PAGE
    add_village(qtbot, wizard, "บ้านวังม่วง")
    add_village(qtbot, wizard, "บ้านหนองปลาไหล")
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == SUMMARY_PAGE
    assert wizard.summary_page.office.text().startswith("องค์การบริหารส่วนตำบลวังม่วง")
    assert wizard.summary_page.villages.text() == "2 village(s)"
    press(qtbot, wizard, FINISH)

    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = office.profile()
    assert profile.setup_done is True
    assert (profile.name, profile.house_no, profile.phone) == (
        "องค์การบริหารส่วนตำบลวังม่วง", "99/1", "036-000000")
    assert profile.emblem == emblem_png.read_bytes()
    assert [(s.name, s.is_default) for s in profile.signatories] == [("นายสมมติ ทดสอบ", True)]
    assert [(v.moo, v.name) for v in office.villages()] == [
        (1, "บ้านวังม่วง"), (2, "บ้านหนองปลาไหล")]


def test_empty_name_keeps_the_first_page_with_a_message(qtbot, office):
    wizard = open_wizard(qtbot, office)
    retype(qtbot, wizard.office_page.form.edits["name"], "")
    press(qtbot, wizard, NEXT)

    assert wizard.currentId() == OFFICE_PAGE
    assert wizard.office_page.form.errors.message("name") == "Enter the name of the office."
    assert office.profile().setup_done is False


def test_duplicate_village_numbers_keep_the_villages_page(qtbot, office):
    wizard = open_wizard(qtbot, office)
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    add_village(qtbot, wizard, "บ้านหนึ่ง")
    add_village(qtbot, wizard, "บ้านสอง")
    # Double-click the second หมู่ที่ and type 1: both villages are now หมู่ 1.
    table = wizard.villages_page.editor.table
    pos = table.visualItemRect(table.item(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()
    press(qtbot, wizard, NEXT)

    assert wizard.currentId() == VILLAGES_PAGE
    assert wizard.villages_page.editor.message.text() == "Village number 1 appears twice."
    assert office.villages() == []


def test_back_and_next_keep_what_was_typed(qtbot, office):
    wizard = open_wizard(qtbot, office)
    retype(qtbot, wizard.office_page.form.edits["phone"], "036-111111")
    press(qtbot, wizard, NEXT)
    add_signatory(qtbot, wizard, "นางตัวอย่าง", "ปลัด")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.office_page.form.edits["phone"].text() == "036-111111"
    press(qtbot, wizard, NEXT)
    assert [s.name for s in wizard.signatories_page.editor.signatories()] == ["นางตัวอย่าง"]


class RefusingVillages(OfficeService):
    """The real service, except that villages are refused once (as if a check failed late)."""

    refused = False

    def save_villages(self, rows):
        if not self.refused:
            self.refused = True
            raise ValidationError([FieldProblem(
                "villages", "Village number {moo} cannot be removed: {count} people live there.",
                {"moo": 7, "count": 3})])
        super().save_villages(rows)


def test_a_refusal_at_finish_returns_to_the_page_and_saves_nothing(qtbot, tmp_path):
    db = open_database(tmp_path / "refusing.sqlite3")
    office = RefusingVillages(db)
    wizard = open_wizard(qtbot, office)
    for _page in range(3):
        press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)

    assert wizard.isVisible()
    assert wizard.currentId() == VILLAGES_PAGE
    assert wizard.villages_page.editor.message.text() == (
        "Village number 7 cannot be removed: 3 people live there.")
    assert office.profile().setup_done is False

    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    assert office.profile().setup_done is True
    db.dispose()


def test_existing_villages_are_shown_and_kept(qtbot, office):
    office.save_villages([VillageRow(0, 10, "บ้านท่าฤทธิ์")])
    wizard = open_wizard(qtbot, office)
    for _page in range(3):
        press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)

    assert [(v.moo, v.name) for v in office.villages()] == [(10, "บ้านท่าฤทธิ์")]
    assert office.profile().setup_done is True
