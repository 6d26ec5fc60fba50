"""Choose several people from the registry to register in a round at once.

Each person picked goes onto the list below the search field, and the field empties for the
next name: a whole sign-up sheet can be typed in without the mouse (type, Enter, type, Enter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.rows import PersonRow
from wangmuang_desk.ui.dialogs.new_person import new_person
from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog
from wangmuang_desk.ui.widgets.form_layout import hint_label
from wangmuang_desk.ui.widgets.person_picker import PersonPicker, person_label

translate = QCoreApplication.translate

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TraineePickDialog(QDialog):
    """`chosen_ids()` after Accepted: the people to register (none already in the round)."""

    # How the dialog makes the person form; tests wrap it.
    person_dialog_factory: Callable[..., QDialog] = PersonDialog

    def __init__(self, services, registered_person_ids: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TraineePickDialog")
        self.services = services
        self.registered = set(registered_person_ids)
        self.setWindowTitle(translate("TraineePickDialog", "Register trainees from the registry"))

        self.picker = PersonPicker(services.people, objectName="person")
        self.picker.setPlaceholderText(translate(
            "TraineePickDialog", "Type part of a name, ID or phone, then Enter"))
        self.new_person_button = QPushButton(
            translate("TraineePickDialog", "New person…"), objectName="newPerson")
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.setToolTip(translate(
            "TraineePickDialog", "Add someone who is not in the people registry yet"))
        self.new_person_button.clicked.connect(self.add_new_person)
        search_row = QHBoxLayout()
        search_row.addWidget(self.picker, 1)
        search_row.addWidget(self.new_person_button)

        self.list = QListWidget(objectName="chosen")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(
            translate("TraineePickDialog", "Take off the list"), objectName="removeChosen")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        list_row = QHBoxLayout()
        list_row.addWidget(self.notice, 1)
        list_row.addWidget(self.remove_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            translate("TraineePickDialog", "Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("register")
        self.ok_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("TraineePickDialog", "Find a person:")))
        layout.addLayout(search_row)
        layout.addWidget(hint_label(translate(
            "TraineePickDialog", "Everyone picked is added to this list; people already "
            "registered in the round are left out.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(list_row)
        layout.addWidget(buttons)

        self.picker.personChanged.connect(self._picked)
        self.list.itemSelectionChanged.connect(self._update)
        self._update()
        self.resize(640, 460)

    # -- the list --------------------------------------------------------------------------

    def chosen_ids(self) -> list[int]:
        return [self.list.item(n).data(_ID_ROLE) for n in range(self.list.count())]

    def add_person(self, row: PersonRow) -> bool:
        """Put `row` on the list; False (and says why) when already registered or listed."""
        if row.id in self.registered:
            self.notice.setText(translate(
                "TraineePickDialog", "{name} is already registered in this round.").format(
                name=row.full_name))
            return False
        if row.id in self.chosen_ids():
            self.notice.setText(translate(
                "TraineePickDialog", "{name} is already on the list.").format(name=row.full_name))
            return False
        item = QListWidgetItem(person_label(row))
        item.setData(_ID_ROLE, row.id)
        self.list.addItem(item)
        self.list.scrollToItem(item)
        self.notice.setText("")
        self._update()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()

    def _picked(self, row: PersonRow | None) -> None:
        if row is None:
            return
        self.add_person(row)
        # Emptied for the next name once the picker has finished with this one.
        self.picker.clear()
        self.picker.setFocus()

    def _update(self) -> None:
        count = self.list.count()
        self.ok_button.setEnabled(count > 0)
        self.ok_button.setText(translate("TraineePickDialog", "Register %n person(s)", "", count))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    # -- a new person ----------------------------------------------------------------------

    def add_new_person(self) -> None:
        person = new_person(self, self.services, self.person_dialog_factory)
        if person is not None:
            self.add_person(person)
