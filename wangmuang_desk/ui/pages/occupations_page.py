"""The occupation registry list: who does what, main or secondary, and for how much a year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import OccupationRow
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.dialogs.occupation_dialog import OccupationDialog
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.person_picker import village_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OccupationsPage(RegistryPage):
    default_sort_key = "person"
    # How the page makes its editor; a test may wrap it to drive the dialog.
    dialog_factory = OccupationDialog

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services
        super().__init__(services.occupations, parent)
        categories = services.office.ref_list("occupation_category")
        self.add_filter(
            "category",
            translate("OccupationsPage", "Category:"),
            [
                (translate("OccupationsPage", "All categories"), None),
                *((label, label) for label in categories),
            ],
        )
        self.add_filter(
            "village_id",
            translate("OccupationsPage", "Village:"),
            [
                (translate("OccupationsPage", "All villages"), None),
                *((village_label(v.moo, v.name), v.id) for v in services.office.villages()),
            ],
        )

    def title(self) -> str:
        return translate("OccupationsPage", "Occupations")

    def columns(self) -> list[Column]:
        main = translate("OccupationsPage", "Main")
        secondary = translate("OccupationsPage", "Secondary")
        return [
            Column(translate("OccupationsPage", "Person"), lambda r: r.person_name, "person"),
            Column(translate("OccupationsPage", "Moo"), lambda r: r.moo, "moo", alignment=_RIGHT),
            Column(translate("OccupationsPage", "Category"), lambda r: r.category, "category"),
            Column(translate("OccupationsPage", "Description"), lambda r: r.description),
            Column(
                translate("OccupationsPage", "Main / secondary"),
                lambda r: main if r.is_main else secondary,
            ),
            Column(
                translate("OccupationsPage", "Yearly income (baht)"),
                lambda r: format_baht(r.yearly_income),
                "income",
                alignment=_RIGHT,
            ),
        ]

    def open_editor(self, row: OccupationRow | None) -> bool:
        dialog = self.dialog_factory(self.services, row.id if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def move_to_bin(self, row: OccupationRow) -> None:
        self.services.occupations.move_to_bin(row.id)

    def row_label(self, row: OccupationRow) -> str:
        return f"{row.person_name}: {row.category}"
