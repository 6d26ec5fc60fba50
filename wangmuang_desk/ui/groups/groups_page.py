"""The occupational-group registry list: name, type, village, status, members, founding date.

Add starts the establishment wizard (the manual's order for founding a group) when that module
is installed; otherwise, and for Edit, the group window opens.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from wangmuang_desk.services.group_rows import GROUP_TYPES, STATUSES, GroupRow
from wangmuang_desk.ui.groups.group_window import GroupWindow
from wangmuang_desk.ui.groups.labels import group_type_label, status_label
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.person_picker import village_label

# Explicit context, as in registry_page.py: self.tr() in a subclass would use the runtime name.
translate = QCoreApplication.translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
_PACKAGE = "wangmuang_desk.ui.groups"


def optional_class(module: str, name: str) -> Callable[..., Any] | None:
    """`name` from ui/groups/<module>.py, or None when that module is not there.

    Imported when first needed: these windows are heavy and not every build has them. Only
    the module's own absence counts as "not there"; an error inside it is a bug and is raised.
    """
    full_name = f"{_PACKAGE}.{module}"
    try:
        return getattr(importlib.import_module(full_name), name)
    except ModuleNotFoundError as exc:
        if exc.name == full_name:
            return None
        raise


def establishment_wizard_class() -> Callable[..., Any] | None:
    return optional_class("establishment_wizard", "EstablishmentWizard")


def working_group_dialog_class() -> Callable[..., Any] | None:
    return optional_class("working_group_dialog", "WorkingGroupDialog")


class GroupsPage(RegistryPage):
    default_sort_key = "name"
    # How the page makes its windows; tests wrap them to drive the real ones without exec().
    window_factory: Callable[..., QDialog] = GroupWindow

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services  # columns() below needs it during the base's __init__
        super().__init__(services.groups, parent)
        self.add_filter(
            "village_id",
            translate("GroupsPage", "Village"),
            [(translate("GroupsPage", "All villages"), None)]
            + [(village_label(v.moo, v.name), v.id) for v in services.office.villages()],
        )
        self.add_filter(
            "group_type",
            translate("GroupsPage", "Type"),
            [(translate("GroupsPage", "All types"), None)]
            + [(group_type_label(code), code) for code in GROUP_TYPES],
        )
        self.add_filter(
            "status",
            translate("GroupsPage", "Status"),
            [(translate("GroupsPage", "All statuses"), None)]
            + [(status_label(code), code) for code in STATUSES],
        )
        self.search_box().setPlaceholderText(translate("GroupsPage", "Find a group by name…"))
        self.working_group_button = QPushButton(translate("GroupsPage", "Working group…"))
        self.working_group_button.setObjectName("workingGroup")
        self.working_group_button.setToolTip(
            translate(
                "GroupsPage",
                "The working group: officers and representatives of registered groups",
            )
        )
        self.working_group_button.clicked.connect(self.open_working_group)
        # Written separately: a build without it shows no button that does nothing.
        self.working_group_button.setVisible(
            importlib.util.find_spec(f"{_PACKAGE}.working_group_dialog") is not None
        )
        heading = self.layout().itemAt(0).layout()
        if isinstance(heading, QHBoxLayout):
            heading.addWidget(self.working_group_button)

    # -- what the registry base asks for ---------------------------------------------------

    def title(self) -> str:
        return translate("GroupsPage", "Occupational groups")

    def columns(self) -> list[Column]:
        return [
            Column(translate("GroupsPage", "Name"), lambda r: r.name, sort_key="name"),
            Column(translate("GroupsPage", "Type"), lambda r: group_type_label(r.group_type)),
            Column(
                translate("GroupsPage", "Village"),
                lambda r: village_label(r.moo, r.village_name),
                sort_key="moo",
            ),
            Column(translate("GroupsPage", "Status"), lambda r: status_label(r.status), "status"),
            Column(
                translate("GroupsPage", "Members"),
                lambda r: r.member_count,
                sort_key="members",
                alignment=_RIGHT,
            ),
            Column(
                translate("GroupsPage", "Founded"),
                lambda r: r.founded_on,
                sort_key="founded_on",
                alignment=_CENTRED,
            ),
        ]

    def open_editor(self, row: GroupRow | None) -> bool:
        if row is None:
            wizard = establishment_wizard_class()
            if wizard is not None:
                dialog = wizard(self.services, self)
                if not self._run(dialog):
                    return False
                # Founded: show the new group right away, as staff usually go on from there.
                new_id = getattr(dialog, "group_id", None)
                if new_id is not None:
                    self.refresh()
                    self.open_group(new_id)
                return True
        return self.open_group(row.id if row is not None else None)

    def move_to_bin(self, row: GroupRow) -> None:
        self.services.groups.move_to_bin(row.id)

    def row_label(self, row: GroupRow) -> str:
        return row.name

    # -- windows ---------------------------------------------------------------------------

    def open_group(self, group_id: int | None) -> bool:
        """The group window; True when anything was saved in it (the list then refreshes)."""
        window = self.window_factory(self.services, group_id, self)
        try:
            window.exec()
            return bool(getattr(window, "changed", False))
        finally:
            window.deleteLater()

    def open_working_group(self) -> None:
        dialog_class = working_group_dialog_class()
        if dialog_class is None:
            return
        self._run(dialog_class(self.services, self))
        self.refresh()

    @staticmethod
    def _run(dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
