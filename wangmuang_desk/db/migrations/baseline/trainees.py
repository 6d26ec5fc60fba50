"""Baseline (0001) tables of models/training.py, part two: trainees, attendance,
certificates, satisfaction surveys and follow-ups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_survey_item(op: Operations) -> None:
    op.create_table(
        "survey_item",
        sa.Column("training_id", sa.Integer(), nullable=True),
        sa.Column("aspect", sa.String(length=200), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_survey_item_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_item")),
    )
    with op.batch_alter_table("survey_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_item_training_id"), ["training_id"], unique=False
        )


def _drop_survey_item(op: Operations) -> None:
    with op.batch_alter_table("survey_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_item_training_id"))

    op.drop_table("survey_item")


def _create_survey_response(op: Operations) -> None:
    op.create_table(
        "survey_response",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("respondent_no", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_survey_response_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_training_id"), ["training_id"], unique=False
        )


def _drop_survey_response(op: Operations) -> None:
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_training_id"))

    op.drop_table("survey_response")


def _create_trainee(op: Operations) -> None:
    op.create_table(
        "trainee",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("pre_score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("post_score", sa.Numeric(precision=6, scale=2), nullable=True),
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
            ["person_id"], ["person.id"], name=op.f("fk_trainee_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_trainee_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainee")),
        sa.UniqueConstraint("training_id", "person_id", name=op.f("uq_trainee_training_id")),
    )
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainee_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainee_training_id"), ["training_id"], unique=False)


def _drop_trainee(op: Operations) -> None:
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainee_training_id"))
        batch_op.drop_index(batch_op.f("ix_trainee_person_id"))

    op.drop_table("trainee")


def _create_certificate(op: Operations) -> None:
    op.create_table(
        "certificate",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("reprints", sa.Integer(), nullable=False),
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
            ["signatory_id"], ["signatory.id"], name=op.f("fk_certificate_signatory_id_signatory")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_certificate_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("fiscal_year", "number", name=op.f("uq_certificate_fiscal_year")),
        sa.UniqueConstraint("trainee_id", name=op.f("uq_certificate_trainee_id")),
    )


def _drop_certificate(op: Operations) -> None:
    op.drop_table("certificate")


def _create_follow_up(op: Operations) -> None:
    op.create_table(
        "follow_up",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("followed_on", sa.Date(), nullable=False),
        sa.Column("uses_skill", sa.Boolean(), nullable=True),
        sa.Column("occupation", sa.String(length=300), nullable=False),
        sa.Column("income_before", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("income_after", sa.Numeric(precision=12, scale=2), nullable=True),
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
            ["trainee_id"], ["trainee.id"], name=op.f("fk_follow_up_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_trainee_id"), ["trainee_id"], unique=False)


def _drop_follow_up(op: Operations) -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_trainee_id"))

    op.drop_table("follow_up")


def _create_survey_answer(op: Operations) -> None:
    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["survey_item.id"], name=op.f("fk_survey_answer_item_id_survey_item")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"),
        ),
        sa.PrimaryKeyConstraint("response_id", "item_id", name=op.f("pk_survey_answer")),
    )


def _drop_survey_answer(op: Operations) -> None:
    op.drop_table("survey_answer")


def _create_attendance(op: Operations) -> None:
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_attendance_session_id_training_session"),
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_attendance_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("session_id", "trainee_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_trainee_id"), ["trainee_id"], unique=False)


def _drop_attendance(op: Operations) -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_trainee_id"))

    op.drop_table("attendance")


CREATE: dict[str, Callable[[Operations], None]] = {
    "survey_item": _create_survey_item,
    "survey_response": _create_survey_response,
    "trainee": _create_trainee,
    "certificate": _create_certificate,
    "follow_up": _create_follow_up,
    "survey_answer": _create_survey_answer,
    "attendance": _create_attendance,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "survey_item": _drop_survey_item,
    "survey_response": _drop_survey_response,
    "trainee": _drop_trainee,
    "certificate": _drop_certificate,
    "follow_up": _drop_follow_up,
    "survey_answer": _drop_survey_answer,
    "attendance": _drop_attendance,
}
