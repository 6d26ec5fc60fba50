"""The "verified" stamp: a file that passed its damage check and was closed cleanly since.

The damage check (PRAGMA quick_check) reads the whole file, on every start. It can only find
something new when the file changed since it last passed, so the GUI writes a small stamp
beside the file (`<name>.verified`, JSON) when it closes the file cleanly after a start
whose check passed: the file's size, modification and change times and file id, and the
date. The next start skips the check only when the file is exactly as the stamp describes,
nothing is waiting in a -wal or -journal, the stamp is from today and today's backup is
taken, so the first start of each day still runs the full check (before the day's backup).
Anything else is a doubt, and a doubt means the full check.

The stamp is removed as soon as an opening has read it, before anything may write the file:
a session that ends in a crash, or a file opened by anything else, leaves no stamp behind.

Standard library only: this runs at the start, before SQLAlchemy and Qt load.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

SUFFIX = ".verified"
FORMAT = 1


# NamedTuple rather than a dataclass: built in a fraction of the time, at every start.
class FileState(NamedTuple):
    """What changes when anything writes or replaces the file.

    mtime alone misses a copy that kept the old time (a restore by hand, a USB round trip);
    the change time (creation time on Windows) and the file id do not survive those.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    file_id: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class Decision(NamedTuple):
    skip: bool  # True: the check may be skipped
    reason: str  # for the log


def stamp_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _not_at_rest(db_path: Path) -> str | None:
    """Why the file is not as its last connection left it (work in a -wal or -journal)."""
    for suffix in ("-wal", "-journal"):
        if _has_content(db_path.with_name(db_path.name + suffix)):
            return f"its {suffix} file holds data"
    return None


def discard(db_path: Path | str) -> None:
    """Remove the stamp (if any): the file may change now. OSError if it cannot be removed."""
    stamp_path(db_path).unlink(missing_ok=True)


def record(db_path: Path | str, *, today: date | None = None, now_ns: int | None = None) -> bool:
    """Write the stamp of a file this program has just closed cleanly after a passed check.

    Only after the last connection closed: that close checkpoints the WAL into the file and
    removes it, so the size and times are final. No stamp (False) when the file is not at
    rest or the stamp cannot be written; the next start then simply checks in full.
    """
    db_path = Path(db_path)
    target = stamp_path(db_path)
    try:
        busy = _not_at_rest(db_path)
        if busy is not None:
            discard(db_path)
            log.info("no verified stamp for %s: %s", db_path, busy)
            return False
        data = {
            "format": FORMAT,
            **FileState.of(db_path)._asdict(),
            "date": (today or date.today()).isoformat(),
            "written_ns": time.time_ns() if now_ns is None else now_ns,
        }
        _write_atomically(target, json.dumps(data))
    except OSError as exc:
        log.warning("could not write the verified stamp of %s: %s", db_path, exc)
        return False
    log.info("verified stamp written for %s", db_path)
    return True


def _write_atomically(target: Path, text: str) -> None:
    # No fsync: a stamp lost or cut short by a power cut is unreadable, which means a full
    # check, never a skipped one.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def take(
    db_path: Path | str,
    *,
    backup_taken_today: bool,
    today: date | None = None,
    now_ns: int | None = None,
) -> Decision:
    """Whether this opening may skip the damage check; the stamp is removed either way.

    Call it holding the file's InstanceLock, before the file is opened: from here on the
    program may write it, and only a clean close writes a new stamp. `backup_taken_today`:
    whether today's daily backup exists (the day's first start always checks in full).
    """
    db_path = Path(db_path)
    path = stamp_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Decision(False, "no verified stamp (first opening, or the last one did not "
                               "end with a clean close after a passed check)")
    except (OSError, UnicodeDecodeError) as exc:
        text, unreadable = None, f"the verified stamp could not be read ({exc})"
    try:
        discard(db_path)
    except OSError as exc:
        # A stamp that stays would still match after this session changed the file.
        return Decision(False, f"the verified stamp could not be removed ({exc})")
    if text is None:
        return Decision(False, unreadable)
    doubt = _doubt(db_path, text, backup_taken_today, today or date.today(),
                   time.time_ns() if now_ns is None else now_ns)
    if doubt is not None:
        return Decision(False, doubt)
    return Decision(True, "the file is exactly as this program closed it after a passed check "
                          "today, and today's backup is taken")


def _doubt(
    db_path: Path, text: str, backup_taken_today: bool, today: date, now_ns: int
) -> str | None:
    """Why the stamp does not vouch for the file now; None when it does."""
    try:
        data = json.loads(text)
    except ValueError:
        return "the verified stamp is not readable JSON"
    fields = ("format", "size", "mtime_ns", "ctime_ns", "file_id", "written_ns")
    if not isinstance(data, dict) or not all(_is_int(data.get(k)) for k in fields):
        return "the verified stamp is incomplete"
    if data["format"] != FORMAT:
        return f"the verified stamp has another format ({data['format']})"
    try:
        stamped_on = date.fromisoformat(str(data.get("date")))
    except ValueError:
        return "the verified stamp has no valid date"
    if not backup_taken_today:
        return "first start of the day: the full check comes with the day's backup"
    if stamped_on > today or data["written_ns"] > now_ns:
        return "the clock is behind the verified stamp"
    if stamped_on < today:
        return f"the verified stamp is from an earlier day ({stamped_on.isoformat()})"
    try:
        now = FileState.of(db_path)
    except OSError as exc:
        return f"the file cannot be examined ({exc})"
    then = FileState(data["size"], data["mtime_ns"], data["ctime_ns"], data["file_id"])
    if now != then:
        changed = [k for k, v in now._asdict().items() if v != getattr(then, k)]
        return "the file changed since its clean close (" + ", ".join(changed) + ")"
    busy = _not_at_rest(db_path)
    if busy is not None:
        return busy
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
