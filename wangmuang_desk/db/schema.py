"""Opening a database file safely: create, check, back up and upgrade its schema.

Alembic is imported only when a schema has to be created or upgraded, so an up-to-date file
opens without loading it (startup budget in design.md). SQLAlchemy is imported only by the
functions that need it: looking at a file (header, tables, revision, the damage check) needs
nothing but sqlite3, so the GUI's start begins the damage check before SQLAlchemy loads.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from wangmuang_desk.db import verified_stamp
from wangmuang_desk.db.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from wangmuang_desk.db.background_check import IntegrityCheck
    from wangmuang_desk.db.engine import Database

log = logging.getLogger(__name__)

# The newest migration script; tests assert it equals the head of migrations/versions.
HEAD_REVISION = "0001"

# Next to this module, so it resolves the same way inside a PyInstaller bundle
# (which must ship the folder as data at wangmuang_desk/db/migrations).
MIGRATIONS_DIR = Path(__file__).parent / "migrations"

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables that make a file ours even when its revision is unknown (then it is newer, not foreign).
APP_TABLES = frozenset({"office_profile", "person", "household"})

# The trigram search index over person.search_text. It is made by the baseline migration
# with plain SQL (SQLAlchemy has no virtual tables), so it and FTS5's own tables are not in
# the models, and comparing the models with a database must leave them out.
PERSON_FTS = "person_fts"


def is_search_index_table(name: str | None) -> bool:
    """person_fts and the shadow tables FTS5 keeps for it (person_fts_data, ...)."""
    return bool(name) and (name == PERSON_FTS or name.startswith(PERSON_FTS + "_"))


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's include_object hook: everything but the search index's tables."""
    return not (type_ == "table" and is_search_index_table(name))


@functools.cache
def trigram_available() -> bool:
    """Whether the SQLite inside this Python has FTS5 with the trigram tokenizer (3.34+)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail=none)")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


# --- looking at a file without changing it -------------------------------------------------


def side_file(path: Path, suffix: str) -> Path:
    """`path` + "-wal", "-shm" or "-journal": SQLite's companion files."""
    return path.with_name(path.name + suffix)


def is_sqlite_file(path: Path) -> bool:
    """True if the file starts with the SQLite magic string (checked before any connection)."""
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def in_wal_mode(path: Path) -> bool:
    # Header bytes 18-19 are the read/write format versions; 2 means WAL.
    with open(path, "rb") as fh:
        fh.seek(18)
        return fh.read(2) == b"\x02\x02"


def sqlite_uri(path: Path) -> str:
    """A `file:` URI for sqlite3 that also suits Windows drives and network shares.

    `Path.as_uri()` turns a share into `file://server/...`, which SQLite refuses; an empty
    authority (`file:////server/...`, `file:///C:/...`) works everywhere.
    """
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix
    return "file://" + quote(posix, safe="/:")


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Whether an sqlite3 error means a damaged file (not a locked or unreadable one)."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    return not isinstance(exc, sqlite3.OperationalError)


def connect_readonly(path: Path | str, *, leave_no_files: bool = True) -> sqlite3.Connection:
    """A connection that cannot write to `path`.

    A read-only connection to a WAL database creates empty -wal/-shm files when they are
    missing (and fails on read-only media). When both are missing nobody has the file open
    and there is no WAL content, so with `leave_no_files` `immutable=1` reads the same data
    without them; it takes no locks, so a snapshot that must be consistent even against a
    program starting up at that moment passes `leave_no_files=False`.
    """
    path = Path(path)
    uri = sqlite_uri(path) + "?mode=ro"
    idle_wal = in_wal_mode(path) and not any(side_file(path, s).exists() for s in ("-wal", "-shm"))
    if leave_no_files and idle_wal:
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def user_tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {r[0] for r in rows}


def stored_revision(conn: sqlite3.Connection) -> str | None:
    """The revision in `alembic_version` (None when empty or not Alembic's table)."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # another program's table of that name
        return None
    if not rows:
        return None
    # One linear history: several rows would mean branches this program never makes.
    return ",".join(sorted(r[0] for r in rows))


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database behind `engine`, None if it has none."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return ",".join(sorted(rows)) if rows else None


# --- Alembic, loaded only when needed ---------------------------------------------------------


def alembic_config() -> Config:
    """An Alembic Config built in code: no alembic.ini is needed at run time.

    The database comes as an open connection in `cfg.attributes["connection"]` (env.py).
    """
    from alembic.config import Config

    cfg = Config()
    # ConfigParser interpolation: a literal "%" in a folder name must be doubled.
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return cfg


def known_revisions() -> list[str]:
    """Every revision the migration scripts of this version know, newest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in script.walk_revisions()]


def migration_engine(path: Path | str) -> Engine:
    """An engine for schema changes: DDL really inside transactions, foreign keys off.

    Python's sqlite3 does not open a transaction before DDL, so a failed step would stay
    half-applied; the recipe from the SQLAlchemy pysqlite docs takes over BEGIN. Foreign keys
    are off because batch migrations copy and drop tables (env.py checks them after each step).
    """
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import NullPool

    # URL.create, not an f-string: a "?" or "%20" in a folder name must stay part of the path.
    engine = create_engine(URL.create("sqlite", database=str(Path(path))), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


# --- opening ---------------------------------------------------------------------------------


def open_database(
    path: Path | str,
    *,
    backups_dir: Path | str | None = None,
    check_in_background: bool = False,
    verified: str | None = None,
) -> Database:
    """Open (or create) the database at `path`, upgrading an older schema after a backup.

    Refuses, without changing a byte, a file that is not SQLite, is damaged, belongs to
    another program or was written by a newer version. The caller holds the InstanceLock.
    `backups_dir` (default: a `backups` folder beside the file) receives the before-upgrade copy.

    The damage check (PRAGMA quick_check) reads the whole file, which grows with it. With
    `check_in_background` it runs in a thread when that is safe: the file is in WAL mode,
    so opening it writes nothing. It begins before anything else here (SQLAlchemy is not
    even loaded yet); the header, tables and revision are still checked here, and the
    returned Database connects only once the check has passed (its `gate`); a damaged file
    then raises CorruptDatabaseError from `gate.require()` and from any use of the database,
    which never touched it. An older file waits for the check before its upgrade.

    `verified` (with `check_in_background`): why the caller found the file exactly as this
    program closed it after a passed check (verified_stamp.take); the check is then not run
    and the gate passes at once. An upgrade still checks the file in full first.
    Any stamp beside the file is removed here: whoever opens the file may change it.
    """
    path = Path(path)
    try:
        verified_stamp.discard(path)
    except OSError as exc:  # the caller's own check (a command's) is not affected
        log.warning("could not remove the verified stamp of %s: %s", path, exc)
    if not path.exists() or path.stat().st_size == 0:
        _create_new(path)
        return _database(path)
    if not is_sqlite_file(path):
        raise NotADatabaseError(path)

    # A file not yet in WAL mode gets its header rewritten by the first connection
    # (journal_mode=WAL), so it is checked before anything else happens to it.
    check = None
    wal = in_wal_mode(path)
    if verified is not None and not wal:
        log.info("damage check of %s runs after all: the file is not in WAL mode", path)
    if check_in_background and wal:
        from wangmuang_desk.db.background_check import IntegrityCheck

        if verified is not None:
            check = IntegrityCheck.not_needed(path, verified)
        else:
            # Begun first, before SQLAlchemy loads (_database): it is the longest part of the
            # opening. A file refused for another reason has it stopped, so nothing of this
            # opening keeps the file open.
            check = IntegrityCheck(path).start()
    try:
        return _open_existing(path, backups_dir, check)
    except BaseException:
        if check is not None:
            check.stop()
        raise


def _open_existing(
    path: Path, backups_dir: Path | str | None, check: IntegrityCheck | None
) -> Database:
    """open_database of a SQLite file, with its damage check running already or not at all."""
    tables, revision = _inspect(path, quick_check=check is None)

    if not tables:
        # A valid SQLite file with nothing in it: as good as empty.
        if check is not None:
            check.stop()  # the file is about to be replaced
        _create_new(path)
        return _database(path)
    if "alembic_version" not in tables or revision is None:
        raise ForeignDatabaseError(path)
    if PERSON_FTS in tables and not trigram_available():
        raise DatabaseOpenError(
            path,
            message_th="SQLite ของโปรแกรมนี้ไม่มีดัชนีค้นหา (FTS5 trigram) ที่ฐานข้อมูลนี้ใช้ "
            "กรุณาติดตั้งโปรแกรมจากชุดติดตั้ง",
            message_en="This program's SQLite lacks the search index (FTS5 trigram) the "
            "database uses; please install the program from its installer",
        )
    if revision == HEAD_REVISION:
        return _database(path, gate=check)

    if revision not in known_revisions():
        if not APP_TABLES <= tables:
            raise ForeignDatabaseError(path, detail=f"revision {revision}")
        raise NewerDatabaseError(path, detail=f"revision {revision}, this program {HEAD_REVISION}")

    if check is not None:
        check.require()  # an upgrade writes: the file must pass first
        if check.skip_reason is not None:
            log.info("damage check of %s runs after all: the file is to be upgraded", path)
            check_integrity(path)
    folder = Path(backups_dir) if backups_dir is not None else path.parent / "backups"
    _upgrade(path, folder, revision)
    return _database(path)


def _database(path: Path, gate: IntegrityCheck | None = None) -> Database:
    from wangmuang_desk.db.engine import Database  # SQLAlchemy: only for a file that opens

    return Database(path, gate=gate)


def _refusal(path: Path, exc: sqlite3.DatabaseError) -> DatabaseOpenError:
    if is_damage(exc):
        return CorruptDatabaseError(path, detail=str(exc))
    return DatabaseOpenError(path, detail=str(exc))


def _inspect(path: Path, *, quick_check: bool) -> tuple[set[str], str | None]:
    """The tables and schema revision of `path` (after its quick_check, if asked)."""
    try:
        conn = connect_readonly(path)
        try:
            if quick_check:
                _raise_unless_ok(path, conn.execute("PRAGMA quick_check").fetchall())
            tables = user_tables(conn)
            revision = stored_revision(conn) if "alembic_version" in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    return tables, revision


def _raise_unless_ok(path: Path, rows: list) -> None:
    if [tuple(r) for r in rows] != [("ok",)]:
        raise CorruptDatabaseError(path, detail="; ".join(str(r[0]) for r in rows[:5]))


def check_integrity(
    path: Path | str, *, on_connect: Callable[[sqlite3.Connection], object] | None = None
) -> None:
    """PRAGMA quick_check on a read-only connection; CorruptDatabaseError when damaged.

    `on_connect` is given the connection before the check begins: a check in another thread
    keeps it so that it can be cut short (`interrupt()`).
    """
    path = Path(path)
    try:
        conn = connect_readonly(path)
        try:
            if on_connect is not None:
                on_connect(conn)
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    _raise_unless_ok(path, rows)


def _create_new(path: Path) -> None:
    """Build schema and reference data in a temporary file, then rename it into place.

    All of it is one transaction in a file nobody else sees, so an interrupted first start
    leaves either nothing or a complete database.
    """
    from alembic import command
    from sqlalchemy.orm import Session

    from wangmuang_desk.db.seed import seed_reference_data

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".creating", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    engine = migration_engine(tmp)
    try:
        with engine.connect() as conn, conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            with Session(bind=conn) as session:
                seed_reference_data(session)
                session.flush()
        engine.dispose()
        fsync_file(tmp)
        # Companion files of an empty target are stale; SQLite would discard them too.
        for suffix in ("-wal", "-shm", "-journal"):
            side_file(path, suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        engine.dispose()
        for leftover in (tmp, side_file(tmp, "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    log.info("created database %s at revision %s", path, HEAD_REVISION)


def _upgrade(path: Path, backups_dir: Path, from_revision: str) -> None:
    from alembic import command

    from wangmuang_desk.db.backup import backup_database, before_upgrade_path

    backup = backup_database(path, before_upgrade_path(backups_dir, from_revision))
    log.info("backed up %s to %s before upgrading from %s", path, backup, from_revision)
    engine = migration_engine(path)
    try:
        # No outer transaction: env.py runs each migration step in its own.
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        log.exception("upgrade of %s from %s failed", path, from_revision)
        # The failed step was rolled back; steps before it stay, and the next start resumes.
        raise DatabaseOpenError(
            path,
            message_th=f"ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลก่อนปรับรุ่นสำรองไว้ที่ {backup}",
            message_en=f"Upgrading the database failed; it was backed up first to {backup}",
            detail=str(exc),
        ) from exc
    finally:
        engine.dispose()
    log.info("upgraded %s from %s to %s", path, from_revision, HEAD_REVISION)


def fsync_file(path: Path) -> None:
    """Force a finished file to disk before it is renamed into place."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders and does not need it.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
