"""The document font (TH Sarabun style) for PDF reports, registered with reportlab. No Qt.

The bundled family is Laksaman (TLWG, derived from TH Sarabun New); Debian packages no TTF of
Google's "Sarabun". reportlab is imported inside the functions: this module may be imported
at GUI start, reportlab only loads when a report is built.

Thai needs OpenType shaping (uharfbuzz) so tone marks and vowels sit right: without it ป่ keeps
its tone mark high, and ญ/ฐ keep their lower tails above ุ ู. reportlab 5 shapes text only when
asked, in three different ways:

* Paragraph: the style's `shaping` attribute, default 0. enable_shaping() turns the default on,
  so every ParagraphStyle made afterwards shapes (tables should hold Paragraphs, not strings).
* canvas.drawString(..., shaping=True): silently ignored unless the optional `rlbidi` package is
  installed. Use `shaped(text, font, size)` and draw the result instead.
* Table cells holding plain strings go through drawString as above: wrap them in Paragraphs.
"""

from __future__ import annotations

import re

from wangmuang_desk.paths import resource_path

DOCUMENT_FAMILY = "Laksaman"
DOCUMENT_FONT_SIZE = 16  # points: the size Thai government letters use

# reportlab font name -> bundled file
_FACES = {
    "Laksaman": "Laksaman.ttf",
    "Laksaman-Bold": "Laksaman-Bold.ttf",
    "Laksaman-Italic": "Laksaman-Italic.ttf",
    "Laksaman-BoldItalic": "Laksaman-BoldItalic.ttf",
}

_registered = False


def enable_shaping() -> None:
    """Make new ParagraphStyles shape text with HarfBuzz; raise if uharfbuzz is missing."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError as exc:  # a broken install: fail loudly rather than print wrong Thai
        raise RuntimeError("uharfbuzz is required to print Thai text correctly") from exc
    from reportlab.lib.styles import ParagraphStyle

    # reportlab has no global switch; ParagraphStyle copies this class-level dict on creation.
    ParagraphStyle.defaults["shaping"] = 1


def register_document_fonts() -> str:
    """Register the document family (4 faces) with reportlab once; return its family name."""
    global _registered
    if _registered:
        return DOCUMENT_FAMILY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    enable_shaping()
    for name, filename in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        DOCUMENT_FAMILY,
        normal="Laksaman",
        bold="Laksaman-Bold",
        italic="Laksaman-Italic",
        boldItalic="Laksaman-BoldItalic",
    )
    _registered = True
    return DOCUMENT_FAMILY


def shaped(
    text: str, font_name: str = DOCUMENT_FAMILY, font_size: float = DOCUMENT_FONT_SIZE
) -> str:
    """`text` shaped for canvas.drawString / drawCentredString / drawRightString.

    Returns reportlab's ShapedStr (a str subclass carrying glyph positions). The font must be
    registered first and the canvas set to the same font and size.
    """
    from reportlab.pdfbase.ttfonts import shapeStr

    return shapeStr(text, font_name, font_size)


# Shaped glyphs (low tone marks, ญ/ฐ without tails, ...) are the font's variant glyphs, which
# Laksaman also maps to the legacy Windows Thai private-use code points U+F700..U+F71A; so text
# extracted from a shaped PDF holds those code points. This table maps them back.
_PUA_TO_THAI = {
    0xF700: 0x0E10,  # ฐ without its tail
    0xF70F: 0x0E0D,  # ญ without its tail
    0xF710: 0x0E31,  # ั shifted left
    0xF711: 0x0E4D,  # ํ shifted left
    0xF712: 0x0E47,  # ็ shifted left
    0xF718: 0x0E38,  # ุ lowered
    0xF719: 0x0E39,  # ู lowered
    0xF71A: 0x0E3A,  # ฺ lowered
}
for _i in range(4):
    _PUA_TO_THAI[0xF701 + _i] = 0x0E34 + _i  # ิ ี ึ ื shifted left
for _i in range(5):
    _PUA_TO_THAI[0xF705 + _i] = 0x0E48 + _i  # tone marks, low and shifted left
    _PUA_TO_THAI[0xF70A + _i] = 0x0E48 + _i  # tone marks, low
    _PUA_TO_THAI[0xF713 + _i] = 0x0E48 + _i  # tone marks, shifted left
del _i

# HarfBuzz splits sara am (ำ) into nikhahit + sara aa, and puts a tone mark between them.
_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def normalize_extracted_text(text: str) -> str:
    """Turn text extracted from a shaped PDF (pypdf, pdftotext) back into plain Thai.

    For tests and checks that read PDFs back. Not perfect: a tone mark shifted left of a tall
    consonant (ปู่) may still come out in a different order.
    """
    return _SARA_AM.sub("\\1\u0e33", text.translate(_PUA_TO_THAI))
