"""The list of training rounds: columns, the fiscal-year and status filters, search, opening a
round's workspace (through the page's window_factory), the new-round wizard and the bin."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget  # noqa: E402

from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.training_rows import (  # noqa: E402
    ApprovalInput,
    BudgetLineInput,
    TrainingInput,
)
from wangmuang_desk.ui.trainings.trainings_page import TrainingsPage, date_range  # noqa: E402

TODAY = date(2026, 11, 20)  # fiscal year 2570
BROOMS = "อบรมการทำไม้กวาดดอกหญ้า"
BALM = "อบรมการทำยาหม่องสมุนไพร"
MATS = "อบรมการทำพรมเช็ดเท้า"


@pytest.fixture
def svc(services, villages):
    services.trainings._today = TODAY
    return services


@pytest.fixture
def rounds(svc) -> dict[str, int]:
    """Two rounds of fiscal year 2570 (one approved) and one of 2569."""
    brooms = svc.trainings.create_round(
        TrainingInput(title=BROOMS, planned_start=date(2026, 12, 1),
                      planned_end=date(2026, 12, 2), venue="ศาลาประชาคมหมู่ 2"),
        budget=[BudgetLineInput("meal", "อาหารกลางวัน", Decimal(30), Decimal(2), Decimal(100))],
        approval=ApprovalInput("4/2569", date(2026, 11, 10), Decimal(6000)))
    balm = svc.trainings.create(TrainingInput(title=BALM, planned_start=date(2026, 10, 15)))
    mats = svc.trainings.create(TrainingInput(title=MATS, planned_start=date(2026, 3, 5)))
    return {"brooms": brooms, "balm": balm, "mats": mats}


@pytest.fixture
def page(qtbot, svc, rounds) -> TrainingsPage:
    widget = TrainingsPage(svc)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(page: TrainingsPage) -> list[list[str]]:
    model = page.table_model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def titles(page: TrainingsPage) -> list[str]:
    return [row[1] for row in cells(page)]


def select(page: TrainingsPage, title: str) -> None:
    page.select_row(titles(page).index(title))


class FakeWorkspace(QDialog):
    """Stands in for the round's workspace: records what it was opened on, runs no loop."""

    opened: list[int] = []

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        FakeWorkspace.opened.append(training_id)

    def exec(self) -> int:
        return QDialog.DialogCode.Rejected


@pytest.fixture
def workspaces(page) -> list[int]:
    FakeWorkspace.opened = []
    page.window_factory = FakeWorkspace
    return FakeWorkspace.opened


def test_opens_on_the_current_fiscal_year_with_the_rounds_facts(page):
    assert page.year_combo.currentText() == "2570"
    assert titles(page) == [BROOMS, BALM]  # newest first
    brooms = cells(page)[0]
    assert brooms[0] == "2570"
    assert brooms[2] == "Approved"
    assert brooms[3] == "1–2 ธ.ค. 2569"
    assert brooms[4:7] == ["0", "0", "0"]  # trainees, sessions, certified
    assert brooms[7] == "4/10"  # topic, target, budget, approval
    assert brooms[8] == "ศาลาประชาคมหมู่ 2"
    assert cells(page)[1][7] == "2/10"  # topic and target (it has a date)
    assert page.count_label().text() == "2 records"


def test_filters_by_fiscal_year_and_status_and_searches_titles(qtbot, page):
    years = [page.year_combo.itemText(n) for n in range(page.year_combo.count())]
    assert years == ["All years", "2570", "2569"]
    page.set_filter("fiscal_year", 2569)
    assert titles(page) == [MATS]
    page.set_filter("fiscal_year", None)
    assert sorted(titles(page)) == sorted([BROOMS, BALM, MATS])
    page.set_filter("status", "planning")
    assert sorted(titles(page)) == sorted([BALM, MATS])
    page.set_filter("status", None)
    page.search_box().setText("ยาหม่อง")
    page.search_box().flush()
    assert titles(page) == [BALM]


def test_open_and_double_click_open_the_rounds_workspace(qtbot, page, rounds, workspaces):
    select(page, BALM)
    _add, open_button, _bin = page.buttons()
    assert open_button.text() == "Open"
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert workspaces == [rounds["balm"]]
    table = page.table_view()
    index = page.table_model().index(titles(page).index(BROOMS), 1)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert workspaces == [rounds["balm"], rounds["brooms"]]


def test_a_new_round_opens_in_its_workspace_and_its_year_is_offered(
        qtbot, page, svc, workspaces):
    """The wizard (replaced here: it has tests of its own) records a round of a year the list
    did not offer yet; the list then offers that year, shows it and opens the round."""
    made: list[int] = []

    class FakeWizard(QDialog):
        def __init__(self, services, parent=None) -> None:
            super().__init__(parent)
            self.training_id = None

        def exec(self) -> int:
            self.training_id = svc.trainings.create(TrainingInput(
                title="อบรมการเลี้ยงปลาดุก", planned_start=date(2027, 11, 2)))  # year 2571
            made.append(self.training_id)
            return QDialog.DialogCode.Accepted

    page.wizard_factory = FakeWizard
    new_button = page.buttons()[0]
    assert new_button.text() == "New round…"
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    assert workspaces == made
    assert page.year_combo.currentText() == "2571"
    assert titles(page) == ["อบรมการเลี้ยงปลาดุก"]
    assert page.selected_row().id == made[0]


def test_a_cancelled_wizard_opens_nothing(qtbot, page, workspaces):
    class CancelledWizard(QDialog):
        training_id = None

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    page.wizard_factory = lambda services, parent: CancelledWizard(parent)
    qtbot.mouseClick(page.buttons()[0], Qt.MouseButton.LeftButton)
    assert workspaces == []
    assert titles(page) == [BROOMS, BALM]


def test_move_to_recycle_bin_after_confirming(qtbot, page, svc, rounds, monkeypatch):
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: replies.pop(0))
    select(page, BALM)
    bin_button = page.buttons()[2]
    qtbot.mouseClick(bin_button, Qt.MouseButton.LeftButton)  # No
    assert titles(page) == [BROOMS, BALM]
    qtbot.mouseClick(bin_button, Qt.MouseButton.LeftButton)  # Yes
    assert titles(page) == [BROOMS]
    assert svc.trainings.count(ListQuery()) == 2
    assert [(item.kind, item.id) for item in svc.recycle_bin.items()] == [
        ("training", rounds["balm"])]


def test_a_workspace_that_is_not_a_dialog_refreshes_the_list_when_closed(
        qtbot, page, svc, rounds):
    opened: list[QWidget] = []

    def factory(services, training_id, parent):
        window = QWidget(parent, Qt.WindowType.Window)
        opened.append(window)
        return window

    page.window_factory = factory
    select(page, BALM)
    page.edit_selected()
    assert opened and opened[0].isVisible()
    svc.trainings.update(rounds["balm"], TrainingInput(title="อบรมการทำลูกประคบ",
                                                       planned_start=date(2026, 10, 15)))
    opened[0].close()
    qtbot.waitUntil(lambda: "อบรมการทำลูกประคบ" in titles(page), timeout=5_000)


@pytest.mark.parametrize(("start", "end", "shown"), [
    (date(2026, 12, 1), None, "1 ธ.ค. 2569"),
    (date(2026, 12, 1), date(2026, 12, 3), "1–3 ธ.ค. 2569"),
    (date(2026, 11, 30), date(2026, 12, 2), "30 พ.ย. – 2 ธ.ค. 2569"),
    (date(2026, 12, 31), date(2027, 1, 2), "31 ธ.ค. 2569 – 2 ม.ค. 2570"),
    (None, None, ""),
])
def test_dates_read_as_thai_staff_write_a_range(start, end, shown):
    from wangmuang_desk.services.training_rows import TrainingRow

    assert date_range(TrainingRow(1, 2570, "x", "planning", start, end, "", 0, 0, 0, 1)) == shown
