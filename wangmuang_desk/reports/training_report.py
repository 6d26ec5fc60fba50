"""The project report of a training round (รายงานผลการดำเนินโครงการ, domain.md §6).

1 rationale, 2 objectives, 3 target group, 4 time and place, 5 budget (planned lines and what
was spent, totals in Thai words), 6 how it ran (sessions, speakers, partners), 7 results
(participants by village, attendance, knowledge test, satisfaction), 8 problems and
suggestions; the preparer's and the signatory's signatures; then the annexes: each trainee's
attendance and scores, and the sign-in sheet of every session (the sign-in builder's own
pages, landscape where the sheet needs it).

Sections 6 to 8 are in training_report_sections, the annexes in training_report_annex.
Data in (TrainingDocData), file out; no Qt, no session. Import lazily: reportlab loads here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wangmuang_desk.reports.pdf.blocks import Signer
from wangmuang_desk.reports.pdf.document import ThaiDocument
from wangmuang_desk.reports.training_common import (
    NO_DATA,
    budget_label,
    dates_phrase,
    fiscal_year_line,
    hours_text,
    lines_of,
)
from wangmuang_desk.reports.training_report_annex import annex_story
from wangmuang_desk.reports.training_report_sections import (
    operation_section,
    problems_section,
    results_section,
)
from wangmuang_desk.thai.money import baht_text

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import TrainingDocData

REPORT_TITLE = "รายงานผลการดำเนินโครงการ"


def build_training_report(
    data: TrainingDocData,
    out_path: Path | str,
    *,
    annex_sign_in: bool = True,
    annex_results: bool = True,
    sign_in_blank_rows: int = 0,
) -> Path:
    """Write the project report of `data` to `out_path` (all or nothing); return the path.

    `annex_sign_in` adds the sign-in sheet of every session (with `sign_in_blank_rows` blank
    rows each), `annex_results` the table of each trainee's attendance and scores.
    """
    doc = ThaiDocument(
        thai_digits=data.thai_digits, title=f"{REPORT_TITLE} {data.title}", author=data.office.name
    )
    return doc.build_with(
        lambda: report_story(
            doc,
            data,
            annex_sign_in=annex_sign_in,
            annex_results=annex_results,
            sign_in_blank_rows=sign_in_blank_rows,
        ),
        out_path,
    )


def report_story(
    doc: ThaiDocument,
    data: TrainingDocData,
    *,
    annex_sign_in: bool = True,
    annex_results: bool = True,
    sign_in_blank_rows: int = 0,
) -> list[Flowable]:
    title_lines = [data.title, fiscal_year_line(data.title, data.fiscal_year)]
    problems = problems_section(doc, data, 8)
    story: list[Flowable] = [
        *doc.header(data.office.name, data.office.emblem),
        doc.paragraph(REPORT_TITLE, doc.styles.title),
        *(doc.paragraph(line, doc.styles.office) for line in title_lines if line),
        Spacer(0, 0.3 * cm),
        *_text_section(doc, "1. หลักการและเหตุผล", data.rationale),
        *_objectives(doc, data),
        *_target(doc, data),
        *_time_place(doc, data),
        *_budget(doc, data),
        *operation_section(doc, data, 6),
        *results_section(doc, data, 7),
        *problems[:-1],
        # The last line of section 8 moves on with the signatures: never a page of only those.
        _signatures(doc, data, problems[-1]),
    ]
    story += annex_story(
        doc,
        data,
        sign_in=annex_sign_in,
        results=annex_results,
        blank_rows=sign_in_blank_rows,
    )
    return story


def heading(doc: ThaiDocument, text: str) -> Flowable:
    return doc.paragraph(text, doc.styles.heading)


def _text_section(doc: ThaiDocument, title: str, text: str) -> list[Flowable]:
    paragraphs = doc.paragraphs(text, doc.styles.body_indented) if text.strip() else []
    return [
        heading(doc, title),
        *(paragraphs or [doc.paragraph(NO_DATA, doc.styles.body_indented)]),
    ]


def _objectives(doc: ThaiDocument, data: TrainingDocData) -> list[Flowable]:
    lines = lines_of(data.objectives) or [NO_DATA]
    return [
        heading(doc, "2. วัตถุประสงค์"),
        *(doc.paragraph(line, doc.styles.block_indented) for line in lines),
    ]


def _target(doc: ThaiDocument, data: TrainingDocData) -> list[Flowable]:
    story = [heading(doc, "3. กลุ่มเป้าหมาย")]
    text = data.target_description.strip()
    if data.target_count is not None:
        text = f"{text} จำนวน {doc.number(data.target_count)} คน".strip()
    if data.villages:
        villages = " ".join(f"หมู่ที่ {v.moo} {v.name}".strip() for v in data.villages)
        text = f"{text} จาก {villages}".strip()
    story.append(doc.paragraph(text or NO_DATA, doc.styles.body_indented))
    return story


def _time_place(doc: ThaiDocument, data: TrainingDocData) -> list[Flowable]:
    start = data.planned_start or (data.sessions[0].session_date if data.sessions else None)
    end = data.planned_end or (data.sessions[-1].session_date if data.sessions else None)
    parts = [dates_phrase(doc, start, end)]
    if data.sessions:
        parts.append(f"จำนวน {doc.number(len(data.sessions))} ครั้ง")
    hours = hours_text(doc, data.hours)
    if hours:
        parts.append(f"รวม {hours}")
    if data.venue.strip():
        parts.append(f"ณ {data.venue.strip()}")
    text = " ".join(p for p in parts if p)
    keep = [f"ณ {data.venue.strip()}"] if data.venue.strip() else []
    return [
        heading(doc, "4. ระยะเวลาและสถานที่ดำเนินการ"),
        doc.paragraph(text or NO_DATA, doc.styles.body_indented, keep),
    ]


def _budget(doc: ThaiDocument, data: TrainingDocData) -> list[Flowable]:
    story = [heading(doc, "5. งบประมาณ")]
    total = data.budget_total
    approval = "ใช้งบประมาณขององค์การบริหารส่วนตำบล"
    if data.approved_amount is not None:
        approval += (
            f" ได้รับอนุมัติ จำนวน {doc.money(data.approved_amount)} บาท"
            f" ({baht_text(data.approved_amount)})"
        )
    if data.council_ref.strip():
        approval += f" ตาม{data.council_ref.strip()}"
    if data.council_on is not None:
        approval += f" เมื่อวันที่ {doc.date(data.council_on)}"
    story.append(doc.paragraph(approval, doc.styles.body_indented))
    if not data.budget_lines:
        return story
    spent_total = data.spent_total
    rows = [
        [
            str(n),
            f"{budget_label(line.category)}\n{line.description.strip()}".strip(),
            doc.money(line.amount),
            NO_DATA if line.spent is None else doc.money(line.spent),
        ]
        for n, line in enumerate(data.budget_lines, start=1)
    ]
    rows.append(
        [
            "",
            "รวมทั้งสิ้น",
            doc.money(total),
            NO_DATA if spent_total is None else doc.money(spent_total),
        ]
    )
    header = ["ลำดับ", "รายการ", "ประมาณการ\n(บาท)", "ใช้จ่ายจริง\n(บาท)"]
    last = len(rows) - 1
    story += [
        Spacer(0, 0.15 * cm),
        doc.table(
            header,
            rows,
            doc.fitted_widths(header, rows, 1, bold_rows=[last]),
            align=["center", "left", "right", "right"],
            bold_rows=[last],
            shaded_rows=[last],
        ),
        Spacer(0, 0.15 * cm),
        doc.paragraph(
            f"งบประมาณตามโครงการ รวมทั้งสิ้น {doc.money(total)} บาท ({baht_text(total)})",
            doc.styles.body_indented,
        ),
    ]
    if spent_total is not None:
        text = f"ใช้จ่ายจริง รวม {doc.money(spent_total)} บาท ({baht_text(spent_total)})"
        budget = data.approved_amount if data.approved_amount is not None else total
        if spent_total <= budget:
            text += f" คงเหลือ {doc.money(budget - spent_total)} บาท"
        story.append(doc.paragraph(text, doc.styles.body_indented))
    return story


def _signatures(doc: ThaiDocument, data: TrainingDocData, before: Flowable) -> Flowable:
    signers = []
    if data.preparer is not None:
        signers.append(Signer("ผู้รายงาน", data.preparer.name, data.preparer.position))
    else:
        signers.append(Signer("ผู้รายงาน"))
    if data.signatory is not None:
        signers.append(Signer("ผู้รับรอง", data.signatory.name, data.signatory.position))
    parts: list[Flowable] = [before, Spacer(0, 0.3 * cm)]
    if data.report_date is not None:
        parts.append(doc.paragraph(f"รายงาน ณ วันที่ {doc.date(data.report_date)}", doc.styles.right))
    parts.append(doc.signatures(signers))
    # The date and the signatures move to the next page together, never one without the other.
    return KeepTogether(parts)
