"""The WHERE clause of every ix_<table>_deleted_at index of the baseline."""

import sqlalchemy as sa

# Partial: the index serves only the recycle bin, which lists the rows that have a deleted_at;
# the live rows, nearly all of them, are left out of it.
DELETED = sa.text("deleted_at IS NOT NULL")
