"""The contract between a registry service and a paged table on screen.

A list screen never holds all rows: it asks `count(query)` once and then `fetch(query, offset,
limit)` for the window the person is looking at. Services implement `ListSource` for each
registry; ui/ wraps any of them in one generic paged table model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort_key: str = ""  # one of the source's sort keys; "" = its default order
    descending: bool = False
    # Source-specific filters, e.g. {"village_id": 3, "flag": "elder"}; None values are ignored.
    filters: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    def filter(self, name: str, default: Any = None) -> Any:
        for key, value in self.filters:
            if key == name and value is not None:
                return value
        return default

    def with_filter(self, name: str, value: Any) -> ListQuery:
        rest = tuple((k, v) for k, v in self.filters if k != name)
        return ListQuery(self.search, self.sort_key, self.descending, rest + ((name, value),))


class ListSource(Protocol):
    """What a registry service offers a list screen. Rows are plain dataclasses with an `id`."""

    sort_keys: tuple[str, ...]

    def count(self, query: ListQuery) -> int: ...

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]: ...
