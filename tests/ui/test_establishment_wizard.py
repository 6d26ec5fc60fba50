"""The establishment wizard driven like staff would: pages filled and Next clicked, the member
rules refusing to go on with the reason shown, drafts kept and resumed, Finish writing the group
in one transaction (or nothing, with the problem shown on its page)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QDialog,
    QMessageBox,
    QWidget,
    QWizard,
)
from training_helpers import edit_cell, type_text  # noqa: E402

from wangmuang_desk.services.group_rows import ESTABLISHMENT_DRAFT_KIND  # noqa: E402
from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.rows import HouseholdInput, PersonInput  # noqa: E402
from wangmuang_desk.ui.groups.establishment_base import PAGE_KEYS  # noqa: E402
from wangmuang_desk.ui.groups.establishment_wizard import EstablishmentWizard  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import PersonPicker  # noqa: E402

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
GROUP_NAME = "กลุ่มแม่บ้านแปรรูปกล้วย"
# Distinct first names, so typing one finds exactly that person.
FIRST_NAMES = ["สมศรี", "บุญมา", "มาลี", "ประไพ", "สมชาย", "จันทร์เพ็ญ", "ทองใบ", "วิชัย"]


# --- people and helpers ----------------------------------------------------------------------
@pytest.fixture
def people(services, villages):
    """Eight people of หมู่ 2, each in a household of their own (house 10/1 ... 17/1)."""
    ids = []
    for number, first in enumerate(FIRST_NAMES):
        house = f"{number + 10}/1"
        pid = services.people.add(PersonInput(
            title="นาง", first_name=first, last_name="รักถิ่น", house_no=house,
            village_id=villages[2].id))
        services.households.add(HouseholdInput(house_no=house, village_id=villages[2].id,
                                               member_ids=[pid]))
        ids.append(pid)
    return ids


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


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    """Click the box itself (the widget is as wide as the form; its right part is empty)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def next_page(qtbot, wizard: EstablishmentWizard) -> None:
    click(qtbot, wizard.button(NEXT))


def settle(wizard: EstablishmentWizard) -> None:
    """Closing a wizard left open by a test: out through done(), which keeps the draft
    without asking (a question at teardown would have nobody to answer it)."""
    wizard.done(QDialog.DialogCode.Rejected)


def open_wizard(qtbot, services) -> EstablishmentWizard:
    wizard = EstablishmentWizard(services)
    qtbot.addWidget(wizard, before_close_func=settle)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def on_page(wizard: EstablishmentWizard) -> str:
    return PAGE_KEYS[wizard.currentId()]


def pick(qtbot, picker: PersonPicker, first_name: str) -> None:
    """Type part of the name, wait for the list and click the person in it."""
    picker.clear()
    type_text(qtbot, picker.line_edit(), first_name)
    popup = picker.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=15_000)
    index = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(index).center())
    assert picker.person() is not None and picker.person().first_name == first_name


def fill_origin(qtbot, wizard: EstablishmentWizard) -> None:
    page = wizard.origin_page
    type_text(qtbot, page.origin, "ประชาคมหมู่ 2 ขอให้ตั้งกลุ่ม")
    pick(qtbot, page.picker, FIRST_NAMES[0])
    click(qtbot, page.add_button)
    assert page.leader_names() == [f"นาง{FIRST_NAMES[0]} รักถิ่น"]


def fill_basic(qtbot, wizard: EstablishmentWizard, enterprise: bool = False) -> None:
    page = wizard.basic_page
    type_text(qtbot, page.name, GROUP_NAME)
    page.group_type.setCurrentIndex(page.group_type.findData("processing"))
    page.village.setCurrentIndex(page.village.findText("หมู่ 2", Qt.MatchFlag.MatchContains))
    qtbot.keyClicks(page.founded_on, "15/05/2567")
    type_text(qtbot, page.objectives, "เพิ่มรายได้")
    if enterprise:
        tick(qtbot, page.aims_enterprise)


def add_members(qtbot, wizard: EstablishmentWizard, names: list[str]) -> None:
    page = wizard.members_page
    for name in names:
        pick(qtbot, page.picker, name)
        click(qtbot, page.add_button)


def fill_committee(qtbot, wizard: EstablishmentWizard) -> None:
    page = wizard.committee_page
    for number, position in enumerate(("president", "vice_president", "secretary",
                                       "treasurer"), 1):
        page.seats[position].setCurrentIndex(number)  # members 1-4 (0 is "nobody")
    item = page.model.item(4)  # the fifth member sits as an ordinary committee member
    rect = page.committee_members.visualRect(item.index())
    check = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    check.setX(rect.left() + rect.height() // 2)
    qtbot.mouseClick(page.committee_members.viewport(), Qt.MouseButton.LeftButton, pos=check)
    assert item.checkState() == Qt.CheckState.Checked


def fill_capital(qtbot, wizard: EstablishmentWizard) -> None:
    page = wizard.capital_page
    type_text(qtbot, page.regulations, "ออมทุกเดือน")
    qtbot.keyClicks(page.share_value, "100")
    for row in range(len(wizard.members)):
        edit_cell(qtbot, page.table, row, 1, "2")  # shares
        edit_cell(qtbot, page.table, row, 3, "50")  # starting savings


def fill_products(qtbot, wizard: EstablishmentWizard) -> None:
    page = wizard.products_page
    type_text(qtbot, page.product_name, "กล้วยกวน")
    qtbot.keyClicks(page.price, "60")
    click(qtbot, page.add_product_button)
    page.tabs.setCurrentWidget(page.plan_tab)
    type_text(qtbot, page.plan_title, "ขอ มผช.")
    qtbot.keyClicks(page.end_date, "31/12/2567")
    click(qtbot, page.add_plan_button)
    assert [p.name for p in page.products_model.rows] == ["กล้วยกวน"]
    assert [i.title for i in page.plan_model.rows] == ["ขอ มผช."]


# --- tests -----------------------------------------------------------------------------------
def test_founding_a_group_page_by_page(qtbot, services, people, answers):
    wizard = open_wizard(qtbot, services)
    assert on_page(wizard) == "origin"
    fill_origin(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard)
    next_page(qtbot, wizard)
    assert on_page(wizard) == "members"

    add_members(qtbot, wizard, FIRST_NAMES[:6])
    page = wizard.members_page
    assert page.members_rule.text.text() == "6 members (minimum 7)"
    assert not page.members_rule.met
    next_page(qtbot, wizard)
    assert on_page(wizard) == "members"  # refused, with the reason under the list
    assert "at least 7 members" in page.errors.message("members")

    add_members(qtbot, wizard, FIRST_NAMES[6:7])
    assert page.members_rule.text.text() == "7 members (minimum 7)" and page.members_rule.met
    assert page.errors.message("members") is None  # the list changed: the message went away
    assert page.model.index(0, 1).data() == "10/1 หมู่ 2"  # each member's household
    next_page(qtbot, wizard)
    assert on_page(wizard) == "committee"

    fill_committee(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_capital(qtbot, wizard)
    assert "1,400.00 baht of share capital" in wizard.capital_page.totals.text()
    next_page(qtbot, wizard)
    fill_products(qtbot, wizard)
    next_page(qtbot, wizard)
    assert on_page(wizard) == "review"
    summary = wizard.review_page.summary.toPlainText()
    assert GROUP_NAME in summary and "Fix these" not in summary
    assert "7 members from 7 households" in summary

    click(qtbot, wizard.button(FINISH))

    assert wizard.group_id is not None and not wizard.isVisible()
    detail = services.groups.get(wizard.group_id)
    assert detail.row.name == GROUP_NAME and detail.row.member_count == 7
    assert detail.row.status == "established" and detail.data.origin.startswith("ประชาคม")
    seats = services.group_members.committee(wizard.group_id).current.seats
    assert [s.position for s in seats] == ["president", "vice_president", "secretary",
                                           "treasurer", "member"]
    balances = services.group_ledger.balances(wizard.group_id)
    assert balances.total_savings == Decimal("350")  # 7 × 50 baht of starting savings
    assert balances.share_capital == Decimal("1400")  # 7 × 2 shares × 100 baht
    assert [p.name for p in services.group_products.products(wizard.group_id)] == ["กล้วยกวน"]
    assert services.drafts.active(ESTABLISHMENT_DRAFT_KIND) is None
    assert answers[1] == []  # no question on the way


def test_enterprise_needs_seven_households(qtbot, services, villages, people, answers):
    # The sixth and seventh founders live in the same house: seven members, six households.
    house = services.households.find("15/1", villages[2].id)
    services.households.update(house.id, HouseholdInput(
        house_no="15/1", village_id=villages[2].id, member_ids=[people[5], people[6]]))
    wizard = open_wizard(qtbot, services)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard, enterprise=True)
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:7])
    page = wizard.members_page

    assert page.households_rule.isVisible() and not page.households_rule.met
    assert page.households_rule.text.text().startswith("6 different households (minimum 7)")
    assert page.model.index(6, 2).data() == "Same household as No. 6"
    next_page(qtbot, wizard)
    assert on_page(wizard) == "members"
    assert "at least 7 different households" in page.errors.message("members")

    # Without the enterprise aim seven members are enough.
    click(qtbot, wizard.button(BACK))
    tick(qtbot, wizard.basic_page.aims_enterprise)
    next_page(qtbot, wizard)
    assert not page.households_rule.isVisible()
    next_page(qtbot, wizard)
    assert on_page(wizard) == "committee"


def test_a_person_cannot_be_added_twice(qtbot, services, people, answers):
    wizard = open_wizard(qtbot, services)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard)
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:2])
    page = wizard.members_page
    pick(qtbot, page.picker, FIRST_NAMES[0])
    click(qtbot, page.add_button)

    assert len(wizard.members) == 2
    assert page.errors.message("member_picker") == (
        f"นาง{FIRST_NAMES[0]} รักถิ่น is already on the member list.")


def test_a_new_person_added_on_the_spot_joins_the_list(qtbot, services, people, answers):
    wizard = open_wizard(qtbot, services)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.members_page

    def fill_person_form() -> None:
        from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog

        dialog = page.findChild(PersonDialog)
        dialog.first_name.setText("สมใจ")
        dialog.last_name.setText("มาใหม่")
        dialog.save()

    QTimer.singleShot(0, fill_person_form)
    click(qtbot, page.new_button)

    assert [m.name for m in wizard.members] == ["สมใจ มาใหม่"]
    assert services.people.search("สมใจ")[0].id == wizard.members[0].person_id


def test_something_chosen_but_not_added_stops_next(qtbot, services, people, answers):
    wizard = open_wizard(qtbot, services)
    pick(qtbot, wizard.origin_page.picker, FIRST_NAMES[1])  # Add leader not clicked
    next_page(qtbot, wizard)
    assert on_page(wizard) == "origin"
    assert "Add leader" in wizard.origin_page.errors.message("leader_picker")

    click(qtbot, wizard.origin_page.add_button)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard)
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:7])
    next_page(qtbot, wizard)
    fill_committee(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.products_page
    type_text(qtbot, page.product_name, "กล้วยตาก")  # typed, Add product not clicked
    next_page(qtbot, wizard)
    assert on_page(wizard) == "products"
    assert "Add product" in page.errors.message("product_name")


def test_closing_keeps_a_draft_that_a_new_wizard_resumes(qtbot, services, people, answers):
    replies, asked = answers
    wizard = open_wizard(qtbot, services)
    fill_origin(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard, enterprise=True)
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:3])

    replies.append(YES)  # keep the draft
    wizard.close()
    assert not wizard.isVisible()
    assert asked == ["Keep the draft to continue later?"]
    draft = services.drafts.active(ESTABLISHMENT_DRAFT_KIND)
    assert draft is not None and draft.title == GROUP_NAME

    replies.append(YES)  # continue it
    again = open_wizard(qtbot, services)
    assert asked[-1].startswith("Continue the group you started on ")
    assert on_page(again) == "members"
    assert again.origin_page.origin.toPlainText() == "ประชาคมหมู่ 2 ขอให้ตั้งกลุ่ม"
    assert again.origin_page.leader_names() == [f"นาง{FIRST_NAMES[0]} รักถิ่น"]
    assert again.basic_page.name.text() == GROUP_NAME
    assert again.basic_page.founded_on.text() == "15/05/2567"
    assert again.basic_page.aims_enterprise.isChecked()
    assert [m.name for m in again.members] == [f"นาง{n} รักถิ่น" for n in FIRST_NAMES[:3]]

    add_members(qtbot, again, FIRST_NAMES[3:7])
    next_page(qtbot, again)
    fill_committee(qtbot, again)
    for _ in range(3):
        next_page(qtbot, again)
    assert on_page(again) == "review"
    click(qtbot, again.button(FINISH))

    assert services.groups.get(again.group_id).row.member_count == 7
    assert services.drafts.active(ESTABLISHMENT_DRAFT_KIND) is None


def test_leaving_a_page_saves_the_draft_and_no_discards_it(qtbot, services, people, answers):
    replies, _asked = answers
    wizard = open_wizard(qtbot, services)
    fill_origin(qtbot, wizard)
    next_page(qtbot, wizard)
    draft = services.drafts.active(ESTABLISHMENT_DRAFT_KIND)
    assert draft is not None and draft.title == "(unnamed)"
    assert draft.data["wizard_page"] == "basic" and draft.data["leader_ids"] == [people[0]]

    replies.append(QMessageBox.StandardButton.Cancel)  # second thoughts: stay
    click(qtbot, wizard.button(CANCEL))
    assert wizard.isVisible() and on_page(wizard) == "basic"
    replies.append(NO)  # do not keep it
    click(qtbot, wizard.button(CANCEL))
    assert not wizard.isVisible()
    assert services.drafts.active(ESTABLISHMENT_DRAFT_KIND) is None

    replies.append(NO)  # a draft is there again below: start fresh instead
    services.drafts.save(ESTABLISHMENT_DRAFT_KIND, "old", {"basic": {"name": "old"}})
    fresh = open_wizard(qtbot, services)
    assert on_page(fresh) == "origin" and fresh.basic_page.name.text() == ""
    assert services.drafts.active(ESTABLISHMENT_DRAFT_KIND) is None


def test_closing_the_program_keeps_the_draft_without_asking(qtbot, services, people, answers):
    _replies, asked = answers
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    wizard = EstablishmentWizard(services, main)  # closed and deleted with its main window
    wizard.show()
    qtbot.waitExposed(wizard)
    next_page(qtbot, wizard)
    type_text(qtbot, wizard.basic_page.name, GROUP_NAME)

    main.close()  # the main window goes first, then its dialogs are closed
    wizard.close()

    assert asked == [] and not wizard.isVisible()
    draft = services.drafts.active(ESTABLISHMENT_DRAFT_KIND)
    assert draft is not None and draft.data["basic"]["name"] == GROUP_NAME
    assert draft.data["wizard_page"] == "basic"


def test_a_failure_at_finish_goes_back_to_the_page_and_writes_nothing(
        qtbot, services, people, answers):
    wizard = open_wizard(qtbot, services)
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard)
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:7])
    next_page(qtbot, wizard)
    fill_committee(qtbot, wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    assert on_page(wizard) == "review"

    services.people.move_to_bin(people[6])  # someone else did this meanwhile
    click(qtbot, wizard.button(FINISH))

    assert wizard.isVisible() and wizard.group_id is None
    assert on_page(wizard) == "members"
    assert "recycle bin" in wizard.members_page.errors.message("members")
    assert wizard.members_page.model.index(6, 2).data() == "In the recycle bin"
    assert services.groups.count(ListQuery()) == 0
    draft = services.drafts.active(ESTABLISHMENT_DRAFT_KIND)
    assert draft is not None and draft.data["wizard_page"] == "members"


# --- a look at every page in Thai --------------------------------------------------------------
@pytest.fixture
def thai(qapp):
    from wangmuang_desk.ui import i18n

    i18n.install_translator(qapp, "th")  # before the wizard is built: its texts are read then
    yield qapp
    i18n.install_translator(qapp, "en")


def test_every_page_renders_in_thai(qtbot, services, villages, people, answers, thai, tmp_path):
    from wangmuang_desk.ui.fonts import ui_font

    house = services.households.find("15/1", villages[2].id)
    services.households.update(house.id, HouseholdInput(
        house_no="15/1", village_id=villages[2].id, member_ids=[people[5], people[6]]))
    wizard = open_wizard(qtbot, services)
    wizard.setFont(ui_font())  # the bundled Thai font, on this window only
    shots = []

    def shot(name: str) -> None:
        path = tmp_path / f"{len(shots) + 1:02d}_{name}.png"
        assert wizard.grab().save(str(path))
        shots.append(path)

    assert wizard.buttonText(NEXT).startswith("ถัดไป")
    fill_origin(qtbot, wizard)
    shot("origin")
    next_page(qtbot, wizard)
    fill_basic(qtbot, wizard, enterprise=True)
    qtbot.keyClicks(wizard.basic_page.phone, "0812345678")
    shot("basic")
    next_page(qtbot, wizard)
    add_members(qtbot, wizard, FIRST_NAMES[:7])
    next_page(qtbot, wizard)  # six households: refused, the reason under the list
    page = wizard.members_page
    assert on_page(wizard) == "members" and page.errors.message("members")
    # The longest name fits its column (nothing cut off at the right).
    widest = max(page.table.fontMetrics().horizontalAdvance(m.name) for m in wizard.members)
    assert page.table.horizontalHeader().sectionSize(0) > widest
    shot("members_refused")
    click(qtbot, wizard.button(BACK))
    tick(qtbot, wizard.basic_page.aims_enterprise)  # not aiming at an enterprise after all
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_committee(qtbot, wizard)
    shot("committee")
    next_page(qtbot, wizard)
    fill_capital(qtbot, wizard)
    shot("capital")
    next_page(qtbot, wizard)
    fill_products(qtbot, wizard)
    type_text(qtbot, wizard.products_page.strengths, "สมาชิกมีฝีมือ กล้วยมีตลอดปี")
    for tab in range(wizard.products_page.tabs.count()):
        wizard.products_page.tabs.setCurrentIndex(tab)
        shot(f"products_tab{tab + 1}")
    next_page(qtbot, wizard)
    assert on_page(wizard) == "review"
    shot("review")

    assert len(shots) == 9
    assert all(path.stat().st_size > 10_000 for path in shots)  # real pictures, not blanks
