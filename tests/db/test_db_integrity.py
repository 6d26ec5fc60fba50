"""`check`: a report on any file, never a change to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wangmuang_desk.db import errors, schema
from wangmuang_desk.db.integrity import MAIN_TABLES, check_database
from wangmuang_desk.db.schema import HEAD_REVISION, open_database


def test_a_good_database(db_path: Path, digest) -> None:
    before = digest(db_path)
    report = check_database(db_path)
    assert (report.ok, report.status, report.problems) == (True, "ok", [])
    assert report.revision == report.head_revision == HEAD_REVISION
    assert report.counts == dict.fromkeys(MAIN_TABLES, 0)
    assert report.size_bytes == db_path.stat().st_size
    assert report.journal_mode == "wal"
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_checking_an_open_database_sees_its_wal_and_checkpoints_nothing(
    db_path: Path, digest
) -> None:
    db = open_database(db_path)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO village (moo, name, note) VALUES (1, 'ก', '')")
            conn.exec_driver_sql(
                "INSERT INTO household (house_no, village_id, soi, road, note)"
                " VALUES ('12/3', 1, '', '', '')"
            )
        wal = db_path.with_name(db_path.name + "-wal")
        before, wal_before = digest(db_path), digest(wal)
        report = check_database(db_path)
        assert digest(db_path) == before and digest(wal) == wal_before
    finally:
        db.dispose()
    assert report.ok and report.counts["household"] == 1


@pytest.mark.parametrize(
    ("content", "status"),
    [(None, "missing"), (b"", "empty"), (b"hello, not a database at all", "not-sqlite")],
)
def test_files_that_are_no_database(tmp_path: Path, content: bytes | None, status: str) -> None:
    path = tmp_path / "x.sqlite3"
    if content is not None:
        path.write_bytes(content)
    report = check_database(path)
    assert (report.ok, report.status) == (False, status)
    assert report.problems and " / " in report.problems[0]


def test_a_damaged_database(tmp_path: Path, digest) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 4000)
    before = digest(path)
    report = check_database(path)
    assert (report.ok, report.status) == (False, "corrupt")
    assert isinstance(report.as_error(), errors.CorruptDatabaseError)
    assert digest(path) == before


def test_broken_references_are_damage(db_path: Path, sql) -> None:
    sql(
        db_path,
        "INSERT INTO household (house_no, village_id, soi, road, note)"
        " VALUES ('1', 99, '', '', '')",
    )
    report = check_database(db_path)
    assert (report.ok, report.status) == (False, "corrupt")
    assert any("household" in p and "village" in p for p in report.problems)


def test_foreign_and_newer(tmp_path: Path, db_path: Path, sql) -> None:
    foreign = tmp_path / "other.db"
    sql(foreign, "CREATE TABLE contact (name TEXT)")
    report = check_database(foreign)
    assert (report.ok, report.status) == (False, "foreign")
    assert isinstance(report.as_error(), errors.ForeignDatabaseError)

    sql(db_path, "UPDATE alembic_version SET version_num = '9999'")
    report = check_database(db_path)
    assert (report.ok, report.status, report.revision) == (False, "newer", "9999")
    assert isinstance(report.as_error(), errors.NewerDatabaseError)


def test_an_older_database_is_ok_with_a_note(
    db_path: Path, sql, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only one revision exists yet: pretend 0000 is an older one this version knows.
    monkeypatch.setattr(schema, "known_revisions", lambda: [HEAD_REVISION, "0000"])
    sql(db_path, "UPDATE alembic_version SET version_num = '0000'")
    report = check_database(db_path)
    assert (report.ok, report.status, report.revision) == (True, "older", "0000")
    assert report.notes and "0000" in report.notes[0]


def test_the_check_reads_through_a_read_only_connection(db_path: Path) -> None:
    conn = schema.connect_readonly(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()


def test_paths_with_thai_spaces_and_uri_characters(tmp_path: Path, make_db) -> None:
    # Characters a Windows folder may hold that mean something in a URI.
    path = make_db(tmp_path / "ข้อมูล งาน 50% #1 & (สำรอง)" / "ฐานข้อมูล.sqlite3")
    report = check_database(path)
    assert (report.ok, report.status) == (True, "ok")
    open_database(path).dispose()  # the same read-only probe on the way in


def test_migration_engine_keeps_a_question_mark_in_the_path(tmp_path: Path) -> None:
    path = tmp_path / "odd?name" / "x.sqlite3"
    path.parent.mkdir()
    engine = schema.migration_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd?name"]
    assert path.is_file()
