"""The Thai translation: complete, compiled from the committed .ts, and actually shown.

Thai is the default language, so an English word left on a screen is a bug staff see daily.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from wangmuang_desk.ui import i18n  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
TS = I18N / "wangmuang_desk_th.ts"
QM = I18N / "wangmuang_desk_th.qm"
TOOL = REPO / "tools" / "update_translations.py"

THAI = re.compile(r"[\u0e00-\u0e7f]")
# {name}-style fields filled by str.format, and Qt's %n / %1 markers.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")
# A run of Latin letters: English words.
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay Latin in a Thai interface and may stand alone (a list entry, a language name).
LATIN_ALLOWED = re.compile(r"\b(?:OTOP|PDPA|English)\b")


def _messages() -> list[dict]:
    """Every message of the .ts: context, source, comment, numerus flag, translation texts."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            out.append({
                "context": name,
                "source": message.findtext("source", default=""),
                "comment": message.findtext("comment", default=""),
                "numerus": message.get("numerus") == "yes",
                "texts": forms or [translation.text or ""],
                "type": translation.get("type"),
            })
    return out


def _rendered(text: str) -> str:
    """What Qt paints for a text with mnemonics: "&&" is a literal "&", a single "&" vanishes."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


# --- (a) nothing left to translate ----------------------------------------------------------


def test_check_passes_and_leaves_the_tree_untouched():
    before = _snapshot(I18N)
    result = subprocess.run(
        [sys.executable, str(TOOL), "--check"],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all messages translated" in result.stdout
    # --check lupdates a temporary copy: the committed .ts and .qm must not change.
    assert _snapshot(I18N) == before


def test_ts_has_no_unfinished_or_empty_translation():
    messages = _messages()
    assert len(messages) > 300  # the whole program, not a stub
    unfinished = [m["source"] for m in messages
                  if m["type"] == "unfinished" or not all(t.strip() for t in m["texts"])]
    assert unfinished == []


# --- (b) the committed .qm is the compiled .ts ----------------------------------------------


def test_committed_qm_holds_every_translation_of_the_ts(qapp):
    # Compared through QTranslator rather than byte for byte: another lrelease version may lay
    # the file out differently while holding the same translations.
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for m in _messages():
        n = 1 if m["numerus"] else -1
        got = translator.translate(m["context"], m["source"], m["comment"] or None, n)
        if got != m["texts"][0]:
            stale.append((m["context"], m["source"], got, m["texts"][0]))
    assert stale == [], "run tools/update_translations.py to rebuild the .qm"


# --- (d) translations keep what the code fills in --------------------------------------------


def test_every_placeholder_survives_translation():
    broken = []
    for m in _messages():
        wanted = sorted(PLACEHOLDER.findall(m["source"]))
        for text in m["texts"]:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                broken.append((m["context"], m["source"], text))
    assert broken == []


def test_no_translation_shows_a_literal_ampersand():
    # Thai texts keep a mnemonic only as "(&F)" after the word, like Qt's own Thai buttons.
    wrong = []
    for m in _messages():
        for text in m["texts"]:
            if "&" in _rendered(text) or ("&" in text and "&" not in m["source"]):
                wrong.append((m["context"], m["source"], text))
    assert wrong == []


def test_every_translation_is_thai():
    # A source copied unchanged into the translation would pass --check yet stay English.
    english = [(m["context"], m["source"]) for m in _messages()
               if LATIN_WORD.search(PLACEHOLDER.sub("", m["source"]))
               and not all(THAI.search(t) for t in m["texts"])]
    assert english == []


# --- (c) the screens come out in Thai ---------------------------------------------------------


@pytest.fixture
def thai(qapp):
    i18n.install_translator(qapp, "th")
    yield qapp
    i18n.install_translator(qapp, "en")  # later tests expect the English source text


def _untranslated_texts(root: QWidget) -> list[str]:
    """Visible texts under `root` that are English words with no Thai in them."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(_rendered(widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())  # typed text is the user's data
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts.extend(
                str(widget.model().headerData(section, widget.orientation()) or "")
                for section in range(widget.count())
                if widget.orientation() == Qt.Orientation.Horizontal
            )
    return [t for t in texts
            if LATIN_WORD.search(LATIN_ALLOWED.sub("", t)) and not THAI.search(t)]


@pytest.fixture
def window(thai, services, villages, qtbot):
    from wangmuang_desk.ui.main_window import MainWindow, WindowActions
    from wangmuang_desk.ui.navigation import build_pages

    main = MainWindow(services, WindowActions({}), build_pages(services))
    qtbot.addWidget(main)
    return main


def test_main_window_menus_are_thai(window):
    assert THAI.search(window.windowTitle())
    titles = [_rendered(a.text()) for a in window.menuBar().actions()]
    assert len(titles) >= 3
    for title in titles:
        assert THAI.search(title), title
        assert "&" not in title
    items = [_rendered(a.text()) for menu in window.menuBar().actions()
             for a in menu.menu().actions() if not a.isSeparator()]
    assert items
    assert [t for t in items if not THAI.search(t) or "&" in t] == []


def test_navigation_and_every_page_are_thai(window):
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert len(labels) >= 5
    for label in labels:
        assert THAI.search(label), label
        assert "&" not in label
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = window.show_page(key)
        assert _untranslated_texts(page) == [], key


def test_person_dialog_and_its_validation_are_thai(thai, services, villages, qtbot):
    from wangmuang_desk.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(services, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == QCoreApplication.translate("PersonDialog", "Add a person")
    assert THAI.search(dialog.windowTitle())
    assert _untranslated_texts(dialog) == []
    dialog.save()  # nothing entered: the service refuses, the form says why in Thai
    message = dialog.errors.message("first_name")
    assert message == QCoreApplication.translate("Validation", "Enter the first name.")
    assert THAI.search(message)


def test_validation_messages_with_fields_are_thai(thai):
    from wangmuang_desk.services.errors import FieldProblem
    from wangmuang_desk.ui.widgets.form_errors import problem_text

    text = problem_text(FieldProblem(
        "citizen_id", "A national ID has 13 digits; this one has {count}.", {"count": 12}))
    assert THAI.search(text)
    assert "12" in text and "{" not in text


# (module, class, which service the constructor takes: "" = the whole Services object)
DIALOGS = {
    "household": ("ui.dialogs.household_dialog", "HouseholdDialog", ""),
    "occupation": ("ui.dialogs.occupation_dialog", "OccupationDialog", ""),
    "raw_material": ("ui.dialogs.raw_material_dialog", "RawMaterialDialog", ""),
    "sage": ("ui.dialogs.sage_dialog", "SageDialog", ""),
    "recycle_bin": ("ui.dialogs.recycle_bin_dialog", "RecycleBinDialog", "recycle_bin"),
    "office_profile": ("ui.settings.office_profile_dialog", "OfficeProfileDialog", "office"),
    "reference_lists": ("ui.settings.reference_lists_dialog", "ReferenceListsDialog", "office"),
    "villages": ("ui.settings.villages_dialog", "VillagesDialog", "office"),
}


@pytest.mark.parametrize("which", sorted(DIALOGS))
def test_dialogs_are_thai(thai, services, villages, qtbot, which):
    module_name, class_name, service = DIALOGS[which]
    module = importlib.import_module(f"wangmuang_desk.{module_name}")
    dialog = getattr(module, class_name)(getattr(services, service) if service else services)
    qtbot.addWidget(dialog)
    assert THAI.search(dialog.windowTitle()), dialog.windowTitle()
    assert _untranslated_texts(dialog) == []
