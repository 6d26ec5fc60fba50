"""One program instance per database file, through a lock file beside it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from wangmuang_desk.db.errors import AlreadyOpenError


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held for as long as a window has the database open.

    The operating system drops the lock when the process ends, even after a crash, so a
    stale lock file never keeps staff out.
    """

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        # thread_local=False: the GUI may release from another thread than it acquired on.
        self._lock = FileLock(self.path, timeout=0, thread_local=False)

    @property
    def is_locked(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock at once or raise AlreadyOpenError; never waits."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise AlreadyOpenError(self.db_path) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
