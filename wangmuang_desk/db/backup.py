"""Backups of the database file: consistent snapshots, daily rotation, restore (no Qt).

Snapshots use SQLite's online backup API, so they are consistent even while the program
has the file open in WAL mode, and every file is written under a temporary name and then
renamed, so a backups folder never holds a half-written copy.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from wangmuang_desk.db.schema import connect_readonly, fsync_dir, fsync_file, side_file

PREFIX = "wangmuang-desk"
SUFFIX = ".sqlite3"
_DAILY_RE = re.compile(rf"^{PREFIX}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(SUFFIX)}$")
_STAMP_RE = re.compile(r"(\d{8}-\d{6})")
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    kind: str  # "daily", "before-upgrade", "replaced" or "other"


def backup_database(db_path: Path | str, out_path: Path | str) -> Path:
    """Write a consistent snapshot of `db_path` to `out_path` (replaced if it exists)."""
    db_path, out_path = Path(db_path), Path(out_path)
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = _open_source(db_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # pages=-1: copy everything in one step, under one read snapshot.
                src.backup(dst)
                # The copy inherits the WAL flag; a backup should be one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(tmp)
        os.replace(tmp, out_path)
        fsync_dir(out_path.parent)
    except BaseException:
        for leftover in (tmp, *(side_file(tmp, x) for x in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return out_path


def _open_source(db_path: Path) -> sqlite3.Connection:
    """A read-only connection that takes SQLite's locks, so the snapshot is consistent."""
    src = connect_readonly(db_path, leave_no_files=False)
    try:
        src.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # opens the WAL index now
        return src
    except sqlite3.OperationalError:
        # Read-only media: it cannot hold a WAL index, and nobody can be writing there.
        src.close()
        return connect_readonly(db_path)
    except BaseException:
        src.close()
        raise


def daily_path(backups_dir: Path | str, day: date) -> Path:
    return Path(backups_dir) / f"{PREFIX}-{day.isoformat()}{SUFFIX}"


def has_daily_backup(backups_dir: Path | str, day: date | None = None) -> bool:
    """Whether the daily backup of `day` (today) is taken, as daily_backup decides it."""
    return daily_path(backups_dir, day or date.today()).exists()


def before_upgrade_path(
    backups_dir: Path | str, from_revision: str, now: datetime | None = None
) -> Path:
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    return _unused(Path(backups_dir) / f"{PREFIX}-before-upgrade-{from_revision}-{stamp}{SUFFIX}")


def replaced_path(backups_dir: Path | str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    return _unused(Path(backups_dir) / f"{PREFIX}-replaced-{stamp}{SUFFIX}")


def daily_backup(
    db_path: Path | str, backups_dir: Path | str, keep: int = 14, today: date | None = None
) -> Path | None:
    """Take today's backup unless there is one; keep only the newest `keep` daily backups.

    Returns the new backup, or None if today's already existed. Other backups
    (before-upgrade, replaced, copied in by hand) are never deleted here.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    backups_dir = Path(backups_dir)
    day = today or date.today()
    made = None if has_daily_backup(backups_dir, day) else backup_database(
        db_path, daily_path(backups_dir, day))

    dailies = sorted(
        (p for p in backups_dir.iterdir() if _DAILY_RE.match(p.name) and p.is_file()),
        key=lambda p: p.name,  # ISO dates sort like the dates themselves
        reverse=True,
    )
    for old in dailies[keep:]:
        old.unlink(missing_ok=True)
    return made


def list_backups(backups_dir: Path | str) -> list[BackupInfo]:
    """The backups in `backups_dir`, newest first."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = []
    for p in backups_dir.iterdir():
        if not p.is_file() or p.name.startswith(".") or not p.name.endswith(SUFFIX):
            continue
        stat = p.stat()
        found.append(BackupInfo(p, _taken_at(p.name, stat.st_mtime), stat.st_size, _kind(p.name)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def restore_backup(
    backup_path: Path | str, db_path: Path | str, backups_dir: Path | str
) -> Path | None:
    """Put `backup_path` in place of `db_path`; the current file is kept in `backups_dir`.

    The program must have closed the database (and hold its InstanceLock). The backup is
    checked first and refused with the matching DatabaseOpenError. The current file moves
    aside together with its -wal/-journal, so no committed work in them is lost. Returns the
    set-aside file (None when there was no current file).
    """
    from wangmuang_desk.db.integrity import check_database

    backup_path, db_path = Path(backup_path), Path(db_path)
    report = check_database(backup_path)
    if not report.ok:
        raise report.as_error()

    # Copy next to the target first, so the step that replaces it is one rename.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{db_path.name}.", suffix=".restoring", dir=db_path.parent
    )
    os.close(fd)
    staged = Path(tmp_name)
    try:
        backup_database(backup_path, staged)
        set_aside = _set_aside(db_path, Path(backups_dir))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    try:
        os.replace(staged, db_path)
    except BaseException:
        if set_aside is not None and not db_path.exists():
            shutil.move(set_aside, db_path)  # put the current file back rather than lose it
        staged.unlink(missing_ok=True)
        raise
    fsync_dir(db_path.parent)
    return set_aside


def _set_aside(db_path: Path, backups_dir: Path) -> Path | None:
    """Move the current file and its companions into `backups_dir` as a "replaced" backup."""
    side_file(db_path, "-shm").unlink(missing_ok=True)  # an index SQLite rebuilds from the WAL
    if not db_path.exists():
        for suffix in ("-wal", "-journal"):
            side_file(db_path, suffix).unlink(missing_ok=True)
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = replaced_path(backups_dir)
    shutil.move(db_path, target)  # a rename when on the same drive
    for suffix in ("-wal", "-journal"):
        companion = side_file(db_path, suffix)
        if companion.exists():
            # SQLite finds a WAL by name, so it must carry the new name along.
            shutil.move(companion, side_file(target, suffix))
    return target


def _kind(name: str) -> str:
    if _DAILY_RE.match(name):
        return "daily"
    if "-before-upgrade-" in name:
        return "before-upgrade"
    if "-replaced-" in name:
        return "replaced"
    return "other"


def _taken_at(name: str, mtime: float) -> datetime:
    match = _STAMP_RE.search(name)
    if match:
        try:
            return datetime.strptime(match.group(1), _STAMP_FORMAT)
        except ValueError:
            pass
    return datetime.fromtimestamp(mtime)


def _unused(path: Path) -> Path:
    """`path`, or `path` with -2, -3 … when two backups fall in the same second."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
