"""The local-sage registry list: who knows what, and who can teach it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import SageRow
from wangmuang_desk.thai.citizen_id import mask_phone
from wangmuang_desk.ui.dialogs.sage_dialog import SageDialog
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.person_picker import village_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class SagesPage(RegistryPage):
    default_sort_key = "person"
    # How the page makes its editor; a test may wrap it to drive the dialog.
    dialog_factory = SageDialog

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services
        super().__init__(services.sages, parent)
        branches = services.office.ref_list("wisdom_branch")
        self.add_filter(
            "branch",
            translate("SagesPage", "Branch:"),
            [
                (translate("SagesPage", "All branches"), None),
                *((label, label) for label in branches),
            ],
        )
        self.add_filter(
            "village_id",
            translate("SagesPage", "Village:"),
            [
                (translate("SagesPage", "All villages"), None),
                *((village_label(v.moo, v.name), v.id) for v in services.office.villages()),
            ],
        )
        self.add_filter(
            "can_teach",
            translate("SagesPage", "Teaching:"),
            [
                (translate("SagesPage", "All sages"), None),
                (translate("SagesPage", "Can teach only"), True),
            ],
        )

    def title(self) -> str:
        return translate("SagesPage", "Local sages")

    def columns(self) -> list[Column]:
        yes = translate("SagesPage", "Yes")
        return [
            Column(translate("SagesPage", "Person"), lambda r: r.person_name, "person"),
            Column(translate("SagesPage", "Moo"), lambda r: r.moo, "moo", alignment=_RIGHT),
            # Masked in the list (PDPA); the full number is in the person's own record.
            Column(translate("SagesPage", "Phone"), lambda r: mask_phone(r.phone)),
            Column(translate("SagesPage", "Branch"), lambda r: r.branch, "branch"),
            Column(
                translate("SagesPage", "Expertise"),
                lambda r: _first_line(r.expertise),
                tooltip=lambda r: r.expertise or None,
            ),
            Column(translate("SagesPage", "Can teach"), lambda r: yes if r.can_teach else "—"),
        ]

    def open_editor(self, row: SageRow | None) -> bool:
        dialog = self.dialog_factory(self.services, row.id if row else None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def move_to_bin(self, row: SageRow) -> None:
        self.services.sages.move_to_bin(row.id)

    def row_label(self, row: SageRow) -> str:
        return row.person_name
