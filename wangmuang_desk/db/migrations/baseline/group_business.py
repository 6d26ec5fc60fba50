"""Baseline (0001) tables of models/groups.py, part two: a group's savings ledger,
products and the raw materials they use, and its plan items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_group_plan_item(op: Operations) -> None:
    op.create_table(
        "group_plan_item",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("lead", sa.String(length=200), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_group_plan_item_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_plan_item")),
    )
    with op.batch_alter_table("group_plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_plan_item_group_id"), ["group_id"], unique=False)


def _drop_group_plan_item(op: Operations) -> None:
    with op.batch_alter_table("group_plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_plan_item_group_id"))

    op.drop_table("group_plan_item")


def _create_product(op: Operations) -> None:
    op.create_table(
        "product",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("otop_category", sa.String(length=100), nullable=False),
        sa.Column("otop_stars", sa.Integer(), nullable=True),
        sa.Column("standards", sa.String(length=300), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=False),
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
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_product_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_product_group_id"), ["group_id"], unique=False)


def _drop_product(op: Operations) -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_group_id"))
        batch_op.drop_index(batch_op.f("ix_product_deleted_at"))

    op.drop_table("product")


def _create_ledger_entry(op: Operations) -> None:
    op.create_table(
        "ledger_entry",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_ledger_entry_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["group_member.id"], name=op.f("fk_ledger_entry_member_id_group_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entry_group_id"), ["group_id"], unique=False)


def _drop_ledger_entry(op: Operations) -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_group_id"))

    op.drop_table("ledger_entry")


def _create_product_material(op: Operations) -> None:
    op.create_table(
        "product_material",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("raw_material_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_material_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["raw_material_id"],
            ["raw_material.id"],
            name=op.f("fk_product_material_raw_material_id_raw_material"),
        ),
        sa.PrimaryKeyConstraint("product_id", "raw_material_id", name=op.f("pk_product_material")),
    )


def _drop_product_material(op: Operations) -> None:
    op.drop_table("product_material")


CREATE: dict[str, Callable[[Operations], None]] = {
    "group_plan_item": _create_group_plan_item,
    "product": _create_product,
    "ledger_entry": _create_ledger_entry,
    "product_material": _create_product_material,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "group_plan_item": _drop_group_plan_item,
    "product": _drop_product,
    "ledger_entry": _drop_ledger_entry,
    "product_material": _drop_product_material,
}
