"""Comparing text read back from a shaped PDF with the text that was printed. No reportlab.

For tests and checks. Extraction from a shaped PDF is lossy in ways that say nothing about the
page: shaped glyphs come out as legacy private-use code points (see fonts.py), sara am as
nikhahit + sara aa, and a mark HarfBuzz moved (the tone of ปู่, shifted left of the tall ป)
may come out before its vowel or after an inserted space. `comparable` folds all of that away;
apply it to both sides of a comparison.
"""

from __future__ import annotations

import unicodedata

from wangmuang_desk.reports.fonts import normalize_extracted_text
from wangmuang_desk.thai.wrap import starts_with_combining_mark


def comparable(text: str) -> str:
    """`text` without whitespace, sara am split, each run of marks in code-point order."""
    text = normalize_extracted_text("".join(text.split())).replace("\u0e33", "\u0e4d\u0e32")
    out: list[str] = []
    marks: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if starts_with_combining_mark(ch):
            marks.append(ch)
            continue
        out += sorted(marks)
        marks = []
        out.append(ch)
    return "".join(out + sorted(marks))
