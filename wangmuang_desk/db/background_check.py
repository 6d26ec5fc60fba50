"""The damage check of a file, run in a thread beside the rest of the program's start.

Only sqlite3 is needed here (schema.py loads SQLAlchemy only where it is used), so the check
begins before SQLAlchemy, Qt and the screens load, and reads the file while they do.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from wangmuang_desk.db.errors import DatabaseOpenError
from wangmuang_desk.db.schema import check_integrity

log = logging.getLogger(__name__)


class IntegrityCheck:
    """check_integrity of one file in a thread of its own, on its own read-only connection.

    sqlite3 lets go of the GIL while SQLite works, so the check runs beside the rest of the
    start (imports, the window). It is the `gate` of the Database it guards: that engine
    connects only after `require()` returned, so a damaged file is never read or written
    through the program's own connections, exactly as when the check ran first.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seconds: float | None = None  # how long the check took, once done
        self.skip_reason: str | None = None  # set when the check is not needed (not_needed)
        self._done = threading.Event()
        self._error: DatabaseOpenError | None = None
        self._guard = threading.Lock()  # over _conn and _stopped, between the two threads
        self._conn: sqlite3.Connection | None = None
        self._stopped = False
        # Daemon: a read-only check may be cut off when the program exits.
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)

    @classmethod
    def not_needed(cls, path: Path, reason: str) -> IntegrityCheck:
        """A check that is not run and counts as passed at once.

        For a file exactly as this program closed it after a check passed (verified_stamp):
        quick_check could find nothing new there.
        """
        check = cls(path)
        check.skip_reason = reason
        check._done.set()
        return check

    def start(self) -> IntegrityCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            check_integrity(self.path, on_connect=self._connected)
        except DatabaseOpenError as exc:
            self._error = exc
        except BaseException as exc:  # whatever happens, nobody may wait for ever
            self._error = DatabaseOpenError(self.path, detail=repr(exc))
        finally:
            with self._guard:
                self._conn = None
            self.seconds = time.perf_counter() - started
            self._done.set()
        if self._error is not None and not self._stopped:
            log.error("integrity check of %s failed: %s", self.path, self._error)
        elif self._error is None:
            log.info("damage check of %s passed in %.0f ms", self.path, self.seconds * 1000)

    def _connected(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if self._stopped:
                raise DatabaseOpenError(self.path, detail="check stopped before it began")
            self._conn = conn

    def stop(self) -> None:
        """Cut the check short and wait until its connection is closed.

        For an opening that refused the file for another reason (or is about to replace
        it): nothing may keep the file open then. The check counts as failed.
        """
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                try:
                    self._conn.interrupt()  # the one sqlite3 call meant for another thread
                except sqlite3.Error:  # closed just now: the check has finished anyway
                    pass
        if self._thread.ident is not None:
            self._thread.join()
        # Failed, even if it had just finished: a stopped check never lets the file open,
        # and one never started never keeps anybody waiting.
        if self._error is None:
            self._error = DatabaseOpenError(self.path, detail="check stopped")
        self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self._error is None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the check to finish (at most `timeout` seconds); True when it has."""
        return self._done.wait(timeout)

    def require(self) -> None:
        """Wait for the check; raise its DatabaseOpenError if the file failed it."""
        self._done.wait()
        if self._error is not None:
            raise self._error
