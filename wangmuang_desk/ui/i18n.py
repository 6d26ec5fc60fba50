"""Interface language: Thai (the default) or English (the source text, no translator).

Two translators are installed for Thai:

* the program's own strings: resources/i18n/wangmuang_desk_th.qm (tools/update_translations.py);
* Qt's own strings (OK/Cancel/Close, wizard buttons, edit context menus): qtbase_th.qm from Qt's
  translations folder when Qt ships one, and resources/i18n/qtbase_th.qm on top of it. Qt 6
  ships no Thai qtbase translation, so the bundled file is what makes standard buttons Thai.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from wangmuang_desk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "th"
SOURCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("th", "en")
APP_CATALOG = "wangmuang_desk"

# QCoreApplication.installTranslator does not keep the Python object alive: hold them here.
_installed: list[QTranslator] = []


def _load(path: Path) -> QTranslator | None:
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not load translation %s", path)
        return None
    return translator


def _catalog_files(language: str) -> list[Path]:
    """Translation files for `language`, least specific first (later ones take precedence)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [
        qt_dir / f"qtbase_{language}.qm",
        resource_path("i18n", f"qtbase_{language}.qm"),
        resource_path("i18n", f"{APP_CATALOG}_{language}.qm"),
    ]


def install_translator(app: QCoreApplication, language: str) -> None:
    """Switch `app` to `language`, replacing translators installed by an earlier call.

    "en" installs nothing: English is the source text. Missing files are logged and skipped,
    so the program still starts (in English) if a translation was not built.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == SOURCE_LANGUAGE:
        return
    own_catalog = resource_path("i18n", f"{APP_CATALOG}_{language}.qm")
    if not own_catalog.is_file():
        log.warning("no translation for %r: %s is missing", language, own_catalog)
    # Qt searches the most recently installed translator first, so install the most specific
    # (the program's own strings) last.
    for path in _catalog_files(language):
        translator = _load(path)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)


def installed_translators() -> tuple[QTranslator, ...]:
    return tuple(_installed)


def current_language(settings: QSettings) -> str:
    """The saved interface language; Thai when unset or unknown."""
    value = settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    language = str(value) if value else DEFAULT_LANGUAGE
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def set_language(settings: QSettings, language: str) -> None:
    """Save the interface language (takes effect on the next install_translator call)."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
