"""What every registry list shares: count, fetch a sorted window, move to the recycle bin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.services.listing import ListQuery


class RegistryService:
    """Subclasses name their model, the columns of a row, sorts and filters."""

    model: ClassVar[Any]
    sorts: ClassVar[dict[str, tuple]]
    default_sort: ClassVar[str]

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def sort_keys(self) -> tuple[str, ...]:
        return tuple(self.sorts)

    # Hooks ---------------------------------------------------------------------------------
    def row_select(self) -> Select:
        raise NotImplementedError

    def to_row(self, r) -> Any:
        raise NotImplementedError

    def joins(self, stmt: Select) -> Select:
        """The joins row_select() makes, for the count query."""
        return stmt

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        return stmt

    # Shared --------------------------------------------------------------------------------
    def _filtered(self, stmt: Select, query: ListQuery) -> Select:
        return self.apply_filters(stmt.where(self.model.deleted_at.is_(None)), query)

    def count(self, query: ListQuery) -> int:
        stmt = self.joins(select(func.count(self.model.id)).select_from(self.model))
        with self.db.session() as s:
            return s.execute(self._filtered(stmt, query)).scalar_one()

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        order = self.sorts.get(query.sort_key) or self.sorts[self.default_sort]
        order_by = [c.desc() if query.descending else c.asc() for c in order]
        # The ids of the window first, so the sort and the skipped `offset` rows carry only
        # the sort columns; only the `limit` rows shown are read in full.
        window = self._filtered(self.joins(select(self.model.id).select_from(self.model)), query)
        window = window.order_by(*order_by).offset(offset).limit(limit).correlate(None)
        stmt = self.row_select().where(self.model.id.in_(window.scalar_subquery()))
        with self.db.session() as s:
            return [self.to_row(r) for r in s.execute(stmt.order_by(*order_by))]

    def get_row(self, record_id: int) -> Any:
        with self.db.session() as s:
            r = s.execute(self.row_select().where(self.model.id == record_id)).first()
            if r is None:
                raise NotFoundError(record_id)
            return self.to_row(r)

    def move_to_bin(self, record_id: int) -> None:
        with self.db.session() as s:
            record = s.get(self.model, record_id)
            if record is None:
                raise NotFoundError(record_id)
            record.deleted_at = datetime.now()

    def _live(self, s: Session, model: Any, record_id: int) -> Any:
        record = s.get(model, record_id)
        if record is None or getattr(record, "deleted_at", None) is not None:
            raise NotFoundError(record_id)
        return record

    def _save(self, record_id: int | None, build: Callable[[Session, Any], None]) -> int:
        """Create (record_id None) or update one record in one transaction."""
        with self.db.session() as s:
            record = self.model() if record_id is None else self._live(s, self.model, record_id)
            build(s, record)
            if record_id is None:
                s.add(record)
            s.flush()
            return record.id
