"""Bundled fonts registered with Qt offscreen; the UI font covers Thai and Latin."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont  # noqa: E402

from wangmuang_desk.ui import fonts  # noqa: E402


def _has(raw: QRawFont, ch: str) -> bool:
    # By code point: PySide passes a str argument as a Latin-1 QChar, so Thai would read False.
    return raw.supportsCharacter(ord(ch))


@pytest.fixture
def families(qapp):
    return fonts.register_fonts()


def test_families_are_registered(families):
    available = set(QFontDatabase.families())
    assert families.ui == "Noto Sans Thai"
    assert families.document == "Laksaman"
    assert families.ui_fallbacks == ("Noto Sans",)
    assert {families.ui, families.document, *families.ui_fallbacks} <= available
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(
        QFontDatabase.styles(families.document)
    )


def test_registering_twice_loads_nothing_more(families, monkeypatch):
    def fail(_path):
        raise AssertionError("fonts were added a second time")

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", fail)
    assert fonts.register_fonts() is families


def test_ui_family_renders_thai(families):
    font = QFont(families.ui, 11)
    assert QFontInfo(font).family() == families.ui  # the bundled font, not a substitute
    assert QFontMetrics(font).inFontUcs4(ord("ก"))
    raw = QRawFont.fromFont(font)
    assert all(_has(raw, ch) for ch in "กญฐปู่้ำ")


def test_latin_comes_from_the_bundled_fallback(families):
    thai_only = QRawFont.fromFont(QFont(families.ui))
    latin = QRawFont.fromFont(QFont(families.ui_fallbacks[0]))
    assert not _has(thai_only, "A")  # why the fallback is needed at all
    assert all(_has(latin, ch) for ch in "AZaz09/-")


def test_document_family_has_thai_and_latin(families):
    raw = QRawFont.fromFont(QFont(families.document))
    assert all(_has(raw, ch) for ch in "กฮA9")


def test_apply_ui_font_sets_the_application_font(qapp, families):
    before = qapp.font()
    try:
        font = fonts.apply_ui_font(qapp, point_size=12)
        assert qapp.font().families() == [families.ui, *families.ui_fallbacks]
        assert qapp.font().pointSize() == 12
        assert font == qapp.font()
    finally:
        qapp.setFont(before)
