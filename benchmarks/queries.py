"""Search and list timings straight on the services, the way a list page calls them.

A page asks `count(query)` once and then `fetch(query, offset, 200)` for the rows in view;
these timings are that pair (or the fetch alone for a deep page while scrolling). When a
figure is over budget, the SQL it ran is shown with its time and EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from common import Figure, median, ms
from sqlalchemy import event

from wangmuang_desk.db.engine import Database
from wangmuang_desk.services.container import Services
from wangmuang_desk.services.listing import ListQuery

SEARCH_BUDGET_MS = 100.0
LIST_BUDGET_MS = 300.0
PAGE = 200  # rows per fetch, as RegistryPage.page_size
SOURCES = ("people", "households", "occupations", "raw_materials", "sages")


@dataclass
class Statement:
    sql: str
    params: object
    took_ms: float


@dataclass
class SqlLog:
    """Every statement the engine runs while `active`, with its time."""

    active: bool = False
    statements: list[Statement] = field(default_factory=list)

    def attach(self, db: Database) -> None:
        starts: list[float] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def _before(_conn, _cursor, _sql, _params, _context, _many) -> None:
            starts.append(time.perf_counter())

        @event.listens_for(db.engine, "after_cursor_execute")
        def _after(_conn, cursor, sql, params, _context, _many) -> None:
            took = ms(time.perf_counter() - starts.pop())
            if self.active:
                self.statements.append(Statement(sql, params, took))

    def capture(self, action: Callable[[], object]) -> list[Statement]:
        self.statements, self.active = [], True
        try:
            action()
        finally:
            self.active = False
        return self.statements


def explain(db_path: Path, statements: list[Statement]) -> list[str]:
    """The statements that did the work, each with its time and query plan."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    lines = []
    try:
        for st in sorted(statements, key=lambda s: -s.took_ms)[:3]:
            if not st.sql.lstrip().upper().startswith("SELECT") or st.took_ms < 5:
                continue
            lines.append(f"    {st.took_ms:.1f} ms: {' '.join(st.sql.split())[:400]}")
            lines.append(f"      params: {st.params!r}"[:200])
            try:
                plan = conn.execute("EXPLAIN QUERY PLAN " + st.sql, st.params).fetchall()
            except sqlite3.Error as exc:
                lines.append(f"      (no plan: {exc})")
                continue
            lines.extend(f"      plan: {row[-1]}" for row in plan)
    finally:
        conn.close()
    return lines


class QueryBench:
    def __init__(self, db_path: Path, repeat: int, explain_all: bool) -> None:
        self.db_path = db_path
        self.repeat = repeat
        self.explain_all = explain_all
        self.db = Database(db_path)
        self.services = Services(self.db)
        self.sql = SqlLog()
        self.sql.attach(self.db)

    def close(self) -> None:
        self.db.dispose()

    def _measure(self, section: str, name: str, action: Callable[[], object], budget: float,
                 detail: str) -> Figure:
        action()  # warm-up: the first call also pays for compiling the statement
        durations = []
        for _ in range(self.repeat):
            start = time.perf_counter()
            action()
            durations.append(ms(time.perf_counter() - start))
        figure = Figure(section, name, median(durations), budget, "ms",
                        f"{detail}; max {max(durations):.0f} ms of {len(durations)}")
        if self.explain_all or figure.verdict == "OVER":
            figure.notes.append(f"{name}: the statements behind it")
            figure.notes.extend(explain(self.db_path, self.sql.capture(action)))
        return figure

    # -- search ---------------------------------------------------------------------------

    def search_figures(self, queries: list[tuple[str, str]]) -> list[Figure]:
        people = self.services.people
        figures = []
        for label, text in queries:
            query = ListQuery(search=text, sort_key="name")
            hits = people.count(query)

            def run(query=query) -> None:
                people.count(query)
                people.fetch(query, 0, PAGE)

            figures.append(self._measure(
                "search (services)", f"search {label}: {text!r}", run, SEARCH_BUDGET_MS,
                f"count + first {PAGE} rows, {hits:,} hits"))
        return figures

    # -- list sources ---------------------------------------------------------------------

    def list_figures(self) -> list[Figure]:
        figures = []
        for name in SOURCES:
            source = getattr(self.services, name)
            total = source.count(ListQuery())
            for sort_key in ("", *source.sort_keys):
                query = ListQuery(sort_key=sort_key)

                def run(source=source, query=query) -> None:
                    source.count(query)
                    source.fetch(query, 0, PAGE)

                label = f"sort {sort_key}" if sort_key else "default sort"
                figures.append(self._measure(
                    "list pages (services)", f"{name}: {label}", run, LIST_BUDGET_MS,
                    f"count + first {PAGE} of {total:,}"))
            deep = (total * 3 // 4) // PAGE * PAGE
            if deep > 0:
                query = ListQuery()

                def run_deep(source=source, query=query, deep=deep) -> None:
                    source.fetch(query, deep, PAGE)

                figures.append(self._measure(
                    "list pages (services)", f"{name}: deep page", run_deep, LIST_BUDGET_MS,
                    f"fetch rows {deep:,}-{deep + PAGE:,} (scrolling), default sort"))
        return figures


def realistic_searches(db_path: Path) -> list[tuple[str, str]]:
    """Search words taken from the data itself, so any seed or size gives sensible queries."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        def one(sql: str) -> str:
            row = conn.execute(sql).fetchone()
            return (row[0] or "") if row else ""

        live = "FROM person WHERE deleted_at IS NULL"
        common_first = one(f"SELECT first_name {live} GROUP BY first_name "
                           "ORDER BY count(*) DESC, first_name LIMIT 1")
        rare_last = one(f"SELECT last_name {live} AND last_name <> '' GROUP BY last_name "
                        "ORDER BY count(*), last_name LIMIT 1")
        middle = one(f"SELECT id {live} ORDER BY id LIMIT 1 OFFSET "
                     f"(SELECT count(*) / 2 {live})")
        citizen_id = one(f"SELECT citizen_id {live} AND citizen_id IS NOT NULL "
                         f"AND id >= {middle or 0} ORDER BY id LIMIT 1")
        phone = one(f"SELECT phone {live} AND length(phone) >= 9 "
                    f"AND id >= {middle or 0} ORDER BY id LIMIT 1")
        phone_digits = "".join(ch for ch in phone if ch.isdigit())
        two_words = one(f"SELECT first_name || ' ' || substr(last_name, 1, 2) {live} "
                        f"AND last_name <> '' AND id >= {middle or 0} ORDER BY id LIMIT 1")
    finally:
        conn.close()
    queries = [
        ("common first name", common_first),
        ("rare surname fragment", rare_last[: max(3, len(rare_last) - 2)]),
        ("6-digit ID prefix", citizen_id[:6]),
        ("phone fragment", phone_digits[3:7]),
        ("two words", two_words),
        ("no hits", "ฬฬฬqx"),
    ]
    return [(label, text) for label, text in queries if text.strip()]
