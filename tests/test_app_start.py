"""The GUI start as run_gui does it: open (check in the background), the window, every page.

A damaged file must still end in the restore offer with nothing of it read or written, and a
good one must open on every page and the recycle bin.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from wangmuang_desk import app as app_module
from wangmuang_desk.db.backup import backup_database
from wangmuang_desk.db.lock import InstanceLock
from wangmuang_desk.paths import backups_dir_for
from wangmuang_desk.services.demo import build_demo_database
from wangmuang_desk.services.listing import ListQuery


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
    monkeypatch.setattr(app_module.QMessageBox, "information", lambda *_a, **_k: None)
    return FakeRestoreDialog


def test_a_damaged_file_ends_in_the_restore_offer_untouched(qapp, demo, restore_offer) -> None:
    _damage(demo)
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    desk = app_module.DeskApp(demo)
    assert desk.open() is False  # offered a restore, and none was chosen
    [(problem, _backups)] = restore_offer.offers
    assert "เสียหาย" in problem
    assert desk.workspace is None and desk.window is None
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before
    lock = InstanceLock(demo)
    lock.acquire()  # the refusal left nothing locked
    lock.release()


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
