"""Search-as-you-type through the trigram index finds exactly what a LIKE per word finds.

The reference is the rule itself, in Python: a live person matches when every word of the
normalized search is a substring of their search_text. Each way the service may take to
the rows (the trigram index, the name index walked with LIKE, LIKE alone when the index is
missing) must give the same count, the same rows and the same order.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from wangmuang_desk.db.schema import open_database
from wangmuang_desk.services.container import Services
from wangmuang_desk.services.demo import build_demo_database
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.people import PeopleService, fts_query, search_words
from wangmuang_desk.services.rows import PersonInput

PEOPLE = 3000
TODAY = date(2026, 1, 15)

# Names that put LIKE's and FTS5's special characters into search_text.
ODD_NAMES = [
    ("ส้มโอ%หวาน", "ใจ_ดี"),
    ('ชื่อ"มี"คำพูด', "นามสกุล/ทับ"),
    ("100%", "a_b\\c"),
    ("O'Brien", "ÉCOLE"),  # casefolded like the rest: "école" finds it
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "demo.sqlite3"
    build_demo_database(path, people=PEOPLE, seed=7, today=TODAY)
    db = open_database(path)
    try:
        services = Services(db)
        people = services.people
        for first, last in ODD_NAMES:
            people.add(PersonInput(first_name=first, last_name=last, phone="089-111-2233"))
        # A few in the recycle bin: never found, whatever the words.
        for person_id in (5, 50, 500):
            people.move_to_bin(person_id)
    finally:
        db.dispose()
    return path


@pytest.fixture
def services(demo):
    db = open_database(demo)
    yield Services(db)
    db.dispose()


def _people(path: Path) -> list[tuple[int, str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id, first_name, last_name, search_text FROM person "
            "WHERE deleted_at IS NULL").fetchall()
    finally:
        conn.close()


def _expected(people, search: str) -> list[int]:
    words = search_words(search)
    found = [p for p in people if all(word in p[3] for word in words)]
    # SQLite compares text as UTF-8 bytes, which orders like Python's code points.
    return [p[0] for p in sorted(found, key=lambda p: (p[1], p[2], p[0]))]


def _queries(people) -> list[str]:
    rng = random.Random(11)
    sample = rng.sample(people, 40)
    texts = [p[3] for p in sample]
    queries = []
    for _id, first, last, text in sample:
        queries.append(first)  # a whole first name
        if len(last) >= 5:
            start = rng.randrange(len(last) - 3)
            queries.append(last[start : start + rng.choice((3, 4, 5))])  # inside a surname
        parts = text.split(" | ")
        digits = [part for part in parts[1:] if part.isdigit()]
        if digits:
            queries.append(digits[0][:6])  # an ID (or phone) prefix
            queries.append(digits[-1][3:7])  # a fragment from the middle
        queries.append(f"{first} {last[:2]}")  # two words, the second short
    queries += [text[:2] for text in texts[:8]]  # one or two characters only
    queries += [text[0] for text in texts[:4]]
    queries += [
        "นาง", "นาย", "เด็กหญิง", "นางสาว สม", "ศรี", "ก้", "่", "้ี", "ทอง ดี",  # tone marks
        "สมศรี ใจดี", "ใจดี สมศรี", "  นาง   ", "", " ",
        "ฬฬฬqx", "zzzz", "qx", "นาง ฬฬฬ",  # no hits, alone or beside a common word
        "%", "_", "%_", "100%", "a_b", "ใจ_ดี", 'ชื่อ"มี', '"มี"', '"', "/", "a_b\\c", "\\",
        "ÉCOLE", "école", "O'BRIEN", "o'b",
        "089-111", "๐๘๙", "0891112233", "|", "| 0", "-",
    ]
    return list(dict.fromkeys(queries))


def _modes(people: PeopleService, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    if mode == "like only":  # as on an SQLite without FTS5 trigram
        monkeypatch.setattr(people, "_fts_ready", False)
    elif mode == "trigram index":
        monkeypatch.setattr(PeopleService, "_common", lambda *_args: False)
    elif mode == "name index":
        monkeypatch.setattr(PeopleService, "_common", lambda *_args: True)


@pytest.mark.parametrize("mode", ["auto", "trigram index", "name index", "like only"])
def test_every_way_finds_exactly_what_like_finds(demo, services, monkeypatch, mode) -> None:
    people = services.people
    _modes(people, monkeypatch, mode)
    everyone = _people(demo)
    checked = 0
    for search in _queries(everyone):
        expected = _expected(everyone, search)
        query = ListQuery(search=search, sort_key="name")
        assert people.count(query) == len(expected), search
        assert [r.id for r in people.fetch(query, 0, PEOPLE + 10)] == expected, search
        if len(expected) > 7:
            window = people.fetch(query, 3, 4)  # a window further down, as when scrolling
            assert [r.id for r in window] == expected[3:7], search
        checked += bool(expected)
    assert checked > 60  # most searches do find someone


def test_searches_with_filters_and_other_orders(demo, services) -> None:
    people = services.people
    conn = sqlite3.connect(demo)
    try:
        rows = conn.execute(
            "SELECT id, search_text, village_id, is_elder, birth_date FROM person "
            "WHERE deleted_at IS NULL").fetchall()
    finally:
        conn.close()
    village_id = rows[0][2]
    for search in ("นาง", "สม", "ศรี", "08", ""):
        words = search_words(search)
        found = [r for r in rows if all(w in r[1] for w in words)]
        in_village = ListQuery(search=search, filters=(("village_id", village_id),))
        expected = sorted(r[0] for r in found if r[2] == village_id)
        assert people.count(in_village) == len(expected)
        assert sorted(r.id for r in people.fetch(in_village, 0, PEOPLE + 10)) == expected
        elders = ListQuery(search=search, filters=(("flag", "elder"),))
        assert people.count(elders) == sum(1 for r in found if r[3])
        by_id = [r.id for r in people.fetch(ListQuery(search=search, sort_key="id"), 0, 50)]
        assert by_id == sorted(r[0] for r in found)[:50]
        by_age = people.fetch(ListQuery(search=search, sort_key="age"), 0, PEOPLE + 10)
        births = [r.birth_date for r in by_age if r.birth_date is not None]
        assert births == sorted(births, reverse=True)  # the youngest first
        assert len(by_age) == len(found)


def test_long_words_go_through_the_trigram_index_and_short_ones_do_not(services) -> None:
    statements: list[str] = []
    event.listen(services.db.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_rest: statements.append(sql))
    services.people.count(ListQuery(search="ฬฬฬqx"))
    assert any("person_fts MATCH" in sql for sql in statements)
    statements.clear()
    services.people.count(ListQuery(search="ฬq"))
    services.people.fetch(ListQuery(search="ฬq"), 0, 10)
    assert statements and not any("person_fts" in sql for sql in statements)


def test_the_fts_query_quotes_every_trigram() -> None:
    assert fts_query(["ab"]) is None  # too short for trigrams: LIKE alone
    assert fts_query(["abcd"]) == '"abc" AND "bcd"'
    assert fts_query(['a"bc']) == '"""bc" AND "a""b"'
    assert fts_query(["aaaa", "xaaa"]) == '"aaa" AND "xaa"'
    assert search_words(" Nang  ๐๘๑-๒  nang ") == ["nang", "0812"]


def test_trigram_index_follows_every_change(services, demo) -> None:
    people = services.people
    pid = people.add(PersonInput(first_name="ทดสอบดัชนี", last_name="ค้นหา"))
    assert [r.id for r in people.search("ทดสอบดัชนี")] == [pid]
    people.update(pid, PersonInput(first_name="เปลี่ยนชื่อแล้ว", last_name="ค้นหา"))
    assert people.search("ทดสอบดัชนี") == []
    assert [r.id for r in people.search("เปลี่ยนชื่อ")] == [pid]
    people.move_to_bin(pid)
    assert people.search("เปลี่ยนชื่อ") == []
    services.recycle_bin.restore("person", pid)
    assert [r.id for r in people.search("เปลี่ยนชื่อ")] == [pid]
    people.move_to_bin(pid)
    services.recycle_bin.purge("person", pid)  # deleted for good: gone from the index too
    conn = sqlite3.connect(demo)
    try:
        gone = conn.execute(
            "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?",
            (fts_query(["เปลี่ยนชื่อ"]),)).fetchone()
        # The index matches the table exactly, row by row (FTS5's own check).
        conn.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()
    assert gone == (0,)


def test_without_the_trigram_index_search_falls_back_to_like(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    try:
        people = Services(db).people
        a = people.add(PersonInput(first_name="สมศรี", last_name="ใจดี"))
        people.add(PersonInput(first_name="สมหมาย", last_name="มั่นคง"))
        with db.engine.begin() as conn:  # as made by an SQLite without FTS5 trigram
            for name in ("person_fts_insert", "person_fts_delete", "person_fts_update"):
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql("DROP TABLE person_fts")
        people = PeopleService(db)  # found out afresh, once
        assert [r.id for r in people.fetch(ListQuery(search="ศรี ใจ"), 0, 10)] == [a]
        assert people.count(ListQuery(search="สม")) == 2
        assert people._fts_ready is False
        b = people.add(PersonInput(first_name="สมใจ", last_name="ใหม่"))  # no trigger to fail
        assert [r.id for r in people.search("สมใจ")] == [b]
    finally:
        db.dispose()
