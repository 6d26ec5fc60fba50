"""Add or edit a local sage (ปราชญ์ชาวบ้าน): the person, the branch of wisdom, what they teach."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.rows import SageInput
from wangmuang_desk.ui.dialogs.occupation_dialog import fill_ref_combo
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class SageDialog(QDialog):
    def __init__(self, services, sage_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.sage_id = sage_id
        self.saved_id: int | None = None
        data = None
        if sage_id is None:
            self.setWindowTitle(translate("SageDialog", "New local sage"))
        else:
            self.setWindowTitle(translate("SageDialog", "Edit local sage"))
            _row, data = services.sages.get(sage_id)

        self.person = PersonPicker(services.people, objectName="person_id")
        self.branch = QComboBox(objectName="branch")
        self.branch.setPlaceholderText(translate("SageDialog", "Choose the branch of wisdom"))
        fill_ref_combo(
            self.branch, services.office.ref_list("wisdom_branch"), data.branch if data else ""
        )
        self.expertise = _text_box("expertise", 4)
        self.expertise.setPlaceholderText(
            translate(
                "SageDialog", "What the sage knows and does; the first line shows in the list"
            )
        )
        self.can_teach = QCheckBox(
            translate("SageDialog", "Can teach others (can be a trainer)"), objectName="can_teach"
        )
        self.works_awards = _text_box("works_awards", 3)
        self.note = _text_box("note", 2)

        form = QFormLayout()
        form.addRow(translate("SageDialog", "Person:"), self.person)
        form.addRow(translate("SageDialog", "Branch:"), self.branch)
        form.addRow(translate("SageDialog", "Expertise:"), self.expertise)
        form.addRow("", self.can_teach)
        form.addRow(translate("SageDialog", "Works and awards:"), self.works_awards)
        form.addRow(translate("SageDialog", "Note:"), self.note)

        self.errors = add_save_cancel(
            self,
            form,
            {
                "person_id": self.person,
                "branch": self.branch,
                "expertise": self.expertise,
                "can_teach": self.can_teach,
                "works_awards": self.works_awards,
                "note": self.note,
            },
        )
        self.person.personChanged.connect(lambda _row: self.errors.clear_field("person_id"))
        self.resize(640, 520)

        if data is None:
            self.can_teach.setChecked(True)
        else:
            rows = services.people.by_ids([data.person_id])
            self.person.set_person(rows[0] if rows else None)
            self.expertise.setPlainText(data.expertise)
            self.can_teach.setChecked(data.can_teach)
            self.works_awards.setPlainText(data.works_awards)
            self.note.setPlainText(data.note)

    def form_input(self) -> SageInput:
        return SageInput(
            person_id=self.person.person_id(),
            branch=self.branch.currentText() if self.branch.currentIndex() >= 0 else "",
            expertise=self.expertise.toPlainText(),
            can_teach=self.can_teach.isChecked(),
            works_awards=self.works_awards.toPlainText(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.saved_id = self.services.sages.save(self.sage_id, self.form_input())
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            QMessageBox.information(
                self,
                self.windowTitle(),
                translate(
                    "SageDialog",
                    "This record no longer exists (it may be in the recycle "
                    "bin). Nothing was saved.",
                ),
            )
            self.reject()
            return
        super().accept()
