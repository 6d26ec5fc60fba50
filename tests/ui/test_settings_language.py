import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel  # noqa: E402

from wangmuang_desk.ui.settings.language import LanguageDialog, choose_language_dialog  # noqa: E402


def answer_dialog(qtbot, choose_english: bool, button: QDialogButtonBox.StandardButton):
    """Once the modal dialog is up, click a language and then `button` (as a person would)."""

    def act():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, LanguageDialog)
            qtbot.waitExposed(dialog)
            radio = dialog.english if choose_english else dialog.thai
            # On the circle: the button is as wide as the dialog but only its text is clickable.
            qtbot.mouseClick(radio, Qt.MouseButton.LeftButton,
                             pos=QPoint(8, radio.height() // 2))
            box = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        finally:
            # A failed step must not leave the modal dialog (and the test) waiting forever.
            if dialog is not None and dialog.isVisible():
                dialog.done(-1)

    QTimer.singleShot(0, act)


def test_current_language_is_preselected(qtbot):
    thai = LanguageDialog("th")
    english = LanguageDialog("en")
    qtbot.addWidget(thai)
    qtbot.addWidget(english)
    assert thai.thai.isChecked() and thai.language() == "th"
    assert english.english.isChecked() and english.language() == "en"


def test_choosing_english_returns_en(qtbot):
    answer_dialog(qtbot, True, QDialogButtonBox.StandardButton.Ok)
    assert choose_language_dialog(None, "th") == "en"


def test_cancel_returns_none(qtbot):
    answer_dialog(qtbot, True, QDialogButtonBox.StandardButton.Cancel)
    assert choose_language_dialog(None, "th") is None


def test_dialog_says_the_change_needs_a_restart(qtbot):
    dialog = LanguageDialog("th")
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "The new language is used after the program is restarted." in notes
