"""The small dialogs of the members tab: add a member, record that one left, edit shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import MemberRow
from wangmuang_desk.services.rows import PersonRow
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.dialogs.new_person import new_person
from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog
from wangmuang_desk.ui.groups.group_widgets import (
    CheckedDialog,
    call_service,
    dialog_buttons,
    grow_to_fit,
)
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate

MAX_SHARES = 100_000


def shares_box(name: str = "shares") -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(0, MAX_SHARES)
    box.setGroupSeparatorShown(True)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("000,000") + 40)
    return box


def _gone() -> str:
    return translate(
        "GroupWindow", "This group or member is no longer in the registry. Nothing was saved."
    )


def _lay_out(dialog: QDialog, form: QFormLayout, buttons: QDialogButtonBox,
             fields: dict[str, QWidget]) -> FormErrors:
    """The form, a line for problems not tied to one field, the buttons."""
    dialog.general = QLabel(objectName="formError_general")
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.general)
    layout.addWidget(buttons)
    return FormErrors(fields, dialog, general=dialog.general)


class AddMemberDialog(CheckedDialog):
    """Pick a person (or add one to the people registry on the spot), the join date and the
    shares. "Add and next" keeps the dialog open for the next member: founding members are
    usually entered several at a time."""

    # How the dialog makes the person form; tests wrap it like the pages' dialog_factory.
    person_dialog_factory: Callable[..., QDialog] = PersonDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.added: list[int] = []  # memberships added while the dialog was open
        self.setWindowTitle(translate("GroupWindow", "Add a member"))
        today = services.group_members.today()

        self.person = PersonPicker(services.people, objectName="person_id")
        self.new_person_button = QPushButton(
            translate("GroupWindow", "New person…"), objectName="newPerson"
        )
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.setToolTip(
            translate("GroupWindow", "Add someone who is not in the people registry yet")
        )
        self.new_person_button.clicked.connect(self.add_new_person)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.new_person_button)
        self.household = hint_label("")
        self.household.setObjectName("household")
        self.joined_on = BeDateEdit(objectName="joined_on", maximum_date=today)
        self.joined_on.setDate(today)
        fit_line_edit(self.joined_on, "00/00/0000")
        self.shares = shares_box()
        self.last_added = QLabel(objectName="lastAdded")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("GroupWindow", "Person"), person_row)
        form.addRow(translate("GroupWindow", "Household"), self.household)
        form.addRow(translate("GroupWindow", "Joined on"), self.joined_on)
        form.addRow(translate("GroupWindow", "Shares"), self.shares)

        self.general = QLabel(objectName="formError_general")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            translate("GroupWindow", "Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("add")
        self.next_button = buttons.addButton(
            translate("GroupWindow", "Add and next"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setObjectName("addNext")
        self.next_button.setToolTip(
            translate("GroupWindow", "Add this person and keep the window open for the next")
        )
        self.add_button.clicked.connect(self.accept)
        self.next_button.clicked.connect(self.add_and_next)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.last_added)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.errors = FormErrors(
            {"person_id": self.person, "joined_on": self.joined_on, "shares": self.shares},
            self,
            general=self.general,
        )
        self.person.personChanged.connect(self._person_chosen)
        self._person_chosen(None)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def _person_chosen(self, row: PersonRow | None) -> None:
        self.errors.clear_field("person_id")
        if row is None:
            self.household.setText(
                translate("GroupWindow", "Choose a person to see their household.")
            )
            return
        found = self.services.group_members.candidates([row.id])
        label = found[0].household_label if found else ""
        self.household.setText(
            label
            or translate(
                "GroupWindow",
                "No household recorded. A community enterprise needs every member's household.",
            )
        )

    def add_new_person(self) -> None:
        person = new_person(self, self.services, self.person_dialog_factory)
        if person is not None:
            self.person.set_person(person)

    def _save(self) -> bool:
        self.errors.clear()
        if self.joined_on.error():
            self.errors.show([FieldProblem("joined_on", self.joined_on.error() or "")])
            return False
        person_id = self.person.person_id()
        if person_id is None:
            self.errors.show_message(
                "person_id", translate("GroupWindow", "Choose the person from the list.")
            )
            return False
        def add() -> None:
            self.added.append(self.services.group_members.add_member(
                self.group_id, person_id, self.joined_on.date(), self.shares.value()
            ))

        if not call_service(self.errors, add, _gone()):
            return False
        person = self.person.person()
        self.last_added.setText(
            translate("GroupWindow", "Added: {name} ({count} added in this window)").format(
                name=person.full_name if person else "", count=len(self.added)
            )
        )
        return True

    def add_and_next(self) -> None:
        if self._save():
            self.person.clear()
            self.shares.setValue(0)
            self.person.setFocus()
        else:
            grow_to_fit(self)

    def reject(self) -> None:
        # Closed after "Add and next": members were added, so the tab must refresh.
        if self.added:
            self.done(QDialog.DialogCode.Accepted)
        else:
            super().reject()


class LeaveDialog(CheckedDialog):
    """Record the day a member left the group."""

    def __init__(self, services, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.member = member
        self.setWindowTitle(
            translate("GroupWindow", "{name} leaves the group").format(name=member.name)
        )
        today = services.group_members.today()
        self.left_on = BeDateEdit(objectName="left_on", maximum_date=today)
        self.left_on.setDate(today)
        fit_line_edit(self.left_on, "00/00/0000")
        form = QFormLayout()
        form.addRow(translate("GroupWindow", "Member"), QLabel(member.name))
        form.addRow(translate("GroupWindow", "Joined on"), QLabel(format_be_date(member.joined_on)))
        form.addRow(translate("GroupWindow", "Left on"), self.left_on)
        form.addRow(
            hint_label(
                translate(
                    "GroupWindow",
                    "Their savings stay on their account; a committee seat they hold shows "
                    "as vacant.",
                )
            )
        )
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Ok, "ok")
        self.errors = _lay_out(self, form, buttons, {"left_on": self.left_on})
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def _save(self) -> bool:
        self.errors.clear()
        if self.left_on.error() or self.left_on.date() is None:
            self.errors.show_message(
                "left_on",
                self.left_on.error() or translate("GroupWindow", "Enter the date they left."),
            )
            return False
        return call_service(
            self.errors,
            lambda: self.services.group_members.leave(self.member.id, self.left_on.date()),
            _gone(),
        )


class SharesDialog(CheckedDialog):
    """Change the number of shares a member holds."""

    def __init__(self, services, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.member = member
        self.setWindowTitle(translate("GroupWindow", "Shares of {name}").format(name=member.name))
        self.shares = shares_box()
        self.shares.setValue(member.shares)
        form = QFormLayout()
        form.addRow(translate("GroupWindow", "Member"), QLabel(member.name))
        form.addRow(translate("GroupWindow", "Shares held"), self.shares)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save, "save")
        self.errors = _lay_out(self, form, buttons, {"shares": self.shares})
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def _save(self) -> bool:
        self.errors.clear()
        return call_service(
            self.errors,
            lambda: self.services.group_members.set_shares(self.member.id, self.shares.value()),
            _gone(),
        )
