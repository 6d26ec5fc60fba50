"""The group window and its tabs, driven the way staff use them, on a real database.

Only the blocking exec() of the small dialogs is replaced (through each tab's factory): the tab
builds the real dialog, the test types and clicks in it, and the tab acts on its real result.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from training_helpers import LEFT, drive, find, message_at, type_text  # noqa: E402
from training_helpers import pick_person as pick_first  # noqa: E402

from wangmuang_desk.services.group_rows import GroupInput  # noqa: E402
from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.rows import HouseholdInput, PersonInput  # noqa: E402
from wangmuang_desk.ui.groups.group_window import GroupWindow  # noqa: E402
from wangmuang_desk.ui.groups.labels import position_label, status_label  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import PersonPicker  # noqa: E402

# Three households: the first seven people are enough members, but not enough households
# for a community enterprise.
PEOPLE = [
    ("12", 1, "นาง", "สมศรี", "ใจดี"),
    ("12", 1, "นาย", "สมชาย", "ใจดี"),
    ("12", 1, "นางสาว", "บุญมา", "ใจดี"),
    ("45/1", 1, "นาง", "มาลี", "ทองคำ"),
    ("45/1", 1, "นาย", "ประเสริฐ", "ทองคำ"),
    ("7", 2, "นาง", "สุดา", "ศรีสุข"),
    ("7", 2, "นาย", "วิชัย", "ศรีสุข"),
    ("7", 2, "นางสาว", "จันทร์เพ็ญ", "ศรีสุข"),
]
GROUP_NAME = "กลุ่มจักสานผักตบชวาบ้านวังม่วง"


def click(qtbot, parent: QWidget, name: str) -> None:
    button = find(parent, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, LEFT)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def pick_person(qtbot, picker: PersonPicker, text: str) -> None:
    """Type part of a name in an emptied picker, click the first match, check it was taken."""
    picker.clear()
    pick_first(qtbot, picker, text)
    assert picker.person() is not None and text in picker.person().full_name


def table_texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch) -> list[str]:
    """A real QMessageBox would wait forever offscreen: answer No and keep what was asked."""
    asked: list[str] = []

    def answer_no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    return asked


@pytest.fixture
def people(services, villages) -> dict[str, int]:
    """{first name: person id}; each person belongs to the household at their address."""
    households: dict[str, int] = {}
    ids = {}
    for house_no, moo, title, first, last in PEOPLE:
        village_id = villages[moo].id
        if house_no not in households:
            households[house_no] = services.households.add(HouseholdInput(house_no, village_id))
        ids[first] = services.people.add(
            PersonInput(
                title=title, first_name=first, last_name=last, house_no=house_no,
                village_id=village_id, household_id=households[house_no],
            )
        )
    return ids


@pytest.fixture
def group_id(services, villages) -> int:
    return services.groups.save(
        None, GroupInput(name=GROUP_NAME, group_type="handicraft", village_id=villages[1].id,
                         founded_on=date(2024, 3, 1), share_value=None)
    )


def open_window(qtbot, services, group_id: int | None) -> GroupWindow:
    window = GroupWindow(services, group_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_tab(qtbot, window: GroupWindow, key: str) -> QWidget:
    """Click the tab's title, as staff would."""
    widget = window.tab(key)
    index = window.tabs.indexOf(widget)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert window.tabs.currentWidget() is widget
    return widget


def add_members(qtbot, services, window: GroupWindow, names: list[str]) -> None:
    tab = show_tab(qtbot, window, "members")

    def script(dialog: QDialog) -> None:
        for name in names:
            pick_person(qtbot, find(dialog, PersonPicker, "person_id"), name)
            click(qtbot, dialog, "addNext")
            assert message_at(dialog, "person_id") is None
        click(qtbot, dialog, "add")  # with nobody chosen: asks for a person, stays open
        assert message_at(dialog, "person_id")
        dialog.reject()  # closing after "Add and next" still reports what was added

    drive(qtbot, tab, "add_dialog_factory", script)
    click(qtbot, tab, "addMember")


# -- a new group -----------------------------------------------------------------------------


def test_a_new_group_is_created_from_the_basic_tab(qtbot, services, villages, people):
    window = open_window(qtbot, services, None)
    assert window.windowTitle() == "New group"
    assert [window.tabs.isTabEnabled(n) for n in range(window.tabs.count())].count(True) == 1
    assert not find(window, QPushButton, "printRegister").isEnabled()

    basic = window.tab("basic")
    click(qtbot, basic, "save")  # nothing typed: the service's messages show at the fields
    assert message_at(basic, "name") == "Enter the name of the group."
    assert message_at(basic, "group_type") == "Choose the type of group."
    assert services.groups.count(ListQuery()) == 0

    type_text(qtbot, find(basic, QLineEdit, "name"), GROUP_NAME)
    assert message_at(basic, "name") is None  # typing clears the message
    choose(find(basic, QComboBox, "group_type"), "Handicraft")
    choose(find(basic, QComboBox, "village_id"), "Moo 1 บ้านวังม่วง")
    type_text(qtbot, find(basic, QLineEdit, "founded_on"), "1/3/2567")
    type_text(qtbot, find(basic, QLineEdit, "share_value"), "50")
    pick_person(qtbot, find(basic, PersonPicker, "contact_person_id"), "มาลี")
    type_text(qtbot, find(basic, QLineEdit, "phone"), "0812345678")
    click(qtbot, basic, "save")

    assert message_at(basic, "name") is None
    assert window.group_id is not None and window.changed
    detail = services.groups.get(window.group_id)
    assert detail.data.name == GROUP_NAME
    assert detail.data.group_type == "handicraft"
    assert detail.data.village_id == villages[1].id
    assert detail.data.founded_on == date(2024, 3, 1)
    assert str(detail.data.share_value) == "50.00"
    assert detail.contact_name == "นางมาลี ทองคำ"
    assert detail.row.status == "forming"
    # Saved: every installed tab opens, the header names the group.
    assert all(window.tabs.isTabEnabled(n) for n in range(window.tabs.count()))
    for key in ("status", "members", "committee", "know_ourselves"):
        assert window.tab(key) is not None
    assert find(window, QLabel, "groupName").text() == GROUP_NAME
    assert find(window, QLabel, "statusBadge").text() == status_label("forming")
    assert window.windowTitle() == f"Group: {GROUP_NAME}"
    assert find(window, QPushButton, "printRegister").isEnabled()


def test_closing_with_unsaved_edits_asks_first(qtbot, services, group_id, no_modal_questions):
    window = open_window(qtbot, services, group_id)
    name = find(window.tab("basic"), QLineEdit, "name")
    assert name.text() == GROUP_NAME  # the tab loaded when the window was shown
    assert name.cursorPosition() == 0  # a long name shows its beginning
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, " ใหม่")
    click(qtbot, window, "close")
    assert no_modal_questions == ["Close without saving the changes?"]
    assert window.isVisible()  # answered No: still open, the edit kept
    assert name.text() == f"{GROUP_NAME} ใหม่"


def test_know_ourselves_saves_without_touching_the_basic_data(qtbot, services, group_id):
    window = open_window(qtbot, services, group_id)
    tab = show_tab(qtbot, window, "know_ourselves")
    type_text(qtbot, tab.findChild(QWidget, "strengths"), "ฝีมือประณีต")
    type_text(qtbot, tab.findChild(QWidget, "problems_needs"), "ขาดตลาด")
    click(qtbot, tab, "save")
    data = services.groups.get(group_id).data
    assert (data.strengths, data.problems_needs) == ("ฝีมือประณีต", "ขาดตลาด")
    assert data.name == GROUP_NAME and data.group_type == "handicraft"


# -- members, committee, status ------------------------------------------------------------


def test_members_are_added_shares_edited_and_a_member_leaves(qtbot, services, people, group_id):
    window = open_window(qtbot, services, group_id)
    first_seven = [p[3] for p in PEOPLE[:7]]
    add_members(qtbot, services, window, first_seven)

    tab = window.tab("members")
    table = find(tab, QTableWidget, "members")
    assert sorted(table_texts(table, 0)) == sorted(
        f"{p[2]}{p[3]} {p[4]}" for p in PEOPLE[:7]
    )
    assert "12 หมู่ 1" in table_texts(table, 1)
    summary = find(tab, QLabel, "memberSummary").text()
    assert summary.startswith("7 current members (at least 7 needed)")
    assert "households" not in summary  # a forming group: the households rule is not yet relevant
    assert find(window, QLabel, "groupDetails").text().endswith("7 member(s)")

    # The same person again: the rule's message, nothing added.
    def again(dialog: QDialog) -> None:
        pick_person(qtbot, find(dialog, PersonPicker, "person_id"), "สมศรี")
        click(qtbot, dialog, "add")
        assert message_at(dialog, "person_id") == "นางสมศรี ใจดี is already a member of this group."

    drive(qtbot, tab, "add_dialog_factory", again)
    click(qtbot, tab, "addMember")
    assert len(services.group_members.members(group_id)) == 7

    row = table_texts(table, 0).index("นางมาลี ทองคำ")
    table.selectRow(row)

    def shares(dialog: QDialog) -> None:
        box = dialog.findChild(QWidget, "shares")
        box.selectAll()
        qtbot.keyClicks(box, "15")
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "shares_dialog_factory", shares)
    click(qtbot, tab, "editShares")
    assert table.item(row, 4).text() == "15"

    def leave(dialog: QDialog) -> None:
        edit = find(dialog, QLineEdit, "left_on")
        edit.selectAll()
        type_text(qtbot, edit, "1/1/2500")  # before she joined
        click(qtbot, dialog, "ok")
        assert message_at(dialog, "left_on").startswith("The leaving date is before")
        edit.clear()
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_T)  # "t" means today
        click(qtbot, dialog, "ok")

    drive(qtbot, tab, "leave_dialog_factory", leave)
    click(qtbot, tab, "leave")
    assert "นางมาลี ทองคำ" not in table_texts(table, 0)
    assert find(tab, QLabel, "memberSummary").text().startswith("6 current members")
    find(tab, QWidget, "showPast").click()
    assert "นางมาลี ทองคำ" in table_texts(table, 0)
    left = table_texts(table, 0).index("นางมาลี ทองคำ")
    assert table.item(left, 3).text()  # the leaving date shows


def test_a_committee_term_is_started_and_kept_when_the_next_one_starts(
    qtbot, services, people, group_id
):
    for name in ("สมศรี", "มาลี", "สุดา", "วิชัย", "สมชาย"):
        services.group_members.add_member(group_id, people[name], date(2024, 3, 1))
    window = open_window(qtbot, services, group_id)
    tab = show_tab(qtbot, window, "committee")
    assert find(tab, QLabel, "currentTerm").text() == "No committee recorded yet."

    def first_term(dialog: QDialog) -> None:
        choose(find(dialog, QComboBox, "seat_president"), "นางสมศรี ใจดี")
        choose(find(dialog, QComboBox, "seat_vice_president"), "นางสมศรี ใจดี")  # twice
        choose(find(dialog, QComboBox, "seat_treasurer"), "นางมาลี ทองคำ")
        start = find(dialog, QLineEdit, "term_start")
        start.selectAll()
        type_text(qtbot, start, "1/3/2567")
        click(qtbot, dialog, "save")
        assert "has more than one seat" in message_at(dialog, "committee")
        choose(find(dialog, QComboBox, "seat_vice_president"), "นางสุดา ศรีสุข")
        dialog.set_ordinary([people["วิชัย"], people["สมศรี"]])  # the president is not ticked
        assert dialog.ordinary_ids() == [people["วิชัย"]]
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "dialog_factory", first_term)
    click(qtbot, tab, "newTerm")
    current = find(tab, QTableWidget, "currentCommittee")
    assert table_texts(current, 0) == [
        position_label("president"), position_label("vice_president"),
        position_label("treasurer"), position_label("member"),
    ]
    assert table_texts(current, 1) == [
        "นางสมศรี ใจดี", "นางสุดา ศรีสุข", "นางมาลี ทองคำ", "นายวิชัย ศรีสุข",
    ]
    assert find(tab, QLabel, "currentTerm").text() == "Current committee: from 01/03/2567"

    def second_term(dialog: QDialog) -> None:
        # Filled in from the current committee: only the president changes.
        assert find(dialog, QComboBox, "seat_treasurer").currentText() == "นางมาลี ทองคำ"
        choose(find(dialog, QComboBox, "seat_president"), "นายสมชาย ใจดี")
        start = find(dialog, QLineEdit, "term_start")
        start.selectAll()
        type_text(qtbot, start, "1/3/2568")
        click(qtbot, dialog, "save")

    drive(qtbot, tab, "dialog_factory", second_term)
    click(qtbot, tab, "newTerm")
    assert table_texts(current, 1)[0] == "นายสมชาย ใจดี"
    past = find(tab, QTableWidget, "pastCommittees")
    assert table_texts(past, 2)[0] == "นางสมศรี ใจดี"
    assert table_texts(past, 0)[0] == "01/03/2567 – 28/02/2568"  # ended the day before


def change_status(qtbot, window: GroupWindow, status: str, **fields: str) -> QDialog:
    tab = show_tab(qtbot, window, "status")
    made = drive(qtbot, tab, "dialog_factory", lambda dialog: _fill_status(qtbot, dialog, status,
                                                                           fields))
    click(qtbot, tab, "changeStatus")
    return made[0]


def _fill_status(qtbot, dialog: QDialog, status: str, fields: dict[str, str]) -> None:
    combo = find(dialog, QComboBox, "status")
    offered = [combo.itemText(n) for n in range(combo.count())]
    assert status_label(status) in offered
    choose(combo, status_label(status))
    for name, text in fields.items():
        edit = find(dialog, QLineEdit, name)
        edit.selectAll()
        type_text(qtbot, edit, text)
    click(qtbot, dialog, "ok")
    dialog.messages = {  # what the dialog showed, read before it closes
        name: message_at(dialog, name) for name in ("status", "on", "members", "enterprise_reg_no")
    }


def test_status_changes_follow_the_rules(qtbot, services, people, group_id):
    yesterday = services.groups.today() - timedelta(days=1)
    window = open_window(qtbot, services, group_id)
    status_tab = show_tab(qtbot, window, "status")
    combo_offer = services.groups.get(group_id).next_statuses
    assert combo_offer == ("established", "inactive", "dissolved")

    # Too few members to be established: the rule's message, nothing changes.
    dialog = change_status(qtbot, window, "established")
    assert dialog.messages["members"] == "A group needs at least 7 members; this one has 0."
    assert services.groups.get(group_id).row.status == "forming"

    add_members(qtbot, services, window, [p[3] for p in PEOPLE[:7]])
    be = f"{yesterday.day}/{yesterday.month}/{yesterday.year + 543}"
    dialog = change_status(qtbot, window, "established", on=be)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.groups.get(group_id).row.status == "established"
    assert find(window, QLabel, "statusBadge").text() == status_label("established")
    history = find(status_tab, QTableWidget, "statusHistory")
    assert table_texts(history, 0)[0] == status_label("established")

    change_status(qtbot, window, "registered")
    assert services.groups.get(group_id).row.status == "registered"
    members_tab = show_tab(qtbot, window, "members")
    summary = find(members_tab, QLabel, "memberSummary").text()
    assert "from 3 different households (7 needed for a community enterprise)" in summary

    # Seven members, but from three households: a community enterprise is refused.
    dialog = change_status(
        qtbot, window, "enterprise", enterprise_reg_no="1-19-12-03/1-0042",
        enterprise_reg_on=be,
    )
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.messages["members"] == (
        "A community enterprise needs members from at least 7 different households; "
        "these members come from 3."
    )
    detail = services.groups.get(group_id)
    assert detail.row.status == "registered"
    assert detail.enterprise_reg_no == ""
    assert [c.status for c in detail.history] == ["established", "registered"]
    assert find(window, QLabel, "statusBadge").text() == status_label("registered")


# -- the group register ----------------------------------------------------------------------


def test_the_print_button_previews_the_group_register(qtbot, services, people, group_id,
                                                      monkeypatch):
    from pypdf import PdfReader

    from wangmuang_desk.reports.pdf.readback import comparable
    from wangmuang_desk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    for name in ("สมศรี", "มาลี"):
        services.group_members.add_member(group_id, people[name], date(2024, 3, 1))
    shown: list[tuple[str, str, bytes]] = []

    def fake_exec(dialog) -> int:
        shown.append((dialog.windowTitle(), dialog.suggested_name, dialog.pdf_path.read_bytes()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    window = open_window(qtbot, services, group_id)
    click(qtbot, window, "printRegister")

    assert len(shown) == 1
    title, suggested, pdf = shown[0]
    assert title == f"Group register: {GROUP_NAME}"
    assert suggested == f"Group register {GROUP_NAME}.pdf"
    assert pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert comparable(GROUP_NAME) in comparable(text)
    assert comparable("สมศรี") in comparable(text)
