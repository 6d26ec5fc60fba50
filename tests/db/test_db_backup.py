"""Backups: consistent snapshots of a live database, daily rotation, restore."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from wangmuang_desk.db import errors
from wangmuang_desk.db.backup import (
    backup_database,
    daily_backup,
    daily_path,
    list_backups,
    restore_backup,
)
from wangmuang_desk.db.schema import open_database


def _village_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM village ORDER BY moo")]
    finally:
        conn.close()


def _add_village(db, moo: int, name: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO village (moo, name, note) VALUES (?, ?, '')", (moo, name))


def test_backup_of_a_live_database_holds_committed_work_only(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)  # WAL mode, as the program runs
    _add_village(db, 1, "committed")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO village (moo, name, note) VALUES (2, 'uncommitted', '')")
    try:
        out = backup_database(db_path, tmp_path / "out" / "snapshot.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        db.dispose()

    assert _village_names(out) == ["committed"]
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sorted(p.name for p in out.parent.iterdir()) == ["snapshot.sqlite3"]


def test_a_failed_backup_leaves_no_file(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("not a database " * 100)
    out_dir = tmp_path / "out"
    with pytest.raises(sqlite3.DatabaseError):
        backup_database(source, out_dir / "snapshot.sqlite3")
    assert list(out_dir.iterdir()) == []


def test_daily_backup_once_a_day_and_keeps_the_newest(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "wangmuang-desk-before-upgrade-0001-20240101-080000.sqlite3").write_bytes(b"x")
    (backups / "copied-by-hand.sqlite3").write_bytes(b"x")
    first = date(2026, 11, 1)
    for n in range(6):
        made = daily_backup(db_path, backups, keep=3, today=first + timedelta(days=n))
        assert made == daily_path(backups, first + timedelta(days=n))
    assert daily_backup(db_path, backups, keep=3, today=first + timedelta(days=5)) is None

    names = sorted(p.name for p in backups.iterdir())
    assert names == [
        "copied-by-hand.sqlite3",
        "wangmuang-desk-2026-11-04.sqlite3",
        "wangmuang-desk-2026-11-05.sqlite3",
        "wangmuang-desk-2026-11-06.sqlite3",
        "wangmuang-desk-before-upgrade-0001-20240101-080000.sqlite3",
    ]
    kinds = {b.path.name: b.kind for b in list_backups(backups)}
    assert kinds["wangmuang-desk-2026-11-06.sqlite3"] == "daily"
    assert kinds["wangmuang-desk-before-upgrade-0001-20240101-080000.sqlite3"] == "before-upgrade"
    assert kinds["copied-by-hand.sqlite3"] == "other"


def test_list_backups_newest_first(tmp_path: Path) -> None:
    for name in (
        "wangmuang-desk-replaced-20251231-235959.sqlite3",
        "wangmuang-desk-before-upgrade-0001-20260105-090000.sqlite3",
        "wangmuang-desk-replaced-20240101-000000.sqlite3",
    ):
        (tmp_path / name).write_bytes(b"12345")
    (tmp_path / ".half-written.sqlite3.part").write_bytes(b"x")
    found = list_backups(tmp_path)
    assert [b.taken_at.year for b in found] == [2026, 2025, 2024]
    assert [b.kind for b in found] == ["before-upgrade", "replaced", "replaced"]
    assert found[0].size == 5
    assert list_backups(tmp_path / "none") == []


def test_restore_sets_the_current_file_aside_and_the_restored_one_opens(
    db_path: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    db = open_database(db_path)
    _add_village(db, 1, "before")
    db.dispose()
    backup = backup_database(db_path, backups / "manual.sqlite3")

    db = open_database(db_path)
    _add_village(db, 2, "after")
    db.dispose()
    # A crash would leave these beside the file; restoring must not mix them in.
    keep_wal = db_path.with_name(db_path.name + "-wal")
    keep_wal.write_bytes(b"")
    db_path.with_name(db_path.name + "-shm").write_bytes(b"stale")

    set_aside = restore_backup(backup, db_path, backups)

    assert set_aside is not None and set_aside.parent == backups
    assert "-replaced-" in set_aside.name and set_aside.suffix == ".sqlite3"
    assert _village_names(set_aside) == ["before", "after"]
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    restored = open_database(db_path)
    restored.dispose()
    assert _village_names(db_path) == ["before"]
    assert {b.kind for b in list_backups(backups)} == {"other", "replaced"}


def test_restore_keeps_work_still_in_the_wal_of_the_replaced_file(
    db_path: Path, tmp_path: Path
) -> None:
    backup = backup_database(db_path, tmp_path / "b.sqlite3")
    # A crash after a commit: the change lives only in the -wal file.
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        conn.execute("INSERT INTO village (moo, name, note) VALUES (7, 'only in wal', '')")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        src = db_path.with_name(db_path.name + suffix)
        (crashed / src.name).write_bytes(src.read_bytes())
    conn.close()
    crashed_db = crashed / db_path.name

    set_aside = restore_backup(backup, crashed_db, tmp_path / "backups")

    assert _village_names(set_aside) == ["only in wal"]
    assert _village_names(crashed_db) == []


def test_restore_refuses_a_damaged_backup_and_keeps_the_current_file(
    db_path: Path, tmp_path: Path, digest
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = digest(db_path)
    with pytest.raises(errors.DatabaseOpenError):
        restore_backup(bad, db_path, tmp_path / "backups")
    assert digest(db_path) == before
    assert not (tmp_path / "backups").exists()
