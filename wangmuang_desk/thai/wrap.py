"""Line breaking for Thai text, which has no spaces between words.

Breaks fall between words found by PyThaiNLP's dictionary tokenizer
("newmm", which ships its word list and needs no download). A word wider
than a line is split between character clusters, never in front of a vowel
or tone mark written above or below the consonant.
"""

import unicodedata
from collections.abc import Callable
from functools import cache

# Vowels above/below and tone marks: they render on the preceding consonant.
_THAI_COMBINING = frozenset(
    ["\u0e31", *map(chr, range(0x0E34, 0x0E3B)), *map(chr, range(0x0E47, 0x0E4F))]
)
_SARA_AM = "\u0e33"  # spacing, but part of the syllable before it (น้ำ)
# เ แ โ ใ ไ are written before their consonant and must stay with it.
_PREPOSED_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
_ZWJ = "\u200d"


@cache
def _word_tokenize() -> Callable[..., list[str]]:
    # PyThaiNLP is slow to import; load it only when text is first wrapped.
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def _is_combining(ch: str) -> bool:
    return ch in _THAI_COMBINING or unicodedata.category(ch).startswith("M")


def starts_with_combining_mark(line: str) -> bool:
    """True if *line* begins with a combining mark (it would float on nothing)."""
    return bool(line) and _is_combining(line[0])


def split_words(text: str) -> list[str]:
    """Split *text* into words and whitespace runs; joining them gives *text*."""
    if not text:
        return []
    words = _word_tokenize()(text, engine="newmm", keep_whitespace=True)
    if "".join(words) != text:
        # Never lose characters, even if a tokenizer version normalises text.
        return [text]
    return words


def _clusters(word: str) -> list[str]:
    """Split *word* where a line may break inside it.

    Marks, SARA AM and ZWJ stay with the character before them, and a
    preposed vowel stays with the consonant after it.
    """
    clusters: list[str] = []
    for ch in word:
        joins_previous = bool(clusters) and (
            _is_combining(ch)
            or ch in (_SARA_AM, _ZWJ)
            or clusters[-1][-1] in _PREPOSED_VOWELS
            or clusters[-1][-1] == _ZWJ
        )
        if joins_previous:
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _glue_marks(tokens: list[str]) -> list[str]:
    """Attach any token that starts with a mark to the word before it.

    Only malformed text produces such tokens, but a break before one would
    start a line with a floating mark.
    """
    units: list[str] = []
    for token in tokens:
        if units and starts_with_combining_mark(token):
            glued = token
            while units and units[-1].isspace():
                glued = units.pop() + glued
            if units:
                glued = units.pop() + glued
            units.append(glued)
        else:
            units.append(token)
    return units


def _wrap_paragraph(paragraph: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    line = ""
    for token in _glue_marks(split_words(paragraph)):
        if token.isspace():
            # Keep the paragraph's own indentation; drop spaces at a wrap.
            if line or not lines:
                line += token
            continue
        if measure(line + token) <= max_width:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
            line = ""
        if measure(token) <= max_width:
            line = token
            continue
        # A word wider than the line: fill lines cluster by cluster.
        for cluster in _clusters(token):
            if line.strip() and measure(line + cluster) > max_width:
                lines.append(line.rstrip())
                line = ""
            line += cluster
    lines.append(line.rstrip())
    return lines


def wrap_text(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """Break *text* into lines no wider than *max_width* where possible.

    *measure* gives the width of a string in the same unit as *max_width*
    (e.g. a font's string width). Breaks fall only between words; spaces at a
    break are dropped, but a paragraph's leading indentation is kept. Each
    "\\n" starts a new line, so empty text gives one empty line. A single
    cluster wider than the line is put on a line of its own.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, max_width, measure))
    return lines
