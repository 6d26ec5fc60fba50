"""The household list and form, driven the way staff use them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.rows import HouseholdInput, PersonInput  # noqa: E402
from wangmuang_desk.ui.dialogs.household_dialog import HouseholdDialog  # noqa: E402
from wangmuang_desk.ui.pages.households_page import HouseholdsPage  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import PersonPicker  # noqa: E402


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key events carrying Thai text (qtbot.keyClicks handles Latin-1 only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def pick(qtbot, picker: PersonPicker, typed: str, wanted: str) -> None:
    """Type into the picker and click the popup row that shows *wanted*."""
    type_text(qtbot, picker.line_edit(), typed)
    popup = picker.popup()
    model = popup.model()

    def row_of_wanted() -> int:
        texts = [model.index(n, 0).data() or "" for n in range(model.rowCount())]
        return next((n for n, text in enumerate(texts) if wanted in text), -1)

    qtbot.waitUntil(lambda: popup.isVisible() and row_of_wanted() >= 0)
    index = model.index(row_of_wanted(), 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    assert picker.person() is not None and wanted in picker.person().full_name


def drive(page, fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Let the page make its real dialog, but run *fill* on it instead of a modal exec()."""
    real_factory = type(page).dialog_factory
    opened: list[QDialog] = []

    def factory(*args, **kwargs):
        dialog = real_factory(*args, **kwargs)
        opened.append(dialog)

        def run() -> int:
            dialog.show()
            fill(dialog)
            return dialog.result()

        dialog.exec = run
        return dialog

    page.dialog_factory = factory
    return opened


def click_button(qtbot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.fixture
def page(qtbot, services, villages) -> HouseholdsPage:
    widget = HouseholdsPage(services)
    widget.resize(900, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(page: HouseholdsPage) -> list[list[str]]:
    model = page.table_model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_add_a_household_with_a_head_and_a_member(qtbot, page, services, villages):
    head = services.people.add(PersonInput(title="นาย", first_name="สมชาย", last_name="ใจดี"))
    member = services.people.add(PersonInput(title="นาง", first_name="บุญมี", last_name="ใจดี"))

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "house_no"), "12/3")
        choose(dialog.findChild(QComboBox, "village_id"), villages[1].id)
        pick(qtbot, dialog.findChild(PersonPicker, "head_person_id"), "สมชาย", "นายสมชาย ใจดี")
        pick(qtbot, dialog.findChild(PersonPicker, "member_picker"), "บุญมี", "นางบุญมี ใจดี")
        qtbot.mouseClick(dialog.findChild(QPushButton, "add_member"), Qt.MouseButton.LeftButton)
        members = dialog.findChild(QTableView, "members").model()
        assert [members.index(r, 0).data() for r in range(members.rowCount())] == [
            "นายสมชาย ใจดี (head)",
            "นางบุญมี ใจดี",
        ]
        click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    opened = drive(page, fill)
    qtbot.mouseClick(page.buttons()[0], Qt.MouseButton.LeftButton)

    assert isinstance(opened[0], HouseholdDialog)  # the page's own dialog, not a stand-in
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert cells(page) == [["12/3", "Moo 1 บ้านวังม่วง", "นายสมชาย ใจดี", "2"]]
    _row, saved = services.households.get(opened[0].saved_id)
    assert saved.head_person_id == head
    assert sorted(saved.member_ids) == sorted([head, member])
    # Members take the household's address.
    assert services.people.get(member)[0].house_no == "12/3"


def test_empty_house_number_is_shown_at_its_field_and_nothing_is_saved(
    qtbot, page, services, villages
):
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        choose(dialog.findChild(QComboBox, "village_id"), villages[2].id)
        click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
        house_no = dialog.findChild(QLineEdit, "house_no")
        seen["message"] = dialog.errors.message("house_no")
        seen["focused"] = dialog.focusWidget() is house_no
        seen["visible"] = dialog.isVisible()
        click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    drive(page, fill)
    qtbot.mouseClick(page.buttons()[0], Qt.MouseButton.LeftButton)

    assert seen == {"message": "Enter the house number.", "focused": True, "visible": True}
    assert services.households.count(ListQuery()) == 0
    assert cells(page) == []


def test_edit_removes_a_member_and_filter_by_village(qtbot, page, services, villages):
    a = services.people.add(PersonInput(title="นาย", first_name="ประเสริฐ", last_name="ศรีวังม่วง"))
    b = services.people.add(PersonInput(title="เด็กหญิง", first_name="ฐานิดา", last_name="รุ่งเรือง"))
    c = services.people.add(PersonInput(title="นาง", first_name="สมศรี", last_name="มีสุข"))
    services.households.add(
        HouseholdInput(
            house_no="234/1", village_id=villages[10].id, head_person_id=a, member_ids=[b]
        )
    )
    services.households.add(
        HouseholdInput(house_no="5", village_id=villages[2].id, head_person_id=c)
    )
    page.reload()
    page.set_filter("village_id", villages[10].id)
    assert [row[0] for row in cells(page)] == ["234/1"]

    def fill(dialog: QDialog) -> None:
        members = dialog.findChild(QTableView, "members")
        names = [members.model().index(r, 0).data() for r in range(members.model().rowCount())]
        members.selectRow(names.index("เด็กหญิงฐานิดา รุ่งเรือง"))
        qtbot.mouseClick(dialog.findChild(QPushButton, "remove_member"), Qt.MouseButton.LeftButton)
        click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    drive(page, fill)
    page.select_row(0)
    qtbot.mouseClick(page.buttons()[1], Qt.MouseButton.LeftButton)

    assert cells(page) == [["234/1", "Moo 10 บ้านท่าฤทธิ์", "นายประเสริฐ ศรีวังม่วง", "1"]]
    assert services.people.get(b)[0].household_id is None
