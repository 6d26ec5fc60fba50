"""open_database refuses what is not ours without changing a byte, and creates new files whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wangmuang_desk.db import errors, seed
from wangmuang_desk.db.schema import HEAD_REVISION, current_revision, open_database


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_file_is_created_with_schema_and_reference_data(tmp_path: Path, sql) -> None:
    path = tmp_path / "new" / "wangmuang.sqlite3"
    db = open_database(path)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
    finally:
        db.dispose()
    assert sql(path, "SELECT name FROM office_profile") == [("องค์การบริหารส่วนตำบลวังม่วง",)]
    assert _names(path.parent) == ["wangmuang.sqlite3"]  # no temporary file left over


@pytest.mark.parametrize("content", [b"", None])
def test_empty_file_or_sqlite_without_tables_becomes_a_new_database(
    tmp_path: Path, sql, content: bytes | None
) -> None:
    path = tmp_path / "wangmuang.sqlite3"
    if content is None:
        sqlite3.connect(path).execute("PRAGMA user_version = 1").connection.close()
    else:
        path.write_bytes(content)
    open_database(path).dispose()
    assert sql(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_interrupted_creation_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(session) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(seed, "seed_reference_data", broken)
    path = tmp_path / "wangmuang.sqlite3"
    with pytest.raises(RuntimeError):
        open_database(path)
    assert _names(tmp_path) == []


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path, digest) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    before = digest(path)
    with pytest.raises(errors.NotADatabaseError) as info:
        open_database(path)
    assert digest(path) == before
    assert _names(tmp_path) == ["people.xlsx"]
    message = str(info.value)
    assert "ไม่ใช่ฐานข้อมูล" in message and "not an SQLite database" in message
    assert info.value.message_en and info.value.message_th in message


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path, digest) -> None:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE contact (name TEXT)")
        conn.execute("INSERT INTO contact VALUES ('x')")
    conn.close()
    before = digest(path)
    with pytest.raises(errors.ForeignDatabaseError):
        open_database(path)
    assert digest(path) == before
    assert _names(tmp_path) == ["contacts.db"]  # not even an empty -wal/-shm


def test_foreign_file_using_alembic_too_is_still_foreign(tmp_path: Path, sql) -> None:
    path = tmp_path / "other.db"
    sql(path, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    sql(path, "INSERT INTO alembic_version VALUES ('abc123')")
    with pytest.raises(errors.ForeignDatabaseError):
        open_database(path)
    other = tmp_path / "other2.db"
    sql(other, "CREATE TABLE alembic_version (id INTEGER)")  # same name, another meaning
    with pytest.raises(errors.ForeignDatabaseError):
        open_database(other)


def test_a_damaged_file_is_refused_and_left_alone(db_path: Path, digest, sql) -> None:
    rows = [(f"ชื่อ{i}", f"นามสกุลที่ยาวพอสมควร{i}" * 3) for i in range(3000)]
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany(
            "INSERT INTO person (first_name, last_name, title, sex, phone, house_no, soi, road,"
            " is_elder, is_disabled, is_disadvantaged, note, search_text)"
            " VALUES (?, ?, '', '', '', '', '', '', 0, 0, 0, '', '')",
            rows,
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    before = digest(db_path)

    with pytest.raises(errors.CorruptDatabaseError) as info:
        open_database(db_path)
    assert "เสียหาย" in str(info.value)
    assert digest(db_path) == before


def test_every_error_speaks_thai_and_english() -> None:
    for cls in (
        errors.NotADatabaseError,
        errors.CorruptDatabaseError,
        errors.ForeignDatabaseError,
        errors.NewerDatabaseError,
        errors.AlreadyOpenError,
    ):
        exc = cls(Path("x.sqlite3"))
        assert isinstance(exc, errors.DatabaseOpenError)
        assert str(exc).startswith(f"{exc.message_th} / {exc.message_en}")
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in exc.message_th)
        assert exc.message_en.isascii()


def test_a_file_with_the_search_index_is_refused_by_an_sqlite_without_it(
    db_path: Path, digest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its triggers would make every change to a person fail; better a clear refusal at once.
    from wangmuang_desk.db import schema

    monkeypatch.setattr(schema, "trigram_available", lambda: False)
    before = digest(db_path)
    with pytest.raises(errors.DatabaseOpenError) as info:
        open_database(db_path)
    assert "FTS5 trigram" in str(info.value)
    assert digest(db_path) == before


def test_background_check_waits_for_nothing_on_a_good_file(db_path: Path) -> None:
    db = open_database(db_path, check_in_background=True)
    try:
        assert db.gate is not None
        db.require_checked()
        assert db.gate.passed and db.gate.seconds is not None
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM village").scalar() >= 0
    finally:
        db.dispose()


# In a fresh interpreter: what was loaded when the background check began.
_WHEN_THE_CHECK_BEGAN = r"""
import sys
from wangmuang_desk.db import background_check, schema

loaded = {}
start = background_check.IntegrityCheck.start

def recording_start(check):
    loaded["sqlalchemy"] = "sqlalchemy" in sys.modules
    return start(check)

background_check.IntegrityCheck.start = recording_start
db = schema.open_database(sys.argv[1], check_in_background=True)
db.require_checked()
db.dispose()
print("BEGAN", loaded["sqlalchemy"], "sqlalchemy" in sys.modules)
"""


def test_the_background_check_begins_before_sqlalchemy_loads(db_path: Path) -> None:
    # The check of a large file is the longest part of the opening: it reads the file while
    # SQLAlchemy (and in the GUI, Qt and the screens) load, not after.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _WHEN_THE_CHECK_BEGAN, str(db_path)],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "BEGAN False True" in done.stdout


def _checks_running() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "integrity-check"]


def test_a_file_refused_after_its_check_began_is_let_go_at_once(
    tmp_path: Path, db_path: Path, digest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A foreign file in WAL mode: its check begins, then the file is refused for being foreign.
    foreign = tmp_path / "contacts.db"
    conn = sqlite3.connect(foreign)
    with conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE contact (name TEXT)")
    conn.close()
    before = digest(foreign)
    with pytest.raises(errors.ForeignDatabaseError):
        open_database(foreign, check_in_background=True)
    assert _checks_running() == []  # stopped, its connection closed
    assert digest(foreign) == before and _names(tmp_path) == ["contacts.db", "data"]

    from wangmuang_desk.db import schema

    monkeypatch.setattr(schema, "trigram_available", lambda: False)
    with pytest.raises(errors.DatabaseOpenError, match="FTS5 trigram"):
        open_database(db_path, check_in_background=True)
    assert _checks_running() == []


def test_a_stopped_check_counts_as_failed_and_never_keeps_anyone_waiting(db_path: Path) -> None:
    from wangmuang_desk.db.background_check import IntegrityCheck

    check = IntegrityCheck(db_path).start()
    check.stop()
    assert check.done and not check.passed
    with pytest.raises(errors.DatabaseOpenError):
        check.require()
    assert _checks_running() == []

    never_started = IntegrityCheck(db_path)
    never_started.stop()
    assert never_started.wait(0) and not never_started.passed
