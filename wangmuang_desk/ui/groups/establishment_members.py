"""Step 3 of the establishment wizard: the founding members, each with their household, and
the member rules checked live (the minimum, and different households for an enterprise)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.group_rows import EstablishmentInput
from wangmuang_desk.services.group_rules import ENTERPRISE_MIN_HOUSEHOLDS
from wangmuang_desk.ui.groups.establishment_base import (
    EstablishmentPage,
    MemberEntry,
    general_label,
)
from wangmuang_desk.ui.groups.establishment_tables import (
    Column,
    RowsModel,
    selected_rows,
    table_view,
)
from wangmuang_desk.ui.widgets.form_layout import hint_label
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate


class RuleLine(QWidget):
    """One member rule with a tick or a warning sign beside it."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.icon = QLabel()
        self.text = QLabel(objectName=f"{name}_text")
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.met = False

    def show_rule(self, text: str, met: bool) -> None:
        self.met = met
        pixmap = (QStyle.StandardPixmap.SP_DialogApplyButton if met
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.text.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.text.setText(text)


class MembersPage(EstablishmentPage):
    key = "members"
    checks = ("members",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("MembersPage", "Members"))
        self.setSubTitle(translate(
            "MembersPage",
            "Add the founding members from the people registry, or add a person who is not "
            "recorded yet. Each member's household is shown beside them."))
        self.picker = PersonPicker(wizard.services.people, objectName="member_picker")
        self.add_button = QPushButton(translate("MembersPage", "Add member"),
                                      objectName="add_member")
        self.add_button.clicked.connect(self.add_chosen)
        self.new_button = QPushButton(translate("MembersPage", "Add a new person…"),
                                      objectName="new_person")
        self.new_button.clicked.connect(self.add_new_person)
        self.picker.personChanged.connect(lambda _row: self.errors.clear_field("member_picker"))

        self.model = RowsModel([
            Column(translate("MembersPage", "Name"), lambda m: m.name),
            Column(translate("MembersPage", "Household"), self._household_text),
            Column(translate("MembersPage", "Note"), self._note),
        ], self, warning=self._warning)
        self.model.set_rows(wizard.members)
        self.table = table_view(self.model, "members", stretch=2, rows=7)
        self.remove_button = QPushButton(translate("MembersPage", "Remove from the list"),
                                         objectName="remove_member")
        self.remove_button.clicked.connect(self.remove_selected)
        self.members_rule = RuleLine("members_rule")
        self.households_rule = RuleLine("households_rule")

        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.add_button)
        pick_row.addWidget(self.new_button)
        below = QHBoxLayout()
        rules = QVBoxLayout()
        rules.addWidget(self.members_rule)
        rules.addWidget(self.households_rule)
        below.addLayout(rules, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        general = general_label()
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "MembersPage", "Find a person by part of their name, national ID or phone.")))
        layout.addLayout(pick_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(general)
        self.bind_errors({"member_picker": self.picker, "members": self.table}, general)
        self.model.modelReset.connect(self.update_rules)
        self.update_rules()

    # -- the list ------------------------------------------------------------------------------
    def add_chosen(self) -> None:
        person = self.picker.person()
        if person is None:
            self.errors.show_message("member_picker", translate(
                "MembersPage", "Type part of a name and choose the person from the list."))
            return
        if self.add_person(person.id):
            self.picker.clear()
            self.picker.setFocus()

    def add_person(self, person_id: int) -> bool:
        """Put a person on the list with their household; refused (with the reason at the
        picker) when they are on it already."""
        already = next((m for m in self.host.members if m.person_id == person_id), None)
        if already is not None:
            self.errors.show_message("member_picker", translate(
                "MembersPage", "{name} is already on the member list.").format(name=already.name))
            return False
        found = self.host.services.group_members.candidates([person_id])
        if not found:
            return False
        person = found[0]
        self.host.members.append(MemberEntry(person.person_id, person.name, person.household_id,
                                             person.household_label, person.in_bin))
        self.model.refresh()
        self.errors.clear_field("members")
        self.table.scrollToBottom()
        return True

    def add_new_person(self) -> None:
        """The person form, then the person saved there joins the list."""
        from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog

        dialog = PersonDialog(self.host.services, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.add_person(dialog.person_id)

    def remove_selected(self) -> None:
        for row in reversed(selected_rows(self.table)):
            del self.host.members[row]
        self.model.refresh()

    # -- households and rules ------------------------------------------------------------------
    def _household_text(self, member: MemberEntry) -> str:
        return member.household_label or translate("MembersPage", "(no household recorded)")

    def _sharing(self, member: MemberEntry) -> list[int]:
        """Row numbers (1-based) of the other members from the same household."""
        if member.household_id is None:
            return []
        return [number for number, other in enumerate(self.host.members, 1)
                if other is not member and other.household_id == member.household_id]

    def _note(self, member: MemberEntry) -> str:
        notes = []
        if member.in_bin:
            notes.append(translate("MembersPage", "In the recycle bin"))
        sharing = self._sharing(member)
        if sharing:
            notes.append(translate("MembersPage", "Same household as No. {numbers}").format(
                numbers=", ".join(map(str, sharing))))
        elif member.household_id is None and self._aims_enterprise():
            notes.append(translate("MembersPage", "Record the household in the people registry"))
        return "; ".join(notes)

    def _warning(self, row: int) -> str:
        return self._note(self.host.members[row])

    def _aims_enterprise(self) -> bool:
        return self.host.basic_page.aims_enterprise.isChecked()

    def update_rules(self) -> None:
        members = self.host.members
        minimum = self.host.min_members
        self.members_rule.show_rule(translate(
            "MembersPage", "{count} members (minimum {minimum})").format(
            count=len(members), minimum=minimum), len(members) >= minimum)
        households = len({m.household_id for m in members if m.household_id is not None})
        self.households_rule.show_rule(translate(
            "MembersPage", "{count} different households (minimum {minimum}) for a community "
            "enterprise").format(count=households, minimum=ENTERPRISE_MIN_HOUSEHOLDS),
            households >= ENTERPRISE_MIN_HOUSEHOLDS
            and all(m.household_id is not None for m in members))
        self.households_rule.setVisible(self._aims_enterprise())

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # The enterprise box on the previous page decides which rules and notes apply.
        self.refresh_people()

    def refresh_people(self) -> None:
        """Names, households and the recycle bin as the registry has them now (people may have
        been edited elsewhere since they were added, or while a draft waited)."""
        found = {p.person_id: p for p in self.host.services.group_members.candidates(
            [m.person_id for m in self.host.members])}
        for member in self.host.members:
            person = found.get(member.person_id)
            if person is not None:
                member.name, member.household_id = person.name, person.household_id
                member.household_label, member.in_bin = person.household_label, person.in_bin
        self.model.refresh()

    def show_problems(self, problems) -> None:
        self.refresh_people()  # a member sent to the recycle bin meanwhile shows as such
        super().show_problems(problems)

    # -- hooks ---------------------------------------------------------------------------------
    def ui_problems(self) -> list[tuple[str, str]]:
        # Chosen but never added: going on would silently leave the person out.
        person = self.picker.person()
        if person is None or any(m.person_id == person.id for m in self.host.members):
            return []
        return [("member_picker", translate(
            "MembersPage", "Click “Add member” to add {name}, or clear the field.").format(
            name=person.full_name))]

    def load(self, data: EstablishmentInput) -> None:
        wanted = {m.person_id: m for m in data.members}
        found = self.host.services.group_members.candidates(list(wanted))
        self.host.members[:] = [
            MemberEntry(p.person_id, p.name, p.household_id, p.household_label, p.in_bin,
                        wanted[p.person_id].shares, wanted[p.person_id].savings)
            for p in found
        ]
        self.model.refresh()
