"""One program instance per database file, through a lock file beside it.

The operating system's own file lock (flock on POSIX, a locked byte on Windows) does the
work: importing a locking library cost the start more than this whole module.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from wangmuang_desk.db.errors import AlreadyOpenError

# Someone else holds it. Some file systems answer EACCES instead of EWOULDBLOCK, and Windows
# answers EACCES (or EDEADLK, its "deadlock" for a byte held elsewhere).
_HELD_ELSEWHERE = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK})

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        # One byte at offset 0, taken without waiting. Another handle, in this process or
        # another, cannot lock it until it is unlocked or its handle closed.
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in _HELD_ELSEWHERE:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    # Windows cannot remove a file someone has open, so the last holder tidies it away.
    _REMOVE_ON_RELEASE = True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl/lockf: its lock belongs to the open file, so a second InstanceLock
        # in the same process is refused too (a POSIX record lock would let it in).
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _HELD_ELSEWHERE:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    # Removing a lock file others may be waiting on would let two holders in (each with
    # its own file under the same name): it stays, and an unlocked file means nothing.
    _REMOVE_ON_RELEASE = False


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held for as long as a window has the database open.

    The operating system drops the lock when the process ends, even after a crash, so a
    stale lock file never keeps staff out. Any thread may release it.
    """

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock at once or raise AlreadyOpenError; never waits."""
        if self._fd is not None:
            return  # held already by this object
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # No O_TRUNC: whoever loses must not empty the holder's file.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise AlreadyOpenError(self.db_path)
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing alone would drop the lock too
        if _REMOVE_ON_RELEASE:
            try:
                self.path.unlink()
            except OSError:  # another instance has it open (and perhaps locked) by now
                pass

    def __del__(self) -> None:
        # An InstanceLock nobody refers to any more lets go of the file, as a FileLock did.
        if getattr(self, "_fd", None) is not None:
            self.release()

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
