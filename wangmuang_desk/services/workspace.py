"""Opening a database for the GUI: one instance per file, upgrade safely, daily backup.

ui/ goes through this module so it never touches db/ directly; the errors it raises carry
a Thai message (`message_th`) for the dialog and an English one for the log.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wangmuang_desk.db import backup as db_backup
from wangmuang_desk.db.errors import AlreadyOpenError, DatabaseOpenError
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.db.schema import open_database
from wangmuang_desk.paths import backups_dir_for
from wangmuang_desk.services.container import Services

__all__ = ["AlreadyOpenError", "BackupEntry", "DatabaseOpenError", "Workspace", "open_workspace"]
log = logging.getLogger(__name__)
DAILY_BACKUPS_KEPT = 14


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    size: int
    kind: str  # daily, before-upgrade, replaced, manual, other


class Workspace:
    """An open database file with its lock and services; close() releases both."""

    def __init__(self, path: Path, lock: InstanceLock, services: Services) -> None:
        self.path = path
        self.lock = lock
        self.services = services

    @property
    def backups_dir(self) -> Path:
        return backups_dir_for(self.path)

    def backups(self) -> list[BackupEntry]:
        return list_backups(self.path)

    def backup_now(self, out: Path | None = None) -> Path:
        """A snapshot now; by default into the backups folder, named with date and time."""
        target = out or self.backups_dir / (
            f"wangmuang-desk-manual-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
        return db_backup.backup_database(self.path, target)

    def close(self) -> None:
        self.services.db.dispose()
        self.lock.release()


def list_backups(db_path: Path) -> list[BackupEntry]:
    folder = backups_dir_for(db_path)
    return [BackupEntry(b.path, b.taken_at, b.size, b.kind)
            for b in db_backup.list_backups(folder)]


def open_workspace(path: Path, daily_backup: bool = True) -> Workspace:
    """Lock, open (creating or upgrading with a backup first) and take today's backup.

    Raises AlreadyOpenError when another window has the file, and another DatabaseOpenError
    when the file is refused; in both cases nothing was changed and no lock is left behind.
    """
    path = Path(path)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        backups = backups_dir_for(path)
        db = open_database(path, backups_dir=backups)
    except BaseException:
        lock.release()
        raise
    if daily_backup:
        try:
            made = db_backup.daily_backup(path, backups, keep=DAILY_BACKUPS_KEPT)
            if made:
                log.info("daily backup written: %s", made)
        except (OSError, sqlite3.Error):
            # A full disk must not keep staff out of their data; the log says what happened.
            log.exception("daily backup failed")
    return Workspace(path, lock, Services(db))


def restore_into(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the (closed) database with a backup; returns where the old file was kept
    (None when there was no old file)."""
    return db_backup.restore_backup(backup_path, db_path, backups_dir_for(db_path))
