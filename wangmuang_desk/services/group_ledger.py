"""A group's savings and capital ledger: member deposits, withdrawals and shares, group income
and spending, with balances per member and for the group, never negative without a warning."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import GroupMember, LedgerEntry, Person
from wangmuang_desk.services import group_rules, validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.group_members import live_group, person_name
from wangmuang_desk.services.group_rows import (
    LEDGER_KINDS,
    MEMBER_LEDGER_KINDS,
    BalanceSummary,
    LedgerInput,
    LedgerRow,
    MemberBalance,
)
from wangmuang_desk.services.group_rules import ZERO, LedgerLine
from wangmuang_desk.thai.dates import format_be_date


class NegativeBalanceWarning(ValidationError):
    """The entry would make a member's savings or the group's cash negative (field "amount",
    param "balance": what there is). Nothing was written; ask staff, then repeat the call with
    allow_negative=True to record it anyway."""


def ledger_lines(s: Session, group_id: int) -> list[LedgerLine]:
    return [LedgerLine(r[1], r[0], r[2], r[3], r[4]) for r in s.execute(select(
        LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.kind, LedgerEntry.amount,
        LedgerEntry.member_id).where(LedgerEntry.group_id == group_id))]


def check_entry(s: Session, group_id: int, data: LedgerInput, today: date
                ) -> tuple[list[FieldProblem], LedgerInput]:
    """Problems with one entry (fields as in LedgerInput) and the entry with a clean amount."""
    problems: list[FieldProblem] = []
    if data.kind not in LEDGER_KINDS:
        problems.append(FieldProblem("kind", QT_TRANSLATE_NOOP(
            "Validation", "Choose the kind of entry.")))
    amount = validation.non_negative_decimal(problems, "amount", data.amount)
    if amount is None or amount == 0:
        if not any(p.field == "amount" for p in problems):
            problems.append(FieldProblem("amount", QT_TRANSLATE_NOOP(
                "Validation", "Enter an amount greater than zero.")))
    if data.entry_date is None:
        problems.append(FieldProblem("entry_date", QT_TRANSLATE_NOOP(
            "Validation", "Enter the date.")))
    elif data.entry_date > today:
        problems.append(FieldProblem("entry_date", QT_TRANSLATE_NOOP(
            "Validation", "The date is in the future.")))
    if data.kind in MEMBER_LEDGER_KINDS:
        member = s.get(GroupMember, data.member_id) if data.member_id is not None else None
        if member is None or member.group_id != group_id:
            problems.append(FieldProblem("member_id", QT_TRANSLATE_NOOP(
                "Validation", "Choose the member.")))
        elif (data.kind != "withdrawal" and member.left_on is not None
              and data.entry_date is not None and member.left_on < data.entry_date):
            # A member who left may still take out their savings, but no longer pays in.
            problems.append(FieldProblem("member_id", QT_TRANSLATE_NOOP(
                "Validation", "{name} left the group on {date}."),
                {"name": s.get(Person, member.person_id).full_name,
                 "date": format_be_date(member.left_on)}))
    elif data.kind in LEDGER_KINDS and data.member_id is not None:
        problems.append(FieldProblem("member_id", QT_TRANSLATE_NOOP(
            "Validation", "Income and spending belong to the group, not to a member.")))
    cleaned = LedgerInput(data.entry_date, data.kind, amount or ZERO,
                          data.member_id if data.kind in MEMBER_LEDGER_KINDS else None,
                          (data.note or "").strip())
    return problems, cleaned


def write_entry(s: Session, group_id: int, data: LedgerInput) -> LedgerEntry:
    entry = LedgerEntry(group_id=group_id, member_id=data.member_id, entry_date=data.entry_date,
                        kind=data.kind, amount=data.amount, note=data.note)
    s.add(entry)
    return entry


class GroupLedgerService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def entries(self, group_id: int) -> list[LedgerRow]:
        """All entries, newest first, each with the balances right after it."""
        with self.db.session() as s:
            names = self._member_names(s, group_id)
            notes = {r[0]: r[1] for r in s.execute(select(LedgerEntry.id, LedgerEntry.note)
                                                    .where(LedgerEntry.group_id == group_id))}
            running = group_rules.running_balances(ledger_lines(s, group_id))
        return [
            LedgerRow(
                id=line.seq, entry_date=line.entry_date, kind=line.kind, amount=line.amount,
                member_id=line.member_id, member_name=names.get(line.member_id, ("", 0))[0],
                note=notes[line.seq], member_savings=savings, group_cash=cash,
            )
            for line, savings, cash in reversed(running)
        ]

    def add_entry(self, group_id: int, data: LedgerInput, allow_negative: bool = False) -> int:
        """Record one entry. Deposits, withdrawals and shares need a member of this group;
        income and expenses are the group's. A withdrawal larger than the member's savings, or
        anything larger than the group's cash, raises NegativeBalanceWarning unless
        allow_negative (a back-dated entry is checked against every later balance too)."""
        with self.db.session() as s:
            live_group(s, group_id)
            problems, cleaned = check_entry(s, group_id, data, self.today())
            if problems:
                raise ValidationError(problems)
            if not allow_negative:
                new = LedgerLine(cleaned.entry_date, group_rules.NEW_SEQ, cleaned.kind,
                                 cleaned.amount, cleaned.member_id)
                warnings = group_rules.negative_after_adding(ledger_lines(s, group_id), new)
                if warnings:
                    raise NegativeBalanceWarning(warnings)
            entry = write_entry(s, group_id, cleaned)
            s.flush()
            return entry.id

    def delete_entry(self, entry_id: int, allow_negative: bool = False) -> None:
        """Delete an entry (a mistake). Same warning as add_entry when taking it out would make
        a later balance negative (a deposit others were paid out of)."""
        with self.db.session() as s:
            entry = s.get(LedgerEntry, entry_id)
            if entry is None:
                raise NotFoundError(entry_id)
            live_group(s, entry.group_id)
            if not allow_negative:
                gone = LedgerLine(entry.entry_date, entry.id, entry.kind, entry.amount,
                                  entry.member_id)
                warnings = group_rules.negative_after_removing(
                    ledger_lines(s, entry.group_id), gone)
                if warnings:
                    raise NegativeBalanceWarning(warnings)
            s.delete(entry)

    def balances(self, group_id: int) -> BalanceSummary:
        """Savings and share capital per member (everyone who was ever a member, in the order
        they were first added), and the group's totals: savings, share capital, income,
        spending and cash."""
        with self.db.session() as s:
            names = self._member_names(s, group_id)
            lines = ledger_lines(s, group_id)
        savings: dict[int, Decimal] = {}
        shares: dict[int, Decimal] = {}
        totals = dict.fromkeys(("savings", "share_capital", "income", "spending", "cash"), ZERO)
        for line in lines:
            effect = group_rules.ledger_effect(line.kind, line.amount)
            for key in totals:
                totals[key] += getattr(effect, key)
            if line.member_id is not None:
                savings[line.member_id] = savings.get(line.member_id, ZERO) + effect.savings
                shares[line.member_id] = shares.get(line.member_id, ZERO) + effect.share_capital
        members = [
            MemberBalance(member_id, person_id, name, count, shares.get(member_id, ZERO),
                          savings.get(member_id, ZERO))
            for member_id, (name, count, person_id) in sorted(names.items())
        ]
        return BalanceSummary(members, totals["savings"], totals["share_capital"],
                              totals["income"], totals["spending"], totals["cash"])

    @staticmethod
    def _member_names(s: Session, group_id: int) -> dict[int, tuple[str, int, int]]:
        """{member id: (name, shares held, person id)} of everyone who was ever a member."""
        return {
            r[0]: (person_name(r[1], r[2], r[3]), r[4], r[5])
            for r in s.execute(select(
                GroupMember.id, Person.title, Person.first_name, Person.last_name,
                GroupMember.shares, Person.id,
            ).join(Person, GroupMember.person_id == Person.id).where(
                GroupMember.group_id == group_id))
        }
