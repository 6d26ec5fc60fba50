"""The GUI start as run_gui does it: open (check in the background), the window, every page.

A damaged file must still end in the restore offer with nothing of it read or written, and a
good one must open on every page and the recycle bin.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from wangmuang_desk import app as app_module
from wangmuang_desk.db import verified_stamp
from wangmuang_desk.db.backup import backup_database
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.db.verified_stamp import stamp_path
from wangmuang_desk.paths import backups_dir_for
from wangmuang_desk.services.demo import build_demo_database
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.workspace import start_opening


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "desk.sqlite3"
    build_demo_database(path, people=1500, seed=2, today=date(2026, 1, 15))
    return path


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


class FakeRestoreDialog:
    """Stands in for the modal RestoreDialog: records the offer, chooses as told."""

    offers: list[tuple[str, list]] = []
    choose_first = False

    def __init__(self, backups, problem: str = "", db_path=None, parent=None) -> None:
        self.backups = list(backups)
        self.chosen = None
        FakeRestoreDialog.offers.append((problem, self.backups))

    def exec(self) -> int:
        if FakeRestoreDialog.choose_first and self.backups:
            self.chosen = self.backups[0]
            return 1
        return 0


@pytest.fixture
def restore_offer(monkeypatch: pytest.MonkeyPatch):
    from wangmuang_desk.ui.dialogs import restore_dialog

    FakeRestoreDialog.offers = []
    FakeRestoreDialog.choose_first = False
    monkeypatch.setattr(restore_dialog, "RestoreDialog", FakeRestoreDialog)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    return FakeRestoreDialog


@pytest.mark.parametrize("opened_before_qt", [False, True])
def test_a_damaged_file_ends_in_the_restore_offer_untouched(
    qapp, demo, restore_offer, opened_before_qt: bool
) -> None:
    _damage(demo)
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    desk = app_module.DeskApp(demo)
    # As the command does it (cli._open_before_qt), or opened by DeskApp itself.
    opening = start_opening(demo) if opened_before_qt else None
    assert desk.open(opening) is False  # offered a restore, and none was chosen
    [(problem, _backups)] = restore_offer.offers
    assert "เสียหาย" in problem
    assert desk.workspace is None and desk.window is None
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before
    lock = InstanceLock(demo)
    lock.acquire()  # the refusal left nothing locked
    lock.release()


def test_a_file_open_elsewhere_is_refused_with_a_message(qapp, demo, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    with InstanceLock(demo):  # another window has it
        opening = start_opening(demo)
        desk = app_module.DeskApp(demo)
        assert desk.open(opening) is False
    assert len(shown) == 1 and desk.workspace is None


def test_choosing_a_backup_after_the_refusal_opens_it(qapp, demo, restore_offer) -> None:
    good = backup_database(demo, backups_dir_for(demo) / "wangmuang-desk-2026-01-15.sqlite3")
    _damage(demo)
    restore_offer.choose_first = True
    desk = app_module.DeskApp(demo)
    try:
        assert desk.open() is True
        assert desk.workspace is not None and desk.workspace.checked
        assert desk.workspace.services.people.count(ListQuery()) == 1500
    finally:
        desk.close()
    [(_problem, offered)] = restore_offer.offers
    assert offered[0].path == good


def _check_skipped(desk: app_module.DeskApp) -> bool:
    gate = desk.workspace.services.db.gate
    return gate is not None and gate.skip_reason is not None


def test_the_days_later_starts_skip_the_check_but_a_changed_file_is_still_refused(
    qapp, demo, restore_offer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="wangmuang_desk")
    for start in ("first of the day", "later that day"):
        desk = app_module.DeskApp(demo)
        assert desk.open(start_opening(demo, hold_backup=True)) is True  # as the command
        try:
            assert _check_skipped(desk) is (start == "later that day"), start
            assert desk.workspace.services.people.count(ListQuery()) == 1500
        finally:
            desk.close()  # clean: takes the held backup, then stamps the file
        assert stamp_path(demo).is_file()
    assert any("skipped" in r.getMessage() for r in caplog.records)

    # Damage after the clean close, with the size and modification time kept as stamped.
    st = demo.stat()
    _damage(demo)
    os.utime(demo, ns=(st.st_atime_ns, st.st_mtime_ns))
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    desk = app_module.DeskApp(demo)
    assert desk.open(start_opening(demo, hold_backup=True)) is False
    [(problem, _backups)] = restore_offer.offers
    assert "เสียหาย" in problem
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before
    assert not stamp_path(demo).exists()


def test_a_backup_restored_from_the_menu_is_checked_in_full(
    qtbot, demo, restore_offer, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamped: list[bool] = []
    record = verified_stamp.record
    monkeypatch.setattr(verified_stamp, "record",
                        lambda path, **kw: stamped.append(record(path, **kw)) or stamped[-1])
    desk = app_module.DeskApp(demo)
    assert desk.open() is True
    try:
        window = desk.show_window()
        qtbot.addWidget(window)
        desk.workspace.backup_now()
        restore_offer.choose_first = True
        desk.restore()  # closes (a clean close: stamped), restores, opens again
        assert stamped == [True]
        assert desk.workspace is not None and desk.window is not None
        qtbot.addWidget(desk.window)
        assert not _check_skipped(desk) and desk.workspace.checked
        assert desk.workspace.services.people.count(ListQuery()) == 1500
    finally:
        desk.close()


def test_every_page_and_the_recycle_bin_work_after_the_start(
    qtbot, demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wangmuang_desk.ui.dialogs import recycle_bin_dialog

    desk = app_module.DeskApp(demo)
    assert desk.open() is True
    try:
        window = desk.show_window()
        qtbot.addWidget(window)
        services = desk.workspace.services
        services.people.move_to_bin(1)  # something for the recycle bin to show
        for spec in window._specs:
            page = window.show_page(spec.key)
            model = page.table_model()
            qtbot.waitUntil(model.is_loaded)
            assert model.total() > 0, spec.key
            assert window.stack.currentWidget() is page
        seen: list[int] = []
        monkeypatch.setattr(recycle_bin_dialog.RecycleBinDialog, "exec",
                            lambda dialog: seen.append(len(dialog.items)) or 0)
        desk.recycle_bin()
        assert seen == [1]
    finally:
        desk.close()


def test_the_status_bar_and_the_first_start_wizard_follow_the_first_page(
    qtbot, demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The office's part of the window waits until the first page is up (app.WARM_UP_AFTER_MS):
    # it needs the office's service and models, which the first page does not.
    conn = sqlite3.connect(demo)
    with conn:
        conn.execute("UPDATE office_profile SET setup_done = 0")
    conn.close()
    from wangmuang_desk.ui.settings import first_start_wizard

    opened: list[int] = []
    monkeypatch.setattr(first_start_wizard.FirstStartWizard, "exec",
                        lambda wizard: opened.append(1) or 0)
    desk = app_module.DeskApp(demo)
    assert desk.open() is True
    try:
        window = desk.show_window()
        qtbot.addWidget(window)
        assert window.profile is None and opened == []
        qtbot.waitUntil(lambda: window.profile is not None and opened == [1], timeout=20_000)
        assert window.profile.name and window.profile.name in window._status_label.text()
        assert window.statusBar().currentMessage() == str(demo)
    finally:
        desk.close()


# Run in a fresh interpreter: the start the way the `wangmuang-desk` command does it (the
# opening begun before Qt loads, then DeskApp.open and show_window), then what it imported.
# "visit": every page and the recycle bin at once, so what the start left out loads on use;
# "idle": the event loop alone, so the warm-up after the start loads it ahead of the pages.
_START = r"""
import json, sys, time
from pathlib import Path

from PySide6.QtCore import QEventLoop

from wangmuang_desk import cli

path, opening = cli._open_before_qt(Path(sys.argv[1]))
from wangmuang_desk import app as app_module

if sys.argv[2] == "visit":
    app_module.WARM_UP_AFTER_MS = 10**9  # no warm-up: the pages load what they need
app = app_module.make_application(sys.argv[:1])
desk = app_module.DeskApp(path)
assert desk.open(opening)
window = desk.show_window()
report = {"at_start": sorted(sys.modules)}

if sys.argv[2] == "idle":
    deadline = time.monotonic() + 120
    while "wangmuang_desk.services.recycle_bin" not in sys.modules:
        assert time.monotonic() < deadline, "the warm-up did not finish"
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
else:
    pages = {}
    for spec in window._specs:
        page = window.show_page(spec.key)
        model = page.table_model()
        while not model.is_loaded():
            app.processEvents()
        pages[spec.key] = model.total()
    report["pages"] = pages
    services = desk.workspace.services
    services.people.move_to_bin(1)
    report["bin"] = [(item.kind, item.id) for item in services.recycle_bin.items()]
    try:
        services.recycle_bin.purge("person", 1)  # asks the group and training registers
        report["purge"] = "purged"
    except Exception as exc:
        report["purge"] = type(exc).__name__
from wangmuang_desk.db.base import Base

report["tables"] = sorted(Base.metadata.tables)
report["later"] = sorted(sys.modules)
desk.close()
print("REPORT " + json.dumps(report))
"""

# Loaded on first use, never by a normal start (design.md, performance budget).
_NOT_AT_START = (
    "wangmuang_desk.db.models.groups",
    "wangmuang_desk.db.models.training",
    "wangmuang_desk.db.models.planning",
    "wangmuang_desk.db.models.livelihood",
    "wangmuang_desk.services.groups",
    "wangmuang_desk.services.recycle_bin",
    "wangmuang_desk.ui.dialogs.person_dialog",
    "wangmuang_desk.ui.dialogs.crash_report_dialog",
    "reportlab",
    "openpyxl",
    "pythainlp",
    "alembic",
)
_LOADED_LATER = {
    "wangmuang_desk.db.models.office", "wangmuang_desk.db.models.people",
    "wangmuang_desk.db.models.groups", "wangmuang_desk.db.models.training",
    "wangmuang_desk.services.groups", "wangmuang_desk.services.recycle_bin",
}


def _start_in_a_fresh_interpreter(db: Path, mode: str) -> dict:
    import json
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _START, str(db), mode], capture_output=True, text=True,
        timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT "):])
    at_start = set(report["at_start"])
    assert "wangmuang_desk.services.people" in at_start  # the first page's own service
    # ... which lists people without the ORM models: none is declared before the first page.
    assert sorted(name for name in at_start if name.startswith("wangmuang_desk.db.models.")) == []
    assert [name for name in _NOT_AT_START if name in at_start] == []
    assert _LOADED_LATER <= set(report["later"])
    assert {"occupational_group", "group_member", "trainee"} <= set(report["tables"])
    return report


def test_a_normal_start_leaves_out_what_it_does_not_show_and_loads_it_on_use(demo) -> None:
    report = _start_in_a_fresh_interpreter(demo, "visit")
    # Every page opened on its rows, and the bin and its purge check found their models.
    assert set(report["pages"]) >= {"people", "households", "occupations", "raw_materials",
                                    "sages", "groups"}
    assert report["pages"]["people"] == 1500
    assert all(total > 0 for total in report["pages"].values()), report["pages"]
    assert report["bin"] == [["person", 1]]
    assert report["purge"] in ("purged", "InUseError")


def test_after_the_start_the_rest_loads_while_the_window_is_idle(demo) -> None:
    _start_in_a_fresh_interpreter(demo, "idle")
