"""The satisfaction summary of a training round (step 9, domain.md §6).

A table by aspect: each aspect's line (bold) with its items under it, then the overall line;
for each: n, mean (x̄), sample S.D. and the band of the mean. Then the band table the office
uses, the number of respondents, and the problems and suggestions the trainees wrote.

`survey_tables` is also the satisfaction part of the project report. Data in
(SurveyReportData), file out; no Qt, no session. Import lazily: reportlab loads here.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wangmuang_desk.reports.pdf.blocks import Signer
from wangmuang_desk.reports.pdf.document import ThaiDocument
from wangmuang_desk.reports.training_common import dates_phrase, fiscal_year_line
from wangmuang_desk.thai.dates import fiscal_year

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import SurveyReportData
    from wangmuang_desk.services.training_rows import Band, ScoreStats, SurveySummary

SURVEY_TITLE = "สรุปผลการประเมินความพึงพอใจของผู้เข้ารับการฝึกอบรม"
OVERALL = "ภาพรวม"
NONE_TEXT = "ไม่มี"
_LEGEND_WIDTHS = (4.5, 4.5)
ITEM_INDENT = 0.6 * cm  # items sit under their aspect's line


class MeanSymbol(Flowable):
    """x̄ drawn by hand: the document font has no combining overline for the x."""

    def __init__(self, style) -> None:
        super().__init__()
        self.style = style

    def wrap(self, availWidth, availHeight):  # reportlab's argument names
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def draw(self):
        style = self.style
        canv = self.canv
        baseline = self.height - style.fontSize  # where a paragraph's first line sits
        width = stringWidth("x", style.fontName, style.fontSize)
        x = (self.width - width) / 2
        canv.setFont(style.fontName, style.fontSize)
        canv.drawString(x, baseline, "x")
        bar = baseline + style.fontSize * 0.68  # clear of the x-height
        canv.setLineWidth(max(style.fontSize / 16, 0.8))
        canv.line(x, bar, x + width, bar)


def build_survey_summary(data: SurveyReportData, out_path: Path | str) -> Path:
    """Write the satisfaction summary of `data` to `out_path` (all or nothing)."""
    doc = ThaiDocument(
        thai_digits=data.thai_digits, title=f"{SURVEY_TITLE} {data.title}", author=data.office.name
    )
    return doc.build_with(lambda: survey_story(doc, data), out_path)


def survey_story(doc: ThaiDocument, data: SurveyReportData) -> list[Flowable]:
    survey = data.survey
    lines = [data.title, _fiscal_year_line(data)]
    when = dates_phrase(doc, data.start, data.end)
    if data.venue.strip():
        when = f"{when} ณ {data.venue.strip()}".strip()
    lines.append(when)
    story: list[Flowable] = [
        *doc.header(data.office.name, data.office.emblem),
        doc.paragraph(SURVEY_TITLE, doc.styles.title, ["ผู้เข้ารับการฝึกอบรม"]),
        *(doc.paragraph(line, doc.styles.centered) for line in lines if line),
        Spacer(0, 0.3 * cm),
        *survey_tables(doc, survey),
        *open_answers(doc, survey.problems, survey.suggestions),
    ]
    if data.preparer is not None:
        story.append(doc.signatures([Signer("ผู้สรุปผล", data.preparer.name, data.preparer.position)]))
    return story


def _fiscal_year_line(data: SurveyReportData) -> str:
    day = data.start or data.end
    year = data.fiscal_year or (fiscal_year(day) if day else None)
    return fiscal_year_line(data.title, year) if year else ""


def respondents_line(doc: ThaiDocument, survey: SurveySummary) -> str:
    return f"ผู้ตอบแบบประเมิน จำนวน {doc.number(survey.respondents)} คน"


def survey_tables(doc: ThaiDocument, survey: SurveySummary) -> list[Flowable]:
    """The respondents, the table by aspect and the band table (for this and the report)."""
    if survey.respondents == 0:
        return [doc.paragraph("ยังไม่มีผู้ตอบแบบประเมิน", doc.styles.body_indented)]
    rows, bold = _rows(doc, survey)
    header = ["รายการประเมิน", "n", MeanSymbol(doc.styles.cell_header), "S.D.", "ระดับ"]
    table = doc.table(
        header,
        rows,
        doc.fitted_widths(header, rows, 0, bold_rows=bold),
        align=["left", "center", "center", "center", "center"],
        bold_rows=bold,
        shaded_rows=[len(rows) - 1],
    )
    story = [
        doc.paragraph(respondents_line(doc, survey), doc.styles.body_indented),
        Spacer(0, 0.15 * cm),
        table,
        Spacer(0, 0.3 * cm),
    ]
    overall = survey.overall
    if overall.mean is not None:
        story.append(
            doc.paragraph(
                f"โดยภาพรวม ผู้ตอบแบบประเมินมีความพึงพอใจอยู่ในระดับ{overall.band}"
                f" (ค่าเฉลี่ย {overall.mean:.2f})",
                doc.styles.body_indented,
            )
        )
    return story + band_legend(doc, survey.bands)


def _rows(doc: ThaiDocument, survey: SurveySummary) -> tuple[list[list], list[int]]:
    by_label = {a.label: a for a in survey.aspects}
    order: list[str] = []
    items: dict[str, list[ScoreStats]] = {}
    for aspect, stats in survey.items:
        if aspect not in items:
            order.append(aspect)
            items[aspect] = []
        items[aspect].append(stats)
    order += [a.label for a in survey.aspects if a.label not in items]
    rows: list[list] = []
    item_style = ParagraphStyle("survey-item", parent=doc.styles.cell, leftIndent=ITEM_INDENT)
    bold: list[int] = []
    for number, aspect in enumerate(order, start=1):
        stats = by_label.get(aspect)
        bold.append(len(rows))
        rows.append([f"{number}. {aspect_title(aspect)}", *_figures(doc, stats)])
        for sub, item in enumerate(items.get(aspect, ()), start=1):
            label = doc.paragraph(f"{number}.{sub} {item.label}", item_style)
            rows.append([label, *_figures(doc, item)])
    bold.append(len(rows))
    rows.append([OVERALL, *_figures(doc, survey.overall)])
    return rows, bold


def aspect_title(aspect: str) -> str:
    """ "ด้านวิทยากร": an aspect's name as a heading (unless it says ด้าน already)."""
    aspect = aspect.strip()
    return aspect if aspect.startswith("ด้าน") else f"ด้าน{aspect}"


def _figures(doc: ThaiDocument, stats: ScoreStats | None) -> list[str]:
    if stats is None:
        return ["", "", "", ""]
    return [doc.number(stats.n), _two(stats.mean), _two(stats.sd), stats.band]


def _two(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def band_legend(doc: ThaiDocument, bands: Sequence[Band]) -> list[Flowable]:
    """The band table: which range of the mean reads as which level."""
    if not bands:
        return []
    rows = [[f"{b.lower:.2f} – {b.upper:.2f}", b.label] for b in bands]
    table = doc.table(
        ["ค่าเฉลี่ย", "ระดับความพึงพอใจ"], rows, _LEGEND_WIDTHS, align=["center", "center"]
    )
    return [
        KeepTogether([doc.paragraph("เกณฑ์การแปลความหมายค่าเฉลี่ย", doc.styles.body_indented), table])
    ]


def open_answers(
    doc: ThaiDocument, problems: Sequence[str], suggestions: Sequence[str]
) -> list[Flowable]:
    """The problems and suggestions, each a numbered list ("ไม่มี" when empty)."""
    story: list[Flowable] = []
    for heading, entries in (("ปัญหาและอุปสรรค", problems), ("ข้อเสนอแนะ", suggestions)):
        story.append(doc.paragraph(heading, doc.styles.heading))
        texts = [e.strip() for e in entries if e.strip()] or [NONE_TEXT]
        numbered = len(texts) > 1
        for n, text in enumerate(texts, start=1):
            story.append(
                doc.paragraph(f"{n}. {text}" if numbered else text, doc.styles.block_indented)
            )
    return story
