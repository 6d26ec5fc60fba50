"""Baseline (0001) tables of models/office.py: the office profile, signatories, villages,
reference lists, settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_app_setting(op: Operations) -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )


def _drop_app_setting(op: Operations) -> None:
    op.drop_table("app_setting")


def _create_office_profile(op: Operations) -> None:
    op.create_table(
        "office_profile",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("house_no", sa.String(length=40), nullable=False),
        sa.Column("moo", sa.String(length=10), nullable=False),
        sa.Column("road", sa.String(length=100), nullable=False),
        sa.Column("subdistrict", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("emblem", sa.LargeBinary(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("setup_done", sa.Boolean(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )


def _drop_office_profile(op: Operations) -> None:
    op.drop_table("office_profile")


def _create_ref_item(op: Operations) -> None:
    op.create_table(
        "ref_item",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_item")),
        sa.UniqueConstraint("kind", "label", name=op.f("uq_ref_item_kind")),
    )
    with op.batch_alter_table("ref_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ref_item_kind"), ["kind"], unique=False)


def _drop_ref_item(op: Operations) -> None:
    with op.batch_alter_table("ref_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ref_item_kind"))

    op.drop_table("ref_item")


def _create_signatory(op: Operations) -> None:
    op.create_table(
        "signatory",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )


def _drop_signatory(op: Operations) -> None:
    op.drop_table("signatory")


def _create_village(op: Operations) -> None:
    op.create_table(
        "village",
        sa.Column("moo", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village")),
        sa.UniqueConstraint("moo", name=op.f("uq_village_moo")),
    )


def _drop_village(op: Operations) -> None:
    op.drop_table("village")


CREATE: dict[str, Callable[[Operations], None]] = {
    "app_setting": _create_app_setting,
    "office_profile": _create_office_profile,
    "ref_item": _create_ref_item,
    "signatory": _create_signatory,
    "village": _create_village,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "app_setting": _drop_app_setting,
    "office_profile": _drop_office_profile,
    "ref_item": _drop_ref_item,
    "signatory": _drop_signatory,
    "village": _drop_village,
}
