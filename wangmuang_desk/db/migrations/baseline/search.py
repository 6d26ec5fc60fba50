"""Baseline (0001) search index: person_fts, a trigram index over person.search_text.

Written by hand, not in the models (SQLAlchemy has no virtual tables): search-as-you-type,
kept in step with person by triggers. It is left out when this SQLite lacks FTS5 or the
trigram tokenizer; searching then falls back to LIKE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.operations import Operations

# External content: the text lives in person.search_text only; the index keeps the trigrams.
# detail=none stores no positions (less than half the size); a search quotes each trigram of
# a word and checks the word itself with LIKE on the few rows found, so nothing is lost.
_PERSON_FTS = (
    "CREATE VIRTUAL TABLE person_fts USING fts5(search_text, content='person', "
    "content_rowid='id', tokenize='trigram', detail=none)",
    "CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    # Only when the text (or the id) changes: moving to the recycle bin leaves the index alone.
    "CREATE TRIGGER person_fts_update AFTER UPDATE OF id, search_text ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO person_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
_PERSON_FTS_DROP = (
    "DROP TRIGGER IF EXISTS person_fts_update",
    "DROP TRIGGER IF EXISTS person_fts_delete",
    "DROP TRIGGER IF EXISTS person_fts_insert",
    "DROP TABLE IF EXISTS person_fts",
)


def _trigram_available() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34+, built with FTS5)."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail=none)")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def create(op: Operations) -> None:
    """The index and its triggers, after person exists."""
    if _trigram_available():
        for statement in _PERSON_FTS:
            op.execute(statement)


def drop(op: Operations) -> None:
    """IF EXISTS: a database made without FTS5 has none of it."""
    for statement in _PERSON_FTS_DROP:
        op.execute(statement)
