"""Step 5 of a round: the council's approval (reference, date, approved amount), bound to
ApprovalInput. In the new-round wizard it is optional: "Not yet approved" leaves it empty and
the round stays in planning until the approval is recorded in its workspace."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.training_rows import ApprovalInput
from wangmuang_desk.thai.money import baht_text
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.establishment_base import general_label
from wangmuang_desk.ui.trainings.round_form import read_decimal, show_messages
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate

# The service's own source texts, so one Thai translation serves both.
REF_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the reference of the council's approval.")
DATE_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the date of the council's approval.")
AMOUNT_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the approved amount.")
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The approved amount cannot be negative.")


class ApprovalForm(QWidget):
    """ApprovalForm(parent, optional=False, today=None): value() -> ApprovalInput, or None
    when `optional` and "Not yet approved" is ticked; set_value(ApprovalInput | None);
    check() / show_problems(); `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self.not_yet = QCheckBox(translate(
            "ApprovalForm", "Not yet approved: record the approval later, in the round's "
            "workspace"), objectName="not_yet")
        self.not_yet.setVisible(optional)
        self.council_ref = QLineEdit(objectName="council_ref")
        self.council_ref.setPlaceholderText(translate(
            "ApprovalForm", "e.g. the council's meeting 2/2569, agenda item 4"))
        self.council_on = BeDateEdit(objectName="council_on",
                                     maximum_date=today or date.today())
        fit_line_edit(self.council_on, "00/00/0000")
        self.approved_amount = DecimalEdit(objectName="approved_amount")
        fit_line_edit(self.approved_amount, "0,000,000.00")
        self.words = QLabel(objectName="amountWords")
        self.words.setWordWrap(True)
        self.general = general_label()

        date_row = QHBoxLayout()
        date_row.addWidget(self.council_on)
        date_row.addStretch(1)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.approved_amount)
        amount_row.addWidget(QLabel(translate("ApprovalForm", "baht")))
        amount_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(translate("ApprovalForm", "Council reference:"), self.council_ref)
        self.form.addRow(translate("ApprovalForm", "Approved on:"), date_row)
        self.form.addRow(translate("ApprovalForm", "Approved amount:"), amount_row)
        self.form.addRow("", self.words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.not_yet)
        layout.addLayout(self.form)
        layout.addWidget(hint_label(translate(
            "ApprovalForm", "Recording the approval moves the round from planning to "
            "approved.")))
        layout.addWidget(self.general)
        self.errors = FormErrors({"council_ref": self.council_ref, "council_on": self.council_on,
                                  "approved_amount": self.approved_amount}, self,
                                 general=self.general)

        self.not_yet.toggled.connect(self._not_yet_toggled)
        self.approved_amount.textChanged.connect(self._show_words)
        for edit in (self.council_ref, self.council_on, self.approved_amount):
            edit.textEdited.connect(self._emit_changed)
        self.not_yet.toggled.connect(self._emit_changed)
        self._suggested: Decimal | None = None
        self.set_value(None)

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.council_ref, self.council_on, self.approved_amount, self.words)

    def _enable_fields(self, enabled: bool) -> None:
        for widget in self._fields():
            widget.setEnabled(enabled)

    def _not_yet_toggled(self, checked: bool) -> None:
        self._enable_fields(not checked)
        if checked:
            self.errors.clear()
            return
        if self.approved_amount.text() == "" and self._suggested is not None:
            self.approved_amount.set_value(self._suggested)
        self.council_ref.setFocus()

    def _show_words(self, *_args: object) -> None:
        amount = read_decimal(self.approved_amount)
        self.words.setText(f"({baht_text(amount)})" if amount is not None and amount >= 0
                           else "")

    def suggest_amount(self, amount: Decimal | None) -> None:
        """The budget's total, offered as the approved amount (councils usually approve the
        project as written): filled in by the next set_value() without an amount, or when
        "Not yet approved" is ticked off with no amount typed."""
        self._suggested = amount

    def is_pending(self) -> bool:
        return self._optional and self.not_yet.isChecked()

    # -- value -----------------------------------------------------------------------------
    def value(self) -> ApprovalInput | None:
        if self.is_pending():
            return None
        return ApprovalInput(self.council_ref.text(), self.council_on.date(),
                             read_decimal(self.approved_amount))

    def set_value(self, approval: ApprovalInput | None) -> None:
        self.not_yet.blockSignals(True)
        self.not_yet.setChecked(approval is None and self._optional)
        self.not_yet.blockSignals(False)
        self._enable_fields(not self.not_yet.isChecked())
        self.council_ref.setText(approval.council_ref if approval else "")
        self.council_on.setDate(approval.council_on if approval else None)
        amount = approval.approved_amount if approval else None
        if amount is None and not self.is_pending():
            amount = self._suggested
        self.approved_amount.set_value(amount)
        self.errors.clear()

    # -- problems --------------------------------------------------------------------------
    def check(self) -> list[tuple[str, str]]:
        """(field, translated message) for what is missing or unreadable."""
        if self.is_pending():
            return []
        out = []
        if not self.council_ref.text().strip():
            out.append(("council_ref", translate("Validation", REF_MISSING)))
        if self.council_on.error():
            out.append(("council_on", self.council_on.error()))
        elif self.council_on.date() is None:
            out.append(("council_on", translate("Validation", DATE_MISSING)))
        try:
            amount = self.approved_amount.value()
        except ValueError:
            out.append(("approved_amount", translate("Validation", NOT_A_NUMBER)))
        else:
            if amount is None:
                out.append(("approved_amount", translate("Validation", AMOUNT_MISSING)))
            elif amount < 0:
                out.append(("approved_amount", translate("Validation", AMOUNT_NEGATIVE)))
        return out

    def show_checks(self) -> bool:
        messages = self.check()
        show_messages(self.errors, messages)
        return not messages

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        if self.is_pending():
            self.not_yet.setChecked(False)  # the problem is about the approval: show it
        show_messages(self.errors, [(p.field, problem_text(p)) for p in problems])

    def clear_problems(self) -> None:
        self.errors.clear()
