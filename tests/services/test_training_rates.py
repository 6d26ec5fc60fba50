"""The rate-ceiling table kept in settings and the default attendance threshold (no Qt)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.training_rows import (
    BudgetLineInput,
    RateCeilingInput,
    RateCeilingRow,
    TrainingInput,
)


def as_inputs(rows: list[RateCeilingRow]) -> list[RateCeilingInput]:
    return [RateCeilingInput(r.category, r.condition, r.amount, r.unit, r.effective_from,
                             r.effective_to, r.note, r.id) for r in rows]


def lunch_in_office(rates: list[RateCeilingInput]) -> int:
    return next(n for n, r in enumerate(rates)
                if r.category == "meal" and r.amount == Decimal(200))


def fields(error: ValidationError) -> list[str]:
    return [p.field for p in error.problems]


def test_seeded_table_saves_back_unchanged(services):
    before = services.training_budget.rate_table()
    assert len(before) == 6
    assert services.training_budget.save_rates(as_inputs(before)) == before


def test_row_checks_name_the_row_and_field(services):
    rates = as_inputs(services.training_budget.rate_table())
    rates[0] = replace(rates[0], category="cake")
    rates[1] = replace(rates[1], amount=Decimal("-1"))
    rates[2] = replace(rates[2], amount=None)
    rates[3] = replace(rates[3], effective_from=None)
    rates[4] = replace(rates[4], effective_to=date(2024, 9, 30))
    with pytest.raises(ValidationError) as caught:
        services.training_budget.save_rates(rates)
    assert fields(caught.value) == ["rates.0.category", "rates.1.amount", "rates.2.amount",
                                    "rates.3.effective_from", "rates.4.effective_to"]
    assert caught.value.problems[1].params == {"n": 2}
    assert caught.value.problems[1].english() == "Rate 2: the amount cannot be negative."


def test_overlap_of_same_category_and_condition_is_reported_at_the_later_row(services):
    rates = as_inputs(services.training_budget.rate_table())
    lunch = rates[lunch_in_office(rates)]
    # Same condition typed with an extra space, starting while the old one is still open.
    rates.append(replace(lunch, id=None, amount=Decimal(250), effective_from=date(2025, 11, 1),
                         condition=lunch.condition.replace(" ", "  ")))
    with pytest.raises(ValidationError) as caught:
        services.training_budget.save_rates(rates)
    (problem,) = caught.value.problems
    assert problem.field == f"rates.{len(rates) - 1}.effective_from"
    assert problem.params["other"] == lunch_in_office(rates) + 1
    assert problem.params["end"] == "31/10/2568"  # the day before, in the Buddhist Era
    assert len(services.training_budget.rate_table()) == 6  # nothing written

    # Another condition, or another category, may run at the same time.
    rates[-1] = replace(rates[-1], condition="อาหารเย็น")
    rates.append(replace(lunch, id=None, category="snack"))
    assert len(services.training_budget.save_rates(rates)) == 8


def test_same_start_date_twice_is_a_duplicate(services):
    rates = as_inputs(services.training_budget.rate_table())
    rates.append(replace(rates[0], id=None, amount=Decimal(700)))
    with pytest.raises(ValidationError) as caught:
        services.training_budget.save_rates(rates)
    assert fields(caught.value) == [f"rates.{len(rates) - 1}.effective_from"]
    assert "same category, condition and start date" in caught.value.problems[0].english()


def test_ceiling_in_use_cannot_be_removed_and_nothing_is_written(services):
    budget = services.training_budget
    training_id = services.trainings.create(TrainingInput(
        title="อบรมการทำไม้กวาดดอกหญ้า", planned_start=date(2026, 12, 1)))
    rates = as_inputs(budget.rate_table())
    lunch = rates[lunch_in_office(rates)]
    budget.save(training_id, [
        BudgetLineInput("meal", "อาหารกลางวัน", Decimal(30), Decimal(1), Decimal(200), lunch.id),
        BudgetLineInput("meal", "อาหารกลางวัน วันที่สอง", Decimal(30), Decimal(1),
                        Decimal(200), lunch.id)])
    assert budget.rate_uses() == {lunch.id: 2}

    rates.remove(lunch)
    rates[0] = replace(rates[0], note="แก้ไขแล้ว")  # an edit that must not be saved either
    with pytest.raises(ValidationError) as caught:
        budget.save_rates(rates)
    (problem,) = caught.value.problems
    assert problem.field == "rates"
    assert problem.params["count"] == 2
    assert "set an end date instead" in problem.english()
    table = budget.rate_table()
    assert len(table) == 6 and "แก้ไขแล้ว" not in {r.note for r in table}

    # A ceiling nobody uses goes.
    rates = [r for r in as_inputs(table) if r.category != "snack"]
    assert {r.category for r in budget.save_rates(rates)} == {"speaker", "meal"}


def test_closing_a_rate_and_opening_the_next_one(services):
    """The usual change: the ministry raises lunch from 1 Nov 2568; rounds before keep 200."""
    budget = services.training_budget
    rates = as_inputs(budget.rate_table())
    n = lunch_in_office(rates)
    old = rates[n]
    rates[n] = replace(old, effective_to=date(2025, 10, 31))
    rates.insert(n + 1, replace(old, id=None, amount=Decimal(250),
                                effective_from=date(2025, 11, 1), note="ว246"))
    saved = budget.save_rates(rates)
    assert len(saved) == 7
    kept = next(r for r in saved if r.id == old.id)  # budget lines pointing at it stay put
    assert (kept.amount, kept.effective_to) == (Decimal(200), date(2025, 10, 31))

    def lunch_on(day: date) -> list[Decimal]:
        return [c.amount for c in budget.ceilings_on(day)
                if c.category == "meal" and c.condition == old.condition]

    assert lunch_on(date(2025, 10, 31)) == [Decimal(200)]
    assert lunch_on(date(2025, 11, 1)) == [Decimal(250)]
    assert lunch_on(date(2027, 1, 1)) == [Decimal(250)]
    assert lunch_on(date(2024, 9, 30)) == []  # before the table begins


def test_round_ceilings_follow_its_first_day(services):
    budget = services.training_budget
    rates = as_inputs(budget.rate_table())
    n = lunch_in_office(rates)
    rates[n] = replace(rates[n], effective_to=date(2025, 10, 31))
    rates.append(replace(rates[n], id=None, amount=Decimal(250),
                         effective_from=date(2025, 11, 1), effective_to=None))
    budget.save_rates(rates)
    early = services.trainings.create(TrainingInput(title="รอบก่อน",
                                                    planned_start=date(2025, 10, 20)))
    late = services.trainings.create(TrainingInput(title="รอบหลัง",
                                                   planned_start=date(2025, 11, 20)))
    meals = {tid: sorted(c.amount for c in budget.ceilings(tid) if c.category == "meal")
             for tid in (early, late)}
    assert meals == {early: [Decimal(200), Decimal(300)], late: [Decimal(250), Decimal(300)]}


def test_default_threshold_round_trip(services):
    trainings = services.trainings
    assert trainings.default_threshold() == 80
    trainings.set_default_threshold(75)
    assert trainings.default_threshold() == 75
    for bad in (0, 101, -5):
        with pytest.raises(ValidationError) as caught:
            trainings.set_default_threshold(bad)
        assert fields(caught.value) == ["attendance_threshold"]
    assert trainings.default_threshold() == 75
