"""The people registry page: who lives in ต.วังม่วง, searchable by name, ID or phone.

National IDs and phone numbers are masked in the list (PDPA, domain notes §8); the full
numbers are shown only in the person's own form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import PersonRow
from wangmuang_desk.thai.citizen_id import mask_citizen_id, mask_phone
from wangmuang_desk.thai.dates import age_on, format_be_date
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.pages.registry_page import RegistryPage
from wangmuang_desk.ui.widgets.village_label import village_label

if TYPE_CHECKING:
    from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog

# The base's approach: an explicit context, so these strings are found under "PeoplePage"
# both by lupdate and at run time (self.tr() would take the runtime class name).
translate = QCoreApplication.translate

_CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def _person_dialog(*args, **kwargs) -> PersonDialog:
    # The form is imported on the first Add or Edit, not with the page: the page is the first
    # thing the program shows, and the form is not needed for that (design.md, start-up).
    from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog

    return PersonDialog(*args, **kwargs)


class PeoplePage(RegistryPage):
    default_sort_key = "name"
    # How the page makes its editor: tests wrap it to drive the real dialog without a
    # blocking exec(); the application never changes it.
    dialog_factory: Callable[..., PersonDialog] = staticmethod(_person_dialog)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        self.services = services  # columns() below needs it during the base's __init__
        super().__init__(services.people, parent)
        self.add_filter("village_id", translate("PeoplePage", "Village"), self._village_items())
        self.add_filter(
            "flag",
            translate("PeoplePage", "Group"),
            [
                (translate("PeoplePage", "All"), None),
                (translate("PeoplePage", "Women"), "women"),
                (translate("PeoplePage", "Elders"), "elder"),
                (translate("PeoplePage", "People with disabilities"), "disabled"),
                (translate("PeoplePage", "Disadvantaged"), "disadvantaged"),
            ],
        )
        self.search_box().setPlaceholderText(
            translate("PeoplePage", "Find by name, national ID or phone…")
        )

    # -- what the registry base asks for ---------------------------------------------------

    def title(self) -> str:
        return translate("PeoplePage", "People")

    def columns(self) -> list[Column]:
        return [
            Column(translate("PeoplePage", "Name"), lambda r: r.full_name, sort_key="name"),
            Column(
                translate("PeoplePage", "National ID"),
                self._masked_id,
                alignment=_CENTRED,
                tooltip=self._id_tooltip,
            ),
            # Sorted by birth date: ascending shows the oldest first.
            Column(
                translate("PeoplePage", "Age"),
                self._age,
                sort_key="age",
                alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tooltip=lambda r: format_be_date(r.birth_date, "long") or None,
            ),
            Column(translate("PeoplePage", "Sex"), self._sex, alignment=_CENTRED),
            Column(translate("PeoplePage", "Phone"), lambda r: mask_phone(r.phone)),
            Column(translate("PeoplePage", "House no."), lambda r: r.house_no),
            Column(translate("PeoplePage", "Village"), self._village, sort_key="moo"),
            Column(translate("PeoplePage", "Groups"), self._flags),
        ]

    def open_editor(self, row: PersonRow | None) -> bool:
        dialog = self.dialog_factory(self.services, row.id if row is not None else None, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def move_to_bin(self, row: PersonRow) -> None:
        self.services.people.move_to_bin(row.id)

    def row_label(self, row: PersonRow) -> str:
        return row.full_name

    def refresh(self) -> None:
        """Fresh rows, and the village list again: villages are edited in the settings."""
        if self._reload_village_filter() and self.table_model().is_loaded():
            self.reload()  # the chosen village is gone: the filter went back to "All"
            return
        super().refresh()

    # -- cells -----------------------------------------------------------------------------

    @staticmethod
    def _masked_id(row: PersonRow) -> str:
        return mask_citizen_id(row.citizen_id) if row.citizen_id else ""

    @staticmethod
    def _id_tooltip(row: PersonRow) -> str | None:
        if not row.citizen_id:
            return None
        return translate(
            "PeoplePage", "Hidden in lists to protect personal data; open the person to see it."
        )

    def _age(self, row: PersonRow) -> int | None:
        if row.birth_date is None:
            return None
        today = self.services.people.today()
        return age_on(row.birth_date, today) if row.birth_date <= today else None

    @staticmethod
    def _sex(row: PersonRow) -> str:
        if row.sex == "M":
            return translate("PeoplePage", "Male")
        if row.sex == "F":
            return translate("PeoplePage", "Female")
        return ""

    @staticmethod
    def _village(row: PersonRow) -> str:
        return village_label(row.moo, row.village_name)

    @staticmethod
    def _flags(row: PersonRow) -> str:
        words = []
        if row.is_elder:
            words.append(translate("PeoplePage", "elder", "short word in the Groups column"))
        if row.is_disabled:
            words.append(translate("PeoplePage", "disabled", "short word in the Groups column"))
        if row.is_disadvantaged:
            words.append(
                translate("PeoplePage", "disadvantaged", "short word in the Groups column")
            )
        return ", ".join(words)

    # -- the village filter ----------------------------------------------------------------

    def _village_items(self) -> list[tuple[str, Any]]:
        # From the people service, not the office's: the office service loads the ORM models,
        # which this page, the first one the program shows, does not need (design.md, start-up).
        return [(translate("PeoplePage", "All villages"), None)] + [
            (village_label(v.moo, v.name), v.id) for v in self.services.people.villages()
        ]

    def _reload_village_filter(self) -> bool:
        """Put the current villages in the filter; True when the chosen one disappeared."""
        # The base keeps each filter's values beside its combo (registry_page.add_filter);
        # the list is updated in place so set_filter and current_query keep working.
        combo, values = self._filters["village_id"]
        items = self._village_items()
        texts = [text for text, _value in items]
        new_values = [value for _text, value in items]
        if new_values == values and texts == [combo.itemText(n) for n in range(combo.count())]:
            return False
        chosen = values[combo.currentIndex()] if combo.currentIndex() >= 0 else None
        combo.blockSignals(True)  # one query after the update, not one per item
        try:
            combo.clear()
            combo.addItems(texts)
            values[:] = new_values
            combo.setCurrentIndex(new_values.index(chosen) if chosen in new_values else 0)
        finally:
            combo.blockSignals(False)
        return chosen not in new_values
