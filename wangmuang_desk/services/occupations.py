"""The occupation registry: each person's main and secondary occupations and yearly income."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.models import Occupation, Person, Village
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.registry_base import RegistryService
from wangmuang_desk.services.rows import OccupationInput, OccupationRow
from wangmuang_desk.services.search_text import normalize_query


class OccupationService(RegistryService):
    model = Occupation
    default_sort = "person"
    sorts = {
        "person": (Person.first_name, Person.last_name, Occupation.id),
        "moo": (Village.moo, Person.first_name, Occupation.id),
        "category": (Occupation.category, Occupation.id),
        "income": (Occupation.yearly_income, Occupation.id),
    }

    def row_select(self) -> Select:
        return self.joins(select(
            Occupation.id, Occupation.person_id, Person.title, Person.first_name,
            Person.last_name, Village.moo, Occupation.category, Occupation.description,
            Occupation.is_main, Occupation.yearly_income,
        ))

    def joins(self, stmt: Select) -> Select:
        return stmt.join(Person, Occupation.person_id == Person.id).outerjoin(
            Village, Person.village_id == Village.id)

    def to_row(self, r) -> OccupationRow:
        return OccupationRow(
            id=r[0], person_id=r[1], person_name=f"{r[2]}{r[3]} {r[4]}".strip(), moo=r[5],
            category=r[6], description=r[7], is_main=r[8], yearly_income=r[9],
        )

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        stmt = stmt.where(Person.deleted_at.is_(None))
        for word in normalize_query(query.search).split():
            stmt = stmt.where(
                Person.search_text.contains(word, autoescape=True)
                | Occupation.category.contains(word, autoescape=True)
                | Occupation.description.contains(word, autoescape=True)
            )
        if (category := query.filter("category")) is not None:
            stmt = stmt.where(Occupation.category == category)
        if (village_id := query.filter("village_id")) is not None:
            stmt = stmt.where(Person.village_id == village_id)
        if (person_id := query.filter("person_id")) is not None:
            stmt = stmt.where(Occupation.person_id == person_id)
        return stmt

    def get(self, occupation_id: int) -> tuple[OccupationRow, OccupationInput]:
        with self.db.session() as s:
            o = self._live(s, Occupation, occupation_id)
            data = OccupationInput(
                person_id=o.person_id, category=o.category, description=o.description,
                is_main=o.is_main, yearly_income=o.yearly_income, note=o.note)
        return self.get_row(occupation_id), data

    def save(self, occupation_id: int | None, data: OccupationInput) -> int:
        def build(s: Session, o: Occupation) -> None:
            problems: list[FieldProblem] = []
            if data.person_id is None or s.get(Person, data.person_id) is None:
                problems.append(FieldProblem(
                    "person_id", QT_TRANSLATE_NOOP("Validation", "Choose the person.")))
            category = validation.required_text(
                problems, "category", data.category,
                QT_TRANSLATE_NOOP("Validation", "Choose the occupation category."))
            income = validation.non_negative_decimal(problems, "yearly_income", data.yearly_income)
            if problems:
                raise ValidationError(problems)
            o.person_id = data.person_id
            o.category = category
            o.description = data.description.strip()
            o.is_main = data.is_main
            o.yearly_income = income
            o.note = data.note.strip()

        return self._save(occupation_id, build)
