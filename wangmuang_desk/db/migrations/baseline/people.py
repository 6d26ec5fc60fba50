"""Baseline (0001) tables of models/people.py: people and the households they live in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_household(op: Operations) -> None:
    op.create_table(
        "household",
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.Column("soi", sa.String(length=100), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("head_person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        # The household/person cycle (use_alter) stays inside CREATE TABLE: SQLite cannot ALTER
        # a constraint in, and it accepts a reference to person, which is created later.
        sa.ForeignKeyConstraint(
            ["head_person_id"],
            ["person.id"],
            name=op.f("fk_household_head_person_id_person"),
            ondelete="SET NULL",
            use_alter=True,
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_household_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(
            "ix_household_village_house", ["village_id", "house_no"], unique=False
        )


def _drop_household(op: Operations) -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index("ix_household_village_house")
        batch_op.drop_index(batch_op.f("ix_household_deleted_at"))

    op.drop_table("household")


def _create_person(op: Operations) -> None:
    op.create_table(
        "person",
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("citizen_id", sa.String(length=13), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("soi", sa.String(length=100), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("is_elder", sa.Boolean(), nullable=False),
        sa.Column("is_disabled", sa.Boolean(), nullable=False),
        sa.Column("is_disadvantaged", sa.Boolean(), nullable=False),
        sa.Column("pdpa_consent_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_person_household_id_household"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_person_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            "ix_person_live_name",
            ["first_name", "last_name", "id", "search_text"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index("ix_person_village", ["village_id"], unique=False)
        # Partial unique: the citizen ID is optional but unique when given.
        batch_op.create_index(
            "uq_person_citizen_id",
            ["citizen_id"],
            unique=True,
            sqlite_where=sa.text("citizen_id IS NOT NULL"),
        )


def _drop_person(op: Operations) -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("uq_person_citizen_id", sqlite_where=sa.text("citizen_id IS NOT NULL"))
        batch_op.drop_index("ix_person_village")
        batch_op.drop_index("ix_person_live_name")
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_deleted_at"))

    op.drop_table("person")


CREATE: dict[str, Callable[[Operations], None]] = {
    "household": _create_household,
    "person": _create_person,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "household": _drop_household,
    "person": _drop_person,
}
