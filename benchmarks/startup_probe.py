"""Start the program the way `wangmuang-desk --db FILE` does, up to a usable main window.

Usable means: the main window is shown and its first page (the people list) has painted its
first rows. Prints "ready {json}" with the seconds since this script began and the split by
step; the parent measures the whole process from spawn to that line. After closing (which
waits for the background work of the start: the damage check and the day's backup) it
prints "closed {json}" with how long that background work took.

Usage: python startup_probe.py DATABASE
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402 - the clock starts before any import
import sys  # noqa: E402

MARKS: dict[str, float] = {}


def mark(name: str) -> None:
    MARKS[name] = time.perf_counter() - T0


def _timed_wrapper(module, name: str, label: str) -> None:
    """Wrap module.name so the time spent inside is added to MARKS[label]."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            MARKS[label] = MARKS.get(label, 0.0) + time.perf_counter() - start

    setattr(module, name, wrapper)


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


def main() -> int:
    from wangmuang_desk.cli import _parser  # what the installed command runs first

    args = _parser().parse_args(["--db", sys.argv[1]])
    from wangmuang_desk.app import DeskApp, make_application
    from wangmuang_desk.logging_setup import current_log_path, setup_logging
    from wangmuang_desk.services import workspace
    from wangmuang_desk.ui.crash_dialog import install_excepthook

    mark("imports")
    # The steps inside DeskApp.open(), timed without changing what they do.
    _timed_wrapper(workspace, "open_database", "open: open_database (header, revision)")
    _timed_wrapper(workspace.Workspace, "require_checked", "open: waiting for the check")
    # In the background thread, after the check: not part of the start unless waited for.
    background: dict[str, float] = {}
    original_backup = workspace.db_backup.daily_backup

    def timed_backup(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original_backup(*args, **kwargs)
        finally:
            background["daily backup"] = time.perf_counter() - start

    workspace.db_backup.daily_backup = timed_backup

    # From here on, the same steps as app.run_gui().
    setup_logging()
    install_excepthook(current_log_path)
    app = make_application(sys.argv[:1])
    install_excepthook(current_log_path)
    mark("make_application")
    desk = DeskApp(args.db)
    if not desk.open():
        print("failed: the database did not open", flush=True)
        return 1
    mark("DeskApp.open")
    window = desk.show_window()
    mark("show_window")
    if not wait_for_first_rows(app, window):
        print("failed: no rows within the time limit", flush=True)
        return 1
    mark("first rows painted")
    elapsed = time.perf_counter() - T0
    print("ready " + json.dumps({"in_script": elapsed, "marks": MARKS}), flush=True)
    gate = desk.workspace.services.db.gate
    desk.close()
    if gate is not None and gate.seconds is not None:
        background["damage check"] = gate.seconds
    print("closed " + json.dumps(background), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
