import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from wangmuang_desk.db.schema import open_database  # noqa: E402
from wangmuang_desk.services.office import REF_KINDS, OfficeService  # noqa: E402
from wangmuang_desk.ui.settings.reference_lists_dialog import ReferenceListsDialog  # noqa: E402

NEW_TITLE = "ว่าที่ร้อยตรีหญิง"


class CountingService(OfficeService):
    """The real service, remembering which lists were written."""

    def __init__(self, db):
        super().__init__(db)
        self.saved_kinds = []

    def save_ref_list(self, kind, labels):
        self.saved_kinds.append(kind)
        super().save_ref_list(kind, labels)


@pytest.fixture
def office(tmp_path):
    db = open_database(tmp_path / "lists.sqlite3")
    yield CountingService(db)
    db.dispose()


def open_dialog(qtbot, office):
    dialog = ReferenceListsDialog(office)
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


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_kind(qtbot, dialog, name):
    item = dialog.kinds.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(dialog.kinds.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.kinds.visualItemRect(item).center())


def click_entry(qtbot, dialog, label, double=False):
    item = dialog.entries.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    pos = dialog.entries.visualItemRect(item).center()
    qtbot.mouseClick(dialog.entries.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(dialog.entries.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_save(qtbot, dialog):
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def test_kinds_are_listed_by_their_names(qtbot, office):
    dialog = open_dialog(qtbot, office)
    names = [dialog.kinds.item(row).text() for row in range(dialog.kinds.count())]
    assert names == ["Name titles", "Occupation categories", "Local-wisdom branches",
                     "OTOP categories", "Raw-material categories", "Units"]
    assert dialog.current_kind() == REF_KINDS[0] == "title"


def test_adding_a_title_saves_it(qtbot, office):
    # The seeded list may already hold it: take it out first, so adding it is what counts.
    office.save_ref_list("title", [t for t in office.ref_list("title") if t != NEW_TITLE])
    office.saved_kinds.clear()
    dialog = open_dialog(qtbot, office)
    click_kind(qtbot, dialog, "Name titles")
    click(qtbot, dialog.new_entry)
    type_text(dialog.new_entry, NEW_TITLE)
    click(qtbot, dialog.add_button)
    click_save(qtbot, dialog)

    assert office.ref_list("title")[-1] == NEW_TITLE
    assert office.saved_kinds == ["title"]  # untouched lists are not rewritten


def test_adding_an_entry_already_there_shows_a_message(qtbot, office):
    dialog = open_dialog(qtbot, office)
    existing = office.ref_list("title")[0]
    click(qtbot, dialog.new_entry)
    type_text(dialog.new_entry, existing)
    qtbot.keyClick(dialog.new_entry, Qt.Key.Key_Return)

    assert dialog.isVisible()  # Enter stays with the field: it does not save the dialog
    assert dialog.errors.message("new_entry") == f"“{existing}” is already in the list."
    assert dialog.labels("title").count(existing) == 1


def test_rename_move_and_remove_in_two_lists(qtbot, office):
    office.save_ref_list("unit", ["กิโลกรัม", "ชิ้น", "ถุง"])
    dialog = open_dialog(qtbot, office)

    click_kind(qtbot, dialog, "Units")
    click_entry(qtbot, dialog, "ชิ้น", double=True)  # rename by double-click
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "อัน")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on its next turn
    click_entry(qtbot, dialog, "ถุง")
    click(qtbot, dialog.up_button)
    click_entry(qtbot, dialog, "กิโลกรัม")
    click(qtbot, dialog.remove_button)

    click_kind(qtbot, dialog, "OTOP categories")
    otop = office.ref_list("otop_category")
    click_entry(qtbot, dialog, otop[1])
    click(qtbot, dialog.up_button)
    click_save(qtbot, dialog)

    assert office.ref_list("unit") == ["ถุง", "อัน"]
    assert office.ref_list("otop_category") == [otop[1], otop[0], *otop[2:]]
    assert sorted(office.saved_kinds) == ["otop_category", "unit", "unit"]  # setup + dialog


def test_cancel_saves_nothing(qtbot, office):
    before = office.ref_list("unit")
    dialog = open_dialog(qtbot, office)
    click_kind(qtbot, dialog, "Units")
    click(qtbot, dialog.new_entry)
    type_text(dialog.new_entry, "ลัง")
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    assert office.ref_list("unit") == before
    assert office.saved_kinds == []


def test_enter_in_the_new_entry_field_adds_it_without_closing(qtbot, office):
    dialog = open_dialog(qtbot, office)
    click_kind(qtbot, dialog, "Units")
    click(qtbot, dialog.new_entry)
    type_text(dialog.new_entry, "ลัง")
    qtbot.keyClick(dialog.new_entry, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.labels("unit")[-1] == "ลัง"
    assert dialog.new_entry.text() == ""
    assert "ลัง" not in office.ref_list("unit")  # saved only by Save
