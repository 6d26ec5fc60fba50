"""The main window: navigation on the left, one page per working area, menus for the office."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # already translated
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so start-up stays fast."""

    restoreRequested = Signal()  # app.py closes the database, restores, and reopens

    def __init__(
        self, services, actions: WindowActions, pages: list[PageSpec], *,
        status_later: bool = False,
    ) -> None:
        # status_later: the caller fills the status bar (refresh_status) once the first page
        # is up; the office's data is not needed to show that page (app.py, start-up).
        super().__init__()
        self.services = services
        self._specs = pages
        self._built: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Wang Muang SAO: occupational groups"))
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for spec in pages:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(160, 40))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self.show_page_at)

        actions.install(self)
        self._status_label = QLabel()
        self.statusBar().addPermanentWidget(self._status_label)
        self.profile = None
        if not status_later:
            self.refresh_status()
        if pages:
            self.nav.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        if key not in self._built:
            widget = self._specs[index].build()
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def show_page_at(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._specs[row].key)
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def refresh_pages(self) -> None:
        """After something changed underneath (restore, recycle bin), reload what is built."""
        for widget in self._built.values():
            refresh = getattr(widget, "refresh", None)
            if refresh:
                refresh()
        self.refresh_status()

    def refresh_status(self) -> None:
        profile = self.services.office.profile()
        self.profile = profile  # app.py reads it after building the window: one query, not two
        text = profile.name
        if profile.is_demo:
            text = self.tr("DEMO DATA: {name}").format(name=profile.name)
        self._status_label.setText(text)
        self.statusBar().showMessage(str(self.services.db.path))


class WindowActions:
    """The menus. Each action is a callable given by app.py so the window stays thin."""

    def __init__(self, handlers: dict[str, Callable[[], None]]) -> None:
        self.handlers = handlers

    def _act(self, window: QMainWindow, text: str, key: str, shortcut=None) -> QAction:
        # QAction(window) and setText, not QAction(text, window): choosing among the
        # constructors would make PySide build QIcon and its enums (ms of the start).
        action = QAction(window)
        action.setText(text)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        handler = self.handlers.get(key)
        if handler is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        return action

    def install(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(
            self._act(
                window, QCoreApplication.translate("MainWindow", "Back up now…"), "backup_now"
            )
        )
        file_menu.addAction(
            self._act(
                window,
                QCoreApplication.translate("MainWindow", "Restore from a backup…"),
                "restore",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._act(
                window, QCoreApplication.translate("MainWindow", "Recycle bin…"), "recycle_bin"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._act(
                window,
                QCoreApplication.translate("MainWindow", "Quit"),
                "quit",
                QKeySequence.StandardKey.Quit,
            )
        )
        settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
        settings_menu.addAction(
            self._act(
                window,
                QCoreApplication.translate("MainWindow", "Office profile…"),
                "office_profile",
            )
        )
        settings_menu.addAction(
            self._act(window, QCoreApplication.translate("MainWindow", "Villages…"), "villages")
        )
        settings_menu.addAction(
            self._act(
                window,
                QCoreApplication.translate("MainWindow", "Reference lists…"),
                "reference_lists",
            )
        )
        settings_menu.addAction(
            self._act(
                window,
                QCoreApplication.translate("MainWindow", "Training settings…"),
                "training_settings",
            )
        )
        settings_menu.addSeparator()
        settings_menu.addAction(
            self._act(window, QCoreApplication.translate("MainWindow", "Language…"), "language")
        )
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._act(
                window, QCoreApplication.translate("MainWindow", "About this program"), "about"
            )
        )
