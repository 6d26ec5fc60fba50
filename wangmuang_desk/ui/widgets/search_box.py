"""A search field that waits for a short pause in typing before it asks for results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

translate = QCoreApplication.translate

# Short: a search takes at most about 60 ms on 200,000 people, so searching after almost every
# key is affordable. 40 ms still merges keys that arrive together (auto-repeat, a burst from an
# input method) and leaves 60 ms of the 100 ms budget from the last key to the results.
DEBOUNCE_MS = 40


class SearchBox(QLineEdit):
    searchChanged = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        **qt_properties: Any,
    ) -> None:
        super().__init__(parent, **qt_properties)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(translate("SearchBox", "Search…"))
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)
        # textChanged also covers the clear button and setText().
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def search_text(self) -> str:
        return self.text().strip()

    def flush(self) -> None:
        """Emit now instead of after the pause (Enter, or a page that wants results at once)."""
        self._timer.stop()
        text = self.search_text()
        if text != self._emitted:
            self._emitted = text
            self.searchChanged.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        # An empty box lets Escape through, e.g. to close the dialog it sits in.
        super().keyPressEvent(event)
