"""One occupational group: a header with its name and status, and a tab per part of its record.

The basic data, status, members, committee and "know ourselves" tabs live here; the ledger,
products, plan and history tabs are separate modules added when they are installed. A new
group has only its basic data until the first save creates it. Tabs load when shown, so
switching to one always shows what the others have just changed.
"""

from __future__ import annotations

import importlib
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError
from wangmuang_desk.ui.groups.basic_tab import BasicTab
from wangmuang_desk.ui.groups.committee_tab import CommitteeTab
from wangmuang_desk.ui.groups.group_form_tab import GroupFormTab
from wangmuang_desk.ui.groups.group_widgets import StatusBadge, confirm_discard
from wangmuang_desk.ui.groups.know_ourselves_tab import KnowOurselvesTab
from wangmuang_desk.ui.groups.labels import group_type_label
from wangmuang_desk.ui.groups.members_tab import MembersTab
from wangmuang_desk.ui.groups.status_tab import StatusTab
from wangmuang_desk.ui.widgets.person_picker import village_label

translate = QCoreApplication.translate

_PACKAGE = "wangmuang_desk.ui.groups"
# Characters Windows does not allow in a file name; a group name may hold "/" (กลุ่ม ก/ข).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


def _optional(module: str, name: str) -> Callable[..., QWidget] | None:
    """A tab class from ui/groups/<module>.py, or None when that module is not installed."""
    full_name = f"{_PACKAGE}.{module}"
    try:
        return getattr(importlib.import_module(full_name), name)
    except ModuleNotFoundError as exc:
        if exc.name == full_name:
            return None
        raise


def tab_specs() -> list[tuple[str, str, Callable[[], Callable[..., QWidget] | None]]]:
    """(key, title, how to get the tab's class) in the order the tabs appear."""
    return [
        ("status", translate("GroupWindow", "Status"), lambda: StatusTab),
        ("members", translate("GroupWindow", "Members"), lambda: MembersTab),
        ("committee", translate("GroupWindow", "Committee"), lambda: CommitteeTab),
        (
            "ledger",
            translate("GroupWindow", "Savings and capital"),
            lambda: _optional("ledger_tab", "LedgerTab"),
        ),
        (
            "products",
            translate("GroupWindow", "Products"),
            lambda: _optional("products_tab", "ProductsTab"),
        ),
        ("know_ourselves", translate("GroupWindow", "Know ourselves"), lambda: KnowOurselvesTab),
        (
            "plan",
            translate("GroupWindow", "Plan"),
            lambda: _optional("plan_tab", "PlanTab"),
        ),
        (
            "history",
            translate("GroupWindow", "Support received"),
            lambda: _optional("history_tab", "HistoryTab"),
        ),
    ]


class GroupWindow(QDialog):
    def __init__(self, services, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GroupWindow")
        self.services = services
        self.group_id = group_id
        self.changed = False  # something was saved: the group list refreshes
        self._tabs: dict[str, QWidget] = {}
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.name_label = QLabel(objectName="groupName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = StatusBadge()
        self.details = QLabel(objectName="groupDetails")
        self.print_button = QPushButton(
            translate("GroupWindow", "Print group register…"), objectName="printRegister"
        )
        self.print_button.setToolTip(
            translate(
                "GroupWindow",
                "Registration form, committee and member lists and the founding minutes, as PDF",
            )
        )
        self.print_button.clicked.connect(self.print_register)
        self.close_button = QPushButton(translate("GroupWindow", "Close"), objectName="close")
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)

        heading = QHBoxLayout()
        names = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        names.addLayout(title_row)
        names.addWidget(self.details)
        heading.addLayout(names, 1)
        heading.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setUsesScrollButtons(True)  # nine tabs in Thai may not fit a narrow window
        self.basic = BasicTab(services, group_id)
        self.basic.saved.connect(self._basic_saved)
        self._add_tab("basic", translate("GroupWindow", "Basic data"), self.basic)
        if group_id is None:
            for key, title, _make in tab_specs():
                placeholder = QWidget()
                index = self.tabs.addTab(placeholder, title)
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(
                    index, translate("GroupWindow", "Save the basic data first.")
                )
                self._tabs[key] = placeholder
        else:
            self._add_group_tabs()
        self.tabs.currentChanged.connect(self._tab_shown)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.refresh_header()  # raises NotFoundError for a group that is gone: the page says so
        self.resize(self._natural_size())

    # -- tabs ------------------------------------------------------------------------------

    def tab(self, key: str) -> QWidget | None:
        """The tab called `key` ("basic", "status", "members", ...); None if not installed."""
        return self._tabs.get(key)

    def show_tab(self, key: str) -> QWidget:
        widget = self._tabs[key]
        self.tabs.setCurrentWidget(widget)
        return widget

    def _add_tab(self, key: str, title: str, widget: QWidget) -> None:
        self._tabs[key] = widget
        self.tabs.addTab(widget, title)
        changed = getattr(widget, "changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self._data_changed)
        if isinstance(widget, GroupFormTab) and widget is not self.basic:
            widget.saved.connect(lambda _group_id: self._data_changed())

    def _add_group_tabs(self) -> None:
        for key, title, make in tab_specs():
            tab_class = make()
            if tab_class is not None:
                self._add_tab(key, title, tab_class(self.services, self.group_id))

    def _basic_saved(self, group_id: int) -> None:
        if self.group_id is None:
            self.group_id = group_id
            current = self.tabs.currentIndex()
            while self.tabs.count() > 1:  # the placeholders go, the real tabs come
                placeholder = self.tabs.widget(1)
                self.tabs.removeTab(1)
                placeholder.deleteLater()
            self._tabs = {"basic": self.basic}
            self._add_group_tabs()
            self.tabs.setCurrentIndex(current)
        self._data_changed()

    def _data_changed(self) -> None:
        self.changed = True
        try:
            self.refresh_header()
        except NotFoundError:
            pass  # moved to the bin meanwhile: the tabs say so when they save

    def _tab_shown(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh) and widget.isEnabled():
            try:
                refresh()
            except NotFoundError:
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    translate("GroupWindow", "This group is no longer in the registry."),
                )

    # -- header ----------------------------------------------------------------------------

    def refresh_header(self) -> None:
        if self.group_id is None:
            self.setWindowTitle(translate("GroupWindow", "New group"))
            self.name_label.setText(translate("GroupWindow", "New group"))
            self.badge.set_status("")
            self.details.setText(
                translate("GroupWindow", "Enter the basic data and save; the other tabs open then.")
            )
            self.print_button.setEnabled(False)
            return
        row = self.services.groups.get_row(self.group_id)
        self.setWindowTitle(translate("GroupWindow", "Group: {name}").format(name=row.name))
        self.name_label.setText(row.name)
        self.badge.set_status(row.status)
        # A plain name as the count: lupdate (PySide6 6.11) skips calls whose count is an
        # attribute expression.
        count = row.member_count
        parts = [
            group_type_label(row.group_type),
            village_label(row.moo, row.village_name),
            translate("GroupWindow", "%n member(s)", "", count),
        ]
        self.details.setText(" · ".join(p for p in parts if p))
        self.print_button.setEnabled(True)

    # -- the group register ----------------------------------------------------------------

    def print_register(self) -> None:
        """Make the group register PDF in a temporary folder and preview it there (print and
        save a copy from the preview); the folder goes when the preview closes."""
        if self.group_id is None:
            return
        # Heavy (reportlab, QtPdf): loaded the first time a document is made.
        from wangmuang_desk.reports.group_register import build_group_register
        from wangmuang_desk.services.group_documents import group_register_data
        from wangmuang_desk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        with tempfile.TemporaryDirectory(prefix="wangmuang-group-") as folder:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = group_register_data(self.services.db, self.group_id)
                path = build_group_register(data, Path(folder) / "group-register.pdf")
            except NotFoundError:
                QApplication.restoreOverrideCursor()
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    translate("GroupWindow", "This group is no longer in the registry."),
                )
                return
            except OSError as exc:
                QApplication.restoreOverrideCursor()
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    translate(
                        "GroupWindow", "The group register could not be made: {error}"
                    ).format(error=exc.strerror or str(exc)),
                )
                return
            QApplication.restoreOverrideCursor()
            name = _NOT_IN_FILE_NAMES.sub(" ", data.name).strip()
            preview = PdfPreviewDialog(
                path,
                translate("GroupWindow", "Group register: {name}").format(name=data.name),
                translate("GroupWindow", "Group register {name}.pdf").format(name=name),
                self,
            )
            try:
                preview.exec()
            finally:
                preview.close()
                preview.deleteLater()

    # -- closing and keys ------------------------------------------------------------------

    def unsaved_tabs(self) -> list[GroupFormTab]:
        return [w for w in self._tabs.values() if isinstance(w, GroupFormTab) and w.has_changes()]

    def reject(self) -> None:
        # Escape, Close and the window's close button all come here.
        if self.unsaved_tabs() and not confirm_discard(self):
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Enter moves to the next field, as in the other forms: it must not press a button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            self._tab_shown(self.tabs.currentIndex())

    def _natural_size(self) -> QSize:
        screen = self.screen().availableGeometry()
        return QSize(min(1000, screen.width() * 95 // 100), min(700, screen.height() * 90 // 100))
