"""Step 4 of a round: budget lines by category against the rate ceilings in force on the
round's first day. A line over its ceiling is a warning, never an error (domain.md §7).

The ceilings themselves are a table with effective dates that staff keep in settings: the
amounts are to be verified and change by ministry letter, so they are data, not code.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
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
    RateCeilingInput,
    RateCeilingRow,
)
from wangmuang_desk.thai.dates import format_be_date
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


def _problem(i: int, name: str, message: str, **params: object) -> FieldProblem:
    return FieldProblem(f"rates.{i}.{name}", message, {"n": i + 1, **params})


def _same_kind(rate: RateCeilingInput) -> tuple[str, str]:
    # "อาหารกลางวัน  จัดใน…" and "อาหารกลางวัน จัดใน…" are one condition typed twice.
    return rate.category, " ".join(rate.condition.split()).casefold()


def check_rates(rates: list[RateCeilingInput]) -> list[FieldProblem]:
    """Each row on its own, then rows of one category and condition overlapping in time
    (reported at the row that starts later: that is usually the one just added)."""
    problems: list[FieldProblem] = []
    for i, rate in enumerate(rates):
        if rate.category not in BUDGET_CATEGORIES:
            problems.append(_problem(i, "category", QT_TRANSLATE_NOOP(
                "Validation", "Rate {n}: choose the category.")))
        if rate.amount is None:
            problems.append(_problem(i, "amount", QT_TRANSLATE_NOOP(
                "Validation", "Rate {n}: enter the amount.")))
        elif not rate.amount.is_finite() or rate.amount < 0:
            problems.append(_problem(i, "amount", QT_TRANSLATE_NOOP(
                "Validation", "Rate {n}: the amount cannot be negative.")))
        if rate.effective_from is None:
            problems.append(_problem(i, "effective_from", QT_TRANSLATE_NOOP(
                "Validation", "Rate {n}: enter the date it takes effect.")))
        elif rate.effective_to is not None and rate.effective_to < rate.effective_from:
            problems.append(_problem(i, "effective_to", QT_TRANSLATE_NOOP(
                "Validation", "Rate {n}: the end date is before the date it takes effect.")))
    dated = sorted((rate.effective_from, i) for i, rate in enumerate(rates)
                   if rate.effective_from is not None and (
                       rate.effective_to is None or rate.effective_to >= rate.effective_from))
    for number, (start, j) in enumerate(dated):
        for _earlier_start, i in dated[:number]:
            earlier = rates[i]
            if _same_kind(earlier) != _same_kind(rates[j]) or (
                    earlier.effective_to is not None and earlier.effective_to < start):
                continue
            if earlier.effective_from == start:
                problems.append(_problem(j, "effective_from", QT_TRANSLATE_NOOP(
                    "Validation", "Rate {n} has the same category, condition and start date "
                    "as rate {other}."), other=i + 1))
            else:
                problems.append(_problem(j, "effective_from", QT_TRANSLATE_NOOP(
                    "Validation", "Rate {n} overlaps rate {other}, which has the same category "
                    "and condition: give rate {other} an end date no later than {end}."),
                    other=i + 1, end=format_be_date(start - timedelta(days=1))))
            break
    return problems


def rate_uses(s: Session) -> dict[int, int]:
    """How many budget lines point at each ceiling (ceilings no line uses are left out)."""
    return dict(s.execute(select(BudgetLine.ceiling_id, func.count(BudgetLine.id)).where(
        BudgetLine.ceiling_id.is_not(None)).group_by(BudgetLine.ceiling_id)).all())


def _ceiling_words(c: RateCeiling) -> str:
    words = f"{format_baht(c.amount)} {c.unit}".strip()
    return f"{words} ({c.condition})" if c.condition else words


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

    def rate_uses(self) -> dict[int, int]:
        """Ceiling id → how many budget lines use it; those cannot be removed."""
        with self.db.session() as s:
            return rate_uses(s)

    def save_rates(self, rates: list[RateCeilingInput]) -> list[RateCeilingRow]:
        """Replace the whole rate table in one transaction; returns it as saved.

        Rows with the id of an existing ceiling update it (budget lines keep pointing at it);
        ceilings left out are removed, unless budget lines use them. Raises ValidationError
        (fields "rates.N.<name>", or "rates" for a ceiling that cannot be removed) and then
        writes nothing.
        """
        problems = check_rates(rates)
        with self.db.session() as s:
            existing = {c.id: c for c in s.scalars(select(RateCeiling))}
            kept = {rate.id for rate in rates if rate.id in existing}
            uses = rate_uses(s)
            for ceiling_id, c in sorted(existing.items()):
                if ceiling_id not in kept and uses.get(ceiling_id):
                    problems.append(FieldProblem("rates", QT_TRANSLATE_NOOP(
                        "Validation", "The ceiling {ceiling} is used by {count} budget line(s) "
                        "and cannot be removed: set an end date instead."),
                        {"ceiling": _ceiling_words(c), "count": uses[ceiling_id]}))
            if problems:
                raise ValidationError(problems)
            for ceiling_id, c in existing.items():
                if ceiling_id not in kept:
                    s.delete(c)
            written: set[int] = set()
            for rate in rates:
                record = existing.get(rate.id) if rate.id not in written else None
                if record is None:
                    record = RateCeiling()
                    s.add(record)
                else:
                    written.add(record.id)
                record.category, record.condition = rate.category, rate.condition.strip()
                record.amount = rate.amount.quantize(CENT)
                record.unit, record.note = rate.unit.strip(), rate.note.strip()
                record.effective_from, record.effective_to = (rate.effective_from,
                                                              rate.effective_to)
            s.flush()
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
