"""The local-sage registry (ปราชญ์ชาวบ้าน): who knows what, and who can teach."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.models import Person, Sage, Village
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.registry_base import RegistryService
from wangmuang_desk.services.rows import SageInput, SageRow
from wangmuang_desk.services.search_text import normalize_query


class SageService(RegistryService):
    model = Sage
    default_sort = "person"
    sorts = {
        "person": (Person.first_name, Person.last_name, Sage.id),
        "moo": (Village.moo, Person.first_name, Sage.id),
        "branch": (Sage.branch, Person.first_name, Sage.id),
    }

    def row_select(self) -> Select:
        return self.joins(select(
            Sage.id, Sage.person_id, Person.title, Person.first_name, Person.last_name,
            Village.moo, Person.phone, Sage.branch, Sage.expertise, Sage.can_teach,
        ))

    def joins(self, stmt: Select) -> Select:
        return stmt.join(Person, Sage.person_id == Person.id).outerjoin(
            Village, Person.village_id == Village.id)

    def to_row(self, r) -> SageRow:
        return SageRow(
            id=r[0], person_id=r[1], person_name=f"{r[2]}{r[3]} {r[4]}".strip(), moo=r[5],
            phone=r[6], branch=r[7], expertise=r[8], can_teach=r[9],
        )

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        stmt = stmt.where(Person.deleted_at.is_(None))
        for word in normalize_query(query.search).split():
            stmt = stmt.where(
                Person.search_text.contains(word, autoescape=True)
                | Sage.expertise.contains(word, autoescape=True)
                | Sage.branch.contains(word, autoescape=True)
            )
        if (branch := query.filter("branch")) is not None:
            stmt = stmt.where(Sage.branch == branch)
        if query.filter("can_teach"):
            stmt = stmt.where(Sage.can_teach.is_(True))
        if (village_id := query.filter("village_id")) is not None:
            stmt = stmt.where(Person.village_id == village_id)
        return stmt

    def get(self, sage_id: int) -> tuple[SageRow, SageInput]:
        with self.db.session() as s:
            g = self._live(s, Sage, sage_id)
            data = SageInput(
                person_id=g.person_id, branch=g.branch, expertise=g.expertise,
                can_teach=g.can_teach, works_awards=g.works_awards, note=g.note)
        return self.get_row(sage_id), data

    def save(self, sage_id: int | None, data: SageInput) -> int:
        def build(s: Session, g: Sage) -> None:
            problems: list[FieldProblem] = []
            if data.person_id is None or s.get(Person, data.person_id) is None:
                problems.append(FieldProblem(
                    "person_id", QT_TRANSLATE_NOOP("Validation", "Choose the person.")))
            else:
                twin = s.execute(select(Sage.id, Sage.deleted_at).where(
                    Sage.person_id == data.person_id, Sage.id != g.id)).first()
                if twin is not None:
                    problems.append(FieldProblem("person_id", (
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This person is already a local sage (the record is in the "
                            "recycle bin: restore it).")
                        if twin[1] is not None else QT_TRANSLATE_NOOP(
                            "Validation", "This person is already in the local-sage registry."))))
            if not data.expertise.strip():
                problems.append(FieldProblem(
                    "expertise",
                    QT_TRANSLATE_NOOP("Validation", "Describe what the sage is expert in.")))
            if problems:
                raise ValidationError(problems)
            g.person_id = data.person_id
            g.branch = data.branch.strip()
            g.expertise = data.expertise.strip()
            g.can_teach = data.can_teach
            g.works_awards = data.works_awards.strip()
            g.note = data.note.strip()

        return self._save(sage_id, build)
