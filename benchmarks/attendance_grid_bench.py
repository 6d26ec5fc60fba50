"""The attendance grid at a full round's size: 200 trainees × 10 sessions, offscreen.

Prints the time to build and first paint the grid; to mark 2,000 cells with key presses (the
whole sheet, one session column after another, each press followed by its repaint as a person
would see it); the same presses painted once per column (the keys and the model alone); and
to save (the callback plus the reload and repaint; the database write itself belongs to the
service). A measurement, not a test.

    python benchmarks/attendance_grid_bench.py [--trainees 200] [--sessions 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from common import ms, use_offscreen_qt

use_offscreen_qt()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402 - after choosing the platform
from PySide6.QtTest import QTest  # noqa: E402

from wangmuang_desk.services.training_rows import (  # noqa: E402
    AttendanceSheet,
    SessionInput,
    SessionRow,
    TraineeRow,
)


def build_sheet(trainees: int, sessions: int, marks: dict | None = None) -> AttendanceSheet:
    first = date(2026, 11, 20)
    rows = tuple(SessionRow(100 + n, n + 1, SessionInput(first + timedelta(days=7 * n)), "", 0,
                            False) for n in range(sessions))
    people = tuple(TraineeRow(1000 + n, 5000 + n, f"ผู้เข้าอบรม ลำดับที่ {n + 1}", "", "",
                              n % 12 + 1, "", "", None, None, None, "") for n in range(trainees))
    return AttendanceSheet(1, rows, people, dict(marks or {}), 80)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=10)
    args = parser.parse_args(argv)

    from wangmuang_desk.app import make_application

    app = make_application(["benchmarks"])
    from wangmuang_desk.ui.trainings.attendance_grid import AttendanceGrid
    from wangmuang_desk.ui.trainings.attendance_model import FIRST_SESSION_COLUMN

    sheet = build_sheet(args.trainees, args.sessions)
    stored: dict = {}

    def save(changes: dict) -> None:
        stored.update(changes)

    def reload() -> AttendanceSheet:
        return build_sheet(args.trainees, args.sessions, stored)

    start = time.perf_counter()
    grid = AttendanceGrid(sheet, save, reload)
    grid.resize(1200, 700)
    grid.show()
    app.processEvents()
    build_ms = ms(time.perf_counter() - start)

    view = grid.view()
    view.setFocus()
    presses: list[float] = []
    for column in range(FIRST_SESSION_COLUMN, FIRST_SESSION_COLUMN + args.sessions):
        view.setCurrentIndex(grid.model().index(0, column))
        for row in range(args.trainees):
            key = Qt.Key.Key_A if row % 7 == 3 else Qt.Key.Key_P
            t0 = time.perf_counter()
            QTest.keyClick(view, key)
            app.processEvents()  # the repaint belongs to the press
            presses.append(ms(time.perf_counter() - t0))
    changed = len(grid.changes())

    def space_through_the_sheet(paint_each_column: bool) -> None:
        for column in range(FIRST_SESSION_COLUMN, FIRST_SESSION_COLUMN + args.sessions):
            view.setCurrentIndex(grid.model().index(0, column))
            for _row in range(args.trainees):
                QTest.keyClick(view, Qt.Key.Key_Space)
                view.move_down()
            if paint_each_column:
                app.processEvents()

    # The same presses again (absent ↔ present), painting once per column: the cost of the
    # keys and the model alone, without the offscreen repaint after every press.
    start = time.perf_counter()
    space_through_the_sheet(paint_each_column=True)
    unpainted_ms = ms(time.perf_counter() - start)
    space_through_the_sheet(paint_each_column=False)
    app.processEvents()

    start = time.perf_counter()
    ok = grid.save()
    app.processEvents()
    save_ms = ms(time.perf_counter() - start)

    cells = args.trainees * args.sessions
    print(f"attendance grid, {args.trainees} trainees × {args.sessions} sessions (offscreen)")
    print(f"  build and first paint       {build_ms:8.1f} ms")
    print(f"  {len(presses):,} key presses          {sum(presses):8.1f} ms total, "
          f"median {statistics.median(presses):.2f} ms, slowest {max(presses):.2f} ms")
    print(f"  same, painted per column    {unpainted_ms:8.1f} ms total, "
          f"{unpainted_ms / len(presses):.2f} ms a press (Space + down)")
    print(f"  save {changed:,} changes + reload   {save_ms:8.1f} ms  "
          f"({'saved' if ok and len(stored) == cells else 'NOT SAVED'})")
    grid.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
