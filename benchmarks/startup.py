"""Start-up: our program against a bare PySide6 window, in alternating child processes.

Each child runs with a fresh WANGMUANG_DESK_HOME and Qt settings folder and the offscreen
platform. The figure is the wall time the parent sees from spawning the child to its "ready"
line (interpreter start included); the child's own clock is kept as a cross-check.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from common import BENCH_DIR, OUT_DIR, Figure, median, ms

BARE = BENCH_DIR / "bare_window.py"
PROBE = BENCH_DIR / "startup_probe.py"
BUDGET_RATIO = 1.5
TIMEOUT_S = 300


@dataclass
class Run:
    wall_ms: float
    in_script_ms: float
    marks: dict[str, float] = field(default_factory=dict)  # step -> seconds since script start
    background: dict[str, float] = field(default_factory=dict)  # seconds, beside the start


class Sandbox:
    """A scratch home with its own copy of the database, so backups and logs land there."""

    def __init__(self, db: Path) -> None:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="startup-", dir=OUT_DIR))
        self.home = self.root / "home"
        self.home.mkdir()
        self.db = self.root / "data" / "wangmuang-desk.sqlite3"
        self.db.parent.mkdir()
        shutil.copyfile(db, self.db)  # the benchmark never writes to it: its -wal is empty
        self._skip_first_start_wizard()
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "WANGMUANG_DESK_HOME": str(self.home),
            # QSettings (language choice) must not come from the person running this.
            "XDG_CONFIG_HOME": str(self.root / "config"),
            # Both children run from compiled bytecode, as an installed program does (pip and
            # the PyInstaller build compile it). Without this, a checkout used with
            # PYTHONDONTWRITEBYTECODE set compiles the program's own modules from source at
            # every start, while the bare window's modules (installed) come compiled. The
            # cache lives here, never in the source tree; the warm-up starts fill it.
            "PYTHONPYCACHEPREFIX": str(OUT_DIR / "pycache"),
        })
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def _skip_first_start_wizard(self) -> None:
        # A file whose office profile is not set up would open the modal first-start wizard
        # and the start would never get "ready". Demo files are set up; others are, on the copy.
        conn = sqlite3.connect(self.db)
        try:
            with conn:
                conn.execute("UPDATE office_profile SET setup_done = 1 WHERE setup_done = 0")
        finally:
            conn.close()

    def todays_backup(self) -> Path:
        from wangmuang_desk.db.backup import daily_path

        return daily_path(self.db.parent / "backups", date.today())

    def stamped(self) -> bool:
        """Whether the last start closed the file cleanly after a passed check."""
        from wangmuang_desk.db.verified_stamp import stamp_path

        return stamp_path(self.db).is_file()

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def spawn(script: Path, args: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(script), *args], env=env, cwd=str(BENCH_DIR.parent),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith(("ready", "failed")):
            break
    wall = ms(time.perf_counter() - start)
    try:
        out, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
    if not line.startswith("ready"):
        raise RuntimeError(f"{script.name} did not get ready: {line.strip()}\n{err[-2000:]}")
    background = {}
    for later in out.splitlines():
        if later.startswith("closed {"):
            background = json.loads(later[len("closed"):].strip())
    payload = line[len("ready"):].strip()
    if payload.startswith("{"):
        data = json.loads(payload)
        return Run(wall, ms(data["in_script"]), data.get("marks", {}), background)
    return Run(wall, ms(float(payload)))


def import_costs(env: dict[str, str], db: Path, top: int = 12) -> list[str]:
    """`python -X importtime` of both children: what our start imports beyond the bare one."""

    def self_times(script: Path, args: list[str]) -> dict[str, int]:
        done = subprocess.run([sys.executable, "-X", "importtime", str(script), *args],
                              env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
        times = {}
        for line in done.stderr.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                self_us, _cumulative, name = line.split(":", 1)[1].split("|")
                times[name.strip()] = int(self_us)
        return times

    ours = self_times(PROBE, [str(db)])
    bare = self_times(BARE, [])
    extra = {name: us for name, us in ours.items() if name not in bare}
    groups: dict[str, int] = {}
    for name, us in extra.items():
        parts = name.split(".")
        depth = 3 if parts[0] == "wangmuang_desk" else 1
        key = ".".join(parts[:depth])
        groups[key] = groups.get(key, 0) + us
    lines = [f"-X importtime (inflates times): our start imports {len(extra)} modules the "
             f"bare window does not, {sum(extra.values()) / 1000:.0f} ms of import work "
             f"(bare window in all: {sum(bare.values()) / 1000:.0f} ms). Biggest:"]
    for key, us in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {us / 1000:7.1f} ms  {key}")
    return lines


def measure(db: Path, runs: int, first_day_runs: int, explain: bool, log=print) -> list[Figure]:
    box = Sandbox(db)
    try:
        log("startup: warming up (one bare and one full start, not counted)")
        spawn(BARE, [], box.env)
        # The day's first start: the full check, today's backup, and a clean close that
        # stamps the file. Every start of the normal case begins from a file left so by the
        # start before it, as on an office day after its first start.
        spawn(PROBE, [str(box.db)], box.env)
        if not box.stamped():
            log("startup: WARNING the warm-up start left no verified stamp; "
                "the normal starts will run the full damage check")
        bare: list[Run] = []
        ours: list[Run] = []
        for number in range(runs):
            bare.append(spawn(BARE, [], box.env))
            ours.append(spawn(PROBE, [str(box.db)], box.env))
            log(f"startup {number + 1}/{runs}: bare {bare[-1].wall_ms:.0f} ms, "
                f"ours {ours[-1].wall_ms:.0f} ms")
        first_day: list[Run] = []
        for number in range(first_day_runs):
            # No backup for today: the first start of a day, which checks in full although
            # the file is still exactly as its stamp says.
            box.todays_backup().unlink(missing_ok=True)
            first_day.append(spawn(PROBE, [str(box.db)], box.env))
            log(f"startup, first of the day {number + 1}/{first_day_runs}: "
                f"{first_day[-1].wall_ms:.0f} ms")
        return _figures(box, bare, ours, first_day, explain)
    finally:
        box.remove()


def _steps(runs: list[Run]) -> list[str]:
    """Median time of each start-up step (from the child's clock)."""
    names = list(runs[0].marks)
    lines = []
    previous = 0.0
    for name in names:
        at = median([r.marks.get(name, float("nan")) for r in runs])
        if name.startswith("within:"):  # time inside the next step, not a point in time
            lines.append(f"      {name[8:]:<26} {ms(at):7.1f} ms (within the next step)")
            continue
        lines.append(f"    {name:<28} {ms(at - previous):7.1f} ms  (at {ms(at):7.1f} ms)")
        previous = at
    return lines


def _check_summary(runs: list[Run]) -> str:
    """How many runs skipped the damage check (verified stamp) and what the others took."""
    ran = [r.background["damage check"] for r in runs if "damage check" in r.background]
    skipped = sum(1 for r in runs if "damage check skipped" in r.background)
    text = f"damage check skipped in {skipped} of {len(runs)}"
    if ran:
        text += f", ran in {len(ran)} ({ms(median(ran)):.0f} ms median)"
    return text


def _figures(box: Sandbox, bare: list[Run], ours: list[Run], first_day: list[Run],
             explain: bool) -> list[Figure]:
    bare_wall = median([r.wall_ms for r in bare])
    ours_wall = median([r.wall_ms for r in ours])
    ratio = ours_wall / bare_wall
    detail = (f"ours {ours_wall:.0f} ms / bare {bare_wall:.0f} ms (wall, median of {len(ours)}); "
              f"in-script {median([r.in_script_ms for r in ours]):.0f} / "
              f"{median([r.in_script_ms for r in bare]):.0f} ms; {_check_summary(ours)}")
    main = Figure("startup", "start to usable window / bare window", ratio, BUDGET_RATIO, "x",
                  detail)
    main.notes.append("Our start, step by step (median, child's clock):")
    main.notes.extend(_steps(ours))
    main.notes.append(f"    in the background meanwhile: {_check_summary(ours)}")
    figures = [main]
    if first_day:
        day_wall = median([r.wall_ms for r in first_day])
        backup = median([r.background.get("daily backup", float("nan")) for r in first_day])
        figures.append(Figure(
            "startup", "first start of the day / bare window", day_wall / bare_wall,
            BUDGET_RATIO, "x",
            f"{day_wall:.0f} ms wall; {_check_summary(first_day)}, then today's backup took "
            f"{ms(backup):.0f} ms in the background (median of {len(first_day)})"))
    if explain or ratio > BUDGET_RATIO:
        main.notes.extend(import_costs(box.env, box.db))
    return figures
