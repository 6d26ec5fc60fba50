"""baseline: every table of the models as of version 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-20 23:15:22.848537

Generated with autogenerate against an empty database, then reviewed, then split by area into
wangmuang_desk/db/migrations/baseline/ (outside versions/, where Alembic looks for revisions):
- household.head_person_id -> person.id (use_alter, the household/person cycle) stays inside
  CREATE TABLE: SQLite cannot ALTER a constraint in, and it accepts a reference to a table
  created later in the same script.
- uq_person_citizen_id is a partial unique index (WHERE citizen_id IS NOT NULL): the ID is
  optional but unique when given.
- Every ix_<table>_deleted_at is partial (WHERE deleted_at IS NOT NULL): it serves only the
  recycle bin; ix_person_live_name holds only the people not in the bin, in name order.
- person_fts (written by hand, not in the models): a trigram index over person.search_text
  for search-as-you-type, kept in step with person by triggers. It is left out when this
  SQLite lacks FTS5 or the trigram tokenizer; searching then falls back to LIKE.
"""

from collections.abc import Sequence

from alembic import op

from wangmuang_desk.db.migrations import baseline

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    baseline.create(op)


def downgrade() -> None:
    baseline.drop(op)
