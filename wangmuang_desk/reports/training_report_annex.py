"""The annexes of the project report of a training round.

ก: each trainee's attendance (session by session where the page has room for it), scores
and result; ข: the sign-in sheet of every session, built by the sign-in builder itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from wangmuang_desk.reports.pdf.document import ThaiDocument
from wangmuang_desk.reports.training_common import NO_DATA, decimal_text
from wangmuang_desk.reports.training_sign_in import sign_in_layout, sign_in_story

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import DocResult, TrainingDocData

ANNEX_RESULTS_TITLE = "ภาคผนวก ก ผลการเข้ารับการฝึกอบรมรายบุคคล"
ANNEX_SIGN_IN_TITLE = "ภาคผนวก ข ใบลงชื่อผู้เข้ารับการฝึกอบรม"
ABSENT = "ขาด"
# Below this the names wrap so much that the session columns are not worth their room.
_MIN_NAME_WIDTH = 5.0 * cm


class CheckMark(Flowable):
    """✓ drawn by hand: the document font has no check mark."""

    def __init__(self, style) -> None:
        super().__init__()
        self.style = style

    def wrap(self, availWidth, availHeight):  # reportlab's argument names
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def draw(self):
        size = self.style.fontSize
        base = self.height - size  # a paragraph's first baseline, as the cells beside it
        x = (self.width - size * 0.6) / 2
        canv = self.canv
        canv.setLineWidth(size / 12)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        path = canv.beginPath()
        path.moveTo(x, base + size * 0.3)
        path.lineTo(x + size * 0.22, base + size * 0.05)
        path.lineTo(x + size * 0.6, base + size * 0.62)
        canv.drawPath(path, stroke=1, fill=0)


def annex_story(
    doc: ThaiDocument,
    data: TrainingDocData,
    *,
    sign_in: bool = True,
    results: bool = True,
    blank_rows: int = 0,
) -> list[Flowable]:
    story: list[Flowable] = []
    if results and data.results:
        story += results_annex(doc, data)
    if sign_in and data.trainees:
        sheet = data.sign_in()
        layout = sign_in_layout(doc, sheet)
        for number, session in enumerate(sheet.sessions or (None,)):
            story += doc.new_page(landscape=layout.landscape)
            if number == 0:
                story.append(doc.paragraph(ANNEX_SIGN_IN_TITLE, doc.styles.right))
            story += sign_in_story(doc, sheet, session, layout=layout, blank_rows=blank_rows)
    return story


def results_annex(doc: ThaiDocument, data: TrainingDocData) -> list[Flowable]:
    """Landscape with a column per session when the names keep room; else portrait, the
    sessions attended as a count."""
    header, rows = _by_session(doc, data)
    widths = doc.fitted_widths(header, rows, 1, landscape=True)
    landscape = widths[1] * cm >= _MIN_NAME_WIDTH
    if not landscape:
        header, rows = _counted(data)
        widths = doc.fitted_widths(header, rows, 1, landscape=False)
    align = ["center", "left", *["center"] * (len(header) - 2)]
    return [
        *doc.new_page(landscape=landscape),
        doc.paragraph(ANNEX_RESULTS_TITLE, doc.styles.title),
        doc.paragraph(data.title, doc.styles.centered),
        Spacer(0, 0.2 * cm),
        doc.table(header, rows, widths, align=align, name_cols=[1]),
    ]


def _by_session(doc: ThaiDocument, data: TrainingDocData) -> tuple[list, list[list]]:
    sessions = data.sessions
    header = [
        "ลำดับ",
        "ชื่อ–สกุล",
        "หมู่",
        *(f"ครั้งที่\n{s.seq}" for s in sessions),
        "รวม\n(ครั้ง)",
        "ร้อยละ",
        "คะแนน\nก่อน",
        "คะแนน\nหลัง",
        "ผล",
    ]
    tick = doc.styles.cell
    rows = []
    for n, r in enumerate(data.results, start=1):
        marks = []
        for s in sessions:
            present = (
                r.trainee.id is not None
                and s.id is not None
                and data.marks.get((r.trainee.id, s.id), False)
            )
            marks.append(CheckMark(tick) if present else ABSENT)
        rows.append([str(n), r.trainee.name, _moo(r), *marks, *_figures(r)])
    return header, rows


def _counted(data: TrainingDocData) -> tuple[list, list[list]]:
    header = ["ลำดับ", "ชื่อ–สกุล", "หมู่", "เข้าร่วม\n(ครั้ง)", "ร้อยละ", "คะแนน\nก่อน/หลัง", "ผล"]
    rows = []
    for n, r in enumerate(data.results, start=1):
        attended, percent, pre, post, result = _figures(r)
        rows.append([str(n), r.trainee.name, _moo(r), attended, percent, f"{pre}/{post}", result])
    return header, rows


def _moo(r: DocResult) -> str:
    return NO_DATA if r.trainee.moo is None else str(r.trainee.moo)


def _figures(r: DocResult) -> list[str]:
    return [
        f"{r.attended}/{r.planned}",
        f"{r.percent:.1f}",
        NO_DATA if r.pre_score is None else decimal_text(r.pre_score),
        NO_DATA if r.post_score is None else decimal_text(r.post_score),
        "ผ่าน" if r.passes else "ไม่ผ่าน",
    ]
