"""What every registry list shares: count, fetch a sorted window, move to the recycle bin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

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
    def _filtered(self, stmt: Select, query: ListQuery, *, live_by_bin: bool = False) -> Select:
        return self.apply_filters(stmt.where(self._not_in_bin(live_by_bin)), query)

    def _not_in_bin(self, by_bin: bool) -> ColumnElement[bool]:
        """The records not in the recycle bin.

        `by_bin` says it as "not among the ids in the bin", answered by the small partial
        index on deleted_at, so a walk over another index never reads a record's row just
        to look at deleted_at (the default order of a deep page skips 100,000 of them).
        """
        if not by_bin:
            return self.model.deleted_at.is_(None)
        binned = aliased(self.model)
        return self.model.id.not_in(select(binned.id).where(binned.deleted_at.is_not(None)))

    def count(self, query: ListQuery) -> int:
        stmt = self.joins(select(func.count(self.model.id)).select_from(self.model))
        with self.db.session() as s:
            return s.execute(self._filtered(stmt, query)).scalar_one()

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        by_default = query.sort_key not in self.sorts or query.sort_key == self.default_sort
        order = self.sorts[self.default_sort] if by_default else self.sorts[query.sort_key]
        order_by = [c.desc() if query.descending else c.asc() for c in order]
        # The ids of the window first, so the sort and the skipped `offset` rows carry only
        # the sort columns; only the `limit` rows shown are read in full. The default order
        # is the one an index gives (a person's name for most registries): walking it, the
        # bin is asked by id. Other orders read every row once anyway and are sorted.
        window = self._filtered(
            self.joins(select(self.model.id).select_from(self.model)), query,
            live_by_bin=by_default)
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
