"""Engine factory and short-lived sessions for one SQLite database file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class Gate(Protocol):
    """Something that must pass before the file may be opened (a background damage check)."""

    @property
    def passed(self) -> bool: ...

    def require(self) -> None:
        """Block until decided; raise (a DatabaseOpenError) when the file is refused."""


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # Reliability rules from design.md: referential integrity on, WAL so a backup or a reader
    # never blocks the program, FULL sync so a power cut in the office loses no committed work.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path | str, gate: Gate | None = None) -> Engine:
    """An engine on the SQLite file at `path` (created if missing) with our pragmas.

    With a `gate`, every new connection first waits for it: nothing is read from or written
    to the file until the gate passed, and a refused file raises instead of being opened.
    """
    # URL.create, not an f-string: a "?" or "%20" in a folder name must stay part of the path.
    engine = create_engine(URL.create("sqlite", database=str(Path(path))))
    if gate is not None:

        @event.listens_for(engine, "do_connect")
        def _wait_for_gate(_dialect, _record, _cargs, _cparams) -> None:
            gate.require()

    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


class Database:
    """One open database file: the engine plus a factory of short sessions.

    Services receive a Database and open `with db.session() as s:` per user action, so each
    action is exactly one transaction (committed on success, rolled back on any error).
    """

    def __init__(
        self, path: Path | str, engine: Engine | None = None, gate: Gate | None = None
    ) -> None:
        self.path = Path(path)
        self.gate = gate
        self.engine = engine or make_engine(self.path, gate)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._connected = False
        event.listen(self.engine, "connect", self._note_connected)

    def _note_connected(self, _dbapi_connection, _record) -> None:
        self._connected = True

    def require_checked(self) -> None:
        """Wait for the gate (if any); raise its error when the file was refused."""
        if self.gate is not None:
            self.gate.require()

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

    def optimize(self) -> None:
        """Refresh SQLite's planner statistics where they are missing or stale (on close).

        Only for a file this program has used and that passed its check; the limit keeps it
        to a few milliseconds on any size (the sampling SQLite's documentation recommends).
        """
        if not self._connected or (self.gate is not None and not self.gate.passed):
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("PRAGMA optimize")
            conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()
