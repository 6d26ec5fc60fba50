"""The demo office: its profile, signatories and villages, all visibly marked as demo data."""

from __future__ import annotations

import random

from sqlalchemy import Connection, insert, select, update

from wangmuang_desk.db.models import OfficeProfile, Signatory, Village
from wangmuang_desk.services.demo.thai_names import VILLAGE_NAMES

DEMO_OFFICE_NAME = "องค์การบริหารส่วนตำบลวังม่วง (ข้อมูลตัวอย่าง)"
DEMO_VILLAGE_NOTE = "ชื่อสมมุติ (ข้อมูลตัวอย่าง)"
VILLAGE_COUNT = 12

# The names are made up on purpose, so nobody takes a demo document for a real one.
DEMO_SIGNATORIES = (
    ("นายตัวอย่าง ทดสอบระบบ", "นายกองค์การบริหารส่วนตำบลวังม่วง", True),
    ("นายสมมุติ ใช้สาธิต", "รองนายกองค์การบริหารส่วนตำบลวังม่วง", False),
    ("นางสาวทดลอง ข้อมูลจำลอง", "นักพัฒนาชุมชน หัวหน้างานพัฒนาชุมชน", False),
)

_OFFICE = {
    "name": DEMO_OFFICE_NAME,
    "department": "งานพัฒนาชุมชน สำนักปลัด",
    "subdistrict": "วังม่วง",
    "district": "วังม่วง",
    "province": "สระบุรี",
    "postcode": "18220",
    "is_demo": True,
    "setup_done": True,
}


def write_office(conn: Connection) -> int:
    """Mark the one office row as demo (creating it if the schema seed did not). Returns 1."""
    table = OfficeProfile.__table__
    office_id = conn.execute(select(table.c.id).order_by(table.c.id).limit(1)).scalar()
    if office_id is None:
        conn.execute(insert(table), [_OFFICE])
    else:
        conn.execute(update(table).where(table.c.id == office_id).values(**_OFFICE))
    return 1


def write_signatories(conn: Connection) -> int:
    table = Signatory.__table__
    # Only the demo mayor may be the default signer.
    conn.execute(update(table).values(is_default=False))
    rows = [
        {"name": name, "position": position, "sort_order": i, "is_default": default}
        for i, (name, position, default) in enumerate(DEMO_SIGNATORIES)
    ]
    conn.execute(insert(table), rows)
    return len(rows)


def write_villages(conn: Connection, rng: random.Random) -> list[tuple[int, int]]:
    """Villages หมู่ 1..12 with made-up names; returns (id, moo) pairs in moo order."""
    table = Village.__table__
    names = rng.sample(VILLAGE_NAMES, VILLAGE_COUNT)
    existing = dict(conn.execute(select(table.c.moo, table.c.id)).all())
    for moo, name in enumerate(names, start=1):
        values = {"name": name, "note": DEMO_VILLAGE_NOTE}
        if moo in existing:
            conn.execute(update(table).where(table.c.id == existing[moo]).values(**values))
        else:
            conn.execute(insert(table).values(moo=moo, **values))
    rows = conn.execute(
        select(table.c.id, table.c.moo).where(table.c.moo <= VILLAGE_COUNT).order_by(table.c.moo)
    )
    return [(vid, moo) for vid, moo in rows]
