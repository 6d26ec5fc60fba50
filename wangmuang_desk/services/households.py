"""The household registry: house number, village, head and members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, aliased

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import Household, Person, Village
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import HouseholdInput, HouseholdRow
from wangmuang_desk.services.search_text import normalize_query

_Head = aliased(Person)
_member_count = (
    select(func.count(Person.id))
    .where(Person.household_id == Household.id, Person.deleted_at.is_(None))
    .correlate(Household)
    .scalar_subquery()
)
_SORTS = {
    "moo": (Village.moo, Household.house_no, Household.id),
    "house_no": (Household.house_no, Household.id),
    "head": (_Head.first_name, _Head.last_name, Household.id),
    "members": (_member_count, Household.id),
}


def _row_select() -> Select:
    return (
        select(
            Household.id, Household.house_no, Household.village_id, Village.moo, Village.name,
            Household.head_person_id, _Head.title, _Head.first_name, _Head.last_name,
            _member_count,
        )
        .join(Village, Household.village_id == Village.id)
        .outerjoin(_Head, Household.head_person_id == _Head.id)
    )


def _to_row(r) -> HouseholdRow:
    head = f"{r[6] or ''}{r[7] or ''} {r[8] or ''}".strip()
    return HouseholdRow(
        id=r[0], house_no=r[1], village_id=r[2], moo=r[3], village_name=r[4],
        head_person_id=r[5], head_name=head, member_count=r[9],
    )


class HouseholdService:
    sort_keys = tuple(_SORTS)

    def __init__(self, db: Database) -> None:
        self.db = db

    def _filtered(self, stmt: Select, query: ListQuery) -> Select:
        stmt = stmt.where(Household.deleted_at.is_(None))
        for word in normalize_query(query.search).split():
            stmt = stmt.where(
                Household.house_no.contains(word, autoescape=True)
                | _Head.search_text.contains(word, autoescape=True)
            )
        village_id = query.filter("village_id")
        if village_id is not None:
            stmt = stmt.where(Household.village_id == village_id)
        return stmt

    def _joined(self, stmt: Select, query: ListQuery, ordered: bool) -> Select:
        """`stmt` on household with only the joins its search (and order, if any) need."""
        sort_key = query.sort_key if query.sort_key in _SORTS else "moo"
        stmt = stmt.select_from(Household)
        if ordered and sort_key == "moo":
            stmt = stmt.join(Village, Household.village_id == Village.id)
        if (ordered and sort_key == "head") or normalize_query(query.search):
            stmt = stmt.outerjoin(_Head, Household.head_person_id == _Head.id)
        return self._filtered(stmt, query)

    def count(self, query: ListQuery) -> int:
        stmt = self._joined(select(func.count(Household.id)), query, ordered=False)
        with self.db.session() as s:
            return s.execute(stmt).scalar_one()

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[HouseholdRow]:
        order = _SORTS.get(query.sort_key) or _SORTS["moo"]
        order_by = [c.desc() if query.descending else c.asc() for c in order]
        # The ids of the window first: the member count and the head's name are then worked
        # out for the `limit` rows shown, not for every household before the sort.
        window = self._joined(select(Household.id), query, ordered=True)
        window = window.order_by(*order_by).offset(offset).limit(limit).correlate(None)
        stmt = _row_select().where(Household.id.in_(window.scalar_subquery())).order_by(*order_by)
        with self.db.session() as s:
            return [_to_row(r) for r in s.execute(stmt)]

    def get(self, household_id: int) -> tuple[HouseholdRow, HouseholdInput]:
        with self.db.session() as s:
            h = s.get(Household, household_id)
            if h is None or h.deleted_at is not None:
                raise NotFoundError(household_id)
            row = _to_row(s.execute(_row_select().where(Household.id == household_id)).one())
            members = s.scalars(
                select(Person.id).where(
                    Person.household_id == household_id, Person.deleted_at.is_(None)
                ).order_by(Person.id)
            ).all()
            data = HouseholdInput(
                house_no=h.house_no, village_id=h.village_id, soi=h.soi, road=h.road,
                head_person_id=h.head_person_id, note=h.note, member_ids=list(members),
            )
            return row, data

    def find(self, house_no: str, village_id: int) -> HouseholdRow | None:
        with self.db.session() as s:
            r = s.execute(_row_select().where(
                Household.house_no == house_no.strip(), Household.village_id == village_id,
                Household.deleted_at.is_(None))).first()
            return _to_row(r) if r else None

    def add(self, data: HouseholdInput) -> int:
        with self.db.session() as s:
            household = Household(house_no="", village_id=0)
            self._apply(s, household, data)
            return household.id

    def update(self, household_id: int, data: HouseholdInput) -> None:
        with self.db.session() as s:
            household = s.get(Household, household_id)
            if household is None or household.deleted_at is not None:
                raise NotFoundError(household_id)
            self._apply(s, household, data)

    def move_to_bin(self, household_id: int) -> None:
        """The household goes to the bin; its people stay in the registry without a household."""
        with self.db.session() as s:
            household = s.get(Household, household_id)
            if household is None:
                raise NotFoundError(household_id)
            household.deleted_at = datetime.now()

    def _apply(self, s: Session, household: Household, data: HouseholdInput) -> None:
        problems: list[FieldProblem] = []
        house_no = validation.required_text(
            problems, "house_no", data.house_no,
            QT_TRANSLATE_NOOP("Validation", "Enter the house number."))
        if data.village_id is None or s.get(Village, data.village_id) is None:
            problems.append(FieldProblem(
                "village_id", QT_TRANSLATE_NOOP("Validation", "Choose the village (หมู่ที่).")))
        elif house_no:
            twin = s.execute(select(Household.id).where(
                Household.house_no == house_no, Household.village_id == data.village_id,
                Household.deleted_at.is_(None), Household.id != household.id)).first()
            if twin is not None:
                problems.append(FieldProblem(
                    "house_no", QT_TRANSLATE_NOOP(
                        "Validation", "This house number is already registered in this village.")))
        members = list(dict.fromkeys(data.member_ids))
        if data.head_person_id is not None and data.head_person_id not in members:
            members.insert(0, data.head_person_id)
        found = set(s.scalars(select(Person.id).where(
            Person.id.in_(members), Person.deleted_at.is_(None))).all()) if members else set()
        if len(found) != len(members):
            problems.append(FieldProblem(
                "members", QT_TRANSLATE_NOOP(
                    "Validation", "Some members are no longer in the people registry.")))
        if problems:
            raise ValidationError(problems)

        household.house_no = house_no
        household.village_id = data.village_id
        household.soi = data.soi.strip()
        household.road = data.road.strip()
        household.note = data.note.strip()
        household.head_person_id = data.head_person_id
        if household.id is None:
            s.add(household)
        s.flush()
        # Members who were taken out leave the household; the ones listed join it and take
        # its address, so the person list shows where they really live.
        s.execute(update(Person).where(
            Person.household_id == household.id, Person.id.not_in(members or [0])
        ).values(household_id=None))
        if members:
            s.execute(update(Person).where(Person.id.in_(members)).values(
                household_id=household.id, house_no=house_no, village_id=data.village_id))
