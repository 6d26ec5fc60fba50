"""GUI start-up and the controller behind the menus (wires services to screens).

Only what the first window needs is imported at start; dialogs and pages import on first use,
and so does QMessageBox (PySide makes each Qt class with its enums on first use: ms each).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from wangmuang_desk import __version__
from wangmuang_desk.logging_setup import current_log_path, setup_logging
from wangmuang_desk.paths import default_database_path
from wangmuang_desk.services.workspace import (
    AlreadyOpenError,
    DatabaseOpenError,
    Workspace,
    list_backups,
    open_workspace,
    restore_into,
)
from wangmuang_desk.ui.crash_dialog import install_excepthook
from wangmuang_desk.ui.fonts import apply_ui_font, register_fonts
from wangmuang_desk.ui.i18n import current_language, install_translator, set_language
from wangmuang_desk.ui.main_window import MainWindow, WindowActions
from wangmuang_desk.ui.navigation import build_pages

log = logging.getLogger(__name__)
# How long after the window is shown the status bar, the warm-up and the day's backup start:
# time for the first page to fetch and paint its rows first (under 200 ms on the
# 200,000-person stress database).
WARM_UP_AFTER_MS = 500


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("wangmuang-desk")
    app.setApplicationName("wangmuang-desk")
    app.setApplicationVersion(__version__)
    register_fonts()
    apply_ui_font(app)
    install_translator(app, current_language(QSettings()))
    return app


class DeskApp:
    """Owns the open workspace and the main window; reopens both after a restore."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None

    # --- opening ---------------------------------------------------------------------------
    def open(self, opening: Callable[[], Workspace] | None = None) -> bool:
        """Open the database, offering to restore a backup when it is refused.

        True once the file is open and has passed its damage check. The check of a large
        file runs in the background (services.workspace), begun before SQLAlchemy and Qt
        loaded; the window is built only after it passed, so staff never see or edit a
        damaged file, exactly as when the check came first. `opening` is an opening started
        before Qt loaded (workspace.start_opening, from cli.py): its result, good or
        refused, is taken as the first attempt.
        """
        attempt = opening or self._open_afresh
        while True:
            try:
                self.workspace = attempt()
                self.workspace.require_checked()
                return True
            except AlreadyOpenError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("DeskApp", "Database already open"),
                    exc.message_th,
                )
                return False
            except DatabaseOpenError as exc:
                self.close()  # the lock, and the engine that never connected
                log.error("database refused: %s", exc)
                if not self._offer_restore(exc):
                    return False
            attempt = self._open_afresh

    def _open_afresh(self) -> Workspace:
        return open_workspace(self.db_path, hold_backup=True)  # until the window is up

    def _offer_restore(self, exc: DatabaseOpenError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from wangmuang_desk.ui.dialogs.restore_dialog import RestoreDialog

        backups = list_backups(self.db_path)
        dialog = RestoreDialog(backups, problem=exc.message_th, db_path=self.db_path)
        if not dialog.exec() or dialog.chosen is None:
            return False
        kept = restore_into(self.db_path, dialog.chosen.path)
        QMessageBox.information(
            None,
            QCoreApplication.translate("DeskApp", "Backup restored"),
            QCoreApplication.translate(
                "DeskApp", "The backup was restored. The file it replaced was kept as:\n{path}"
            ).format(path=kept or "-"),
        )
        return True

    def show_window(self) -> MainWindow:
        assert self.workspace is not None
        services = self.workspace.services
        handlers = {
            "backup_now": self.backup_now,
            "restore": self.restore,
            "recycle_bin": self.recycle_bin,
            "quit": QApplication.closeAllWindows,
            "office_profile": self.office_profile,
            "villages": self.villages,
            "reference_lists": self.reference_lists,
            "training_settings": self.training_settings,
            "language": self.language,
            "about": self.about,
        }
        window = MainWindow(
            services, WindowActions(handlers), build_pages(services), status_later=True)
        self.window = window
        window.show()
        _resume_garbage_collection()
        # What the first page does not need comes once it is up: the office in the status bar
        # (with the office's models and service), the first-start wizard on a file not set up
        # yet, then the rest of the models and services; and the day's backup, which copies
        # the whole file, so it does not compete with the start for the processor.
        QTimer.singleShot(WARM_UP_AFTER_MS, lambda: self._finish_window(window))
        self._warm_up_later()
        QTimer.singleShot(WARM_UP_AFTER_MS, self.workspace.allow_daily_backup)
        return window

    def _finish_window(self, window: MainWindow) -> None:
        """The window's office part, left out of its first paint (show_window)."""
        if self.window is not window or self.workspace is None:
            return  # closed or restored meanwhile
        window.refresh_status()
        if not window.profile.setup_done:
            from wangmuang_desk.ui.settings.first_start_wizard import FirstStartWizard

            FirstStartWizard(self.workspace.services.office, window).exec()
            window.refresh_pages()

    def _warm_up_later(self) -> None:
        """Once the first page is up, load what the start left out, one step per turn.

        The start loads only the first page's service, and no models (design.md, start-up
        budget); without this the first opening of another page (the groups, with their
        models) would load them and take longer than a page may (300 ms). Each step is a
        short import, so the window stays responsive between them.
        """
        workspace = self.workspace
        assert workspace is not None
        steps = workspace.warm_up_steps()

        def step() -> None:
            if self.workspace is not workspace or not steps:
                return  # closed or restored meanwhile, or done
            try:
                steps.pop(0)()
            except Exception:  # the page that needs it will load it and say what is wrong
                log.exception("loading ahead after the start failed")
                return
            QTimer.singleShot(0, step)

        QTimer.singleShot(WARM_UP_AFTER_MS, step)

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    # --- menu handlers ---------------------------------------------------------------------
    def backup_now(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        assert self.workspace is not None
        default = self.workspace.backups_dir / f"wangmuang-desk-{_stamp()}.sqlite3"
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("DeskApp", "Back up the database to"),
            str(default),
            QCoreApplication.translate("DeskApp", "Database (*.sqlite3)"),
        )
        if not target:
            return
        try:
            out = self.workspace.backup_now(Path(target))
        except OSError as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("DeskApp", "Backup failed"), str(exc)
            )
            return
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("DeskApp", "Backup done"),
            QCoreApplication.translate("DeskApp", "The backup was written to:\n{path}").format(
                path=out
            ),
        )

    def restore(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from wangmuang_desk.ui.dialogs.restore_dialog import RestoreDialog

        assert self.workspace is not None
        dialog = RestoreDialog(self.workspace.backups(), db_path=self.db_path, parent=self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        # Close everything that holds the file, put the backup in place, open it again.
        old_window = self.window
        self.close()
        kept = restore_into(self.db_path, dialog.chosen.path)
        if not self.open():
            QApplication.quit()
            return
        self.show_window()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
            gc.unfreeze()  # the first window was frozen with the start: let it be collected
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("DeskApp", "Backup restored"),
            QCoreApplication.translate(
                "DeskApp", "The backup was restored. The file it replaced was kept as:\n{path}"
            ).format(path=kept or "-"),
        )

    def recycle_bin(self) -> None:
        from wangmuang_desk.ui.dialogs.recycle_bin_dialog import RecycleBinDialog

        assert self.workspace is not None and self.window is not None
        RecycleBinDialog(self.workspace.services.recycle_bin, self.window).exec()
        self.window.refresh_pages()

    def office_profile(self) -> None:
        from wangmuang_desk.ui.settings.office_profile_dialog import OfficeProfileDialog

        assert self.workspace is not None and self.window is not None
        if OfficeProfileDialog(self.workspace.services.office, self.window).exec():
            self.window.refresh_status()

    def villages(self) -> None:
        from wangmuang_desk.ui.settings.villages_dialog import VillagesDialog

        assert self.workspace is not None and self.window is not None
        if VillagesDialog(self.workspace.services.office, self.window).exec():
            self.window.refresh_pages()

    def training_settings(self) -> None:
        from wangmuang_desk.ui.trainings.training_settings_dialog import TrainingSettingsDialog

        assert self.workspace is not None
        TrainingSettingsDialog(self.workspace.services, self.window).exec()

    def reference_lists(self) -> None:
        from wangmuang_desk.ui.settings.reference_lists_dialog import ReferenceListsDialog

        assert self.workspace is not None
        ReferenceListsDialog(self.workspace.services.office, self.window).exec()

    def language(self) -> None:
        from wangmuang_desk.ui.settings.language import choose_language_dialog

        settings = QSettings()
        choice = choose_language_dialog(self.window, current_language(settings))
        if choice:
            set_language(settings, choice)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("DeskApp", "About this program"),
            QCoreApplication.translate(
                "DeskApp",
                "wangmuang-desk {version}\nThe occupational-group desk of Wang Muang Subdistrict "
                "Administrative Organization.\nDatabase: {path}\nLog: {log}",
            ).format(version=__version__, path=self.db_path, log=current_log_path() or "-"),
        )


def _resume_garbage_collection() -> None:
    """Switch the collector back on after the start paused it (cli._open_before_qt).

    What the start made lives as long as the program, so it is frozen first: later
    collections then skip those ~120,000 objects instead of pausing the screen for tens of
    milliseconds each time. Started another way (tests), nothing was paused: no change.
    """
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def _stamp() -> str:
    from datetime import datetime

    return f"{datetime.now():%Y%m%d-%H%M%S}"


def run_gui(db_path: Path | None = None, opening: Callable[[], Workspace] | None = None) -> int:
    """The program's window on `db_path` (default: the user data folder).

    `opening`: the file's opening, started before Qt loaded (cli.py); None opens it here.
    """
    setup_logging()
    install_excepthook(current_log_path)
    app = make_application()
    # Again, now that the application exists: reports from other threads (the background
    # check and backup) can only reach the crash dialog through a bridge made with it.
    install_excepthook(current_log_path)
    desk = DeskApp(Path(db_path) if db_path else default_database_path())
    if not desk.open(opening):
        return 1
    desk.show_window()
    try:
        return app.exec()
    finally:
        desk.close()
