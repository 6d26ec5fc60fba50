"""Baseline (0001) tables of models/groups.py, part one: occupational groups, their
status changes, members and committees, the working group, and wizard drafts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from wangmuang_desk.db.migrations.baseline.recycle_bin import DELETED

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_wizard_draft(op: Operations) -> None:
    op.create_table(
        "wizard_draft",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wizard_draft")),
    )
    with op.batch_alter_table("wizard_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wizard_draft_kind"), ["kind"], unique=False)


def _drop_wizard_draft(op: Operations) -> None:
    with op.batch_alter_table("wizard_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wizard_draft_kind"))

    op.drop_table("wizard_draft")


def _create_occupational_group(op: Operations) -> None:
    op.create_table(
        "occupational_group",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("group_type", sa.String(length=40), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("regulations", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("share_value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("enterprise_reg_no", sa.String(length=60), nullable=False),
        sa.Column("enterprise_reg_on", sa.Date(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("problems_needs", sa.Text(), nullable=False),
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
            ["contact_person_id"],
            ["person.id"],
            name=op.f("fk_occupational_group_contact_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_occupational_group_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupational_group")),
    )
    with op.batch_alter_table("occupational_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_occupational_group_deleted_at"),
            ["deleted_at"],
            unique=False,
            sqlite_where=DELETED,
        )
        batch_op.create_index(batch_op.f("ix_occupational_group_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_occupational_group_status"), ["status"], unique=False)


def _drop_occupational_group(op: Operations) -> None:
    with op.batch_alter_table("occupational_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupational_group_status"))
        batch_op.drop_index(batch_op.f("ix_occupational_group_name"))
        batch_op.drop_index(batch_op.f("ix_occupational_group_deleted_at"))

    op.drop_table("occupational_group")


def _create_committee_member(op: Operations) -> None:
    op.create_table(
        "committee_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(length=30), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
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
            name=op.f("fk_committee_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_committee_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_member_group_id"), ["group_id"], unique=False
        )


def _drop_committee_member(op: Operations) -> None:
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_group_id"))

    op.drop_table("committee_member")


def _create_group_member(op: Operations) -> None:
    op.create_table(
        "group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("shares", sa.Integer(), nullable=False),
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
            name=op.f("fk_group_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_group_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_member")),
        sa.UniqueConstraint("group_id", "person_id", name=op.f("uq_group_member_group_id")),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_member_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_member_person_id"), ["person_id"], unique=False)


def _drop_group_member(op: Operations) -> None:
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_group_id"))

    op.drop_table("group_member")


def _create_group_status_change(op: Operations) -> None:
    op.create_table(
        "group_status_change",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["occupational_group.id"],
            name=op.f("fk_group_status_change_group_id_occupational_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_status_change")),
    )
    with op.batch_alter_table("group_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_status_change_group_id"), ["group_id"], unique=False
        )


def _drop_group_status_change(op: Operations) -> None:
    with op.batch_alter_table("group_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_status_change_group_id"))

    op.drop_table("group_status_change")


def _create_working_group_member(op: Operations) -> None:
    op.create_table(
        "working_group_member",
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
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
            name=op.f("fk_working_group_member_group_id_occupational_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_working_group_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_member")),
    )


def _drop_working_group_member(op: Operations) -> None:
    op.drop_table("working_group_member")


CREATE: dict[str, Callable[[Operations], None]] = {
    "wizard_draft": _create_wizard_draft,
    "occupational_group": _create_occupational_group,
    "committee_member": _create_committee_member,
    "group_member": _create_group_member,
    "group_status_change": _create_group_status_change,
    "working_group_member": _create_working_group_member,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "wizard_draft": _drop_wizard_draft,
    "occupational_group": _drop_occupational_group,
    "committee_member": _drop_committee_member,
    "group_member": _drop_group_member,
    "group_status_change": _drop_group_status_change,
    "working_group_member": _drop_working_group_member,
}
