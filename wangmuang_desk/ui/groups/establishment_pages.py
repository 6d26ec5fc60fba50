"""The establishment wizard's first steps and its committee step: where the group came from
and its leaders, its basic data, and who sits on its first committee."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import (
    GROUP_TYPES,
    POSITIONS,
    CommitteeSeat,
    EstablishmentInput,
)
from wangmuang_desk.services.group_rules import ENTERPRISE_MIN_HOUSEHOLDS
from wangmuang_desk.ui.groups.establishment_base import (
    EstablishmentPage,
    general_label,
    text_box,
)
from wangmuang_desk.ui.groups.labels import group_type_label, position_label
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label
from wangmuang_desk.ui.widgets.person_picker import PersonPicker, village_label

translate = QCoreApplication.translate
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEAT_POSITIONS = tuple(p for p in POSITIONS if p != "member")  # one person each


def _list_view(name: str, rows: int) -> QListView:
    view = QListView(objectName=name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setMinimumHeight((view.fontMetrics().height() + 6) * rows + 6)
    return view


def _person_item(person_id: int, name: str) -> QStandardItem:
    item = QStandardItem(name)
    item.setData(person_id, _ID_ROLE)
    item.setEditable(False)
    return item


class OriginPage(EstablishmentPage):
    """Step 1: the need, forum or request the group came from, and the leaders who carry it."""

    key = "origin"
    checks = ("origin",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("OriginPage", "Where the group comes from"))
        self.setSubTitle(translate(
            "OriginPage",
            "Write down the need, the village forum or the request the group came from, and "
            "choose the leaders who bring the members together."))
        self.origin = text_box("origin", lines=5)
        self.origin.setPlaceholderText(translate(
            "OriginPage", "e.g. the Moo 2 forum of March asked for a banana-processing group"))
        self.picker = PersonPicker(wizard.services.people, objectName="leader_picker")
        self.add_button = QPushButton(translate("OriginPage", "Add leader"),
                                      objectName="add_leader")
        self.add_button.clicked.connect(self.add_chosen)
        self.picker.personChanged.connect(lambda _row: self.errors.clear_field("leader_picker"))
        self.model = QStandardItemModel(self)
        self.leaders = _list_view("leader_ids", rows=4)
        self.leaders.setModel(self.model)
        self.remove_button = QPushButton(translate("OriginPage", "Remove leader"),
                                         objectName="remove_leader")
        self.remove_button.clicked.connect(self.remove_selected)

        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.add_button)
        leaders_box = QVBoxLayout()
        leaders_box.addLayout(pick_row)
        leaders_box.addWidget(self.leaders)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        leaders_box.addLayout(remove_row)

        form = QFormLayout()
        form.addRow(translate("OriginPage", "Origin:"), self.origin)
        form.addRow(translate("OriginPage", "Leaders:"), leaders_box)
        general = general_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(general)
        self.bind_errors({"origin": self.origin, "leader_picker": self.picker,
                          "leader_ids": self.leaders}, general)

    def leader_ids(self) -> list[int]:
        return [self.model.item(row).data(_ID_ROLE) for row in range(self.model.rowCount())]

    def leader_names(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def add_chosen(self) -> None:
        person = self.picker.person()
        if person is None:
            self.errors.show_message("leader_picker", translate(
                "OriginPage", "Type part of a name and choose the person from the list."))
            return
        if person.id in self.leader_ids():
            self.errors.show_message("leader_picker", translate(
                "OriginPage", "{name} is already a leader.").format(name=person.full_name))
            return
        self.model.appendRow(_person_item(person.id, person.full_name))
        self.errors.clear_field("leader_ids")
        self.picker.clear()
        self.picker.setFocus()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.leaders.selectedIndexes()}, reverse=True):
            self.model.removeRow(row)

    def ui_problems(self) -> list[tuple[str, str]]:
        # Chosen but never added: going on would silently leave the person out.
        person = self.picker.person()
        if person is None or person.id in self.leader_ids():
            return []
        return [("leader_picker", translate(
            "OriginPage", "Click “Add leader” to add {name}, or clear the field.").format(
            name=person.full_name))]

    def load(self, data: EstablishmentInput) -> None:
        self.origin.setPlainText(data.basic.origin)
        self.model.clear()
        for person in self.host.services.group_members.candidates(data.leader_ids):
            self.model.appendRow(_person_item(person.person_id, person.name))

    def store(self, data: EstablishmentInput) -> None:
        data.basic.origin = self.origin.toPlainText()
        data.leader_ids = self.leader_ids()


class BasicPage(EstablishmentPage):
    """Step 2: name, type, village and address, founding date, contact, objectives, and
    whether the group means to register as a community enterprise."""

    key = "basic"
    checks = ("basic",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("BasicPage", "Basic data"))
        self.setSubTitle(translate(
            "BasicPage", "The group's name, type and where it works, as the register shows it."))
        services = wizard.services
        self.name = QLineEdit(objectName="name")
        self.group_type = QComboBox(objectName="group_type")
        for code in GROUP_TYPES:
            self.group_type.addItem(group_type_label(code), code)
        self.village = QComboBox(objectName="village_id")
        self.village.addItem(translate("BasicPage", "(not set)"), None)
        for village in services.office.villages():
            self.village.addItem(village_label(village.moo, village.name), village.id)
        self.address = QLineEdit(objectName="address")
        self.address.setPlaceholderText(translate(
            "BasicPage", "Where the group meets or works, e.g. the village hall"))
        self.founded_on = BeDateEdit(objectName="founded_on",
                                     maximum_date=wizard.calls.today())
        fit_line_edit(self.founded_on, "00/00/0000")
        self.contact = PersonPicker(services.people, objectName="contact_person_id")
        self.contact.setPlaceholderText(translate(
            "BasicPage", "Empty: the first leader, or the president"))
        self.phone = QLineEdit(objectName="phone")
        fit_line_edit(self.phone, "000-000-0000")
        self.objectives = text_box("objectives", lines=4)
        self.aims_enterprise = QCheckBox(translate(
            "BasicPage", "The group means to register as a community enterprise"),
            objectName="aims_enterprise")
        enterprise_hint = hint_label(translate(
            "BasicPage",
            "A community enterprise needs members from at least {minimum} different households "
            "(not one family or one house register); the members step checks it.").format(
            minimum=ENTERPRISE_MIN_HOUSEHOLDS))

        date_row = QHBoxLayout()
        date_row.addWidget(self.founded_on)
        date_row.addStretch(1)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone)
        phone_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("BasicPage", "Group name:"), self.name)
        form.addRow(translate("BasicPage", "Type:"), self.group_type)
        form.addRow(translate("BasicPage", "Village:"), self.village)
        form.addRow(translate("BasicPage", "Address:"), self.address)
        form.addRow(translate("BasicPage", "Founded on:"), date_row)
        form.addRow(translate("BasicPage", "Contact person:"), self.contact)
        form.addRow(translate("BasicPage", "Phone:"), phone_row)
        form.addRow(translate("BasicPage", "Objectives:"), self.objectives)
        form.addRow("", self.aims_enterprise)
        form.addRow("", enterprise_hint)
        general = general_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(general)
        self.bind_errors({
            "name": self.name, "group_type": self.group_type, "village_id": self.village,
            "address": self.address, "founded_on": self.founded_on,
            "contact_person_id": self.contact, "phone": self.phone,
            "objectives": self.objectives,
        }, general)
        self.contact.personChanged.connect(
            lambda _row: self.errors.clear_field("contact_person_id"))

    def ui_problems(self) -> list[tuple[str, str]]:
        problem = self.founded_on.error()
        return [("founded_on", problem)] if problem else []

    def load(self, data: EstablishmentInput) -> None:
        basic = data.basic
        self.name.setText(basic.name)
        self.group_type.setCurrentIndex(max(0, self.group_type.findData(basic.group_type)))
        self.village.setCurrentIndex(max(0, self.village.findData(basic.village_id)))
        self.address.setText(basic.address)
        self.founded_on.setDate(basic.founded_on)
        rows = (self.host.services.people.by_ids([basic.contact_person_id])
                if basic.contact_person_id is not None else [])
        self.contact.set_person(rows[0] if rows else None)
        self.phone.setText(basic.phone)
        self.objectives.setPlainText(basic.objectives)
        self.aims_enterprise.setChecked(data.aims_enterprise)

    def store(self, data: EstablishmentInput) -> None:
        basic = data.basic
        basic.name = self.name.text()
        basic.group_type = self.group_type.currentData() or "other"
        basic.village_id = self.village.currentData()
        basic.address = self.address.text()
        basic.founded_on = self.founded_on.date()
        basic.contact_person_id = self.contact.person_id()
        basic.phone = self.phone.text()
        basic.objectives = self.objectives.toPlainText()
        data.aims_enterprise = self.aims_enterprise.isChecked()

    def village_text(self) -> str:
        return self.village.currentText() if self.village.currentData() is not None else ""


class CommitteePage(EstablishmentPage):
    """Step 4: the first committee, chosen from the members, and its term."""

    key = "committee"
    checks = ("committee",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("CommitteePage", "Committee"))
        self.setSubTitle(translate(
            "CommitteePage",
            "Choose the members who hold the positions, and tick the other committee members."))
        self.seats: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for position in SEAT_POSITIONS:
            combo = QComboBox(objectName=position)
            self.seats[position] = combo
            form.addRow(translate("CommitteePage", "{position}:").format(
                position=position_label(position)), combo)
        self.model = QStandardItemModel(self)
        self.committee_members = _list_view("committee_members", rows=5)
        self.committee_members.setModel(self.model)
        self.committee_members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        form.addRow(translate("CommitteePage", "Committee members:"), self.committee_members)
        self.term_start = BeDateEdit(objectName="term_start")
        self.term_start.setPlaceholderText(translate("CommitteePage", "The founding date"))
        self.term_end = BeDateEdit(objectName="term_end")
        for edit in (self.term_start, self.term_end):
            fit_line_edit(edit, "00/00/0000")
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_start)
        term_row.addWidget(hint_label(translate("CommitteePage", "to")))
        term_row.addWidget(self.term_end)
        term_row.addStretch(1)
        form.addRow(translate("CommitteePage", "Term:"), term_row)
        general = general_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        self.bind_errors({**self.seats, "committee_members": self.committee_members,
                          "term_start": self.term_start, "term_end": self.term_end}, general)
        self._chosen: list[CommitteeSeat] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.refresh()

    def refresh(self) -> None:
        """Offer the current members, keeping whoever was chosen and is still a member."""
        chosen = self.seats_chosen() if self.model.rowCount() or any(
            combo.count() for combo in self.seats.values()) else self._chosen
        by_position = {seat.position: seat.person_id for seat in chosen
                       if seat.position in self.seats}
        ordinary = {seat.person_id for seat in chosen if seat.position == "member"}
        members = self.host.members
        for position, combo in self.seats.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("CommitteePage", "(nobody)"), None)
            for member in members:
                combo.addItem(member.name, member.person_id)
            combo.setCurrentIndex(max(0, combo.findData(by_position.get(position))))
            combo.blockSignals(False)
        self.model.clear()
        for member in members:
            item = _person_item(member.person_id, member.name)
            item.setCheckable(True)
            checked = member.person_id in ordinary
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)

    def seats_chosen(self) -> list[CommitteeSeat]:
        seats = [CommitteeSeat(combo.currentData(), position)
                 for position, combo in self.seats.items() if combo.currentData() is not None]
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                seats.append(CommitteeSeat(item.data(_ID_ROLE), "member"))
        return seats

    def ui_problems(self) -> list[tuple[str, str]]:
        return [(name, edit.error()) for name, edit in (
            ("term_start", self.term_start), ("term_end", self.term_end)) if edit.error()]

    def field_for(self, problem: FieldProblem) -> str:
        if problem.field == "committee" and "president" in problem.message:
            return "president"
        return super().field_for(problem)

    def load(self, data: EstablishmentInput) -> None:
        self._chosen = list(data.committee)
        self.model.clear()
        for combo in self.seats.values():
            combo.clear()
        self.term_start.setDate(data.term_start)
        self.term_end.setDate(data.term_end)

    def store(self, data: EstablishmentInput) -> None:
        built = self.model.rowCount() or any(combo.count() for combo in self.seats.values())
        data.committee = self.seats_chosen() if built else list(self._chosen)
        data.term_start = self.term_start.date()
        data.term_end = self.term_end.date()
