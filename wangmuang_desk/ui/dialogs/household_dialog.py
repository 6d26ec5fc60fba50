"""Add or edit a household: address, head and the people who live there."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.rows import HouseholdInput, PersonRow
from wangmuang_desk.thai.dates import age_on
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.person_picker import PersonPicker, place_label, village_label

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex


class MembersModel(QAbstractTableModel):
    """The few people of one household: name, age and where they live now."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[PersonRow] = []
        self._head_id: int | None = None
        self._headers = [
            translate("HouseholdDialog", "Name"),
            translate("HouseholdDialog", "Age"),
            translate("HouseholdDialog", "Lives at now"),
        ]

    def people(self) -> list[PersonRow]:
        return list(self._rows)

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def set_people(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add(self, row: PersonRow) -> int:
        """Add *row* unless listed already; returns its row number either way."""
        for number, listed in enumerate(self._rows):
            if listed.id == row.id:
                return number
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()
        return len(self._rows) - 1

    def remove(self, number: int) -> PersonRow:
        self.beginRemoveRows(QModelIndex(), number, number)
        row = self._rows.pop(number)
        self.endRemoveRows()
        return row

    def set_head(self, person_id: int | None) -> None:
        self._head_id = person_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.id == self._head_id:
                    return translate("HouseholdDialog", "{name} (head)").format(name=row.full_name)
                return row.full_name
            if column == 1:
                return str(age_on(row.birth_date, self._today)) if row.birth_date else ""
            return place_label(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class HouseholdDialog(QDialog):
    def __init__(self, services, household_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.household_id = household_id
        self.saved_id: int | None = None
        if household_id is None:
            self.setWindowTitle(translate("HouseholdDialog", "New household"))
        else:
            self.setWindowTitle(translate("HouseholdDialog", "Edit household"))

        self.house_no = QLineEdit(objectName="house_no")
        self.house_no.setPlaceholderText(translate("HouseholdDialog", "e.g. 234/1"))
        self.village = QComboBox(objectName="village_id")
        self.village.setPlaceholderText(translate("HouseholdDialog", "Choose the village"))
        for village in services.office.villages():
            self.village.addItem(village_label(village.moo, village.name), village.id)
        self.village.setCurrentIndex(-1)
        self.soi = QLineEdit(objectName="soi")
        self.road = QLineEdit(objectName="road")
        self.head = PersonPicker(services.people, objectName="head_person_id")
        self.head.personChanged.connect(self._head_changed)

        self.members_model = MembersModel(services.people.today(), self)
        self.members = self._make_members_table()
        self.member_picker = PersonPicker(services.people, objectName="member_picker")
        self.add_member_button = QPushButton(translate("HouseholdDialog", "Add member"))
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.setEnabled(False)
        self.remove_member_button = QPushButton(translate("HouseholdDialog", "Remove"))
        self.remove_member_button.setObjectName("remove_member")
        self.remove_member_button.setEnabled(False)
        self.member_picker.personChanged.connect(
            lambda row: self.add_member_button.setEnabled(row is not None)
        )
        self.add_member_button.clicked.connect(self.add_chosen_member)
        self.remove_member_button.clicked.connect(self.remove_selected_member)
        adding = QHBoxLayout()
        adding.addWidget(self.member_picker, 1)
        adding.addWidget(self.add_member_button)
        adding.addWidget(self.remove_member_button)
        hint = QLabel(
            translate(
                "HouseholdDialog",
                "Members take the household's address when it is saved. "
                "The head is always a member.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("membersHint")

        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(translate("HouseholdDialog", "House no.:"), self.house_no)
        form.addRow(translate("HouseholdDialog", "Village:"), self.village)
        form.addRow(translate("HouseholdDialog", "Soi:"), self.soi)
        form.addRow(translate("HouseholdDialog", "Road:"), self.road)
        form.addRow(translate("HouseholdDialog", "Head of household:"), self.head)
        # Table, adding row and hint are rows of their own: a message under the table then
        # becomes a form row too, and the form gives every row the height it needs.
        form.addRow(translate("HouseholdDialog", "Members:"), self.members)
        form.addRow("", adding)
        form.addRow("", hint)
        form.addRow(translate("HouseholdDialog", "Note:"), self.note)

        self.general = QLabel(objectName="generalErrors")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

        self.errors = FormErrors(
            {
                "house_no": self.house_no,
                "village_id": self.village,
                "soi": self.soi,
                "road": self.road,
                "head_person_id": self.head,
                "members": self.members,
                "note": self.note,
            },
            self,
            general=self.general,
        )
        self.head.personChanged.connect(lambda _row: self.errors.clear_field("head_person_id"))
        self.resize(720, 600)
        if household_id is not None:
            self._load(household_id)

    # -- loading ---------------------------------------------------------------------------

    def _load(self, household_id: int) -> None:
        _row, data = self.services.households.get(household_id)
        self.house_no.setText(data.house_no)
        self.village.setCurrentIndex(self.village.findData(data.village_id))
        self.soi.setText(data.soi)
        self.road.setText(data.road)
        self.note.setPlainText(data.note)
        self.members_model.set_people(self.services.people.by_ids(data.member_ids))
        if data.head_person_id is not None:
            head = [p for p in self.members_model.people() if p.id == data.head_person_id]
            head = head or self.services.people.by_ids([data.head_person_id])
            self.head.set_person(head[0] if head else None)

    # -- members ---------------------------------------------------------------------------

    def _make_members_table(self) -> QTableView:
        table = QTableView(objectName="members")
        table.setModel(self.members_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        # Room for Thai marks above and below the line.
        row_height = table.fontMetrics().height() + 10
        table.verticalHeader().setDefaultSectionSize(row_height)
        # A few members stay in view even when messages above take room.
        table.setMinimumHeight(row_height * 4)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._member_selection_changed)
        return table

    def _member_selection_changed(self, *_args: object) -> None:
        self.remove_member_button.setEnabled(bool(self.members.selectionModel().selectedRows()))

    def add_chosen_member(self) -> None:
        row = self.member_picker.person()
        if row is None:
            self.member_picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        number = self.members_model.add(row)
        self.members.selectRow(number)
        self.errors.clear_field("members")
        self.member_picker.clear()
        self.member_picker.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next one

    def remove_selected_member(self) -> None:
        rows = self.members.selectionModel().selectedRows()
        if not rows:
            return
        removed = self.members_model.remove(rows[0].row())
        self.errors.clear_field("members")
        if removed.id == self.head.person_id():
            # The service would put the head back as a member; clearing the head says so.
            self.head.clear()

    def _head_changed(self, row: PersonRow | None) -> None:
        if row is not None:
            self.members_model.add(row)
        self.members_model.set_head(row.id if row is not None else None)

    # -- saving ----------------------------------------------------------------------------

    def form_input(self) -> HouseholdInput:
        return HouseholdInput(
            house_no=self.house_no.text(),
            village_id=self.village.currentData() if self.village.currentIndex() >= 0 else None,
            soi=self.soi.text(),
            road=self.road.text(),
            head_person_id=self.head.person_id(),
            note=self.note.toPlainText(),
            member_ids=self.members_model.ids(),
        )

    def _grow_to_fit(self) -> None:
        # Messages add form rows; below its size hint the form squeezes rows into each other
        # (QFormLayout with word-wrapped labels), so the dialog grows to make room for them.
        needed = self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def accept(self) -> None:
        self.errors.clear()
        if self.head.person_id() is None and self.head.line_edit().text().strip():
            # Text typed but no one chosen from the list: saving would silently drop the head.
            self.errors.show_message(
                "head_person_id",
                translate("HouseholdDialog", "Choose the head from the list, or clear the field."),
            )
            self._grow_to_fit()
            return
        try:
            if self.household_id is None:
                self.saved_id = self.services.households.add(self.form_input())
            else:
                self.services.households.update(self.household_id, self.form_input())
                self.saved_id = self.household_id
        except ValidationError as error:
            self.errors.show(error.problems)
            self._grow_to_fit()
            return
        except NotFoundError:
            QMessageBox.information(
                self,
                self.windowTitle(),
                translate(
                    "HouseholdDialog",
                    "This household no longer exists (it may be in the recycle "
                    "bin). Nothing was saved.",
                ),
            )
            self.reject()
            return
        super().accept()
