"""Add someone to the people registry from a dialog that picks people (a group's new member,
a round's trainees), and hand the saved person back to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from wangmuang_desk.services.rows import PersonRow


def new_person(parent: QWidget, services, person_dialog_factory: Callable[..., QDialog]
               ) -> PersonRow | None:
    """The person form for a new person; the person saved there, or None when cancelled."""
    dialog = person_dialog_factory(services, None, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_id is None:
            return None
        found = services.people.by_ids([dialog.person_id])
    finally:
        dialog.deleteLater()
    return found[0] if found else None
