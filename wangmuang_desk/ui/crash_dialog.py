"""Last-resort handling of uncaught exceptions: log them, then show a copyable report.

Committed data is safe whatever happens here (every user action is its own transaction), so
the dialog only has to tell the user and make the report easy to send on.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wangmuang_desk.ui.dialogs.crash_report_dialog import CrashDialog

# Qt is imported only where it is used: installing the hook stays cheap, also before Qt
# has loaded, and the dialog (ui/dialogs/crash_report_dialog.py) loads on the first crash.

log = logging.getLogger(__name__)

LogPathGetter = Callable[[], Path | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _program_version() -> str:
    try:
        from wangmuang_desk import __version__
    except Exception:  # a half-broken install must still produce a report
        return "unknown"
    return str(__version__)


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Plain-text report: versions, platform, time and the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"wangmuang-desk {_program_version()}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Platform: {platform.platform()}",
        f"Time: {datetime.now().isoformat(timespec='seconds')}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


def _make_bridge():
    """A QObject in the GUI thread; a report emitted from another thread is queued to it."""
    from PySide6.QtCore import QObject, Signal, Slot

    class _Bridge(QObject):
        report_ready = Signal(str)

        def __init__(self) -> None:
            super().__init__()
            self.report_ready.connect(self._show)

        @Slot(str)
        def _show(self, report: str) -> None:
            _present(report)

    return _Bridge()


class _State:
    log_path_getter: LogPathGetter | None = None
    dialog: CrashDialog | None = None
    showing = False
    bridge = None  # made by _make_bridge once the application exists


_state = _State()


def current_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any (for tests and for the main window to close)."""
    return _state.dialog if _state.showing else None


def _application() -> QApplication | None:
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return None  # Qt is not loaded yet, so no application exists
    app = widgets.QApplication.instance()
    return app if isinstance(app, widgets.QApplication) else None


def _log_path() -> Path | None:
    getter = _state.log_path_getter
    if getter is None:
        return None
    try:
        return getter()
    except Exception:
        log.exception("could not get the log file path")
        return None


def _on_finished(_result: int) -> None:
    _state.showing = False
    _state.dialog = None


def _present(report: str) -> None:
    """Show the dialog in the GUI thread; at most one at a time."""
    if _state.showing:
        return  # a crash while the report is on screen: logged already, no dialog pile-up
    _state.showing = True
    try:
        from PySide6.QtCore import QThread

        from wangmuang_desk.ui.dialogs.crash_report_dialog import CrashDialog

        dialog = CrashDialog(report, _log_path())
        _state.dialog = dialog  # a module reference keeps it alive after the hook returns
        dialog.finished.connect(_on_finished)
        if QThread.currentThread().loopLevel() > 0:
            dialog.open()  # an event loop runs: stay non-blocking, no nested loop
        else:
            dialog.exec()  # failed before or after the event loop: block so it is seen
    except Exception:
        _state.showing = False
        _state.dialog = None
        log.exception("could not show the crash dialog")


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook itself: log with traceback, then show the dialog when possible."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        app = _application()
        if app is None:
            return  # no widgets possible: the log is all we can do
        from PySide6.QtCore import QThread

        report = build_report(exc_type, exc, tb)
        if QThread.currentThread() == app.thread():
            _present(report)
        elif _state.bridge is not None:
            _state.bridge.report_ready.emit(report)
    except Exception:
        # The hook must never raise: fall back to Python's own printing.
        sys.__excepthook__(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return  # what threading's default hook does too
    handle_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_excepthook(log_path_getter: LogPathGetter) -> None:
    """Route uncaught exceptions (main and other threads) to the log and the crash dialog.

    `log_path_getter` returns the log file to name in the dialog, e.g. current_log_path.
    Call it after the QApplication exists so reports from worker threads can reach the GUI;
    before that, reports are only logged.
    """
    _state.log_path_getter = log_path_getter
    app = _application()
    if app is not None and _state.bridge is None:
        bridge = _make_bridge()
        bridge.moveToThread(app.thread())
        _state.bridge = bridge
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
