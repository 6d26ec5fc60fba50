"""The group's savings ledger tab, driven the way the treasurer's helper at the desk uses it.

Only the blocking exec() of the entry form is replaced (through the tab's factory), and the
Yes/No questions are answered by a stand-in for QMessageBox.question.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from wangmuang_desk.services.group_rows import GroupInput, LedgerInput  # noqa: E402
from wangmuang_desk.services.rows import PersonInput  # noqa: E402
from wangmuang_desk.ui.groups.ledger_tab import NEGATIVE_COLOUR, LedgerTab  # noqa: E402

JOINED = date(2024, 1, 10)
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def group(services, villages) -> dict[str, int]:
    """A processing group of three members: {"group": id, first name: membership id}."""
    gid = services.groups.save(None, GroupInput(
        name="กลุ่มแปรรูปปลาร้าบ้านหนองปลาไหล", group_type="processing",
        village_id=villages[2].id))
    ids = {"group": gid}
    for title, first, last in (("นาง", "บุญมี", "น้ำใส"), ("นาย", "สมชาย", "ใจดี"),
                               ("นางสาว", "ปู่ทอง", "ญี่ปุ่นดี")):
        person = services.people.add(PersonInput(title=title, first_name=first, last_name=last,
                                                 village_id=villages[2].id))
        ids[first] = services.group_members.add_member(gid, person, JOINED)
    return ids


def show(qtbot, tab: LedgerTab) -> LedgerTab:
    tab.resize(1200, 600)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def drive(tab: LedgerTab, fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Let the tab make its real entry form, but run *fill* on it instead of exec()."""
    real_factory = type(tab).entry_dialog_factory
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

    tab.entry_dialog_factory = factory
    return opened


def answer(monkeypatch, *answers: QMessageBox.StandardButton) -> list[str]:
    """Answer QMessageBox.question with *answers* in turn; returns the questions' texts."""
    asked: list[str] = []
    queue = list(answers)

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill_entry(qtbot, dialog: QDialog, kind: str, member: str | None, amount: str) -> None:
    kinds = dialog.findChild(QComboBox, "kind")
    kinds.setCurrentIndex(kinds.findData(kind))
    if member is not None:
        members = dialog.findChild(QComboBox, "member_id")
        members.setCurrentIndex(members.findText(member))
    field = dialog.findChild(QLineEdit, "amount")
    field.setFocus()
    qtbot.keyClicks(field, amount)


def save(qtbot, dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(tab: LedgerTab, model_name: str, number: int) -> list[str]:
    model = getattr(tab, model_name)
    return [model.index(r, number).data() for r in range(model.rowCount())]


def total(tab: LedgerTab, name: str) -> str:
    return tab.findChild(QLabel, name).text()


def test_a_deposit_shows_in_the_table_the_member_balances_and_the_summary(
        qtbot, services, group):
    tab = show(qtbot, LedgerTab(services, group["group"]))
    assert total(tab, "cash") == "0.00 baht"
    assert tab.entries_model.rowCount() == 0

    def fill(dialog: QDialog) -> None:
        fill_entry(qtbot, dialog, "deposit", "นางบุญมี น้ำใส", "1500")
        save(qtbot, dialog)

    opened = drive(tab, fill)
    qtbot.mouseClick(tab.findChild(type(tab.add_button), "add_entry"), Qt.MouseButton.LeftButton)

    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert column(tab, "entries_model", 1) == ["Deposit"]
    assert column(tab, "entries_model", 2) == ["นางบุญมี น้ำใส"]
    assert column(tab, "entries_model", 3) == ["1,500.00"]
    assert column(tab, "entries_model", 5) == ["1,500.00"]  # her savings after it
    assert column(tab, "entries_model", 6) == ["1,500.00"]  # the group's cash after it
    assert total(tab, "total_savings") == "1,500.00 baht"
    assert total(tab, "cash") == "1,500.00 baht"
    assert total(tab, "income") == "0.00 baht"
    balances = dict(zip(column(tab, "members_model", 0), column(tab, "members_model", 1),
                        strict=True))
    assert balances["นางบุญมี น้ำใส"] == "1,500.00"
    assert balances["นายสมชาย ใจดี"] == "0.00"
    assert tab.selected_entry() is not None and tab.selected_entry().amount == Decimal("1500")


def test_income_needs_no_member_and_the_member_field_is_hidden(qtbot, services, group):
    tab = show(qtbot, LedgerTab(services, group["group"]))
    seen: dict[str, bool] = {}

    def fill(dialog: QDialog) -> None:
        members = dialog.findChild(QComboBox, "member_id")
        seen["member shown for a deposit"] = members.isVisible()
        fill_entry(qtbot, dialog, "income", None, "2500.50")
        seen["member shown for income"] = members.isVisible()
        save(qtbot, dialog)

    drive(tab, fill)
    tab.add_entry()

    assert seen == {"member shown for a deposit": True, "member shown for income": False}
    assert column(tab, "entries_model", 1) == ["Group income"]
    assert column(tab, "entries_model", 2) == [""]
    assert total(tab, "income") == "2,500.50 baht"
    assert total(tab, "cash") == "2,500.50 baht"


def test_missing_member_and_amount_are_shown_at_their_fields(qtbot, services, group):
    tab = show(qtbot, LedgerTab(services, group["group"]))
    messages: dict[str, str | None] = {}

    def fill(dialog: QDialog) -> None:
        kinds = dialog.findChild(QComboBox, "kind")
        kinds.setCurrentIndex(kinds.findData("deposit"))
        save(qtbot, dialog)
        messages["member_id"] = dialog.errors.message("member_id")
        messages["amount"] = dialog.errors.message("amount")

    opened = drive(tab, fill)
    tab.add_entry()

    assert messages == {"member_id": "Choose the member.",
                        "amount": "Enter an amount greater than zero."}
    assert opened[0].isVisible()  # still open for the correction
    assert services.group_ledger.entries(group["group"]) == []


def test_a_withdrawal_larger_than_the_savings_warns_and_no_records_nothing(
        qtbot, services, group, monkeypatch):
    gid = group["group"]
    services.group_ledger.add_entry(gid, LedgerInput(JOINED, "deposit", Decimal(500),
                                                     group["สมชาย"]))
    tab = show(qtbot, LedgerTab(services, gid))
    asked = answer(monkeypatch, NO)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        fill_entry(qtbot, dialog, "withdrawal", "นายสมชาย ใจดี", "800")
        save(qtbot, dialog)
        seen["amount message"] = dialog.errors.message("amount")
        seen["still open"] = dialog.isVisible()

    opened = drive(tab, fill)
    tab.add_entry()

    assert len(asked) == 1 and "500.00" in asked[0]  # the question says what there is
    assert "500.00" in seen["amount message"] and "negative" in seen["amount message"]
    assert seen["still open"] is True
    assert opened[0].result() != QDialog.DialogCode.Accepted
    assert len(services.group_ledger.entries(gid)) == 1
    assert tab.entries_model.rowCount() == 1
    assert total(tab, "total_savings") == "500.00 baht"


def test_record_anyway_records_the_withdrawal_and_shows_the_negative_balance(
        qtbot, services, group, monkeypatch):
    gid = group["group"]
    services.group_ledger.add_entry(gid, LedgerInput(JOINED, "deposit", Decimal(500),
                                                     group["สมชาย"]))
    tab = show(qtbot, LedgerTab(services, gid))
    asked = answer(monkeypatch, YES)

    def fill(dialog: QDialog) -> None:
        fill_entry(qtbot, dialog, "withdrawal", "นายสมชาย ใจดี", "800")
        save(qtbot, dialog)

    opened = drive(tab, fill)
    tab.add_entry()

    assert len(asked) == 1
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert [(e.kind, e.amount) for e in services.group_ledger.entries(gid)] == [
        ("withdrawal", Decimal("800.00")), ("deposit", Decimal("500.00"))]
    assert column(tab, "entries_model", 5) == ["-300.00", "500.00"]
    assert tab.entries_model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) == NEGATIVE_COLOUR
    assert total(tab, "total_savings") == "-300.00 baht"
    assert "#c62828" in tab.findChild(QLabel, "total_savings").styleSheet()


def test_deleting_an_entry_asks_and_warns_before_a_balance_goes_negative(
        qtbot, services, group, monkeypatch):
    gid = group["group"]
    ledger = services.group_ledger
    deposit = ledger.add_entry(gid, LedgerInput(JOINED, "deposit", Decimal(1000), group["บุญมี"]))
    ledger.add_entry(gid, LedgerInput(date(2024, 2, 1), "withdrawal", Decimal(400),
                                      group["บุญมี"]))
    tab = show(qtbot, LedgerTab(services, gid))
    assert not tab.delete_button.isEnabled()  # nothing chosen yet

    tab.entries_table.selectRow(1)  # the deposit (newest first)
    assert tab.selected_entry().id == deposit
    asked = answer(monkeypatch, YES, NO)  # sure? yes; her savings would go negative: no
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "-400.00" in asked[1]
    assert len(ledger.entries(gid)) == 2

    answer(monkeypatch, NO)  # a change of mind at the first question
    tab.delete_selected()
    assert len(ledger.entries(gid)) == 2

    answer(monkeypatch, YES, YES)
    tab.delete_selected()
    assert [e.kind for e in ledger.entries(gid)] == ["withdrawal"]
    assert column(tab, "entries_model", 1) == ["Withdrawal"]
    assert total(tab, "total_savings") == "-400.00 baht"


def test_a_member_who_left_may_still_take_out_their_savings(qtbot, services, group):
    gid = group["group"]
    services.group_ledger.add_entry(gid, LedgerInput(JOINED, "deposit", Decimal(700),
                                                     group["ปู่ทอง"]))
    services.group_members.leave(group["ปู่ทอง"], date(2024, 3, 1))
    tab = show(qtbot, LedgerTab(services, gid))
    offered: list[str] = []

    def fill(dialog: QDialog) -> None:
        members = dialog.findChild(QComboBox, "member_id")
        offered.extend(members.itemText(n) for n in range(members.count()))
        fill_entry(qtbot, dialog, "withdrawal", offered[-1], "700")
        save(qtbot, dialog)

    opened = drive(tab, fill)
    tab.add_entry()

    assert offered == ["นางบุญมี น้ำใส", "นายสมชาย ใจดี",
                       "นางสาวปู่ทอง ญี่ปุ่นดี (left 01/03/2567)"]
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert column(tab, "entries_model", 5)[0] == "0.00"
