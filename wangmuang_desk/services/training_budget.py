"""Step 4 of a round: budget lines by category against the rate ceilings in force on the
round's first day. A line over its ceiling is a warning, never an error (domain.md §7)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import BudgetLine, RateCeiling
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.training_common import live_training, set_step
from wangmuang_desk.services.training_rows import (
    BUDGET_CATEGORIES,
    BudgetLineInput,
    BudgetLineRow,
    BudgetSummary,
    RateCeilingRow,
)
from wangmuang_desk.thai.money import baht_text, format_baht

CENT = Decimal("0.01")


def line_amount(line: BudgetLineInput) -> Decimal:
    return (line.quantity * line.times * line.rate).quantize(CENT)


def ceiling_row(c: RateCeiling) -> RateCeilingRow:
    return RateCeilingRow(c.id, c.category, c.condition, c.amount, c.unit, c.effective_from,
                          c.effective_to, c.note)


def ceilings_in_force(s: Session, on: date) -> list[RateCeilingRow]:
    return [ceiling_row(c) for c in s.scalars(select(RateCeiling).where(
        RateCeiling.effective_from <= on,
        or_(RateCeiling.effective_to.is_(None), RateCeiling.effective_to >= on),
    ).order_by(RateCeiling.category, RateCeiling.amount))]


def check_lines(s: Session, lines: list[BudgetLineInput]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for i, line in enumerate(lines):
        if line.category not in BUDGET_CATEGORIES:
            problems.append(FieldProblem(f"lines.{i}.category", QT_TRANSLATE_NOOP(
                "Validation", "Choose the category of budget line {n}."), {"n": i + 1}))
        for name in ("quantity", "times", "rate"):
            value = getattr(line, name)
            if value is None or value < 0:
                problems.append(FieldProblem(f"lines.{i}.{name}", QT_TRANSLATE_NOOP(
                    "Validation", "Budget line {n}: amounts cannot be negative."), {"n": i + 1}))
        if line.spent is not None and line.spent < 0:
            problems.append(FieldProblem(f"lines.{i}.spent", QT_TRANSLATE_NOOP(
                "Validation", "Budget line {n}: amounts cannot be negative."), {"n": i + 1}))
        if line.ceiling_id is not None and s.get(RateCeiling, line.ceiling_id) is None:
            problems.append(FieldProblem(f"lines.{i}.ceiling_id", QT_TRANSLATE_NOOP(
                "Validation", "Budget line {n}: this rate ceiling no longer exists."),
                {"n": i + 1}))
    return problems


def summarize(lines: list[tuple[int, BudgetLineInput]], ceilings: dict[int, RateCeilingRow],
              approved: Decimal | None) -> BudgetSummary:
    rows, warnings = [], []
    for n, (line_id, line) in enumerate(lines, start=1):
        ceiling = ceilings.get(line.ceiling_id) if line.ceiling_id else None
        over = ceiling is not None and line.rate > ceiling.amount
        rows.append(BudgetLineRow(line_id, line, line_amount(line), ceiling, over))
        if over:
            warnings.append(FieldProblem(f"lines.{n - 1}.rate", QT_TRANSLATE_NOOP(
                "Validation", "Line {n} ({description}): the rate {rate} is over the ceiling of "
                "{ceiling} {unit} ({condition})."), {
                "n": n, "description": line.description, "rate": format_baht(line.rate),
                "ceiling": format_baht(ceiling.amount), "unit": ceiling.unit,
                "condition": ceiling.condition}))
    total = sum((r.amount for r in rows), Decimal(0)).quantize(CENT)
    spent = [line.spent for _, line in lines if line.spent is not None]
    if approved is not None and total > approved:
        warnings.append(FieldProblem("total", QT_TRANSLATE_NOOP(
            "Validation", "The total {total} is more than the approved {approved}."),
            {"total": format_baht(total), "approved": format_baht(approved)}))
    return BudgetSummary(
        lines=tuple(rows), total=total, total_words=baht_text(total) if total >= 0 else "",
        spent_total=sum(spent, Decimal(0)).quantize(CENT) if spent else None,
        approved_amount=approved, warnings=tuple(warnings),
    )


class TrainingBudgetService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def ceilings(self, training_id: int) -> list[RateCeilingRow]:
        """The ceilings in force on the round's first day (today when it has none yet)."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            return ceilings_in_force(s, t.planned_start or self.today())

    def ceilings_on(self, on: date) -> list[RateCeilingRow]:
        with self.db.session() as s:
            return ceilings_in_force(s, on)

    def rate_table(self) -> list[RateCeilingRow]:
        """Every ceiling, past and present, for the rate table in settings."""
        with self.db.session() as s:
            return [ceiling_row(c) for c in s.scalars(select(RateCeiling).order_by(
                RateCeiling.category, RateCeiling.effective_from, RateCeiling.amount))]

    def summary(self, training_id: int) -> BudgetSummary:
        with self.db.session() as s:
            t = live_training(s, training_id)
            return self._summary(s, training_id, t.approved_amount)

    def _summary(self, s: Session, training_id: int, approved: Decimal | None) -> BudgetSummary:
        lines = [(b.id, BudgetLineInput(b.category, b.description, b.quantity, b.times, b.rate,
                                        b.ceiling_id, b.spent, b.id))
                 for b in s.scalars(select(BudgetLine).where(
                     BudgetLine.training_id == training_id).order_by(BudgetLine.id))]
        ids = {line.ceiling_id for _, line in lines if line.ceiling_id}
        ceilings = {c.id: ceiling_row(c) for c in s.scalars(
            select(RateCeiling).where(RateCeiling.id.in_(ids)))}
        return summarize(lines, ceilings, approved)

    def preview(self, lines: list[BudgetLineInput], approved: Decimal | None = None
                ) -> BudgetSummary:
        """Amounts, total and warnings of lines being edited, before they are saved."""
        with self.db.session() as s:
            ids = {line.ceiling_id for line in lines if line.ceiling_id}
            ceilings = {c.id: ceiling_row(c) for c in s.scalars(
                select(RateCeiling).where(RateCeiling.id.in_(ids)))}
        return summarize([(line.id or 0, line) for line in lines], ceilings, approved)

    def save(self, training_id: int, lines: list[BudgetLineInput]) -> BudgetSummary:
        """Replace the round's budget lines; returns the summary with its warnings."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            save_lines(s, training_id, lines)
            if lines:
                set_step(s, training_id, 4, True, self.today())
            s.flush()
            return self._summary(s, training_id, t.approved_amount)


def save_lines(s: Session, training_id: int, lines: list[BudgetLineInput]) -> None:
    problems = check_lines(s, lines)
    if problems:
        raise ValidationError(problems)
    existing = {b.id: b for b in s.scalars(select(BudgetLine).where(
        BudgetLine.training_id == training_id))}
    keep = set()
    for line in lines:
        record = existing.get(line.id) if line.id is not None else None
        if record is None:
            record = BudgetLine(training_id=training_id)
            s.add(record)
        else:
            keep.add(record.id)
        record.category, record.description = line.category, line.description.strip()
        record.quantity, record.times, record.rate = line.quantity, line.times, line.rate
        record.ceiling_id, record.spent = line.ceiling_id, line.spent
    for record_id, record in existing.items():
        if record_id not in keep:
            s.delete(record)
