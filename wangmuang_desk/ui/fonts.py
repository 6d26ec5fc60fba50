"""Bundled fonts for the screen, registered with Qt once.

The UI family is Noto Sans Thai. It holds only Thai letters (not even Latin digits), so the
application font lists Noto Sans after it: Qt takes each character from the first family that
has it, and Latin text then comes from a bundled font too instead of whatever the PC has.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from wangmuang_desk.paths import resource_path

log = logging.getLogger(__name__)

UI_FAMILY = "Noto Sans Thai"
UI_LATIN_FAMILY = "Noto Sans"
DOCUMENT_FAMILY = "Laksaman"


@dataclass(frozen=True)
class FontFamilies:
    ui: str
    document: str
    ui_fallbacks: tuple[str, ...] = ()


_families: FontFamilies | None = None


def register_fonts() -> FontFamilies:
    """Add every bundled .ttf to Qt's font database (once) and name the families to use.

    Needs a QGuiApplication. A missing or unreadable file is logged, not raised: the program
    stays usable with the system's fonts.
    """
    global _families
    if _families is not None:
        return _families
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication")

    loaded: set[str] = set()
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    for family in (UI_FAMILY, UI_LATIN_FAMILY, DOCUMENT_FAMILY):
        if family not in loaded:
            log.warning("bundled font family %r is missing", family)

    fallbacks = (UI_LATIN_FAMILY,) if UI_LATIN_FAMILY in loaded else ()
    _families = FontFamilies(ui=UI_FAMILY, document=DOCUMENT_FAMILY, ui_fallbacks=fallbacks)
    return _families


def ui_font(point_size: int = 11) -> QFont:
    """The bundled UI font at `point_size`, with its Latin fallback."""
    families = register_fonts()
    font = QFont()
    font.setFamilies([families.ui, *families.ui_fallbacks])
    font.setPointSize(point_size)
    return font


def apply_ui_font(app: QGuiApplication, point_size: int = 11) -> QFont:
    """Make the bundled UI font the application default; returns the font set."""
    font = ui_font(point_size)
    app.setFont(font)
    return font
