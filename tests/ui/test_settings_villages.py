import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QSpinBox  # noqa: E402

from wangmuang_desk.db.schema import open_database  # noqa: E402
from wangmuang_desk.services.office import OfficeService  # noqa: E402
from wangmuang_desk.services.people import PeopleService  # noqa: E402
from wangmuang_desk.services.rows import PersonInput, VillageRow  # noqa: E402
from wangmuang_desk.ui.settings.villages_dialog import VillagesDialog  # noqa: E402
from wangmuang_desk.ui.settings.villages_editor import MOO, NAME  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "villages.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def office(db):
    return OfficeService(db)


def open_dialog(qtbot, office):
    dialog = VillagesDialog(office)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_text(widget, text):
    # QTest.keyClicks only knows Latin-1; a Thai keyboard sends each character as key text.
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def add_village(qtbot, dialog, name):
    """Click "Add village" and type the name into the cell it opens."""
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    type_text(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn


def set_number(qtbot, table, row, number):
    """Double-click the หมู่ที่ cell and type a number into its spin box."""
    pos = table.visualItemRect(table.item(row, MOO)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    spin = QApplication.focusWidget()
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (1, 99)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(number))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_add_two_villages_save_and_reload(qtbot, office):
    dialog = open_dialog(qtbot, office)
    add_village(qtbot, dialog, "บ้านวังม่วง")
    add_village(qtbot, dialog, "บ้านหนองปลาไหล")
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(v.moo, v.name) for v in office.villages()] == [
        (1, "บ้านวังม่วง"), (2, "บ้านหนองปลาไหล")]
    again = open_dialog(qtbot, office)
    table = again.editor.table
    assert [(table.item(r, MOO).text(), table.item(r, NAME).text())
            for r in range(table.rowCount())] == [("1", "บ้านวังม่วง"), ("2", "บ้านหนองปลาไหล")]


def test_duplicate_number_shows_a_message_and_saves_nothing(qtbot, office):
    dialog = open_dialog(qtbot, office)
    add_village(qtbot, dialog, "บ้านวังม่วง")
    add_village(qtbot, dialog, "บ้านหนองปลาไหล")
    set_number(qtbot, dialog.editor.table, 1, 1)
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.editor.message.isVisible()
    assert dialog.editor.message.text() == "Village number 1 appears twice."
    assert office.villages() == []


def test_village_where_people_live_cannot_be_removed(qtbot, office, db):
    office.save_villages([VillageRow(0, 1, "บ้านวังม่วง"), VillageRow(0, 2, "บ้านท่าฤทธิ์")])
    first = office.villages()[0]
    PeopleService(db).add(PersonInput(first_name="ทดสอบ", last_name="ตัวอย่าง",
                                      village_id=first.id))
    dialog = open_dialog(qtbot, office)
    table = dialog.editor.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, NAME)).center())
    qtbot.mouseClick(dialog.editor.remove_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.editor.message.text() == (
        "Village number 1 cannot be removed: 1 people live there.")
    assert [v.moo for v in office.villages()] == [1, 2]


def test_renaming_and_renumbering_existing_villages_keeps_them(qtbot, office):
    office.save_villages([VillageRow(0, 1, "บ้านเก่า"), VillageRow(0, 2, "บ้านสอง")])
    ids = [v.id for v in office.villages()]
    dialog = open_dialog(qtbot, office)
    set_number(qtbot, dialog.editor.table, 0, 5)
    click_save(qtbot, dialog)

    assert [(v.id, v.moo) for v in office.villages()] == [(ids[1], 2), (ids[0], 5)]


def test_a_name_still_being_typed_is_read_when_the_table_is(qtbot, office):
    dialog = open_dialog(qtbot, office)
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "บ้านน้ำใส")  # no Enter, no click elsewhere
    dialog.accept()  # what Save does, without the focus change a mouse click brings

    assert [(v.moo, v.name) for v in office.villages()] == [(1, "บ้านน้ำใส")]
