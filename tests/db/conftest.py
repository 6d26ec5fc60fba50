"""Fixtures for the database tests: one fresh SQLite file per test, under tmp_path.

Helpers are fixtures because tests run with --import-mode=importlib (no conftest imports).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from wangmuang_desk.db.schema import open_database


@pytest.fixture
def digest() -> Callable[[Path], str]:
    def _digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return _digest


@pytest.fixture
def make_db() -> Callable[[Path], Path]:
    """Create a database at a path, used once (so in WAL mode) and closed: no -wal/-shm left."""

    def _make(path: Path) -> Path:
        db = open_database(path)
        with db.engine.connect():  # the first connection switches the file to WAL
            pass
        db.dispose()
        return path

    return _make


@pytest.fixture
def db_path(tmp_path: Path, make_db) -> Path:
    return make_db(tmp_path / "data" / "wangmuang.sqlite3")


@pytest.fixture
def sql() -> Callable[..., list[tuple]]:
    """Run one statement on a file with plain sqlite3 and commit (setting up test states)."""

    def _sql(path: Path, statement: str, params: tuple = ()) -> list[tuple]:
        conn = sqlite3.connect(path)
        try:
            with conn:
                rows = conn.execute(statement, params).fetchall()
        finally:
            conn.close()
        return rows

    return _sql
