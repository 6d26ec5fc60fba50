"""Step 6 of a round: running the training. Three sub-tabs: the planned sessions, the
registered trainees, and the attendance grid (the sign-in sheets typed in)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.services.training_rows import SessionRow
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RowsTableModel,
    ask,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.trainings.number_text import number_text
from wangmuang_desk.ui.trainings.panel_helpers import refresh_after_change
from wangmuang_desk.ui.trainings.session_dialog import SessionDialog, format_time
from wangmuang_desk.ui.trainings.trainees_tab import TraineesTab
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate


def time_range(row: SessionRow) -> str:
    start, end = format_time(row.data.start_time), format_time(row.data.end_time)
    return f"{start}–{end}" if start and end else start or end


def attendance_grid_class() -> type | None:
    """AttendanceGrid from its own module, or None while that module is not installed."""
    name = "wangmuang_desk.ui.trainings.attendance_grid"
    try:
        return importlib.import_module(name).AttendanceGrid
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


class SessionsTab(QWidget):
    changed = Signal()
    dialog_factory: Callable[..., QDialog] = SessionDialog

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionsTab")
        self.services = services
        self.training_id = training_id

        self.summary = QLabel(objectName="sessionSummary")
        self.add_button = QPushButton(translate("SessionsPanel", "Add…"), objectName="addSession")
        self.edit_button = QPushButton(translate("SessionsPanel", "Edit…"),
                                       objectName="editSession")
        self.delete_button = QPushButton(translate("SessionsPanel", "Delete"),
                                         objectName="deleteSession")
        for button, slot in ((self.add_button, lambda: self.open_editor(None)),
                             (self.edit_button, self.edit_selected),
                             (self.delete_button, self.delete_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)

        self.model = RowsTableModel([
            Column(translate("SessionsPanel", "No."), lambda r: r.seq, alignment=RIGHT),
            Column(translate("SessionsPanel", "Date"), lambda r: r.data.session_date,
                   tooltip=lambda r: format_be_date(r.data.session_date, "long")),
            Column(translate("SessionsPanel", "Time"), time_range),
            Column(translate("SessionsPanel", "Venue"), lambda r: r.data.venue),
            Column(translate("SessionsPanel", "Hours"), lambda r: number_text(r.data.hours),
                   alignment=RIGHT),
            Column(translate("SessionsPanel", "Topic"), lambda r: r.data.topic),
            Column(translate("SessionsPanel", "Speaker"), lambda r: r.speaker_name),
            Column(translate("SessionsPanel", "Present"),
                   lambda r: r.present_count if r.recorded else "–", alignment=RIGHT,
                   tooltip=lambda r: None if r.recorded else translate(
                       "SessionsPanel", "Attendance not recorded yet")),
        ], self)
        self.table = make_table(self.model, 5, "sessions")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label(translate(
            "SessionsPanel", "Attendance is counted over all planned sessions, held or not: "
            "plan every session of the round here.")))
        self._update_buttons()

    def refresh(self) -> None:
        chosen = selected_row(self.table)
        rows = self.services.training_sessions.sessions(self.training_id)
        self.model.set_rows(rows)
        count = len(rows)
        hours = sum((r.data.hours for r in rows if r.data.hours is not None), start=0)
        text = translate("SessionsPanel", "%n planned session(s)", "", count)
        if hours:
            text += translate("SessionsPanel", ", {hours} hours in all").format(
                hours=number_text(hours))
        self.summary.setText(text)
        if chosen is not None:
            select_id(self.table, chosen.id)
        self._update_buttons()

    def selected_session(self) -> SessionRow | None:
        return selected_row(self.table)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_session() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def open_editor(self, row: SessionRow | None) -> None:
        try:
            dialog = self.dialog_factory(self.services, self.training_id, row, self)
        except NotFoundError:
            return self._gone()
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            saved_id = dialog.saved_id
        finally:
            dialog.deleteLater()
        if accepted:
            self._after_change()
            if saved_id is not None:
                select_id(self.table, saved_id)

    def edit_selected(self) -> None:
        row = self.selected_session()
        if row is not None:
            self.open_editor(row)

    def delete_selected(self) -> None:
        row = self.selected_session()
        if row is None:
            return
        question = translate(
            "SessionsPanel", "Delete session {number} of {date}? Attendance is counted over "
            "all planned sessions, so every trainee's percentage changes; the attendance "
            "recorded for this session is deleted too.").format(
            number=row.seq, date=format_be_date(row.data.session_date))
        if not ask(self, translate("SessionsPanel", "Delete a session"), question):
            return
        try:
            self.services.training_sessions.delete_session(row.id)
        except NotFoundError:
            pass  # gone already: the list shows what is left
        self._after_change()

    def _after_change(self) -> None:
        refresh_after_change(self, self._gone)

    def _gone(self) -> None:
        QMessageBox.information(self, translate("SessionsPanel", "Sessions"), translate(
            "SessionsPanel", "This round is no longer in the registry."))


class SessionsPanel(QWidget):
    """The panel of step 6; `changed` after anything is saved (the step list refreshes)."""

    changed = Signal()

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionsPanel")
        self.services = services
        self.training_id = training_id
        self.sessions = SessionsTab(services, training_id)
        self.trainees = TraineesTab(services, training_id)
        self.grid: QWidget | None = None  # the AttendanceGrid, made when first shown
        self.attendance = QWidget(objectName="attendanceTab")
        self._attendance_layout = QVBoxLayout(self.attendance)
        self._attendance_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(objectName="sessionTabs")
        self.tabs.addTab(self.sessions, translate("SessionsPanel", "Sessions"))
        self.tabs.addTab(self.trainees, translate("SessionsPanel", "Trainees"))
        self.tabs.addTab(self.attendance, translate("SessionsPanel", "Attendance"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        for tab in (self.sessions, self.trainees):
            tab.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, key: str) -> QWidget:
        widget = {"sessions": self.sessions, "trainees": self.trainees,
                  "attendance": self.attendance}[key]
        self.tabs.setCurrentWidget(widget)
        return widget

    def refresh(self) -> None:
        """Reload the sub-tab in view (the others reload when they are shown)."""
        current = self.tabs.currentWidget()
        if current is self.attendance:
            self._refresh_attendance()
        else:
            current.refresh()

    def has_changes(self) -> bool:
        return self.grid is not None and self.grid.has_changes()

    # -- attendance ------------------------------------------------------------------------

    def _refresh_attendance(self) -> None:
        service = self.services.training_sessions
        if self.grid is None:
            grid_class = attendance_grid_class()
            if grid_class is None:
                if self._attendance_layout.count() == 0:
                    self._attendance_layout.addWidget(hint_label(translate(
                        "SessionsPanel", "The attendance grid is not available in this "
                        "version yet.")))
                return
            while self._attendance_layout.count():  # the "not available" note goes
                item = self._attendance_layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            self.grid = grid_class(
                service.attendance_sheet(self.training_id),
                lambda changes: service.save_attendance(self.training_id, changes),
                lambda: service.attendance_sheet(self.training_id))
            self.grid.setObjectName("attendanceGrid")
            self.grid.saved.connect(self.changed)
            self._attendance_layout.addWidget(self.grid)
        elif not self.grid.has_changes():
            # Sessions or trainees may have changed on the other sub-tabs.
            self.grid.set_sheet(service.attendance_sheet(self.training_id))
