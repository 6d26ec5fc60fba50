"""The group window's products, development-plan and history tabs, used as staff would."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from wangmuang_desk.db.models import SupportRequest, Training  # noqa: E402
from wangmuang_desk.services.group_rows import GroupInput, PlanItemInput  # noqa: E402
from wangmuang_desk.services.rows import PersonInput, RawMaterialInput  # noqa: E402
from wangmuang_desk.ui.groups.history_tab import HistoryTab  # noqa: E402
from wangmuang_desk.ui.groups.plan_tab import OVERDUE_BACKGROUND, PlanTab  # noqa: E402
from wangmuang_desk.ui.groups.products_tab import ProductsTab  # noqa: E402

TODAY = date.today()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key events carrying Thai text (qtbot.keyClicks handles Latin-1 only)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def show(qtbot, widget: QWidget) -> QWidget:
    widget.resize(1100, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drive(tab, fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Let the tab make its real dialog, but run *fill* on it instead of a modal exec()."""
    real_factory = type(tab).dialog_factory
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

    tab.dialog_factory = factory
    return opened


def save(qtbot, dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(model, number: int) -> list[str]:
    return [model.index(r, number).data() for r in range(model.rowCount())]


def say_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def gid(services, villages) -> int:
    gid = services.groups.save(None, GroupInput(
        name="กลุ่มไม้กวาดดอกหญ้าบ้านท่าฤทธิ์", group_type="handicraft",
        village_id=villages[10].id))
    person = services.people.add(PersonInput(title="นาง", first_name="บุญมี",
                                             last_name="น้ำใส", village_id=villages[10].id))
    services.group_members.add_member(gid, person, date(2024, 1, 10))
    return gid


# -- products ---------------------------------------------------------------------------------


def test_a_product_with_two_raw_materials_is_saved_and_listed(qtbot, services, villages, gid):
    for name in ("ดอกหญ้า", "ไม้ไผ่", "ด้ายไนลอน"):
        services.raw_materials.save(None, RawMaterialInput(name=name,
                                                           village_id=villages[10].id))
    tab = show(qtbot, ProductsTab(services, gid))
    assert tab.findChild(QLabel, "emptyState").isVisible()
    category = services.office.ref_list("otop_category")[3]

    def fill(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "ไม้กวาดดอกหญ้าด้ามไม้ไผ่")
        categories = dialog.findChild(QComboBox, "otop_category")
        categories.setCurrentIndex(categories.findText(category))
        stars = dialog.findChild(QSpinBox, "otop_stars")
        stars.setFocus()
        for _ in range(3):
            qtbot.keyClick(stars, Qt.Key.Key_Up)
        qtbot.mouseClick(dialog.findChild(QCheckBox, "standards_other"),
                         Qt.MouseButton.LeftButton)
        standards = dialog.findChild(QWidget, "standards")
        ticked = {box.text(): box for box in standards.findChildren(QCheckBox)}
        qtbot.mouseClick(ticked["มผช."], Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.findChild(QLineEdit, "standards_other_text"), "Q mark")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "price"), "85")
        unit = dialog.findChild(QComboBox, "unit")
        unit.lineEdit().clear()
        type_text(qtbot, unit.lineEdit(), "อัน")
        materials = dialog.findChild(QListView, "raw_material_ids")
        model = materials.model()
        materials.setFocus()
        for row in range(model.rowCount()):
            if model.index(row, 0).data().split(" (")[0] in ("ดอกหญ้า", "ไม้ไผ่"):
                materials.setCurrentIndex(model.index(row, 0))
                qtbot.keyClick(materials, Qt.Key.Key_Space)  # ticks the box, as a person would
        save(qtbot, dialog)

    opened = drive(tab, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    assert opened[0].result() == QDialog.DialogCode.Accepted
    [product] = services.group_products.products(gid)
    assert product.name == "ไม้กวาดดอกหญ้าด้ามไม้ไผ่"
    assert sorted(product.material_names) == ["ดอกหญ้า", "ไม้ไผ่"]
    assert product.otop_category == category and product.otop_stars == 3
    assert product.standards == "มผช., Q mark"
    assert product.price == Decimal("85.00") and product.unit == "อัน"
    assert [column(tab.model, c) for c in range(7)] == [
        ["ไม้กวาดดอกหญ้าด้ามไม้ไผ่"], [category], ["3"], ["มผช., Q mark"], ["85.00"], ["อัน"],
        [", ".join(product.material_names)]]
    assert not tab.findChild(QLabel, "emptyState").isVisible()

    # Opening it again shows the same choices ticked.
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        seen["materials"] = sorted(dialog.material_ids())
        boxes = dialog.findChild(QWidget, "standards").findChildren(QCheckBox)
        seen["ticked"] = sorted(b.text() for b in boxes if b.isChecked())
        seen["other"] = dialog.findChild(QLineEdit, "standards_other_text").text()
        dialog.reject()

    drive(tab, look)
    tab.table.selectRow(0)
    tab.edit_selected()
    assert seen["materials"] == sorted(product.raw_material_ids)
    assert seen["ticked"] == sorted(["มผช.", "Other:"])
    assert seen["other"] == "Q mark"


def test_a_product_without_a_name_is_refused_at_the_name(qtbot, services, gid):
    tab = show(qtbot, ProductsTab(services, gid))
    messages: dict[str, str | None] = {}

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "price"), "-5")
        save(qtbot, dialog)
        messages["name"] = dialog.errors.message("name")
        messages["price"] = dialog.errors.message("price")

    drive(tab, fill)
    tab.open_editor(None)
    assert messages["name"] == "Enter the name of the product."
    assert messages["price"]
    assert services.group_products.products(gid) == []


def test_a_product_moves_to_the_recycle_bin_after_confirmation(
        qtbot, services, gid, monkeypatch):
    from wangmuang_desk.services.group_rows import ProductInput

    services.group_products.save_product(None, ProductInput(gid, "ไม้กวาดทางมะพร้าว"))
    tab = show(qtbot, ProductsTab(services, gid))
    assert not tab.bin_button.isEnabled()
    tab.table.selectRow(0)
    asked = say_yes(monkeypatch)
    qtbot.mouseClick(tab.bin_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "ไม้กวาดทางมะพร้าว" in asked[0]
    assert services.group_products.products(gid) == []
    assert tab.model.rowCount() == 0


# -- development plan -------------------------------------------------------------------------


def test_overdue_plan_items_are_highlighted(qtbot, services, gid):
    save_item = services.group_products.save_plan_item
    save_item(None, PlanItemInput(gid, "ขอมาตรฐาน มผช.", "ประธานกลุ่ม",
                                  TODAY - timedelta(days=30), "in_progress"))
    save_item(None, PlanItemInput(gid, "อบรมการตลาดออนไลน์", "",
                                  TODAY - timedelta(days=60), "done"))
    save_item(None, PlanItemInput(gid, "ออกร้านงานกาชาด", "เลขานุการ",
                                  TODAY + timedelta(days=30), "planned"))
    tab = show(qtbot, PlanTab(services, gid))

    model = tab.model
    titles = column(model, 0)
    assert titles == ["อบรมการตลาดออนไลน์", "ขอมาตรฐาน มผช.", "ออกร้านงานกาชาด"]
    backgrounds = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
                   for r in range(model.rowCount())]
    assert backgrounds == [None, OVERDUE_BACKGROUND, None]
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Overdue" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert column(model, 3) == ["Done", "In progress", "Planned"]
    assert "1 item(s)" in tab.findChild(QLabel, "planSummary").text()

    # Marked done, it is no longer late.
    def fill(dialog: QDialog) -> None:
        statuses = dialog.findChild(QComboBox, "status")
        statuses.setCurrentIndex(statuses.findData("done"))
        save(qtbot, dialog)

    drive(tab, fill)
    tab.table.selectRow(1)
    tab.edit_selected()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.findChild(QLabel, "planSummary").text() == "Nothing is overdue."


def test_a_plan_item_is_added_with_its_end_date_and_deleted(qtbot, services, gid, monkeypatch):
    tab = show(qtbot, PlanTab(services, gid))

    def fill(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "จัดทำบัญชีกลุ่มให้เป็นปัจจุบัน")
        type_text(qtbot, dialog.findChild(QLineEdit, "lead"), "เหรัญญิก")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "end_date"), "30/9/2568")
        save(qtbot, dialog)

    drive(tab, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [item] = services.group_products.plan_items(gid)
    assert (item.title, item.lead, item.end_date, item.status) == (
        "จัดทำบัญชีกลุ่มให้เป็นปัจจุบัน", "เหรัญญิก", date(2025, 9, 30), "planned")
    assert column(tab.model, 2) == ["30/09/2568"]
    assert tab.selected_item().id == item.id  # the new item is the one chosen

    say_yes(monkeypatch)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert services.group_products.plan_items(gid) == []
    assert tab.model.rowCount() == 0


# -- history ----------------------------------------------------------------------------------


def test_history_lists_support_and_training_and_says_when_there_is_none(
        qtbot, services, db, gid):
    tab = show(qtbot, HistoryTab(services, gid))
    empty = tab.findChild(QLabel, "emptyState")
    assert empty.isVisible() and "appear here" in empty.text()
    assert not tab.table.isVisible()

    with db.session() as s:
        s.add(SupportRequest(group_id=gid, fiscal_year=2568, requested_on=date(2024, 11, 5),
                             description="ขอสนับสนุนเครื่องอัดด้ามไม้กวาด\nรายละเอียดตามแนบ",
                             requested_amount=Decimal("15000"), approved_amount=Decimal("12000"),
                             status="approved"))
        s.add(Training(group_id=gid, fiscal_year=2568, title="อบรมการทำไม้กวาดดอกหญ้า",
                       planned_start=date(2025, 2, 14), status="planning"))
    tab.refresh()

    assert not empty.isVisible() and tab.table.isVisible()
    model = tab.model
    assert column(model, 0) == ["05/11/2567", "14/02/2568"]
    assert column(model, 1) == ["Support", "Training"]
    assert column(model, 2) == ["ขอสนับสนุนเครื่องอัดด้ามไม้กวาด", "อบรมการทำไม้กวาดดอกหญ้า"]
    assert column(model, 3) == ["2568", "2568"]
    assert column(model, 4) == ["12,000.00", ""]
    assert column(model, 5) == ["Approved", "Planning"]  # the training page's own words
    assert "15,000.00" in model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
