"""The paged model reads only what the view shows, however long the registry is."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView  # noqa: E402

from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.ui.models.paged_table_model import Column, PagedTableModel  # noqa: E402

TOTAL = 200_000
PAGE = 200


@dataclass(frozen=True)
class FakeRow:
    id: int
    name: str
    moo: int


class FakeSource:
    """200,000 rows made up on demand; a search keeps every tenth row."""

    sort_keys = ("name", "moo")

    def __init__(self, total: int = TOTAL) -> None:
        self.total = total
        self.counts: list[ListQuery] = []
        self.fetches: list[tuple[ListQuery, int, int]] = []

    def _size(self, query: ListQuery) -> int:
        return self.total // 10 if query.search else self.total

    def count(self, query: ListQuery) -> int:
        self.counts.append(query)
        return self._size(query)

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[FakeRow]:
        self.fetches.append((query, offset, limit))
        size = self._size(query)
        step = 10 if query.search else 1
        rows = []
        for position in range(offset, min(offset + limit, size)):
            number = size - 1 - position if query.descending else position
            row_id = number * step
            rows.append(FakeRow(row_id, f"คนที่ {row_id:06d}", row_id % 12 + 1))
        return rows

    def fetched_pages(self) -> set[int]:
        return {offset // PAGE for _query, offset, _limit in self.fetches}


COLUMNS = [
    Column("Name", lambda row: row.name, sort_key="name"),
    Column("Moo", lambda row: row.moo, sort_key="moo", alignment=Qt.AlignmentFlag.AlignRight),
    Column("Id", lambda row: row.id),  # no sort key: the database cannot sort by it
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


@pytest.fixture
def model(source: FakeSource) -> PagedTableModel:
    model = PagedTableModel(source, COLUMNS, page_size=PAGE, max_pages=10)
    model.set_query(ListQuery())
    return model


@pytest.fixture
def view(qtbot, model: PagedTableModel) -> QTableView:
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def visible_pages(view: QTableView) -> set[int]:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = view.model().rowCount() - 1
    return {row // PAGE for row in range(first, last + 1)}


def scroll_to(view: QTableView, row: int) -> set[int]:
    view.scrollTo(view.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    view.viewport().repaint()  # paint now: data() is asked for the rows in view
    return visible_pages(view)


def test_count_is_known_without_reading_rows(source: FakeSource, model: PagedTableModel):
    assert model.rowCount() == TOTAL
    assert len(source.counts) == 1
    assert len(source.fetches) <= 1


def test_set_query_emits_the_count(qtbot, source: FakeSource):
    model = PagedTableModel(source, COLUMNS)
    with qtbot.waitSignal(model.countChanged) as blocker:
        model.set_query(ListQuery())
    assert blocker.args == [TOTAL]
    assert source.fetches == []


def test_scrolling_to_the_middle_fetches_only_pages_in_view(
    source: FakeSource, model: PagedTableModel, view: QTableView
):
    first_screen = scroll_to(view, 0)
    middle_screen = scroll_to(view, TOTAL // 2)

    assert 500 in middle_screen
    assert source.fetched_pages() <= first_screen | middle_screen
    assert 500 in source.fetched_pages()
    assert len(source.counts) == 1
    # What is painted is the row at that position, not a neighbour.
    assert model.index(TOTAL // 2, 0).data() == f"คนที่ {TOTAL // 2:06d}"


def test_cache_stays_within_its_page_limit(
    source: FakeSource, model: PagedTableModel, view: QTableView
):
    for row in range(0, TOTAL, 3_917):  # 52 spread-out positions, many distinct pages
        scroll_to(view, row)
        assert len(model.cached_pages()) <= 10

    assert len(source.fetched_pages()) > 10  # pages were dropped and others fetched
    # Pages evicted long ago are fetched again when the person scrolls back.
    before = len(source.fetches)
    scroll_to(view, 0)
    assert len(source.fetches) > before


def test_reading_a_cached_page_does_not_fetch(source: FakeSource, model: PagedTableModel):
    assert model.row_at(5).name == "คนที่ 000005"
    fetched = len(source.fetches)
    assert model.row_at(150).id == 150
    assert model.index(199, 0).data() == "คนที่ 000199"
    assert len(source.fetches) == fetched
    assert model.row_at(TOTAL) is None


def test_sorting_passes_the_sort_key_to_the_source(source: FakeSource, model: PagedTableModel):
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query().sort_key == "moo"
    assert model.query().descending is True

    model.index(0, 0).data()
    query, offset, _limit = source.fetches[-1]
    assert (query.sort_key, query.descending, offset) == ("moo", True, 0)
    assert len(source.counts) == 1  # the same rows in another order: no new count
    assert model.sort_column() == 1


def test_a_column_without_sort_key_is_not_sortable(source: FakeSource, model: PagedTableModel):
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.index(0, 0).data()
    fetched = len(source.fetches)

    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.query().sort_key == "name"
    assert model.query().descending is False
    model.index(0, 0).data()
    assert len(source.fetches) == fetched  # still cached: nothing was reset


def test_header_click_sorts_through_the_model(
    source: FakeSource, model: PagedTableModel, view: QTableView
):
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.viewport().repaint()
    assert source.fetches[-1][0].sort_key == "name"
    assert model.index(0, 0).data() == f"คนที่ {TOTAL - 1:06d}"


def test_query_change_resets(qtbot, source: FakeSource, model: PagedTableModel):
    model.row_at(0)
    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.countChanged) as counted:
        model.set_query(ListQuery(search="7"))
    assert counted.args == [TOTAL // 10]
    assert model.rowCount() == TOTAL // 10
    assert model.cached_pages() == []
    assert model.row_at(1).id == 10
    assert source.fetches[-1][0].search == "7"


def test_refresh_keeps_the_query_and_drops_the_cache(source: FakeSource, model: PagedTableModel):
    model.set_query(ListQuery(search="7"))
    model.row_at(0)
    source.total = TOTAL + 100  # someone added rows meanwhile

    model.refresh()

    assert model.cached_pages() == []
    assert source.counts[-1].search == "7"
    assert model.rowCount() == (TOTAL + 100) // 10


def test_match_only_looks_at_pages_in_memory(source: FakeSource, model: PagedTableModel):
    model.row_at(0)
    fetched = len(source.fetches)
    hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "คนที่ 00001", -1)
    assert [index.row() for index in hits] == list(range(10, 20))
    assert model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "คนที่ 150000") == []
    assert len(source.fetches) == fetched


def test_display_formats_dates_and_money():
    from datetime import date
    from decimal import Decimal

    from wangmuang_desk.ui.models.paged_table_model import display_text

    assert display_text(date(2026, 11, 20)) == "20/11/2569"
    assert display_text(Decimal("1234.5")) == "1,234.50"
    assert display_text(None) == ""
