"""The group's basic data: name, type, village and address, founding date, contact, aims,
regulations and share value. The first save of a new group creates it (status "forming")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import GROUP_TYPES, GroupDetail
from wangmuang_desk.thai.citizen_id import format_phone
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.group_form_tab import GroupFormTab, text_box
from wangmuang_desk.ui.groups.labels import group_type_label
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, form_section
from wangmuang_desk.ui.widgets.person_picker import PersonPicker, village_label

translate = QCoreApplication.translate

_PHONE_MAX_LENGTH = 20


class BasicTab(GroupFormTab):
    def build_form(self, content: QWidget) -> None:
        self._villages = self.services.office.villages()
        self._village_ids: list[int | None] = [None] + [v.id for v in self._villages]

        group_box, form = form_section(translate("GroupWindow", "The group"))
        self.name = self.field(QLineEdit(objectName="name"))
        self.name.setPlaceholderText(translate("GroupWindow", "e.g. the herbal balm group"))
        self.group_type = self.field(QComboBox(objectName="group_type"))
        self.group_type.addItems([group_type_label(code) for code in GROUP_TYPES])
        self.group_type.setPlaceholderText(translate("GroupWindow", "Choose the type"))
        self.village = self.field(QComboBox(objectName="village_id"))
        self.village.addItems(
            [translate("GroupWindow", "(not chosen)")]
            + [village_label(v.moo, v.name) for v in self._villages]
        )
        self.address = self.field(QLineEdit(objectName="address"))
        self.address.setPlaceholderText(
            translate("GroupWindow", "Where the group meets or works, e.g. house no. 12")
        )
        self.founded_on = self.field(
            BeDateEdit(objectName="founded_on", maximum_date=self.services.groups.today())
        )
        fit_line_edit(self.founded_on, "00/00/0000")
        self.contact = self.field(
            PersonPicker(self.services.people, objectName="contact_person_id")
        )
        self.phone = self.field(QLineEdit(objectName="phone"))
        self.phone.setMaxLength(_PHONE_MAX_LENGTH)
        self.phone.setPlaceholderText(translate("GroupWindow", "e.g. 081-234-5678"))
        self.phone.editingFinished.connect(self._format_phone)
        self.share_value = self.field(DecimalEdit(objectName="share_value"))
        fit_line_edit(self.share_value, "000,000.00")
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_value)
        share_row.addWidget(QLabel(translate("GroupWindow", "baht per share")))
        share_row.addStretch(1)
        form.addRow(translate("GroupWindow", "Name"), self.name)
        form.addRow(translate("GroupWindow", "Type"), self.group_type)
        form.addRow(translate("GroupWindow", "Village"), self.village)
        form.addRow(translate("GroupWindow", "Address"), self.address)
        form.addRow(translate("GroupWindow", "Founded on"), self.founded_on)
        form.addRow(translate("GroupWindow", "Contact person"), self.contact)
        form.addRow(translate("GroupWindow", "Phone"), self.phone)
        form.addRow(translate("GroupWindow", "Share value"), share_row)

        aims_box, aims = form_section(translate("GroupWindow", "Aims and rules"))
        self.objectives = self.field(text_box("objectives", 3))
        self.regulations = self.field(text_box("regulations", 4))
        self.origin = self.field(text_box("origin", 2))
        self.origin.setPlaceholderText(
            translate("GroupWindow", "The need, village forum or request the group came from")
        )
        self.note = self.field(text_box("note", 2))
        aims.addRow(translate("GroupWindow", "Objectives"), self.objectives)
        aims.addRow(translate("GroupWindow", "Regulations"), self.regulations)
        aims.addRow(translate("GroupWindow", "Origin"), self.origin)
        aims.addRow(translate("GroupWindow", "Note"), self.note)

        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(group_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(aims_box, 1)  # its text fields grow with the window
        self.load(None)

    def load(self, detail: GroupDetail | None) -> None:
        data = detail.data if detail is not None else None
        self.name.setText(data.name if data else "")
        code = data.group_type if data else ""
        self.group_type.setCurrentIndex(GROUP_TYPES.index(code) if code in GROUP_TYPES else -1)
        village_id = data.village_id if data else None
        self.village.setCurrentIndex(
            self._village_ids.index(village_id) if village_id in self._village_ids else 0
        )
        self.address.setText(data.address if data else "")
        self.founded_on.setDate(data.founded_on if data else None)
        contact = None
        if data is not None and data.contact_person_id is not None:
            found = self.services.people.by_ids([data.contact_person_id])
            contact = found[0] if found else None
        self.contact.set_person(contact)
        self.phone.setText(format_phone(data.phone) if data else "")
        self.share_value.set_value(data.share_value if data else None)
        self.objectives.setPlainText(data.objectives if data else "")
        self.regulations.setPlainText(data.regulations if data else "")
        self.origin.setPlainText(data.origin if data else "")
        self.note.setPlainText(data.note if data else "")
        for edit in (self.name, self.address):
            edit.setCursorPosition(0)  # a long name shows its beginning, not its end

    def ui_problems(self) -> list[FieldProblem]:
        problems = []
        if self.founded_on.error():
            problems.append(FieldProblem("founded_on", self.founded_on.error() or ""))
        try:
            self.share_value.value()
        except ValueError:
            problems.append(FieldProblem("share_value", NOT_A_NUMBER))
        return problems

    def collect(self) -> dict[str, Any]:
        index = self.group_type.currentIndex()
        share_value: Decimal | None = self.share_value.value()
        return {
            "name": self.name.text(),
            "group_type": GROUP_TYPES[index] if index >= 0 else "",
            "village_id": self._village_ids[max(self.village.currentIndex(), 0)],
            "address": self.address.text(),
            "founded_on": self.founded_on.date(),
            "contact_person_id": self.contact.person_id(),
            "phone": self.phone.text(),
            "objectives": self.objectives.toPlainText(),
            "regulations": self.regulations.toPlainText(),
            "origin": self.origin.toPlainText(),
            "note": self.note.toPlainText(),
            "share_value": share_value,
        }

    def _format_phone(self) -> None:
        formatted = format_phone(self.phone.text().strip())
        if formatted != self.phone.text():
            self.phone.setText(formatted)
