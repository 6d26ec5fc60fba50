"""Write an output file all at once or not at all. No reportlab, no Qt.

A build that fails half-way (bad data, disk full, a bug) must not leave a truncated PDF or
workbook where staff would open or print it, nor destroy the previous good file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open folders and does not need it.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path | str, build_fn: Callable[[Path], object]) -> Path:
    """Call `build_fn(temp_path)` to write the file, then rename it to `path`.

    The temporary file sits beside the target (same folder, so the rename is atomic) and is
    removed if `build_fn` raises; an existing file at `path` is only replaced on success.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)  # build_fn opens the file by name (reportlab, openpyxl); Windows needs it closed
    tmp = Path(name)
    try:
        build_fn(tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target
