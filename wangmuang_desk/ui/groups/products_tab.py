"""The group's products: a list and a form with the OTOP category and stars, the standards
held, the price and the raw materials the product is made from (from the raw-material
registry)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError
from wangmuang_desk.services.group_rows import ProductInput, ProductRow
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RecordDialog,
    RecordsTab,
    RowsTableModel,
    ask,
    make_table,
    save_or_report,
    select_id,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel, fit_line_edit

translate = QCoreApplication.translate

# Standards a community product commonly holds, stored as written in Thai (they are names,
# not words to translate); anything else goes in the free text after them.
STANDARDS = ("มผช.", "อย.", "GAP", "ฮาลาล")
MATERIALS_LIMIT = 1000  # a subdistrict records a few dozen materials; this is plenty
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def split_standards(text: str) -> tuple[list[str], str]:
    """("มผช., อย., ISO 22000") -> (["มผช.", "อย."], "ISO 22000")."""
    parts = [p.strip() for p in re.split(r"[,\n]", text or "") if p.strip()]
    known = [p for p in parts if p in STANDARDS]
    return known, ", ".join(p for p in parts if p not in STANDARDS)


def join_standards(known: list[str], other: str) -> str:
    return ", ".join([s for s in STANDARDS if s in known] + ([other.strip()] if other.strip()
                                                              else []))


def stars_text(stars: int | None) -> str:
    return str(stars) if stars else ""


class ProductDialog(RecordDialog):
    def __init__(self, services, group_id: int, product_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductDialog")
        self.services = services
        self.group_id = group_id
        self.product_id = product_id
        self.saved_id: int | None = None
        # May raise NotFoundError: the tab reports that the product is gone.
        data = (services.group_products.get_product(product_id) if product_id is not None
                else ProductInput(group_id, ""))
        self.setWindowTitle(translate("ProductDialog", "New product") if product_id is None
                            else translate("ProductDialog", "Edit product: {name}")
                            .format(name=data.name))

        self.name = QLineEdit(objectName="name")
        self.otop_category = QComboBox(objectName="otop_category")
        self.otop_category.addItem(translate("ProductDialog", "Not an OTOP product"), "")
        categories = services.office.ref_list("otop_category")
        if data.otop_category and data.otop_category not in categories:
            categories.append(data.otop_category)  # since hidden from the list, still shown
        for label in categories:
            self.otop_category.addItem(label, label)
        self.otop_stars = QSpinBox(objectName="otop_stars")
        self.otop_stars.setRange(0, 5)
        self.otop_stars.setSpecialValueText(translate("ProductDialog", "Not rated"))
        self.otop_stars.setSuffix(translate("ProductDialog", " star(s)"))
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in (
            self.otop_stars.specialValueText(), "5" + self.otop_stars.suffix()))
        self.otop_stars.setMinimumWidth(widest + 48)  # the text, the arrows and the frame

        self.standards = QWidget(objectName="standards")
        self.standard_boxes = {code: QCheckBox(code) for code in STANDARDS}
        tips = {
            "มผช.": translate("ProductDialog", "Thai community product standard"),
            "อย.": translate("ProductDialog", "Food and Drug Administration registration"),
            "GAP": translate("ProductDialog", "Good agricultural practice"),
            "ฮาลาล": translate("ProductDialog", "Halal certification"),
        }
        self.other_standard = QCheckBox(translate("ProductDialog", "Other:"))
        self.other_standard.setObjectName("standards_other")
        self.other_text = QLineEdit(objectName="standards_other_text")
        self.other_text.setPlaceholderText(translate("ProductDialog", "e.g. Q mark, organic"))
        self.other_text.textEdited.connect(lambda text: self.other_standard.setChecked(
            bool(text.strip()) or self.other_standard.isChecked()))
        row = QHBoxLayout(self.standards)
        row.setContentsMargins(0, 0, 0, 0)
        for code, box in self.standard_boxes.items():
            box.setToolTip(tips[code])
            row.addWidget(box)
        row.addWidget(self.other_standard)
        row.addWidget(self.other_text, 1)

        self.price = DecimalEdit(objectName="price")
        fit_line_edit(self.price, "000,000.00")
        self.unit = QComboBox(objectName="unit")
        self.unit.setEditable(True)  # units vary (ชิ้น, ขวด, แพ็ก): free text allowed
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(services.office.ref_list("unit"))
        self.unit.lineEdit().setPlaceholderText(translate("ProductDialog", "e.g. piece, bottle"))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(QLabel(translate("ProductDialog", "baht per")))
        price_row.addWidget(self.unit, 1)

        self.materials_model = QStandardItemModel(self)
        self.raw_material_ids = QListView(objectName="raw_material_ids")
        self.raw_material_ids.setModel(self.materials_model)
        self.raw_material_ids.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.raw_material_ids.setMinimumHeight(self.fontMetrics().height() * 7)
        self._fill_materials(set(data.raw_material_ids))
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.addRow(translate("ProductDialog", "Name:"), self.name)
        form.addRow(translate("ProductDialog", "OTOP category:"), self.otop_category)
        stars_row = QHBoxLayout()
        stars_row.addWidget(self.otop_stars)
        stars_row.addStretch(1)  # a number from 0 to 5 needs no full-width field
        form.addRow(translate("ProductDialog", "OTOP stars:"), stars_row)
        form.addRow(translate("ProductDialog", "Standards:"), self.standards)
        form.addRow(translate("ProductDialog", "Price:"), price_row)
        form.addRow(translate("ProductDialog", "Raw materials used:"), self.raw_material_ids)
        form.addRow(translate("ProductDialog", "Note:"), self.note)
        fields = (self.name, self.otop_category, self.otop_stars, self.standards, self.price,
                  self.unit, self.raw_material_ids, self.note)
        self.errors = add_save_cancel(self, form, {w.objectName(): w for w in fields}, self.save,
                                      grow_form=True)
        self._load(data)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def _fill_materials(self, chosen: set[int]) -> None:
        # Materials moved to the recycle bin are not offered (the service would refuse them).
        for row in self.services.raw_materials.fetch(ListQuery(), 0, MATERIALS_LIMIT):
            label = row.name
            if row.moo is not None:
                label = translate("ProductDialog", "{name} (Moo {moo})").format(
                    name=row.name, moo=row.moo)
            item = QStandardItem(label)
            item.setData(row.id, _ID_ROLE)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if row.id in chosen
                               else Qt.CheckState.Unchecked)
            self.materials_model.appendRow(item)
        if not self.materials_model.rowCount():
            empty = QStandardItem(translate(
                "ProductDialog", "No raw materials are registered yet (Raw materials page)."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.materials_model.appendRow(empty)

    def _load(self, data: ProductInput) -> None:
        self.name.setText(data.name)
        self.otop_category.setCurrentIndex(max(self.otop_category.findData(data.otop_category),
                                               0))
        self.otop_stars.setValue(data.otop_stars or 0)
        known, other = split_standards(data.standards)
        for code, box in self.standard_boxes.items():
            box.setChecked(code in known)
        self.other_standard.setChecked(bool(other))
        self.other_text.setText(other)
        self.price.set_value(data.price)
        self.unit.setCurrentText(data.unit)
        self.note.setPlainText(data.note)

    def material_ids(self) -> list[int]:
        model = self.materials_model
        return [model.item(n).data(_ID_ROLE) for n in range(model.rowCount())
                if model.item(n).checkState() == Qt.CheckState.Checked]

    def set_material_checked(self, name: str, checked: bool = True) -> None:
        """Tick a material by its name (what a person reads in the list)."""
        for n in range(self.materials_model.rowCount()):
            item = self.materials_model.item(n)
            if item.text() == name or item.text().startswith(f"{name} ("):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def collect(self) -> ProductInput:
        """The product typed; ValueError when the price is not a number."""
        known = [code for code, box in self.standard_boxes.items() if box.isChecked()]
        other = self.other_text.text() if self.other_standard.isChecked() else ""
        return ProductInput(
            group_id=self.group_id, name=self.name.text(),
            otop_category=self.otop_category.currentData() or "",
            otop_stars=self.otop_stars.value() or None, standards=join_standards(known, other),
            price=self.price.value(), unit=self.unit.currentText(),
            note=self.note.toPlainText(), raw_material_ids=self.material_ids())

    def _save(self) -> None:
        self.errors.clear()
        try:
            data = self.collect()
        except ValueError:
            self.errors.show([FieldProblem("price", NOT_A_NUMBER)])
            return
        save_or_report(
            self, lambda: self.services.group_products.save_product(self.product_id, data),
            translate(
                "ProductDialog", "This product or its group no longer exists (perhaps moved to "
                "the recycle bin). Nothing was saved."))


class ProductsTab(RecordsTab):
    dialog_factory: Callable[..., ProductDialog] = ProductDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductsTab")
        self.services = services
        self.group_id = group_id

        self.model = RowsTableModel([
            Column(translate("ProductsTab", "Product"), lambda r: r.name,
                   tooltip=lambda r: r.note or None),
            Column(translate("ProductsTab", "OTOP category"), lambda r: r.otop_category),
            Column(translate("ProductsTab", "Stars"), lambda r: stars_text(r.otop_stars),
                   alignment=CENTRE),
            Column(translate("ProductsTab", "Standards"), lambda r: r.standards),
            Column(translate("ProductsTab", "Price (baht)"), lambda r: r.price,
                   alignment=RIGHT),
            Column(translate("ProductsTab", "Unit"), lambda r: r.unit),
            Column(translate("ProductsTab", "Raw materials"),
                   lambda r: ", ".join(r.material_names),
                   tooltip=lambda r: "\n".join(r.material_names) or None),
        ], self)
        self.table = make_table(self.model, 6, "products")
        self.empty = QLabel(translate(
            "ProductsTab", "No products recorded yet. Add what the group makes and sells."),
            objectName="emptyState")
        self.empty.setWordWrap(True)

        self.add_button = QPushButton(translate("ProductsTab", "Add product…"),
                                      objectName="add_product")
        self.edit_button = QPushButton(translate("ProductsTab", "Edit…"),
                                       objectName="edit_product")
        self.bin_button = QPushButton(translate("ProductsTab", "Move to recycle bin"),
                                      objectName="bin_product")
        self.lay_out_list(translate("ProductsTab", "Products"), self.add_button,
                          self.edit_button, self.bin_button, self.move_selected_to_bin,
                          self.empty)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected_product()
        rows: list[ProductRow] = self.services.group_products.products(self.group_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if chosen is not None:
            select_id(self.table, chosen.id)
        self._update_buttons()

    def selected_product(self) -> ProductRow | None:
        return self.selected_record()

    def editor_key(self, row: ProductRow) -> int:
        return row.id

    def open_editor(self, product_id: int | None) -> None:
        try:
            dialog = self.dialog_factory(self.services, self.group_id, product_id, self)
        except NotFoundError:
            self._report_gone()
            return
        self.run_editor(dialog)

    def move_selected_to_bin(self) -> None:
        row = self.selected_product()
        if row is None:
            return
        if not ask(self, translate("ProductsTab", "Move to recycle bin"), translate(
                "ProductsTab", "Move “{name}” to the recycle bin? It can be restored from there.")
                .format(name=row.name)):
            return
        try:
            self.services.group_products.move_product_to_bin(row.id)
        except NotFoundError:
            self._report_gone()
            return
        self.refresh()
        self.changed.emit()

    def _report_gone(self) -> None:
        QMessageBox.information(self, translate("ProductsTab", "Products"), translate(
            "ProductsTab", "This product no longer exists; the list is refreshed."))
        self.refresh()
