"""Opening a workspace: the damage check and the day's backup run beside the start, safely.

What must stay true now that they run in the background: a damaged file is refused before
anything of the program reads or writes it, a good file is backed up once it passed, and
closing waits for that backup and releases the lock.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from wangmuang_desk.db import errors
from wangmuang_desk.db.backup import daily_path
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.db.schema import open_database
from wangmuang_desk.paths import backups_dir_for
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.workspace import open_workspace


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
