"""The occupational-group list: columns, filters, and the windows it opens.

The group window's exec() is replaced through the page's window_factory: the page builds the
real window, the test types and clicks in it, and the page then acts on what was saved.
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
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from wangmuang_desk.services.group_rows import GroupInput  # noqa: E402
from wangmuang_desk.services.rows import PersonInput  # noqa: E402
from wangmuang_desk.ui.groups import groups_page  # noqa: E402
from wangmuang_desk.ui.groups.group_window import GroupWindow  # noqa: E402
from wangmuang_desk.ui.groups.groups_page import GroupsPage  # noqa: E402

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


def cells(page: GroupsPage) -> list[list[str]]:
    model = page.table_model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def names(page: GroupsPage) -> list[str]:
    return [row[0] for row in cells(page)]


def drive_windows(qtbot, page: GroupsPage, script: Callable[[GroupWindow], None]) -> list:
    """Make the page's next group windows run *script* instead of a modal event loop."""
    made: list[GroupWindow] = []
    real = page.window_factory

    def factory(*args):
        window = real(*args)

        def exec_() -> int:
            window.show()
            qtbot.waitExposed(window)
            script(window)
            if window.isVisible():
                window.done(QDialog.DialogCode.Rejected)
            return window.result()

        window.exec = exec_
        made.append(window)
        return window

    page.window_factory = factory
    return made


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )


@pytest.fixture
def groups(services, villages) -> dict[str, int]:
    """Three groups in two villages, one of them established with seven members."""
    ids = {
        "ทอผ้า": services.groups.save(None, GroupInput(
            name="กลุ่มทอผ้าบ้านวังม่วง", group_type="handicraft", village_id=villages[1].id,
            founded_on=date(2023, 6, 1))),
        "เห็ด": services.groups.save(None, GroupInput(
            name="กลุ่มเพาะเห็ดหนองปลาไหล", group_type="agriculture",
            village_id=villages[2].id)),
        "ออม": services.groups.save(None, GroupInput(
            name="กลุ่มออมทรัพย์สตรี", group_type="savings", village_id=villages[2].id)),
    }
    for number in range(7):
        person = services.people.add(PersonInput(first_name=f"สมาชิก{number}", last_name="ทอผ้า"))
        services.group_members.add_member(ids["ทอผ้า"], person, date(2023, 6, 1))
    services.groups.set_status(ids["ทอผ้า"], "established", date(2023, 6, 1))
    return ids


@pytest.fixture
def page(qtbot, services, groups) -> GroupsPage:
    widget = GroupsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_list_shows_each_group_with_its_facts(page):
    # Order aside (the database's, by name): each row as staff read it.
    assert sorted(cells(page)) == sorted([
        ["กลุ่มทอผ้าบ้านวังม่วง", "Handicraft", "Moo 1 บ้านวังม่วง", "Established", "7",
         "01/06/2566"],
        ["กลุ่มเพาะเห็ดหนองปลาไหล", "Agriculture", "Moo 2 บ้านหนองปลาไหล", "Forming", "0", ""],
        ["กลุ่มออมทรัพย์สตรี", "Savings", "Moo 2 บ้านหนองปลาไหล", "Forming", "0", ""],
    ])
    assert page.count_label().text() == "3 records"


def test_filters_by_village_type_and_status(qtbot, page, villages):
    page.set_filter("village_id", villages[2].id)
    assert sorted(names(page)) == sorted(["กลุ่มเพาะเห็ดหนองปลาไหล", "กลุ่มออมทรัพย์สตรี"])
    type_combo = page.findChild(QComboBox, "filter_group_type")
    type_combo.setCurrentIndex(type_combo.findText("Savings"))
    assert names(page) == ["กลุ่มออมทรัพย์สตรี"]
    page.set_filter("village_id", None)
    page.set_filter("group_type", None)
    status_combo = page.findChild(QComboBox, "filter_status")
    status_combo.setCurrentIndex(status_combo.findText("Established"))
    assert names(page) == ["กลุ่มทอผ้าบ้านวังม่วง"]
    type_text(qtbot, page.search_box(), "ออม")
    qtbot.waitUntil(lambda: page.table_model().rowCount() == 0)  # established and "ออม": none


def test_add_creates_a_group_in_the_group_window_when_there_is_no_wizard(
    qtbot, page, services, villages, monkeypatch
):
    monkeypatch.setattr(groups_page, "establishment_wizard_class", lambda: None)

    def fill_in(window: GroupWindow) -> None:
        assert window.group_id is None
        basic = window.tab("basic")
        type_text(qtbot, basic.findChild(QLineEdit, "name"), "กลุ่มแปรรูปกล้วยตาก")
        combo = basic.findChild(QComboBox, "group_type")
        combo.setCurrentIndex(combo.findText("Processing"))
        village = basic.findChild(QComboBox, "village_id")
        village.setCurrentIndex(village.findText("Moo 10 บ้านท่าฤทธิ์"))
        qtbot.mouseClick(basic.findChild(QPushButton, "save"), LEFT)
        qtbot.mouseClick(window.findChild(QPushButton, "close"), LEFT)

    made = drive_windows(qtbot, page, fill_in)
    qtbot.mouseClick(page.buttons()[0], LEFT)

    assert len(made) == 1
    assert ["กลุ่มแปรรูปกล้วยตาก", "Processing", "Moo 10 บ้านท่าฤทธิ์", "Forming", "0", ""] in (
        cells(page)
    )


def test_add_opens_the_establishment_wizard_when_it_is_installed(qtbot, page, monkeypatch):
    opened = []

    class FakeWizard(QDialog):
        def __init__(self, services, parent) -> None:
            super().__init__(parent)
            opened.append((services, parent))

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(groups_page, "establishment_wizard_class", lambda: FakeWizard)
    windows = drive_windows(qtbot, page, lambda window: None)
    qtbot.mouseClick(page.buttons()[0], LEFT)
    assert opened == [(page.services, page)]
    assert windows == []


def test_a_group_founded_in_the_wizard_opens_in_its_window(qtbot, page, groups, monkeypatch):
    class FoundingWizard(QDialog):
        group_id = groups["เห็ด"]

        def __init__(self, services, parent) -> None:
            super().__init__(parent)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(groups_page, "establishment_wizard_class", lambda: FoundingWizard)
    windows = drive_windows(qtbot, page, lambda window: window.reject())
    qtbot.mouseClick(page.buttons()[0], LEFT)
    assert [w.group_id for w in windows] == [groups["เห็ด"]]


def test_double_click_opens_the_group_and_saving_refreshes_the_list(qtbot, page, groups):
    def rename(window: GroupWindow) -> None:
        assert window.group_id == groups["เห็ด"]
        name = window.tab("basic").findChild(QLineEdit, "name")
        assert name.text() == "กลุ่มเพาะเห็ดหนองปลาไหล"
        name.selectAll()
        type_text(qtbot, name, "กลุ่มเพาะเห็ดนางฟ้า")
        qtbot.mouseClick(window.tab("basic").findChild(QPushButton, "save"), LEFT)
        window.reject()

    made = drive_windows(qtbot, page, rename)
    table = page.table_view()
    row = names(page).index("กลุ่มเพาะเห็ดหนองปลาไหล")
    rect = table.visualRect(page.table_model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())

    assert len(made) == 1
    assert "กลุ่มเพาะเห็ดนางฟ้า" in names(page)
    assert "กลุ่มเพาะเห็ดหนองปลาไหล" not in names(page)


def test_the_working_group_button_opens_its_dialog(qtbot, page, monkeypatch):
    opened = []

    class FakeDialog(QDialog):
        def __init__(self, services, parent) -> None:
            super().__init__(parent)
            opened.append(services)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(groups_page, "working_group_dialog_class", lambda: FakeDialog)
    page.working_group_button.setVisible(True)
    qtbot.mouseClick(page.working_group_button, LEFT)
    assert opened == [page.services]


def test_move_to_bin_takes_the_group_off_the_list(qtbot, page, services, groups, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select_row(names(page).index("กลุ่มออมทรัพย์สตรี"))
    qtbot.mouseClick(page.buttons()[2], LEFT)
    assert "กลุ่มออมทรัพย์สตรี" not in names(page)
    assert page.count_label().text() == "2 records"
