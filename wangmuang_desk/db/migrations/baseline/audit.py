"""Baseline (0001) tables of models/audit.py: the export log."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.operations import Operations


def _create_export_log(op: Operations) -> None:
    op.create_table(
        "export_log",
        sa.Column(
            "at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )


def _drop_export_log(op: Operations) -> None:
    op.drop_table("export_log")


CREATE: dict[str, Callable[[Operations], None]] = {
    "export_log": _create_export_log,
}

DROP: dict[str, Callable[[Operations], None]] = {
    "export_log": _drop_export_log,
}
