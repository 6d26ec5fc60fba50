"""Step 6, the trainees: who is registered in the round, and the ways to register more (from
the people registry, a new person on the spot, an Excel list) or take one off."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import TraineeRow
from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RowsTableModel,
    ask,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.trainings.panel_helpers import refresh_after_change
from wangmuang_desk.ui.trainings.trainee_pick_dialog import TraineePickDialog
from wangmuang_desk.ui.widgets.form_errors import problem_text

translate = QCoreApplication.translate

_IMPORT_MODULE = "wangmuang_desk.ui.trainings.import_dialog"


def import_dialog_available() -> bool:
    """The Excel import dialog is its own module (written alongside); until it is installed
    the button stays greyed instead of failing."""
    try:
        return importlib.util.find_spec(_IMPORT_MODULE) is not None
    except ModuleNotFoundError:
        return False


def make_import_dialog(services, training_id: int, parent: QWidget) -> QDialog:
    """The Excel import dialog wired to this round (training_import does the work)."""
    from wangmuang_desk.services import training_import
    from wangmuang_desk.ui.trainings.import_dialog import TraineeImportDialog

    db = services.db
    today = services.training_sessions.today

    return TraineeImportDialog(
        lambda path: training_import.preview(db, training_id, path),
        lambda preview: training_import.import_rows(db, training_id, preview, today()),
        training_import.write_template,
        parent,
        round_title=services.trainings.get(training_id).data.title,
    )


class TraineesTab(QWidget):
    changed = Signal()  # trainees registered or taken off
    # How the tab makes its dialogs; tests wrap them to drive the real ones without exec().
    pick_dialog_factory: Callable[..., QDialog] = TraineePickDialog
    person_dialog_factory: Callable[..., QDialog] = PersonDialog
    import_dialog_factory: Callable[..., QDialog] = staticmethod(make_import_dialog)

    def __init__(self, services, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TraineesTab")
        self.services = services
        self.training_id = training_id
        self._order: dict[int, int] = {}  # trainee id → number on the list (sign-in order)

        self.summary = QLabel(objectName="traineeSummary")
        self.pick_button = QPushButton(
            translate("SessionsPanel", "Add from registry…"), objectName="addFromRegistry")
        self.new_button = QPushButton(
            translate("SessionsPanel", "New person…"), objectName="newTrainee")
        self.new_button.setToolTip(translate(
            "SessionsPanel", "Add someone to the people registry and register them"))
        self.import_button = QPushButton(
            translate("SessionsPanel", "Import from Excel…"), objectName="importTrainees")
        self.remove_button = QPushButton(
            translate("SessionsPanel", "Remove"), objectName="removeTrainee")
        self.remove_button.setToolTip(translate(
            "SessionsPanel", "Take the chosen trainee off this round"))
        for button, slot in ((self.pick_button, self.add_from_registry),
                             (self.new_button, self.add_new_person),
                             (self.import_button, self.import_excel),
                             (self.remove_button, self.remove_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)

        self.model = RowsTableModel([
            Column("#", lambda r: self._order.get(r.id), alignment=RIGHT),
            Column(translate("SessionsPanel", "Name"), lambda r: r.name),
            Column(translate("SessionsPanel", "Moo"), lambda r: r.moo, alignment=RIGHT,
                   tooltip=lambda r: r.village_name or None),
            Column(translate("SessionsPanel", "House no."), lambda r: r.house_no),
            Column(translate("SessionsPanel", "ID number"), lambda r: r.citizen_id_masked),
            Column(translate("SessionsPanel", "Phone"), lambda r: r.phone),
            Column(translate("SessionsPanel", "Registered on"), lambda r: r.registered_on),
        ], self)
        self.table = make_table(self.model, 1, "trainees")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.pick_button, self.new_button, self.import_button,
                       self.remove_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def refresh(self) -> None:
        chosen = selected_row(self.table)
        rows = self.services.training_sessions.trainees(self.training_id)
        self._order = {r.id: n for n, r in enumerate(rows, start=1)}
        self.model.set_rows(rows)
        count = len(rows)
        self.summary.setText(translate("SessionsPanel", "%n trainee(s) registered", "", count))
        if chosen is not None:
            select_id(self.table, chosen.id)
        self._update_buttons()

    def selected_trainee(self) -> TraineeRow | None:
        return selected_row(self.table)

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected_trainee() is not None)
        available = import_dialog_available()
        self.import_button.setEnabled(available)
        self.import_button.setToolTip(
            translate("SessionsPanel", "Register the people listed in an Excel file")
            if available else translate("SessionsPanel", "Not available in this version yet"))

    # -- registering -----------------------------------------------------------------------

    def register(self, person_ids: list[int]) -> int:
        """Register these people; the number added (0 when all were already there)."""
        if not person_ids:
            return 0
        try:
            added = self.services.training_sessions.register(self.training_id, person_ids)
        except ValidationError as error:
            self._warn("\n".join(problem_text(p) for p in error.problems))
            return 0
        except NotFoundError:
            self._gone()
            return 0
        self._after_change()
        rows = self.model.rows()
        last = next((r for r in reversed(rows) if r.person_id == person_ids[-1]), None)
        if last is not None:
            select_id(self.table, last.id)
        return added

    def add_from_registry(self) -> None:
        registered = {r.person_id for r in self.model.rows()}
        dialog = self.pick_dialog_factory(self.services, registered, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            ids = dialog.chosen_ids() if accepted else []
        finally:
            dialog.deleteLater()
        self.register(ids)

    def add_new_person(self) -> None:
        dialog = self.person_dialog_factory(self.services, None, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            person_id = dialog.person_id if accepted else None
        finally:
            dialog.deleteLater()
        if person_id is not None:
            self.register([person_id])

    def import_excel(self) -> None:
        if not import_dialog_available():
            return
        dialog = self.import_dialog_factory(self.services, self.training_id, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        # Refreshed whatever the answer: an import may have been written before a Cancel.
        self._after_change()

    def remove_selected(self) -> None:
        trainee = self.selected_trainee()
        if trainee is None:
            return
        if not ask(self, translate("SessionsPanel", "Remove a trainee"), translate(
                "SessionsPanel", "Take {name} off this round? Their attendance and follow-ups "
                "in this round are deleted too.").format(name=trainee.name)):
            return
        try:
            self.services.training_sessions.unregister(trainee.id)
        except ValidationError as error:
            self._warn("\n".join(problem_text(p) for p in error.problems))
            return
        except NotFoundError:
            self._gone()
            return
        self._after_change()

    # -- internals -------------------------------------------------------------------------

    def _after_change(self) -> None:
        refresh_after_change(self, self._gone)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, translate("SessionsPanel", "Trainees"), text)

    def _gone(self) -> None:
        QMessageBox.information(self, translate("SessionsPanel", "Trainees"), translate(
            "SessionsPanel", "This round is no longer in the registry."))
