"""One instance per database file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wangmuang_desk.db.errors import AlreadyOpenError
from wangmuang_desk.db.lock import InstanceLock, lock_path

# Another program instance: exit 0 if it got the lock, 3 (and the message) if refused.
_OTHER_INSTANCE = """
import sys
from wangmuang_desk.db.errors import AlreadyOpenError
from wangmuang_desk.db.lock import InstanceLock
try:
    with InstanceLock(sys.argv[1]):
        pass
except AlreadyOpenError as exc:
    sys.stdout.buffer.write(str(exc).encode("utf-8"))
    sys.exit(3)
"""


def _other_instance(db: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", _OTHER_INSTANCE, str(db)],
        capture_output=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )


def test_a_second_process_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    db = tmp_path / "wangmuang.sqlite3"
    lock = InstanceLock(db)
    lock.acquire()
    try:
        refused = _other_instance(db)
    finally:
        lock.release()
    assert refused.returncode == 3, refused.stderr
    assert "เปิดอยู่ในโปรแกรมอีกหน้าต่างหนึ่ง" in refused.stdout.decode("utf-8")

    allowed = _other_instance(db)
    assert allowed.returncode == 0, allowed.stderr


def test_second_lock_in_the_same_process_is_refused_and_context_releases(tmp_path: Path) -> None:
    db = tmp_path / "wangmuang.sqlite3"
    with InstanceLock(db) as first:
        assert first.is_locked
        assert lock_path(db) == tmp_path / "wangmuang.sqlite3.lock"
        with pytest.raises(AlreadyOpenError) as info:
            InstanceLock(db).acquire()
        assert info.value.path == db
    assert not first.is_locked
    with InstanceLock(db) as again:
        assert again.is_locked


# Holds the lock and dies without releasing it, as a crashed program would.
_CRASHING_HOLDER = """
import os, sys
from wangmuang_desk.db.lock import InstanceLock
lock = InstanceLock(sys.argv[1])
lock.acquire()
sys.stdout.write("held\\n")
sys.stdout.flush()
sys.stdin.readline()
os._exit(9)
"""


def test_the_lock_of_a_crashed_instance_does_not_keep_staff_out(tmp_path: Path) -> None:
    db = tmp_path / "wangmuang.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_HOLDER, str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(AlreadyOpenError):
            InstanceLock(db).acquire()
    finally:
        holder.communicate(b"\n", timeout=60)
    assert holder.returncode == 9
    assert lock_path(db).exists()  # left behind by the crash, and no obstacle
    with InstanceLock(db) as lock:
        assert lock.is_locked


def test_any_thread_may_release_and_a_dropped_lock_lets_go(tmp_path: Path) -> None:
    import threading

    db = tmp_path / "sub" / "wangmuang.sqlite3"  # the folder is made if missing
    lock = InstanceLock(db)
    lock.acquire()
    lock.acquire()  # already held by this object: nothing changes
    assert lock.is_locked
    releaser = threading.Thread(target=lock.release)
    releaser.start()
    releaser.join()
    assert not lock.is_locked
    lock.release()  # releasing again is harmless too
    with InstanceLock(db) as again:
        assert again.is_locked
    InstanceLock(db).acquire()  # dropped at once: lets go of the file, as a FileLock did
    with InstanceLock(db) as after_a_dropped_one:
        assert after_a_dropped_one.is_locked
