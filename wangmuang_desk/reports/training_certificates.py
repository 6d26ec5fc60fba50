"""Certificates (วุฒิบัตร) of a training round: A4 landscape, one per page, all in one file.

Each page: a border drawn in the margins, "เลขที่ N/ปีงบ" at the top right, the emblem and the
office (and a partner institution issuing jointly), "ขอมอบวุฒิบัตรฉบับนี้ไว้เพื่อแสดงว่า", the name
large, "ได้ผ่านการฝึกอบรมหลักสูตร …" with the dates and hours, "ให้ไว้ ณ วันที่ … เดือน … พ.ศ. …"
and the signatory's name and position under room to sign (domain.md §6).

A long course title wraps between words; if the page still cannot hold everything, the text
shrinks step by step (to 70 % at most), then the course title alone (to 10 pt); past that the
last lines are left off: nothing is ever drawn outside the border.

Data in (CertificateBatch), file out; no Qt, no session. Import lazily: reportlab loads here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from wangmuang_desk.reports.fonts import shaped
from wangmuang_desk.reports.pdf.blocks import emblem_image
from wangmuang_desk.reports.pdf.document import Margins, ThaiDocument
from wangmuang_desk.reports.pdf.thai_paragraph import ThaiParagraph
from wangmuang_desk.reports.training_common import dates_phrase, hours_text
from wangmuang_desk.thai.dates import THAI_MONTHS, be_year

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import CertificateBatch, CertificateData

PRESENT_TEXT = "ขอมอบวุฒิบัตรฉบับนี้ไว้เพื่อแสดงว่า"
PASSED_TEXT = "ได้ผ่านการฝึกอบรมหลักสูตร"
# The frame is the area inside the border; the border itself is drawn in the margins.
CERTIFICATE_MARGINS = Margins(left=2.6, right=2.6, top=2.2, bottom=1.8)
BORDER_OUTER = 0.9 * cm  # from the page edge
BORDER_INNER = 1.25 * cm
BORDER_COLOR = colors.Color(0.55, 0.40, 0.08)  # dark gold
ACCENT_COLOR = colors.Color(0.16, 0.22, 0.45)  # deep blue
EMBLEM_HEIGHT = 2.8 * cm
SIGN_ROOM = 1.4 * cm  # above the signatory's name: room for the signature
SIGN_LINE = 7 * cm
MIN_SCALE = 0.7
MIN_TITLE_SIZE = 10  # points
_SCALE_STEP = 0.05


@dataclass(frozen=True)
class _Sizes:
    office: float = 24
    body: float = 20
    name: float = 36
    position: float = 18

    def scaled(self, factor: float) -> _Sizes:
        return _Sizes(*(v * factor for v in (self.office, self.body, self.name, self.position)))


def build_certificates(batch: CertificateBatch, out_path: Path | str) -> Path:
    """Write every certificate of `batch` to `out_path`, one per page (all or nothing)."""
    doc = ThaiDocument(
        landscape=True,
        margins=CERTIFICATE_MARGINS,
        thai_digits=batch.thai_digits,
        title="วุฒิบัตร",
        author=batch.office.name,
        page_numbers=False,  # each page is a document of its own
    )
    return doc.build_with(lambda: certificates_story(doc, batch), out_path)


def certificates_story(doc: ThaiDocument, batch: CertificateBatch) -> list[Flowable]:
    story: list[Flowable] = []
    for number, cert in enumerate(batch.certificates):
        if number:
            story.append(PageBreak())
        story.append(CertificatePage(doc, batch, cert))
    if not story:
        raise ValueError("no certificates to print")
    return story


class CertificatePage(Flowable):
    """One certificate filling the page: border, number, and the centred text."""

    def __init__(self, doc: ThaiDocument, batch: CertificateBatch, cert: CertificateData):
        super().__init__()
        self.doc = doc
        self.batch = batch
        self.cert = cert
        self._avail = (0.0, 0.0)
        self._signer_index = -1

    def wrap(self, availWidth, availHeight):  # reportlab's argument names
        self._avail = (availWidth, availHeight)
        # A hair less than the frame, so the frame never finds it too tall.
        return availWidth, availHeight - 0.01

    def draw(self):
        canv = self.canv
        width, height = self._avail
        m = self.doc.margins
        canv.saveState()
        # Draw in page coordinates: the flowable sits at the frame's bottom-left corner.
        canv.translate(-m.left * cm, -(m.bottom * cm + 0.01))
        page_w, page_h = self.doc.page_size(True)
        _draw_border(canv, page_w, page_h)
        self._draw_number(page_w, page_h)
        self._draw_body(m.left * cm, m.bottom * cm, width, height)
        canv.restoreState()

    # -- parts ---------------------------------------------------------------------------

    def _draw_number(self, page_w: float, page_h: float) -> None:
        text = self.doc.text(f"เลขที่ {self.cert.label}")
        font, size = self.doc.styles.body.fontName, 16
        self.canv.setFont(font, size)
        self.canv.setFillColor(colors.black)
        x = page_w - BORDER_INNER - 0.6 * cm
        y = page_h - BORDER_INNER - 0.6 * cm - size
        self.canv.drawRightString(x, y, shaped(text, font, size))

    def _blocks(
        self, sizes: _Sizes, width: float, title_size: float | None = None
    ) -> list[tuple[Flowable, float]]:
        """(flowable, space above it) from the top of the page down."""
        doc, cert, batch = self.doc, self.cert, self.batch
        regular = doc.styles.body.fontName
        bold = doc.styles.title.fontName

        def para(text: str, size: float, font: str = regular, color=colors.black, keep=()):
            style = ParagraphStyle(
                f"cert-{size:.1f}-{font}",
                fontName=font,
                fontSize=size,
                leading=size * 1.5,
                alignment=TA_CENTER,
                textColor=color,
                shaping=1,
            )
            return ThaiParagraph(doc.text(text), style, keep_together=[doc.text(k) for k in keep])

        blocks: list[tuple[Flowable, float]] = []
        image = emblem_image(batch.office.emblem, EMBLEM_HEIGHT * min(1.0, sizes.body / 20))
        if image is not None:
            blocks.append((image, 0.0))
        blocks.append((para(batch.office.name, sizes.office, bold, ACCENT_COLOR), 0.15 * cm))
        if batch.partner.strip():
            partner = f"ร่วมกับ {batch.partner.strip()}"
            blocks.append((para(partner, sizes.position, regular, ACCENT_COLOR), 0.0))
        blocks.append((para(PRESENT_TEXT, sizes.body), 0.35 * cm))
        name_size = _name_size(cert.name, bold, sizes.name, width)
        blocks.append((para(cert.name, name_size, bold, ACCENT_COLOR, cert.name.split()), 0.1 * cm))
        course = f"{PASSED_TEXT} “{cert.course_title.strip()}”"
        blocks.append((para(course, title_size or sizes.body), 0.1 * cm))
        when = " ".join(
            p for p in (dates_phrase(doc, cert.start, cert.end), _hours(doc, cert)) if p
        )
        if when:
            blocks.append((para(when, sizes.body), 0.0))
        blocks.append((para(given_on(cert), sizes.body), 0.2 * cm))
        signer = cert.signatory_name.strip()
        self._signer_index = len(blocks)
        name_line = f"( {signer} )" if signer else f"( {'.' * 40} )"
        blocks.append((para(name_line, sizes.body, keep=[signer]), SIGN_ROOM))
        if cert.signatory_position.strip():
            blocks.append((para(cert.signatory_position, sizes.position), 0.0))
        return blocks

    def _draw_body(self, x0: float, y0: float, width: float, height: float) -> None:
        # Everything shrinks a little first; then only the course title (the one text whose
        # length has no natural limit), down to a size still readable on paper.
        scale, title_size = 1.0, None
        while True:
            sizes = _Sizes().scaled(scale)
            blocks = self._blocks(sizes, width, title_size)
            heights = [f.wrap(width, height)[1] for f, _ in blocks]
            needed = sum(heights) + sum(space for _, space in blocks)
            if needed <= height:
                break
            if scale > MIN_SCALE + 1e-9:
                scale -= _SCALE_STEP
            elif (title_size or sizes.body) > MIN_TITLE_SIZE:
                title_size = max((title_size or sizes.body) - 1, MIN_TITLE_SIZE)
            else:
                break
        # Leftover height spreads evenly between the groups, so a short certificate does not
        # crowd at the top; kept modest, so the signature stays near the text it signs.
        gaps = len(blocks) - 1
        extra = min(max(height - needed, 0.0) / max(gaps, 1), 0.5 * cm) if gaps else 0.0
        top = y0 + height - max(height - needed - extra * gaps, 0.0) / 2
        y = top
        for index, ((flowable, space), h) in enumerate(zip(blocks, heights, strict=True)):
            y -= space + (extra if index else 0.0)
            if y - h < y0 - 0.5:  # out of room even at the smallest size: stop, never overflow
                break
            if index == self._signer_index:
                self._sign_line(x0 + width / 2, y)
            w = getattr(flowable, "drawWidth", width)
            flowable.drawOn(self.canv, x0 + (width - w) / 2, y - h)
            y -= h

    def _sign_line(self, centre_x: float, name_top: float) -> None:
        """A dotted line just over the signatory's name: where to sign."""
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        canv.setLineWidth(0.6)
        canv.setDash(1, 2)
        half = SIGN_LINE / 2
        # Clear of the tone marks over the name, which stand above its paragraph box.
        y = name_top + 0.35 * cm
        canv.line(centre_x - half, y, centre_x + half, y)
        canv.restoreState()


def _name_size(name: str, font: str, size: float, width: float) -> float:
    """The name's size: as large as asked, smaller (to 65 %) if it would not fit one line."""
    text_width = stringWidth(name, font, size)
    if text_width <= width:
        return size
    return max(size * width / text_width * 0.98, size * 0.65)


def _hours(doc: ThaiDocument, cert: CertificateData) -> str:
    text = hours_text(doc, cert.hours)
    return f"รวม {text}" if text else ""


def given_on(cert: CertificateData) -> str:
    """ "ให้ไว้ ณ วันที่ 12 เดือน มีนาคม พ.ศ. 2569" (digits as the document converts them)."""
    d = cert.issued_on
    return f"ให้ไว้ ณ วันที่ {d.day} เดือน {THAI_MONTHS[d.month - 1]} พ.ศ. {be_year(d)}"


def _draw_border(canv, page_w: float, page_h: float) -> None:
    """A double frame with small diamonds at the corners and in the middle of each side."""
    canv.saveState()
    canv.setStrokeColor(BORDER_COLOR)
    canv.setLineWidth(3)
    o = BORDER_OUTER
    canv.rect(o, o, page_w - 2 * o, page_h - 2 * o)
    canv.setLineWidth(0.8)
    i = BORDER_INNER
    canv.rect(i, i, page_w - 2 * i, page_h - 2 * i)
    canv.setFillColor(BORDER_COLOR)
    mid = (o + i) / 2
    r = (i - o) * 0.9
    points = [
        (mid, mid),
        (page_w - mid, mid),
        (mid, page_h - mid),
        (page_w - mid, page_h - mid),
        (page_w / 2, mid),
        (page_w / 2, page_h - mid),
        (mid, page_h / 2),
        (page_w - mid, page_h / 2),
    ]
    for x, y in points:
        path = canv.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x + r, y)
        path.lineTo(x, y - r)
        path.lineTo(x - r, y)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
    # A thin inner rule in the accent colour, a little inside the double frame.
    canv.setStrokeColor(ACCENT_COLOR)
    canv.setLineWidth(0.4)
    k = i + 0.2 * cm
    canv.rect(k, k, page_w - 2 * k, page_h - 2 * k)
    canv.restoreState()
