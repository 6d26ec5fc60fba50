"""The raw-material registry list: local resources by village, quantity and season."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import RawMaterialRow
from wangmuang_desk.ui.dialogs.occupation_dialog import format_quantity
from wangmuang_desk.ui.dialogs.raw_material_dialog import RawMaterialDialog
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.person_picker import village_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _quantity(row: RawMaterialRow) -> str:
    return f"{format_quantity(row.quantity)} {row.unit}".strip()


class RawMaterialsPage(RegistryPage):
    default_sort_key = "name"
    # How the page makes its editor; a test may wrap it to drive the dialog.
    dialog_factory = RawMaterialDialog

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services
        super().__init__(services.raw_materials, parent)
        categories = services.office.ref_list("material_category")
        self.add_filter(
            "category",
            translate("RawMaterialsPage", "Category:"),
            [
                (translate("RawMaterialsPage", "All categories"), None),
                *((label, label) for label in categories),
            ],
        )
        self.add_filter(
            "village_id",
            translate("RawMaterialsPage", "Village:"),
            [
                (translate("RawMaterialsPage", "All villages"), None),
                *((village_label(v.moo, v.name), v.id) for v in services.office.villages()),
            ],
        )

    def title(self) -> str:
        return translate("RawMaterialsPage", "Raw materials")

    def columns(self) -> list[Column]:
        return [
            Column(translate("RawMaterialsPage", "Name"), lambda r: r.name, "name"),
            Column(translate("RawMaterialsPage", "Category"), lambda r: r.category, "category"),
            Column(translate("RawMaterialsPage", "Moo"), lambda r: r.moo, "moo", alignment=_RIGHT),
            Column(
                translate("RawMaterialsPage", "Quantity"), _quantity, "quantity", alignment=_RIGHT
            ),
            Column(translate("RawMaterialsPage", "Season"), lambda r: r.season, "season"),
            Column(translate("RawMaterialsPage", "Source / owner"), lambda r: r.source_owner),
        ]

    def open_editor(self, row: RawMaterialRow | None) -> bool:
        dialog = self.dialog_factory(self.services, row.id if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def move_to_bin(self, row: RawMaterialRow) -> None:
        self.services.raw_materials.move_to_bin(row.id)

    def row_label(self, row: RawMaterialRow) -> str:
        return row.name
