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
        **{
            table: _rows(path, f"SELECT {columns} FROM {table} ORDER BY {order}")
            for table, columns, order in _GROUP_SNAPSHOT
        },
    }


_GROUP_SNAPSHOT = (
    ("occupational_group", "id, name, group_type, village_id, founded_on, status, "
     "contact_person_id, enterprise_reg_no, enterprise_reg_on, objectives, regulations", "id"),
    ("group_status_change", "group_id, status, changed_on", "id"),
    ("group_member", "id, group_id, person_id, joined_on, left_on, shares", "id"),
    ("committee_member", "group_id, person_id, position, term_start, term_end", "id"),
    ("ledger_entry", "id, group_id, member_id, entry_date, kind, amount, note", "id"),
    ("product", "id, group_id, name, otop_category, otop_stars, standards, price, unit", "id"),
    ("product_material", "product_id, raw_material_id", "product_id, raw_material_id"),
    ("group_plan_item", "group_id, title, end_date, status", "id"),
    ("working_group_member", "person_id, name, role, group_id, term_start, term_end", "id"),
)


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
    assert summary.groups == _count(path, "occupational_group")
    assert summary.group_members == _count(path, "group_member")
    assert summary.ledger_entries == _count(path, "ledger_entry")
    assert summary.products == _count(path, "product")
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
    assert (summary.groups, summary.group_members, summary.ledger_entries) == (0, 0, 0)
    assert summary.villages == 12 and summary.raw_materials > 0


def test_negative_people_is_refused(tmp_path):
    with pytest.raises(ValueError):
        build_demo_database(tmp_path / "x.sqlite3", people=-1)
    assert list(tmp_path.iterdir()) == []


# --- occupational groups ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def group_db(demo):
    from wangmuang_desk.db.schema import open_database

    db = open_database(demo[0])
    yield db
    db.dispose()


def _group_ids(path: Path, where: str = "1") -> list[int]:
    return [r[0] for r in _rows(path, f"SELECT id FROM occupational_group WHERE {where}")]


def test_group_count_is_one_per_hundred_people_and_twenty_at_least(demo):
    from wangmuang_desk.services.demo.groups import group_count

    # 20 once a file has 500 people (the default 10,000 gives 100, the stress file 2,000).
    assert [group_count(n) for n in (0, 30, 300, 500, 10_000, 200_000)] == [0, 1, 12, 20, 100, 2000]
    assert demo[1].groups == group_count(PEOPLE) == 20


def test_groups_spread_over_types_statuses_and_villages(demo):
    from wangmuang_desk.services.group_rows import GROUP_TYPES, STATUSES

    path, _summary = demo
    rows = _rows(path, """SELECT g.name, g.group_type, g.status, g.founded_on, g.share_value,
        g.objectives, g.regulations, v.name FROM occupational_group g
        JOIN village v ON v.id = g.village_id""")
    assert {r[1] for r in rows} == set(GROUP_TYPES)
    assert {r[2] for r in rows} == set(STATUSES)
    assert len({r[7] for r in rows}) >= 8
    assert len({(r[0], r[7]) for r in rows}) == len(rows)  # no twin names in a village
    for name, _type, status, founded, share, objectives, regulations, village in rows:
        assert name.startswith("กลุ่ม") and village in name
        assert share in (50, 100) and objectives and regulations
        if status == "forming":
            assert founded is None
        else:
            assert date(TODAY.year - 16, 1, 1) <= date.fromisoformat(founded) < TODAY


def test_status_histories_follow_the_allowed_changes(demo):
    from wangmuang_desk.services.group_rules import allowed_transitions

    path, _summary = demo
    for gid, status, founded, reg_no, reg_on in _rows(
        path, "SELECT id, status, founded_on, enterprise_reg_no, enterprise_reg_on "
              "FROM occupational_group"):
        history = _rows(path, "SELECT status, changed_on FROM group_status_change "
                              f"WHERE group_id = {gid} ORDER BY changed_on, id")
        current, reached = "forming", {"forming"}
        for new, _on in history:
            assert new in allowed_transitions(current, reached), (gid, current, new)
            current = new
            reached.add(new)
        assert current == status
        assert [on for _s, on in history] == sorted(on for _s, on in history)
        assert history[0] == ("established", founded) if history else founded is None
        enterprise_on = [on for s, on in history if s == "enterprise"]
        assert (reg_no.startswith("สวช.01 19-12-03-"), reg_on) == (
            (True, enterprise_on[0]) if enterprise_on else (False, None))


def test_community_enterprises_have_seven_households(demo, group_db):
    from wangmuang_desk.services.group_members import current_member_facts
    from wangmuang_desk.services.group_rules import check_members

    ids = _group_ids(demo[0], "enterprise_reg_no <> ''")
    assert ids
    with group_db.session() as s:
        for gid in ids:
            facts = current_member_facts(s, gid)
            assert check_members(facts, for_enterprise=True) == [], gid
            assert len({f.household_id for f in facts}) >= 7


def test_members_joined_as_adults_after_the_founding(demo):
    path, _summary = demo
    rows = _rows(path, """SELECT g.name, g.status, g.founded_on, m.joined_on, m.left_on, m.shares,
        p.birth_date, p.sex FROM group_member m JOIN occupational_group g ON g.id = m.group_id
        JOIN person p ON p.id = m.person_id""")
    for name, status, founded, joined, left, shares, birth, sex in rows:
        assert age_on(date.fromisoformat(birth), date.fromisoformat(joined)) >= 18
        assert sex == "F" or not ("สตรี" in name or "แม่บ้าน" in name)  # women's groups
        assert joined <= TODAY.isoformat() and (founded is None or joined >= founded)
        assert left is None or joined < left <= TODAY.isoformat()
        assert (1 <= shares <= 20) if status != "forming" else shares == 0
    assert any(r[4] for r in rows), "some members left"
    current = dict(_rows(path, """SELECT g.id, count(m.id) FROM occupational_group g
        JOIN group_member m ON m.group_id = g.id AND m.left_on IS NULL
        WHERE g.status <> 'forming' GROUP BY g.id"""))
    assert len(current) == len(_group_ids(path, "status <> 'forming'"))
    assert all(7 <= n <= 40 for n in current.values())


def test_committees_are_current_members_with_one_president(demo, group_db):
    from wangmuang_desk.services.group_members import GroupMemberService
    from wangmuang_desk.services.group_rules import check_committee

    path, _summary = demo
    service = GroupMemberService(group_db, today=TODAY)
    past_terms = 0
    for gid in _group_ids(path, "status <> 'forming'"):
        view = service.committee(gid)
        members = {m.person_id for m in service.members(gid)}
        seats = [(seat.person_id, seat.position) for seat in view.current.seats]
        assert check_committee(seats, members) == [], gid
        assert [p for _id, p in seats].count("president") == 1
        assert 5 <= len(seats) <= 7 and not any(s.has_left for s in view.current.seats)
        past_terms += len(view.past)
        for term in view.past:
            assert term.term_end < view.current.term_start
            assert [s.position for s in term.seats].count("president") == 1
    assert past_terms > 0


def test_ledgers_never_go_negative(demo, group_db):
    from wangmuang_desk.services.group_ledger import GroupLedgerService, ledger_lines
    from wangmuang_desk.services.group_rules import running_balances

    path, summary = demo
    kinds = {r[0] for r in _rows(path, "SELECT DISTINCT kind FROM ledger_entry")}
    assert kinds == {"deposit", "withdrawal", "share", "income", "expense"}
    # Every balance after every entry, in the order the program reads the book.
    with group_db.session() as s:
        for gid in _group_ids(path):
            for _line, savings, cash in running_balances(ledger_lines(s, gid)):
                assert cash >= 0 and (savings is None or savings >= 0), gid
    service = GroupLedgerService(group_db, today=TODAY)
    for gid in _group_ids(path, "status IN ('registered', 'enterprise', 'otop')")[:8]:
        totals = service.balances(gid)
        assert totals.cash >= 0 and all(m.savings >= 0 for m in totals.members)
        assert totals.cash == totals.total_savings + totals.share_capital + (
            totals.income - totals.spending)
    # Members pay in only while members; nobody is on the books of a forming group.
    assert _rows(path, """SELECT count(*) FROM ledger_entry l JOIN group_member m
        ON m.id = l.member_id WHERE l.entry_date < m.joined_on
        OR (l.kind <> 'withdrawal' AND m.left_on IS NOT NULL AND l.entry_date > m.left_on)
        OR m.group_id <> l.group_id""") == [(0,)]
    assert _rows(path, """SELECT count(*) FROM ledger_entry l JOIN occupational_group g
        ON g.id = l.group_id WHERE g.status = 'forming' OR l.entry_date > '2026-01-15'""") == [
        (0,)]
    assert summary.ledger_entries < 400 * summary.groups


def test_products_plans_and_working_group(demo, group_db):
    from wangmuang_desk.services.working_group import WorkingGroupService

    path, _summary = demo
    labels = {k: {r[0] for r in _rows(path, f"SELECT label FROM ref_item WHERE kind = '{k}'")}
              for k in ("otop_category", "unit")}
    products = _rows(path, """SELECT p.group_id, g.status, g.group_type, p.otop_category,
        p.otop_stars, p.standards, p.price, p.unit FROM product p
        JOIN occupational_group g ON g.id = p.group_id""")
    for _gid, _status, group_type, category, stars, standards, price, unit in products:
        assert group_type != "savings" and price > 0 and unit in labels["unit"]
        assert category == "" or category in labels["otop_category"]
        assert stars is None or (1 <= stars <= 5 and category)
        assert set(filter(None, standards.split(", "))) <= {"มผช.", "อย.", "GAP", "ฮาลาล"}
    per_group = dict(_rows(path, "SELECT group_id, count(*) FROM product GROUP BY group_id"))
    assert per_group and all(1 <= n <= 3 for n in per_group.values())
    assert any(r[4] for r in products) and any(r[5] for r in products)
    assert _rows(path, """SELECT count(*) FROM product_material pm JOIN product p
        ON p.id = pm.product_id JOIN occupational_group g ON g.id = p.group_id
        JOIN raw_material r ON r.id = pm.raw_material_id
        WHERE r.village_id <> g.village_id""") == [(0,)]
    plans = dict(_rows(path, "SELECT group_id, count(*) FROM group_plan_item GROUP BY group_id"))
    assert len(plans) == demo[1].groups and all(1 <= n <= 4 for n in plans.values())
    assert _rows(path, "SELECT count(*) FROM group_plan_item WHERE end_date < '2026-01-15' "
                       "AND status IN ('planned', 'in_progress')")[0][0] > 0  # overdue ones

    working = WorkingGroupService(group_db, today=TODAY)
    seats = working.members()
    assert [s.role for s in seats] == ["officer"] * 2 + ["representative"] * 3
    assert all("ตัวอย่าง" in s.name or "สาธิต" in s.name for s in seats[:2])
    assert working.warnings() == []
