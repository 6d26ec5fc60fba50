"""The base of every registry list: search, filters, a paged table and add / edit / recycle bin.

A subclass says what to show (`title`, `columns`, `source`) and how to edit (`open_editor`,
`move_to_bin`, `row_label`); searching, sorting and paging happen in the database through the
source's `ListQuery`, so the page stays fast with 200,000 rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.services.listing import ListQuery, ListSource
from wangmuang_desk.ui.models.paged_table_model import Column, PagedTableModel
from wangmuang_desk.ui.widgets.search_box import SearchBox

# translate() with the base class as context: PySide6's self.tr() would use the subclass name
# and miss these strings, which lupdate files under "RegistryPage".
translate = QCoreApplication.translate

_MAX_FITTED_WIDTH = 320  # a long address must not push the other columns off screen
_COLUMN_PADDING = 16  # fitted columns get a little air so text does not touch the grid


class RegistryTable(QTableView):
    """The list itself: Enter edits, Delete moves to the bin, typing goes to the search box."""

    editRequested = Signal()
    binRequested = Signal()
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.editRequested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.binRequested.emit()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        # Qt's own type-to-find walks every row (every page); the database search is better.
        self.typed.emit(search)


class RegistryPage(QWidget):
    source: ListSource
    default_sort_key = ""  # the source's sort key the list opens with; "" = its default
    page_size = 200

    def __init__(self, source: ListSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if source is not None:
            self.source = source
        self._filters: dict[str, tuple[QComboBox, list[Any]]] = {}
        self._loaded = False
        self._columns_fitted = False

        self._title = QLabel(self.title())
        self._title.setObjectName("pageTitle")
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self._title.setFont(title_font)

        self._add_button = QPushButton(translate("RegistryPage", "Add"))
        self._edit_button = QPushButton(translate("RegistryPage", "Edit"))
        self._bin_button = QPushButton(translate("RegistryPage", "Move to recycle bin"))
        self._add_button.clicked.connect(self.add_record)
        self._edit_button.clicked.connect(self.edit_selected)
        self._bin_button.clicked.connect(self.move_selected_to_bin)

        self._search = SearchBox()
        # Filters may take the rest of the row, but never squeeze the search box to "…".
        self._search.setMinimumWidth(220)
        self._search.searchChanged.connect(self._requery)

        self._model = PagedTableModel(
            self.source,
            self.columns(),
            page_size=self.page_size,
            query=ListQuery(sort_key=self.default_sort_key),
            parent=self,
        )
        self._model.countChanged.connect(self._show_count)
        self._model.modelReset.connect(self._update_buttons)
        self._table = self._make_table()

        self._count_label = QLabel()
        self._count_label.setObjectName("recordCount")

        heading = QHBoxLayout()
        heading.addWidget(self._title, 1)
        for button in (self._add_button, self._edit_button, self._bin_button):
            heading.addWidget(button)
        self._filter_bar = QHBoxLayout()
        self._filter_bar.addWidget(self._search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._count_label)
        self._update_buttons()

    # -- what a subclass provides ----------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def open_editor(self, row: Any | None) -> bool:
        """Edit *row* (None: a new record); True when something was saved."""
        raise NotImplementedError

    def move_to_bin(self, row: Any) -> None:
        raise NotImplementedError

    def row_label(self, row: Any) -> str:
        """How the confirmation names the record, e.g. a person's full name."""
        raise NotImplementedError

    # -- filters and query -----------------------------------------------------------------

    def add_filter(self, name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        """A combo whose chosen value goes into ListQuery.filters[name] (None = no filter)."""
        combo = QComboBox()
        combo.setObjectName(f"filter_{name}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Narrow enough that the page fits a 1024-px screen; the open list shows names in full.
        combo.setMaximumWidth(200)
        # Values stay in Python: through QVariant a date would come back as a QDate.
        values = [value for _text, value in items]
        combo.addItems([text for text, _value in items])
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        caption = QLabel(label)
        caption.setBuddy(combo)
        self._filter_bar.addWidget(caption)
        self._filter_bar.addWidget(combo)
        self._filters[name] = (combo, values)
        combo.currentIndexChanged.connect(self._requery)
        return combo

    def set_filter(self, name: str, value: Any) -> None:
        combo, values = self._filters[name]
        combo.setCurrentIndex(values.index(value))

    def current_query(self) -> ListQuery:
        shown = self._model.query()
        filters = tuple(
            (name, values[combo.currentIndex()] if combo.currentIndex() >= 0 else None)
            for name, (combo, values) in self._filters.items()
        )
        return ListQuery(self._search.search_text(), shown.sort_key, shown.descending, filters)

    def reload(self) -> None:
        """Ask the source again with the current search, filters and order."""
        self._loaded = True
        self._model.set_query(self.current_query())

    def refresh(self) -> None:
        """Same query, fresh rows (after a save); the selected record stays selected."""
        if not self._loaded:
            return  # the first show asks anyway
        number = self._selected_number()
        row = self._model.row_at(number) if number >= 0 else None
        self._model.refresh()
        if row is not None and hasattr(row, "id"):
            found = self._model.find_row(row.id, number)
            if found >= 0:
                self.select_row(found)

    def _requery(self, *_args: object) -> None:
        # Before the page is first shown nothing is asked: opening the main window stays fast.
        if self._loaded:
            self._model.set_query(self.current_query())

    # -- selection and actions -------------------------------------------------------------

    def selected_row(self) -> Any | None:
        number = self._selected_number()
        return self._model.row_at(number) if number >= 0 else None

    def select_row(self, number: int) -> None:
        index = self._model.index(number, 0)
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(index)

    def add_record(self) -> None:
        if self.open_editor(None):
            self.refresh()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            saved = self.open_editor(row)
        except NotFoundError:
            self._report_gone()
            return
        if saved:
            self.refresh()

    def move_selected_to_bin(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # on first use: not needed to open the page

        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            translate("RegistryPage", "Move to recycle bin"),
            translate(
                "RegistryPage", "Move “{name}” to the recycle bin? It can be restored from there."
            ).format(name=self.row_label(row)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.move_to_bin(row)
        except NotFoundError:
            self._report_gone()
            return
        self.refresh()

    def _report_gone(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.title(),
            translate("RegistryPage", "This record no longer exists; the list is refreshed."),
        )
        self.refresh()

    def _selected_number(self) -> int:
        selection = self._table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return rows[0].row() if rows else -1

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected_number() >= 0
        self._edit_button.setEnabled(chosen)
        self._bin_button.setEnabled(chosen)

    def _show_count(self, count: int) -> None:
        self._count_label.setText(
            translate("RegistryPage", "{count} records").format(count=f"{count:,}")
        )

    # -- for subclasses and tests ----------------------------------------------------------

    def table_model(self) -> PagedTableModel:
        return self._model

    def table_view(self) -> QTableView:
        return self._table

    def search_box(self) -> SearchBox:
        return self._search

    def count_label(self) -> QLabel:
        return self._count_label

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """Add, Edit, Move to recycle bin."""
        return self._add_button, self._edit_button, self._bin_button

    # -- the table -------------------------------------------------------------------------

    def _make_table(self) -> RegistryTable:
        table = RegistryTable()
        table.setModel(self._model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures rows, so it never reads unseen pages.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setResizeContentsPrecision(0)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # fit columns to the rows in view only
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        # Qt's default indicator is column 0 descending; start from the query's own order.
        header.setSortIndicator(self._model.sort_column(), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # header clicks → model.sort → ORDER BY in the source
        header.sortIndicatorChanged.connect(self._keep_sort_indicator_honest)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.editRequested.connect(self.edit_selected)
        table.binRequested.connect(self.move_selected_to_bin)
        table.typed.connect(self._type_into_search)
        self._set_row_height(table)
        return table

    def _keep_sort_indicator_honest(self, column: int, order: Qt.SortOrder) -> None:
        # A click on a column the database cannot sort by must not show an arrow there.
        if column >= 0 and not self._model.is_sortable(column):
            query = self._model.query()
            shown = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            self._table.horizontalHeader().setSortIndicator(self._model.sort_column(), shown)

    def _type_into_search(self, text: str) -> None:
        self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search.end(False)
        self._search.insert(text)

    def _set_row_height(self, table: QTableView) -> None:
        # Room for Thai marks above and below the line (ปู่, ญี่ปุ่น) plus a little padding.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _fit_columns(self) -> None:
        self._columns_fitted = True
        self._table.resizeColumnsToContents()
        header = self._table.horizontalHeader()
        arrow = self._table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
        for column in range(self._model.columnCount() - 1):
            # Room for the caption and a sort arrow too, so a short column (หมู่) keeps its
            # whole caption once it is sorted.
            caption = header.sectionSizeHint(column) + arrow
            width = max(header.sectionSize(column) + _COLUMN_PADDING, caption)
            header.resizeSection(column, min(width, _MAX_FITTED_WIDTH))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._loaded:
            self.reload()
        if not self._columns_fitted:
            # After the layout has sized the table, so "the rows in view" are the real ones.
            QTimer.singleShot(0, self, self._fit_columns)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_table"):
            self._set_row_height(self._table)
            if self._columns_fitted:
                QTimer.singleShot(0, self, self._fit_columns)
