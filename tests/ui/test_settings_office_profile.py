import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog  # noqa: E402

from wangmuang_desk.db.schema import open_database  # noqa: E402
from wangmuang_desk.services.office import (  # noqa: E402
    MAX_EMBLEM_BYTES,
    OfficeService,
    SignatoryData,
)
from wangmuang_desk.ui.settings.office_profile_dialog import OfficeProfileDialog  # noqa: E402


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "office.sqlite3")
    yield OfficeService(db)
    db.dispose()


@pytest.fixture
def emblem_png(tmp_path):
    image = QImage(40, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "emblem.png"
    assert image.save(str(path))
    return path


def open_dialog(qtbot, office):
    dialog = OfficeProfileDialog(office)
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


def retype(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def pick_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def type_in_open_editor(qtbot, text):
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(editor, text)
    return editor


def test_typing_the_profile_with_emblem_and_signatory_saves_it(qtbot, office, emblem_png,
                                                              monkeypatch):
    dialog = open_dialog(qtbot, office)
    retype(qtbot, dialog.form.edits["name"], "องค์การบริหารส่วนตำบลวังม่วง")
    retype(qtbot, dialog.form.edits["phone"], "036-123456")
    pick_file(monkeypatch, emblem_png)
    qtbot.mouseClick(dialog.form.choose_emblem_button, Qt.MouseButton.LeftButton)
    assert not dialog.form.emblem_preview.pixmap().isNull()

    qtbot.mouseClick(dialog.signatories.add_button, Qt.MouseButton.LeftButton)
    editor = type_in_open_editor(qtbot, "นายสมมติ ทดสอบ")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the position cell, as a person would
    editor = type_in_open_editor(qtbot, "นายกองค์การบริหารส่วนตำบลวังม่วง")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office.profile()
    assert saved.name == "องค์การบริหารส่วนตำบลวังม่วง"
    assert saved.phone == "036-123456"
    assert saved.emblem == emblem_png.read_bytes()
    assert saved.setup_done
    assert [(s.name, s.position, s.is_default) for s in saved.signatories] == [
        ("นายสมมติ ทดสอบ", "นายกองค์การบริหารส่วนตำบลวังม่วง", True)]


def test_empty_office_name_shows_a_message_at_the_field_and_saves_nothing(qtbot, office):
    before = office.profile()
    dialog = open_dialog(qtbot, office)
    retype(qtbot, dialog.form.edits["name"], "   ")
    retype(qtbot, dialog.form.edits["phone"], "099-9999999")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.form.errors.message("name") == "Enter the name of the office."
    assert dialog.form.edits["name"].hasFocus()
    after = office.profile()
    assert (after.name, after.phone, after.setup_done) == (
        before.name, before.phone, before.setup_done)


def test_signatory_without_position_is_refused_with_a_message(qtbot, office):
    dialog = open_dialog(qtbot, office)
    qtbot.mouseClick(dialog.signatories.add_button, Qt.MouseButton.LeftButton)
    editor = type_in_open_editor(qtbot, "นางตัวอย่าง")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.form.errors.message("signatories") == (
        "Signatory 1: enter both the name and the position.")
    assert office.profile().signatories == []


def test_emblem_over_2_mb_is_refused_at_the_field(qtbot, office, tmp_path, monkeypatch):
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_EMBLEM_BYTES)
    dialog = open_dialog(qtbot, office)
    pick_file(monkeypatch, big)
    qtbot.mouseClick(dialog.form.choose_emblem_button, Qt.MouseButton.LeftButton)

    assert "2 MB" in dialog.form.errors.message("emblem")
    assert dialog.form.emblem() is None


def test_unreadable_image_is_refused_and_the_old_emblem_kept(qtbot, office, emblem_png,
                                                            tmp_path, monkeypatch):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image at all")
    dialog = open_dialog(qtbot, office)
    pick_file(monkeypatch, emblem_png)
    qtbot.mouseClick(dialog.form.choose_emblem_button, Qt.MouseButton.LeftButton)
    pick_file(monkeypatch, broken)
    qtbot.mouseClick(dialog.form.choose_emblem_button, Qt.MouseButton.LeftButton)

    assert dialog.form.errors.message("emblem") == (
        "This file cannot be read as a PNG or JPEG image.")
    assert dialog.form.emblem() == emblem_png.read_bytes()


def test_remove_clears_a_saved_emblem(qtbot, office, emblem_png):
    data = office.profile()
    data.emblem = emblem_png.read_bytes()
    office.save_profile(data)
    dialog = open_dialog(qtbot, office)
    assert dialog.form.remove_emblem_button.isEnabled()

    qtbot.mouseClick(dialog.form.remove_emblem_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)

    assert office.profile().emblem is None


def test_signatories_keep_order_and_one_default(qtbot, office):
    data = office.profile()
    data.signatories = [SignatoryData("นายหนึ่ง", "นายก", True), SignatoryData("นางสอง", "ปลัด")]
    office.save_profile(data)
    dialog = open_dialog(qtbot, office)
    table = dialog.signatories.table

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(1, 0)).center())
    qtbot.mouseClick(dialog.signatories.up_button, Qt.MouseButton.LeftButton)
    # Tick "default" on นางสอง (now first) from the keyboard; the other one is unticked.
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    click_save(qtbot, dialog)

    assert [(s.name, s.is_default) for s in office.profile().signatories] == [
        ("นางสอง", True), ("นายหนึ่ง", False)]


def test_demo_database_shows_a_banner(qtbot, office):
    from sqlalchemy import update

    from wangmuang_desk.db.models import OfficeProfile

    dialog = open_dialog(qtbot, office)
    assert dialog.demo_banner is None

    with office.db.session() as s:
        s.execute(update(OfficeProfile).values(is_demo=True))
    demo = open_dialog(qtbot, office)
    assert demo.demo_banner is not None and demo.demo_banner.isVisible()
    assert demo.demo_banner.text() == "This database holds demo data."
