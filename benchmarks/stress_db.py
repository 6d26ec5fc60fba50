"""The stress database: built once with the demo generator, then reused from benchmarks/out/."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from common import OUT_DIR


def default_path(people: int, seed: int) -> Path:
    return OUT_DIR / f"stress-{people}-seed{seed}.sqlite3"


def missing_indexes(path: Path) -> list[str]:
    """Indexes the current models declare that the file lacks.

    A file built before an index was added to the schema would make the figures describe a
    database the program no longer creates, so such a file is rebuilt.
    """
    from wangmuang_desk.db.base import Base
    from wangmuang_desk.db.models import Person  # noqa: F401 - registers every model

    expected = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()
    return sorted(name for name in expected if name and name not in present)


def ensure_database(path: Path | None, people: int, seed: int, log=print) -> Path:
    """The database to measure: `path` as given, else the cached build (made when missing)."""
    if path is not None:
        if not path.is_file():
            raise SystemExit(f"--db: no such file: {path}")
        return path
    target = default_path(people, seed)
    if target.is_file():
        missing = missing_indexes(target)
        if not missing:
            log(f"reusing {target}")
            return target
        log(f"rebuilding {target.name}: built before these indexes existed: {', '.join(missing)}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    from wangmuang_desk.services.demo.generator import build_demo_database

    log(f"building {target} ({people:,} people, seed {seed}); this takes a while once")
    start = time.perf_counter()
    build_demo_database(target, people=people, seed=seed)
    log(f"built in {time.perf_counter() - start:.1f} s")
    return target
