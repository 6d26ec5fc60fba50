"""Baseline (0001) tables of models/livelihood.py: community right livelihood at household level."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_assessment_criterion(op: Operations) -> None:
    op.create_table(
        "assessment_criterion",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_criterion")),
        sa.UniqueConstraint("code", name=op.f("uq_assessment_criterion_code")),
    )


def _drop_assessment_criterion(op: Operations) -> None:
    op.drop_table("assessment_criterion")


def _create_account_entry(op: Operations) -> None:
    op.create_table(
        "account_entry",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("item", sa.String(length=300), nullable=False),
        sa.Column("income", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("expense", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("savings", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("debt", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_account_entry_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_entry")),
    )
    with op.batch_alter_table("account_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_entry_household_id"), ["household_id"], unique=False
        )


def _drop_account_entry(op: Operations) -> None:
    with op.batch_alter_table("account_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_entry_household_id"))

    op.drop_table("account_entry")


def _create_household_assessment(op: Operations) -> None:
    op.create_table(
        "household_assessment",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["assessment_criterion.id"],
            name=op.f("fk_household_assessment_criterion_id_assessment_criterion"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_household_assessment_household_id_household"),
        ),
        sa.PrimaryKeyConstraint(
            "household_id", "year", "criterion_id", name=op.f("pk_household_assessment")
        ),
    )


def _drop_household_assessment(op: Operations) -> None:
    op.drop_table("household_assessment")


def _create_target_household(op: Operations) -> None:
    op.create_table(
        "target_household",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("target_occupation", sa.String(length=300), nullable=False),
        sa.Column("target_product", sa.String(length=300), nullable=False),
        sa.Column("baseline_income", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("practises", sa.Boolean(), nullable=True),
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
            ["household_id"],
            ["household.id"],
            name=op.f("fk_target_household_household_id_household"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_household")),
        sa.UniqueConstraint(
            "household_id", "fiscal_year", name=op.f("uq_target_household_household_id")
        ),
    )
    with op.batch_alter_table("target_household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_target_household_household_id"), ["household_id"], unique=False
        )


def _drop_target_household(op: Operations) -> None:
    with op.batch_alter_table("target_household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_household_household_id"))

    op.drop_table("target_household")


def _create_livelihood_leader(op: Operations) -> None:
    op.create_table(
        "livelihood_leader",
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_livelihood_leader_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_livelihood_leader_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_livelihood_leader")),
    )
    with op.batch_alter_table("livelihood_leader", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_livelihood_leader_village_id"), ["village_id"], unique=False
        )


def _drop_livelihood_leader(op: Operations) -> None:
    with op.batch_alter_table("livelihood_leader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_livelihood_leader_village_id"))

    op.drop_table("livelihood_leader")


CREATE: dict[str, Callable[[Operations], None]] = {
    "assessment_criterion": _create_assessment_criterion,
    "account_entry": _create_account_entry,
    "household_assessment": _create_household_assessment,
    "target_household": _create_target_household,
    "livelihood_leader": _create_livelihood_leader,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "assessment_criterion": _drop_assessment_criterion,
    "account_entry": _drop_account_entry,
    "household_assessment": _drop_household_assessment,
    "target_household": _drop_target_household,
    "livelihood_leader": _drop_livelihood_leader,
}
