"""The group's savings and capital ledger: totals, every entry with the balances after it,
the balances per member, and adding or deleting entries.

A balance is never made negative silently: the service refuses with NegativeBalanceWarning,
the form shows why at the amount, and staff may confirm to record it anyway (a loan the group
agreed on, an entry typed in late).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError, ValidationError
from wangmuang_desk.services.group_ledger import NegativeBalanceWarning
from wangmuang_desk.services.group_rows import (
    LEDGER_KINDS,
    MEMBER_LEDGER_KINDS,
    BalanceSummary,
    LedgerInput,
    LedgerRow,
    MemberBalance,
)
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.labels import ledger_kind_label
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RowsTableModel,
    ask,
    baht,
    confirm_anyway,
    grow_to_fit,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate

OUTFLOW_KINDS = ("withdrawal", "expense")
OUTFLOW_COLOUR = QColor("#b71c1c")
NEGATIVE_COLOUR = QColor("#c62828")


class LedgerEntryDialog(QDialog):
    """One new entry: date, kind, member (member kinds only), amount and note."""

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LedgerEntryDialog")
        self.setWindowTitle(translate("LedgerEntryDialog", "Add a ledger entry"))
        self.services = services
        self.group_id = group_id
        self.saved_id: int | None = None
        today = services.group_ledger.today()

        self.entry_date = BeDateEdit(objectName="entry_date", maximum_date=today)
        self.entry_date.setDate(today)
        fit_line_edit(self.entry_date, "00/00/0000")
        self.kind = QComboBox(objectName="kind")
        for code in LEDGER_KINDS:
            self.kind.addItem(ledger_kind_label(code), code)
        self.member = QComboBox(objectName="member_id")
        self.member.setPlaceholderText(translate("LedgerEntryDialog", "Choose the member"))
        self._fill_members()
        self.amount = DecimalEdit(objectName="amount")
        fit_line_edit(self.amount, "0,000,000.00")
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(QLabel(translate("LedgerEntryDialog", "baht")))
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(
            translate("LedgerEntryDialog", "e.g. receipt no., what the money was for"))

        self.form = QFormLayout()
        self.form.addRow(translate("LedgerEntryDialog", "Date:"), self.entry_date)
        self.form.addRow(translate("LedgerEntryDialog", "Kind:"), self.kind)
        self.form.addRow(translate("LedgerEntryDialog", "Member:"), self.member)
        self.form.addRow(translate("LedgerEntryDialog", "Amount:"), amount_row)
        self.form.addRow(translate("LedgerEntryDialog", "Note:"), self.note)
        self.general = QLabel(objectName="generalErrors")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

        fields = (self.entry_date, self.kind, self.member, self.amount, self.note)
        self.errors = FormErrors({w.objectName(): w for w in fields}, self, general=self.general)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _fill_members(self) -> None:
        rows = self.services.group_members.members(self.group_id, include_left=True)
        for row in rows:
            if row.is_current:
                self.member.addItem(row.name, row.id)
        for row in rows:
            # Someone who left may still take out what they saved: listed after the others.
            if not row.is_current and row.savings:
                label = translate("LedgerEntryDialog", "{name} (left {date})")
                self.member.addItem(
                    label.format(name=row.name, date=format_be_date(row.left_on)), row.id)
        self.member.setCurrentIndex(-1)  # chosen on purpose, never a default member

    def _kind_changed(self, *_args: object) -> None:
        # Income and spending are the group's own: no member to choose.
        needs_member = self.kind.currentData() in MEMBER_LEDGER_KINDS
        self.form.setRowVisible(self.member, needs_member)
        if not needs_member:
            self.errors.clear_field("member_id")

    def collect(self) -> LedgerInput:
        """The entry typed; ValueError when the amount is not a number."""
        kind = self.kind.currentData()
        member_id = self.member.currentData() if kind in MEMBER_LEDGER_KINDS else None
        return LedgerInput(self.entry_date.date(), kind, self.amount.value(), member_id,
                           self.note.text())

    def save(self) -> None:
        self._save()
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)

    def _save(self) -> None:
        self.errors.clear()
        if self.entry_date.error():
            self.errors.show_message("entry_date", self.entry_date.error())
            return
        try:
            data = self.collect()
        except ValueError:
            self.errors.show([FieldProblem("amount", NOT_A_NUMBER)])
            return
        ledger = self.services.group_ledger
        try:
            try:
                self.saved_id = ledger.add_entry(self.group_id, data)
            except NegativeBalanceWarning as warning:
                self.errors.show(warning.problems)  # the reason stays at the amount
                if not confirm_anyway(
                        self, translate("LedgerEntryDialog", "Record anyway?"), warning.problems,
                        translate("LedgerEntryDialog", "Record this entry anyway?")):
                    return
                self.saved_id = ledger.add_entry(self.group_id, data, allow_negative=True)
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "LedgerEntryDialog", "This group is no longer in the registry (perhaps moved to "
                "the recycle bin). Nothing was saved."))
            self.reject()
            return
        self.accept()


class LedgerTab(QWidget):
    """Totals at the top; below, the entries (newest first) and the balances of each member."""

    changed = Signal()  # an entry was added or deleted: member savings elsewhere are stale
    entry_dialog_factory: Callable[..., LedgerEntryDialog] = LedgerEntryDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LedgerTab")
        self.services = services
        self.group_id = group_id

        # Named after BalanceSummary's fields.
        self._totals: dict[str, QLabel] = {}
        summary = QFrame(objectName="ledgerSummary")
        summary.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(summary)
        for number, (name, caption) in enumerate((
                ("total_savings", translate("LedgerTab", "Members' savings")),
                ("share_capital", translate("LedgerTab", "Share capital")),
                ("income", translate("LedgerTab", "Group income")),
                ("spending", translate("LedgerTab", "Group spending")),
                ("cash", translate("LedgerTab", "Cash on hand")))):
            value = QLabel(objectName=name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            value.setFont(font)
            grid.addWidget(QLabel(caption), 0, number)
            grid.addWidget(value, 1, number)
            grid.setColumnStretch(number, 1)
            self._totals[name] = value
        self._totals["cash"].setToolTip(
            translate("LedgerTab", "Savings + share capital + income − spending"))

        self.add_button = QPushButton(translate("LedgerTab", "Add entry…"), objectName="add_entry")
        self.delete_button = QPushButton(translate("LedgerTab", "Delete entry"),
                                         objectName="delete_entry")
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_selected)

        self.entries_model = RowsTableModel([
            Column(translate("LedgerTab", "Date"), lambda r: r.entry_date),
            Column(translate("LedgerTab", "Kind"), lambda r: ledger_kind_label(r.kind)),
            Column(translate("LedgerTab", "Member"), lambda r: r.member_name),
            Column(translate("LedgerTab", "Amount"), lambda r: r.amount, alignment=RIGHT),
            Column(translate("LedgerTab", "Note"), lambda r: r.note,
                   tooltip=lambda r: r.note or None),  # long notes are cut off in the cell
            Column(translate("LedgerTab", "Member's savings"), lambda r: r.member_savings,
                   alignment=RIGHT),
            Column(translate("LedgerTab", "Group cash"), lambda r: r.group_cash,
                   alignment=RIGHT),
        ], self, foreground=_entry_colour)
        self.entries_table = make_table(self.entries_model, 4, "entries")
        self.entries_table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.members_model = RowsTableModel([
            Column(translate("LedgerTab", "Member"), lambda r: r.name),
            Column(translate("LedgerTab", "Savings"), lambda r: r.savings, alignment=RIGHT),
            Column(translate("LedgerTab", "Shares"), lambda r: r.shares, alignment=RIGHT),
            Column(translate("LedgerTab", "Share capital"), lambda r: r.share_amount,
                   alignment=RIGHT),
        ], self, foreground=_balance_colour)
        self.members_table = make_table(self.members_model, 0, "memberBalances")

        # Entries and member balances each get the full width (the group window is about
        # 1000 pixels wide: side by side, names and notes were cut off).
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label(translate("LedgerTab", "Newest first.")), 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        entries_layout.addLayout(buttons)
        entries_layout.addWidget(self.entries_table, 1)
        self.views = QTabWidget(objectName="ledgerViews")
        self.views.addTab(entries_box, translate("LedgerTab", "Entries"))
        self.views.addTab(self.members_table, translate("LedgerTab", "Balances by member"))

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.views, 1)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_row(self.entries_table)
        ledger = self.services.group_ledger
        summary: BalanceSummary = ledger.balances(self.group_id)
        self.entries_model.set_rows(ledger.entries(self.group_id))
        self.members_model.set_rows(summary.members)
        for name, label in self._totals.items():
            value = getattr(summary, name)
            label.setText(baht(value))
            label.setStyleSheet(f"color: {NEGATIVE_COLOUR.name()};" if value < 0 else "")
        if chosen is not None:
            select_id(self.entries_table, chosen.id)
        self._update_buttons()

    def selected_entry(self) -> LedgerRow | None:
        return selected_row(self.entries_table)

    def add_entry(self) -> None:
        dialog = self.entry_dialog_factory(self.services, self.group_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        if dialog.saved_id is not None:
            select_id(self.entries_table, dialog.saved_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        row = self.selected_entry()
        if row is None:
            return
        entry = translate("LedgerTab", "{date}, {kind}, {amount}").format(
            date=format_be_date(row.entry_date), kind=ledger_kind_label(row.kind),
            amount=baht(row.amount))
        if row.member_name:
            entry = f"{entry} — {row.member_name}"
        title = translate("LedgerTab", "Delete entry")
        if not ask(self, title, translate(
                "LedgerTab", "Delete this entry? Only for a mistake: it cannot be undone."
                "\n\n{entry}").format(entry=entry)):
            return
        ledger = self.services.group_ledger
        try:
            try:
                ledger.delete_entry(row.id)
            except NegativeBalanceWarning as warning:
                if not confirm_anyway(
                        self, translate("LedgerTab", "Delete anyway?"), warning.problems,
                        translate("LedgerTab", "Delete this entry anyway?")):
                    return
                ledger.delete_entry(row.id, allow_negative=True)
        except NotFoundError:
            QMessageBox.information(self, title, translate(
                "LedgerTab", "This entry no longer exists; the list is refreshed."))
        self.refresh()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.selected_entry() is not None)


def _entry_colour(row: LedgerRow, column: int) -> QColor | None:
    if column == 3 and row.kind in OUTFLOW_KINDS:
        return OUTFLOW_COLOUR  # money going out reads apart at a glance
    if column == 5 and row.member_savings is not None and row.member_savings < 0:
        return NEGATIVE_COLOUR
    if column == 6 and row.group_cash < 0:
        return NEGATIVE_COLOUR
    return None


def _balance_colour(row: MemberBalance, column: int) -> QColor | None:
    return NEGATIVE_COLOUR if column == 1 and row.savings < 0 else None
