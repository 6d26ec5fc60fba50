"""The list of training rounds: fiscal year, title, status, dates, venue, trainees, sessions,
certificates and how many of the manual's ten steps are done.

It opens on the current fiscal year (or the newest with rounds when this one has none).
"New round…" starts the new-round wizard (steps 1–5) and then opens the new round's
workspace; Open (or a double-click) opens a round's workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.training_rows import STATUSES, STEPS, TrainingRow
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.trainings.labels import status_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


_TITLE_COLUMN = 1
_TITLE_MIN = 220  # px: still "โครงการฝึกอบรมการทำไม้กวาด…"
_VENUE_ROOM = 140  # px kept for the start of the venue, the last column


def training_window(services: Any, training_id: int, parent: QWidget | None = None) -> Any:
    """The round's workspace, imported when first opened (a heavy window)."""
    from wangmuang_desk.ui.trainings.pdf_documents import PdfDocuments
    from wangmuang_desk.ui.trainings.training_window import TrainingWindow

    return TrainingWindow(services, training_id, parent, documents=PdfDocuments(services.db))


def new_round_wizard(services: Any, parent: QWidget | None = None) -> Any:
    from wangmuang_desk.ui.trainings.new_round_wizard import NewRoundWizard

    return NewRoundWizard(services, parent)


def date_range(row: TrainingRow) -> str:
    """The planned days as Thai staff write a range: "1–3 ธ.ค. 2569",
    "30 พ.ย. – 2 ธ.ค. 2569", or both dates in full across a year's end."""
    start, end = row.planned_start, row.planned_end
    if start is None:
        return ""
    last = format_be_date(end or start, "short")
    if end is None or end == start:
        return last
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{last}"
    if start.year == end.year:
        day_month = format_be_date(start, "short").rsplit(" ", 1)[0]
        return f"{day_month} – {last}"
    return f"{format_be_date(start, 'short')} – {last}"


class TrainingsPage(RegistryPage):
    default_sort_key = "start"
    # How the page makes its windows; tests replace them to drive or record them.
    window_factory: Callable[..., Any] = staticmethod(training_window)
    wizard_factory: Callable[..., QDialog] = staticmethod(new_round_wizard)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services
        super().__init__(services.trainings, parent)
        self._windows: list[QWidget] = []  # workspaces that are not dialogs stay referenced
        self.year_combo = self.add_filter(
            "fiscal_year", translate("TrainingsPage", "Fiscal year"), self._year_items())
        self.set_filter("fiscal_year", services.trainings.opening_year())
        self.add_filter(
            "status",
            translate("TrainingsPage", "Status"),
            [(translate("TrainingsPage", "All statuses"), None)]
            + [(status_label(code), code) for code in STATUSES],
        )
        self.search_box().setPlaceholderText(
            translate("TrainingsPage", "Find a round by its title…"))
        add, edit, _bin = self.buttons()
        add.setText(translate("TrainingsPage", "New round…"))
        add.setObjectName("newRound")
        edit.setText(translate("TrainingsPage", "Open"))
        edit.setObjectName("openRound")

    def _year_items(self) -> list[tuple[str, Any]]:
        return [(translate("TrainingsPage", "All years"), None)] + [
            (str(year), year) for year in self.services.trainings.fiscal_years()]

    def refresh_years(self) -> None:
        """Offer the fiscal years that now have rounds (a new round may start a new year),
        keeping the year chosen."""
        combo, values = self._filters["fiscal_year"]
        chosen = values[combo.currentIndex()] if combo.currentIndex() >= 0 else None
        items = self._year_items()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([text for text, _value in items])
        values[:] = [value for _text, value in items]  # the base reads this list
        combo.setCurrentIndex(values.index(chosen) if chosen in values else 0)
        combo.blockSignals(False)

    # -- what the registry base asks for ---------------------------------------------------
    def title(self) -> str:
        return translate("TrainingsPage", "Training rounds")

    def columns(self) -> list[Column]:
        steps = len(STEPS)
        return [
            Column(translate("TrainingsPage", "FY"), lambda r: r.fiscal_year,
                   sort_key="fiscal_year", alignment=_CENTRED),
            Column(translate("TrainingsPage", "Title"), lambda r: r.title, sort_key="title"),
            Column(translate("TrainingsPage", "Status"), lambda r: status_label(r.status),
                   sort_key="status"),
            Column(translate("TrainingsPage", "Dates"), date_range, sort_key="start",
                   alignment=_CENTRED),
            Column(translate("TrainingsPage", "Trainees"), lambda r: r.trainee_count,
                   sort_key="trainees", alignment=_RIGHT),
            Column(translate("TrainingsPage", "Sessions"), lambda r: r.session_count,
                   alignment=_RIGHT),
            Column(translate("TrainingsPage", "Certified"), lambda r: r.certified_count,
                   alignment=_RIGHT),
            Column(translate("TrainingsPage", "Steps done"),
                   lambda r: translate("TrainingsPage", "{done}/{count}").format(
                       done=r.steps_done, count=steps), alignment=_CENTRED),
            # Last, so it takes the spare width and the counts stay in view on small screens.
            Column(translate("TrainingsPage", "Venue"), lambda r: r.venue),
        ]

    def _fit_columns(self) -> None:
        super()._fit_columns()
        # The base leaves room for a sort arrow on every caption; the counts cannot be sorted,
        # and without that room all the columns fit beside the navigation on a 1366 screen.
        header = self.table_view().horizontalHeader()
        model = self.table_model()
        for column in range(model.columnCount() - 1):
            if not model.is_sortable(column):
                self.table_view().resizeColumnToContents(column)
                width = max(header.sectionSize(column), header.sectionSizeHint(column))
                header.resizeSection(column, width + 8)
        # The title gives way (elided; the round window shows it whole) so that
        # every column, the venue's start too, shows without scrolling sideways.
        room = self.table_view().viewport().width() - _VENUE_ROOM
        used = sum(header.sectionSize(c) for c in range(model.columnCount() - 1))
        title = header.sectionSize(_TITLE_COLUMN)
        if used > room > 0:
            header.resizeSection(_TITLE_COLUMN, max(_TITLE_MIN, title - (used - room)))
        used = sum(header.sectionSize(c) for c in range(model.columnCount() - 1))
        spare = self.table_view().viewport().width() - used
        header.resizeSection(model.columnCount() - 1, max(_VENUE_ROOM, spare))

    def open_editor(self, row: TrainingRow | None) -> bool:
        if row is not None:
            return self.open_round(row.id)
        wizard = self.wizard_factory(self.services, self)
        try:
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return False
            new_id = getattr(wizard, "training_id", None)
        finally:
            wizard.deleteLater()
        if new_id is not None:
            self._show_new_round(new_id)
            self.open_round(new_id)
        return True

    def _show_new_round(self, training_id: int) -> None:
        """The list shows the new round's year and selects it, so staff see it was made."""
        self.refresh_years()
        year = self.services.trainings.get(training_id).data.fiscal_year
        combo, values = self._filters["fiscal_year"]
        chosen = values[combo.currentIndex()] if combo.currentIndex() >= 0 else None
        if chosen is not None and chosen != year and year in values:
            self.set_filter("fiscal_year", year)  # queries again through the combo's signal
        self.reload()
        found = self.table_model().find_row(training_id, 0)
        if found >= 0:
            self.select_row(found)

    def move_to_bin(self, row: TrainingRow) -> None:
        self.services.trainings.move_to_bin(row.id)

    def row_label(self, row: TrainingRow) -> str:
        return row.title

    # -- windows ---------------------------------------------------------------------------
    def open_round(self, training_id: int) -> bool:
        """The round's workspace. A dialog runs modally (True when anything was saved in it:
        the list then refreshes); any other window is shown beside the list and refreshes it
        when closed."""
        window = self.window_factory(self.services, training_id, self)
        if isinstance(window, QDialog):
            try:
                window.exec()
                return bool(getattr(window, "changed", True))
            finally:
                window.deleteLater()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # Its Close event, not `destroyed`: that also fires while the page itself is being
        # destroyed, when nothing should be refreshed any more.
        window.installEventFilter(self)
        self._windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close and watched in self._windows:
            self._windows.remove(watched)
            # After the close has happened: the workspace may still save on its way out.
            QTimer.singleShot(0, self, self.refresh)
        return super().eventFilter(watched, event)
