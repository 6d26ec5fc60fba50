"""The registry list base: search, filters, sorting and the recycle-bin confirmation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.ui.models.paged_table_model import Column  # noqa: E402
from wangmuang_desk.ui.pages.registry_page import RegistryPage  # noqa: E402

# Sample rows for the screen only (not real people).
NAMES = [
    ("นาย", "สมชาย", "ใจดี"),
    ("นาง", "สมศรี", "มีสุข"),
    ("นางสาว", "ปู่ทอง", "ญี่ปุ่นดี"),
    ("นาย", "ผู้ใหญ่", "น้ำใส"),
    ("ด.ญ.", "ฐานิดา", "รุ่งเรือง"),
    ("นาย", "ประเสริฐ", "ศรีวังม่วง"),
    ("นาง", "บุญมี", "สุขสวัสดิ์"),
    ("นาย", "สมหมาย", "ทองคำ"),
]


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    moo: int
    phone: str


class FakePeople:
    sort_keys = ("name", "moo")

    def __init__(self) -> None:
        self.rows = [
            PersonRow(number + 1, f"{t}{first} {last}", number % 3 + 1, f"08x-xxx-{1000 + number}")
            for number, (t, first, last) in enumerate(NAMES)
        ]
        self.queries: list[ListQuery] = []

    def _select(self, query: ListQuery) -> list[PersonRow]:
        self.queries.append(query)
        rows = [row for row in self.rows if query.search in row.name]
        if query.filter("moo") is not None:
            rows = [row for row in rows if row.moo == query.filter("moo")]
        if query.sort_key:
            rows.sort(key=lambda row: getattr(row, query.sort_key), reverse=query.descending)
        return rows

    def count(self, query: ListQuery) -> int:
        return len(self._select(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[PersonRow]:
        return self._select(query)[offset : offset + limit]


class PeopleListPage(RegistryPage):
    default_sort_key = "name"

    def __init__(self, source: FakePeople) -> None:
        self.edited: list[PersonRow | None] = []
        self.binned: list[PersonRow] = []
        super().__init__(source)
        self.add_filter("moo", "Village", [("All", None), ("Moo 1", 1), ("Moo 2", 2)])

    def title(self) -> str:
        return "People"

    def columns(self) -> list[Column]:
        return [
            Column("Name", lambda row: row.name, sort_key="name"),
            Column("Moo", lambda row: row.moo, sort_key="moo"),
            Column("Phone", lambda row: row.phone),
        ]

    def open_editor(self, row: PersonRow | None) -> bool:
        self.edited.append(row)
        return True

    def move_to_bin(self, row: PersonRow) -> None:
        self.binned.append(row)
        self.source.rows.remove(row)

    def row_label(self, row: PersonRow) -> str:
        return row.name


@pytest.fixture
def source() -> FakePeople:
    return FakePeople()


@pytest.fixture
def page(qtbot, source: FakePeople) -> PeopleListPage:
    page = PeopleListPage(source)
    page.resize(900, 500)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page: RegistryPage) -> list[str]:
    model = page.table_model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_nothing_is_asked_before_the_page_is_shown(qtbot, source: FakePeople):
    page = PeopleListPage(source)
    qtbot.addWidget(page)
    assert source.queries == []


def test_opens_sorted_with_a_count(page: PeopleListPage, source: FakePeople):
    assert names(page) == sorted(row.name for row in source.rows)
    assert page.count_label().text() == "8 records"
    assert page.table_view().horizontalHeader().sortIndicatorSection() == 0


def test_typing_in_search_filters_rows(qtbot, page: PeopleListPage):
    for char in "สม":  # Thai letters as key events (qtbot.keyClicks is Latin-1 only)
        page.search_box().insert(char)

    qtbot.waitUntil(lambda: page.table_model().rowCount() == 3)
    assert all("สม" in name for name in names(page))
    assert page.count_label().text() == "3 records"


def test_typing_in_the_table_goes_to_the_search_box(qtbot, page: PeopleListPage):
    page.table_view().setFocus()
    qtbot.keyClicks(page.table_view(), "0")
    assert page.search_box().text() == "0"
    assert page.search_box().hasFocus()


def test_filter_goes_into_the_query(page: PeopleListPage, source: FakePeople):
    page.set_filter("moo", 2)
    assert source.queries[-1].filter("moo") == 2
    assert {row.moo for row in (page.table_model().row_at(n) for n in range(3))} == {2}


def test_header_click_on_an_unsortable_column_keeps_the_order(page: PeopleListPage):
    header = page.table_view().horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # what a click on "Phone" does
    assert page.table_model().query().sort_key == "name"
    assert header.sortIndicatorSection() == 0

    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert page.table_model().query().sort_key == "moo"
    assert page.table_model().query().descending


def test_edit_and_bin_need_a_selection(page: PeopleListPage):
    _add, edit, to_bin = page.buttons()
    assert not edit.isEnabled()
    assert not to_bin.isEnabled()
    page.select_row(1)
    assert edit.isEnabled()
    assert to_bin.isEnabled()


def test_enter_opens_the_editor_for_the_selected_row(qtbot, page: PeopleListPage):
    page.select_row(2)
    expected = page.selected_row()
    qtbot.keyClick(page.table_view(), Qt.Key.Key_Return)
    assert page.edited == [expected]


def test_move_to_recycle_bin_asks_first(qtbot, monkeypatch, page: PeopleListPage):
    asked: list[str] = []

    def answer_yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    page.select_row(0)
    row = page.selected_row()

    qtbot.mouseClick(page.buttons()[2], Qt.MouseButton.LeftButton)

    assert page.binned == [row]
    assert row.name in asked[0]
    assert "recycle bin" in asked[0]
    assert row.name not in names(page)  # refreshed after the move
    assert page.count_label().text() == "7 records"


def test_move_to_recycle_bin_answered_no_keeps_the_row(qtbot, monkeypatch, page: PeopleListPage):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.select_row(0)
    qtbot.mouseClick(page.buttons()[2], Qt.MouseButton.LeftButton)
    assert page.binned == []
    assert len(names(page)) == 8


def test_refresh_keeps_the_selected_record(page: PeopleListPage, source: FakePeople):
    page.select_row(3)
    chosen = page.selected_row()
    source.rows.append(PersonRow(99, "นาย อนันต์ อันดับหนึ่ง", 1, ""))  # sorts before it

    page.refresh()

    assert page.selected_row() == chosen
    assert page.count_label().text() == "9 records"


def test_page_renders_in_thai_with_names_unclipped(qtbot, page: PeopleListPage, tmp_path):
    try:
        from wangmuang_desk.ui.fonts import ui_font
    except ImportError:  # the bundled fonts module is optional for this base class
        ui_font = None
    if ui_font is not None:
        page.setFont(ui_font())  # this page only: the app font stays as other tests expect
    page.select_row(1)
    view = page.table_view()
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(name) for name in names(page))

    # Columns are fitted once the page is laid out; then the longest name fits its column.
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) > widest)
    assert view.verticalHeader().defaultSectionSize() >= metrics.height()

    path = tmp_path / "registry_page.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 0


class ManyPeople(FakePeople):
    """200,000 made-up rows that record which offsets were read."""

    def __init__(self) -> None:
        super().__init__()
        self.offsets: list[int] = []

    def count(self, query: ListQuery) -> int:
        self.queries.append(query)
        return 200_000

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[PersonRow]:
        self.offsets.append(offset)
        end = min(offset + limit, 200_000)
        return [PersonRow(n, f"นาย คนที่ {n:06d}", n % 12 + 1, "") for n in range(offset, end)]


def test_opening_a_huge_registry_reads_only_the_first_page(qtbot):
    source = ManyPeople()
    page = PeopleListPage(source)
    page.resize(900, 500)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    view = page.table_view()
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) > 100)  # columns fitted
    page.grab()

    assert page.count_label().text() == "200,000 records"
    assert source.offsets == [0]  # fitting columns and painting looked at the rows in view only
    assert len(source.queries) == 1
