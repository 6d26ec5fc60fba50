"""The group's own development plan: what it means to do, who leads it, by when, and how far
it has got. Items past their end date and not finished stand out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.services.group_rows import PLAN_STATUSES, PlanItemInput, PlanItemRow
from wangmuang_desk.ui.groups.labels import plan_status_label
from wangmuang_desk.ui.groups.tab_helpers import (
    RecordDialog,
    RecordsTab,
    RowsTableModel,
    ask,
    make_table,
    save_or_report,
    select_id,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel, fit_line_edit

translate = QCoreApplication.translate

# Finished one way or the other: such an item is never late. A dropped item was decided on,
# so flagging it would only be noise.
CLOSED_STATUSES = ("done", "dropped")
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#8e1b16")


def is_overdue(row: PlanItemRow, today: date) -> bool:
    return row.end_date is not None and row.end_date < today and row.status not in CLOSED_STATUSES


class PlanItemDialog(RecordDialog):
    def __init__(self, services, group_id: int, row: PlanItemRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanItemDialog")
        self.services = services
        self.group_id = group_id
        self.item_id = row.id if row is not None else None
        self.saved_id: int | None = None
        self.setWindowTitle(translate("PlanItemDialog", "New plan item") if row is None
                            else translate("PlanItemDialog", "Edit plan item"))

        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(
            translate("PlanItemDialog", "e.g. apply for the community product standard"))
        self.lead = QLineEdit(objectName="lead")
        self.lead.setPlaceholderText(translate("PlanItemDialog", "Who leads it"))
        self.end_date = BeDateEdit(objectName="end_date")
        fit_line_edit(self.end_date, "00/00/0000")
        self.status = QComboBox(objectName="status")
        for code in PLAN_STATUSES:
            self.status.addItem(plan_status_label(code), code)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.addRow(translate("PlanItemDialog", "What:"), self.title)
        form.addRow(translate("PlanItemDialog", "Lead:"), self.lead)
        form.addRow(translate("PlanItemDialog", "End date:"), self.end_date)
        form.addRow(translate("PlanItemDialog", "Status:"), self.status)
        form.addRow(translate("PlanItemDialog", "Note:"), self.note)
        fields = (self.title, self.lead, self.end_date, self.status, self.note)
        self.errors = add_save_cancel(self, form, {w.objectName(): w for w in fields}, self.save)

        if row is not None:
            self.title.setText(row.title)
            self.lead.setText(row.lead)
            self.end_date.setDate(row.end_date)
            self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
            self.note.setPlainText(row.note)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def collect(self) -> PlanItemInput:
        return PlanItemInput(self.group_id, self.title.text(), self.lead.text(),
                             self.end_date.date(), self.status.currentData(),
                             self.note.toPlainText())

    def _save(self) -> None:
        self.errors.clear()
        if self.end_date.error():
            self.errors.show_message("end_date", self.end_date.error())
            return
        save_or_report(
            self, lambda: self.services.group_products.save_plan_item(
                self.item_id, self.collect()),
            translate(
                "PlanItemDialog", "This plan item or its group no longer exists. "
                "Nothing was saved."))


class PlanTab(RecordsTab):
    dialog_factory: Callable[..., PlanItemDialog] = PlanItemDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanTab")
        self.services = services
        self.group_id = group_id
        self._today = services.groups.today()

        def overdue_note(row: PlanItemRow) -> str | None:
            return (translate("PlanTab", "Overdue: past its end date and not done")
                    if is_overdue(row, self._today) else None)

        self.model = RowsTableModel([
            Column(translate("PlanTab", "What"), lambda r: r.title,
                   tooltip=lambda r: r.note or None),
            Column(translate("PlanTab", "Lead"), lambda r: r.lead),
            Column(translate("PlanTab", "End date"), lambda r: r.end_date, tooltip=overdue_note),
            Column(translate("PlanTab", "Status"), lambda r: plan_status_label(r.status),
                   tooltip=overdue_note),
        ], self, background=self._background, foreground=self._foreground)
        self.table = make_table(self.model, 0, "planItems")

        self.add_button = QPushButton(translate("PlanTab", "Add item…"), objectName="add_item")
        self.edit_button = QPushButton(translate("PlanTab", "Edit…"), objectName="edit_item")
        self.delete_button = QPushButton(translate("PlanTab", "Delete"),
                                         objectName="delete_item")
        self.summary = QLabel(objectName="planSummary")
        self.summary.setWordWrap(True)
        self.lay_out_list(translate("PlanTab", "Development plan"), self.add_button,
                          self.edit_button, self.delete_button, self.delete_selected,
                          self.summary)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected_item()
        self._today = self.services.groups.today()  # a window left open overnight
        rows = self.services.group_products.plan_items(self.group_id)
        self.model.set_rows(rows)
        late = sum(1 for r in rows if is_overdue(r, self._today))
        if not rows:
            self.summary.setText(translate(
                "PlanTab", "No plan items yet. Add what the group means to do, with an end "
                "date and who leads it."))
        elif late:
            self.summary.setText(translate(
                "PlanTab", "%n item(s) past the end date and not done (shown in red).", "",
                late))
        else:
            self.summary.setText(translate("PlanTab", "Nothing is overdue."))
        self.summary.setStyleSheet(f"color: {OVERDUE_TEXT.name()};" if late else "")
        if chosen is not None:
            select_id(self.table, chosen.id)
        self._update_buttons()

    def selected_item(self) -> PlanItemRow | None:
        return self.selected_record()

    def open_editor(self, row: PlanItemRow | None) -> None:
        self.run_editor(self.dialog_factory(self.services, self.group_id, row, self))

    def delete_selected(self) -> None:
        row = self.selected_item()
        if row is None:
            return
        if not ask(self, translate("PlanTab", "Delete plan item"), translate(
                "PlanTab", "Delete “{title}” from the plan? This cannot be undone.")
                .format(title=row.title)):
            return
        try:
            self.services.group_products.delete_plan_item(row.id)
        except NotFoundError:
            pass  # already gone: the refresh shows it
        self.refresh()
        self.changed.emit()

    def _background(self, row: PlanItemRow) -> QColor | None:
        return OVERDUE_BACKGROUND if is_overdue(row, self._today) else None

    def _foreground(self, row: PlanItemRow, _column: int) -> QColor | None:
        # Dark text on the light red: the alternating row colours and a dark theme still read.
        return OVERDUE_TEXT if is_overdue(row, self._today) else None
