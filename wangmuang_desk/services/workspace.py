"""Opening a database for the GUI: one instance per file, upgrade safely, daily backup.

ui/ goes through this module so it never touches db/ directly; the errors it raises carry
a Thai message (`message_th`) for the dialog and an English one for the log.

The slow parts of opening a large file, the damage check and the day's first backup, run in
background threads while the program loads the rest of itself: the check first, on its own
read-only connection, and the backup only after the file passed it. Until then the
database's engine does not connect at all (see schema.open_database), so a damaged file is
still never read or written by the program, and staff cannot save into it. The GUI also
holds the backup back until its window is up (`allow_daily_backup`): copying the whole file
then does not compete with the start for the processor.

The check is skipped when it could find nothing new (db/verified_stamp.py): a clean close
after a passed check leaves a stamp of the file, and a later start of the same day, after
the day's backup, opens a file still exactly as stamped without reading all of it. The day's
first start, a crash, a restore or any change by another program means the full check.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from wangmuang_desk.db import backup as db_backup
from wangmuang_desk.db import verified_stamp
from wangmuang_desk.db.errors import AlreadyOpenError, DatabaseOpenError
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.db.schema import is_damage, open_database
from wangmuang_desk.paths import backups_dir_for

if TYPE_CHECKING:
    from wangmuang_desk.db.engine import Database
    from wangmuang_desk.services.container import Services

__all__ = ["AlreadyOpenError", "BackupEntry", "DatabaseOpenError", "Workspace", "open_workspace"]
log = logging.getLogger(__name__)
DAILY_BACKUPS_KEPT = 14
BACKUP_HOLD_LIMIT_S = 10.0  # the longest the day's backup waits for allow_daily_backup()


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    size: int
    kind: str  # daily, before-upgrade, replaced, manual, other


class Workspace:
    """An open database file with its lock and services; close() releases both."""

    def __init__(
        self, path: Path, lock: InstanceLock, services: Services,
        background: threading.Thread | None = None,
        backup_allowed: threading.Event | None = None,
    ) -> None:
        self.path = path
        self.lock = lock
        self.services = services
        self._background = background
        self._backup_allowed = backup_allowed
        self._damage_seen: str | None = None  # SQLite called the file damaged meanwhile

    def watch_for_damage(self) -> None:
        """Note any damage SQLite reports while the file is in use: then close() leaves no
        verified stamp, and the next start checks the file in full and offers a restore."""
        from sqlalchemy import event  # loaded already: the Database has its engine

        event.listen(self.services.db.engine, "handle_error", self._on_error)

    def _on_error(self, context) -> None:
        error = context.original_exception
        if isinstance(error, sqlite3.DatabaseError) and is_damage(error):
            self._damage_seen = str(error)

    @property
    def backups_dir(self) -> Path:
        return backups_dir_for(self.path)

    @property
    def checked(self) -> bool:
        """Whether the file has passed its damage check (True at once when it ran first)."""
        gate = self.services.db.gate
        return gate is None or gate.passed

    def require_checked(self) -> None:
        """Wait for the damage check; raise CorruptDatabaseError (and the like) on failure.

        The caller then closes the workspace: nothing was read or written by it.
        """
        self.services.db.require_checked()

    def backups(self) -> list[BackupEntry]:
        return list_backups(self.path)

    def backup_now(self, out: Path | None = None) -> Path:
        """A snapshot now; by default into the backups folder, named with date and time."""
        target = out or self.backups_dir / (
            f"wangmuang-desk-manual-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
        return db_backup.backup_database(self.path, target)

    def warm_up_steps(self) -> list[Callable[[], object]]:
        """What the start left out (models, services), as small steps to run when idle.

        The start loads only what the first page needs (design.md, start-up budget); the
        GUI runs these one per turn of its event loop once the window is up, so no other
        page has to load them on its first opening (budget: 300 ms). Each step only
        imports and creates objects: none reads or writes the database.
        """
        from sqlalchemy.orm import configure_mappers

        from wangmuang_desk.db import models

        steps: list[Callable[[], object]] = [partial(models.load, m) for m in models.MODULES]
        steps += [partial(getattr, self.services, name) for name in self.services.NAMES]
        steps.append(configure_mappers)  # the new mappers, before a page's first query
        return steps

    def allow_daily_backup(self) -> None:
        """Let the day's backup begin (once the file passed its check), if it was held back."""
        if self._backup_allowed is not None:
            self._backup_allowed.set()

    def close(self) -> None:
        # The day's backup may still be waiting or copying: it is taken now if it was held
        # back, and finishes (it writes under a temporary name, but a half copy helps nobody)
        # before the file is given up.
        if self._background is not None:
            self.allow_daily_backup()
            self._background.join()
            self._background = None
        db = self.services.db
        doubt = None if self.checked else "its damage check did not pass (or did not finish)"
        if self._damage_seen is not None:
            doubt = f"SQLite reported damage: {self._damage_seen}"
        try:
            db.optimize()
        except Exception:  # statistics are a nicety; closing must go on
            log.exception("PRAGMA optimize failed on %s", self.path)
            doubt = doubt or "PRAGMA optimize failed"
        try:
            db.dispose()
            # Only now: the last connection's close checkpointed the WAL into the file and
            # removed it, so the file is at rest. Still under the lock: nobody came between.
            if doubt is None:
                verified_stamp.record(self.path)
            else:
                log.info("no verified stamp for %s: %s", self.path, doubt)
        finally:
            self.lock.release()


def list_backups(db_path: Path) -> list[BackupEntry]:
    folder = backups_dir_for(db_path)
    return [BackupEntry(b.path, b.taken_at, b.size, b.kind)
            for b in db_backup.list_backups(folder)]


def open_workspace(
    path: Path, daily_backup: bool = True, hold_backup: bool = False
) -> Workspace:
    """Lock, open (creating or upgrading with a backup first) and take today's backup.

    Raises AlreadyOpenError when another window has the file, and another DatabaseOpenError
    when the file is refused; in both cases nothing was changed and no lock is left behind.
    The damage check of a current file may still be running when this returns: call
    `require_checked()` before showing anything from it (any query waits for it anyway).
    With `hold_backup` the day's backup waits for `allow_daily_backup()` (or `close()`).
    """
    path = Path(path)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        backups = backups_dir_for(path)
        verified = _verified_since_clean_close(path, backups)
        db = open_database(path, backups_dir=backups, check_in_background=True,
                           verified=verified)
    except BaseException:
        lock.release()
        raise
    from wangmuang_desk.services.container import Services

    import_models_on_demand()
    services = Services(db)
    background = None
    allowed = threading.Event()
    if not hold_backup:
        allowed.set()
    if daily_backup:
        background = threading.Thread(
            target=_backup_when_checked, args=(db, path, backups, allowed), name="daily-backup")
        background.start()
    workspace = Workspace(path, lock, services, background, allowed)
    workspace.watch_for_damage()
    return workspace


def _verified_since_clean_close(path: Path, backups: Path) -> str | None:
    """Why the damage check may be skipped this time, None when it runs (verified_stamp).

    Taken under the lock, before the file opens: the stamp is gone once this returns.
    """
    if not path.exists():
        return None  # a new file: open_database removes a stamp left by an old one
    decision = verified_stamp.take(path, backup_taken_today=db_backup.has_daily_backup(backups))
    if decision.skip:
        log.info("damage check of %s skipped: %s", path, decision.reason)
        return decision.reason
    log.info("damage check of %s runs in full: %s", path, decision.reason)
    return None


def import_models_on_demand() -> None:
    """Import the models package so that each model module loads on first use.

    The GUI's start needs only the people and office models; the group, training, planning
    and livelihood ones load when a page or the recycle bin first asks for them (see
    db/models/__init__.py). When the package is loaded already (a create or an upgrade just
    ran Alembic, which loads every model), this changes nothing.
    """
    if "wangmuang_desk.db.models" in sys.modules:
        return
    import wangmuang_desk.db as db_package

    db_package.models_on_demand = True  # read once, by the package's first import
    try:
        import wangmuang_desk.db.models  # noqa: F401
    finally:
        del db_package.models_on_demand


def start_opening(path: Path, hold_backup: bool = False) -> Callable[[], Workspace]:
    """Open `path` now, ahead of the windows; the result gives the workspace when called.

    The GUI calls this before it loads Qt (cli.py): the damage check of a large file, which
    reads all of it, then runs in the background while Qt and the screens load instead of
    after them. Nothing is shown or decided here. Calling the result returns the open
    workspace, or raises what opening raised (AlreadyOpenError, another DatabaseOpenError,
    or anything unexpected) where the GUI can show it.
    """
    try:
        workspace = open_workspace(path, hold_backup=hold_backup)
    except Exception as exc:
        error = exc  # `exc` itself is cleared when the except block ends

        def refused() -> Workspace:
            raise error

        return refused
    return lambda: workspace


def _backup_when_checked(
    db: Database, path: Path, backups: Path, allowed: threading.Event
) -> None:
    try:
        db.require_checked()
    except DatabaseOpenError:
        return  # a damaged file is not copied over a good backup; the GUI offers a restore
    # Held back by the GUI until its window is up; should that never come (a start that
    # failed on the way), the backup is taken anyway, and the program can end.
    allowed.wait(BACKUP_HOLD_LIMIT_S)
    try:
        made = db_backup.daily_backup(path, backups, keep=DAILY_BACKUPS_KEPT)
        if made:
            log.info("daily backup written: %s", made)
    except (OSError, sqlite3.Error):
        # A full disk must not keep staff out of their data; the log says what happened.
        log.exception("daily backup failed")


def restore_into(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the (closed) database with a backup; returns where the old file was kept
    (None when there was no old file)."""
    # The file is replaced: whatever its stamp said, the next start checks the new one in full.
    verified_stamp.discard(db_path)
    return db_backup.restore_backup(backup_path, db_path, backups_dir_for(db_path))
