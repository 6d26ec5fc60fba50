"""ThaiDocument: the page frame every printed document shares.

A4 portrait or landscape (certificates, wide tables), switchable page by page; the margins of
Thai official letters (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm); the document font at
16 pt with shaping; "หน้า x / y" at the foot of every page; an optional switch to Thai digits;
and a file that is written completely or not at all.

    doc = ThaiDocument(thai_digits=True, title="...")
    story = [*doc.header(office_name, emblem), doc.paragraph("..."), doc.table(...)]
    doc.build(story, out_path)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
)

from wangmuang_desk.reports.fonts import DOCUMENT_FONT_SIZE
from wangmuang_desk.reports.pdf.atomic import write_atomically
from wangmuang_desk.reports.pdf.blocks import EMBLEM_HEIGHT, Signer, office_header, signatures
from wangmuang_desk.reports.pdf.page_numbers import PageSection, numbered_canvas
from wangmuang_desk.reports.pdf.styles import DocumentStyles, make_styles
from wangmuang_desk.reports.pdf.tables import (
    SIGNATURE_ROW_HEIGHT,
    fitted_widths,
    plain_table,
    thai_table,
)
from wangmuang_desk.reports.pdf.thai_paragraph import ThaiParagraph
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.thai.digits import to_thai_digits
from wangmuang_desk.thai.money import format_baht

__all__ = ["LETTER_MARGINS", "Margins", "ThaiDocument", "write_atomically"]


@dataclass(frozen=True)
class Margins:
    """Page margins in centimetres."""

    left: float
    right: float
    top: float
    bottom: float


LETTER_MARGINS = Margins(left=3.0, right=2.0, top=2.5, bottom=2.0)
PAGE_NUMBER_SIZE = 14  # points: a little smaller than the text, out of its way
PAGE_NUMBER_BASELINE = 1.0 * cm  # from the bottom edge, inside the 2 cm bottom margin
RUNNING_HEAD_BASELINE = 1.3 * cm  # from the top edge, clear of text under a 2 cm top margin


class ThaiDocument:
    """Builds one PDF from a story of flowables; helpers make the Thai flowables."""

    def __init__(
        self,
        *,
        landscape: bool = False,
        margins: Margins = LETTER_MARGINS,
        thai_digits: bool = False,
        title: str = "",
        author: str = "",
        font_size: float = DOCUMENT_FONT_SIZE,
        page_numbers: bool = True,
    ) -> None:
        self.landscape = landscape  # the orientation of the first page
        self.margins = margins
        self.thai_digits = thai_digits
        self.title = title
        self.author = author
        self.page_numbers = page_numbers
        self.styles: DocumentStyles = make_styles(font_size)
        # Dates this document wrote ("1 มีนาคม 2568"): lines never break inside them.
        self._phrases: set[str] = set()

    # -- geometry ------------------------------------------------------------------------

    @staticmethod
    def page_size(landscape: bool = False) -> tuple[float, float]:
        return landscape_of(A4) if landscape else A4

    def frame_width(self, landscape: bool | None = None) -> float:
        """Width of the text area in points (of the first page's orientation by default)."""
        size = self.page_size(self.landscape if landscape is None else landscape)
        return size[0] - (self.margins.left + self.margins.right) * cm

    def new_page(self, landscape: bool | None = None) -> list[Flowable]:
        """Flowables that start a new page, in another orientation if `landscape` is given."""
        if landscape is None:
            return [PageBreak()]
        return [NextPageTemplate(_template_name(landscape)), PageBreak()]

    def section(self, running_head: str = "", restart_numbers: bool = False) -> Flowable:
        """A marker to put first on a new page: it starts a section whose continuation pages
        show `running_head` (digits converted) at the top, and with `restart_numbers` whose
        pages are numbered from 1 of their own count. Needs page numbers on."""
        return PageSection(self.text(running_head), restart_numbers)

    # -- text ----------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """`value` with its digits in the document's digit style."""
        return to_thai_digits(value) if self.thai_digits else value

    def number(self, value: int | Decimal | None, grouping: bool = True) -> str:
        if value is None:
            return ""
        return self.text(f"{value:,}" if grouping else str(value))

    def date(self, value: date | None, style: str = "long") -> str:
        """A BE date ("long": 20 พฤศจิกายน 2569); empty for None. Kept on one line."""
        text = format_be_date(value, style, thai_digits=self.thai_digits)
        if " " in text:
            self._phrases.add(text)
        return text

    def unbroken(self, text: str) -> str:
        """`text` (digits converted) kept on one line wherever it appears, e.g. a reg. number."""
        text = self.text(text)
        if text:
            self._phrases.add(text)
        return text

    def money(self, value: Decimal | int | None) -> str:
        return format_baht(value, thai_digits=self.thai_digits)

    def _keep(self, extra: Sequence[str] = ()) -> list[str]:
        """Phrases no line may break inside: `extra` (digits converted) and our dates."""
        return [*(self.text(p) for p in extra), *self._phrases]

    # -- flowables -----------------------------------------------------------------------

    def paragraph(
        self, text: str, style: ParagraphStyle | None = None, keep_together: Sequence[str] = ()
    ) -> ThaiParagraph:
        """Plain text (digits converted) as a Thai paragraph; body style by default.

        Phrases in `keep_together` (names) are not broken across lines if they fit on one.
        """
        return ThaiParagraph(
            self.text(text), style or self.styles.body, keep_together=self._keep(keep_together)
        )

    def paragraphs(self, text: str, style: ParagraphStyle | None = None) -> list[ThaiParagraph]:
        """One paragraph per line of `text` (each with the style's first-line indent)."""
        return [self.paragraph(line.strip(), style) for line in text.splitlines() if line.strip()]

    def header(
        self,
        office_name: str,
        emblem: bytes | None,
        lines: Sequence[str] = (),
        emblem_height: float = EMBLEM_HEIGHT,
    ) -> list[Flowable]:
        """The office emblem (`emblem_height` points tall) and name centred at the top, then
        `lines` centred. A form whose first page should hold more rows takes a smaller one."""
        return office_header(
            self.styles,
            self.text(office_name),
            emblem,
            [self.text(line) for line in lines],
            emblem_height,
        )

    def table(
        self,
        header: Sequence[str | Flowable] | None,
        rows: Sequence[Sequence[str | Flowable]],
        col_widths_cm: Sequence[float],
        *,
        align: Sequence[str] | None = None,
        valign: str = "MIDDLE",
        name_cols: Sequence[int] = (),
        signature_cols: Sequence[int] = (),
        signature_row_height: float = SIGNATURE_ROW_HEIGHT,
        bold_rows: Sequence[int] = (),
        shaded_rows: Sequence[int] = (),
    ) -> Table:
        """A ruled table of Thai paragraphs, header row (if any) repeated on every page.

        Cells are text (digits converted) or flowables used as they are; `bold_rows` and
        `shaded_rows` index `rows` (see tables.thai_table)."""
        return thai_table(
            self.styles,
            None if header is None else [self._cell(h) for h in header],
            [[self._cell(cell) for cell in row] for row in rows],
            col_widths_cm,
            align=align,
            valign=valign,
            name_cols=name_cols,
            signature_cols=signature_cols,
            signature_row_height=signature_row_height,
            keep_together=self._keep(),
            bold_rows=bold_rows,
            shaded_rows=shaded_rows,
        )

    def fitted_widths(
        self,
        header: Sequence[str | Flowable] | None,
        rows: Sequence[Sequence[str | Flowable]],
        flexible: int | None,
        *,
        width_cm: float | None = None,
        landscape: bool | None = None,
        bold_rows: Sequence[int] = (),
    ) -> list[float]:
        """Widths (cm) for table(): each column fitted to its text, column `flexible` (if any)
        taking the rest of `width_cm` (default: the whole text width of the page)."""
        total = width_cm * cm if width_cm is not None else self.frame_width(landscape)
        return fitted_widths(
            self.styles,
            None if header is None else [self._cell(h) for h in header],
            [[self._cell(c) for c in row] for row in rows],
            total,
            flexible,
            bold_rows=bold_rows,
        )

    def _cell(self, value: str | Flowable) -> str | Flowable:
        return self.text(value) if isinstance(value, str) else value

    def list_table(
        self,
        rows: Sequence[Sequence[str]],
        col_widths_cm: Sequence[float],
        *,
        align: Sequence[str] | None = None,
        name_cols: Sequence[int] = (),
    ) -> Table:
        """Unruled columns (a numbered list of names and positions, say)."""
        return plain_table(
            self.styles,
            [[self.text(c) for c in row] for row in rows],
            col_widths_cm,
            align=align,
            name_cols=name_cols,
            keep_together=self._keep(),
        )

    def signatures(self, signers: Sequence[Signer], landscape: bool | None = None) -> Table:
        """Signature blocks (ลงชื่อ ..... role / (name) / position), two side by side."""
        converted = [
            Signer(self.text(s.role), self.text(s.name), self.text(s.position)) for s in signers
        ]
        return signatures(self.styles, converted, self.frame_width(landscape))

    # -- output --------------------------------------------------------------------------

    def build(self, story: list[Flowable], out_path: Path | str) -> Path:
        """Lay out `story` and write the PDF to `out_path` atomically."""
        return write_atomically(out_path, lambda tmp: self._build_into(story, tmp))

    def build_with(self, make_story: Callable[[], list[Flowable]], out_path: Path | str) -> Path:
        """Like build(), but the story is made inside the guarded write."""
        return write_atomically(out_path, lambda tmp: self._build_into(make_story(), tmp))

    def _build_into(self, story: list[Flowable], path: Path) -> None:
        m = self.margins
        templates = [self._page_template(landscape) for landscape in (False, True)]
        if self.landscape:
            templates.reverse()  # the first template is the first page's
        template = BaseDocTemplate(
            str(path),
            pagesize=self.page_size(self.landscape),
            pageTemplates=templates,
            leftMargin=m.left * cm,
            rightMargin=m.right * cm,
            topMargin=m.top * cm,
            bottomMargin=m.bottom * cm,
            title=self.title,
            author=self.author,
            creator="wangmuang-desk",
            lang="th-TH",
            # Otherwise reportlab sets Helvetica first and lists it, unembedded, in the PDF.
            initialFontName=self.styles.body.fontName,
            initialFontSize=self.styles.body.fontSize,
        )
        kwargs = {}
        if self.page_numbers:
            kwargs["canvasmaker"] = numbered_canvas(
                self.styles.body.fontName,
                PAGE_NUMBER_SIZE,
                left=m.left * cm,
                right=m.right * cm,
                y=PAGE_NUMBER_BASELINE,
                thai_digits=self.thai_digits,
                head_y=RUNNING_HEAD_BASELINE,
            )
        template.build(glue_headings(story), **kwargs)

    def _page_template(self, landscape: bool) -> PageTemplate:
        m = self.margins
        width, height = self.page_size(landscape)
        frame = Frame(
            m.left * cm,
            m.bottom * cm,
            width - (m.left + m.right) * cm,
            height - (m.top + m.bottom) * cm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        return PageTemplate(id=_template_name(landscape), frames=[frame], pagesize=(width, height))


def _template_name(landscape: bool) -> str:
    return "landscape" if landscape else "portrait"


def glue_headings(story: list[Flowable]) -> list[Flowable]:
    """Move a keep-with-next flowable (a heading) into the KeepTogether that follows it.

    reportlab keeps a heading with the next flowable only when that one may go into a
    container itself, which a KeepTogether may not: the heading was left alone at the foot
    of a page while its table moved on.
    """
    from reportlab.platypus import KeepTogether

    out: list[Flowable] = []
    for flowable in reversed(story):
        if out and isinstance(out[-1], KeepTogether) and flowable.getKeepWithNext():
            out[-1] = KeepTogether([flowable, *out[-1]._content])
        else:
            out.append(flowable)
    out.reverse()
    return out
