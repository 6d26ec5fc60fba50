"""Interface language: Thai standard buttons, English with no translator, saved choice."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard  # noqa: E402

from wangmuang_desk.ui import i18n  # noqa: E402

SB = QDialogButtonBox.StandardButton


@pytest.fixture
def english_afterwards(qapp):
    yield qapp
    i18n.install_translator(qapp, "en")


def _button_texts() -> dict[str, str]:
    box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Close | SB.Save)
    return {
        name: box.button(getattr(SB, name)).text() for name in ("Ok", "Cancel", "Close", "Save")
    }


def test_thai_translates_qt_standard_texts(english_afterwards):
    app = english_afterwards
    i18n.install_translator(app, "th")
    assert _button_texts() == {"Ok": "ตกลง", "Cancel": "ยกเลิก", "Close": "ปิด", "Save": "บันทึก"}
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton).startswith("ถัดไป")
    assert wizard.buttonText(QWizard.WizardButton.FinishButton).startswith("เสร็จสิ้น")
    line_edit = QLineEdit()  # kept in a name: the menu is its child
    menu_texts = [a.text() for a in line_edit.createStandardContextMenu().actions()]
    assert any(text.startswith("คัดลอก") for text in menu_texts)
    assert i18n.installed_translators()  # references kept, so Qt's pointers stay valid


def test_english_installs_nothing_and_undoes_thai(english_afterwards):
    app = english_afterwards
    i18n.install_translator(app, "th")
    i18n.install_translator(app, "en")
    assert i18n.installed_translators() == ()
    assert _button_texts()["Ok"] == "OK"


def test_switching_twice_does_not_stack_translators(english_afterwards):
    app = english_afterwards
    i18n.install_translator(app, "th")
    count = len(i18n.installed_translators())
    i18n.install_translator(app, "th")
    assert len(i18n.installed_translators()) == count


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_language_defaults_to_thai(settings):
    assert i18n.current_language(settings) == "th"


def test_language_choice_is_saved(settings):
    i18n.set_language(settings, "en")
    assert i18n.current_language(settings) == "en"
    assert settings.value("ui/language") == "en"


def test_unknown_saved_language_falls_back_to_thai(settings):
    settings.setValue("ui/language", "xx")
    assert i18n.current_language(settings) == "th"
    with pytest.raises(ValueError):
        i18n.set_language(settings, "xx")
