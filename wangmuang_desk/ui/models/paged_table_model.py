"""A table model that shows a registry of any size by fetching only the pages in view.

The database sorts and filters (through `ListQuery`); the model asks `count` once per query and
`fetch` for a page when the view first paints one of its rows, and forgets the least recently
used pages so memory stays flat while someone scrolls through 200,000 people.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wangmuang_desk.services.listing import ListQuery, ListSource
from wangmuang_desk.thai.dates import format_be_date

_Index = QModelIndex | QPersistentModelIndex

# The roles data() answers, as the plain ints Qt passes in. A view asks every cell it paints
# or measures for about eight roles, most of them none of ours: those are turned away first,
# before any index or row is looked at (the list is painted and measured at each start).
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _DECORATION})
_HORIZONTAL = Qt.Orientation.Horizontal
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class Column:
    header: str  # already translated by the page
    value: Callable[[Any], Any]  # row -> what DisplayRole shows
    sort_key: str | None = None  # one of the source's sort keys; None = not sortable
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str | None] | None = None
    decoration: Callable[[Any], Any] | None = None


def display_text(value: Any) -> str:
    """How a plain value reads in a cell: BE dates, money with two decimals, blank for None."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_be_date(value)
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


class PagedTableModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(
        self,
        source: ListSource,
        columns: list[Column],
        *,
        page_size: int = 200,
        max_pages: int = 10,
        query: ListQuery | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or max_pages < 1:
            raise ValueError("page_size and max_pages must be positive")
        self._source = source
        self._columns = list(columns)
        self._page_size = page_size
        self._max_pages = max_pages
        self._query = query or ListQuery()  # used from the first set_query()/refresh()
        self._count: int | None = None  # None until the first set_query: nothing asked yet
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()

    # -- the query -------------------------------------------------------------------------

    def query(self) -> ListQuery:
        return self._query

    def is_loaded(self) -> bool:
        return self._count is not None

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of *query*: one count now, pages later as the view asks for them."""
        count = self._source.count(query)  # before the reset: if it fails, the old rows stay
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = count
        self.endResetModel()
        self.countChanged.emit(count)

    def refresh(self) -> None:
        """Same query, fresh data: after a save or a move to the recycle bin."""
        self.set_query(self._query)

    def total(self) -> int:
        return self._count or 0

    def columns(self) -> list[Column]:
        return list(self._columns)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None

    def sort_column(self) -> int:
        """The column whose sort key the query uses, or -1 for the source's default order."""
        for number, column in enumerate(self._columns):
            if column.sort_key is not None and column.sort_key == self._query.sort_key:
                return number
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The database sorts; a column without a sort key keeps the current order.
        if column >= 0 and not self.is_sortable(column):
            return
        sort_key = self._columns[column].sort_key if column >= 0 else ""
        descending = column >= 0 and order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort_key=sort_key or "", descending=descending)
        if query == self._query:
            return
        if self._count is None:
            # Not shown yet: remember the order for the first load instead of counting now.
            self._query = query
            return
        # Same rows in another order: the count stays, only the pages go.
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self.endResetModel()

    # -- rows ------------------------------------------------------------------------------

    def row_at(self, index: _Index | int) -> Any:
        """The row dataclass at *index* (a model index or a row number), or None."""
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if not 0 <= row < self.total():
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def find_row(self, row_id: Hashable, near: int) -> int:
        """Row number of the row with id *row_id* on the page around row *near*, or -1.

        Only that page and its neighbours are looked at (the ones in view after a refresh),
        so keeping a selection never walks the whole registry.
        """
        if not 0 <= near < self.total() + self._page_size:
            return -1
        centre = min(near, max(self.total() - 1, 0)) // self._page_size
        for number in (centre, centre - 1, centre + 1):
            if not 0 <= number * self._page_size < self.total():
                continue
            for offset, row in enumerate(self._page(number)):
                if getattr(row, "id", None) == row_id:
                    return number * self._page_size + offset
        return -1

    def cached_pages(self) -> list[int]:
        """Page numbers held in memory, least recently used first (for tests and benchmarks)."""
        return list(self._pages)

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._source.fetch(self._query, number * self._page_size, self._page_size)
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.total()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.column()
        if not 0 <= number < len(self._columns):
            return None
        column = self._columns[number]
        if role == _ALIGNMENT:
            return column.alignment
        if role == _DISPLAY:
            row = self.row_at(index)
            return None if row is None else display_text(column.value(row))
        if role == _TOOLTIP and column.tooltip is not None:
            row = self.row_at(index)
            return None if row is None else column.tooltip(row)
        if role == _DECORATION and column.decoration is not None:
            row = self.row_at(index)
            return None if row is None else column.decoration(row)
        return None

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != _DISPLAY and role != _ALIGNMENT:
            return None
        if orientation != _HORIZONTAL or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        return column.header if role == _DISPLAY else column.alignment

    def match(  # noqa: N802 - Qt API
        self,
        start: _Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        # Qt's keyboard search and QComboBox.findText call match(), which would read every
        # row and so fetch every page: look at the pages in memory only (the database
        # searches through the query).
        kind = Qt.MatchFlag(flags).value & 0x0F  # the match type is a number, not a bit
        tests: dict[int, Callable[[str, str], bool]] = {
            Qt.MatchFlag.MatchExactly.value: lambda text, needle: text == needle,
            Qt.MatchFlag.MatchContains.value: lambda text, needle: needle in text,
            Qt.MatchFlag.MatchEndsWith.value: lambda text, needle: text.endswith(needle),
        }
        test = tests.get(kind, lambda text, needle: text.startswith(needle))
        needle = str(value).casefold()
        column = start.column() if start.isValid() else 0
        found: list[QModelIndex] = []
        for number in sorted(self._pages):
            for offset in range(len(self._pages[number])):
                index = self.index(number * self._page_size + offset, column)
                if test(str(self.data(index, role) or "").casefold(), needle):
                    found.append(index)
                    if hits != -1 and len(found) >= hits:
                        return found
        return found
