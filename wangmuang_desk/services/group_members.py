"""A group's members (join, leave, shares) and its committee terms, past ones kept."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    CommitteeMember,
    GroupMember,
    Household,
    LedgerEntry,
    OccupationalGroup,
    Person,
    Village,
)
from wangmuang_desk.services import group_rules
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.group_rows import (
    CandidateRow,
    CommitteeSeat,
    CommitteeSeatRow,
    CommitteeTermRow,
    CommitteeView,
    MemberRow,
)
from wangmuang_desk.thai.dates import format_be_date

ZERO = group_rules.ZERO


# --- helpers the other group services share -----------------------------------------------
def live_group(s: Session, group_id: int) -> OccupationalGroup:
    group = s.get(OccupationalGroup, group_id)
    if group is None or group.deleted_at is not None:
        raise NotFoundError(group_id)
    return group


def person_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def household_label(house_no: str | None, moo: int | None) -> str:
    return f"{house_no} หมู่ {moo}" if house_no and moo is not None else ""


def _with_household(stmt: Select) -> Select:
    # A household in the recycle bin counts as unknown, like no household at all.
    return stmt.outerjoin(Household, and_(
        Person.household_id == Household.id, Household.deleted_at.is_(None),
    )).outerjoin(Village, Household.village_id == Village.id)


def candidates(s: Session, person_ids: Iterable[int]) -> list[CandidateRow]:
    """The people asked for, in that order, with their households; unknown ids left out."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return []
    stmt = _with_household(select(
        Person.id, Person.title, Person.first_name, Person.last_name, Household.id,
        Household.house_no, Village.moo, Person.deleted_at,
    ).where(Person.id.in_(ids)))
    found = {
        r[0]: CandidateRow(r[0], person_name(r[1], r[2], r[3]), r[4], household_label(r[5], r[6]),
                           r[7] is not None)
        for r in s.execute(stmt)
    }
    return [found[i] for i in ids if i in found]


def current_member_facts(s: Session, group_id: int) -> list[group_rules.MemberFact]:
    """Current members (not left, not in the recycle bin) as the member rules see them."""
    stmt = _with_household(select(
        Person.id, Household.id, Person.title, Person.first_name, Person.last_name,
    ).join(GroupMember, GroupMember.person_id == Person.id).where(
        GroupMember.group_id == group_id, GroupMember.left_on.is_(None),
        Person.deleted_at.is_(None)))
    return [group_rules.MemberFact(r[0], r[1], person_name(r[2], r[3], r[4]))
            for r in s.execute(stmt)]


def savings_by_member(s: Session, group_id: int) -> dict[int, Decimal]:
    """{member id: savings} (deposits minus withdrawals), summed as Decimal in Python."""
    out: dict[int, Decimal] = {}
    for member_id, kind, amount in s.execute(select(
            LedgerEntry.member_id, LedgerEntry.kind, LedgerEntry.amount).where(
            LedgerEntry.group_id == group_id, LedgerEntry.member_id.is_not(None))):
        out[member_id] = out.get(member_id, ZERO) + group_rules.ledger_effect(kind, amount).savings
    return out


class GroupMemberService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # --- members -------------------------------------------------------------------------
    def members(self, group_id: int, include_left: bool = False) -> list[MemberRow]:
        """Members by joined date (unknown last), then name; people in the recycle bin left out."""
        stmt = _with_household(select(
            GroupMember.id, GroupMember.person_id, Person.title, Person.first_name,
            Person.last_name, Household.id, Household.house_no, Village.moo,
            GroupMember.joined_on, GroupMember.left_on, GroupMember.shares, Person.phone,
        ).join(Person, GroupMember.person_id == Person.id)).where(
            GroupMember.group_id == group_id, Person.deleted_at.is_(None))
        if not include_left:
            stmt = stmt.where(GroupMember.left_on.is_(None))
        with self.db.session() as s:
            savings = savings_by_member(s, group_id)
            rows = sorted(s.execute(stmt), key=lambda r: (
                r[8] is None, r[8] or date.min, r[3], r[4], r[0]))  # by first name, not title
            return [
                MemberRow(
                    id=r[0], person_id=r[1], name=person_name(r[2], r[3], r[4]),
                    household_id=r[5], household_label=household_label(r[6], r[7]),
                    joined_on=r[8], left_on=r[9], shares=r[10], savings=savings.get(r[0], ZERO),
                    phone=r[11],
                )
                for r in rows
            ]

    def candidates(self, person_ids: Iterable[int]) -> list[CandidateRow]:
        """People picked in a wizard or dialog, with the household the rules look at."""
        with self.db.session() as s:
            return candidates(s, person_ids)

    def check_candidates(self, person_ids: list[int], minimum: int,
                         for_enterprise: bool = False) -> list[FieldProblem]:
        """group_rules.check_members on people picked but not saved yet (a wizard page)."""
        rows = {c.person_id: c for c in self.candidates(person_ids)}
        facts = [group_rules.MemberFact(pid, rows[pid].household_id, rows[pid].name)
                 for pid in person_ids if pid in rows]
        return group_rules.check_members(facts, minimum, for_enterprise)

    def add_member(self, group_id: int, person_id: int, joined_on: date | None = None,
                   shares: int = 0) -> int:
        """Add a person (joined today unless told). Someone who left and comes back gets their
        old membership reopened, so their savings continue on the same account."""
        with self.db.session() as s:
            live_group(s, group_id)
            person = s.get(Person, person_id)
            problems: list[FieldProblem] = []
            if person is None:
                problems.append(FieldProblem("person_id", QT_TRANSLATE_NOOP(
                    "Validation", "Choose the person.")))
            elif person.deleted_at is not None:
                problems.append(FieldProblem("person_id", QT_TRANSLATE_NOOP(
                    "Validation", "{name} is in the recycle bin: restore the record first."),
                    {"name": person.full_name}))
            if shares < 0:
                problems.append(FieldProblem("shares", QT_TRANSLATE_NOOP(
                    "Validation", "The number of shares cannot be negative.")))
            member = s.scalars(select(GroupMember).where(
                GroupMember.group_id == group_id, GroupMember.person_id == person_id)).first()
            if member is not None and member.left_on is None and person is not None:
                problems.append(FieldProblem("person_id", QT_TRANSLATE_NOOP(
                    "Validation", "{name} is already a member of this group."),
                    {"name": person.full_name}))
            if problems:
                raise ValidationError(problems)
            if member is None:
                member = GroupMember(group_id=group_id, person_id=person_id)
                s.add(member)
            member.joined_on = joined_on or self.today()
            member.left_on = None
            member.shares = shares
            s.flush()
            return member.id

    def leave(self, member_id: int, left_on: date) -> None:
        """The member leaves; their committee seat, if any, shows as vacant from then on."""
        with self.db.session() as s:
            member = self._member(s, member_id)
            if member.joined_on is not None and left_on < member.joined_on:
                raise ValidationError.single("left_on", QT_TRANSLATE_NOOP(
                    "Validation", "The leaving date is before the joining date ({date})."),
                    date=format_be_date(member.joined_on))
            member.left_on = left_on

    def set_shares(self, member_id: int, shares: int) -> None:
        if shares < 0:
            raise ValidationError.single("shares", QT_TRANSLATE_NOOP(
                "Validation", "The number of shares cannot be negative."))
        with self.db.session() as s:
            self._member(s, member_id).shares = shares

    def _member(self, s: Session, member_id: int) -> GroupMember:
        member = s.get(GroupMember, member_id)
        if member is None:
            raise NotFoundError(member_id)
        live_group(s, member.group_id)
        return member

    # --- committee -----------------------------------------------------------------------
    def committee(self, group_id: int) -> CommitteeView:
        """The current term (the one that started last) and the past ones, newest first."""
        with self.db.session() as s:
            terms = committee_terms(s, group_id)
        return CommitteeView(terms[0] if terms else None, terms[1:])

    def start_committee_term(self, group_id: int, seats: list[CommitteeSeat], term_start: date,
                             term_end: date | None = None) -> None:
        """A new committee: the current term ends the day before `term_start`, past terms are
        kept. Exactly one president; seats go to current members, one seat each."""
        with self.db.session() as s:
            live_group(s, group_id)
            facts = current_member_facts(s, group_id)
            names = {f.person_id: f.name for f in facts}
            for c in candidates(s, [x.person_id for x in seats if x.person_id not in names]):
                names[c.person_id] = c.name
            problems = group_rules.check_committee(
                [(x.person_id, x.position) for x in seats], {f.person_id for f in facts}, names)
            current = s.scalars(select(CommitteeMember).where(
                CommitteeMember.group_id == group_id).order_by(
                CommitteeMember.term_start.desc())).first()
            start = current.term_start if current is not None else None
            if term_start is None:
                problems.append(FieldProblem("term_start", QT_TRANSLATE_NOOP(
                    "Validation", "Enter the date the term starts.")))
            elif start is not None and term_start <= start:
                problems.append(FieldProblem("term_start", QT_TRANSLATE_NOOP(
                    "Validation",
                    "The new term must start after the current one, which started on {date}."),
                    {"date": format_be_date(start)}))
            elif term_end is not None and term_end < term_start:
                problems.append(FieldProblem("term_end", QT_TRANSLATE_NOOP(
                    "Validation", "The term ends before it starts.")))
            if problems:
                raise ValidationError(problems)
            if current is not None:
                day_before = term_start - timedelta(days=1)
                same_term = (CommitteeMember.term_start == start if start is not None
                             else CommitteeMember.term_start.is_(None))
                for seat in s.scalars(select(CommitteeMember).where(
                        CommitteeMember.group_id == group_id, same_term)):
                    if seat.term_end is None or seat.term_end > day_before:
                        seat.term_end = day_before
            write_committee(s, group_id, seats, term_start, term_end)


def write_committee(s: Session, group_id: int, seats: list[CommitteeSeat], term_start: date,
                    term_end: date | None) -> None:
    for seat in seats:
        s.add(CommitteeMember(group_id=group_id, person_id=seat.person_id,
                              position=seat.position, term_start=term_start, term_end=term_end))


def committee_terms(s: Session, group_id: int) -> list[CommitteeTermRow]:
    """All terms of a group, newest first (a term without a start date counts as oldest)."""
    stmt = select(
        CommitteeMember.id, CommitteeMember.person_id, Person.title, Person.first_name,
        Person.last_name, CommitteeMember.position, CommitteeMember.term_start,
        CommitteeMember.term_end, GroupMember.left_on, GroupMember.id,
    ).join(Person, CommitteeMember.person_id == Person.id).outerjoin(GroupMember, and_(
        GroupMember.group_id == CommitteeMember.group_id,
        GroupMember.person_id == CommitteeMember.person_id,
    )).where(CommitteeMember.group_id == group_id)
    by_start: dict[date | None, list] = {}
    for r in s.execute(stmt):
        by_start.setdefault(r[6], []).append(r)
    terms = []
    for start in sorted(by_start, key=lambda d: (d is not None, d or date.min), reverse=True):
        rows = sorted(by_start[start], key=lambda r: (group_rules.position_order(r[5]), r[0]))
        seats = [CommitteeSeatRow(r[0], r[1], person_name(r[2], r[3], r[4]), r[5],
                                  r[9] is None or r[8] is not None) for r in rows]
        ends = [r[7] for r in rows if r[7] is not None]
        terms.append(CommitteeTermRow(start, max(ends) if ends else None, seats))
    return terms
