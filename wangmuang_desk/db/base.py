"""Declarative base and the column mixins every main record shares."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Index, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so Alembic batch migrations on SQLite can find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    id: Mapped[int] = mapped_column(primary_key=True)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class RecyclableMixin:
    """Main records are never deleted at once: they wait in the recycle bin (deleted_at set)."""

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # maps the class: __table__ exists after this
        table = cls.__dict__.get("__table__")
        if table is None:
            return
        # Only the recycle bin looks for deleted records, so the index holds only those. A
        # full index on deleted_at makes SQLite without statistics take "deleted_at IS NULL"
        # (nearly every row) for a selective lookup and walk all of a table through it.
        Index(
            f"ix_{table.name}_deleted_at",
            table.c.deleted_at,
            sqlite_where=table.c.deleted_at.is_not(None),
        )
