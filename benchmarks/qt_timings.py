"""Search and page opening through the real Qt widgets (offscreen), in this process.

"Rows available" means the table view has painted and so asked the paged model for its first
page: the moment the rows are on screen, not only counted.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from common import Figure, median, ms, use_offscreen_qt
from queries import LIST_BUDGET_MS, SEARCH_BUDGET_MS

use_offscreen_qt()

from PySide6.QtCore import qInstallMessageHandler  # noqa: E402 - after choosing the platform
from PySide6.QtWidgets import QApplication  # noqa: E402

TIMEOUT_S = 60.0
_previous_handler = None


def _quiet(mode, context, message: str) -> None:
    # The offscreen platform says this on every top-level show; it is noise in the report.
    if "propagateSizeHints" in message:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        print(message, file=sys.stderr)


def application() -> QApplication:
    global _previous_handler
    app = QApplication.instance()
    if app is None:
        _previous_handler = qInstallMessageHandler(_quiet)
        from wangmuang_desk.app import make_application

        app = make_application(["benchmarks"])
    return app


def wait_for_rows(app: QApplication, page, timeout: float = TIMEOUT_S) -> bool:
    """Run events until the page's table has fetched the rows it shows (or has none)."""
    model = page.table_model()
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if model.is_loaded() and (model.total() == 0 or model.cached_pages()):
            app.processEvents()  # the paint that puts them on screen
            return True
    return False


def _module_of(build) -> str | None:
    """The page module a navigation entry imports on first use (read from its code)."""
    for name in build.__code__.co_names:
        if name.startswith("wangmuang_desk.ui.pages."):
            return name
    for const in build.__code__.co_consts:
        if isinstance(const, str) and const.startswith("wangmuang_desk.ui.pages."):
            return const
    return None


def page_open_figures(db_path: Path) -> list[Figure]:
    """Each navigation entry: import (first time), build, show, until its rows are painted."""
    from wangmuang_desk.db.engine import Database
    from wangmuang_desk.services.container import Services
    from wangmuang_desk.ui.navigation import build_pages

    app = application()
    db = Database(db_path)
    services = Services(db)
    figures = []
    try:
        for spec in build_pages(services):
            module = _module_of(spec.build)
            start = time.perf_counter()
            if module:
                importlib.import_module(module)
            imported = time.perf_counter()
            page = spec.build()
            page.resize(1000, 700)
            page.show()
            ok = wait_for_rows(app, page)
            done = time.perf_counter()
            total = page.table_model().total()
            page.close()
            page.deleteLater()
            app.processEvents()
            if not ok:
                figures.append(Figure("list pages (Qt)", f"open {spec.key} page", float("nan"),
                                      LIST_BUDGET_MS, detail="no rows within the time limit"))
                continue
            figures.append(Figure(
                "list pages (Qt)", f"open {spec.key} page", ms(done - start), LIST_BUDGET_MS,
                "ms", f"first open: import {ms(imported - start):.0f} ms + build, show and paint "
                f"{ms(done - imported):.0f} ms; {total:,} rows"))
    finally:
        db.dispose()
    return figures


def search_figures(db_path: Path, queries: list[tuple[str, str]], repeat: int) -> list[Figure]:
    """The people page's own path: text set, search emitted, count, repaint with rows."""
    from wangmuang_desk.db.engine import Database
    from wangmuang_desk.services.container import Services
    from wangmuang_desk.ui.pages.people_page import PeoplePage
    from wangmuang_desk.ui.widgets.search_box import DEBOUNCE_MS

    app = application()
    db = Database(db_path)
    page = PeoplePage(Services(db))
    page.resize(1000, 700)
    page.show()
    wait_for_rows(app, page)
    box, model = page.search_box(), page.table_model()
    counted: list[float] = []
    model.countChanged.connect(lambda _n: counted.append(time.perf_counter()))

    def search(text: str) -> tuple[float, float]:
        counted.clear()
        start = time.perf_counter()
        box.setText(text)
        # What the debounce timer does DEBOUNCE_MS later; that wait is reported on its own.
        box.flush()
        if not wait_for_rows(app, page):
            raise RuntimeError(f"no rows for {text!r}")
        done = time.perf_counter()
        return ms((counted[0] if counted else done) - start), ms(done - start)

    figures = []
    try:
        all_rows: list[float] = []
        for label, text in queries:
            search(text)  # warm-up
            search("")
            results = []
            for _ in range(repeat):
                results.append(search(text))
                search("")  # back to the whole list, as when the box is cleared
            to_count = median([r[0] for r in results])
            to_rows = [r[1] for r in results]
            all_rows.extend(to_rows)
            figures.append(Figure(
                "search (Qt people page)", f"search {label}: {text!r}", median(to_rows),
                SEARCH_BUDGET_MS, "ms",
                f"setText to rows painted; count signalled at {to_count:.0f} ms; "
                f"max {max(to_rows):.0f} ms"))
        typed = Figure(
            "search (Qt people page)", "typing pause + search (median)",
            DEBOUNCE_MS + median(all_rows), SEARCH_BUDGET_MS, "ms",
            f"debounce {DEBOUNCE_MS} ms (SearchBox waits for a pause in typing) + the median above")
        figures.append(typed)
    finally:
        page.close()
        page.deleteLater()
        app.processEvents()
        db.dispose()
    return figures
