"""Baseline (0001) tables of models/registries.py: occupation, raw-material and local-sage
registries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_raw_material(op: Operations) -> None:
    op.create_table(
        "raw_material",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("season", sa.String(length=200), nullable=False),
        sa.Column("source_owner", sa.String(length=300), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_raw_material_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raw_material")),
    )
    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_raw_material_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_raw_material_name"), ["name"], unique=False)


def _drop_raw_material(op: Operations) -> None:
    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raw_material_name"))
        batch_op.drop_index(batch_op.f("ix_raw_material_deleted_at"))

    op.drop_table("raw_material")


def _create_occupation(op: Operations) -> None:
    op.create_table(
        "occupation",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("yearly_income", sa.Numeric(precision=12, scale=2), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_occupation_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupation")),
    )
    with op.batch_alter_table("occupation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_occupation_category"), ["category"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_occupation_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_occupation_person_id"), ["person_id"], unique=False)


def _drop_occupation(op: Operations) -> None:
    with op.batch_alter_table("occupation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupation_person_id"))
        batch_op.drop_index(batch_op.f("ix_occupation_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_occupation_category"))

    op.drop_table("occupation")


def _create_sage(op: Operations) -> None:
    op.create_table(
        "sage",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("branch", sa.String(length=200), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("can_teach", sa.Boolean(), nullable=False),
        sa.Column("works_awards", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_sage_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sage")),
        sa.UniqueConstraint("person_id", name=op.f("uq_sage_person_id")),
    )
    with op.batch_alter_table("sage", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sage_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )


def _drop_sage(op: Operations) -> None:
    with op.batch_alter_table("sage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sage_deleted_at"))

    op.drop_table("sage")


CREATE: dict[str, Callable[[Operations], None]] = {
    "raw_material": _create_raw_material,
    "occupation": _create_occupation,
    "sage": _create_sage,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "raw_material": _drop_raw_material,
    "occupation": _drop_occupation,
    "sage": _drop_sage,
}
