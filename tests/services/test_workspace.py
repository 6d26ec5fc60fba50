"""Opening a workspace: the damage check and the day's backup run beside the start, safely.

What must stay true now that they run in the background: a damaged file is refused before
anything of the program reads or writes it, a good file is backed up once it passed, and
closing waits for that backup and releases the lock.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import DatabaseError

from wangmuang_desk.db import errors, verified_stamp
from wangmuang_desk.db.backup import daily_path
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.db.schema import open_database
from wangmuang_desk.db.verified_stamp import stamp_path
from wangmuang_desk.paths import backups_dir_for
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.workspace import open_workspace, restore_into


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _make(path: Path, people: int = 0, wal: bool = True) -> Path:
    """A closed database with `people` people; in WAL mode or, like a backup, not."""
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO person (first_name, last_name, title, sex, phone, house_no, soi,"
                " road, is_elder, is_disabled, is_disadvantaged, note, search_text)"
                " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                " SELECT 'ชื่อ' || i, 'นามสกุลที่ยาวพอสมควร' || i, '', '', '', '', '', '',"
                " 0, 0, 0, '', 'ชื่อ' || i FROM n",
                (people,),
            )
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not wal:
            conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file: the header and schema still read fine."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_a_good_file_is_checked_in_the_background_then_backed_up(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    workspace = open_workspace(path)
    try:
        db = workspace.services.db
        assert db.gate is not None  # the check did not hold up the opening
        workspace.require_checked()
        assert workspace.checked
        assert workspace.services.people.count(ListQuery()) == 20
        workspace.services.people.add(PersonInput(first_name="หลังตรวจ"))
    finally:
        workspace.close()  # waits for the day's backup
    backup = daily_path(backups_dir_for(path), date.today())
    assert backup.is_file()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] in (20, 21)
    finally:
        conn.close()
    lock = InstanceLock(path)
    lock.acquire()  # released by close()
    lock.release()


def test_a_damaged_file_is_refused_before_the_program_touches_it(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=3000)
    _damage(path)
    before = _digest(path)

    workspace = open_workspace(path)
    connected: list[object] = []
    event.listen(workspace.services.db.engine, "connect", lambda *_a: connected.append(1))
    try:
        with pytest.raises(errors.CorruptDatabaseError) as info:
            workspace.require_checked()
        assert "เสียหาย" in str(info.value)
        assert not workspace.checked
        # Whatever asks for data now gets the refusal, not the file: reads and writes alike.
        with pytest.raises(errors.CorruptDatabaseError):
            workspace.services.people.count(ListQuery())
        with pytest.raises(errors.CorruptDatabaseError):
            workspace.services.people.add(PersonInput(first_name="ไม่ควรบันทึก"))
    finally:
        workspace.close()
    assert connected == []
    assert _digest(path) == before
    assert _companions(path) == []  # not even an empty -wal or -shm
    assert list(backups_dir_for(path).iterdir()) == []  # a damaged file is not backed up
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()


def test_a_file_not_in_wal_mode_is_checked_before_it_opens(tmp_path: Path) -> None:
    # Its first connection would rewrite its header (journal_mode=WAL): no background check.
    path = _make(tmp_path / "data" / "desk.sqlite3", people=3000, wal=False)
    good = open_workspace(path, daily_backup=False)
    try:
        assert good.services.db.gate is None and good.checked
    finally:
        good.close()
    _make(path.with_name("other.sqlite3"), people=3000, wal=False)
    other = path.with_name("other.sqlite3")
    _damage(other)
    before = _digest(other)
    with pytest.raises(errors.CorruptDatabaseError):
        open_workspace(other)
    assert _digest(other) == before
    lock = InstanceLock(other)
    lock.acquire()  # nothing left locked by the refusal
    lock.release()


def test_closing_refreshes_the_planner_statistics(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=200)
    workspace = open_workspace(path, daily_backup=False)
    try:
        workspace.services.people.fetch(ListQuery(), 0, 10)
        workspace.services.people.count(ListQuery(filters=(("village_id", 1),)))
    finally:
        workspace.close()
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        conn.close()
    assert "person" in tables


def test_a_held_backup_waits_for_the_window_and_is_taken_by_close_at_the_latest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The GUI holds the day's backup back until its window is up (app.DeskApp.show_window).
    from wangmuang_desk.services import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BACKUP_HOLD_LIMIT_S", 600.0)
    backup = daily_path(backups_dir_for(tmp_path / "data" / "a.sqlite3"), date.today())
    path = _make(tmp_path / "data" / "a.sqlite3", people=20)
    workspace = open_workspace(path, hold_backup=True)
    try:
        workspace.require_checked()
        assert workspace.services.people.count(ListQuery()) == 20
        assert not backup.exists()  # checked, but held back
        workspace.allow_daily_backup()
    finally:
        workspace.close()
    assert backup.is_file()

    # Never allowed (a start that failed before its window): closing takes it anyway.
    other = _make(tmp_path / "other" / "b.sqlite3", people=5)
    held = open_workspace(other, hold_backup=True)
    held.require_checked()
    held.close()
    assert daily_path(backups_dir_for(other), date.today()).is_file()


# --- the verified stamp: skipping the check only when it could find nothing new ------------


def _check_skipped(workspace) -> bool:
    gate = workspace.services.db.gate
    return gate is not None and gate.skip_reason is not None


def _check_ran(workspace) -> bool:
    """The full check ran (in the background, or before the opening returned)."""
    workspace.require_checked()
    gate = workspace.services.db.gate
    return gate is None or (gate.skip_reason is None and gate.seconds is not None)


def _open_and_close(path: Path) -> None:
    """A day's session that ends cleanly: its check passed, its backup taken."""
    workspace = open_workspace(path)
    try:
        workspace.require_checked()
        workspace.services.people.count(ListQuery())
    finally:
        workspace.close()


def test_a_clean_close_stamps_the_file_and_the_next_start_that_day_skips_the_check(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    first = open_workspace(path)
    try:
        assert _check_ran(first)  # the day's first start
        first.services.people.add(PersonInput(first_name="ก่อนปิด"))
    finally:
        first.close()
    assert stamp_path(path).is_file()
    assert not path.with_name(path.name + "-wal").exists()  # stamped at rest

    caplog.set_level(logging.INFO, logger="wangmuang_desk")
    second = open_workspace(path)
    try:
        assert _check_skipped(second) and second.checked
        # Gone before the engine may write: a crash now cannot leave a matching stamp.
        assert not stamp_path(path).exists()
        assert second.services.people.count(ListQuery()) == 21
        second.services.people.add(PersonInput(first_name="หลังข้าม"))
    finally:
        second.close()
    assert any("skipped" in r.getMessage() for r in caplog.records)
    assert stamp_path(path).is_file()  # a skipped check passed legitimately: stamped again
    assert verified_stamp.take(path, backup_taken_today=True).skip  # it matches the new state


def test_a_file_changed_after_the_clean_close_gets_the_full_check(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    _open_and_close(path)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))  # another program

    caplog.set_level(logging.INFO, logger="wangmuang_desk")
    workspace = open_workspace(path)
    try:
        assert _check_ran(workspace) and workspace.checked
    finally:
        workspace.close()
    assert any("runs in full" in r.getMessage() and "changed" in r.getMessage()
               for r in caplog.records)


def test_a_file_damaged_after_the_clean_close_is_refused_untouched(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=3000)
    _open_and_close(path)
    assert stamp_path(path).is_file()
    # The same size and modification time as stamped: only the damage is new.
    st = path.stat()
    _damage(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    before = _digest(path)

    workspace = open_workspace(path)
    try:
        assert not _check_skipped(workspace)
        with pytest.raises(errors.CorruptDatabaseError):
            workspace.require_checked()
    finally:
        workspace.close()
    assert _digest(path) == before
    assert _companions(path) == []
    assert not stamp_path(path).exists()  # a refused file is never vouched for


def test_the_first_start_of_each_day_checks_in_full_before_the_days_backup(
    tmp_path: Path,
) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    _open_and_close(path)
    backup = daily_path(backups_dir_for(path), date.today())
    assert stamp_path(path).is_file() and backup.is_file()
    backup.unlink()  # as at the first start of a new day: no backup for it yet

    workspace = open_workspace(path)
    try:
        assert _check_ran(workspace)
    finally:
        workspace.close()
    assert backup.is_file()  # and that start took the day's backup after its check


_CRASH = r"""
import os, sys
from pathlib import Path
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.workspace import open_workspace

workspace = open_workspace(Path(sys.argv[1]), daily_backup=False)
workspace.require_checked()
workspace.services.people.add(PersonInput(first_name="ก่อนดับ"))
os._exit(0)  # the power went: no close, no checkpoint
"""


def test_after_a_crash_the_next_start_checks_in_full(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    _open_and_close(path)
    assert stamp_path(path).is_file()
    done = subprocess.run([sys.executable, "-c", _CRASH, str(path)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not stamp_path(path).exists()  # taken by the crashed session's opening
    assert path.with_name(path.name + "-wal").stat().st_size > 0

    workspace = open_workspace(path)
    try:
        assert _check_ran(workspace)
        assert workspace.services.people.count(ListQuery()) == 21  # its commit survived
    finally:
        workspace.close()


def test_a_restored_file_is_checked_in_full(tmp_path: Path) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=20)
    _open_and_close(path)
    backup = daily_path(backups_dir_for(path), date.today())
    _open_and_close(path)  # the day's later start, stamped again
    assert stamp_path(path).is_file()

    restore_into(path, backup)
    assert not stamp_path(path).exists()
    workspace = open_workspace(path)
    try:
        assert _check_ran(workspace)
        assert workspace.services.people.count(ListQuery()) == 20
    finally:
        workspace.close()


def test_damage_met_while_the_file_is_open_leaves_no_stamp(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _make(tmp_path / "data" / "desk.sqlite3", people=3000)
    caplog.set_level(logging.INFO, logger="wangmuang_desk")
    workspace = open_workspace(path, daily_backup=False)
    try:
        workspace.require_checked()
        conn = sqlite3.connect(path)  # the disk going bad under the open program
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        with open(path, "r+b") as fh:
            fh.seek(page_size)  # everything after the first page
            fh.write(b"\xa5" * (path.stat().st_size - page_size))
        with pytest.raises(DatabaseError):
            workspace.services.people.count(ListQuery())
    finally:
        workspace.close()
    assert not stamp_path(path).exists()
    assert any("no verified stamp" in r.getMessage() and "SQLite reported damage" in
               r.getMessage() for r in caplog.records)
