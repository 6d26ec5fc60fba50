"""The working group (คณะทำงาน): office officers and representatives of the groups registered
with the office, with their terms. The manual's make-up (2 officers + 3 representatives) is a
default: a different one is shown as a warning at the top, never refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.group_rows import (
    ACTIVE_STATUSES,
    REGISTERED_STATUSES,
    WorkingGroupInput,
    WorkingGroupRow,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.labels import status_label, working_group_role_label
from wangmuang_desk.ui.groups.tab_helpers import (
    RowsTableModel,
    grow_to_fit,
    heading,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label, save_cancel_buttons
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate

GROUPS_LIMIT = 5000  # per status; a subdistrict has dozens of groups
_WARNING_STYLE = ("QLabel { background: #fff3cd; color: #5c4300; border: 1px solid #e0c36c;"
                  " border-radius: 3px; padding: 6px; }")
_PAST_COLOUR = QColor("#777777")


def term_text(row: WorkingGroupRow) -> str:
    start, end = format_be_date(row.term_start), format_be_date(row.term_end)
    if start and end:
        return f"{start} – {end}"
    if start:
        return translate("WorkingGroupDialog", "from {date}").format(date=start)
    if end:
        return translate("WorkingGroupDialog", "until {date}").format(date=end)
    return ""


class WorkingGroupSeatDialog(QDialog):
    """One seat: an officer (from the registry or by typed name) or a representative (from
    the registry, with the group they stand for), and the term."""

    def __init__(self, services, role: str, row: WorkingGroupRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkingGroupSeatDialog")
        self.services = services
        self.role = role
        self.seat_id = row.id if row is not None else None
        self.saved_id: int | None = None
        officer = role == "officer"
        if row is None:
            self.setWindowTitle(translate("WorkingGroupSeatDialog", "Add an officer") if officer
                                else translate("WorkingGroupSeatDialog",
                                               "Add a group representative"))
        else:
            self.setWindowTitle(translate("WorkingGroupSeatDialog", "Edit: {name}")
                                .format(name=row.name))

        self.person = PersonPicker(services.people, objectName="person_id")
        self.name = QLineEdit(self, objectName="name")
        self.name.setPlaceholderText(translate(
            "WorkingGroupSeatDialog", "or type the name of an officer not in the registry"))
        self.person.personChanged.connect(self._person_changed)
        self.group_filter = QComboBox(self, objectName="group_filter")
        self.group_filter.addItem(
            translate("WorkingGroupSeatDialog", "Groups registered with the office"), "registered")
        self.group_filter.addItem(translate("WorkingGroupSeatDialog", "All active groups"), "all")
        self.group = QComboBox(self, objectName="group_id")
        self.group.setPlaceholderText(translate("WorkingGroupSeatDialog", "Choose the group"))
        self._kept_group = (row.group_id, row.group_name) if row and row.group_id else None
        self.group_filter.currentIndexChanged.connect(self._fill_groups)
        self.term_start = BeDateEdit(objectName="term_start")
        self.term_end = BeDateEdit(objectName="term_end")
        for edit in (self.term_start, self.term_end):
            fit_line_edit(edit, "00/00/0000")

        form = QFormLayout()
        form.addRow(translate("WorkingGroupSeatDialog", "Role:"),
                    QLabel(working_group_role_label(role)))
        form.addRow(translate("WorkingGroupSeatDialog", "Person:"), self.person)
        if officer:
            form.addRow("", self.name)
        else:
            form.addRow(translate("WorkingGroupSeatDialog", "Show:"), self.group_filter)
            form.addRow(translate("WorkingGroupSeatDialog", "Represents:"), self.group)
        form.addRow(translate("WorkingGroupSeatDialog", "Term starts:"), self.term_start)
        form.addRow(translate("WorkingGroupSeatDialog", "Term ends:"), self.term_end)
        self.general = QLabel(objectName="generalErrors")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(save_cancel_buttons(self, self.save))
        fields = [self.person, self.term_start, self.term_end]
        fields += [self.name] if officer else [self.group]
        self.errors = FormErrors({w.objectName(): w for w in fields}, self, general=self.general)
        self.person.personChanged.connect(lambda _row: self.errors.clear_field("person_id"))
        self.name.setVisible(officer)
        self.group_filter.setVisible(not officer)
        self.group.setVisible(not officer)

        if row is None:
            self.term_start.setDate(services.working_group.today())
        else:
            people = services.people.by_ids([row.person_id]) if row.person_id else []
            self.person.set_person(people[0] if people else None)
            self.name.setText(row.name if row.person_id is None else "")
            self.term_start.setDate(row.term_start)
            self.term_end.setDate(row.term_end)
        if not officer:
            self._fill_groups()
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())

    def _person_changed(self, person: object) -> None:
        # A person from the registry wins over a typed name; the field says so by going grey.
        self.name.setEnabled(person is None)
        if person is not None:
            self.name.clear()

    def _fill_groups(self, *_args: object) -> None:
        chosen = self.group.currentData()
        if chosen is None and self._kept_group is not None:
            chosen = self._kept_group[0]
        everyone = self.group_filter.currentData() == "all"
        rows = []
        for status in ACTIVE_STATUSES if everyone else REGISTERED_STATUSES:
            query = ListQuery(filters=(("status", status),))
            rows += self.services.groups.fetch(query, 0, GROUPS_LIMIT)
        self.group.clear()
        for row in sorted(rows, key=lambda r: (r.name, r.moo or 0, r.id)):
            label = row.name
            if row.moo is not None:
                label = translate("WorkingGroupSeatDialog", "{name} (Moo {moo})").format(
                    name=row.name, moo=row.moo)
            if row.status not in REGISTERED_STATUSES:
                label = f"{label} — {status_label(row.status)}"
            self.group.addItem(label, row.id)
        if self._kept_group is not None and self.group.findData(self._kept_group[0]) < 0:
            # The group this seat stands for, even if it no longer passes the filter.
            self.group.addItem(self._kept_group[1], self._kept_group[0])
        self.group.setCurrentIndex(self.group.findData(chosen) if chosen is not None else -1)

    def collect(self) -> WorkingGroupInput:
        group_id = self.group.currentData() if self.role == "representative" else None
        return WorkingGroupInput(self.role, self.person.person_id(), self.name.text(), group_id,
                                 self.term_start.date(), self.term_end.date())

    def save(self) -> None:
        self._save()
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)

    def _save(self) -> None:
        self.errors.clear()
        for edit in (self.term_start, self.term_end):
            if edit.error():
                self.errors.show_message(edit.objectName(), edit.error())
                return
        try:
            self.saved_id = self.services.working_group.save(self.seat_id, self.collect())
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "WorkingGroupSeatDialog", "This seat no longer exists. Nothing was saved."))
            self.reject()
            return
        self.accept()


class EndTermDialog(QDialog):
    def __init__(self, services, row: WorkingGroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndTermDialog")
        self.setWindowTitle(translate("EndTermDialog", "End the term of {name}")
                            .format(name=row.name))
        self.services = services
        self.seat_id = row.id
        self.term_end = BeDateEdit(objectName="term_end", minimum_date=row.term_start)
        self.term_end.setDate(services.working_group.today())
        fit_line_edit(self.term_end, "00/00/0000")
        form = QFormLayout()
        form.addRow(translate("EndTermDialog", "Term ends on:"), self.term_end)
        self.general = QLabel(objectName="generalErrors")
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "EndTermDialog", "The seat stays in the list of past terms.")))
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.errors = FormErrors(form, self, general=self.general)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def save(self) -> None:
        self._save()
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)

    def _save(self) -> None:
        self.errors.clear()
        when = self.term_end.date()
        if self.term_end.error() or when is None:
            self.errors.show_message("term_end", self.term_end.error() or translate(
                "EndTermDialog", "Enter the date the term ends."))
            return
        try:
            self.services.working_group.end_term(self.seat_id, when)
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            pass  # the seat is gone: nothing left to end
        self.accept()


class WorkingGroupDialog(QDialog):
    seat_dialog_factory: Callable[..., WorkingGroupSeatDialog] = WorkingGroupSeatDialog
    end_term_dialog_factory: Callable[..., EndTermDialog] = EndTermDialog

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkingGroupDialog")
        self.setWindowTitle(translate("WorkingGroupDialog", "Working group"))
        self.services = services
        self._today: date = services.working_group.today()

        self.warnings = QLabel(objectName="warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        explanation = hint_label(translate(
            "WorkingGroupDialog", "Office officers and representatives of the occupational "
            "groups registered with the office: 2 officers and 3 representatives by default."))
        self.show_past = QCheckBox(translate("WorkingGroupDialog", "Show past terms"),
                                   objectName="show_past")
        self.show_past.toggled.connect(lambda _on: self.refresh())

        self.model = RowsTableModel([
            Column(translate("WorkingGroupDialog", "Name"), lambda r: r.name),
            Column(translate("WorkingGroupDialog", "Role"),
                   lambda r: working_group_role_label(r.role)),
            Column(translate("WorkingGroupDialog", "Group represented"), lambda r: r.group_name,
                   tooltip=lambda r: status_label(r.group_status) if r.group_id else None),
            Column(translate("WorkingGroupDialog", "Term"), term_text),
        ], self, foreground=self._foreground)
        self.table = make_table(self.model, 2, "seats")
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_officer_button = QPushButton(translate("WorkingGroupDialog", "Add officer…"),
                                              objectName="add_officer")
        self.add_representative_button = QPushButton(
            translate("WorkingGroupDialog", "Add representative…"),
            objectName="add_representative")
        self.edit_button = QPushButton(translate("WorkingGroupDialog", "Edit…"),
                                       objectName="edit_seat")
        self.end_term_button = QPushButton(translate("WorkingGroupDialog", "End term…"),
                                           objectName="end_term")
        self.add_officer_button.clicked.connect(lambda: self.open_seat("officer", None))
        self.add_representative_button.clicked.connect(
            lambda: self.open_seat("representative", None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_term_button.clicked.connect(self.end_selected_term)

        bar = QHBoxLayout()
        bar.addWidget(heading(translate("WorkingGroupDialog", "Members")), 1)
        bar.addWidget(self.show_past)
        actions = QHBoxLayout()
        for button in (self.add_officer_button, self.add_representative_button,
                       self.edit_button, self.end_term_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.warnings)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.refresh()
        self.resize(max(self.sizeHint().width(), 860), 480)

    def refresh(self) -> None:
        chosen = self.selected_seat()
        self._today = self.services.working_group.today()
        service = self.services.working_group
        self.model.set_rows(service.members(current_only=not self.show_past.isChecked()))
        problems = service.warnings()
        self.warnings.setText("\n".join(f"• {problem_text(p)}" for p in problems))
        self.warnings.setVisible(bool(problems))
        if chosen is not None:
            select_id(self.table, chosen.id)
        self._update_buttons()

    def warning_texts(self) -> list[str]:
        return self.warnings.text().splitlines() if self.warnings.isVisibleTo(self) else []

    def selected_seat(self) -> WorkingGroupRow | None:
        return selected_row(self.table)

    def open_seat(self, role: str, row: WorkingGroupRow | None) -> None:
        dialog = self.seat_dialog_factory(self.services, role, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            select_id(self.table, dialog.saved_id)

    def edit_selected(self) -> None:
        row = self.selected_seat()
        if row is not None:
            self.open_seat(row.role, row)

    def end_selected_term(self) -> None:
        row = self.selected_seat()
        if row is None:
            return
        dialog = self.end_term_dialog_factory(self.services, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _is_past(self, row: WorkingGroupRow) -> bool:
        return row.term_end is not None and row.term_end < self._today

    def _foreground(self, row: WorkingGroupRow, _column: int) -> QColor | None:
        return _PAST_COLOUR if self._is_past(row) else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_seat()
        self.edit_button.setEnabled(row is not None)
        self.end_term_button.setEnabled(row is not None and not self._is_past(row))
