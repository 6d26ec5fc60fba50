"""The stress database: built once with the demo generator, then reused from benchmarks/out/."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from common import OUT_DIR


def default_path(people: int, seed: int) -> Path:
    return OUT_DIR / f"stress-{people}-seed{seed}.sqlite3"


def _squeezed(sql: str) -> str:
    return "".join(sql.replace('"', "").split()).lower()


def schema_differences(path: Path) -> list[str]:
    """What the file lacks or has otherwise than the database the program creates now.

    Every index the models declare, compared down to a partial index's WHERE, and the
    trigram search index (when this SQLite can make it). A file built before such a change
    would make the figures describe a database the program no longer creates, so it is
    rebuilt.
    """
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex

    from wangmuang_desk.db.base import Base
    from wangmuang_desk.db.models import Person  # noqa: F401 - registers every model
    from wangmuang_desk.db.schema import PERSON_FTS, trigram_available

    expected = {
        index.name: _squeezed(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
        for table in Base.metadata.tables.values()
        for index in table.indexes
    }
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {
            name: _squeezed(sql or "")
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index'")
        }
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    differences = [
        f"{name} ({'missing' if name not in present else 'changed'})"
        for name, sql in sorted(expected.items())
        if present.get(name) != sql
    ]
    differences += [
        f"{name} (no longer declared)"
        for name in sorted(set(present) - set(expected))
        if name.startswith(("ix_", "uq_"))
    ]
    if trigram_available() and PERSON_FTS not in tables:
        differences.append(f"{PERSON_FTS} (missing)")
    return differences


def ensure_database(path: Path | None, people: int, seed: int, log=print) -> Path:
    """The database to measure: `path` as given, else the cached build (made when missing)."""
    if path is not None:
        if not path.is_file():
            raise SystemExit(f"--db: no such file: {path}")
        return path
    target = default_path(people, seed)
    if target.is_file():
        changed = schema_differences(target)
        if not changed:
            log(f"reusing {target}")
            return target
        log(f"rebuilding {target.name}: built with another schema: {', '.join(changed)}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    from wangmuang_desk.services.demo.generator import build_demo_database

    log(f"building {target} ({people:,} people, seed {seed}); this takes a while once")
    start = time.perf_counter()
    build_demo_database(target, people=people, seed=seed)
    log(f"built in {time.perf_counter() - start:.1f} s")
    return target
