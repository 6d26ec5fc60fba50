"""The working group (คณะทำงาน): office officers and representatives of registered groups,
with terms. The manual's default is 2 officers + 3 representatives; a different make-up is
reported as a warning, never refused, because the office decides."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import GroupMember, OccupationalGroup, Person, WorkingGroupMember
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.group_members import person_name
from wangmuang_desk.services.group_rows import (
    REGISTERED_STATUSES,
    WORKING_GROUP_ROLES,
    WorkingGroupInput,
    WorkingGroupRow,
)

DEFAULT_OFFICERS = 2
DEFAULT_REPRESENTATIVES = 3


class WorkingGroupService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def members(self, current_only: bool = True) -> list[WorkingGroupRow]:
        """Seats, officers first; current_only: those whose term covers today."""
        stmt = select(
            WorkingGroupMember.id, WorkingGroupMember.role, WorkingGroupMember.person_id,
            WorkingGroupMember.name, Person.title, Person.first_name, Person.last_name,
            WorkingGroupMember.group_id, OccupationalGroup.name, OccupationalGroup.status,
            WorkingGroupMember.term_start, WorkingGroupMember.term_end,
        ).outerjoin(Person, WorkingGroupMember.person_id == Person.id).outerjoin(
            OccupationalGroup, WorkingGroupMember.group_id == OccupationalGroup.id)
        if current_only:
            today = self.today()
            stmt = stmt.where(
                or_(WorkingGroupMember.term_start.is_(None),
                    WorkingGroupMember.term_start <= today),
                or_(WorkingGroupMember.term_end.is_(None), WorkingGroupMember.term_end >= today))
        with self.db.session() as s:
            rows = [
                WorkingGroupRow(
                    id=r[0], role=r[1], person_id=r[2],
                    name=person_name(r[4], r[5], r[6]) if r[2] is not None else r[3],
                    group_id=r[7], group_name=r[8] or "", group_status=r[9] or "",
                    term_start=r[10], term_end=r[11],
                )
                for r in s.execute(stmt)
            ]
        rows.sort(key=lambda r: (r.role != "officer", r.term_start or date.min, r.id))
        return rows

    def save(self, seat_id: int | None, data: WorkingGroupInput) -> int:
        """Create (None) or update a seat. Officers: a person or a typed name. Representatives:
        a person and the group they stand for."""
        with self.db.session() as s:
            seat = WorkingGroupMember() if seat_id is None else s.get(WorkingGroupMember, seat_id)
            if seat is None:
                raise NotFoundError(seat_id)
            problems = self._check(s, data)
            if problems:
                raise ValidationError(problems)
            seat.role = data.role
            seat.person_id = data.person_id
            seat.name = data.name.strip() if data.person_id is None else ""
            seat.group_id = data.group_id if data.role == "representative" else None
            seat.term_start, seat.term_end = data.term_start, data.term_end
            s.add(seat)
            s.flush()
            return seat.id

    def end_term(self, seat_id: int, term_end: date) -> None:
        with self.db.session() as s:
            seat = s.get(WorkingGroupMember, seat_id)
            if seat is None:
                raise NotFoundError(seat_id)
            if seat.term_start is not None and term_end < seat.term_start:
                raise ValidationError.single("term_end", QT_TRANSLATE_NOOP(
                    "Validation", "The term ends before it starts."))
            seat.term_end = term_end

    def warnings(self, officers: int = DEFAULT_OFFICERS,
                 representatives: int = DEFAULT_REPRESENTATIVES) -> list[FieldProblem]:
        """How the current make-up differs from the default (not errors: the office decides)."""
        seats = self.members(current_only=True)
        out: list[FieldProblem] = []
        n_officers = sum(1 for r in seats if r.role == "officer")
        reps = [r for r in seats if r.role == "representative"]
        if n_officers != officers:
            out.append(FieldProblem("officers", QT_TRANSLATE_NOOP(
                "Validation",
                "The working group has {count} officer(s); the default is {default}."),
                {"count": n_officers, "default": officers}))
        if len(reps) != representatives:
            out.append(FieldProblem("representatives", QT_TRANSLATE_NOOP(
                "Validation",
                "The working group has {count} group representative(s); the default is "
                "{default}."), {"count": len(reps), "default": representatives}))
        with self.db.session() as s:
            for r in reps:
                if r.group_status not in REGISTERED_STATUSES:
                    out.append(FieldProblem("representatives", QT_TRANSLATE_NOOP(
                        "Validation",
                        "{name} represents {group}, which is not registered with the office."),
                        {"name": r.name, "group": r.group_name}))
                elif r.person_id is not None and not _is_member(s, r.group_id, r.person_id):
                    out.append(FieldProblem("representatives", QT_TRANSLATE_NOOP(
                        "Validation", "{name} is not a current member of {group}."),
                        {"name": r.name, "group": r.group_name}))
        return out

    @staticmethod
    def _check(s: Session, data: WorkingGroupInput) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        if data.role not in WORKING_GROUP_ROLES:
            problems.append(FieldProblem("role", QT_TRANSLATE_NOOP(
                "Validation", "Choose officer or group representative.")))
        if data.person_id is not None:
            person = s.get(Person, data.person_id)
            if person is None or person.deleted_at is not None:
                problems.append(FieldProblem("person_id", QT_TRANSLATE_NOOP(
                    "Validation", "This person is no longer in the people registry.")))
        elif data.role == "representative":
            problems.append(FieldProblem("person_id", QT_TRANSLATE_NOOP(
                "Validation", "Choose the representative from the people registry.")))
        elif not data.name.strip():
            problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
                "Validation", "Choose a person or type the name.")))
        if data.role == "representative":
            group = s.get(OccupationalGroup, data.group_id) if data.group_id else None
            if group is None or group.deleted_at is not None:
                problems.append(FieldProblem("group_id", QT_TRANSLATE_NOOP(
                    "Validation", "Choose the group this representative stands for.")))
        if data.term_start and data.term_end and data.term_end < data.term_start:
            problems.append(FieldProblem("term_end", QT_TRANSLATE_NOOP(
                "Validation", "The term ends before it starts.")))
        return problems


def _is_member(s: Session, group_id: int | None, person_id: int) -> bool:
    return s.execute(select(GroupMember.id).where(and_(
        GroupMember.group_id == group_id, GroupMember.person_id == person_id,
        GroupMember.left_on.is_(None)))).first() is not None
