"""Add or edit one occupation of a person: category, main or secondary, yearly income."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.rows import OccupationInput
from wangmuang_desk.thai.digits import to_arabic_digits
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel
from wangmuang_desk.ui.widgets.person_picker import PersonPicker

translate = QCoreApplication.translate

# The same source text as the services' message, so one Thai translation serves both.
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a number.")


def format_quantity(value: Decimal | None) -> str:
    """1,200 or 12.5: thousands separators, no trailing zeros (a quantity is not money)."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value.normalize():,f}"


class DecimalEdit(QLineEdit):
    """A number typed with or without separators (Thai digits too), shown back with them.

    A minus sign may be typed so that the service can say why a negative amount is refused,
    rather than the key doing nothing.
    """

    def __init__(
        self, parent: QWidget | None = None, *, money: bool = True, **qt_properties: Any
    ) -> None:
        super().__init__(parent, **qt_properties)
        self._money = money
        digit = "[0-9\u0e50-\u0e59]"
        pattern = f"\\s*-?[0-9\u0e50-\u0e59,]*(\\.{digit}{{0,2}})?\\s*"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        """The number typed, None when empty; ValueError when it is not a number."""
        text = to_arabic_digits(self.text()).replace(",", "").strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(self.text()) from None
        if not number.is_finite():
            raise ValueError(self.text())
        return number

    def set_value(self, value: Decimal | None) -> None:
        self.setText(self._format(value))

    def _format(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        return format_baht(value) if self._money else format_quantity(value)

    def _reformat(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return  # left as typed; saving says what is wrong
        formatted = self._format(value)
        if formatted != self.text():
            self.setText(formatted)


def fill_ref_combo(combo: QComboBox, labels: list[str], current: str = "") -> None:
    """Items from a reference list; a label since hidden from the list still shows when used."""
    combo.addItems(labels)
    if current and current not in labels:
        combo.addItem(current)
    combo.setCurrentIndex(combo.findText(current) if current else -1)


class OccupationDialog(QDialog):
    def __init__(self, services, occupation_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.occupation_id = occupation_id
        self.saved_id: int | None = None
        data = None
        if occupation_id is None:
            self.setWindowTitle(translate("OccupationDialog", "New occupation"))
        else:
            self.setWindowTitle(translate("OccupationDialog", "Edit occupation"))
            _row, data = services.occupations.get(occupation_id)

        self.person = PersonPicker(services.people, objectName="person_id")
        self.category = QComboBox(objectName="category")
        self.category.setPlaceholderText(translate("OccupationDialog", "Choose the category"))
        fill_ref_combo(
            self.category,
            services.office.ref_list("occupation_category"),
            data.category if data else "",
        )
        self.description = QLineEdit(objectName="description")
        self.description.setPlaceholderText(
            translate("OccupationDialog", "e.g. rice farming, 15 rai")
        )

        self.is_main = QWidget(objectName="is_main")
        self.main_radio = QRadioButton(translate("OccupationDialog", "Main occupation"))
        self.main_radio.setObjectName("is_main_yes")
        self.secondary_radio = QRadioButton(translate("OccupationDialog", "Secondary occupation"))
        self.secondary_radio.setObjectName("is_main_no")
        group = QButtonGroup(self.is_main)
        group.addButton(self.main_radio)
        group.addButton(self.secondary_radio)
        radios = QHBoxLayout(self.is_main)
        radios.setContentsMargins(0, 0, 0, 0)
        radios.addWidget(self.main_radio)
        radios.addWidget(self.secondary_radio)
        radios.addStretch(1)

        self.yearly_income = DecimalEdit(objectName="yearly_income")
        self.yearly_income.setPlaceholderText(translate("OccupationDialog", "baht a year"))
        income_row = QHBoxLayout()
        income_row.addWidget(self.yearly_income, 1)
        income_row.addWidget(QLabel(translate("OccupationDialog", "baht")))
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.addRow(translate("OccupationDialog", "Person:"), self.person)
        form.addRow(translate("OccupationDialog", "Category:"), self.category)
        form.addRow(translate("OccupationDialog", "Description:"), self.description)
        form.addRow(translate("OccupationDialog", "Kind:"), self.is_main)
        form.addRow(translate("OccupationDialog", "Yearly income:"), income_row)
        form.addRow(translate("OccupationDialog", "Note:"), self.note)

        self.errors = add_save_cancel(
            self,
            form,
            {
                "person_id": self.person,
                "category": self.category,
                "description": self.description,
                "is_main": self.is_main,
                "yearly_income": self.yearly_income,
                "note": self.note,
            },
        )
        self.person.personChanged.connect(lambda _row: self.errors.clear_field("person_id"))
        self.resize(620, 420)

        if data is None:
            self.main_radio.setChecked(True)
        else:
            rows = services.people.by_ids([data.person_id])
            self.person.set_person(rows[0] if rows else None)
            self.description.setText(data.description)
            (self.main_radio if data.is_main else self.secondary_radio).setChecked(True)
            self.yearly_income.set_value(data.yearly_income)
            self.note.setPlainText(data.note)

    def accept(self) -> None:
        self.errors.clear()
        try:
            income = self.yearly_income.value()
        except ValueError:
            self.errors.show([FieldProblem("yearly_income", NOT_A_NUMBER)])
            return
        data = OccupationInput(
            person_id=self.person.person_id(),
            category=self.category.currentText() if self.category.currentIndex() >= 0 else "",
            description=self.description.text(),
            is_main=self.main_radio.isChecked(),
            yearly_income=income,
            note=self.note.toPlainText(),
        )
        try:
            self.saved_id = self.services.occupations.save(self.occupation_id, data)
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            QMessageBox.information(
                self,
                self.windowTitle(),
                translate(
                    "OccupationDialog",
                    "This record no longer exists (it may be in the recycle "
                    "bin). Nothing was saved.",
                ),
            )
            self.reject()
            return
        super().accept()
