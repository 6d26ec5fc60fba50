"""Baseline (0001) tables of models/training.py, part one: the training round, its
steps, villages, speakers, partners, checklist, rate ceilings, budget and sessions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_rate_ceiling(op: Operations) -> None:
    op.create_table(
        "rate_ceiling",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("condition", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_ceiling")),
    )
    with op.batch_alter_table("rate_ceiling", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_ceiling_category"), ["category"], unique=False)


def _drop_rate_ceiling(op: Operations) -> None:
    with op.batch_alter_table("rate_ceiling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_ceiling_category"))

    op.drop_table("rate_ceiling")


def _create_training(op: Operations) -> None:
    op.create_table(
        "training",
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("support_request_id", sa.Integer(), nullable=True),
        sa.Column("target_description", sa.Text(), nullable=False),
        sa.Column("target_count", sa.Integer(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("duration_hours", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("attendance_threshold", sa.Integer(), nullable=False),
        sa.Column("pass_mark", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("council_ref", sa.String(length=200), nullable=False),
        sa.Column("council_on", sa.Date(), nullable=True),
        sa.Column("approved_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("thai_digits", sa.Boolean(), nullable=False),
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
            name=op.f("fk_training_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_training_need_id_need")),
        sa.ForeignKeyConstraint(
            ["support_request_id"],
            ["support_request.id"],
            name=op.f("fk_training_support_request_id_support_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_training_fiscal_year"), ["fiscal_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_status"), ["status"], unique=False)


def _drop_training(op: Operations) -> None:
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_status"))
        batch_op.drop_index(batch_op.f("ix_training_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_training_deleted_at"))

    op.drop_table("training")


def _create_budget_line(op: Operations) -> None:
    op.create_table(
        "budget_line",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("times", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("rate", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("ceiling_id", sa.Integer(), nullable=True),
        sa.Column("spent", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ceiling_id"], ["rate_ceiling.id"], name=op.f("fk_budget_line_ceiling_id_rate_ceiling")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_budget_line_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_training_id"), ["training_id"], unique=False
        )


def _drop_budget_line(op: Operations) -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_training_id"))

    op.drop_table("budget_line")


def _create_speaker(op: Operations) -> None:
    op.create_table(
        "speaker",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("sage_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("is_state_staff", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sage_id"], ["sage.id"], name=op.f("fk_speaker_sage_id_sage")),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_speaker_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker")),
    )
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_training_id"), ["training_id"], unique=False)


def _drop_speaker(op: Operations) -> None:
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_training_id"))

    op.drop_table("speaker")


def _create_training_checklist_item(op: Operations) -> None:
    op.create_table(
        "training_checklist_item",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"],
            ["training.id"],
            name=op.f("fk_training_checklist_item_training_id_training"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_checklist_item")),
    )
    with op.batch_alter_table("training_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_checklist_item_training_id"), ["training_id"], unique=False
        )


def _drop_training_checklist_item(op: Operations) -> None:
    with op.batch_alter_table("training_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_checklist_item_training_id"))

    op.drop_table("training_checklist_item")


def _create_training_partner(op: Operations) -> None:
    op.create_table(
        "training_partner",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_partner_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_partner")),
    )
    with op.batch_alter_table("training_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_partner_training_id"), ["training_id"], unique=False
        )


def _drop_training_partner(op: Operations) -> None:
    with op.batch_alter_table("training_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_partner_training_id"))

    op.drop_table("training_partner")


def _create_training_step(op: Operations) -> None:
    op.create_table(
        "training_step",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_step_training_id_training")
        ),
        sa.PrimaryKeyConstraint("training_id", "step", name=op.f("pk_training_step")),
    )


def _drop_training_step(op: Operations) -> None:
    op.drop_table("training_step")


def _create_training_village(op: Operations) -> None:
    op.create_table(
        "training_village",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_village_training_id_training")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_training_village_village_id_village")
        ),
        sa.PrimaryKeyConstraint("training_id", "village_id", name=op.f("pk_training_village")),
    )


def _drop_training_village(op: Operations) -> None:
    op.drop_table("training_village")


def _create_training_session(op: Operations) -> None:
    op.create_table(
        "training_session",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speaker.id"], name=op.f("fk_training_session_speaker_id_speaker")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_session_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
        sa.UniqueConstraint("training_id", "seq", name=op.f("uq_training_session_training_id")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_session_training_id"), ["training_id"], unique=False
        )


def _drop_training_session(op: Operations) -> None:
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_training_id"))

    op.drop_table("training_session")


CREATE: dict[str, Callable[[Operations], None]] = {
    "rate_ceiling": _create_rate_ceiling,
    "training": _create_training,
    "budget_line": _create_budget_line,
    "speaker": _create_speaker,
    "training_checklist_item": _create_training_checklist_item,
    "training_partner": _create_training_partner,
    "training_step": _create_training_step,
    "training_village": _create_training_village,
    "training_session": _create_training_session,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "rate_ceiling": _drop_rate_ceiling,
    "training": _drop_training,
    "budget_line": _drop_budget_line,
    "speaker": _drop_speaker,
    "training_checklist_item": _drop_training_checklist_item,
    "training_partner": _drop_training_partner,
    "training_step": _drop_training_step,
    "training_village": _drop_training_village,
    "training_session": _drop_training_session,
}
