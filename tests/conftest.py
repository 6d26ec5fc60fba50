"""Shared test setup: offscreen Qt, a private data folder, one fresh database per test."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no screen on CI, and never touch the real user's data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WANGMUANG_DESK_HOME", tempfile.mkdtemp(prefix="wangmuang-desk-tests-"))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import pytest  # noqa: E402


@pytest.fixture
def db(tmp_path):
    from wangmuang_desk.db.schema import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def services(db):
    from wangmuang_desk.services.container import Services

    return Services(db)


@pytest.fixture
def villages(services):
    """Three villages, as staff would enter them on first start."""
    from wangmuang_desk.services.rows import VillageRow

    services.office.save_villages([
        VillageRow(0, 1, "บ้านวังม่วง"), VillageRow(0, 2, "บ้านหนองปลาไหล"),
        VillageRow(0, 10, "บ้านท่าฤทธิ์"),
    ])
    return {v.moo: v for v in services.office.villages()}
