"""Schema creation and upgrades through Alembic."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

import wangmuang_desk.db.models  # noqa: F401  (every table on Base.metadata)
from wangmuang_desk.db import schema
from wangmuang_desk.db.base import Base
from wangmuang_desk.db.errors import DatabaseOpenError, NewerDatabaseError
from wangmuang_desk.db.schema import HEAD_REVISION, alembic_config, open_database


def test_new_database_has_every_table_and_matches_the_models(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": schema.include_object}
            )
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert {"person_fts", "person_fts_data"} <= tables  # the search index, not a model
    assert diff == []


def _squeezed(sql: str) -> str:
    return "".join(sql.replace('"', "").split()).lower()


def test_baseline_indexes_are_the_models_indexes_down_to_their_where(db_path: Path, sql) -> None:
    # Alembic's comparison ignores the WHERE of a partial index; the planner does not.
    expected = {
        index.name: _squeezed(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
        for table in Base.metadata.tables.values()
        for index in table.indexes
    }
    found = {
        name: _squeezed(text)
        for name, text in sql(
            db_path, "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        )
    }
    assert found == expected
    assert "wheredeleted_atisnotnull" in expected["ix_person_deleted_at"]
    assert "wheredeleted_atisnull" in expected["ix_person_live_name"]
    assert "ix_person_name" not in expected


def test_migrations_leave_the_search_index_alone() -> None:
    # Autogenerate and upgrades compare the models with the database: person_fts and its
    # shadow tables must look like nothing to compare, or a migration would drop them.
    for name in ("person_fts", "person_fts_data", "person_fts_idx", "person_fts_config"):
        assert not schema.include_object(None, name, "table", True, None)
    for name in ("person", "person_ftsx", "household"):
        assert schema.include_object(None, name, "table", True, None)


def test_baseline_keeps_the_partial_index_and_the_household_cycle(db_path: Path, sql) -> None:
    [(index_sql,)] = sql(db_path, "SELECT sql FROM sqlite_master WHERE name='uq_person_citizen_id'")
    assert "UNIQUE" in index_sql and "WHERE citizen_id IS NOT NULL" in index_sql
    fks = sql(db_path, "PRAGMA foreign_key_list(household)")
    assert ("head_person_id", "person", "SET NULL") in {(r[3], r[2], r[6]) for r in fks}
    fks = sql(db_path, "PRAGMA foreign_key_list(person)")
    assert ("household_id", "household") in {(r[3], r[2]) for r in fks}
    # The optional ID: many people without one, but never the same one twice.
    sql(
        db_path,
        "INSERT INTO person (first_name, last_name, title, sex, phone, house_no, soi,"
        " road, is_elder, is_disabled, is_disadvantaged, note, search_text)"
        " SELECT 'ก', '', '', '', '', '', '', '', 0, 0, 0, '', '' FROM (SELECT 1 UNION SELECT 2)",
    )
    sql(db_path, "UPDATE person SET citizen_id = '1101700203451' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        sql(db_path, "UPDATE person SET citizen_id = '1101700203451' WHERE id = 2")


def test_head_revision_is_the_head_of_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]
    assert schema.MIGRATIONS_DIR.joinpath("env.py").is_file()


def test_opening_a_current_database_changes_nothing_and_backs_up_nothing(
    db_path: Path, digest
) -> None:
    before = digest(db_path)
    backups = db_path.parent / "backups"
    db = open_database(db_path, backups_dir=backups)
    db.dispose()
    assert digest(db_path) == before
    assert not backups.exists()


def test_unknown_revision_is_refused_as_newer(db_path: Path, digest, sql) -> None:
    sql(db_path, "UPDATE alembic_version SET version_num = '9999'")
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(db_path)
    assert "ใหม่กว่า" in str(info.value) and "newer" in str(info.value)
    assert digest(db_path) == before


# A second revision exists only in a copy of the scripts, to exercise the upgrade path now.
_EXTRA = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("extra_note", sa.Column("id", sa.Integer, primary_key=True))
    # Forces a batch copy of a table other tables point at.
    with op.batch_alter_table("village", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Text, nullable=True))
    FAIL


def downgrade():
    pass
"""


@pytest.fixture
def two_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point schema at a copy of the scripts with one more revision; returns a writer for it."""
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(schema, "HEAD_REVISION", "0002")

    def write(fail: bool) -> None:
        code = _EXTRA.replace("    FAIL\n", '    raise RuntimeError("boom")\n' if fail else "")
        (folder / "versions" / "0002_extra.py").write_text(code, encoding="utf-8")

    return write


def test_older_database_is_backed_up_then_upgraded(
    tmp_path: Path, make_db, sql, two_revisions
) -> None:
    path = make_db(tmp_path / "old.sqlite3")  # created at 0001 before the scripts change
    sql(path, "INSERT INTO village (moo, name, note) VALUES (10, 'หมู่ทดสอบ', '')")
    sql(
        path,
        "INSERT INTO household (house_no, village_id, soi, road, note) VALUES ('1', 1, '', '', '')",
    )
    two_revisions(fail=False)
    backups = tmp_path / "backups"

    open_database(path, backups_dir=backups).dispose()

    assert sql(path, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert sql(path, "SELECT moo, extra FROM village") == [(10, None)]
    assert sql(path, "PRAGMA foreign_key_check") == []
    (backup,) = list(backups.iterdir())
    assert "before-upgrade" in backup.name
    assert sql(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sql(backup, "SELECT name FROM village") == [("หมู่ทดสอบ",)]


def test_a_failing_step_leaves_the_database_as_it_was(
    tmp_path: Path, make_db, sql, two_revisions
) -> None:
    path = make_db(tmp_path / "old.sqlite3")
    two_revisions(fail=True)
    backups = tmp_path / "backups"

    with pytest.raises(DatabaseOpenError, match="boom") as info:
        open_database(path, backups_dir=backups)
    assert "ปรับรุ่นฐานข้อมูลไม่สำเร็จ" in str(info.value)

    # DDL really was transactional: neither the new table nor the version moved.
    assert sql(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sql(path, "SELECT name FROM sqlite_master WHERE name = 'extra_note'") == []
    assert "extra" not in {r[1] for r in sql(path, "PRAGMA table_info(village)")}
    assert [p.name for p in backups.iterdir() if "before-upgrade" in p.name]


def test_an_older_file_opened_with_the_background_check_waits_for_it_before_upgrading(
    tmp_path: Path, make_db, sql, digest, two_revisions
) -> None:
    good = make_db(tmp_path / "old.sqlite3")  # in WAL mode: its check begins at once
    damaged = make_db(tmp_path / "damaged.sqlite3")
    sql(damaged, "CREATE TABLE filler (x TEXT)")
    for _ in range(40):
        sql(damaged, "INSERT INTO filler VALUES (?)", ("ข้อมูล" * 400,))
    sql(damaged, "PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(damaged)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    for suffix in ("-wal", "-shm"):
        damaged.with_name(damaged.name + suffix).unlink(missing_ok=True)
    data = bytearray(damaged.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xa5" * page_size
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    two_revisions(fail=False)
    backups = tmp_path / "backups"

    with pytest.raises(DatabaseOpenError) as info:
        open_database(damaged, backups_dir=backups, check_in_background=True)
    assert "เสียหาย" in str(info.value)
    assert digest(damaged) == before and not backups.exists()  # no upgrade, no backup

    db = open_database(good, backups_dir=backups, check_in_background=True)
    try:
        assert db.gate is None  # checked before the upgrade, not after
    finally:
        db.dispose()
    assert sql(good, "SELECT version_num FROM alembic_version") == [("0002",)]
