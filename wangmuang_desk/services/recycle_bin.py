"""The recycle bin: everything staff delete waits here until restored or emptied."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, update

from wangmuang_desk.db.engine import Database
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, InUseError, NotFoundError
from wangmuang_desk.services.rows import BinItem


def kinds() -> dict[str, Any]:
    """Each kind of record the bin holds, with its model.

    Imported on first use, not at the top: the group models are the largest part of the
    models, and the GUI's start must not wait for them (design.md, performance budget).
    """
    from wangmuang_desk.db.models import (
        Household,
        Occupation,
        OccupationalGroup,
        Person,
        Product,
        RawMaterial,
        Sage,
        Training,
    )

    return {
        "person": Person,
        "household": Household,
        "occupation": Occupation,
        "raw_material": RawMaterial,
        "sage": Sage,
        "group": OccupationalGroup,
        "product": Product,
        "training": Training,
    }


def _label(s, kind: str, record) -> str:
    if kind == "person":
        return record.full_name
    if kind == "household":
        return f"{record.house_no} หมู่ {record.village.moo}"
    if kind == "training":
        return f"{record.title} ({record.fiscal_year})"
    if kind in ("occupation", "sage"):
        person = s.get(kinds()["person"], record.person_id)
        what = record.category if kind == "occupation" else record.branch or record.expertise
        return f"{person.full_name}: {what}"
    return record.name


class RecycleBinService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self) -> list[BinItem]:
        out: list[BinItem] = []
        with self.db.session() as s:
            for kind, model in kinds().items():
                for record in s.scalars(select(model).where(model.deleted_at.is_not(None))):
                    out.append(BinItem(kind, record.id, _label(s, kind, record), record.deleted_at))
        out.sort(key=lambda item: item.deleted_at, reverse=True)
        return out

    def count(self) -> int:
        with self.db.session() as s:
            return sum(
                s.execute(select(func.count(m.id)).where(m.deleted_at.is_not(None))).scalar_one()
                for m in kinds().values())

    def restore(self, kind: str, record_id: int) -> None:
        with self.db.session() as s:
            record = s.get(kinds()[kind], record_id)
            if record is None or record.deleted_at is None:
                raise NotFoundError(record_id)
            record.deleted_at = None

    def purge(self, kind: str, record_id: int) -> None:
        """Delete for good. Refused while other records still need this one."""
        model = kinds()[kind]
        with self.db.session() as s:
            record = s.get(model, record_id)
            if record is None or record.deleted_at is None:
                raise NotFoundError(record_id)
            if kind == "person":
                _purge_person(s, record)
            elif kind == "household":
                person = kinds()["person"]
                s.execute(update(person).where(person.household_id == record_id)
                          .values(household_id=None))
            elif kind == "group":
                from wangmuang_desk.services.groups import purge_group

                purge_group(s, record)
            elif kind == "product":
                from wangmuang_desk.services.group_products import purge_product

                purge_product(s, record)
            elif kind == "training":
                from wangmuang_desk.services.trainings import purge_training

                purge_training(s, record)
            elif kind == "sage":
                from wangmuang_desk.db.models import Speaker

                # A round's speaker keeps the name they taught under.
                s.execute(update(Speaker).where(Speaker.sage_id == record_id)
                          .values(sage_id=None))
            elif kind == "raw_material":
                from wangmuang_desk.services.group_products import refuse_purging_material

                refuse_purging_material(s, record)
            s.delete(record)

    def empty(self) -> tuple[int, int]:
        """Purge everything that can be purged; returns (purged, kept because in use)."""
        purged = kept = 0
        for item in self.items():
            try:
                self.purge(item.kind, item.id)
                purged += 1
            except InUseError:
                kept += 1
            except NotFoundError:
                pass  # went with its owner (a group's products go with the group)
        return purged, kept


def _purge_person(s, record) -> None:
    """Refuse while the person is in a group or a training round; else unlink the rest."""
    from wangmuang_desk.db.models import (
        GroupMember,
        Household,
        Occupation,
        OccupationalGroup,
        Sage,
        Trainee,
        WorkingGroupMember,
    )

    record_id = record.id
    groups = s.execute(select(func.count()).where(
        GroupMember.person_id == record_id)).scalar_one()
    rounds = s.execute(select(func.count()).where(
        Trainee.person_id == record_id)).scalar_one()
    if groups or rounds:
        raise InUseError(QT_TRANSLATE_NOOP(
            "Validation",
            "{name} is a member of {groups} group(s) and a trainee of {rounds} "
            "training round(s); the record is kept so those stay complete."),
            name=record.full_name, groups=groups, rounds=rounds)
    s.execute(delete(Occupation).where(Occupation.person_id == record_id))
    s.execute(delete(Sage).where(Sage.person_id == record_id))
    s.execute(update(Household).where(Household.head_person_id == record_id)
              .values(head_person_id=None))
    s.execute(update(OccupationalGroup).where(
        OccupationalGroup.contact_person_id == record_id
    ).values(contact_person_id=None))
    # A working-group seat keeps the name it was held under.
    s.execute(update(WorkingGroupMember).where(
        WorkingGroupMember.person_id == record_id).values(
        person_id=None, name=record.full_name))
