"""The office profile, signatories, villages and editable reference lists."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import OfficeProfile, Person, RefItem, Signatory, Village
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.rows import (
    MAX_EMBLEM_BYTES,
    REF_KINDS,
    OfficeData,
    SignatoryData,
    VillageRow,
)


class OfficeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- profile -------------------------------------------------------------------------
    def profile(self) -> OfficeData:
        with self.db.session() as s:
            p = s.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
            signatories = [
                SignatoryData(g.name, g.position, g.is_default, g.id)
                for g in s.scalars(select(Signatory).order_by(Signatory.sort_order, Signatory.id))
            ]
            if p is None:
                return OfficeData(name="", signatories=signatories)
            return OfficeData(
                name=p.name, department=p.department, house_no=p.house_no, moo=p.moo,
                road=p.road, subdistrict=p.subdistrict, district=p.district,
                province=p.province, postcode=p.postcode, phone=p.phone, emblem=p.emblem,
                is_demo=p.is_demo, setup_done=p.setup_done, signatories=signatories,
            )

    def save_profile(self, data: OfficeData) -> None:
        problems: list[FieldProblem] = []
        if not data.name.strip():
            problems.append(FieldProblem(
                "name", QT_TRANSLATE_NOOP("Validation", "Enter the name of the office.")))
        if data.postcode and (not data.postcode.isdigit() or len(data.postcode) != 5):
            problems.append(FieldProblem(
                "postcode", QT_TRANSLATE_NOOP("Validation", "A postcode has 5 digits.")))
        if data.emblem is not None and len(data.emblem) > MAX_EMBLEM_BYTES:
            problems.append(FieldProblem(
                "emblem", QT_TRANSLATE_NOOP("Validation", "The emblem image is larger than 2 MB.")))
        for i, sig in enumerate(data.signatories):
            if not sig.name.strip() or not sig.position.strip():
                problems.append(FieldProblem(
                    "signatories",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Signatory {row}: enter both the name and the position."),
                    {"row": i + 1}))
        if problems:
            raise ValidationError(problems)
        with self.db.session() as s:
            p = s.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
            if p is None:
                p = OfficeProfile(name="")
                s.add(p)
            for attr in ("name", "department", "house_no", "moo", "road", "subdistrict",
                         "district", "province", "postcode", "phone"):
                setattr(p, attr, getattr(data, attr).strip())
            p.emblem = data.emblem
            p.setup_done = True
            # Signatories: replace the list in one go, keeping ids of those still there.
            keep = {sig.id for sig in data.signatories if sig.id is not None}
            s.execute(delete(Signatory).where(Signatory.id.not_in(keep or {0})))
            has_default = any(sig.is_default for sig in data.signatories)
            for order, sig in enumerate(data.signatories):
                row = s.get(Signatory, sig.id) if sig.id is not None else None
                if row is None:
                    row = Signatory(name="", position="")
                    s.add(row)
                row.name, row.position = sig.name.strip(), sig.position.strip()
                row.sort_order = order
                row.is_default = sig.is_default or (not has_default and order == 0)

    # --- villages ------------------------------------------------------------------------
    def villages(self) -> list[VillageRow]:
        with self.db.session() as s:
            return [VillageRow(v.id, v.moo, v.name, v.note)
                    for v in s.scalars(select(Village).order_by(Village.moo))]

    def save_villages(self, rows: list[VillageRow]) -> None:
        """Replace the village table with `rows` (id 0 = new); refuses to drop one in use."""
        problems: list[FieldProblem] = []
        seen: set[int] = set()
        for row in rows:
            if row.moo < 1 or row.moo > 99:
                problems.append(FieldProblem("villages", QT_TRANSLATE_NOOP(
                    "Validation", "Village number {moo} is not between 1 and 99."),
                    {"moo": row.moo}))
            if row.moo in seen:
                problems.append(FieldProblem("villages", QT_TRANSLATE_NOOP(
                    "Validation", "Village number {moo} appears twice."), {"moo": row.moo}))
            seen.add(row.moo)
            if not row.name.strip():
                problems.append(FieldProblem("villages", QT_TRANSLATE_NOOP(
                    "Validation", "Village number {moo} needs a name."), {"moo": row.moo}))
        with self.db.session() as s:
            keep = {r.id for r in rows if r.id}
            for v in s.scalars(select(Village).where(Village.id.not_in(keep or {0}))):
                used = s.execute(select(func.count(Person.id)).where(
                    Person.village_id == v.id)).scalar_one()
                if used:
                    problems.append(FieldProblem("villages", QT_TRANSLATE_NOOP(
                        "Validation",
                        "Village number {moo} cannot be removed: {count} people live there."),
                        {"moo": v.moo, "count": used}))
            if problems:
                raise ValidationError(problems)
            removed = [v for v in s.scalars(select(Village).where(Village.id.not_in(keep or {0})))]
            for v in removed:
                s.delete(v)
            s.flush()
            # Renumbering two villages at once would trip the unique moo index midway.
            for row in rows:
                if row.id:
                    s.get(Village, row.id).moo = -row.id
            s.flush()
            for row in rows:
                v = s.get(Village, row.id) if row.id else None
                if v is None:
                    v = Village(moo=row.moo, name="")
                    s.add(v)
                v.moo, v.name, v.note = row.moo, row.name.strip(), row.note.strip()

    # --- reference lists -----------------------------------------------------------------
    def ref_list(self, kind: str, active_only: bool = True) -> list[str]:
        with self.db.session() as s:
            stmt = select(RefItem.label).where(RefItem.kind == kind)
            if active_only:
                stmt = stmt.where(RefItem.active.is_(True))
            return list(s.scalars(stmt.order_by(RefItem.sort_order, RefItem.id)))

    def save_ref_list(self, kind: str, labels: list[str]) -> None:
        if kind not in REF_KINDS:
            raise ValueError(kind)
        cleaned = list(dict.fromkeys(label.strip() for label in labels if label.strip()))
        with self.db.session() as s:
            existing = {r.label: r for r in s.scalars(select(RefItem).where(RefItem.kind == kind))}
            for order, label in enumerate(cleaned):
                item = existing.pop(label, None) or RefItem(kind=kind, label=label)
                item.sort_order, item.active = order, True
                s.add(item)
            # Labels taken out are only hidden: records that use them keep their text.
            for item in existing.values():
                item.active = False
