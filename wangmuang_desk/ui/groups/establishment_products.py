"""Step 6 of the establishment wizard: what the group will make and sell, its development
plan, and "know ourselves" (strengths, weaknesses, problems and needs)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import EstablishmentInput, PlanItemInput, ProductInput
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit, fill_ref_combo
from wangmuang_desk.ui.groups.establishment_base import (
    EstablishmentPage,
    general_label,
    text_box,
)
from wangmuang_desk.ui.groups.establishment_tables import (
    AmountDelegate,
    Column,
    DateDelegate,
    RowsModel,
    selected_rows,
    table_view,
)
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit

translate = QCoreApplication.translate


def _money(value: Decimal | None) -> str:
    return format_baht(value) if value is not None else ""


def _read_amount(edit: DecimalEdit) -> Decimal | None:
    try:
        return edit.value()
    except ValueError:
        return None


def _set_text(attr: str):
    def store(row, value) -> None:
        setattr(row, attr, str(value or ""))
    return store


def _set_price(product: ProductInput, value: Decimal | None) -> None:
    product.price = value


def _set_end(item: PlanItemInput, value) -> None:
    item.end_date = value


class ProductsPage(EstablishmentPage):
    """Step 6: what the group will make and sell, its development plan, "know ourselves"."""

    key = "products"
    checks = ("products", "plan")

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("ProductsPage", "Products and plan"))
        self.setSubTitle(translate(
            "ProductsPage",
            "What the group will produce and sell, and what it plans to do by when. Both can "
            "be added to later on the group's page."))
        office = wizard.services.office
        self.tabs = QTabWidget(objectName="products_tabs")

        # Products: an entry line above the table.
        self.product_name = QLineEdit(objectName="product_name")
        self.otop_category = QComboBox(objectName="otop_category")
        self.otop_category.setEditable(True)
        fill_ref_combo(self.otop_category, office.ref_list("otop_category"))
        self.price = DecimalEdit(objectName="price")
        fit_line_edit(self.price, "000,000.00")
        self.unit = QComboBox(objectName="unit")
        self.unit.setEditable(True)
        fill_ref_combo(self.unit, office.ref_list("unit"))
        self.add_product_button = QPushButton(translate("ProductsPage", "Add product"),
                                              objectName="add_product")
        self.add_product_button.clicked.connect(self.add_product)
        self.products_model = RowsModel([
            Column(translate("ProductsPage", "Product"), lambda p: p.name, None,
                   _set_text("name")),
            Column(translate("ProductsPage", "OTOP category"), lambda p: p.otop_category, None,
                   _set_text("otop_category")),
            Column(translate("ProductsPage", "Price (baht)"), lambda p: _money(p.price),
                   lambda p: p.price, _set_price, right=True),
            Column(translate("ProductsPage", "Unit"), lambda p: p.unit, None, _set_text("unit")),
        ], self)
        self.products = table_view(self.products_model, "products", stretch=0, rows=4)
        self.products.setItemDelegateForColumn(2, AmountDelegate(self.products))
        entry = QGridLayout()
        for column, (caption, widget) in enumerate((
                (translate("ProductsPage", "Product"), self.product_name),
                (translate("ProductsPage", "OTOP category"), self.otop_category),
                (translate("ProductsPage", "Price (baht)"), self.price),
                (translate("ProductsPage", "Unit"), self.unit))):
            entry.addWidget(QLabel(caption), 0, column)
            entry.addWidget(widget, 1, column)
        entry.addWidget(self.add_product_button, 1, 4)
        entry.setColumnStretch(0, 3)
        entry.setColumnStretch(1, 2)
        entry.setColumnStretch(3, 1)
        self.products_tab = self._tab(entry, self.products, "remove_product",
                                      self._remove(self.products))
        self.tabs.addTab(self.products_tab, translate("ProductsPage", "Products"))

        # Development plan.
        self.plan_title = QLineEdit(objectName="plan_title")
        self.plan_title.setPlaceholderText(translate(
            "ProductsPage", "e.g. apply for the community product standard (มผช.)"))
        self.end_date = BeDateEdit(objectName="end_date")
        fit_line_edit(self.end_date, "00/00/0000")
        self.add_plan_button = QPushButton(translate("ProductsPage", "Add plan item"),
                                           objectName="add_plan_item")
        self.add_plan_button.clicked.connect(self.add_plan_item)
        self.plan_model = RowsModel([
            Column(translate("ProductsPage", "Plan item"), lambda i: i.title, None,
                   _set_text("title")),
            Column(translate("ProductsPage", "To be done by"),
                   lambda i: format_be_date(i.end_date), lambda i: i.end_date, _set_end),
        ], self)
        self.plan_items = table_view(self.plan_model, "plan_items", stretch=0, rows=4)
        self.plan_items.setItemDelegateForColumn(1, DateDelegate(self.plan_items))
        plan_entry = QGridLayout()
        plan_entry.addWidget(QLabel(translate("ProductsPage", "Plan item")), 0, 0)
        plan_entry.addWidget(self.plan_title, 1, 0)
        plan_entry.addWidget(QLabel(translate("ProductsPage", "To be done by")), 0, 1)
        plan_entry.addWidget(self.end_date, 1, 1)
        plan_entry.addWidget(self.add_plan_button, 1, 2)
        plan_entry.setColumnStretch(0, 1)
        self.plan_tab = self._tab(plan_entry, self.plan_items, "remove_plan_item",
                                  self._remove(self.plan_items))
        self.tabs.addTab(self.plan_tab, translate("ProductsPage", "Development plan"))

        # Know ourselves: the manual's first principle for a group.
        self.strengths = text_box("strengths", lines=4)
        self.weaknesses = text_box("weaknesses", lines=4)
        self.problems_needs = text_box("problems_needs", lines=4)
        self.know_tab = QWidget()
        know = QFormLayout()
        know.addRow(translate("ProductsPage", "Strengths:"), self.strengths)
        know.addRow(translate("ProductsPage", "Weaknesses:"), self.weaknesses)
        know.addRow(translate("ProductsPage", "Problems and needs:"), self.problems_needs)
        know_layout = QVBoxLayout(self.know_tab)
        know_layout.addLayout(know)
        know_layout.addStretch(1)
        self.tabs.addTab(self.know_tab, translate("ProductsPage", "Know ourselves"))

        general = general_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(general)
        self.bind_errors({
            "product_name": self.product_name, "price": self.price,
            "products": self.products, "plan_title": self.plan_title,
            "end_date": self.end_date, "plan_items": self.plan_items,
            "strengths": self.strengths, "weaknesses": self.weaknesses,
            "problems_needs": self.problems_needs,
        }, general)

    def _tab(self, entry: QGridLayout, table, name: str, remove) -> QWidget:
        tab = QWidget()
        button = QPushButton(translate("ProductsPage", "Remove"), objectName=name)
        button.clicked.connect(remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addLayout(entry)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return tab

    @staticmethod
    def _remove(view):
        def remove() -> None:
            model = view.model()
            for row in reversed(selected_rows(view)):
                del model.rows[row]
            model.refresh()
        return remove

    # -- adding ----------------------------------------------------------------------------
    def add_product(self) -> None:
        name = self.product_name.text().strip()
        if not name:
            self.errors.show_message("product_name", translate(
                "Validation", "Enter the name of the product."))
            return
        if self.price.text().strip() and _read_amount(self.price) is None:
            self.errors.show_message("price", translate("Validation", NOT_A_NUMBER))
            return
        self.products_model.rows.append(ProductInput(
            None, name, otop_category=self.otop_category.currentText().strip(),
            price=_read_amount(self.price), unit=self.unit.currentText().strip()))
        self.products_model.refresh()
        self.errors.clear_field("products")
        self.product_name.clear()
        self.price.clear()
        self.product_name.setFocus()

    def add_plan_item(self) -> None:
        title = self.plan_title.text().strip()
        if not title:
            self.errors.show_message("plan_title", translate(
                "Validation", "Enter what is planned."))
            return
        if self.end_date.error():
            self.errors.show_message("end_date", self.end_date.error())
            return
        self.plan_model.rows.append(PlanItemInput(None, title, end_date=self.end_date.date()))
        self.plan_model.refresh()
        self.errors.clear_field("plan_items")
        self.plan_title.clear()
        self.end_date.clear()
        self.plan_title.setFocus()

    # -- hooks -----------------------------------------------------------------------------
    def ui_problems(self) -> list[tuple[str, str]]:
        # Typed on the entry line but never added: going on would silently drop it.
        problems = []
        if self.product_name.text().strip():
            problems.append(("product_name", translate(
                "ProductsPage", "Click “Add product” to put this product on the list, or clear "
                "the name.")))
        if self.plan_title.text().strip():
            problems.append(("plan_title", translate(
                "ProductsPage", "Click “Add plan item” to put it on the list, or clear the "
                "field.")))
        return problems

    def field_for(self, problem: FieldProblem) -> str:
        prefix, _, name = problem.field.partition(".")
        if prefix == "products":
            return "products"
        if name in ("strengths", "weaknesses", "problems_needs"):
            return name
        return "plan_items"

    def reveal(self, field: str) -> None:
        widget = self.errors.widget(field) if self.errors is not None else None
        for tab in (self.products_tab, self.plan_tab, self.know_tab):
            if widget is not None and tab.isAncestorOf(widget):
                self.tabs.setCurrentWidget(tab)

    def load(self, data: EstablishmentInput) -> None:
        self.products_model.set_rows(list(data.products))
        self.plan_model.set_rows(list(data.plan_items))
        self.strengths.setPlainText(data.basic.strengths)
        self.weaknesses.setPlainText(data.basic.weaknesses)
        self.problems_needs.setPlainText(data.basic.problems_needs)

    def store(self, data: EstablishmentInput) -> None:
        data.products = list(self.products_model.rows)
        data.plan_items = list(self.plan_model.rows)
        data.basic.strengths = self.strengths.toPlainText()
        data.basic.weaknesses = self.weaknesses.toPlainText()
        data.basic.problems_needs = self.problems_needs.toPlainText()
