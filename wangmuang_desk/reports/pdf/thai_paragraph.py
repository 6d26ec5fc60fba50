"""A paragraph flowable for Thai text: shaped, and broken only between Thai words.

reportlab's Paragraph breaks lines at spaces only. Thai writes no spaces between words, so a
long Thai sentence is one "word" to it: it overflows the column, or (splitLongWords) is cut
between any two characters, even in front of a tone mark. ThaiParagraph therefore breaks the
lines itself with `thai.wrap.wrap_text` (PyThaiNLP word boundaries), measured with the font's
advance widths, and hands reportlab one line per `<br/>` in a shaped Paragraph. Measuring with
`stringWidth` is exact for the document font: HarfBuzz gives Thai marks no advance, and the
font's own advance for them is zero too (checked in the tests).

The lines are computed again whenever the available width changes (a table column, a frame
on a landscape page), and a paragraph that runs past the bottom of a frame splits between
lines, so it can flow across pages.

PyThaiNLP's dictionary splits proper nouns into their parts (ท่า|ฤทธิ์, a surname into two
words), and a line may break there. `keep_together` lists phrases (a group's name, each part
of a person's name) that break only if they are wider than the whole line.

Text is plain text, not markup: &, < and > are escaped. Bold, italic, size, alignment,
indents and leading come from the ParagraphStyle, for the whole paragraph.
"""

from __future__ import annotations

from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from wangmuang_desk.thai.wrap import split_words, wrap_text

# Lines are made a hair narrower than the frame, so reportlab's own fit test (word widths
# summed in another order) never disagrees with ours and re-breaks a line at a space.
_SLACK = 0.01


def escape_markup(text: str) -> str:
    """Plain text made safe inside reportlab paragraph markup."""
    return escape(text)


def measure_for(style: ParagraphStyle):
    """A width function (points) for text set in `style`'s font and size."""
    return partial(_measure, style.fontName, style.fontSize)


def _measure(font_name: str, font_size: float, text: str) -> float:
    return stringWidth(text, font_name, font_size)


# A phrase kept together stands in for one character of Unicode's supplementary private use
# area while lines are broken: the tokenizer cannot split it, and no real text uses it.
_PLACEHOLDER_BASE = 0xF0000


def _encode(text: str, phrases, fits) -> tuple[str, dict[str, str]]:
    """`text` with each phrase that `fits` replaced by a placeholder, and the way back."""
    if any(ord(ch) >= _PLACEHOLDER_BASE for ch in text):
        return text, {}
    codes: dict[str, str] = {}
    candidates = {p for p in phrases if len(p) > 1 and "\n" not in p}
    for phrase in sorted(candidates, key=len, reverse=True):
        if phrase in text and fits(phrase):
            code = chr(_PLACEHOLDER_BASE + len(codes))
            codes[code] = phrase
            text = text.replace(phrase, code)
    return text, codes


def _decode(text: str, codes: dict[str, str]) -> str:
    for code, phrase in codes.items():
        text = text.replace(code, phrase)
    return text


def break_lines(
    text: str,
    width: float,
    measure,
    first_line_width: float | None = None,
    keep_together=(),
) -> tuple[list[str], list[int]]:
    """Lines of `text` no wider than `width`, and where each line starts in `text`.

    "\\n" forces a new line. `first_line_width` (default `width`) is the room on the very first
    line, which a first-line indent makes narrower. Phrases in `keep_together` that fit on a
    line are not broken.
    """
    coded, codes = _encode(text, keep_together, lambda p: measure(p) <= width)
    if not codes:
        return _break_lines(text, width, measure, first_line_width)
    lines, starts = _break_lines(
        coded, width, lambda t: measure(_decode(t, codes)), first_line_width
    )
    return (
        [_decode(line, codes) for line in lines],
        [len(_decode(coded[:start], codes)) for start in starts],
    )


def _break_lines(
    text: str, width: float, measure, first_line_width: float | None
) -> tuple[list[str], list[int]]:
    first_width = width if first_line_width is None else first_line_width
    lines: list[str] = []
    starts: list[int] = []
    offset = 0
    for segment in text.split("\n"):
        seg_lines = _wrap_segment(segment, width, first_width if not lines else width, measure)
        pos = 0
        for i, line in enumerate(seg_lines):
            # Every line but a segment's first begins with a word (wrap_text drops the spaces
            # at a break), so searching from the end of the line before finds it exactly.
            start = 0 if i == 0 else segment.find(line, pos)
            starts.append(offset + start)
            lines.append(line)
            pos = start + len(line)
        offset += len(segment) + 1
    return lines, starts


def _wrap_segment(segment: str, width: float, first_width: float, measure) -> list[str]:
    if first_width == width:
        return wrap_text(segment, width, measure)
    first = wrap_text(segment, first_width, measure)
    if len(first) <= 1:
        return first
    rest = segment[segment.find(first[1], len(first[0])) :]
    return [first[0], *wrap_text(rest, width, measure)]


class ThaiParagraph(Flowable):
    """Thai (or mixed) plain text set in `style`, shaped, with line breaks between words."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        continuation: bool = False,
        keep_together=(),
        _prewrapped: tuple[float, list[str], list[int]] | None = None,
    ) -> None:
        super().__init__()
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.style = style
        # A continuation (the part after a page break) has no first-line indent.
        self.continuation = continuation
        self.keep_together = tuple(keep_together)
        self._cache = _prewrapped  # (width, lines, starts) for the width last wrapped to
        self._para: Paragraph | None = None
        # The width `_para` was laid out for: a table wraps each cell several times at the
        # same width (to size its rows, to split at a page end, to draw), and shaping the
        # lines again each time would cost more than everything else on the page.
        self._para_width: float | None = None

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:40]!r}…)"

    # -- line breaking -------------------------------------------------------------------

    def _first_indent(self) -> float:
        return 0.0 if self.continuation else self.style.firstLineIndent

    def _lines_for(self, avail_width: float) -> tuple[list[str], list[int]]:
        if self._cache is not None and abs(self._cache[0] - avail_width) < 1e-6:
            return self._cache[1], self._cache[2]
        style = self.style
        width = avail_width - style.leftIndent - style.rightIndent - _SLACK
        lines, starts = break_lines(
            self.text,
            width,
            measure_for(style),
            first_line_width=width - self._first_indent(),
            keep_together=self.keep_together,
        )
        self._cache = (avail_width, lines, starts)
        return lines, starts

    def _inner_style(self) -> ParagraphStyle:
        style = self.style
        return ParagraphStyle(
            f"{style.name}-lines",
            parent=style,
            shaping=1,  # HarfBuzz: tone marks and vowels placed right (needs uharfbuzz)
            firstLineIndent=self._first_indent(),
            # Each line already fits, so reportlab must never cut one inside a word; and a
            # justified Thai line would only stretch its few spaces.
            splitLongWords=0,
            alignment=TA_LEFT if style.alignment == TA_JUSTIFY else style.alignment,
            hyphenationLang="",
            embeddedHyphenation=0,
            uriWasteReduce=0,
        )

    # -- Flowable protocol ---------------------------------------------------------------

    def wrap(self, availWidth, availHeight):  # reportlab's argument names
        # The height does not depend on availHeight: the same width gives the same layout.
        if self._para is not None and self._para_width == availWidth:
            return self.width, self.height
        lines, _ = self._lines_for(availWidth)
        markup = "<br/>".join(escape_markup(line) for line in lines)
        self._para = Paragraph(markup, self._inner_style())
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        self._para_width = availWidth
        return self.width, self.height

    def draw(self):
        self._para.drawOn(self.canv, 0, 0)

    def split(self, availWidth, availHeight):
        lines, starts = self._lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        cut = starts[fit]
        head = ThaiParagraph(
            self.text[:cut],
            self.style,
            continuation=self.continuation,
            keep_together=self.keep_together,
            _prewrapped=(availWidth, lines[:fit], starts[:fit]),
        )
        tail_starts = [s - cut for s in starts[fit:]]
        tail = ThaiParagraph(
            self.text[cut:],
            self.style,
            continuation=True,
            keep_together=self.keep_together,
            _prewrapped=(availWidth, lines[fit:], tail_starts),
        )
        return [head, tail]

    def minWidth(self):  # used by tables sizing their columns
        measure = measure_for(self.style)
        words = [w for w in split_words(self.text) if not w.isspace()]
        widest = max((measure(w) for w in words), default=0.0)
        return widest + self.style.leftIndent + self.style.rightIndent

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter
