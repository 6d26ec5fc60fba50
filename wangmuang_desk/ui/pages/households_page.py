"""The household registry list: house number, village, head and how many live there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import HouseholdRow
from wangmuang_desk.ui.dialogs.household_dialog import HouseholdDialog
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.person_picker import village_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HouseholdsPage(RegistryPage):
    default_sort_key = "moo"
    # How the page makes its editor; a test may wrap it to drive the dialog.
    dialog_factory = HouseholdDialog

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services
        super().__init__(services.households, parent)
        villages = services.office.villages()
        self.add_filter(
            "village_id",
            translate("HouseholdsPage", "Village:"),
            [
                (translate("HouseholdsPage", "All villages"), None),
                *((village_label(v.moo, v.name), v.id) for v in villages),
            ],
        )

    def title(self) -> str:
        return translate("HouseholdsPage", "Households")

    def columns(self) -> list[Column]:
        return [
            Column(translate("HouseholdsPage", "House no."), lambda r: r.house_no, "house_no"),
            Column(
                translate("HouseholdsPage", "Village"),
                lambda r: village_label(r.moo, r.village_name),
                "moo",
            ),
            Column(translate("HouseholdsPage", "Head of household"), lambda r: r.head_name, "head"),
            Column(
                translate("HouseholdsPage", "Members"),
                lambda r: r.member_count,
                "members",
                alignment=_RIGHT,
            ),
        ]

    def open_editor(self, row: HouseholdRow | None) -> bool:
        dialog = self.dialog_factory(self.services, row.id if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def move_to_bin(self, row: HouseholdRow) -> None:
        self.services.households.move_to_bin(row.id)

    def row_label(self, row: HouseholdRow) -> str:
        return translate("HouseholdsPage", "house no. {house_no}, {village}").format(
            house_no=row.house_no, village=village_label(row.moo, row.village_name)
        )
