"""What the benchmark scripts share: timing, memory readings and the results table."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"  # git-ignored: the stress database and scratch homes live here


def use_offscreen_qt() -> None:
    """Every Qt part runs without a screen, the same way on a desktop and on a build server."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(seconds: float) -> float:
    return seconds * 1000.0


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Run `action` `repeat` times; the durations in milliseconds."""
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        durations.append(ms(time.perf_counter() - start))
    return durations


def rss_mb() -> tuple[float, str]:
    """Resident memory of this process in MB, and how it was read.

    /proc gives the current figure on Linux; elsewhere psutil if it happens to be installed,
    else the peak from `resource` (which can only grow, so "flat" is still meaningful).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0, "VmRSS"
    try:
        import psutil  # optional, never required

        return psutil.Process().memory_info().rss / 1e6, "psutil rss"
    except ImportError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Kilobytes on Linux, bytes on macOS.
        return (peak / 1e6 if sys.platform == "darwin" else peak / 1024.0), "peak rss"
    except ImportError:
        return float("nan"), "unavailable"


@dataclass
class Figure:
    """One line of the results table."""

    section: str
    name: str
    value: float  # what was measured (ms, MB or a ratio)
    budget: float
    unit: str = "ms"
    detail: str = ""
    notes: list[str] = field(default_factory=list)  # the investigation, printed under the table

    @property
    def ratio(self) -> float:
        return self.value / self.budget if self.budget else float("nan")

    @property
    def verdict(self) -> str:
        if self.value != self.value:  # NaN: could not be measured
            return "N/A"
        return "PASS" if self.value <= self.budget else "OVER"


def format_value(value: float, unit: str) -> str:
    if value != value:
        return "n/a"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.1f} ms"


def print_table(figures: list[Figure], out=None) -> None:
    out = out or sys.stdout
    headers = ("Figure", "Measured", "Budget", "Ratio", "Result", "Detail")
    rows = [
        (
            f.name,
            format_value(f.value, f.unit),
            format_value(f.budget, f.unit),
            f"{f.ratio:.2f}" if f.ratio == f.ratio else "-",
            f.verdict,
            f.detail,
        )
        for f in figures
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    widths[-1] = len(headers[-1])  # the detail column runs on freely

    def line(cells) -> str:
        return "  ".join(c.ljust(w) if i in (0, 5) else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    section = None
    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for figure, row in zip(figures, rows, strict=True):
        if figure.section != section:
            section = figure.section
            print(f"[{section}]", file=out)
        print(line(row), file=out)
