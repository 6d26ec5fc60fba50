"""The group's members: who, from which household, joined and left, shares and savings.

Shows the count against the minimum (the office's setting, default 7) and, once the group is
registered and may become a community enterprise, how many different households they come from.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.group_rows import MemberRow
from wangmuang_desk.services.group_rules import ENTERPRISE_MIN_HOUSEHOLDS
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.groups.group_widgets import (
    CENTRE,
    RIGHT,
    fill_table,
    make_table,
    row_id,
    select_id,
)
from wangmuang_desk.ui.groups.member_dialogs import AddMemberDialog, LeaveDialog, SharesDialog

translate = QCoreApplication.translate

# The households rule matters from here on: the next step may be community enterprise.
_HOUSEHOLDS_SHOWN = ("registered", "enterprise")
_WARNING_STYLE = "color: #c62828;"


class MembersTab(QWidget):
    changed = Signal()  # members or shares changed: the header and the list are stale
    # How the tab makes its dialogs; tests wrap them to drive the real ones without exec().
    add_dialog_factory: Callable[..., AddMemberDialog] = AddMemberDialog
    leave_dialog_factory: Callable[..., LeaveDialog] = LeaveDialog
    shares_dialog_factory: Callable[..., SharesDialog] = SharesDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.rows: list[MemberRow] = []

        self.summary = QLabel(objectName="memberSummary")
        self.summary.setWordWrap(True)
        self.show_past = QCheckBox(
            translate("GroupWindow", "Show members who left"), objectName="showPast"
        )
        self.show_past.toggled.connect(self.refresh)
        self.add_button = QPushButton(
            translate("GroupWindow", "Add member…"), objectName="addMember"
        )
        self.shares_button = QPushButton(
            translate("GroupWindow", "Shares…"), objectName="editShares"
        )
        self.leave_button = QPushButton(translate("GroupWindow", "Leave…"), objectName="leave")
        self.leave_button.setToolTip(translate("GroupWindow", "Record the day the member left"))
        for button in (self.add_button, self.shares_button, self.leave_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_member)
        self.shares_button.clicked.connect(self.edit_shares)
        self.leave_button.clicked.connect(self.leave)

        self.table = make_table(
            [
                translate("GroupWindow", "Name"),
                translate("GroupWindow", "Household"),
                translate("GroupWindow", "Joined"),
                translate("GroupWindow", "Left"),
                translate("GroupWindow", "Shares"),
                translate("GroupWindow", "Savings (baht)"),
            ],
            "members",
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_shares())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.shares_button)
        top.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_past)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        chosen = row_id(self.table)
        self.rows = self.services.group_members.members(
            self.group_id, include_left=self.show_past.isChecked()
        )
        fill_table(
            self.table,
            [
                (
                    r.name,
                    r.household_label,
                    r.joined_on,
                    r.left_on,
                    r.shares,
                    format_baht(r.savings),
                )
                for r in self.rows
            ],
            ids=[r.id for r in self.rows],
            alignments={2: CENTRE, 3: CENTRE, 4: RIGHT, 5: RIGHT},
            greyed=[not r.is_current for r in self.rows],
        )
        if chosen is not None:
            select_id(self.table, chosen)
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        current = [r for r in self.rows if r.is_current]
        minimum = self.services.groups.min_members()
        text = translate(
            "GroupWindow", "{count} current members (at least {minimum} needed)"
        ).format(count=len(current), minimum=minimum)
        short = len(current) < minimum
        status = self.services.groups.get_row(self.group_id).status
        if status in _HOUSEHOLDS_SHOWN:
            households = {r.household_id for r in current if r.household_id is not None}
            unknown = sum(1 for r in current if r.household_id is None)
            text += translate(
                "GroupWindow",
                ", from {households} different households ({needed} needed "
                "for a community enterprise)",
            ).format(households=len(households), needed=ENTERPRISE_MIN_HOUSEHOLDS)
            if unknown:
                text += translate("GroupWindow", "; {count} without a recorded household").format(
                    count=unknown
                )
            short = short or len(households) < ENTERPRISE_MIN_HOUSEHOLDS
        self.summary.setText(text)
        self.summary.setStyleSheet(_WARNING_STYLE if short else "")

    def selected_member(self) -> MemberRow | None:
        wanted = row_id(self.table)
        return next((r for r in self.rows if r.id == wanted), None)

    def _update_buttons(self) -> None:
        member = self.selected_member()
        current = member is not None and member.is_current
        self.shares_button.setEnabled(current)
        self.leave_button.setEnabled(current)

    # -- actions ---------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = self.add_dialog_factory(self.services, self.group_id, self)
        try:
            dialog.exec()
            added = list(dialog.added)
        finally:
            dialog.deleteLater()
        if added:
            self.refresh()
            select_id(self.table, added[-1])
            self.changed.emit()

    def edit_shares(self) -> None:
        member = self.selected_member()
        if member is not None and member.is_current:
            if self._run(self.shares_dialog_factory(self.services, member, self)):
                self.refresh()
                self.changed.emit()

    def leave(self) -> None:
        member = self.selected_member()
        if member is not None and member.is_current:
            if self._run(self.leave_dialog_factory(self.services, member, self)):
                self.refresh()
                self.changed.emit()

    @staticmethod
    def _run(dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
