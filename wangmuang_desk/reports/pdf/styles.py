"""Paragraph styles of the Thai documents: one family, 16 pt, leading 1.5 x size."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from wangmuang_desk.reports.fonts import DOCUMENT_FONT_SIZE, register_document_fonts

# Not the Latin 1.2: in this font a tone mark stacked on an upper vowel (ที่ ธิ์ ชั้น) stands 1.28 em
# above the baseline and ุ ู reach 0.37 em below it, so at 1.2 the marks of one line hit the
# line above (a thanthakhat shows up between the words there). 1.5 leaves them clear except
# for a slight touch where ู sits right above a stacked mark; the font's own line is 1.65.
LEADING_FACTOR = 1.5
# Body paragraphs of Thai letters start 2.5 cm in (the regulation on official letters).
PARAGRAPH_INDENT = 2.5 * cm

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class DocumentStyles:
    body: ParagraphStyle  # left-aligned running text
    body_indented: ParagraphStyle  # a paragraph of a letter: 2.5 cm first-line indent
    block_indented: ParagraphStyle  # every line 2.5 cm in: items under a paragraph
    title: ParagraphStyle  # the document's name, bold and centred, a little larger
    heading: ParagraphStyle  # a bold line starting a section
    centered: ParagraphStyle
    right: ParagraphStyle
    office: ParagraphStyle  # the office name under the emblem
    cell: ParagraphStyle  # table body cells
    cell_header: ParagraphStyle  # table header cells: bold, centred
    cell_bold: ParagraphStyle  # a body row in bold: a subtotal, a group's line
    small: ParagraphStyle  # footnotes and notes, 14 pt

    def aligned(self, base: ParagraphStyle, align: str) -> ParagraphStyle:
        """`base` with another alignment ("left", "center", "right")."""
        return ParagraphStyle(f"{base.name}-{align}", parent=base, alignment=ALIGNMENTS[align])


def make_styles(font_size: float = DOCUMENT_FONT_SIZE) -> DocumentStyles:
    family = register_document_fonts()
    bold = f"{family}-Bold"

    def style(name: str, size: float = font_size, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", family)
        return ParagraphStyle(name, fontSize=size, leading=size * LEADING_FACTOR, shaping=1, **kw)

    return DocumentStyles(
        body=style("body"),
        body_indented=style("body-indented", firstLineIndent=PARAGRAPH_INDENT),
        block_indented=style("block-indented", leftIndent=PARAGRAPH_INDENT),
        title=style(
            "title", font_size + 4, fontName=bold, alignment=TA_CENTER, spaceAfter=font_size * 0.6
        ),
        # A heading never ends a page alone: it moves on with the paragraph after it.
        heading=style("heading", fontName=bold, spaceBefore=font_size * 0.5, keepWithNext=1),
        centered=style("centered", alignment=TA_CENTER),
        right=style("right", alignment=TA_RIGHT),
        office=style("office", fontName=bold, alignment=TA_CENTER),
        cell=style("cell"),
        cell_header=style("cell-header", fontName=bold, alignment=TA_CENTER),
        cell_bold=style("cell-bold", fontName=bold),
        small=style("small", font_size - 2),
    )
