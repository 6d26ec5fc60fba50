"""Step 10 of a round: the follow-ups of its trainees (uses the skill, occupation, income
before and after), and who is still to be followed up at each interval after the round."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.training_followup import DEFAULT_INTERVALS, FollowUpDue
from wangmuang_desk.services.training_rows import FollowUpRow
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RowsTableModel,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.trainings.followup_dialog import FollowUpDialog
from wangmuang_desk.ui.trainings.panel_helpers import (
    delete_after_asking,
    push_button,
    side_by_side,
    titled_pane,
)
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

CHANGE_COLUMN = 7
GAIN_COLOUR, LOSS_COLOUR = QColor("#2e7d32"), QColor("#c62828")
NOT_YET_COLOUR = QColor("#757575")
TRAINEE_ROLE = Qt.ItemDataRole.UserRole


def income_change(row: FollowUpRow) -> Decimal | None:
    before, after = row.data.income_before, row.data.income_after
    return after - before if before is not None and after is not None else None


def _change_text(row: FollowUpRow) -> str:
    change = income_change(row)
    return "" if change is None else f"{change:+,.2f}"


def _uses_skill_text(row: FollowUpRow) -> str:
    return {True: translate("FollowUpPanel", "Yes"),
            False: translate("FollowUpPanel", "No")}.get(row.data.uses_skill, "")


def _change_colour(row: FollowUpRow, column: int) -> QColor | None:
    change = income_change(row)
    if column != CHANGE_COLUMN or not change:
        return None
    return GAIN_COLOUR if change > 0 else LOSS_COLOUR


class FollowUpPanel(QWidget):
    changed = Signal()  # a follow-up was added, edited or deleted
    dialog_factory = FollowUpDialog
    intervals: tuple[int, ...] = DEFAULT_INTERVALS

    def __init__(self, follow, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpPanel")
        self.follow = follow
        self.training_id = training_id

        self.status = QLabel(objectName="followUpStatus")
        self.status.setWordWrap(True)
        self.model = RowsTableModel([
            Column(translate("FollowUpPanel", "Trainee"), lambda r: r.trainee_name),
            Column(translate("FollowUpPanel", "Date"), lambda r: r.data.followed_on),
            Column(translate("FollowUpPanel", "Months after"), lambda r: r.months_after,
                   alignment=RIGHT),
            Column(translate("FollowUpPanel", "Uses the skill"), _uses_skill_text),
            Column(translate("FollowUpPanel", "Occupation"), lambda r: r.data.occupation,
                   tooltip=lambda r: r.data.note or None),
            Column(translate("FollowUpPanel", "Income before"), lambda r: r.data.income_before,
                   alignment=RIGHT),
            Column(translate("FollowUpPanel", "Income after"), lambda r: r.data.income_after,
                   alignment=RIGHT),
            Column(translate("FollowUpPanel", "Change"), _change_text, alignment=RIGHT),
        ], self, foreground=_change_colour)
        self.table = make_table(self.model, 4, "followUps")
        self.table.doubleClicked.connect(self.edit_follow_up)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = push_button(  # not `checked` as an id
            translate("FollowUpPanel", "Add…"), "addFollowUp", lambda: self.add_follow_up())
        self.edit_button = push_button(translate("FollowUpPanel", "Edit…"), "editFollowUp",
                                       self.edit_follow_up)
        self.delete_button = push_button(translate("FollowUpPanel", "Delete"), "deleteFollowUp",
                                         self.delete_follow_up)
        left = titled_pane(translate("FollowUpPanel", "Follow-ups"), self.table,
                           (self.add_button, self.edit_button, self.delete_button))

        self.due_tree = QTreeWidget(objectName="due")
        self.due_tree.setColumnCount(2)
        self.due_tree.setHeaderLabels([translate("FollowUpPanel", "Interval / trainee"),
                                       translate("FollowUpPanel", "Still to do")])
        self.due_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.due_tree.header().setStretchLastSection(False)
        self.due_tree.itemDoubleClicked.connect(self._due_double_clicked)
        right = titled_pane(translate("FollowUpPanel", "Still to follow up"), self.due_tree)
        right.layout().addWidget(hint_label(translate(
            "FollowUpPanel", "A later follow-up also counts for an earlier interval. "
            "Double-click a name to record a follow-up.")))

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(side_by_side(left, right, 3, 1), 1)
        self.refresh()

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = selected_row(self.table)
        start = self.follow.last_session(self.training_id)
        self.model.set_rows(self.follow.rows(self.training_id))
        if start is None:
            self.status.setText(translate(
                "FollowUpPanel", "The round has no sessions yet: follow-ups come after the "
                "training."))
        else:
            self.status.setText(translate(
                "FollowUpPanel", "Months are counted from the round's last session on {date}.")
                .format(date=format_be_date(start)))
        self._fill_due(self.follow.due(self.training_id, self.intervals))
        if chosen is not None:
            select_id(self.table, chosen.id)
        self.add_button.setEnabled(start is not None)
        self._update_buttons()

    def _fill_due(self, intervals: list[FollowUpDue]) -> None:
        self.due_tree.clear()
        for due in intervals:
            text = translate("FollowUpPanel", "After {months} months, due {date}").format(
                months=due.months, date=format_be_date(due.due_on))
            if not due.reached:
                text = translate("FollowUpPanel", "{interval} (not yet)").format(interval=text)
            top = QTreeWidgetItem([text, str(len(due.trainees)) if due.trainees else
                                   translate("FollowUpPanel", "done")])
            top.setTextAlignment(1, RIGHT)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for trainee_id, name in due.trainees:
                child = QTreeWidgetItem([name, ""])
                child.setData(0, TRAINEE_ROLE, trainee_id)
                if not due.reached:
                    child.setForeground(0, NOT_YET_COLOUR)
                top.addChild(child)
            self.due_tree.addTopLevelItem(top)
            top.setExpanded(due.reached)

    def selected_follow_up(self) -> FollowUpRow | None:
        return selected_row(self.table)

    def due_trainees(self, months: int) -> list[str]:
        """Names listed under an interval (for tests and the step's summary)."""
        for number in range(self.due_tree.topLevelItemCount()):
            top = self.due_tree.topLevelItem(number)
            if self.intervals[number] == months:
                return [top.child(c).text(0) for c in range(top.childCount())]
        return []

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_follow_up() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions -------------------------------------------------------------------------
    def add_follow_up(self, trainee_id: int | None = None) -> None:
        self._open(None, trainee_id)

    def edit_follow_up(self, *_args: object) -> None:
        row = self.selected_follow_up()
        if row is not None:
            self._open(row, None)

    def _open(self, row: FollowUpRow | None, trainee_id: int | None) -> None:
        dialog = self.dialog_factory(self.follow, self.training_id, row, trainee_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        if dialog.saved_id is not None:
            select_id(self.table, dialog.saved_id)
        self.changed.emit()

    def _due_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        trainee_id = item.data(0, TRAINEE_ROLE)
        if trainee_id is not None and self.add_button.isEnabled():
            self.add_follow_up(trainee_id)

    def delete_follow_up(self) -> None:
        row = self.selected_follow_up()
        if row is None:
            return
        question = translate("FollowUpPanel", "Delete the follow-up of {name} on {date}? It "
                             "cannot be undone.")
        on = format_be_date(row.data.followed_on)
        if delete_after_asking(
                self, translate("FollowUpPanel", "Delete follow-up"),
                question.format(name=row.trainee_name, date=on),
                lambda: self.follow.delete(row.id), translate(
                    "FollowUpPanel", "This follow-up no longer exists; the list is refreshed.")):
            self.refresh()
            self.changed.emit()
