"""Step 4 of a round: its budget lines, edited in place against the rate ceilings in force.

Amounts, the total in Thai words and the warnings come from the budget service's preview of
the lines being edited, so the screen says exactly what the saved budget will say. A line over
its ceiling is tinted and listed as a warning, never refused (domain.md §7).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.training_rows import BudgetLineInput, BudgetSummary, RateCeilingRow
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.groups.establishment_base import general_label
from wangmuang_desk.ui.groups.establishment_tables import table_view
from wangmuang_desk.ui.trainings.budget_table import (
    BudgetLinesModel,
    CategoryDelegate,
    CeilingDelegate,
    NumberDelegate,
    ceiling_text,
)
from wangmuang_desk.ui.trainings.labels import budget_category_label
from wangmuang_desk.ui.trainings.round_form import show_messages
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text

translate = QCoreApplication.translate

NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Budget line {n}: amounts cannot be negative.")
_WARNING_STYLE = ("color: #6b4e00; background: #fff3cd; border: 1px solid #e0c36b; "
                  "border-radius: 3px; padding: 4px;")


@dataclass(frozen=True)
class BudgetHints:
    """What the quick-add buttons fill in: people fed, days, hours taught."""

    people: int | None = None
    days: int | None = None
    hours: Decimal | None = None


class BudgetEditor(QWidget):
    """BudgetEditor(budget_service, parent, show_spent=False): value() / set_value(lines),
    set_ceilings(ceilings in force), set_hints(BudgetHints), set_approved(amount),
    summary(), check() / show_problems(); emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, budget_service, parent: QWidget | None = None, *,
                 show_spent: bool = False) -> None:
        super().__init__(parent)
        self.service = budget_service
        self.ceilings_in_force: list[RateCeilingRow] = []
        self.hints = BudgetHints()
        self._approved: Decimal | None = None
        self._summary: BudgetSummary | None = None
        self._marking = False
        self.model = BudgetLinesModel(self, show_spent=show_spent)
        self.table = table_view(self.model, "lines", stretch=1, rows=6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.column("description"),
                                    QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(self.model.column("category"),
                                            CategoryDelegate(self))
        self.table.setItemDelegateForColumn(
            self.model.column("ceiling_id"), CeilingDelegate(self, lambda: self.ceilings_in_force))
        for key in ("quantity", "times", "rate", "spent"):
            if key in self.model.keys:
                self.table.setItemDelegateForColumn(
                    self.model.column(key), NumberDelegate(self, money=key not in (
                        "quantity", "times")))

        self.add_button = QPushButton(translate("BudgetEditor", "Add line"),
                                      objectName="add_line")
        self.remove_button = QPushButton(translate("BudgetEditor", "Remove line"),
                                         objectName="remove_line")
        self.add_button.clicked.connect(lambda: self.add_line(BudgetLineInput("other")))
        self.remove_button.clicked.connect(self.remove_selected)
        self.quick_buttons = {
            "speaker": self._quick_button(translate("BudgetEditor", "Speaker fee"), "speaker"),
            "meal": self._quick_button(translate("BudgetEditor", "Lunch"), "meal"),
            "snack": self._quick_button(translate("BudgetEditor", "Snacks"), "snack"),
        }
        self.total_label = QLabel(objectName="budgetTotal")
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.words_label = QLabel(objectName="budgetWords")
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.warnings_label = QLabel(objectName="budgetWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(_WARNING_STYLE)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.hide()
        self.general = general_label()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(16)
        buttons.addWidget(QLabel(translate("BudgetEditor", "Quick add:")))
        for button in self.quick_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.words_label)
        layout.addLayout(buttons)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.general)
        self.errors = FormErrors({"lines": self.table}, self, general=self.general)
        self.model.dataChanged.connect(self._edited)
        self.model.rowsInserted.connect(self._edited)
        self.model.rowsRemoved.connect(self._edited)
        self.model.modelReset.connect(self._update_summary)
        self._update_summary()

    def _quick_button(self, text: str, category: str) -> QToolButton:
        button = QToolButton(objectName=f"quick_{category}")
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        button.setMenu(menu)
        self._fill_quick_menu(menu, category)
        # The style draws the menu arrow over the end of the text: give it room of its own.
        button.setMinimumWidth(button.sizeHint().width() + 12)
        return button

    def _fill_quick_menu(self, menu: QMenu, category: str) -> None:
        menu.clear()
        for ceiling in self.ceilings_in_force:
            if ceiling.category == category:
                action = menu.addAction(ceiling_text(ceiling))
                action.triggered.connect(
                    lambda _checked=False, c=ceiling: self.quick_add(category, c))
        menu.addSeparator()
        plain = menu.addAction(translate("BudgetEditor", "Without a ceiling"))
        plain.triggered.connect(lambda _checked=False: self.quick_add(category, None))

    # -- what the round tells the editor ---------------------------------------------------
    def set_ceilings(self, ceilings: Sequence[RateCeilingRow]) -> None:
        """The ceilings in force on the round's first day (budget service's ceilings_on)."""
        self.ceilings_in_force = list(ceilings)
        for ceiling in ceilings:
            self.model.ceilings[ceiling.id] = ceiling
        for category, button in self.quick_buttons.items():
            self._fill_quick_menu(button.menu(), category)
        self._update_summary()

    def set_hints(self, hints: BudgetHints) -> None:
        self.hints = hints

    def set_approved(self, amount: Decimal | None) -> None:
        """The council's approved amount: a total above it is a warning too."""
        self._approved = amount
        self._update_summary()

    # -- lines -----------------------------------------------------------------------------
    def add_line(self, line: BudgetLineInput, edit_column: str = "category") -> None:
        number = len(self.model.lines)
        self.model.beginInsertRows(QModelIndex(), number, number)
        self.model.lines.append(line)
        self.model.endInsertRows()
        self.errors.clear_field("lines")
        index = self.model.index(number, self.model.column(edit_column))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        if self.table.isVisible():
            self.table.edit(index)

    def quick_add(self, category: str, ceiling: RateCeilingRow | None) -> None:
        """A common line filled from the round: speaker hours × rate, or people × days for
        lunch and people × 2 breaks a day for snacks."""
        hints = self.hints
        days = Decimal(hints.days or 1)
        people = Decimal(hints.people or 1)
        if category == "speaker":
            quantity, times = Decimal(1), hints.hours or Decimal(1)
        elif category == "snack":
            quantity, times = people, days * 2
        else:
            quantity, times = people, days
        label = budget_category_label(category)
        description = translate("BudgetEditor", "{category} ({condition})").format(
            category=label, condition=ceiling.condition) if ceiling else label
        self.add_line(BudgetLineInput(
            category, description, quantity, times, ceiling.amount if ceiling else Decimal(0),
            ceiling.id if ceiling else None), edit_column="description")

    def remove_selected(self) -> None:
        numbers = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()},
                         reverse=True)
        for number in numbers:
            self.model.beginRemoveRows(QModelIndex(), number, number)
            del self.model.lines[number]
            self.model.endRemoveRows()

    def value(self) -> list[BudgetLineInput]:
        return [replace(line) for line in self.model.lines]

    def set_value(self, lines: Iterable[BudgetLineInput]) -> None:
        self.model.set_lines([replace(line) for line in lines])
        self.errors.clear()

    # -- totals and warnings ---------------------------------------------------------------
    def summary(self) -> BudgetSummary:
        assert self._summary is not None
        return self._summary

    def warnings(self) -> list[str]:
        """The warnings shown under the table, translated."""
        return [problem_text(w) for w in self._summary.warnings] if self._summary else []

    def _edited(self, *_args: object) -> None:
        if self._marking:
            return
        self.errors.clear_field("lines")  # the message was about what has just changed
        self._update_summary()
        self.changed.emit()

    def _preview(self) -> BudgetSummary:
        lines = self.value()
        try:
            return self.service.preview(lines, self._approved)
        except ValueError:
            # A total below zero has no Thai words (baht_text refuses it): mark the lines from
            # their sizes alone and show the total without words; check() refuses them anyway.
            sized = [replace(line, quantity=abs(line.quantity), times=abs(line.times),
                             rate=abs(line.rate)) for line in lines]
            total = sum((line.quantity * line.times * line.rate for line in lines), Decimal(0))
            return replace(self.service.preview(sized, self._approved),
                           total=total.quantize(Decimal("0.01")), total_words="")

    def _update_summary(self, *_args: object) -> None:
        self._summary = self._preview()
        # The marks' dataChanged comes back to _edited: not an edit, and no second preview.
        self._marking = True
        try:
            self.model.set_summary(self._summary)
        finally:
            self._marking = False
        self.total_label.setText(translate("BudgetEditor", "Total: {amount} baht").format(
            amount=format_baht(self._summary.total)))
        words = self._summary.total_words
        self.words_label.setText(f"({words})" if words else "")
        texts = self.warnings()
        self.warnings_label.setText("\n".join(
            [translate("BudgetEditor", "Warnings (the budget can still be saved):"), *texts]))
        self.warnings_label.setVisible(bool(texts))

    # -- problems --------------------------------------------------------------------------
    def check(self) -> list[FieldProblem]:
        """Negative numbers, one problem per line, as the service words them."""
        problems = []
        for n, line in enumerate(self.model.lines):
            bad = next((name for name in ("quantity", "times", "rate")
                        if getattr(line, name) < 0), None)
            if bad is None and line.spent is not None and line.spent < 0:
                bad = "spent"
            if bad is not None:
                problems.append(FieldProblem(f"lines.{n}.{bad}", NEGATIVE, {"n": n + 1}))
        return problems

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Problems of "lines.N.*" under the table with line N selected; others below."""
        messages, first = [], None
        for problem in problems:
            parts = problem.field.split(".")
            where = "lines" if parts[0] == "lines" else ""
            if where and len(parts) > 1 and parts[1].isdigit() and first is None:
                first = (int(parts[1]), parts[2] if len(parts) > 2 else "category")
            messages.append((where, problem_text(problem)))
        show_messages(self.errors, messages)
        if first is not None and first[0] < len(self.model.lines):
            key = first[1] if first[1] in self.model.keys else "category"
            self.table.setCurrentIndex(self.model.index(first[0], self.model.column(key)))

    def show_checks(self) -> bool:
        problems = self.check()
        self.show_problems(problems)
        return not problems

    def clear_problems(self) -> None:
        self.errors.clear()
