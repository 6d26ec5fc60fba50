"""Build a realistic demo database: office, villages, households, people, registries, groups,
training rounds.

The same seed always gives the same data (for a given `today`), so a demo file can be rebuilt
for a bug report or a benchmark. The file is built beside the target under a temporary name
and renamed into place only when complete: an error or a crash never leaves a half-made file
where the program would open it.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, bindparam, func, insert, select, update

from wangmuang_desk.db.models import (
    CommitteeMember,
    GroupMember,
    GroupPlanItem,
    GroupStatusChange,
    Household,
    LedgerEntry,
    Occupation,
    OccupationalGroup,
    Person,
    Product,
    ProductMaterial,
    RawMaterial,
    Sage,
    Village,
    WorkingGroupMember,
)
from wangmuang_desk.db.schema import PERSON_FTS, fsync_dir, fsync_file, open_database, side_file
from wangmuang_desk.services.demo.catalog import MATERIALS
from wangmuang_desk.services.demo.group_catalog import PRODUCT_UNITS
from wangmuang_desk.services.demo.groups import DemoVillage, GroupMaker, GroupTables, group_count
from wangmuang_desk.services.demo.office import write_office, write_signatories, write_villages
from wangmuang_desk.services.demo.population import PopulationMaker
from wangmuang_desk.services.demo.reference import (
    ReferenceLabels,
    add_missing_labels,
    read_reference_labels,
)
from wangmuang_desk.services.demo.registries import material_rows, sage_rows
from wangmuang_desk.services.demo.trainings import write_trainings

BATCH = 5_000
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    seed: int
    villages: int
    households: int
    people: int
    people_with_citizen_id: int
    elders: int
    occupations: int
    raw_materials: int
    sages: int
    signatories: int
    groups: int
    group_members: int
    ledger_entries: int
    products: int
    trainings: int = 0
    trainees: int = 0


def build_demo_database(
    path: Path | str,
    people: int = 10_000,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Create a new demo database at `path` and say what is in it.

    Refuses (FileExistsError) to replace a file that has anything in it. `today` fixes the
    date ages are counted from, so two builds on different days can be compared.
    """
    path = Path(path)
    if people < 0:
        raise ValueError(f"จำนวนบุคคลต้องไม่ติดลบ / people must not be negative: {people}")
    _refuse_existing(path)
    report = progress or (lambda _message: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_temp_file(path)
    try:
        summary = _build(tmp, path, people, seed, today or date.today(), report)
        fsync_file(tmp)
        # Checked again: another program may have written the target while we worked.
        _refuse_existing(path)
        for suffix in _SIDE_SUFFIXES:
            side_file(path, suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        for leftover in (tmp, *(side_file(tmp, s) for s in _SIDE_SUFFIXES)):
            leftover.unlink(missing_ok=True)
        raise
    report(f"เสร็จแล้ว / done: {path}")
    return summary


def _refuse_existing(path: Path) -> None:
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise FileExistsError(
            f"มีไฟล์นี้อยู่แล้ว จะไม่เขียนทับ: {path} / "
            f"the file already exists and will not be overwritten: {path}"
        )


def _new_temp_file(path: Path) -> Path:
    # Same folder as the target, so the final rename is atomic. (The permissions end up as
    # open_database gives every new file: owner-only, fitting a file of personal data.)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".demo-building", dir=path.parent)
    os.close(fd)
    return Path(name)


def _build(
    tmp: Path, target: Path, people: int, seed: int, today: date, report: Callable[[str], None]
) -> DemoSummary:
    report("สร้างโครงสร้างฐานข้อมูล / creating the schema")
    db = open_database(tmp)
    try:
        # No idle pooled connection may hold the WAL open while the journal mode changes.
        db.dispose()
        with db.engine.connect() as conn:
            # Only this temporary file, which nobody else opens, trades crash safety for speed;
            # an interrupted build is thrown away anyway. WAL is restored before the rename.
            conn.exec_driver_sql("PRAGMA journal_mode=MEMORY").scalar()
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.commit()
            with _search_index_built_at_the_end(conn, report):
                summary = _fill(conn, target, people, seed, today, report)
            report("สถิติสำหรับการค้นหา / planner statistics")
            # A new file has no statistics; without them SQLite plans a 200,000-row file
            # as if it were small. The program keeps them fresh on close (PRAGMA optimize).
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
            conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
            conn.commit()
    finally:
        db.dispose()
    return summary


@contextmanager
def _search_index_built_at_the_end(conn: Connection, report: Callable[[str], None]):
    """Fill the tables with person_fts's triggers set aside, then index everyone at once.

    Row by row through the triggers the trigram index costs about ten times what one
    'rebuild' over the finished table does. The triggers are read from the file itself and
    put back exactly as the migration made them; without person_fts this does nothing.
    """
    with conn.begin():
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person' "
            "AND name LIKE ?",
            (f"{PERSON_FTS}%",),
        ).all()
        has_index = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (PERSON_FTS,)
        ).first()
        for name, _sql in rows:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    with conn.begin():
        if has_index is not None:
            report("ดัชนีค้นหา / search index")
            conn.exec_driver_sql(f"INSERT INTO {PERSON_FTS}({PERSON_FTS}) VALUES ('rebuild')")
        for _name, sql in rows:
            conn.exec_driver_sql(sql)


def _fill(
    conn: Connection,
    target: Path,
    people: int,
    seed: int,
    today: date,
    report: Callable[[str], None],
) -> DemoSummary:
    rng = random.Random(seed)
    with conn.begin():
        labels = read_reference_labels(conn)
        add_missing_labels(conn, labels, "unit", [m.unit for m in MATERIALS] + list(PRODUCT_UNITS))
        write_office(conn)
        signatories = write_signatories(conn)
        villages = write_villages(conn, rng)
        maker = PopulationMaker(
            rng,
            today,
            villages,
            labels,
            first_household_id=_next_id(conn, Household),
            first_person_id=_next_id(conn, Person),
            first_occupation_id=_next_id(conn, Occupation),
        )
    households, persons, occupations = (Household.__table__, Person.__table__, Occupation.__table__)
    # A household is written before its people and gets its head afterwards, since
    # household.head_person_id and person.household_id point at each other.
    set_head = (
        update(households)
        .where(households.c.id == bindparam("hid"))
        .values(head_person_id=bindparam("pid"))
    )
    with conn.begin():
        for chunk in maker.chunks(people, BATCH):
            conn.execute(insert(households), chunk.households)
            conn.execute(insert(persons), chunk.people)
            conn.execute(set_head, chunk.heads)
            if chunk.occupations:
                conn.execute(insert(occupations), chunk.occupations)
            report(f"บุคคล / people {maker.people:,} / {people:,}")

    materials = material_rows(rng, villages, maker.owners, labels)
    sages = sage_rows(rng, maker.sage_candidates, people, labels, today)
    with conn.begin():
        if materials:
            conn.execute(insert(RawMaterial.__table__), materials)
        if sages:
            conn.execute(insert(Sage.__table__), sages)
    report(
        f"ทะเบียนวัตถุดิบ {len(materials)} รายการ, ปราชญ์ {len(sages)} คน / "
        f"{len(materials)} raw materials, {len(sages)} sages"
    )
    groups = _write_groups(conn, people, seed, today, maker, labels, report)
    trainings = write_trainings(conn, people, seed, today, maker.adults, report)

    return DemoSummary(
        path=target,
        seed=seed,
        villages=len(villages),
        households=maker.households,
        people=maker.people,
        people_with_citizen_id=maker.with_citizen_id,
        elders=maker.elders,
        occupations=maker.occupations,
        raw_materials=len(materials),
        sages=len(sages),
        signatories=signatories,
        groups=groups["groups"],
        group_members=groups["members"],
        ledger_entries=groups["ledger"],
        products=groups["products"],
        trainings=trainings["trainings"],
        trainees=trainings["trainees"],
    )


# Parents before the rows that point at them (foreign keys are checked as rows go in).
_GROUP_TABLES = (
    ("groups", OccupationalGroup),
    ("status_changes", GroupStatusChange),
    ("members", GroupMember),
    ("committee", CommitteeMember),
    ("ledger", LedgerEntry),
    ("products", Product),
    ("product_materials", ProductMaterial),
    ("plan_items", GroupPlanItem),
    ("working_group", WorkingGroupMember),
)


def _write_groups(
    conn: Connection,
    people: int,
    seed: int,
    today: date,
    maker: PopulationMaker,
    labels: ReferenceLabels,
    report: Callable[[str], None],
) -> dict[str, int]:
    """Occupational groups with everything they hold; returns how many rows of each."""
    wanted = group_count(people)
    counts = dict.fromkeys(("groups", "members", "ledger", "products"), 0)
    with conn.begin():
        groups = _group_maker(conn, seed, today, maker, labels)
        for tables in groups.batches(wanted):
            _insert_tables(conn, tables)
            for key in counts:
                counts[key] += len(getattr(tables, key))
            report(f"กลุ่มอาชีพ / groups {counts['groups']:,} / {wanted:,}")
        numbers = groups.enterprise_numbers()
        if numbers:
            table = OccupationalGroup.__table__
            set_number = (
                update(table)
                .where(table.c.id == bindparam("gid"))
                .values(enterprise_reg_no=bindparam("reg_no"), enterprise_reg_on=bindparam("on"))
            )
            conn.execute(set_number, numbers)
    return counts


def _group_maker(
    conn: Connection, seed: int, today: date, maker: PopulationMaker, labels: ReferenceLabels
) -> GroupMaker:
    villages = [
        DemoVillage(vid, moo, name)
        for vid, moo, name in conn.execute(
            select(Village.id, Village.moo, Village.name).order_by(Village.moo)
        )
    ]
    materials = {
        (vid, name): mid
        for mid, name, vid in conn.execute(
            select(RawMaterial.id, RawMaterial.name, RawMaterial.village_id).order_by(
                RawMaterial.id
            )
        )
    }
    first_ids = {
        "group": _next_id(conn, OccupationalGroup),
        "member": _next_id(conn, GroupMember),
        "ledger": _next_id(conn, LedgerEntry),
        "product": _next_id(conn, Product),
    }
    # A stream of its own, so the groups do not shift when the registries before them change.
    rng = random.Random(f"groups/{seed}")
    return GroupMaker(rng, today, villages, maker.adults, materials, labels, first_ids)


def _insert_tables(conn: Connection, tables: GroupTables) -> None:
    for key, model in _GROUP_TABLES:
        rows = getattr(tables, key)
        if rows:
            conn.execute(insert(model.__table__), rows)


def _next_id(conn: Connection, model) -> int:
    return conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one() + 1
