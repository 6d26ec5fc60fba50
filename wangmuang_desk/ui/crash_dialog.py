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

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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


class CrashDialog(QDialog):
    """Shows the report read-only, with Copy report and Close."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 480)

        intro = QLabel(
            self.tr(
                "Something went wrong inside the program. Work that was already saved is kept "
                "in the database. Please copy the report below and send it to the person who "
                "looks after this program, saying what you were doing when it happened."
            )
        )
        intro.setWordWrap(True)

        self.report_edit = QPlainTextEdit(report)
        self.report_edit.setReadOnly(True)
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Tracebacks line up in a fixed-width font; Qt falls back to another font for Thai.
        self.report_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        log_text = str(log_path) if log_path else self.tr("(no log file)")
        self.log_label = QLabel(self.tr("The report was also written to the log file:"))
        self.log_path_label = QLabel(log_text)
        self.log_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_edit, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log_path_label)
        layout.addWidget(buttons)

    def report(self) -> str:
        return self.report_edit.toPlainText()

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))


class _Bridge(QObject):
    """Lives in the GUI thread; a report emitted from another thread is queued to it."""

    report_ready = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.report_ready.connect(self._show)

    @Slot(str)
    def _show(self, report: str) -> None:
        _present(report)


class _State:
    log_path_getter: LogPathGetter | None = None
    dialog: CrashDialog | None = None
    showing = False
    bridge: _Bridge | None = None


_state = _State()


def current_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any (for tests and for the main window to close)."""
    return _state.dialog if _state.showing else None


def _application() -> QApplication | None:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None


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
        bridge = _Bridge()
        bridge.moveToThread(app.thread())
        _state.bridge = bridge
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
