"""Performance figures of design.md's budget on the 200,000-person stress database.

    python benchmarks/run.py                 # build (once) or reuse the stress file, run all
    python benchmarks/run.py --db FILE       # measure another database file
    python benchmarks/run.py --only search   # one part: startup, search, lists, memory

These are measurements, not tests: they print each figure with its budget, the ratio and
PASS/OVER, and for a figure over budget what the time went on. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from common import BENCH_DIR, OUT_DIR, Figure, print_table, use_offscreen_qt

use_offscreen_qt()
# This process's own Qt settings and program folders: never the profile of whoever runs it
# (a language chosen there would change what the pages load).
os.environ["WANGMUANG_DESK_HOME"] = str(OUT_DIR / "home")
os.environ["XDG_CONFIG_HOME"] = str(OUT_DIR / "home" / "config")

import startup  # noqa: E402 - after choosing the Qt platform
import stress_db  # noqa: E402

PARTS = ("startup", "search", "lists", "memory")
MEMORY_BUDGET_MB = 20.0
SCROLL_BUDGET_MS = 300.0


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="measure this database instead of the stress build")
    parser.add_argument("--people", type=int, default=200_000, help="size of the stress build")
    parser.add_argument("--seed", type=int, default=1, help="seed of the stress build")
    parser.add_argument("--runs", type=int, default=5, help="start-up pairs (bare, ours)")
    parser.add_argument("--first-day-runs", type=int, default=3,
                        help="starts that also take the day's first backup")
    parser.add_argument("--repeat", type=int, default=5, help="repeats of each query timing")
    parser.add_argument("--steps", type=int, default=400, help="scroll positions, top to bottom")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts")
    parser.add_argument("--explain", action="store_true",
                        help="show query plans and import costs even for figures within budget")
    return parser.parse_args(argv)


def memory_figures(db: Path, steps: int) -> list[Figure]:
    done = subprocess.run(
        [sys.executable, str(BENCH_DIR / "memory_probe.py"), str(db), str(steps)],
        capture_output=True, text=True, cwd=str(BENCH_DIR.parent), timeout=3600,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"memory_probe failed:\n{done.stderr[-2000:]}")
    data = json.loads(lines[-1])
    rss = data["rss_mb"]
    growth = max(rss["50%"], rss["100%"]) - rss["10%"]
    readings = ", ".join(f"{k} {v:.0f}" for k, v in rss.items())
    slowest = data["slowest_steps"][0]
    return [
        Figure("memory (scrolling people)", "growth after the first 10 %", growth,
               MEMORY_BUDGET_MB, "MB",
               f"{data['rss_source']} MB: {readings}; {data['steps']} steps over "
               f"{data['rows']:,} rows; {data['pages_held']} pages held at the end"),
        Figure("memory (scrolling people)", "slowest scroll step", slowest["ms"],
               SCROLL_BUDGET_MS, "ms",
               f"at row {slowest['row']:,}; median step {data['median_step_ms']:.1f} ms "
               "(a step fetches at most a page or two)"),
    ]


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    parts = set(args.only or PARTS)
    started = time.perf_counter()
    db = stress_db.ensure_database(args.db, args.people, args.seed)
    print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB)")
    print(f"python {platform.python_version()} on {platform.platform()}, "
          f"sqlite {__import__('sqlite3').sqlite_version}")
    figures: list[Figure] = []

    if "startup" in parts:
        figures += startup.measure(db, args.runs, args.first_day_runs, args.explain)

    if parts & {"search", "lists"}:
        import qt_timings
        from queries import QueryBench, realistic_searches

        bench = QueryBench(db, args.repeat, args.explain)
        try:
            if "search" in parts:
                searches = realistic_searches(db)
                print("search: " + ", ".join(f"{label} {text!r}" for label, text in searches))
                figures += bench.search_figures(searches)
                figures += qt_timings.search_figures(db, searches, args.repeat)
            if "lists" in parts:
                print("lists: timing each registry source and page")
                figures += bench.list_figures()
                figures += qt_timings.page_open_figures(db)
        finally:
            bench.close()

    if "memory" in parts:
        print(f"memory: scrolling the people list in {args.steps} steps")
        figures += memory_figures(db, args.steps)

    print()
    print_table(figures)
    over = [f for f in figures if f.verdict == "OVER"]
    noted = [f for f in figures if f.notes and (args.explain or f.verdict == "OVER")]
    if noted:
        print("\nWhere the time goes" + (" (figures over budget)" if not args.explain else ""))
        for figure in noted:
            print(f"\n* {figure.section} / {figure.name}: {figure.verdict}")
            for note in figure.notes:
                print(note)
    print(f"\n{len(figures) - len(over)} within budget, {len(over)} over; "
          f"{time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
