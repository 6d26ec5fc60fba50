"""The person form: name, identity, contact and household, groups, PDPA consent and a note.

Nothing is written until everything is valid: the date and ID fields are checked here first,
then the service checks the rest; every problem is shown under its field, focus on the first.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.rows import HouseholdRow, PersonInput, VillageRow
from wangmuang_desk.thai.citizen_id import format_phone, normalize_citizen_id
from wangmuang_desk.thai.dates import age_on
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.citizen_id_edit import CitizenIdEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit as _fit
from wangmuang_desk.ui.widgets.form_layout import form_section as _section
from wangmuang_desk.ui.widgets.form_layout import hint_label as _hint
from wangmuang_desk.ui.widgets.village_label import village_label

# An explicit context, as in the widgets: lupdate files these under "PersonDialog" and a
# subclass (or a test double) keeps the translations that self.tr() would lose.
translate = QCoreApplication.translate

# The service ticks "elder" from this age on as well (services.people.ELDER_AGE; the ui layer
# must not import that module, it pulls in SQLAlchemy). A test keeps the two equal.
ELDER_AGE = 60
_PHONE_MAX_LENGTH = 20
_W = TypeVar("_W", bound=QWidget)


def _digits(text: str) -> str:
    return "".join(ch for ch in normalize_citizen_id(text) if ch.isdigit())


class PersonDialog(QDialog):
    def __init__(self, services, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonDialog")
        self.services = services
        self.person_id = person_id
        self._today: date = services.people.today()
        self._villages: list[VillageRow] = services.office.villages()
        self._village_ids: list[int | None] = [None] + [v.id for v in self._villages]
        self._sexes = ["", "M", "F"]
        self._match: HouseholdRow | None = None
        self._inputs: list[QWidget] = []
        self._elder_by_age = False  # whether the birth date typed so far makes an elder
        self._elder_ticked_by_age = False  # untick again if the date is corrected below 60

        # May raise NotFoundError: the page reports that the record is gone.
        row, data = (
            services.people.get(person_id)
            if person_id is not None
            else (None, PersonInput(first_name=""))
        )
        self._build()
        self._load(data)
        self._initial = self._snapshot()
        self.resize(self._natural_size())
        if row is None:
            self.setWindowTitle(translate("PersonDialog", "Add a person"))
        else:
            self.setWindowTitle(
                translate("PersonDialog", "Edit: {name}").format(name=row.full_name)
            )

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        name_box, name_form = _section(translate("PersonDialog", "Name"))
        self.title_edit = self._input(QComboBox(objectName="title"))
        self.title_edit.setEditable(True)  # ranks and monastic titles vary: free text allowed
        self.title_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_edit.addItems(self.services.office.ref_list("title"))
        self.title_edit.lineEdit().setPlaceholderText(
            translate("PersonDialog", "Choose or type a title")
        )
        self.first_name = self._input(QLineEdit(objectName="first_name"))
        self.last_name = self._input(QLineEdit(objectName="last_name"))
        name_form.addRow(translate("PersonDialog", "Title"), self.title_edit)
        name_form.addRow(translate("PersonDialog", "First name"), self.first_name)
        name_form.addRow(translate("PersonDialog", "Last name"), self.last_name)

        identity_box, identity_form = _section(translate("PersonDialog", "Identity"))
        self.citizen_id = self._input(CitizenIdEdit(objectName="citizen_id"))
        id_row = QHBoxLayout()
        id_row.addWidget(self.citizen_id, 1)
        id_row.addWidget(_hint(translate("PersonDialog", "optional")))
        self.birth_date = self._input(BeDateEdit(objectName="birth_date", maximum_date=self._today))
        _fit(self.citizen_id, "0-0000-00000-00-0")
        _fit(self.birth_date, "00/00/0000")
        self.age_label = QLabel(objectName="age")
        self.age_label.setMinimumWidth(self.age_label.fontMetrics().horizontalAdvance("0") * 14)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_date, 1)
        birth_row.addWidget(self.age_label)
        self.sex = self._input(QComboBox(objectName="sex"))
        self.sex.addItems(
            [
                translate("PersonDialog", "Not given"),
                translate("PersonDialog", "Male"),
                translate("PersonDialog", "Female"),
            ]
        )
        identity_form.addRow(translate("PersonDialog", "National ID"), id_row)
        identity_form.addRow(translate("PersonDialog", "Birth date"), birth_row)
        identity_form.addRow(translate("PersonDialog", "Sex"), self.sex)

        groups_box, groups_form = _section(translate("PersonDialog", "Groups"))
        self.is_elder, self.is_disabled, self.is_disadvantaged = (
            self._input(QCheckBox(text, objectName=name))
            for text, name in (
                (translate("PersonDialog", "Elder (ticked by itself from age 60)"), "is_elder"),
                (translate("PersonDialog", "Person with a disability"), "is_disabled"),
                (translate("PersonDialog", "Disadvantaged"), "is_disadvantaged"),
            )
        )
        for box in (self.is_elder, self.is_disabled, self.is_disadvantaged):
            groups_form.addRow(box)

        contact_box, contact_form = _section(translate("PersonDialog", "Contact and address"))
        self.phone = self._input(QLineEdit(objectName="phone"))
        self.phone.setMaxLength(_PHONE_MAX_LENGTH)
        self.phone.setPlaceholderText(translate("PersonDialog", "e.g. 081-234-5678"))
        self.house_no = self._input(QLineEdit(objectName="house_no"))
        self.house_no.setPlaceholderText(translate("PersonDialog", "e.g. 12 or 234/1"))
        self.village = self._input(QComboBox(objectName="village_id"))
        self.village.addItems(
            [translate("PersonDialog", "(not chosen)")]
            + [village_label(v.moo, v.name) for v in self._villages]
        )
        self.soi = self._input(QLineEdit(objectName="soi"))
        self.road = self._input(QLineEdit(objectName="road"))
        self.household_match = QLabel(objectName="household_match")
        self.household_match.setWordWrap(True)
        self.household_match.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.household_member = self._input(
            QCheckBox(
                translate("PersonDialog", "Member of this household"), objectName="household_id"
            )
        )
        contact_form.addRow(translate("PersonDialog", "Phone"), self.phone)
        contact_form.addRow(translate("PersonDialog", "House no."), self.house_no)
        contact_form.addRow(translate("PersonDialog", "Village (moo)"), self.village)
        contact_form.addRow(translate("PersonDialog", "Soi"), self.soi)
        contact_form.addRow(translate("PersonDialog", "Road"), self.road)
        contact_form.addRow(translate("PersonDialog", "Household"), self.household_match)
        contact_form.addRow("", self.household_member)

        consent_box, consent_form = _section(translate("PersonDialog", "Consent and note"))
        self.pdpa_consent_on = self._input(
            BeDateEdit(objectName="pdpa_consent_on", maximum_date=self._today)
        )
        _fit(self.pdpa_consent_on, "00/00/0000")
        self.note = self._input(QPlainTextEdit(objectName="note"))
        self.note.setTabChangesFocus(True)  # Tab leaves the note like any other field
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        consent_form.addRow(translate("PersonDialog", "PDPA consent on"), self.pdpa_consent_on)
        explanation = translate(
            "PersonDialog",
            "The day the person agreed to photos or sharing outside the office; "
            "leave empty if not asked.",
        )
        consent_form.addRow(_hint(explanation))
        consent_form.addRow(translate("PersonDialog", "Note"), self.note)

        # In a scroll area: on a 768-pixel-high office screen the form with its messages may
        # be taller than the screen, and the area gives wrapped messages their full height
        # (a top-level layout alone squeezes them to one line when the window is small).
        content = QWidget(objectName="formContent")
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        for boxes in ((name_box, identity_box, groups_box), (contact_box, consent_box)):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self._scroll = QScrollArea(objectName="formScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Always on: Qt sizes wrapped labels for the width without the bar, so a bar that
        # appears later would leave the second line of a message cut off.
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._scroll.setWidget(content)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)

        self.general_error = QLabel(objectName="formError_general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(translate("PersonDialog", "Save (Ctrl+S or Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        # Every input is named after its PersonInput field: that is how the service's
        # problems find their place. Tab goes in the order they were made (column by column,
        # top to bottom, as the form reads), then Save and Cancel.
        fields = {widget.objectName(): widget for widget in self._inputs}
        self.errors = FormErrors(fields, self, general=self.general_error)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [*self._inputs, self.save_button, cancel]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.birth_date.textChanged.connect(self._birth_date_changed)
        self.is_elder.clicked.connect(self._elder_clicked)
        self.phone.editingFinished.connect(self._format_phone)
        self.house_no.textChanged.connect(self._address_changed)
        self.village.currentIndexChanged.connect(self._address_changed)

    def _input(self, widget: _W) -> _W:
        self._inputs.append(widget)
        return widget

    def _natural_size(self) -> QSize:
        """Everything visible without scrolling when the screen allows it."""
        content = self._scroll.widget()
        chrome = self.sizeHint() - self._scroll.sizeHint()  # margins, message and buttons
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        screen = self.screen().availableGeometry()
        width = min(content.sizeHint().width() + bar + chrome.width(), screen.width() * 95 // 100)
        width = max(width, self.minimumSizeHint().width())
        # Wrapped labels need more lines when the screen makes the form narrower.
        inner = width - bar - chrome.width()
        height = content.heightForWidth(inner) if content.hasHeightForWidth() else -1
        height = max(height, content.sizeHint().height()) + chrome.height()
        return QSize(width, min(height, screen.height() * 90 // 100))

    # -- loading and reading ---------------------------------------------------------------

    def _load(self, data: PersonInput) -> None:
        if data.title:
            self.title_edit.setCurrentText(data.title)
        else:
            self.title_edit.setCurrentIndex(-1)  # a new person: nothing chosen for them
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.citizen_id.setValue(data.citizen_id)
        self.birth_date.setDate(data.birth_date)
        self.sex.setCurrentIndex(self._sexes.index(data.sex) if data.sex in self._sexes else 0)
        self.phone.setText(format_phone(data.phone))
        self.house_no.setText(data.house_no)
        self.village.setCurrentIndex(
            self._village_ids.index(data.village_id) if data.village_id in self._village_ids else 0
        )
        self._address_changed()  # also when nothing changed above: shows the hint
        self.soi.setText(data.soi)
        self.road.setText(data.road)
        self.is_elder.setChecked(data.is_elder)
        self._elder_ticked_by_age = False
        self.is_disabled.setChecked(data.is_disabled)
        self.is_disadvantaged.setChecked(data.is_disadvantaged)
        self.pdpa_consent_on.setDate(data.pdpa_consent_on)
        self.note.setPlainText(data.note)
        if data.household_id is not None and (
            self._match is None or self._match.id != data.household_id
        ):
            # Already a member of a household the address does not lead to: keep showing it,
            # so opening and saving the form does not take the person out of it.
            with suppress(NotFoundError):
                self._show_match(self.services.households.get(data.household_id)[0])

    def _village_id(self) -> int | None:
        index = self.village.currentIndex()
        return self._village_ids[index] if index >= 0 else None

    def collect(self) -> PersonInput:
        """What the form holds now, as the service takes it."""
        member = self._match is not None and self.household_member.isChecked()
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            title=self.title_edit.currentText().strip(),
            citizen_id=self.citizen_id.value(),
            birth_date=self.birth_date.date(),
            sex=self._sexes[max(self.sex.currentIndex(), 0)],
            phone=self.phone.text(),
            house_no=self.house_no.text(),
            village_id=self._village_id(),
            soi=self.soi.text(),
            road=self.road.text(),
            household_id=self._match.id if member and self._match is not None else None,
            is_elder=self.is_elder.isChecked(),
            is_disabled=self.is_disabled.isChecked(),
            is_disadvantaged=self.is_disadvantaged.isChecked(),
            pdpa_consent_on=self.pdpa_consent_on.date(),
            note=self.note.toPlainText(),
        )

    def _snapshot(self) -> tuple:
        # Values, not raw text: the fields reformat themselves (dashes, zero-padded dates),
        # which is no change of the person's data. Unreadable dates count by their text.
        data = self.collect()
        return (
            replace(data, phone=_digits(data.phone)),
            "" if data.birth_date else self.birth_date.text().strip(),
            "" if data.pdpa_consent_on else self.pdpa_consent_on.text().strip(),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    # -- reactions while typing ------------------------------------------------------------

    def _birth_date_changed(self, _text: str = "") -> None:
        birth = self.birth_date.date()  # None while unreadable or in the future
        age = age_on(birth, self._today) if birth is not None else None
        self.age_label.setText(
            "" if age is None else translate("PersonDialog", "{age} years old").format(age=age)
        )
        elder = age is not None and age >= ELDER_AGE
        if elder and not self._elder_by_age and not self.is_elder.isChecked():
            self.is_elder.setChecked(True)
            self._elder_ticked_by_age = True
        elif not elder and self._elder_by_age and self._elder_ticked_by_age:
            self.is_elder.setChecked(False)
            self._elder_ticked_by_age = False
        self._elder_by_age = elder

    def _elder_clicked(self) -> None:
        self._elder_ticked_by_age = False  # the person decided; the date no longer does

    def _format_phone(self) -> None:
        formatted = format_phone(self.phone.text().strip())
        if formatted != self.phone.text():
            self.phone.setText(formatted)

    def _address_changed(self, *_args: object) -> None:
        house_no, village_id = self.house_no.text().strip(), self._village_id()
        found = (
            self.services.households.find(house_no, village_id)
            if house_no and village_id is not None
            else None
        )
        self._show_match(found, hint_when_none=not (house_no and village_id is not None))

    def _show_match(self, found: HouseholdRow | None, *, hint_when_none: bool = False) -> None:
        changed = (found.id if found else None) != (self._match.id if self._match else None)
        self._match = found
        if found is None:
            self.household_match.setText(
                translate("PersonDialog", "Enter the house no. and village to find the household.")
                if hint_when_none
                else translate("PersonDialog", "No household is registered at this address.")
            )
        else:
            village = village_label(found.moo, found.village_name)
            count = found.member_count  # a plain name: lupdate skips attribute counts
            members = (
                translate("PersonDialog", "%n member(s)", "", count)
                if count
                else translate("PersonDialog", "no members yet")
            )
            if found.head_name:
                text = translate(
                    "PersonDialog", "House {house_no} {village}, head: {head} ({members})"
                )
            else:
                text = translate("PersonDialog", "House {house_no} {village} ({members})")
            self.household_match.setText(
                text.format(
                    house_no=found.house_no, village=village, head=found.head_name, members=members
                )
            )
        self.household_member.setEnabled(found is not None)
        if changed:
            # A household found at the address is the person's by default; untick to differ.
            self.household_member.setChecked(found is not None)

    # -- saving and closing ----------------------------------------------------------------

    def save(self) -> None:
        """Check, then write through the service; the dialog closes only when saved."""
        self.errors.clear()
        ui_problems = [
            (name, widget.error())
            for name, widget in (
                ("citizen_id", self.citizen_id),
                ("birth_date", self.birth_date),
                ("pdpa_consent_on", self.pdpa_consent_on),
            )
            if widget.error()
        ]
        if ui_problems:
            for number, (name, message) in enumerate(ui_problems):
                self.errors.show_message(name, message, focus=number == 0)
            return
        data = self.collect()
        try:
            if self.person_id is None:
                self.person_id = self.services.people.add(data)
            else:
                self.services.people.update(self.person_id, data)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        except NotFoundError:
            self.errors.show_message(
                "",
                translate(
                    "PersonDialog",
                    "This person is no longer in the registry (perhaps moved to the recycle bin). "
                    "Nothing was saved.",
                ),
            )
            return
        self.accept()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button all come here: typed data is not
        # thrown away without asking.
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                translate("PersonDialog", "Close without saving the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter moves to the next field instead of pressing Save. Staff used to paper forms
        # press Enter after each entry; saving a half-typed person then would be a surprise
        # (the record would be valid, just incomplete). Save is a click, Ctrl+S or Ctrl+Enter.
        # The note field keeps Enter for new lines (it never passes the key on).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # QDialogButtonBox makes Save the default button when shown; drawn as default it would
        # promise that Enter saves, which it does not here (see keyPressEvent).
        self.save_button.setDefault(False)
