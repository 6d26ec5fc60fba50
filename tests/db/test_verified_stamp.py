"""The verified stamp: the damage check is skipped only for a file exactly as it was stamped.

The stamp vouches for one thing: this program closed the file cleanly after a check passed,
and nothing has touched it since. Everything else (a change of any kind, the day's first
start, a stamp that is odd in any way) must mean the full check, and the stamp is gone once
an opening has read it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from wangmuang_desk.cli import main
from wangmuang_desk.db import verified_stamp
from wangmuang_desk.db.schema import open_database
from wangmuang_desk.db.verified_stamp import FileState, record, stamp_path, take

DAY = date(2026, 1, 15)
NOW_NS = 1_768_478_400_000_000_000  # within DAY


def _record(path: Path, day: date = DAY, now_ns: int = NOW_NS) -> None:
    assert record(path, today=day, now_ns=now_ns)
    assert stamp_path(path).is_file()


def _take(path: Path, backup_taken_today: bool = True, day: date = DAY,
          now_ns: int = NOW_NS + 10**9) -> verified_stamp.Decision:
    return take(path, backup_taken_today=backup_taken_today, today=day, now_ns=now_ns)


def _damage_keeping_size_and_mtime(path: Path) -> None:
    """Scribble over a page in the middle, then put the modification time back."""
    before = path.stat()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((before.st_size // page_size // 2) * page_size)
        fh.write(b"\xa5" * page_size)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns


@pytest.fixture
def people_db(db_path: Path, sql) -> Path:
    """A closed database large enough that damage in its middle hits real data."""
    sql(db_path, "INSERT INTO person (first_name, last_name, title, sex, phone, house_no, soi,"
                 " road, is_elder, is_disabled, is_disadvantaged, note, search_text)"
                 " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                 " WHERE i < 3000) SELECT 'ชื่อ' || i, 'นามสกุล' || i, '', '', '', '', '', '',"
                 " 0, 0, 0, '', 'ชื่อ' || i FROM n")
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return db_path


def test_an_unchanged_file_is_vouched_for_once(db_path: Path) -> None:
    _record(db_path)
    data = json.loads(stamp_path(db_path).read_text(encoding="utf-8"))
    state = FileState.of(db_path)
    assert (data["size"], data["mtime_ns"], data["date"]) == (
        state.size, state.mtime_ns, DAY.isoformat())

    decision = _take(db_path)
    assert decision.skip, decision.reason
    # Read and removed before the file opens: this session may change it.
    assert not stamp_path(db_path).exists()
    again = _take(db_path)
    assert not again.skip and "no verified stamp" in again.reason


def test_the_first_start_of_the_day_checks_in_full(db_path: Path) -> None:
    _record(db_path)
    decision = _take(db_path, backup_taken_today=False)
    assert not decision.skip and "first start of the day" in decision.reason
    assert not stamp_path(db_path).exists()


def _touch_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _grow(path: Path) -> None:
    st = path.stat()
    with open(path, "ab") as fh:
        fh.write(b"\x00" * 4096)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _replace_by_a_copy_with_the_same_times(path: Path) -> None:
    # What a copy back from a USB stick or a restore by hand does: same bytes, same mtime.
    copy = path.with_name("copy.sqlite3")
    shutil.copy2(path, copy)
    os.replace(copy, path)


@pytest.mark.parametrize("change", [_touch_mtime, _grow, _replace_by_a_copy_with_the_same_times,
                                    _damage_keeping_size_and_mtime])
def test_any_change_to_the_file_means_the_full_check(people_db: Path, change) -> None:
    _record(people_db)
    change(people_db)
    decision = _take(people_db)
    assert not decision.skip and "changed" in decision.reason
    assert not stamp_path(people_db).exists()


def test_work_waiting_in_a_wal_means_no_stamp_and_the_full_check(db_path: Path) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"\x00" * 32)
    assert not record(db_path, today=DAY, now_ns=NOW_NS)
    assert not stamp_path(db_path).exists()

    wal.unlink()
    _record(db_path)
    wal.write_bytes(b"\x00" * 32)  # a crash of something else that opened it meanwhile
    decision = _take(db_path)
    assert not decision.skip and "-wal" in decision.reason

    # An empty -wal, as SQLite may leave one, holds nothing: no doubt.
    wal.write_bytes(b"")
    _record(db_path)
    assert _take(db_path).skip


@pytest.mark.parametrize(
    ("day", "now_ns", "why"),
    [
        (DAY + timedelta(days=1), NOW_NS + 86_400 * 10**9, "earlier day"),
        (DAY - timedelta(days=1), NOW_NS - 86_400 * 10**9, "clock"),  # the clock went back
        (DAY, NOW_NS - 10**9, "clock"),
    ],
)
def test_a_stamp_from_another_day_or_the_future_means_the_full_check(
    db_path: Path, day: date, now_ns: int, why: str
) -> None:
    _record(db_path)
    decision = _take(db_path, day=day, now_ns=now_ns)
    assert not decision.skip and why in decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '{"format": 1}',
        '{"format": 1, "size": true, "mtime_ns": 1, "ctime_ns": 1, "file_id": 1,'
        ' "written_ns": 1, "date": "2026-01-15"}',
        "\udcff",
    ],
)
def test_an_odd_stamp_means_the_full_check_and_is_removed(db_path: Path, text: str) -> None:
    stamp_path(db_path).write_bytes(text.encode("utf-8", "surrogateescape"))
    decision = _take(db_path)
    assert not decision.skip
    assert not stamp_path(db_path).exists()


def test_a_stamp_of_another_format_or_without_a_date_is_not_trusted(db_path: Path) -> None:
    for key, value in (("format", 2), ("date", "yesterday")):
        _record(db_path)
        data = json.loads(stamp_path(db_path).read_text(encoding="utf-8"))
        data[key] = value
        stamp_path(db_path).write_text(json.dumps(data), encoding="utf-8")
        decision = _take(db_path)
        assert not decision.skip, key


def test_a_stamp_that_cannot_be_removed_is_not_trusted(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record(db_path)

    def refuse(_path) -> None:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(verified_stamp, "discard", refuse)
    decision = _take(db_path)
    assert not decision.skip and "could not be removed" in decision.reason


def test_open_database_skips_the_check_only_when_told_and_always_drops_the_stamp(
    db_path: Path,
) -> None:
    _record(db_path)
    db = open_database(db_path, check_in_background=True, verified="as stamped")
    try:
        gate = db.gate
        assert gate is not None and gate.skip_reason == "as stamped"
        assert gate.passed and gate.seconds is None  # nothing ran
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM village").scalar() >= 0
    finally:
        db.dispose()

    # Any other opening (a command, a test) may change the file: the stamp goes.
    _record(db_path)
    db = open_database(db_path)
    db.dispose()
    assert not stamp_path(db_path).exists()
    db = open_database(db_path, check_in_background=True)
    try:
        assert db.gate is not None and db.gate.skip_reason is None
        db.gate.require()
        assert db.gate.seconds is not None  # the check ran
    finally:
        db.dispose()


def test_the_check_command_never_skips_and_never_writes_a_stamp(
    people_db: Path, digest, capsys
) -> None:
    assert main(["check", str(people_db)]) == 0
    assert not stamp_path(people_db).exists()

    # Damage the stamp cannot see (the disk itself going bad after a clean close): the
    # stamp still matches, yet the explicit check reads the whole file and finds it.
    _damage_keeping_size_and_mtime(people_db)
    _record(people_db)
    before = digest(people_db)
    assert main(["check", str(people_db)]) != 0
    assert "FAILED" in capsys.readouterr().out
    assert digest(people_db) == before
    # ... and the GUI's next start does not trust the file either.
    assert not stamp_path(people_db).exists()
