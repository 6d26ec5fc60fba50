"""The dialogs of the certificates step: issue the certificates due, choose what to print,
and the certificate register of a fiscal year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import CertificateRow
from wangmuang_desk.ui.groups.group_widgets import grow_to_fit
from wangmuang_desk.ui.groups.tab_helpers import RIGHT, RowsTableModel, make_table
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate


def certificate_columns() -> list[Column]:
    return [
        Column(translate("CertificatesPanel", "No."), lambda r: r.label, alignment=RIGHT),
        Column(translate("CertificatesPanel", "Name"), lambda r: r.name),
        Column(translate("CertificatesPanel", "Issued on"), lambda r: r.issued_on),
        Column(translate("CertificatesPanel", "Signed by"), lambda r: r.signatory_name,
               tooltip=lambda r: r.signatory_position or None),
        Column(translate("CertificatesPanel", "Reprints"), lambda r: r.reprints or "",
               alignment=RIGHT),
    ]


def due_count(services, training_id: int) -> int:
    """Trainees who pass and have no certificate yet."""
    summary = services.training_evaluation.evaluation(training_id)
    return sum(1 for r in summary.results if r.passes and not r.certificate_label)


class IssueDialog(QDialog):
    """Give the next numbers of the fiscal year to every trainee due a certificate.
    `issued` holds how many were issued once accepted."""

    def __init__(self, services, training_id: int, can_print: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IssueDialog")
        self.services = services
        self.training_id = training_id
        self.issued = 0
        self.setWindowTitle(translate("CertificatesPanel", "Issue certificates"))
        due = due_count(services, training_id)
        fiscal_year = services.trainings.get(training_id).data.fiscal_year

        self.due = QLabel(objectName="due")
        self.due.setWordWrap(True)
        self.due.setText(translate(
            "CertificatesPanel", "%n trainee(s) pass and have no certificate yet.", "", due))
        self.issued_on = BeDateEdit(objectName="issued_on")
        self.issued_on.setDate(services.training_evaluation.today())
        fit_line_edit(self.issued_on, "00/00/0000")
        self.signatory = QComboBox(objectName="signatory_id")
        signatories = services.office.profile().signatories
        for sig in signatories:
            self.signatory.addItem(f"{sig.name} ({sig.position})", sig.id)
            if sig.is_default:
                self.signatory.setCurrentIndex(self.signatory.count() - 1)
        if not signatories:
            self.signatory.addItem(translate("CertificatesPanel", "(none: add one in the "
                                             "office profile)"), None)
        self.print_now = QCheckBox(translate("CertificatesPanel", "Print them now"),
                                   objectName="printNow")
        self.print_now.setChecked(can_print)
        self.print_now.setVisible(can_print)

        form = QFormLayout()
        form.addRow(self.due)
        form.addRow(translate("CertificatesPanel", "Given on:"), self.issued_on)
        form.addRow(translate("CertificatesPanel", "Signed by:"), self.signatory)
        form.addRow(hint_label(translate(
            "CertificatesPanel", "Numbers continue the register of fiscal year {year} "
            "(N/{year}), in the order of the sign-in sheet.").format(year=fiscal_year)))
        form.addRow(self.print_now)
        self.general = QLabel(objectName="generalErrors")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("issue")
        self.ok_button.setText(translate("CertificatesPanel", "Issue"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.errors = FormErrors({"issued_on": self.issued_on, "signatory_id": self.signatory},
                                 self, general=self.general)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def save(self) -> None:
        self.errors.clear()
        if self.issued_on.error():
            self.errors.show([FieldProblem("issued_on", self.issued_on.error() or "")])
        else:
            try:
                self.issued = self.services.training_evaluation.issue(
                    self.training_id, self.issued_on.date(), self.signatory.currentData())
            except ValidationError as error:
                self.errors.show(error.problems)  # "issue": nobody due, under the form
            except NotFoundError:
                self.errors.show_message("", translate(
                    "CertificatesPanel", "This round is no longer in the registry."))
            else:
                self.accept()
                return
        grow_to_fit(self)


class PrintDialog(QDialog):
    """Which certificates to print, and whether it counts as a reprint in the register."""

    def __init__(self, selected: list[CertificateRow], every: list[CertificateRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrintCertificatesDialog")
        self.setWindowTitle(translate("CertificatesPanel", "Print certificates"))
        self._selected, self._every = selected, every
        count, total = len(selected), len(every)
        self.only_selected = QRadioButton(translate(
            "CertificatesPanel", "The %n chosen certificate(s)", "", count),
            objectName="onlySelected")
        self.all = QRadioButton(translate(
            "CertificatesPanel", "All %n certificate(s) of this round", "", total),
            objectName="all")
        group = QButtonGroup(self)
        group.addButton(self.only_selected)
        group.addButton(self.all)
        self.only_selected.setEnabled(bool(selected))
        (self.only_selected if selected else self.all).setChecked(True)
        self.reprint = QCheckBox(translate(
            "CertificatesPanel", "Count as a reprint in the register"), objectName="reprint")
        # The first print is made when the certificates are issued; later ones are reprints.
        self.reprint.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("print")
        ok.setText(translate("CertificatesPanel", "Print…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_selected)
        layout.addWidget(self.all)
        layout.addWidget(self.reprint)
        layout.addWidget(hint_label(translate(
            "CertificatesPanel", "Untick it when the first print failed; a lost or damaged "
            "certificate printed again is a reprint.")))
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def chosen(self) -> list[CertificateRow]:
        return list(self._selected if self.only_selected.isChecked() else self._every)

    def is_reprint(self) -> bool:
        return self.reprint.isChecked()


class RegisterDialog(QDialog):
    """Every certificate of a fiscal year, all rounds, by number."""

    def __init__(self, services, fiscal_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateRegisterDialog")
        self.services = services
        self.setWindowTitle(translate("CertificatesPanel", "Certificate register"))
        self.year = QComboBox(objectName="fiscalYear")
        years = services.trainings.fiscal_years()
        if fiscal_year not in years:
            years = sorted({*years, fiscal_year}, reverse=True)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(fiscal_year))
        self.count = QLabel(objectName="registerCount")
        self.model = RowsTableModel(certificate_columns(), self)
        self.table = make_table(self.model, 1, "register")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("CertificatesPanel", "Fiscal year:")))
        top.addWidget(self.year)
        top.addWidget(self.count, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.year.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(760, 520)

    def refresh(self, *_args: object) -> None:
        rows = self.services.training_evaluation.register(self.year.currentData())
        self.model.set_rows(rows)
        count = len(rows)
        self.count.setText(translate("CertificatesPanel", "%n certificate(s)", "", count))
