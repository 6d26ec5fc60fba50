"""The people page and the person form, driven the way staff use them, on a real database.

Only the blocking exec() of the person form is replaced (through the page's dialog_factory):
the page builds the real dialog, the test types and clicks in it, and the page then acts on
the dialog's real result.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.rows import HouseholdInput, PersonInput  # noqa: E402
from wangmuang_desk.thai.citizen_id import (  # noqa: E402
    format_citizen_id,
    make_valid_citizen_id,
    mask_citizen_id,
)
from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog  # noqa: E402
from wangmuang_desk.ui.dialogs.recycle_bin_dialog import RecycleBinDialog  # noqa: E402
from wangmuang_desk.ui.pages.people_page import PeoplePage  # noqa: E402
from wangmuang_desk.ui.widgets.village_label import village_label  # noqa: E402

VALID_ID = make_valid_citizen_id("110170012345")
OTHER_ID = make_valid_citizen_id("350990045678")
ID_COLUMN = 1
LEFT = Qt.MouseButton.LeftButton


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard: qtbot.keyClicks cannot send Thai letters, key events can."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def field(dialog: QWidget, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def message_at(dialog: QWidget, name: str) -> str | None:
    """The inline message shown under field *name*, or None when there is none on screen."""
    label = dialog.findChild(QLabel, f"formError_{name}")
    return label.text() if label is not None and label.isVisible() else None


def save(qtbot, dialog: QWidget) -> None:
    qtbot.mouseClick(field(dialog, QPushButton, "save"), LEFT)


def drive_editor(qtbot, page: PeoplePage, script: Callable[[PersonDialog], None]) -> list:
    """Make the page's next dialogs run *script* instead of a modal event loop."""
    made: list[PersonDialog] = []
    real_factory = page.dialog_factory

    def factory(*args):
        dialog = real_factory(*args)

        def exec_() -> int:
            dialog.show()
            qtbot.waitExposed(dialog)
            script(dialog)
            if dialog.isVisible():  # still open: leave it as Cancel would, without asking
                dialog.done(QDialog.DialogCode.Rejected)
            return dialog.result()

        dialog.exec = exec_
        made.append(dialog)
        return dialog

    page.dialog_factory = factory
    return made


def cells(page: PeoplePage, row: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = page.table_model()
    return [model.index(row, column).data(role) for column in range(model.columnCount())]


def count(services) -> int:
    return services.people.count(ListQuery())


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch) -> list[str]:
    """A real QMessageBox.question would wait forever offscreen: answer No unless a test
    says otherwise, and keep what was asked."""
    asked: list[str] = []

    def answer_no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    return asked


@pytest.fixture
def new_dialog(qtbot, services, villages) -> Callable[[], PersonDialog]:
    """Opens an empty person form; at the end it is closed without the discard question."""
    opened: list[PersonDialog] = []

    def open_form() -> PersonDialog:
        # Not given to qtbot.addWidget: qtbot would close() it, and closing a form with
        # typed data asks first.
        dialog = PersonDialog(services, None)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield open_form
    for dialog in opened:
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


@pytest.fixture
def page(qtbot, services, villages) -> PeoplePage:
    page = PeoplePage(services)
    page.resize(1100, 500)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_add_a_person_then_find_them_by_part_of_the_name(qtbot, page, services, villages):
    services.people.add(PersonInput(first_name="สมชาย", last_name="ทองดี"))
    page.refresh()

    def fill(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Add a person"
        type_text(qtbot, field(dialog, QLineEdit, "first_name"), "สมศรี")
        type_text(qtbot, field(dialog, QLineEdit, "last_name"), "ใจดี")
        qtbot.keyClicks(field(dialog, QLineEdit, "citizen_id"), VALID_ID)
        village = field(dialog, QComboBox, "village_id")
        village.setCurrentIndex(village.findText(village_label(2, villages[2].name)))
        save(qtbot, dialog)
        assert not dialog.isVisible()

    made = drive_editor(qtbot, page, fill)
    qtbot.mouseClick(page.buttons()[0], LEFT)

    assert len(made) == 1
    assert page.table_model().rowCount() == 2
    shown = [cells(page, row) for row in range(2)]
    added = next(row for row in shown if row[0] == "สมศรี ใจดี")
    assert (
        added[ID_COLUMN]
        == mask_citizen_id(VALID_ID)
        == f"x-xxxx-xxxxx-{VALID_ID[10:12]}-{VALID_ID[12]}"
    )
    assert village_label(2, villages[2].name) in added
    everything = " ".join(
        str(value)
        for row in range(2)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        for value in cells(page, row, role)
        if value
    )
    assert VALID_ID not in everything and format_citizen_id(VALID_ID) not in everything

    type_text(qtbot, page.search_box(), "ใจดี")
    qtbot.waitUntil(lambda: page.table_model().rowCount() == 1)
    assert cells(page, 0)[0] == "สมศรี ใจดี"
    assert page.search_box().placeholderText() == "Find by name, national ID or phone…"


def test_wrong_check_digit_is_shown_at_the_id_and_nothing_is_saved(qtbot, page, services):
    bad_id = VALID_ID[:12] + str((int(VALID_ID[12]) + 1) % 10)

    def fill(dialog: PersonDialog) -> None:
        type_text(qtbot, field(dialog, QLineEdit, "first_name"), "มาลี")
        citizen_id = field(dialog, QLineEdit, "citizen_id")
        qtbot.keyClicks(citizen_id, bad_id)
        save(qtbot, dialog)
        message = message_at(dialog, "citizen_id")
        assert message and ("ตรวจสอบ" in message or "check" in message)
        assert dialog.focusWidget() is citizen_id
        assert dialog.isVisible()
        assert count(services) == 0

    made = drive_editor(qtbot, page, fill)
    qtbot.mouseClick(page.buttons()[0], LEFT)
    assert len(made) == 1
    assert count(services) == 0
    assert page.table_model().rowCount() == 0


def test_future_birth_date_is_refused_at_its_field(qtbot, page, services):
    def fill(dialog: PersonDialog) -> None:
        type_text(qtbot, field(dialog, QLineEdit, "first_name"), "มาลี")
        birth = field(dialog, QLineEdit, "birth_date")
        qtbot.keyClicks(birth, "1/1/2600")
        assert field(dialog, QLabel, "age").text() == ""  # no age for a date not yet come
        save(qtbot, dialog)
        assert message_at(dialog, "birth_date")
        assert dialog.focusWidget() is birth
        assert count(services) == 0

    made = drive_editor(qtbot, page, fill)
    qtbot.mouseClick(page.buttons()[0], LEFT)
    assert len(made) == 1 and count(services) == 0


def test_duplicate_id_names_the_person_who_has_it(qtbot, page, services):
    services.people.add(
        PersonInput(title="นางสาว", first_name="สมศรี", last_name="ใจดี", citizen_id=VALID_ID)
    )

    def fill(dialog: PersonDialog) -> None:
        type_text(qtbot, field(dialog, QLineEdit, "first_name"), "มาลี")
        citizen_id = field(dialog, QLineEdit, "citizen_id")
        qtbot.keyClicks(citizen_id, format_citizen_id(VALID_ID))
        save(qtbot, dialog)
        assert "นางสาวสมศรี ใจดี" in (message_at(dialog, "citizen_id") or "")
        assert dialog.focusWidget() is citizen_id
        assert dialog.isVisible()

    drive_editor(qtbot, page, fill)
    qtbot.mouseClick(page.buttons()[0], LEFT)
    assert count(services) == 1


def test_move_to_recycle_bin_and_restore(qtbot, monkeypatch, page, services):
    services.people.add(PersonInput(first_name="บุญมี", last_name="มีสุข"))
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    page.select_row(0)
    qtbot.mouseClick(page.buttons()[2], LEFT)
    assert page.table_model().rowCount() == 0

    bin_dialog = RecycleBinDialog(services.recycle_bin)
    qtbot.addWidget(bin_dialog)
    bin_dialog.show()
    qtbot.waitExposed(bin_dialog)
    assert bin_dialog.table.item(0, 0).text() == "บุญมี มีสุข"
    bin_dialog.table.selectRow(0)
    qtbot.mouseClick(bin_dialog.restore_button, LEFT)
    assert bin_dialog.table.rowCount() == 0

    page.refresh()
    assert page.table_model().rowCount() == 1
    assert cells(page, 0)[0] == "บุญมี มีสุข"


def test_editing_keeps_the_id_and_shows_the_household(qtbot, page, services, villages):
    household = services.households.add(HouseholdInput(house_no="45/2", village_id=villages[1].id))
    person = services.people.add(
        PersonInput(
            title="นาย",
            first_name="ประเสริฐ",
            last_name="ศรีวังม่วง",
            citizen_id=VALID_ID,
            phone="0812345678",
            house_no="45/2",
            village_id=villages[1].id,
        )
    )
    page.refresh()

    def change(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Edit: นายประเสริฐ ศรีวังม่วง"
        assert field(dialog, QLineEdit, "citizen_id").text() == format_citizen_id(VALID_ID)
        assert field(dialog, QLineEdit, "phone").text() == "081-234-5678"
        assert "45/2" in field(dialog, QLabel, "household_match").text()
        member = field(dialog, QCheckBox, "household_id")
        assert member.isEnabled() and member.isChecked()
        last_name = field(dialog, QLineEdit, "last_name")
        last_name.selectAll()
        type_text(qtbot, last_name, "ใจดี")
        save(qtbot, dialog)
        assert not dialog.isVisible()

    page.select_row(0)
    drive_editor(qtbot, page, change)
    qtbot.mouseClick(page.buttons()[1], LEFT)

    _row, data = services.people.get(person)
    assert (data.last_name, data.citizen_id, data.phone) == ("ใจดี", VALID_ID, "0812345678")
    assert data.household_id == household
    assert cells(page, 0)[0] == "นายประเสริฐ ใจดี"
    assert cells(page, 0)[ID_COLUMN] == mask_citizen_id(VALID_ID)


def test_household_found_while_typing_the_address_and_unticked_means_not_a_member(
    qtbot, services, villages, new_dialog
):
    household = services.households.add(HouseholdInput(house_no="7", village_id=villages[10].id))
    dialog = new_dialog()
    match = field(dialog, QLabel, "household_match")
    member = field(dialog, QCheckBox, "household_id")
    type_text(qtbot, field(dialog, QLineEdit, "first_name"), "ทองดี")
    qtbot.keyClicks(field(dialog, QLineEdit, "house_no"), "7")
    assert not member.isEnabled()
    village = field(dialog, QComboBox, "village_id")
    village.setCurrentIndex(village.findText(village_label(10, villages[10].name)))
    assert "7" in match.text() and member.isChecked()
    assert dialog.collect().household_id == household

    qtbot.mouseClick(member, LEFT)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    _row, data = services.people.get(dialog.person_id)
    assert data.household_id is None and data.house_no == "7"


def test_enter_moves_on_and_saving_takes_an_explicit_ctrl_s(qtbot, services, new_dialog):
    dialog = new_dialog()
    dialog.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    first_name = field(dialog, QLineEdit, "first_name")
    first_name.setFocus()
    type_text(qtbot, first_name, "มาลี")
    qtbot.keyClick(first_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.focusWidget() is field(dialog, QLineEdit, "last_name")
    assert not field(dialog, QPushButton, "save").isDefault()
    assert count(services) == 0

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert count(services) == 1


def test_cancel_with_typed_data_asks_first(qtbot, no_modal_questions, services, new_dialog):
    asked = no_modal_questions
    dialog = new_dialog()
    type_text(qtbot, field(dialog, QLineEdit, "first_name"), "มาลี")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_age_is_shown_as_typed_and_elders_are_ticked(qtbot, services, new_dialog):
    services.people._today = date(2026, 11, 20)  # the service's clock, which the form uses
    dialog = new_dialog()
    birth = field(dialog, QLineEdit, "birth_date")
    elder = field(dialog, QCheckBox, "is_elder")
    qtbot.keyClicks(birth, "1/5/2500")  # 1957: 69 years old on the service's today
    assert "69" in field(dialog, QLabel, "age").text()
    assert elder.isChecked()
    birth.clear()
    qtbot.keyClicks(birth, "1/5/2530")
    assert "39" in field(dialog, QLabel, "age").text()
    assert not elder.isChecked()  # ticked by the date, so untouched by the person: follows it


def test_filters_and_a_new_village_after_refresh(qtbot, page, services, villages):
    from wangmuang_desk.services.rows import VillageRow

    services.people.add(PersonInput(first_name="มาลี", sex="F", village_id=villages[1].id))
    services.people.add(
        PersonInput(first_name="ทองดี", sex="M", is_disabled=True, village_id=villages[2].id)
    )
    page.refresh()
    page.set_filter("flag", "women")
    assert [cells(page, r)[0] for r in range(page.table_model().rowCount())] == ["มาลี"]
    page.set_filter("flag", "disabled")
    assert cells(page, 0)[0] == "ทองดี" and "disabled" in cells(page, 0)[-1]
    page.set_filter("flag", None)
    page.set_filter("village_id", villages[2].id)
    assert page.table_model().rowCount() == 1

    services.office.save_villages([*villages.values(), VillageRow(0, 4, "บ้านใหม่")])
    page.refresh()
    combo = page.findChild(QComboBox, "filter_village_id")
    assert combo.count() == 5 and combo.findText(village_label(4, "บ้านใหม่")) >= 0
    assert combo.currentText() == village_label(2, villages[2].name)  # the choice stays


def test_elder_age_matches_the_service():
    from wangmuang_desk.services import people
    from wangmuang_desk.ui.dialogs import person_dialog

    assert person_dialog.ELDER_AGE == people.ELDER_AGE
