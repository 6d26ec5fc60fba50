"""Engine factory and short-lived sessions for one SQLite database file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # Reliability rules from design.md: referential integrity on, WAL so a backup or a reader
    # never blocks the program, FULL sync so a power cut in the office loses no committed work.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file at `path` (created if missing) with our pragmas."""
    # URL.create, not an f-string: a "?" or "%20" in a folder name must stay part of the path.
    engine = create_engine(URL.create("sqlite", database=str(Path(path))))
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


class Database:
    """One open database file: the engine plus a factory of short sessions.

    Services receive a Database and open `with db.session() as s:` per user action, so each
    action is exactly one transaction (committed on success, rolled back on any error).
    """

    def __init__(self, path: Path | str, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine or make_engine(self.path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
