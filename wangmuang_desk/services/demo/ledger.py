"""A demo group's savings and capital ledger that never goes below zero.

Events are planned first (shares at joining, savings on the meeting day, sales, spending,
withdrawals, a yearly dividend) and then walked in date order, the way the group's own book
runs: money going out is sized against what is there at that moment. Spending only ever
comes out of the group's own money (share capital, income), never out of members' savings,
so the cash always covers every member's savings and each withdrawal is limited by the
member's own balance. Same-day entries go money-in first, and ids are handed out in the
walked order, so group_rules.running_balances (by date, then id) sees exactly this walk.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from wangmuang_desk.services.demo.group_catalog import GroupKind
from wangmuang_desk.services.demo.group_texts import GROUP_EXPENSES, SALE_CHANNELS
from wangmuang_desk.thai.dates import BE_OFFSET

# Rows of savings deposits one group writes at most; with sales, spending, shares and the odd
# withdrawal a group stays at a few hundred rows.
DEPOSIT_ROWS = (150, 360)
_WITHDRAWAL_REASONS = ("", "ค่าเล่าเรียนบุตร", "ซ่อมแซมบ้าน", "ลงทุนทำการเกษตร", "ค่ารักษาพยาบาล")

# Same-day order: money in before money out.
_SHARE, _DEPOSIT, _INCOME, _WITHDRAWAL, _EXPENSE = range(5)


@dataclass(frozen=True)
class LedgerMember:
    member_id: int
    joined: date
    left: date | None
    shares: int
    deposit: int  # savings paid in each period; 0 = does not save


@dataclass(frozen=True)
class LedgerPlan:
    group_id: int
    kind: GroupKind
    founded: date
    end: date  # the last day the group was active (today, or when it stopped)
    share_value: int
    savings: str  # "monthly", "quarterly" or "" (no savings scheme)
    meeting_day: int  # 1-28
    dissolved: bool
    members: list[LedgerMember]
    product_names: list[str]


def add_months(d: date, months: int, day: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, day)


def _months(start: date, end: date, step: int, day: int) -> list[date]:
    out = []
    d = add_months(start, 0, day)
    if d < start:
        d = add_months(d, 1, day)
    while d <= end:
        out.append(d)
        d = add_months(d, step, day)
    return out


class _Events:
    def __init__(self) -> None:
        self.items: list[tuple] = []

    def add(
        self, on: date, order: int, kind: str, member: int | None, how: str, value, note: str = ""
    ) -> None:
        self.items.append((on, order, len(self.items), kind, member, how, value, note))


def ledger_rows(rng: random.Random, plan: LedgerPlan, first_id: int) -> list[dict]:
    """The group's entries as rows for a bulk insert, ids from `first_id` in book order."""
    events = _Events()
    years = rng.randint(1, 3)
    start = max(plan.founded, add_months(plan.end, -12 * years, 1))
    for m in plan.members:
        if m.shares:
            events.add(
                m.joined,
                _SHARE,
                "share",
                m.member_id,
                "fixed",
                m.shares * plan.share_value,
                f"ซื้อหุ้นแรกเข้า {m.shares} หุ้น",
            )
    if plan.savings:
        _savings(rng, plan, start, events)
    if plan.kind.sales[1]:
        _sales(rng, plan, start, events)
    elif plan.kind.group_type == "savings":
        for on in _months(start, plan.end, 3, min(28, plan.meeting_day + 1)):
            events.add(
                on,
                _INCOME,
                "income",
                None,
                "interest",
                rng.uniform(0.012, 0.025),
                "ดอกเบี้ยเงินกู้จากสมาชิก",
            )
            if rng.random() < 0.5:
                events.add(
                    on,
                    _EXPENSE,
                    "expense",
                    None,
                    "fixed",
                    rng.randint(5, 40) * 10,
                    "ค่าเครื่องเขียนและเอกสารของกลุ่ม",
                )
    for on in _months(start, plan.end, 12, plan.meeting_day)[1:]:
        if rng.random() < 0.8:
            events.add(
                on,
                _EXPENSE,
                "expense",
                None,
                "dividend",
                rng.uniform(0.3, 0.6),
                f"เงินปันผลตามหุ้นประจำปี {on.year + BE_OFFSET - 1}",
            )
    if rng.random() < 0.2 and (plan.end - start).days > 60:
        on = start + timedelta(days=rng.randint(0, (plan.end - start).days - 30))
        grant = rng.randint(10, 50) * 1_000
        events.add(
            on, _INCOME, "income", None, "fixed", grant, "เงินอุดหนุนจาก อบต.วังม่วง เพื่อจัดซื้อวัสดุอุปกรณ์"
        )
        events.add(
            on + timedelta(days=rng.randint(3, 25)),
            _EXPENSE,
            "expense",
            None,
            "fixed",
            grant,
            "จัดซื้อวัสดุอุปกรณ์ตามโครงการที่ได้รับเงินอุดหนุน",
        )
    if plan.dissolved:
        for m in plan.members:
            if m.left is None:
                events.add(
                    plan.end,
                    _WITHDRAWAL,
                    "withdrawal",
                    m.member_id,
                    "all",
                    None,
                    "ถอนเงินออมคืนเมื่อเลิกกลุ่ม",
                )
        events.add(
            plan.end,
            _EXPENSE + 1,
            "expense",
            None,
            "rest",
            None,
            "คืนค่าหุ้นและเฉลี่ยเงินคงเหลือให้สมาชิกเมื่อเลิกกลุ่ม",
        )
    return _walk(plan.group_id, events.items, first_id)


def _savings(rng: random.Random, plan: LedgerPlan, start: date, events: _Events) -> None:
    step = 1 if plan.savings == "monthly" else 3
    dates = _months(start, plan.end, step, plan.meeting_day)
    savers = [m for m in plan.members if m.deposit]
    if not savers or not dates:
        return
    # Big groups keep fewer periods in the book (the records start later), not fewer savers.
    keep = max(2, rng.randint(*DEPOSIT_ROWS) // len(savers))
    dates = dates[-keep:]
    first = dates[0]
    for on in dates:
        for m in savers:
            if m.joined <= on and (m.left is None or on < m.left) and rng.random() < 0.92:
                amount = m.deposit * (2 if rng.random() < 0.04 else 1)  # paying a missed one
                events.add(on, _DEPOSIT, "deposit", m.member_id, "fixed", amount)
    span = (plan.end - first).days
    for m in savers:
        if m.left is not None and m.left <= plan.end:
            events.add(
                m.left,
                _WITHDRAWAL,
                "withdrawal",
                m.member_id,
                "all",
                None,
                "ถอนเงินออมคืนเมื่อลาออกจากกลุ่ม",
            )
        if span > 60 and rng.random() < 0.25:
            on = first + timedelta(days=rng.randint(30, span))
            if on >= m.joined and (m.left is None or on < m.left):
                reason = rng.choice(_WITHDRAWAL_REASONS)
                note = f"ถอนเงินออม ({reason})" if reason else "ถอนเงินออม"
                events.add(
                    on, _WITHDRAWAL, "withdrawal", m.member_id, "part", rng.uniform(0.2, 0.7), note
                )


def _sales(rng: random.Random, plan: LedgerPlan, start: date, events: _Events) -> None:
    low, high = plan.kind.sales
    scale = rng.uniform(0.5, 1.2)
    products = plan.product_names or [plan.kind.activity]
    sale_day = rng.randint(10, 25)
    for on in _months(start, plan.end, 1, sale_day):
        if rng.random() < 0.15:
            continue  # a month without sales (season, rain, a funeral in the village)
        amount = round(rng.uniform(low, high) * scale, -1)
        events.add(
            on,
            _INCOME,
            "income",
            None,
            "fixed",
            amount,
            f"ขาย{rng.choice(products)}{rng.choice(SALE_CHANNELS)}",
        )
        paid = on + timedelta(days=rng.randint(0, 3))
        if paid <= plan.end:
            note = plan.kind.feed if rng.random() < 0.75 else rng.choice(GROUP_EXPENSES)
            events.add(paid, _EXPENSE, "expense", None, "of_income", rng.uniform(0.35, 0.75), note)


def _walk(group_id: int, items: list[tuple], first_id: int) -> list[dict]:
    savings: dict[int, int] = {}
    total_savings = cash = capital = last_income = 0
    rows = []
    for on, _order, _seq, kind, member, how, value, note in sorted(items):
        own = cash - total_savings  # the group's own money: capital and income less spending
        if how == "fixed":
            amount = int(value)
        elif how == "interest":
            amount = round(total_savings * value)
        elif how == "part":
            amount = int(savings.get(member, 0) * value) // 10 * 10
        elif how == "all":
            amount = savings.get(member, 0)
        elif how == "of_income":
            amount = round(last_income * value)
        elif how == "dividend":
            amount = int(max(0, own - capital) * value) // 10 * 10
        else:  # "rest": what is left when the group closes
            amount = own
        if kind == "withdrawal":
            amount = min(amount, savings.get(member, 0))
        elif kind == "expense":
            amount = min(amount, own)
        if amount <= 0:
            continue
        if kind == "share":
            capital += amount
            cash += amount
        elif kind == "deposit":
            savings[member] = savings.get(member, 0) + amount
            total_savings += amount
            cash += amount
        elif kind == "withdrawal":
            savings[member] -= amount
            total_savings -= amount
            cash -= amount
        elif kind == "income":
            last_income = amount
            cash += amount
        else:
            cash -= amount
        rows.append(
            {
                "id": first_id + len(rows),
                "group_id": group_id,
                "member_id": member,
                "entry_date": on,
                "kind": kind,
                "amount": Decimal(amount),
                "note": note,
            }
        )
    return rows
