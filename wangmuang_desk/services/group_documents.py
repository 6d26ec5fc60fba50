"""The data of a group's documents (the group register PDF); reports/ lays it out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import GroupMember, GroupStatusChange, Person, Village
from wangmuang_desk.services import group_rules
from wangmuang_desk.services.group_members import committee_terms, live_group
from wangmuang_desk.services.group_products import product_rows
from wangmuang_desk.services.group_rows import (
    CommitteeTermRow,
    FoundingInfo,
    GroupRegisterData,
    RegisterPerson,
    StatusChangeRow,
)
from wangmuang_desk.services.office import OfficeService


def group_register_data(db: Database, group_id: int) -> GroupRegisterData:
    """Everything the group register prints: office header, the group's data and status dates,
    the current committee, the current members (by joined date, then name), products, and the
    founding meeting (members on the founding date, the first committee). Raises NotFoundError
    for a group that is gone or in the recycle bin."""
    office = OfficeService(db).profile()
    signatory = next((g for g in office.signatories if g.is_default),
                     office.signatories[0] if office.signatories else None)
    with db.session() as s:
        g = live_group(s, group_id)
        village = s.get(Village, g.village_id) if g.village_id else None
        contact = s.get(Person, g.contact_person_id) if g.contact_person_id else None
        history = [
            StatusChangeRow(c.id, c.status, c.changed_on, c.note)
            for c in s.scalars(select(GroupStatusChange).where(
                GroupStatusChange.group_id == group_id).order_by(
                GroupStatusChange.changed_on, GroupStatusChange.id))
        ]
        people = _people(s, group_id)
        terms = committee_terms(s, group_id)
        products = product_rows(s, group_id)

    members = sorted((p for p, left_on in people.values() if left_on is None), key=_by_joined)
    founded = g.founded_on
    # Without a founding date the founders are not known apart: the current members stand in.
    founders = members if founded is None else sorted((
        p for p, left_on in people.values()
        if (p.joined_on is None or p.joined_on <= founded)
        and (left_on is None or left_on > founded)
    ), key=_by_joined)
    current = terms[0] if terms else None
    first = terms[-1] if terms else None
    return GroupRegisterData(
        office=office, signatory=signatory, group_id=g.id, name=g.name,
        group_type=g.group_type, status=g.status, moo=village.moo if village else None,
        village_name=village.name if village else "", address=g.address, phone=g.phone,
        contact_name=contact.full_name if contact else "", objectives=g.objectives,
        regulations=g.regulations, share_value=g.share_value, founded_on=founded,
        established_on=_first(history, "established"),
        registered_on=_first(history, "registered"),
        enterprise_reg_no=g.enterprise_reg_no, enterprise_reg_on=g.enterprise_reg_on,
        status_history=history,
        committee_term_start=current.term_start if current else None,
        committee_term_end=current.term_end if current else None,
        committee=_seats(current, people, skip_vacant=True),
        members=members, products=products,
        founding=FoundingInfo(
            founded_on=founded, members=founders, first_committee=_seats(first, people),
            first_committee_start=first.term_start if first else None,
            share_value=g.share_value, regulations=g.regulations, objectives=g.objectives,
            origin=g.origin,
        ),
    )


def _people(s, group_id: int) -> dict[int, tuple[RegisterPerson, date | None]]:
    """{person id: (line, left_on)} for everyone who was ever a member (not in the bin)."""
    stmt = select(
        Person.id, Person.title, Person.first_name, Person.last_name, Person.house_no,
        Village.moo, Person.phone, GroupMember.joined_on, GroupMember.shares,
        GroupMember.left_on,
    ).join(GroupMember, GroupMember.person_id == Person.id).outerjoin(
        Village, Person.village_id == Village.id).where(
        GroupMember.group_id == group_id, Person.deleted_at.is_(None))
    return {
        r[0]: (RegisterPerson(r[0], r[1], r[2], r[3], r[4], r[5], r[6], joined_on=r[7],
                              shares=r[8]), r[9])
        for r in s.execute(stmt)
    }


def _by_joined(p: RegisterPerson) -> tuple:
    return (p.joined_on is None, p.joined_on or date.min, p.first_name, p.last_name,
            p.person_id)


def _first(history: list[StatusChangeRow], status: str) -> date | None:
    return next((c.changed_on for c in history if c.status == status), None)


def _seats(term: CommitteeTermRow | None, people: dict, skip_vacant: bool = False
           ) -> list[RegisterPerson]:
    if term is None:
        return []
    out = []
    for seat in sorted(term.seats, key=lambda x: group_rules.position_order(x.position)):
        if seat.person_id not in people or (skip_vacant and seat.has_left):
            continue
        line = people[seat.person_id][0]
        out.append(RegisterPerson(
            line.person_id, line.title, line.first_name, line.last_name, line.house_no,
            line.moo, line.phone, position=seat.position, joined_on=line.joined_on,
            shares=line.shares))
    return out
