"""The group registry's rules as pure functions (no database), so each is tested on its own.

Problems are FieldProblems in English source text (see errors.py); `field` is what the caller
passes, so the same rule serves the group page ("members") and the wizard ("members").
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.group_rows import ACTIVE_STATUSES, POSITIONS
from wangmuang_desk.thai.money import format_baht

MIN_MEMBERS_DEFAULT = 7
# Community enterprise (สวช.01): members "not from the same family or the same house register".
ENTERPRISE_MIN_HOUSEHOLDS = 7
ZERO = Decimal(0)


class MemberFact(NamedTuple):
    """What the member rules need of one member; a plain (person_id, household_id) also works."""

    person_id: int
    household_id: int | None
    name: str = ""


def check_members(
    members: Iterable[MemberFact | tuple],
    minimum: int = MIN_MEMBERS_DEFAULT,
    for_enterprise: bool = False,
    min_households: int = ENTERPRISE_MIN_HOUSEHOLDS,
    field: str = "members",
) -> list[FieldProblem]:
    """Problems with a member list: a person twice, too few members, too few households.

    For a group aiming at community-enterprise registration the members must come from at
    least `min_households` different households. A member whose household is not recorded
    does NOT count as a household of their own: the rule is about house registers, so staff
    are told who lacks one (by name) and fix the people registry rather than the rule guessing.
    """
    facts = [MemberFact(*m) for m in members]
    problems: list[FieldProblem] = []
    unique: dict[int, MemberFact] = {}
    twice: dict[int, MemberFact] = {}
    for fact in facts:
        if fact.person_id in unique:
            twice.setdefault(fact.person_id, fact)
        else:
            unique[fact.person_id] = fact
    for fact in twice.values():
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "Validation", "{name} is on the member list twice."), {"name": _name(fact)}))
    if len(unique) < minimum:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "Validation", "A group needs at least {minimum} members; this one has {count}."),
            {"minimum": minimum, "count": len(unique)}))
    if for_enterprise:
        missing = [_name(f) for f in unique.values() if f.household_id is None]
        if missing:
            problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
                "Validation",
                "A community enterprise needs every member's household. Record the household "
                "of these members in the people registry: {names}."),
                {"names": ", ".join(missing), "count": len(missing)}))
        households = {f.household_id for f in unique.values() if f.household_id is not None}
        if len(households) < min_households:
            problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
                "Validation",
                "A community enterprise needs members from at least {minimum} different "
                "households; these members come from {count}."),
                {"minimum": min_households, "count": len(households)}))
    return problems


def _name(fact: MemberFact) -> str:
    return fact.name or f"#{fact.person_id}"


# --- status ------------------------------------------------------------------------------
_FORWARD = {
    "forming": ("established",),
    "established": ("registered",),
    "registered": ("enterprise", "otop"),
    # A community enterprise may also become an OTOP producer and the other way round; the
    # status shows the latest registration.
    "enterprise": ("otop",),
    "otop": ("enterprise",),
}


def allowed_transitions(status: str, reached: Collection[str] = ()) -> tuple[str, ...]:
    """The statuses a group in `status` may change to.

    forming → established → registered → enterprise / otop; any active status → inactive or
    dissolved; inactive → back to an active status the group had reached before (`reached`:
    the statuses of its history; all active ones when unknown) or dissolved. Dissolved is
    final: a dissolved group that starts again is recorded as a new group.
    """
    if status == "dissolved":
        return ()
    if status == "inactive":
        earlier = tuple(s for s in ACTIVE_STATUSES if s in reached) or ACTIVE_STATUSES
        return (*earlier, "dissolved")
    return (*_FORWARD.get(status, ()), "inactive", "dissolved")


# --- committee ---------------------------------------------------------------------------
def check_committee(
    seats: Sequence[tuple[int, str]],
    member_ids: Collection[int],
    names: Mapping[int, str] | None = None,
    field: str = "committee",
) -> list[FieldProblem]:
    """Seats are (person_id, position): exactly one president, current members only, one
    person one seat, positions from POSITIONS."""
    names = names or {}
    problems: list[FieldProblem] = []
    seen: set[int] = set()
    for person_id, position in seats:
        name = names.get(person_id) or f"#{person_id}"
        if position not in POSITIONS:
            problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
                "Validation", "Choose a position for {name}."), {"name": name}))
        if person_id not in member_ids:
            problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
                "Validation", "{name} is not a member of the group."), {"name": name}))
        if person_id in seen:
            problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
                "Validation", "{name} has more than one seat on the committee."),
                {"name": name}))
        seen.add(person_id)
    presidents = sum(1 for _pid, position in seats if position == "president")
    if presidents == 0:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "Validation", "The committee needs a president.")))
    elif presidents > 1:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "Validation", "The committee has {count} presidents; it needs exactly one."),
            {"count": presidents}))
    return problems


def position_order(position: str) -> int:
    """Sort key that lists seats president first, ordinary members last."""
    return POSITIONS.index(position) if position in POSITIONS else len(POSITIONS)


# --- ledger ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerEffect:
    """How one entry changes the balances (signed)."""

    savings: Decimal = ZERO  # the member's savings
    share_capital: Decimal = ZERO
    income: Decimal = ZERO
    spending: Decimal = ZERO
    cash: Decimal = ZERO  # the group's cash


def ledger_effect(kind: str, amount: Decimal) -> LedgerEffect:
    if kind == "deposit":
        return LedgerEffect(savings=amount, cash=amount)
    if kind == "withdrawal":
        return LedgerEffect(savings=-amount, cash=-amount)
    if kind == "share":
        return LedgerEffect(share_capital=amount, cash=amount)
    if kind == "income":
        return LedgerEffect(income=amount, cash=amount)
    if kind == "expense":
        return LedgerEffect(spending=amount, cash=-amount)
    raise ValueError(f"unknown ledger kind: {kind!r}")


@dataclass(frozen=True)
class LedgerLine:
    """One entry as the balance rules see it; `seq` orders entries of the same day (the id)."""

    entry_date: date
    seq: int
    kind: str
    amount: Decimal
    member_id: int | None = None

    @property
    def key(self) -> tuple[date, int]:
        return (self.entry_date, self.seq)


NEW_SEQ = sys.maxsize  # a new entry goes after the entries already recorded on its day


def running_balances(lines: Iterable[LedgerLine]) -> list[tuple[LedgerLine, Decimal | None,
                                                                  Decimal]]:
    """Lines in date order, each with its member's savings and the group's cash after it."""
    savings: dict[int, Decimal] = {}
    cash = ZERO
    out = []
    for line in sorted(lines, key=lambda x: x.key):
        effect = ledger_effect(line.kind, line.amount)
        cash += effect.cash
        member_savings = None
        if line.member_id is not None:
            member_savings = savings.get(line.member_id, ZERO) + effect.savings
            savings[line.member_id] = member_savings
        out.append((line, member_savings, cash))
    return out


def _lowest_from(lines: Iterable[LedgerLine], start: tuple[date, int], member_id: int | None,
                 include_before: bool) -> tuple[Decimal, Decimal]:
    """The lowest savings of `member_id` and lowest cash after each line from `start` on (and
    just before it, when include_before)."""
    savings = cash = ZERO
    low: list[Decimal] | None = None
    for line in sorted(lines, key=lambda x: x.key):
        if low is None and line.key >= start:
            low = [savings, cash] if include_before else [Decimal("Infinity")] * 2
        effect = ledger_effect(line.kind, line.amount)
        cash += effect.cash
        if line.member_id is not None and line.member_id == member_id:
            savings += effect.savings
        if low is not None:
            low = [min(low[0], savings), min(low[1], cash)]
    if low is None or not low[1].is_finite():
        return savings, cash
    return low[0], low[1]


def negative_after_adding(lines: Iterable[LedgerLine], new: LedgerLine) -> list[FieldProblem]:
    """Problems (field "amount") when `new` would make the member's savings or the group's
    cash negative at its date or any later one. Entries that add money never do."""
    effect = ledger_effect(new.kind, new.amount)
    low_savings, low_cash = _lowest_from(lines, new.key, new.member_id, include_before=True)
    problems = []
    if effect.savings < 0 and low_savings + effect.savings < 0:
        problems.append(FieldProblem("amount", QT_TRANSLATE_NOOP(
            "Validation",
            "The member has {balance} baht of savings; this withdrawal would make them "
            "negative."), {"balance": format_baht(low_savings)}))
    if effect.cash < 0 and low_cash + effect.cash < 0:
        problems.append(FieldProblem("amount", QT_TRANSLATE_NOOP(
            "Validation",
            "The group has {balance} baht in cash; this would make its cash negative."),
            {"balance": format_baht(low_cash)}))
    return problems


def negative_after_removing(lines: Iterable[LedgerLine], gone: LedgerLine) -> list[FieldProblem]:
    """Problems (field "amount") when taking `gone` out of `lines` (which hold it) would make
    a later balance negative. Removing a withdrawal or an expense never does."""
    effect = ledger_effect(gone.kind, gone.amount)
    low_savings, low_cash = _lowest_from(lines, gone.key, gone.member_id, include_before=False)
    problems = []
    if effect.savings > 0 and low_savings - effect.savings < 0:
        problems.append(FieldProblem("amount", QT_TRANSLATE_NOOP(
            "Validation", "Without this entry the member's savings would fall to {balance} baht."),
            {"balance": format_baht(low_savings - effect.savings)}))
    if effect.cash > 0 and low_cash - effect.cash < 0:
        problems.append(FieldProblem("amount", QT_TRANSLATE_NOOP(
            "Validation", "Without this entry the group's cash would fall to {balance} baht."),
            {"balance": format_baht(low_cash - effect.cash)}))
    return problems
