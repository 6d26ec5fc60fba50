"""Reading a made PDF back for the training documents' tests: each page's text, a phrase
looked for as the eye reads it, and the fonts the file embeds.

Not a test module: the test modules import it by name (conftest.py puts this folder on
sys.path, which pytest's importlib mode does not do).
"""

from __future__ import annotations

from pypdf import PdfReader

from wangmuang_desk.reports.fonts import normalize_extracted_text
from wangmuang_desk.reports.pdf.readback import comparable


def page_texts(path) -> list[str]:
    return [normalize_extracted_text(p.extract_text()) for p in PdfReader(path).pages]


def has_text(text: str, part: str) -> bool:
    return comparable(part) in comparable(text)


def embedded_fonts(path) -> set[str]:
    """The fonts' names; each must be embedded whole in the file (a TrueType font file)."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names
