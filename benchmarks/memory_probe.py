"""Memory while scrolling the whole people registry in a paged table (own process, offscreen).

Scrolls a QTableView over PagedTableModel from the top to the bottom in equal steps; at each
step the rows in view are painted and also read through data(), as a person scrolling would
see them. Prints one JSON line: resident memory at the start and after 10 %, 50 % and 100 %
of the way, the slowest steps, and how many pages the model still holds.

Usage: python memory_probe.py DATABASE [STEPS]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from common import ms, rss_mb, use_offscreen_qt

use_offscreen_qt()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView  # noqa: E402

from wangmuang_desk.db.engine import Database  # noqa: E402
from wangmuang_desk.services.listing import ListQuery  # noqa: E402
from wangmuang_desk.services.people import PeopleService  # noqa: E402
from wangmuang_desk.ui.models.paged_table_model import Column, PagedTableModel  # noqa: E402


def columns() -> list[Column]:
    # The people page's kind of cells (name, ID, birth date, phone, address, village).
    return [
        Column("Name", lambda r: r.full_name, sort_key="name"),
        Column("National ID", lambda r: r.citizen_id),
        Column("Birth date", lambda r: r.birth_date, sort_key="birth_date"),
        Column("Phone", lambda r: r.phone),
        Column("House no.", lambda r: r.house_no),
        Column("Village", lambda r: r.moo, sort_key="moo"),
    ]


def main() -> int:
    db_path = Path(sys.argv[1])
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    app = QApplication(sys.argv[:1])
    db = Database(db_path)
    model = PagedTableModel(PeopleService(db), columns(), page_size=200)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(28)
    view.resize(1000, 700)
    view.show()
    model.set_query(ListQuery(sort_key="name"))
    app.processEvents()

    def read_visible() -> int:
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        return last - first + 1

    read_visible()
    readings = {"start": rss_mb()[0]}
    total = model.rowCount()
    checkpoints = {max(1, steps // 10): "10%", max(1, steps // 2): "50%", steps: "100%"}
    step_ms: list[tuple[float, int]] = []
    rows_read = 0
    for step in range(1, steps + 1):
        row = min(total - 1, step * (total - 1) // steps)
        start = time.perf_counter()
        view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        app.processEvents()
        rows_read += read_visible()
        step_ms.append((ms(time.perf_counter() - start), row))
        if step in checkpoints:
            readings[checkpoints[step]] = rss_mb()[0]
    slowest = sorted(step_ms, reverse=True)[:3]
    print(json.dumps({
        "rss_mb": readings,
        "rss_source": rss_mb()[1],
        "rows": total,
        "steps": steps,
        "rows_read": rows_read,
        "pages_held": len(model.cached_pages()),
        "slowest_steps": [{"ms": t, "row": r} for t, r in slowest],
        "median_step_ms": sorted(t for t, _r in step_ms)[len(step_ms) // 2],
    }), flush=True)
    view.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
