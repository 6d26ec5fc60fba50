"""Settings → Reference lists: the choices offered in forms (titles, categories, units…)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.rows import REF_KINDS
from wangmuang_desk.ui.settings.table_editing import commit_open_editor, no_default_button
from wangmuang_desk.ui.widgets.form_errors import FormErrors

KIND_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole  # on an entry: its text before the current edit


class RefListService(Protocol):
    def ref_list(self, kind: str, active_only: bool = True) -> list[str]: ...
    def save_ref_list(self, kind: str, labels: list[str]) -> None: ...


class ReferenceListsDialog(QDialog):
    def __init__(self, office_service: RefListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reference lists"))
        self.setModal(True)
        self._service = office_service
        kind_names = {
            "title": self.tr("Name titles"),
            "occupation_category": self.tr("Occupation categories"),
            "wisdom_branch": self.tr("Local-wisdom branches"),
            "otop_category": self.tr("OTOP categories"),
            "material_category": self.tr("Raw-material categories"),
            "unit": self.tr("Units"),
        }
        self._original = {kind: office_service.ref_list(kind) for kind in REF_KINDS}
        self._lists = {kind: list(labels) for kind, labels in self._original.items()}
        self._kind: str | None = None

        self.kinds = QListWidget(self)
        self.kinds.setObjectName("kinds")
        for kind in REF_KINDS:
            item = QListWidgetItem(kind_names.get(kind, kind))
            item.setData(KIND_ROLE, kind)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(240)

        self.heading = QLabel(self)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.entries = QListWidget(self)
        self.entries.setObjectName("entries")
        self.entries.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.entries.itemChanged.connect(self._on_renamed)
        self.entries.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.new_entry = QLineEdit(self)
        self.new_entry.setObjectName("new_entry")
        self.new_entry.setPlaceholderText(self.tr("New entry"))
        self.new_entry.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_entry)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self._move(1))
        self.errors = FormErrors({"new_entry": self.new_entry}, self)

        hint = QLabel(self.tr(
            "Double-click an entry to rename it. An entry removed is no longer offered in "
            "forms; records that already use it keep their text."), self)
        hint.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_entry, 1)
        add_row.addWidget(self.add_button)
        right = QGridLayout()
        right.addWidget(self.heading, 0, 0)
        right.addWidget(self.entries, 1, 0)
        right.addLayout(side, 1, 1)
        right.addLayout(add_row, 2, 0)
        right.setRowStretch(1, 1)

        lists = QHBoxLayout()
        lists.addWidget(self.kinds)
        lists.addLayout(right, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self.kinds.currentRowChanged.connect(self._show_kind)
        self.kinds.setCurrentRow(0)
        self.resize(720, 500)

    # -- what is being edited --------------------------------------------------------------

    def current_kind(self) -> str | None:
        return self._kind

    def labels(self, kind: str) -> list[str]:
        """The list of `kind` as edited so far (not yet saved)."""
        self._store_current()
        return list(self._lists[kind])

    def select_kind(self, kind: str) -> None:
        self.kinds.setCurrentRow(REF_KINDS.index(kind))

    # -- actions ---------------------------------------------------------------------------

    def add_entry(self) -> None:
        text = self.new_entry.text().strip()
        if not text:
            self.new_entry.setFocus()
            return
        existing = self._find(text)
        if existing is not None:
            self.entries.setCurrentItem(existing)
            self.errors.show_message("new_entry", self.tr("“{label}” is already in the list.")
                                     .format(label=text))
            return
        self.errors.clear()
        item = self._append(text)
        self.entries.setCurrentItem(item)
        self.entries.scrollToItem(item)
        self.new_entry.clear()
        self.new_entry.setFocus()

    def remove_entry(self) -> None:
        row = self.entries.currentRow()
        if row >= 0:
            self.entries.takeItem(row)
        self._update_buttons()

    def _move(self, step: int) -> None:
        commit_open_editor(self.entries)
        row = self.entries.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.entries.count():
            return
        item = self.entries.takeItem(row)
        self.entries.insertItem(other, item)
        self.entries.setCurrentRow(other)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The button box made Save the default while being shown; undo that here.
        no_default_button(self.buttons)

    def accept(self) -> None:
        self._store_current()
        for kind in REF_KINDS:
            if self._lists[kind] != self._original[kind]:
                self._service.save_ref_list(kind, self._lists[kind])
        super().accept()

    # -- internals -------------------------------------------------------------------------

    def _show_kind(self, row: int) -> None:
        self._store_current()
        self.errors.clear()
        item = self.kinds.item(row)
        self._kind = item.data(KIND_ROLE) if item is not None else None
        self.heading.setText(item.text() if item is not None else "")
        self.entries.clear()
        for label in self._lists.get(self._kind, []):
            self._append(label)
        self._update_buttons()

    def _store_current(self) -> None:
        if self._kind is None:
            return
        commit_open_editor(self.entries)
        self._lists[self._kind] = [
            self.entries.item(row).text().strip() for row in range(self.entries.count())]

    def _append(self, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(LABEL_ROLE, label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.entries.blockSignals(True)
        self.entries.addItem(item)
        self.entries.blockSignals(False)
        self._update_buttons()
        return item

    def _on_renamed(self, item: QListWidgetItem) -> None:
        text = item.text().strip()
        before = item.data(LABEL_ROLE)
        self.entries.blockSignals(True)
        if not text or self._find(text, other_than=item) is not None:
            # An empty or duplicate name would silently merge or drop the entry: undo it.
            item.setText(before)
            if text:
                self.errors.show_message("new_entry", self.tr(
                    "“{label}” is already in the list.").format(label=text), focus=False)
        else:
            item.setText(text)
            item.setData(LABEL_ROLE, text)
        self.entries.blockSignals(False)

    def _find(self, text: str, other_than: QListWidgetItem | None = None) -> QListWidgetItem | None:
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item is not other_than and item.text().strip() == text:
                return item
        return None

    def _update_buttons(self) -> None:
        row = self.entries.currentRow()
        has_row = 0 <= row < self.entries.count()
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < self.entries.count() - 1)
