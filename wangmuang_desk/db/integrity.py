"""`wangmuang-desk check`: integrity and schema version of a file, without touching it.

Everything here reads through a read-only (or immutable) sqlite3 connection: no write, no
WAL checkpoint, no companion files left behind, so it is safe on a file another window has
open and on a backup that must stay exactly as it was taken.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from wangmuang_desk.db import errors
from wangmuang_desk.db.schema import (
    APP_TABLES,
    HEAD_REVISION,
    connect_readonly,
    in_wal_mode,
    is_damage,
    is_sqlite_file,
    stored_revision,
    user_tables,
)

MAIN_TABLES = (
    "person",
    "household",
    "occupation",
    "raw_material",
    "sage",
    "occupational_group",
    "training",
)
_MAX_LINES = 20  # a badly damaged file can report thousands of lines; the first ones suffice

# status -> the error open_database would raise for it
_ERRORS: dict[str, type[errors.DatabaseOpenError]] = {
    "missing": errors.DatabaseOpenError,
    "empty": errors.DatabaseOpenError,
    "not-sqlite": errors.NotADatabaseError,
    "corrupt": errors.CorruptDatabaseError,
    "foreign": errors.ForeignDatabaseError,
    "newer": errors.NewerDatabaseError,
}


@dataclass
class CheckReport:
    path: Path
    # ok, older (ok: the program upgrades it on open), missing, empty, not-sqlite, corrupt,
    # unreadable (locked, no permission), foreign, newer
    status: str
    ok: bool
    problems: list[str] = field(default_factory=list)  # "Thai / English" lines
    notes: list[str] = field(default_factory=list)
    revision: str | None = None
    head_revision: str = HEAD_REVISION
    counts: dict[str, int] = field(default_factory=dict)
    size_bytes: int = 0
    journal_mode: str | None = None

    def as_error(self) -> errors.DatabaseOpenError:
        """The exception that matches a failed check (for callers that refuse the file)."""
        cls = _ERRORS.get(self.status, errors.DatabaseOpenError)
        return cls(self.path, detail="; ".join(self.problems))


def check_database(path: Path | str) -> CheckReport:
    path = Path(path)
    if not path.is_file():
        return _fail(path, "missing", "ไม่พบไฟล์ฐานข้อมูล / database file not found")
    size = path.stat().st_size
    if size == 0:
        return _fail(path, "empty", "ไฟล์ว่าง ยังไม่มีฐานข้อมูล / empty file, no database yet", size)
    if not is_sqlite_file(path):
        return _fail(path, "not-sqlite", "ไฟล์นี้ไม่ใช่ฐานข้อมูล SQLite / not an SQLite database", size)

    report = CheckReport(path, "ok", True, size_bytes=size)
    try:
        conn = connect_readonly(path)
        try:
            _inspect(conn, report)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.ok = False
        if is_damage(exc):
            report.status = "corrupt"
            report.problems.append(f"ฐานข้อมูลเสียหาย / database damaged: {exc}")
        else:
            report.status = "unreadable"
            report.problems.append(f"อ่านไฟล์ไม่ได้ / cannot read the file: {exc}")
    return report


def _inspect(conn: sqlite3.Connection, report: CheckReport) -> None:
    # An immutable connection always answers "delete"; the header knows the truth.
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    report.journal_mode = "wal" if in_wal_mode(report.path) else mode

    lines = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchmany(_MAX_LINES)]
    if lines != ["ok"]:
        report.status, report.ok = "corrupt", False
        report.problems += [f"ความเสียหายในไฟล์ / integrity: {line}" for line in lines]
        return  # counts and revision from a damaged file would mislead

    fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk_rows:
        report.status, report.ok = "corrupt", False
        for table, rowid, parent, _fkid in fk_rows[:_MAX_LINES]:
            report.problems.append(
                f"อ้างอิงข้อมูลที่ไม่มีอยู่ / broken reference: {table} rowid {rowid} -> {parent}"
            )
        if len(fk_rows) > _MAX_LINES:
            report.problems.append(f"… และอีก / and {len(fk_rows) - _MAX_LINES} more")

    tables = user_tables(conn)
    report.counts = {
        t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]  # names are our constants
        for t in MAIN_TABLES
        if t in tables
    }
    if not tables:
        _mark(report, "empty", "ยังไม่มีตารางข้อมูล / no tables yet")
        return
    if "alembic_version" not in tables:
        _mark(report, "foreign", "เป็นฐานข้อมูลของโปรแกรมอื่น / belongs to another program")
        return
    report.revision = stored_revision(conn)
    if report.revision is None:
        _mark(report, "foreign", "ไม่มีรุ่นของโครงสร้าง / no schema revision recorded")
        return
    if report.revision == HEAD_REVISION:
        return

    from wangmuang_desk.db.schema import known_revisions  # loads alembic: off the usual path

    if report.revision in known_revisions():
        if report.ok:
            report.status = "older"
        report.notes.append(
            f"โครงสร้างรุ่นเก่า {report.revision} โปรแกรมจะสำรองแล้วปรับรุ่นเป็น {HEAD_REVISION} "
            f"เมื่อเปิด / older schema {report.revision}: backed up and upgraded to "
            f"{HEAD_REVISION} when opened"
        )
    elif APP_TABLES <= tables:
        _mark(
            report,
            "newer",
            f"สร้างโดยโปรแกรมรุ่นใหม่กว่า (รุ่น {report.revision}) / written by a newer "
            f"program (revision {report.revision}, this one knows {HEAD_REVISION})",
        )
    else:
        _mark(report, "foreign", f"รุ่นที่ไม่รู้จัก / unknown revision {report.revision}")


def _mark(report: CheckReport, status: str, problem: str) -> None:
    # Damage found earlier (broken references) stays the headline status.
    if report.ok:
        report.status = status
    report.ok = False
    report.problems.append(problem)


def _fail(path: Path, status: str, problem: str, size: int = 0) -> CheckReport:
    return CheckReport(path, status, False, problems=[problem], size_bytes=size)
