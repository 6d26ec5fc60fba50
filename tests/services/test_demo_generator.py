"""The demo-database generator: complete, valid, repeatable, and careful with files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from wangmuang_desk.services.demo import DemoSummary, build_demo_database
from wangmuang_desk.services.search_text import person_search_text
from wangmuang_desk.thai.citizen_id import is_valid_citizen_id
from wangmuang_desk.thai.dates import age_on

TODAY = date(2026, 1, 15)
PEOPLE = 500
SEED = 3


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    messages: list[str] = []
    summary = build_demo_database(
        path, people=PEOPLE, seed=SEED, progress=messages.append, today=TODAY
    )
    assert messages, "progress is reported"
    return path, summary


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _count(path: Path, table: str) -> int:
    return _rows(path, f"SELECT count(*) FROM {table}")[0][0]


# Every column a generated row is made of (timestamps differ between builds by nature).
_PERSON_COLUMNS = (
    "id, title, first_name, last_name, citizen_id, birth_date, sex, phone, house_no, "
    "village_id, household_id, is_elder, is_disabled, is_disadvantaged, search_text"
)


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    return {
        "person": _rows(path, f"SELECT {_PERSON_COLUMNS} FROM person ORDER BY id"),
        "household": _rows(
            path, "SELECT id, house_no, village_id, head_person_id FROM household ORDER BY id"
        ),
        "occupation": _rows(
            path,
            "SELECT person_id, category, description, is_main, "
            "yearly_income FROM occupation ORDER BY id",
        ),
        "raw_material": _rows(
            path,
            "SELECT name, category, village_id, quantity, unit, "
            "season, source_owner FROM raw_material ORDER BY id",
        ),
        "sage": _rows(
            path,
            "SELECT person_id, branch, expertise, can_teach, works_awards FROM sage ORDER BY id",
        ),
        "village": _rows(path, "SELECT moo, name FROM village ORDER BY moo"),
    }


def test_counts_are_as_reported(demo):
    path, summary = demo
    assert summary.path == path
    assert summary.people == _count(path, "person") == PEOPLE
    assert summary.households == _count(path, "household")
    assert summary.occupations == _count(path, "occupation")
    assert summary.raw_materials == _count(path, "raw_material")
    assert summary.sages == _count(path, "sage")
    assert summary.signatories == _count(path, "signatory") == 3
    assert summary.villages == _count(path, "village") == 12
    assert (
        summary.people_with_citizen_id
        == _rows(path, "SELECT count(*) FROM person WHERE citizen_id IS NOT NULL")[0][0]
    )
    assert summary.elders == _rows(path, "SELECT count(*) FROM person WHERE is_elder")[0][0]
    # About 3.3 people per household, ~60 raw materials, at least 10 sages.
    assert 120 <= summary.households <= 190
    assert 50 <= summary.raw_materials <= 70
    assert summary.sages >= 10


def test_citizen_ids_are_valid_unique_and_mostly_present(demo):
    path, _summary = demo
    ids = [r[0] for r in _rows(path, "SELECT citizen_id FROM person WHERE citizen_id IS NOT NULL")]
    assert all(is_valid_citizen_id(i) and len(i) == 13 and i[0] in "12345678" for i in ids)
    assert len(set(ids)) == len(ids)
    assert 0.75 <= len(ids) / PEOPLE <= 0.95


def test_every_household_has_a_head_who_lives_in_it(demo):
    path, _summary = demo
    rows = _rows(
        path,
        """
        SELECT h.id, h.house_no, h.village_id, p.household_id, p.house_no, p.village_id
        FROM household h LEFT JOIN person p ON p.id = h.head_person_id
    """,
    )
    assert rows
    for hid, house_no, village_id, p_household, p_house_no, p_village in rows:
        assert p_household == hid
        assert (p_house_no, p_village) == (house_no, village_id)
    # No one is left outside a household, and no household is empty.
    assert _rows(path, "SELECT count(*) FROM person WHERE household_id IS NULL")[0][0] == 0


def test_people_look_like_people(demo):
    path, _summary = demo
    rows = _rows(
        path,
        "SELECT title, first_name, last_name, citizen_id, birth_date, sex, "
        "phone, is_elder, search_text FROM person",
    )
    for title, first, last, cid, birth, sex, phone, elder, search in rows:
        age = age_on(date.fromisoformat(birth), TODAY)
        assert 0 <= age <= 95
        assert bool(elder) == (age >= 60)
        if age < 15:
            assert title == ("เด็กชาย" if sex == "M" else "เด็กหญิง")
        else:
            assert title in (("นาย",) if sex == "M" else ("นาง", "นางสาว"))
        assert first and last
        if phone:
            assert age >= 18 and len(phone) == 10 and phone.isdigit() and phone[0] == "0"
        assert search and search == person_search_text(title, first, last, cid, phone)
    assert len({r[1] for r in rows}) > 100  # many different given names


def test_records_use_the_reference_lists(demo):
    path, _summary = demo

    def labels(kind: str) -> set[str]:
        return {r[0] for r in _rows(path, f"SELECT label FROM ref_item WHERE kind = '{kind}'")}

    used = {
        "occupation_category": "SELECT DISTINCT category FROM occupation",
        "wisdom_branch": "SELECT DISTINCT branch FROM sage",
        "material_category": "SELECT DISTINCT category FROM raw_material",
        "unit": "SELECT DISTINCT unit FROM raw_material",
    }
    for kind, sql in used.items():
        values = {r[0] for r in _rows(path, sql)}
        assert values and values <= labels(kind), kind
    incomes = [r[0] for r in _rows(path, "SELECT yearly_income FROM occupation")]
    assert all(1_000 <= income <= 600_000 for income in incomes)


def test_sages_are_people_of_forty_and_over(demo):
    path, _summary = demo
    births = _rows(path, "SELECT p.birth_date FROM sage s JOIN person p ON p.id = s.person_id")
    assert births
    assert all(age_on(date.fromisoformat(b), TODAY) >= 40 for (b,) in births)


def test_office_and_villages_say_they_are_demo_data(demo):
    path, _summary = demo
    [(name, is_demo, setup_done)] = _rows(
        path, "SELECT name, is_demo, setup_done FROM office_profile"
    )
    assert is_demo == 1 and setup_done == 1
    assert "ข้อมูลตัวอย่าง" in name
    defaults = _rows(path, "SELECT name, position FROM signatory WHERE is_default")
    assert defaults == [("นายตัวอย่าง ทดสอบระบบ", "นายกองค์การบริหารส่วนตำบลวังม่วง")]
    villages = _rows(path, "SELECT moo, name, note FROM village ORDER BY moo")
    assert [v[0] for v in villages] == list(range(1, 13))
    assert all(n.startswith("บ้าน") and "ข้อมูลตัวอย่าง" in note for _m, n, note in villages)


def test_same_seed_gives_the_same_data(demo, tmp_path):
    path, _summary = demo
    again = tmp_path / "again.sqlite3"
    build_demo_database(again, people=PEOPLE, seed=SEED, today=TODAY)
    assert _snapshot(again) == _snapshot(path)

    other = tmp_path / "other.sqlite3"
    build_demo_database(other, people=PEOPLE, seed=SEED + 1, today=TODAY)
    assert _snapshot(other)["person"] != _snapshot(path)["person"]


def test_result_is_an_ordinary_database_of_the_program(demo):
    from wangmuang_desk.db.schema import HEAD_REVISION, open_database
    from wangmuang_desk.services.container import Services

    path, _summary = demo
    assert _rows(path, "PRAGMA journal_mode") == [("wal",)]
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    leftovers = [p.name for p in path.parent.iterdir() if p.name != path.name]
    assert leftovers == []

    [(pid, first, last, cid)] = _rows(
        path,
        "SELECT id, first_name, last_name, citizen_id FROM person "
        "WHERE citizen_id IS NOT NULL ORDER BY id LIMIT 1",
    )
    db = open_database(path)
    try:
        people = Services(db).people
        dashed = f"{cid[0]}-{cid[1:5]}-{cid[5:10]}-{cid[10:12]}-{cid[12]}"
        assert pid in [r.id for r in people.search(dashed)]
        assert pid in [r.id for r in people.search(f"{first} {last}", limit=200)]
    finally:
        db.dispose()


def test_the_search_index_holds_everyone_and_is_kept_afterwards(demo):
    from wangmuang_desk.db.schema import open_database
    from wangmuang_desk.services.container import Services
    from wangmuang_desk.services.listing import ListQuery
    from wangmuang_desk.services.people import fts_query
    from wangmuang_desk.services.rows import PersonInput

    path, summary = demo
    # Built in one go at the end, it matches the table row by row (FTS5's own check) ...
    _rows(path, "INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
    [(title,)] = _rows(path, "SELECT title FROM person WHERE title <> '' LIMIT 1")
    [(indexed,)] = _rows(
        path, f"SELECT count(*) FROM person_fts WHERE person_fts MATCH '{fts_query([title])}'")
    [(with_title,)] = _rows(
        path, f"SELECT count(*) FROM person WHERE instr(search_text, '{title}') > 0")
    assert indexed == with_title > 0
    # ... the triggers set aside during the build are back, so later changes reach it ...
    triggers = {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert triggers == {"person_fts_insert", "person_fts_update", "person_fts_delete"}
    # ... and the planner has statistics for a file of this size.
    assert {"person", "occupation"} <= {r[0] for r in _rows(path, "SELECT tbl FROM sqlite_stat1")}

    copy = path.parent / "copy-for-a-write.sqlite3"
    _rows(path, f"VACUUM INTO '{copy}'")
    db = open_database(copy)
    try:
        people = Services(db).people
        pid = people.add(PersonInput(first_name="ผู้มาใหม่หลังสร้าง"))
        assert [r.id for r in people.search("มาใหม่หลัง")] == [pid]
        assert people.count(ListQuery()) == summary.people + 1
    finally:
        db.dispose()
        for leftover in path.parent.glob("copy-for-a-write*"):
            leftover.unlink()


def test_refuses_to_overwrite_a_file(tmp_path):
    target = tmp_path / "precious.sqlite3"
    target.write_bytes(b"staff data")
    with pytest.raises(FileExistsError) as info:
        build_demo_database(target, people=20, seed=1, today=TODAY)
    message = str(info.value)
    assert "มีไฟล์นี้อยู่แล้ว" in message and "already exists" in message
    assert target.read_bytes() == b"staff data"
    assert [p.name for p in tmp_path.iterdir()] == ["precious.sqlite3"]


def test_an_empty_file_may_be_replaced(tmp_path):
    target = tmp_path / "empty.sqlite3"
    target.touch()
    summary = build_demo_database(target, people=30, seed=2, today=TODAY)
    assert _count(target, "person") == summary.people == 30


def test_a_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    from wangmuang_desk.services.demo import generator

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(generator, "sage_rows", broken)
    target = tmp_path / "demo.sqlite3"
    with pytest.raises(RuntimeError, match="disk trouble"):
        build_demo_database(target, people=200, seed=1, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_no_people_still_gives_a_usable_office(tmp_path):
    summary = build_demo_database(tmp_path / "empty-town.sqlite3", people=0, today=TODAY)
    assert (summary.people, summary.households, summary.sages) == (0, 0, 0)
    assert summary.villages == 12 and summary.raw_materials > 0


def test_negative_people_is_refused(tmp_path):
    with pytest.raises(ValueError):
        build_demo_database(tmp_path / "x.sqlite3", people=-1)
    assert list(tmp_path.iterdir()) == []
