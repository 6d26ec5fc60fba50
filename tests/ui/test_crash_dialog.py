"""Uncaught exceptions: logged with traceback, shown once in a dialog with a copyable report."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wangmuang_desk import logging_setup  # noqa: E402
from wangmuang_desk.ui import crash_dialog  # noqa: E402


@pytest.fixture
def log_path(tmp_path):
    path = logging_setup.setup_logging(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in logging_setup._our_handlers(root):
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def hook(qapp, log_path):
    """Install the hook for one test; put back whatever hooks were there before."""
    saved = sys.excepthook, threading.excepthook
    crash_dialog.install_excepthook(lambda: log_path)
    yield crash_dialog.handle_exception
    sys.excepthook, threading.excepthook = saved
    dialog = crash_dialog.current_dialog()
    if dialog is not None:
        dialog.done(0)
    crash_dialog._state.log_path_getter = None


def _raise_through(hook_function, message: str) -> None:
    try:
        raise ValueError(message)
    except ValueError:
        hook_function(*sys.exc_info())


def _log_text(log_path) -> str:
    for handler in logging_setup._our_handlers(logging.getLogger()):
        handler.flush()
    return log_path.read_text(encoding="utf-8")


class _Closer:
    """Runs inside whichever event loop shows the dialog: records it, copies, closes."""

    def __init__(self, qtbot, copy: bool = True) -> None:
        self.qtbot = qtbot
        self.copy = copy
        self.report = None
        self.clipboard = None
        self.log_label = None
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        dialog = crash_dialog.current_dialog()
        if dialog is None or not dialog.isVisible():
            return
        self.timer.stop()
        try:
            self.report = dialog.report_edit.toPlainText()
            self.read_only = dialog.report_edit.isReadOnly()
            self.log_label = dialog.log_path_label.text()
            if self.copy:
                self.qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
                self.clipboard = QApplication.clipboard().text()
            self.qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test, never lost
            self.errors.append(exc)
        finally:
            if crash_dialog.current_dialog() is not None:
                dialog.done(0)


def test_exception_shows_report_copies_it_and_logs_it(qtbot, hook, log_path):
    assert sys.excepthook is hook
    closer = _Closer(qtbot)
    # No event loop runs here, so the hook shows the dialog modally; the closer runs inside it.
    _raise_through(sys.excepthook, "boom ทดสอบ")
    assert not closer.errors, closer.errors
    assert closer.report is not None, "no dialog was shown"
    assert "Traceback (most recent call last)" in closer.report
    assert "ValueError: boom ทดสอบ" in closer.report
    assert "wangmuang-desk 0." in closer.report  # program version
    assert "Python " in closer.report and "PySide6 " in closer.report
    assert closer.read_only
    assert closer.clipboard == closer.report
    assert closer.log_label == str(log_path)
    assert crash_dialog.current_dialog() is None  # closed and forgotten
    logged = _log_text(log_path)
    assert "CRITICAL" in logged and "Uncaught exception" in logged
    assert "ValueError: boom ทดสอบ" in logged and "Traceback" in logged


def test_inside_event_loop_dialog_is_non_blocking_and_never_doubled(qtbot, hook, log_path):
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: _raise_through(hook, "first"))
    QTimer.singleShot(0, lambda: _raise_through(hook, "second"))
    QTimer.singleShot(0, loop.quit)
    loop.exec()  # returns: the hook did not block the running loop

    dialog = crash_dialog.current_dialog()
    assert dialog is not None and dialog.isVisible()
    assert "ValueError: first" in dialog.report()
    assert "second" not in dialog.report()  # the guard kept one dialog
    logged = _log_text(log_path)
    assert "ValueError: first" in logged and "ValueError: second" in logged

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert crash_dialog.current_dialog() is None


def test_exception_in_a_worker_thread_reaches_the_gui_thread(qtbot, hook, log_path):
    closer = _Closer(qtbot, copy=False)

    def work():
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: closer.report is not None or bool(closer.errors))
    assert not closer.errors, closer.errors
    assert "RuntimeError: worker failed" in closer.report
    assert "RuntimeError: worker failed" in _log_text(log_path)


def test_without_qapplication_it_only_logs(monkeypatch, hook, log_path):
    monkeypatch.setattr(crash_dialog, "_application", lambda: None)
    _raise_through(hook, "headless")
    assert crash_dialog.current_dialog() is None
    assert "ValueError: headless" in _log_text(log_path)


def test_keyboard_interrupt_goes_to_the_default_hook(monkeypatch, hook, log_path):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *info: seen.append(info[0]))
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert crash_dialog.current_dialog() is None
    assert "KeyboardInterrupt" not in _log_text(log_path)
