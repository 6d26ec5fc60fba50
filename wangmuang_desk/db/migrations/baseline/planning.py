"""Baseline (0001) tables of models/planning.py: forums, needs, plan items and support requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_forum(op: Operations) -> None:
    op.create_table(
        "forum",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("attendees", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=False),
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
            ["village_id"], ["village.id"], name=op.f("fk_forum_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum")),
    )
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_forum_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_forum_fiscal_year"), ["fiscal_year"], unique=False)


def _drop_forum(op: Operations) -> None:
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_forum_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_forum_deleted_at"))

    op.drop_table("forum")


def _create_need(op: Operations) -> None:
    op.create_table(
        "need",
        sa.Column("forum_id", sa.Integer(), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("within_authority", sa.Boolean(), nullable=True),
        sa.Column("forwarded_to", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
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
        sa.ForeignKeyConstraint(["forum_id"], ["forum.id"], name=op.f("fk_need_forum_id_forum")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_need_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_need_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_need_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_need_fiscal_year"), ["fiscal_year"], unique=False)


def _drop_need(op: Operations) -> None:
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_need_deleted_at"))

    op.drop_table("need")


def _create_plan_item(op: Operations) -> None:
    op.create_table(
        "plan_item",
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("in_development_plan", sa.Boolean(), nullable=False),
        sa.Column("lead", sa.String(length=200), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_plan_item_need_id_need")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_item_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_plan_item_fiscal_year"), ["fiscal_year"], unique=False)


def _drop_plan_item(op: Operations) -> None:
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_plan_item_deleted_at"))

    op.drop_table("plan_item")


def _create_support_request(op: Operations) -> None:
    op.create_table(
        "support_request",
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("requested_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("approved_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("items_requested", sa.Text(), nullable=False),
        sa.Column("items_approved", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("report_due_on", sa.Date(), nullable=True),
        sa.Column("report_received_on", sa.Date(), nullable=True),
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
            name=op.f("fk_support_request_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_support_request_plan_item_id_plan_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_request")),
    )
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_request_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(
            batch_op.f("ix_support_request_fiscal_year"), ["fiscal_year"], unique=False
        )


def _drop_support_request(op: Operations) -> None:
    with op.batch_alter_table("support_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_request_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_support_request_deleted_at"))

    op.drop_table("support_request")


CREATE: dict[str, Callable[[Operations], None]] = {
    "forum": _create_forum,
    "need": _create_need,
    "plan_item": _create_plan_item,
    "support_request": _create_support_request,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "forum": _drop_forum,
    "need": _drop_need,
    "plan_item": _drop_plan_item,
    "support_request": _drop_support_request,
}
