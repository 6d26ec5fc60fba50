"""Step 8 of a round: the certificates (วุฒิบัตร) of the trainees who pass, numbered N/fiscal
year, and their printing. Printing needs the injected `documents` (see training_documents);
without it the print buttons are hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.services.training_rows import CertificateRow
from wangmuang_desk.ui.groups.tab_helpers import RowsTableModel, make_table
from wangmuang_desk.ui.trainings import training_documents
from wangmuang_desk.ui.trainings.certificate_dialogs import (
    IssueDialog,
    PrintDialog,
    RegisterDialog,
    certificate_columns,
    due_count,
)
from wangmuang_desk.ui.trainings.panel_helpers import refresh_after_change

translate = QCoreApplication.translate


class CertificatesPanel(QWidget):
    changed = Signal()  # certificates issued or reprinted
    # How the panel makes its dialogs; tests wrap them to drive the real ones without exec().
    issue_dialog_factory: Callable[..., QDialog] = IssueDialog
    print_dialog_factory: Callable[..., QDialog] = PrintDialog
    register_dialog_factory: Callable[..., QDialog] = RegisterDialog

    def __init__(self, services, training_id: int, documents=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificatesPanel")
        self.services = services
        self.training_id = training_id
        self.documents = documents
        self.due = 0

        self.summary = QLabel(objectName="certificateSummary")
        self.summary.setWordWrap(True)
        self.issue_button = QPushButton(translate("CertificatesPanel", "Issue certificates…"),
                                        objectName="issueCertificates")
        self.print_button = QPushButton(translate("CertificatesPanel", "Print / reprint…"),
                                        objectName="printCertificates")
        self.print_button.setToolTip(translate(
            "CertificatesPanel", "The chosen certificates, or all of them"))
        self.print_button.setVisible(documents is not None)
        self.register_button = QPushButton(
            translate("CertificatesPanel", "Certificate register of the fiscal year…"),
            objectName="certificateRegister")
        for button, slot in ((self.issue_button, self.issue),
                             (self.print_button, self.print_certificates),
                             (self.register_button, self.show_register)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)

        self.model = RowsTableModel(certificate_columns(), self)
        self.table = make_table(self.model, 1, "certificates")
        # Several at once: a reprint is often for two or three lost ones.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.issue_button)
        top.addWidget(self.print_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def refresh(self) -> None:
        rows = self.services.training_evaluation.certificates(self.training_id)
        self.model.set_rows(rows)
        self.due = due_count(self.services, self.training_id)
        count, due = len(rows), self.due
        text = translate("CertificatesPanel", "%n certificate(s) issued", "", count)
        text += " · " + translate(
            "CertificatesPanel", "%n trainee(s) pass without a certificate yet", "", due)
        self.summary.setText(text)
        self._update_buttons()

    def selected_certificates(self) -> list[CertificateRow]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index) for index in sorted(rows, key=lambda i: i.row())]

    def _update_buttons(self, *_args: object) -> None:
        self.print_button.setEnabled(self.model.rowCount() > 0)

    # -- actions ---------------------------------------------------------------------------

    def issue(self) -> None:
        before = {r.id for r in self.model.rows()}
        try:
            dialog = self.issue_dialog_factory(self.services, self.training_id,
                                               self.documents is not None, self)
        except NotFoundError:
            return self._gone()
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            print_now = accepted and dialog.print_now.isChecked()
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        self._after_change()
        if print_now and self.documents is not None:
            fresh = [r for r in self.model.rows() if r.id not in before]
            self._print(fresh, reprint=False)

    def print_certificates(self) -> None:
        if self.documents is None or not self.model.rowCount():
            return
        dialog = self.print_dialog_factory(self.selected_certificates(), self.model.rows(), self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen, reprint = (dialog.chosen(), dialog.is_reprint()) if accepted else ([], False)
        finally:
            dialog.deleteLater()
        if chosen:
            self._print(chosen, reprint)

    def _print(self, rows: list[CertificateRow], reprint: bool) -> None:
        if not rows:
            return
        every = len(rows) == self.model.rowCount()
        ids = None if every else [r.id for r in rows]
        title = self.services.trainings.get(self.training_id).data.title
        made = training_documents.show_document(
            self, lambda: self.documents.certificates(self.training_id, ids),
            translate("CertificatesPanel", "Certificates: {title}").format(title=title),
            translate("CertificatesPanel", "Certificates {title}.pdf").format(
                title=training_documents.file_name(title)))
        if made and reprint:
            try:
                self.services.training_evaluation.record_reprint([r.id for r in rows])
            except NotFoundError:
                pass  # taken away meanwhile: the list shows what is left
            self._after_change()

    def show_register(self) -> None:
        try:
            fiscal_year = self.services.trainings.get(self.training_id).data.fiscal_year
        except NotFoundError:
            return self._gone()
        dialog = self.register_dialog_factory(self.services, fiscal_year, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _after_change(self) -> None:
        refresh_after_change(self, self._gone)

    def _gone(self) -> None:
        QMessageBox.information(self, translate("CertificatesPanel", "Certificates"), translate(
            "CertificatesPanel", "This round is no longer in the registry."))
