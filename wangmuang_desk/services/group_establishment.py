"""Founding a group in one transaction: what the establishment wizard's Finish does.

Problems name the wizard page they belong to as the part of `field` before the first "."
("basic.name", "members", "committee", "capital.share_value", "products.price", ...; see
WIZARD_PAGES), with a "row" param (1-based) for products and plan items, so the wizard can go
to that page. `validate_establishment(..., pages=...)` gives one page's problems for its
validatePage().
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    GroupMember,
    GroupPlanItem,
    GroupStatusChange,
    Need,
    OccupationalGroup,
    Product,
)
from wangmuang_desk.services import group_products, group_rules, validation
from wangmuang_desk.services.drafts import discard_draft
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.group_ledger import write_entry
from wangmuang_desk.services.group_members import candidates, write_committee
from wangmuang_desk.services.group_rows import (
    CommitteeSeat,
    EstablishmentInput,
    FoundingMember,
    GroupInput,
    LedgerInput,
    PlanItemInput,
    ProductInput,
)
from wangmuang_desk.services.groups import apply_group_input, check_group_input, min_members

# Where the wizard asks for each field of GroupInput; the rest are on the "basic" page.
_PAGE_OF = {
    "origin": "origin",
    "regulations": "capital", "share_value": "capital",
    "strengths": "plan", "weaknesses": "plan", "problems_needs": "plan",
}
FOUNDING_STATUSES = ("established", "forming")


def _on(field: str, problem: FieldProblem, **params: Any) -> FieldProblem:
    return FieldProblem(field, problem.message, {**problem.params, **params})


def _problems(s: Session, data: EstablishmentInput, today: date) -> list[FieldProblem]:
    """Every problem of every page. A group founded as "established" must meet the member
    rules (minimum; the households rule when it aims at community-enterprise registration)
    and have a committee; one saved as "forming" is still gathering members, so only a person
    twice is refused and the committee may wait."""
    out: list[FieldProblem] = []
    found, _ = check_group_input(s, data.basic, None, today)
    out += [_on(f"{_PAGE_OF.get(p.field, 'basic')}.{p.field}", p) for p in found]
    if data.status not in FOUNDING_STATUSES:
        out.append(FieldProblem("review.status", QT_TRANSLATE_NOOP(
            "Validation", "Choose whether the group is established or still forming.")))
    establishing = data.status == "established"

    # Origin: the need it came from, the leaders.
    if data.need_id is not None:
        need = s.get(Need, data.need_id)
        if need is None or need.deleted_at is not None:
            out.append(FieldProblem("origin.need_id", QT_TRANSLATE_NOOP(
                "Validation", "This need is no longer recorded.")))
    leaders = candidates(s, data.leader_ids)
    if len(leaders) != len(set(data.leader_ids)) or any(c.in_bin for c in leaders):
        out.append(FieldProblem("origin.leader_ids", QT_TRANSLATE_NOOP(
            "Validation", "Some leaders are no longer in the people registry.")))

    # Members, with the household each one belongs to.
    people = {c.person_id: c for c in candidates(s, [m.person_id for m in data.members])}
    for m in data.members:
        person = people.get(m.person_id)
        if person is None:
            out.append(FieldProblem("members", QT_TRANSLATE_NOOP(
                "Validation", "A member is no longer in the people registry.")))
        elif person.in_bin:
            out.append(FieldProblem("members", QT_TRANSLATE_NOOP(
                "Validation", "{name} is in the recycle bin: restore the record first."),
                {"name": person.name}))
    facts = [group_rules.MemberFact(m.person_id, people[m.person_id].household_id,
                                    people[m.person_id].name)
             for m in data.members if m.person_id in people]
    minimum = data.min_members if data.min_members is not None else min_members(s)
    out += group_rules.check_members(facts, minimum if establishing else 0,
                                     establishing and data.aims_enterprise)

    # Committee, from the members.
    member_ids = {m.person_id for m in data.members}
    if data.committee or establishing:
        names = {c.person_id: c.name for c in candidates(
            s, [seat.person_id for seat in data.committee])}
        out += group_rules.check_committee(
            [(seat.person_id, seat.position) for seat in data.committee], member_ids, names)
    term_start = data.term_start or data.basic.founded_on or today
    if data.term_end is not None and data.term_end < term_start:
        out.append(FieldProblem("committee.term_end", QT_TRANSLATE_NOOP(
            "Validation", "The term ends before it starts.")))

    # Capital: shares and starting savings.
    for m in data.members:
        name = people[m.person_id].name if m.person_id in people else ""
        if m.shares < 0:
            out.append(FieldProblem("capital.shares", QT_TRANSLATE_NOOP(
                "Validation", "{name}: the number of shares cannot be negative."), {"name": name}))
        wrong: list[FieldProblem] = []
        validation.non_negative_decimal(wrong, "capital.savings", m.savings)
        if wrong:
            out.append(FieldProblem("capital.savings", QT_TRANSLATE_NOOP(
                "Validation", "{name}: the starting savings must be an amount of zero or more."),
                {"name": name}))
    if any(m.shares > 0 for m in data.members) and not data.basic.share_value:
        out.append(FieldProblem("capital.share_value", QT_TRANSLATE_NOOP(
            "Validation", "Enter the value of one share: members are buying shares.")))
    validation.non_negative_decimal(out, "capital.working_capital", data.working_capital)

    # Products and plan.
    for row, product in enumerate(data.products, 1):
        found, _ = group_products.check_product(s, product)
        out += [_on(f"products.{p.field}", p, row=row) for p in found]
    for row, item in enumerate(data.plan_items, 1):
        found, _ = group_products.check_plan_item(item)
        out += [_on(f"plan.{p.field}", p, row=row) for p in found]
    return out


def validate_establishment(db: Database, data: EstablishmentInput, today: date,
                           pages: Collection[str] | None = None) -> list[FieldProblem]:
    """The problems of the given wizard pages (all when None); writes nothing."""
    with db.session() as s:
        problems = _problems(s, data, today)
    if pages is None:
        return problems
    return [p for p in problems if p.field.split(".")[0] in pages]


def establish_group(db: Database, data: EstablishmentInput, today: date) -> int:
    """Check everything, then write the group with its members, committee, starting savings
    and share capital, working capital, products and plan in ONE transaction (nothing at all
    on any problem: ValidationError with page-named fields), link the need it came from and
    discard the wizard draft. Returns the new group's id.

    The model has no place for the leaders yet: the first leader becomes the contact person
    when none was chosen (else the president does)."""
    with db.session() as s:
        problems = _problems(s, data, today)
        if problems:
            raise ValidationError(problems)
        return _write(s, data, today)


def _write(s: Session, data: EstablishmentInput, today: date) -> int:
    _, basic = check_group_input(s, data.basic, None, today)
    founded = basic.founded_on or today
    if basic.contact_person_id is None:
        presidents = [x.person_id for x in data.committee if x.position == "president"]
        basic.contact_person_id = next(iter(data.leader_ids or presidents), None)
    group = OccupationalGroup(status=data.status)
    apply_group_input(group, basic)
    if data.status == "established":
        group.founded_on = founded
    s.add(group)
    s.flush()
    if data.status == "established":
        s.add(GroupStatusChange(group_id=group.id, status="established", changed_on=founded,
                                note=data.status_note.strip()))
    if data.need_id is not None:
        s.get(Need, data.need_id).group_id = group.id

    share_value = basic.share_value or Decimal(0)
    for m in data.members:
        member = GroupMember(group_id=group.id, person_id=m.person_id, joined_on=founded,
                             shares=m.shares)
        s.add(member)
        s.flush()
        savings = validation.non_negative_decimal([], "savings", m.savings)
        if savings:
            write_entry(s, group.id, LedgerInput(founded, "deposit", savings, member.id))
        if m.shares:
            write_entry(s, group.id, LedgerInput(founded, "share", share_value * m.shares,
                                                 member.id))
    capital = validation.non_negative_decimal([], "working_capital", data.working_capital)
    if capital:
        write_entry(s, group.id, LedgerInput(founded, "income", capital, None,
                                             data.working_capital_note.strip()))
    if data.committee:
        write_committee(s, group.id, data.committee, data.term_start or founded, data.term_end)
    for product in data.products:
        _, cleaned = group_products.check_product(s, product)
        group_products.write_product(s, Product(), group.id, cleaned)
    for item in data.plan_items:
        _, cleaned = group_products.check_plan_item(item)
        plan_item = GroupPlanItem()
        group_products.write_plan_item(plan_item, group.id, cleaned)
        s.add(plan_item)
    if data.draft_id is not None:
        discard_draft(s, data.draft_id)
    s.flush()
    return group.id


# --- drafts ----------------------------------------------------------------------------------
def establishment_to_dict(data: EstablishmentInput) -> dict[str, Any]:
    """For DraftService.save (dates and Decimals are kept as such)."""
    return dataclasses.asdict(data)


def establishment_from_dict(raw: dict[str, Any]) -> EstablishmentInput:
    """Back from a draft; keys a newer or older program version does not know are skipped."""
    def build(cls, values: dict[str, Any] | None):
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in (values or {}).items() if k in names})

    basic = build(GroupInput, {"name": "", **(raw.get("basic") or {})})
    data = build(EstablishmentInput, {**raw, "basic": basic})
    data.members = [build(FoundingMember, m) for m in raw.get("members", [])]
    data.committee = [build(CommitteeSeat, c) for c in raw.get("committee", [])]
    data.products = [build(ProductInput, p) for p in raw.get("products", [])]
    data.plan_items = [build(PlanItemInput, p) for p in raw.get("plan_items", [])]
    return data
