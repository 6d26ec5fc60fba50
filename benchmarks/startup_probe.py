"""Start the program the way `wangmuang-desk --db FILE` does, up to a usable main window.

It runs the command itself (`cli.main(["--db", FILE])`), so every step, its order and what
is imported when are the program's own. Usable means: the main window is shown and its
first page (the people list) has painted its first rows; the probe's stand-in for the event
loop (`QApplication.exec`) runs events until then. Prints "ready {json}" with the seconds
since this script began and the split by step; the parent measures the whole process from
spawn to that line. After closing (which waits for the background work of the start: the
damage check and the day's backup, and leaves the verified stamp) it prints "closed {json}"
with how long that took, or that the check was skipped (db/verified_stamp.py).

The steps are timed by wrapping the program's functions as their modules load (an import
hook), never by importing anything ahead of the program.

Usage: python startup_probe.py DATABASE
"""

import time

T0 = time.perf_counter()

import importlib.abc  # noqa: E402 - the clock starts before any import
import importlib.machinery  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402

MARKS: dict[str, float] = {}
BACKGROUND: dict[str, float] = {}  # seconds of work beside the start (check, daily backup)
SEEN: dict[str, object] = {}  # the DeskApp and its window, for the stand-in event loop


def mark(name: str) -> None:
    MARKS[name] = time.perf_counter() - T0


def _timed_wrapper(owner, name: str, label: str, into: dict | None = None) -> None:
    """Wrap owner.name so the time spent inside is added to (MARKS or `into`)[label]."""
    original = getattr(owner, name)
    target = MARKS if into is None else into

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            target[label] = target.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def _marked_wrapper(owner, name: str, label: str, *, at_start: str | None = None) -> None:
    """Wrap owner.name so MARKS[label] is the time it returned (and `at_start` when called)."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        if at_start:
            mark(at_start)
        result = original(*args, **kwargs)
        mark(label)
        return result

    setattr(owner, name, wrapper)


class AfterImport(importlib.abc.MetaPathFinder):
    """Runs a function on a module right after the program first imports it."""

    def __init__(self, actions: dict[str, Callable]) -> None:
        self.actions = actions

    def find_spec(self, name, path, target=None):
        action = self.actions.pop(name, None)
        if action is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module) -> None:
            run(module)
            action(module)

        spec.loader.exec_module = exec_module
        return spec


def wait_for_first_rows(app, window, timeout: float = 60.0) -> bool:
    """Run events until the current page's table has asked for its first page of rows."""
    deadline = time.perf_counter() + timeout
    page = window.stack.currentWidget()
    model = page.table_model() if hasattr(page, "table_model") else None
    while time.perf_counter() < deadline:
        app.processEvents()
        if model is None or (model.total() == 0 and model.is_loaded()) or model.cached_pages():
            app.processEvents()  # the paint that shows those rows
            return True
    return False


def _patch_workspace(workspace) -> None:
    _marked_wrapper(workspace, "start_opening", "opening started",
                    at_start="imports before opening")
    _timed_wrapper(workspace, "open_database", "within: open_database (all of it)")
    _timed_wrapper(workspace.Workspace, "require_checked", "within: waiting for the check")


def _patch_schema(schema) -> None:
    # The part of open_database after the damage check began: SQLAlchemy loads here.
    _timed_wrapper(schema, "_database", "within: SQLAlchemy, the engine")


def _patch_backup(backup) -> None:
    # In the background thread, after the check: not part of the start unless waited for.
    _timed_wrapper(backup, "daily_backup", "daily backup", into=BACKGROUND)


def _patch_app(app_module) -> None:
    mark("imports (Qt, the window)")
    _marked_wrapper(app_module, "make_application", "make_application")
    original_open = app_module.DeskApp.open

    def open_(desk, *args, **kwargs):
        SEEN["desk"] = desk
        result = original_open(desk, *args, **kwargs)
        mark("DeskApp.open")
        return result

    app_module.DeskApp.open = open_
    _marked_wrapper(app_module.DeskApp, "show_window", "show_window")

    def exec_(app) -> int:
        """The event loop's stand-in: until the first rows are painted, then quit."""
        if not wait_for_first_rows(app, SEEN["desk"].window):
            print("failed: no rows within the time limit", flush=True)
            return 1
        mark("first rows painted")
        elapsed = time.perf_counter() - T0
        print("ready " + json.dumps({"in_script": elapsed, "marks": MARKS}), flush=True)
        SEEN["gate"] = SEEN["desk"].workspace.services.db.gate
        return 0

    app_module.QApplication.exec = exec_


def main() -> int:
    sys.meta_path.insert(0, AfterImport({
        "wangmuang_desk.services.workspace": _patch_workspace,
        "wangmuang_desk.db.schema": _patch_schema,
        "wangmuang_desk.db.backup": _patch_backup,
        "wangmuang_desk.app": _patch_app,
    }))
    from wangmuang_desk.cli import main as command

    code = command(["--db", sys.argv[1]])  # returns after closing, as the program does
    if "gate" not in SEEN:
        print(f"failed: the program ended ({code}) before its window was usable", flush=True)
        return 1
    gate = SEEN["gate"]
    if gate is not None and gate.seconds is not None:
        BACKGROUND["damage check"] = gate.seconds
    if gate is not None and gate.skip_reason is not None:
        BACKGROUND["damage check skipped"] = 1.0  # the file as its last clean close left it
    print("closed " + json.dumps(BACKGROUND), flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
