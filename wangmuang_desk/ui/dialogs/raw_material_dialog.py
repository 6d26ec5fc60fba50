"""Add or edit a local raw material: what, where, how much, when and from whom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError, ValidationError
from wangmuang_desk.services.rows import RawMaterialInput
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit, fill_ref_combo
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel
from wangmuang_desk.ui.widgets.person_picker import village_label

translate = QCoreApplication.translate


class RawMaterialDialog(QDialog):
    def __init__(self, services, material_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.material_id = material_id
        self.saved_id: int | None = None
        data = None
        if material_id is None:
            self.setWindowTitle(translate("RawMaterialDialog", "New raw material"))
        else:
            self.setWindowTitle(translate("RawMaterialDialog", "Edit raw material"))
            _row, data = services.raw_materials.get(material_id)

        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(translate("RawMaterialDialog", "e.g. water hyacinth"))
        self.category = QComboBox(objectName="category")
        self.category.setPlaceholderText(translate("RawMaterialDialog", "Choose the category"))
        fill_ref_combo(
            self.category,
            services.office.ref_list("material_category"),
            data.category if data else "",
        )
        self.village = QComboBox(objectName="village_id")
        # A material may belong to the whole subdistrict rather than one village.
        self.village.addItem(translate("RawMaterialDialog", "(whole subdistrict / not set)"), None)
        for village in services.office.villages():
            self.village.addItem(village_label(village.moo, village.name), village.id)
        self.quantity = DecimalEdit(money=False, objectName="quantity")
        self.unit = QComboBox(objectName="unit")
        self.unit.setEditable(True)  # the list holds the usual units; others may be typed
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(services.office.ref_list("unit"))
        self.unit.setCurrentIndex(-1)
        self.unit.lineEdit().setPlaceholderText(translate("RawMaterialDialog", "unit"))
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 2)
        quantity_row.addWidget(self.unit, 1)
        self.season = QLineEdit(objectName="season")
        self.season.setPlaceholderText(
            translate("RawMaterialDialog", "e.g. November–February, all year")
        )
        self.source_owner = QLineEdit(objectName="source_owner")
        self.source_owner.setPlaceholderText(
            translate("RawMaterialDialog", "where it comes from or who owns it")
        )
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.addRow(translate("RawMaterialDialog", "Name:"), self.name)
        form.addRow(translate("RawMaterialDialog", "Category:"), self.category)
        form.addRow(translate("RawMaterialDialog", "Village:"), self.village)
        form.addRow(translate("RawMaterialDialog", "Quantity:"), quantity_row)
        form.addRow(translate("RawMaterialDialog", "Season:"), self.season)
        form.addRow(translate("RawMaterialDialog", "Source / owner:"), self.source_owner)
        form.addRow(translate("RawMaterialDialog", "Note:"), self.note)

        self.errors = add_save_cancel(
            self,
            form,
            {
                "name": self.name,
                "category": self.category,
                "village_id": self.village,
                "quantity": self.quantity,
                "unit": self.unit,
                "season": self.season,
                "source_owner": self.source_owner,
                "note": self.note,
            },
        )
        self.resize(620, 440)

        if data is not None:
            self.name.setText(data.name)
            self.village.setCurrentIndex(max(self.village.findData(data.village_id), 0))
            self.quantity.set_value(data.quantity)
            self.unit.setCurrentText(data.unit)
            self.season.setText(data.season)
            self.source_owner.setText(data.source_owner)
            self.note.setPlainText(data.note)

    def form_input(self, quantity) -> RawMaterialInput:
        return RawMaterialInput(
            name=self.name.text(),
            category=self.category.currentText() if self.category.currentIndex() >= 0 else "",
            village_id=self.village.currentData(),
            quantity=quantity,
            unit=self.unit.currentText(),
            season=self.season.text(),
            source_owner=self.source_owner.text(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        self.errors.clear()
        try:
            quantity = self.quantity.value()
        except ValueError:
            self.errors.show([FieldProblem("quantity", NOT_A_NUMBER)])
            return
        try:
            self.saved_id = self.services.raw_materials.save(
                self.material_id, self.form_input(quantity)
            )
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            QMessageBox.information(
                self,
                self.windowTitle(),
                translate(
                    "RawMaterialDialog",
                    "This record no longer exists (it may be in the recycle "
                    "bin). Nothing was saved.",
                ),
            )
            self.reject()
            return
        super().accept()
