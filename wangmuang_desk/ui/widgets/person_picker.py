"""Choose one person from a registry of any size by typing part of a name, ID or phone.

After a short pause in typing the picker asks PeopleService.search for at most 20 matches and
shows them in a popup under the field; it never loads the whole registry, so it stays quick
with 200,000 people. The popup reads "name — Moo N, house no. X" so namesakes can be told apart.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QDynamicPropertyChangeEvent,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from wangmuang_desk.services.rows import PersonRow
from wangmuang_desk.ui.widgets.form_errors import INVALID_PROPERTY
from wangmuang_desk.ui.widgets.village_label import village_label  # noqa: F401 - re-export

# Explicit context (not self.tr()): it survives subclassing and lupdate reads this form.
translate = QCoreApplication.translate

SEARCH_LIMIT = 20  # a popup of 20 names is enough to choose from; more typing narrows it
DEBOUNCE_MS = 150  # wait for a pause in typing instead of searching on every keystroke
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleSearch(Protocol):
    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[PersonRow]: ...


def place_label(row: PersonRow) -> str:
    """Where a person lives, as staff say it: "Moo 2, house no. 12/3"."""
    parts = []
    if row.moo is not None:
        parts.append(translate("PersonPicker", "Moo {moo}").format(moo=row.moo))
    if row.house_no:
        house = translate("PersonPicker", "house no. {house_no}")
        parts.append(house.format(house_no=row.house_no))
    return " ".join(parts)


def person_label(row: PersonRow) -> str:
    place = place_label(row)
    return f"{row.full_name} — {place}" if place else row.full_name


class PersonPicker(QWidget):
    personChanged = Signal(object)  # PersonRow, or None when cleared / typed over

    def __init__(
        self,
        people: PeopleSearch,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        **qt_properties: Any,
    ) -> None:
        super().__init__(parent, **qt_properties)  # e.g. objectName="person_id"
        self._people = people
        self._person: PersonRow | None = None
        self._found: dict[int, PersonRow] = {}

        self._edit = QLineEdit(self)
        self._edit.setObjectName("personSearch")
        self._edit.setPlaceholderText(translate("PersonPicker", "Name, national ID or phone…"))
        self._clear_button = QToolButton(self)
        self._clear_button.setObjectName("clearPerson")
        self._clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self._clear_button.setToolTip(translate("PersonPicker", "Clear"))
        self._clear_button.setAccessibleName(translate("PersonPicker", "Clear"))
        self._clear_button.setAutoRaise(True)
        self._clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear_button.clicked.connect(self._clear_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._clear_button)
        self.setFocusProxy(self._edit)

        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        # The database already matched the words anywhere in the name, ID or phone; the
        # completer must show its rows as they are, not filter them again by prefix.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        # Attached with setWidget, not QLineEdit.setCompleter: choosing a row must not paste
        # its text into the field behind our back (set_person does that).
        self._completer.setWidget(self._edit)
        self._completer.activated[QModelIndex].connect(self._chosen)
        popup = self._completer.popup()
        popup.setObjectName("personPopup")
        popup.setUniformItemSizes(True)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)
        self._edit.textEdited.connect(self._typed)
        self._edit.installEventFilter(self)
        self._update_clear_button()

    # -- value -----------------------------------------------------------------------------

    def person(self) -> PersonRow | None:
        return self._person

    def person_id(self) -> int | None:
        return self._person.id if self._person is not None else None

    def set_person(self, row: PersonRow | None) -> None:
        """Show *row* as the chosen person (None: empty field)."""
        self._timer.stop()
        self._completer.popup().hide()
        changed = (row.id if row else None) != self.person_id()
        self._person = row
        self._edit.setText(person_label(row) if row is not None else "")
        self._edit.setCursorPosition(0)  # the name, not the tail of the address, stays in view
        self._update_clear_button()
        if changed:
            self.personChanged.emit(row)

    def clear(self) -> None:
        self.set_person(None)

    # -- for dialogs and tests -------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._edit

    def popup(self) -> QAbstractItemView:
        return self._completer.popup()

    def clear_button(self) -> QToolButton:
        return self._clear_button

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._edit.setPlaceholderText(text)

    # -- searching -------------------------------------------------------------------------

    def search_now(self) -> None:
        """Ask for the matches of the text typed (normally after the pause in typing)."""
        self._timer.stop()
        text = self._edit.text().strip()
        self._model.clear()
        self._found.clear()
        if not text:
            self._completer.popup().hide()
            return
        for row in self._people.search(text, SEARCH_LIMIT):
            item = QStandardItem(person_label(row))
            item.setData(row.id, _ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
            self._found[row.id] = row
        if not self._found:
            empty = QStandardItem(translate("PersonPicker", "No one found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._model.appendRow(empty)
        self._completer.setCompletionPrefix("")
        popup = self._completer.popup()
        # As wide as the longest "name — address" (a narrow field would cut namesakes' addresses
        # off, which is what tells them apart), but never narrower than the field.
        frame = popup.frameWidth() * 2 + popup.verticalScrollBar().sizeHint().width()
        width = max(self._edit.width(), popup.sizeHintForColumn(0) + frame)
        self._completer.complete(QRect(0, 0, width, self._edit.height()))
        if self._found:
            # The first match is highlighted: Enter takes it, arrows move on from it.
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.DynamicPropertyChange
            and isinstance(event, QDynamicPropertyChangeEvent)
            and bytes(event.propertyName().data()) == INVALID_PROPERTY.encode()
        ):
            # FormErrors marks the picker; the red border belongs on the field inside it.
            self._edit.setProperty(INVALID_PROPERTY, self.property(INVALID_PROPERTY))
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._person is None
            and self._edit.text().strip()
        ):
            # Enter before the pause ends searches now; it must not reach the dialog's
            # default button and save a form whose person is still only typed.
            self.search_now()
            return True
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        if self._person is not None:
            # Typing over a chosen person starts a new search: nobody is chosen meanwhile.
            self._person = None
            self.personChanged.emit(None)
        self._update_clear_button()
        self._timer.start()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        person_id = index.data(_ID_ROLE)
        row = self._found.get(person_id) if person_id is not None else None
        if row is not None:
            self.set_person(row)

    def _clear_clicked(self) -> None:
        self.clear()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_clear_button(self) -> None:
        self._clear_button.setEnabled(bool(self._edit.text()))
