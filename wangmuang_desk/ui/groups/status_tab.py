"""The group's status and its history, and the "Change status…" action.

Only the changes the rules allow are offered (services.group_rules.allowed_transitions); the
service checks the rest (members, households, dates) and its messages show at the fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import GroupDetail
from wangmuang_desk.services.group_rules import ENTERPRISE_MIN_HOUSEHOLDS
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.group_widgets import (
    CENTRE,
    CheckedDialog,
    StatusBadge,
    call_service,
    dialog_buttons,
    exec_dialog,
    fill_table,
    group_gone,
    make_table,
)
from wangmuang_desk.ui.groups.labels import status_label
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate


def member_summary(services, group_id: int) -> tuple[int, int]:
    """(current members, different households among them; members without one not counted)."""
    members = services.group_members.members(group_id)
    households = {m.household_id for m in members if m.household_id is not None}
    return len(members), len(households)


class StatusChangeDialog(CheckedDialog):
    """Choose the next status, its date and a note; the registration number and date when
    the group becomes a community enterprise."""

    def __init__(self, services, detail: GroupDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = detail
        self.group_id = detail.row.id
        self._statuses = list(detail.next_statuses)
        self.setWindowTitle(
            translate("GroupWindow", "Change the status of {name}").format(name=detail.row.name)
        )

        today = services.groups.today()
        self.current = QLabel(status_label(detail.row.status), objectName="currentStatus")
        self.status = QComboBox(objectName="status")
        self.status.addItems([status_label(code) for code in self._statuses])
        self.on = BeDateEdit(objectName="on", maximum_date=today)
        self.on.setDate(today)
        fit_line_edit(self.on, "00/00/0000")
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(
            translate("GroupWindow", "e.g. the meeting or letter that decided it")
        )
        count, households = member_summary(services, self.group_id)
        self._minimum = services.groups.min_members()
        self.members = QLabel(objectName="members")
        self.members.setWordWrap(True)
        self.members.setText(
            translate(
                "GroupWindow",
                "{count} current members (at least {minimum} needed), from {households} "
                "different households.",
            ).format(count=count, minimum=self._minimum, households=households)
        )
        self.enterprise_reg_no = QLineEdit(objectName="enterprise_reg_no")
        self.enterprise_reg_no.setPlaceholderText(
            translate("GroupWindow", "as on the registration certificate")
        )
        self.enterprise_reg_on = BeDateEdit(objectName="enterprise_reg_on", maximum_date=today)
        fit_line_edit(self.enterprise_reg_on, "00/00/0000")

        self.form = QFormLayout()
        self.form.addRow(translate("GroupWindow", "Current status"), self.current)
        self.form.addRow(translate("GroupWindow", "New status"), self.status)
        self.form.addRow(translate("GroupWindow", "Date of the change"), self.on)
        self.form.addRow(translate("GroupWindow", "Note"), self.note)
        self.form.addRow(translate("GroupWindow", "Members"), self.members)
        self.form.addRow(translate("GroupWindow", "Enterprise number"), self.enterprise_reg_no)
        self.form.addRow(translate("GroupWindow", "Registered on"), self.enterprise_reg_on)
        self.rule_hint = hint_label("")
        self.form.addRow(self.rule_hint)

        self.general = QLabel(objectName="formError_general")
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Ok, "ok")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("GroupWindow", "Change status"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.errors = FormErrors(
            {
                "status": self.status,
                "on": self.on,
                "note": self.note,
                "members": self.members,
                "enterprise_reg_no": self.enterprise_reg_no,
                "enterprise_reg_on": self.enterprise_reg_on,
            },
            self,
            general=self.general,
        )
        self.status.currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def chosen_status(self) -> str | None:
        index = self.status.currentIndex()
        return self._statuses[index] if index >= 0 else None

    def set_status(self, code: str) -> None:
        self.status.setCurrentIndex(self._statuses.index(code))

    def _status_chosen(self, *_args: object) -> None:
        status = self.chosen_status()
        enterprise = status == "enterprise"
        self.form.setRowVisible(self.enterprise_reg_no, enterprise)
        self.form.setRowVisible(self.enterprise_reg_on, enterprise)
        self.form.setRowVisible(self.members, status in ("established", "enterprise"))
        if status == "established":
            hint = translate(
                "GroupWindow", "An established group needs at least {minimum} members."
            ).format(minimum=self._minimum)
        elif enterprise:
            hint = translate(
                "GroupWindow",
                "A community enterprise needs at least {minimum} members from at least "
                "{households} different households (not one family or house register).",
            ).format(minimum=self._minimum, households=ENTERPRISE_MIN_HOUSEHOLDS)
        else:
            hint = ""
        self.rule_hint.setText(hint)
        self.form.setRowVisible(self.rule_hint, bool(hint))

    def _save(self) -> bool:
        self.errors.clear()
        status = self.chosen_status()
        if status is None:
            return False
        if self.on.error() or self.enterprise_reg_on.error():
            problems = [
                FieldProblem(name, widget.error() or "")
                for name, widget in (("on", self.on), ("enterprise_reg_on", self.enterprise_reg_on))
                if widget.error()
            ]
            self.errors.show(problems)
            return False
        enterprise = status == "enterprise"
        return call_service(
            self.errors,
            lambda: self.services.groups.set_status(
                self.group_id,
                status,
                self.on.date(),
                self.note.text(),
                enterprise_reg_no=self.enterprise_reg_no.text() if enterprise else "",
                enterprise_reg_on=self.enterprise_reg_on.date() if enterprise else None,
            ),
            group_gone(),
        )


class StatusTab(QWidget):
    changed = Signal()  # the status changed: the window's header shows it
    # How the tab makes its dialog; tests wrap it to drive the real dialog without exec().
    dialog_factory: Callable[..., StatusChangeDialog] = StatusChangeDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.detail: GroupDetail | None = None

        self.badge = StatusBadge()
        self.since = QLabel(objectName="statusSince")
        self.enterprise = QLabel(objectName="enterpriseRegistration")
        self.change_button = QPushButton(
            translate("GroupWindow", "Change status…"), objectName="changeStatus"
        )
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_status)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("GroupWindow", "Current status:")))
        top.addWidget(self.badge)
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.change_button)

        self.history = make_table(
            [
                translate("GroupWindow", "Status"),
                translate("GroupWindow", "Date"),
                translate("GroupWindow", "Note"),
            ],
            "statusHistory",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.enterprise)
        layout.addWidget(QLabel(translate("GroupWindow", "History of the status")))
        layout.addWidget(self.history, 1)

    def refresh(self) -> None:
        self.detail = detail = self.services.groups.get(self.group_id)
        self.badge.set_status(detail.row.status)
        last = detail.history[-1].changed_on if detail.history else None
        self.since.setText(
            translate("GroupWindow", "since {date}").format(date=format_be_date(last))
            if last
            else ""
        )
        if detail.enterprise_reg_no:
            self.enterprise.setText(
                translate(
                    "GroupWindow", "Community enterprise registration no. {number} of {date}"
                ).format(
                    number=detail.enterprise_reg_no,
                    date=format_be_date(detail.enterprise_reg_on),
                )
            )
        self.enterprise.setVisible(bool(detail.enterprise_reg_no))
        self.change_button.setEnabled(bool(detail.next_statuses))
        self.change_button.setToolTip(
            ""
            if detail.next_statuses
            else translate("GroupWindow", "A dissolved group keeps its status for good.")
        )
        # Newest first: the history is read to see what happened last.
        changes = list(reversed(detail.history))
        fill_table(
            self.history,
            [(status_label(c.status), c.changed_on, c.note) for c in changes],
            ids=[c.id for c in changes],
            alignments={1: CENTRE},
        )

    def change_status(self) -> None:
        if self.detail is None:
            self.refresh()
        assert self.detail is not None
        if exec_dialog(self.dialog_factory(self.services, self.detail, self)):
            self.refresh()
            self.changed.emit()
