"""Alembic environment of wangmuang-desk.

Run in two ways: by `schema.open_database`, which passes an open connection in
`config.attributes["connection"]` (no alembic.ini), and by developers through the
alembic.ini at the repository root (`-x db=PATH` picks the database).
"""

from __future__ import annotations

from alembic import context

import wangmuang_desk.db.models  # noqa: F401  (registers every table on Base.metadata)
from wangmuang_desk.db.base import Base
from wangmuang_desk.db.schema import include_object

config = context.config
if config.config_file_name is not None:  # the developers' alembic.ini; the program logs itself
    from logging.config import fileConfig

    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata

_OPTIONS = {
    "target_metadata": target_metadata,
    # SQLite alters most things only by copying the table: batch mode does that for us.
    "render_as_batch": True,
    "compare_type": True,
    # The trigram search index is plain SQL in the baseline, not a model: never drop it.
    "include_object": include_object,
}


def _check_foreign_keys(ctx, step, heads, run_args) -> None:
    """Refuse a step that leaves broken references; raising rolls that step back."""
    rows = ctx.connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if rows:
        raise RuntimeError(f"migration {step} left broken foreign keys: {rows[:10]}")


def _run_with(connection) -> None:
    context.configure(
        connection=connection,
        # With schema.migration_engine, DDL really is transactional on SQLite: each step is
        # committed on its own or not at all (when the caller did not open a transaction).
        transactional_ddl=True,
        transaction_per_migration=True,
        on_version_apply=[_check_foreign_keys],
        **_OPTIONS,
    )
    with context.begin_transaction():
        context.run_migrations()


def _database_file() -> str:
    """The file named by `-x db=PATH` (or sqlalchemy.url in an ini file) for developers."""
    db = context.get_x_argument(as_dictionary=True).get("db")
    if db:
        return db
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database: pass -x db=PATH")
    from sqlalchemy import make_url

    return make_url(url).database or ""


def run_migrations_offline() -> None:
    # --sql only renders the statements: the SQLite dialect is all it needs.
    context.configure(dialect_name="sqlite", literal_binds=True, **_OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    from wangmuang_desk.db.schema import migration_engine

    engine = migration_engine(_database_file())
    try:
        with engine.connect() as conn:
            _run_with(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
