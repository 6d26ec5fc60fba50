"""Step 5 of the establishment wizard: regulations and capital (the value of one share, each
member's shares and starting savings, working capital)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import EstablishmentInput
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.establishment_base import (
    EstablishmentPage,
    MemberEntry,
    general_label,
    text_box,
)
from wangmuang_desk.ui.groups.establishment_tables import (
    AmountDelegate,
    Column,
    CountDelegate,
    RowsModel,
    table_view,
)
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate
ZERO = Decimal(0)


def _money(value: Decimal | None) -> str:
    return format_baht(value) if value is not None else ""


def _amount_row(edit: DecimalEdit) -> QHBoxLayout:
    fit_line_edit(edit, "000,000,000.00")
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(QLabel(translate("CapitalPage", "baht")))
    row.addStretch(1)
    return row


def _read_amount(edit: DecimalEdit) -> Decimal | None:
    try:
        return edit.value()
    except ValueError:
        return None


def _set_savings(member: MemberEntry, value: Decimal | None) -> None:
    member.savings = value if value is not None else ZERO


def _set_shares(member: MemberEntry, value: int) -> None:
    member.shares = int(value)


class CapitalPage(EstablishmentPage):
    key = "capital"
    checks = ("capital",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("CapitalPage", "Regulations and capital"))
        self.setSubTitle(translate(
            "CapitalPage",
            "The group's regulations, the value of one share, and what each member buys in "
            "shares and puts in as starting savings."))
        self.regulations = text_box("regulations", lines=3)
        self.share_value = DecimalEdit(objectName="share_value")
        self.working_capital = DecimalEdit(objectName="working_capital")
        self.working_capital_note = QLineEdit(objectName="working_capital_note")
        self.working_capital_note.setPlaceholderText(translate(
            "CapitalPage", "Where it comes from, e.g. a grant from the office"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("CapitalPage", "Regulations:"), self.regulations)
        form.addRow(translate("CapitalPage", "Value of one share:"), _amount_row(self.share_value))
        form.addRow(translate("CapitalPage", "Working capital:"),
                    _amount_row(self.working_capital))
        form.addRow(translate("CapitalPage", "Source of the capital:"), self.working_capital_note)

        self.model = RowsModel([
            Column(translate("CapitalPage", "Member"), lambda m: m.name),
            Column(translate("CapitalPage", "Shares"), lambda m: f"{m.shares:,}",
                   lambda m: m.shares, _set_shares, right=True),
            Column(translate("CapitalPage", "Share amount (baht)"), self._share_amount_text,
                   right=True),
            Column(translate("CapitalPage", "Starting savings (baht)"),
                   lambda m: format_baht(m.savings), lambda m: m.savings, _set_savings,
                   right=True),
        ], self)
        self.model.set_rows(wizard.members)
        self.table = table_view(self.model, "capital_members", stretch=0, rows=4)
        self.table.setItemDelegateForColumn(1, CountDelegate(self.table))
        self.table.setItemDelegateForColumn(3, AmountDelegate(self.table))
        self.totals = QLabel(objectName="capital_totals")
        self.totals.setWordWrap(True)
        self.model.dataChanged.connect(self.update_totals)
        self.model.modelReset.connect(self.update_totals)
        self.share_value.textChanged.connect(self._share_value_changed)

        general = general_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label(translate(
            "CapitalPage", "Double-click a number to change it.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(general)
        self.bind_errors({
            "regulations": self.regulations, "share_value": self.share_value,
            "working_capital": self.working_capital,
            "working_capital_note": self.working_capital_note,
            "capital_members": self.table,
        }, general)

    def _share_amount_text(self, member: MemberEntry) -> str:
        value = _read_amount(self.share_value)
        return format_baht(value * member.shares) if value is not None and member.shares else ""

    def _share_value_changed(self) -> None:
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 2),
                                        self.model.index(len(self.model.rows) - 1, 2))

    def update_totals(self) -> None:
        members = self.host.members
        value = _read_amount(self.share_value) or ZERO
        shares = sum(m.shares for m in members)
        self.totals.setText(translate(
            "CapitalPage", "{shares} shares, {capital} baht of share capital; starting savings "
            "{savings} baht in all.").format(
            shares=f"{shares:,}", capital=format_baht(value * shares),
            savings=format_baht(sum((m.savings for m in members), ZERO))))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.model.refresh()

    def field_for(self, problem: FieldProblem) -> str:
        if problem.field in ("capital.shares", "capital.savings"):
            return "capital_members"
        return super().field_for(problem)

    def ui_problems(self) -> list[tuple[str, str]]:
        text = translate("Validation", NOT_A_NUMBER)
        return [(name, text) for name, edit in (
            ("share_value", self.share_value), ("working_capital", self.working_capital))
            if edit.text().strip() and _read_amount(edit) is None]

    def load(self, data: EstablishmentInput) -> None:
        self.regulations.setPlainText(data.basic.regulations)
        self.share_value.set_value(data.basic.share_value)
        self.working_capital.set_value(data.working_capital)
        self.working_capital_note.setText(data.working_capital_note)

    def store(self, data: EstablishmentInput) -> None:
        data.basic.regulations = self.regulations.toPlainText()
        data.basic.share_value = _read_amount(self.share_value)
        data.working_capital = _read_amount(self.working_capital)
        data.working_capital_note = self.working_capital_note.text()
