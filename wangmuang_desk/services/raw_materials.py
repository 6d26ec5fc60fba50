"""The raw-material registry: local resources by village, quantity and season."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.models import RawMaterial, Village
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.registry_base import RegistryService
from wangmuang_desk.services.rows import RawMaterialInput, RawMaterialRow
from wangmuang_desk.services.search_text import normalize_query


class RawMaterialService(RegistryService):
    model = RawMaterial
    default_sort = "name"
    sorts = {
        "name": (RawMaterial.name, RawMaterial.id),
        "category": (RawMaterial.category, RawMaterial.name, RawMaterial.id),
        "moo": (Village.moo, RawMaterial.name, RawMaterial.id),
        "quantity": (RawMaterial.quantity, RawMaterial.id),
        "season": (RawMaterial.season, RawMaterial.id),
    }

    def row_select(self) -> Select:
        return self.joins(select(
            RawMaterial.id, RawMaterial.name, RawMaterial.category, RawMaterial.village_id,
            Village.moo, Village.name, RawMaterial.quantity, RawMaterial.unit, RawMaterial.season,
            RawMaterial.source_owner,
        ))

    def joins(self, stmt: Select) -> Select:
        return stmt.outerjoin(Village, RawMaterial.village_id == Village.id)

    def to_row(self, r) -> RawMaterialRow:
        return RawMaterialRow(
            id=r[0], name=r[1], category=r[2], village_id=r[3], moo=r[4], village_name=r[5] or "",
            quantity=r[6], unit=r[7], season=r[8], source_owner=r[9],
        )

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        for word in normalize_query(query.search).split():
            stmt = stmt.where(
                RawMaterial.name.contains(word, autoescape=True)
                | RawMaterial.source_owner.contains(word, autoescape=True)
                | RawMaterial.season.contains(word, autoescape=True)
            )
        if (category := query.filter("category")) is not None:
            stmt = stmt.where(RawMaterial.category == category)
        if (village_id := query.filter("village_id")) is not None:
            stmt = stmt.where(RawMaterial.village_id == village_id)
        return stmt

    def get(self, material_id: int) -> tuple[RawMaterialRow, RawMaterialInput]:
        with self.db.session() as s:
            m = self._live(s, RawMaterial, material_id)
            data = RawMaterialInput(
                name=m.name, category=m.category, village_id=m.village_id, quantity=m.quantity,
                unit=m.unit, season=m.season, source_owner=m.source_owner, note=m.note)
        return self.get_row(material_id), data

    def save(self, material_id: int | None, data: RawMaterialInput) -> int:
        def build(s: Session, m: RawMaterial) -> None:
            problems: list[FieldProblem] = []
            name = validation.required_text(
                problems, "name", data.name,
                QT_TRANSLATE_NOOP("Validation", "Enter the name of the material."))
            quantity = validation.non_negative_decimal(problems, "quantity", data.quantity)
            if data.village_id is not None and s.get(Village, data.village_id) is None:
                problems.append(FieldProblem("village_id", QT_TRANSLATE_NOOP(
                    "Validation", "This village no longer exists.")))
            if problems:
                raise ValidationError(problems)
            m.name = name
            m.category = data.category.strip()
            m.village_id = data.village_id
            m.quantity = quantity
            m.unit = data.unit.strip()
            m.season = data.season.strip()
            m.source_owner = data.source_owner.strip()
            m.note = data.note.strip()

        return self._save(material_id, build)
