"""Sections 6 to 8 of the project report of a training round.

6 how it ran: the sessions (date, time, topic and speaker, hours, who came), the speakers
and the partner agencies; 7 results: participants by village, attendance against the
round's threshold, the knowledge test, the satisfaction survey; 8 problems and suggestions.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wangmuang_desk.reports.pdf.document import ThaiDocument
from wangmuang_desk.reports.training_common import NO_DATA, decimal_text, lines_of, time_range
from wangmuang_desk.reports.training_survey_summary import open_answers, survey_tables

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import TestMeans, TrainingDocData


def _heading(doc: ThaiDocument, text: str) -> Flowable:
    return doc.paragraph(text, doc.styles.heading)


def _percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "0"
    value = (Decimal(part) * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value:.2f}"


# -- 6. how it ran -----------------------------------------------------------------------------


def operation_section(doc: ThaiDocument, data: TrainingDocData, number: int) -> list[Flowable]:
    story = [_heading(doc, f"{number}. วิธีการดำเนินงาน")]
    if not data.sessions:
        story.append(doc.paragraph("ยังไม่ได้กำหนดวันฝึกอบรม", doc.styles.body_indented))
    else:
        story.append(
            doc.paragraph(
                f"ดำเนินการฝึกอบรม จำนวน {doc.number(len(data.sessions))} ครั้ง ตามกำหนดการ ดังนี้",
                doc.styles.body_indented,
            )
        )
        header = ["ครั้งที่", "วัน เวลา", "หัวข้อ / วิทยากร", "ชม.", "ผู้เข้าร่วม\n(คน)"]
        rows = []
        for s in data.sessions:
            topic = s.topic.strip() or NO_DATA
            if s.speaker.strip():
                topic += f"\nวิทยากร: {s.speaker.strip()}"
            if s.venue.strip() and s.venue.strip() != data.venue.strip():
                topic += f"\nณ {s.venue.strip()}"
            when = doc.date(s.session_date, "short")
            clock = time_range(doc, s.start_time, s.end_time)
            present = data.present_count(s)
            rows.append(
                [
                    str(s.seq),
                    f"{when}\n{clock}" if clock else when,
                    topic,
                    NO_DATA if s.hours is None else decimal_text(s.hours),
                    NO_DATA if present is None else str(present),
                ]
            )
        story += [
            Spacer(0, 0.15 * cm),
            doc.table(
                header,
                rows,
                doc.fitted_widths(header, rows, 2),
                align=["center", "center", "left", "center", "center"],
                valign="TOP",
            ),
        ]
    if data.speakers:
        story += _numbered_names(doc, "วิทยากร", [
            (sp.name.strip(), sp.agency.strip()) for sp in data.speakers])
    if data.partners:
        story += _numbered_names(doc, "หน่วยงานร่วมดำเนินการ", [
            (p.agency.strip(), f"({p.role.strip()})" if p.role.strip() else "")
            for p in data.partners])
    return story


def _numbered_names(doc: ThaiDocument, title: str,
                    entries: list[tuple[str, str]]) -> list[Flowable]:
    """A heading, then "1. name what-follows" a line each ("" when nothing follows)."""
    story: list[Flowable] = [doc.paragraph(title, doc.styles.heading)]
    for n, (name, after) in enumerate(entries, start=1):
        text = f"{n}. {name} {after}" if after else f"{n}. {name}"
        # Names of people and agencies are proper nouns the dictionary would split.
        story.append(doc.paragraph(text, doc.styles.block_indented, [name, after]))
    return story


# -- 7. results --------------------------------------------------------------------------------


def results_section(doc: ThaiDocument, data: TrainingDocData, number: int) -> list[Flowable]:
    story = [_heading(doc, f"{number}. ผลการดำเนินงาน")]
    story += _participants(doc, data, f"{number}.1")
    story += _attendance(doc, data, f"{number}.2")
    story += _test(doc, data.test, f"{number}.3")
    story.append(_heading(doc, f"{number}.4 ความพึงพอใจของผู้เข้ารับการฝึกอบรม"))
    if data.survey is None:
        story.append(doc.paragraph("ไม่มีผลการประเมินความพึงพอใจ", doc.styles.body_indented))
    else:
        story += survey_tables(doc, data.survey)
    return story


def _participants(doc: ThaiDocument, data: TrainingDocData, label: str) -> list[Flowable]:
    count = len(data.trainees)
    text = f"มีผู้ลงทะเบียนเข้ารับการฝึกอบรม จำนวน {doc.number(count)} คน"
    if data.target_count:
        text += (
            f" จากเป้าหมาย {doc.number(data.target_count)} คน"
            f" คิดเป็นร้อยละ {doc.text(_percent(count, data.target_count))}"
        )
    story = [
        _heading(doc, f"{label} ผู้เข้ารับการฝึกอบรม"),
        doc.paragraph(text, doc.styles.body_indented),
    ]
    villages = data.participants_by_village
    if villages:
        header = ["หมู่ที่", "หมู่บ้าน", "ลงทะเบียน\n(คน)", "ผ่านการอบรม\n(คน)"]
        rows = [
            [
                NO_DATA if v.moo is None else str(v.moo),
                v.village_name or NO_DATA,
                str(v.registered),
                str(v.passed),
            ]
            for v in villages
        ]
        rows.append(
            [
                "",
                "รวม",
                str(sum(v.registered for v in villages)),
                str(sum(v.passed for v in villages)),
            ]
        )
        last = len(rows) - 1
        widths = doc.fitted_widths(header, rows, None, bold_rows=[last])
        table = doc.table(
            header,
            rows,
            widths,
            align=["center", "left", "center", "center"],
            bold_rows=[last],
            shaded_rows=[last],
        )
        # A short table moves on with its heading and the line before it rather than split
        # (a heading's keep-with-next does not reach into a KeepTogether).
        story = [KeepTogether([*story, Spacer(0, 0.15 * cm), table])]
    return story


def _attendance(doc: ThaiDocument, data: TrainingDocData, label: str) -> list[Flowable]:
    planned = len(data.sessions)
    rule = (
        f"เกณฑ์การผ่านการฝึกอบรม: เข้ารับการฝึกอบรมไม่น้อยกว่าร้อยละ"
        f" {doc.number(data.attendance_threshold)} ของจำนวนครั้งที่กำหนดทั้งหมด"
        f" ({doc.number(planned)} ครั้ง)"
    )
    if data.pass_mark is not None:
        rule += (
            f" และได้คะแนนทดสอบหลังการฝึกอบรมไม่น้อยกว่า {doc.text(decimal_text(data.pass_mark))} คะแนน"
        )
    total = len(data.results)
    ok, passed = data.attendance_ok_count, data.passed_count
    outcome = (
        f"ผู้เข้ารับการฝึกอบรมเข้าร่วมครบตามเกณฑ์ {doc.number(ok)} คน"
        f" คิดเป็นร้อยละ {doc.text(_percent(ok, total))}"
        f" ผ่านการฝึกอบรม {doc.number(passed)} คน คิดเป็นร้อยละ {doc.text(_percent(passed, total))}"
        f" ของผู้ลงทะเบียน {doc.number(total)} คน"
    )
    return [
        _heading(doc, f"{label} การเข้ารับการฝึกอบรม"),
        doc.paragraph(rule, doc.styles.body_indented),
        doc.paragraph(outcome if total else "ยังไม่มีผลการประเมิน", doc.styles.body_indented),
    ]


def _test(doc: ThaiDocument, test: TestMeans | None, label: str) -> list[Flowable]:
    story = [_heading(doc, f"{label} ผลการทดสอบความรู้")]
    if test is None or (test.pre is None and test.post is None):
        story.append(doc.paragraph("ไม่มีผลการทดสอบความรู้", doc.styles.body_indented))
        return story
    full = test.full_score
    text = f"ผู้เข้ารับการฝึกอบรมที่ทำแบบทดสอบทั้งก่อนและหลังการฝึกอบรม จำนวน {doc.number(test.tested)} คน"
    if full:
        text += f" (คะแนนเต็ม {doc.text(decimal_text(full))} คะแนน)"
    header = ["การทดสอบ", "คะแนนเฉลี่ย"] + (["ร้อยละของ\nคะแนนเต็ม"] if full else [])
    rows = []
    for caption, value in (
        ("ก่อนการฝึกอบรม", test.pre),
        ("หลังการฝึกอบรม", test.post),
        ("คะแนนเพิ่มขึ้น", test.gain),
    ):
        row = [caption, NO_DATA if value is None else f"{value:.2f}"]
        if full:
            row.append(NO_DATA if value is None else f"{value * 100 / full:.2f}")
        rows.append(row)
    widths = doc.fitted_widths(header, rows, None)
    table = doc.table(
        header, rows, widths, align=["left", "center", "center"][: len(header)], bold_rows=[2]
    )
    intro = doc.paragraph(text, doc.styles.body_indented)
    return [KeepTogether([*story, intro, Spacer(0, 0.15 * cm), table])]


# -- 8. problems and suggestions ----------------------------------------------------------------


def problems_section(doc: ThaiDocument, data: TrainingDocData, number: int) -> list[Flowable]:
    problems = lines_of(data.problems)
    suggestions = lines_of(data.suggestions)
    # The office's own summary first; without one, what the trainees wrote in the survey.
    if not problems and data.survey is not None:
        problems = list(data.survey.problems)
    if not suggestions and data.survey is not None:
        suggestions = list(data.survey.suggestions)
    return [
        _heading(doc, f"{number}. ปัญหา อุปสรรค และข้อเสนอแนะ"),
        *open_answers(doc, problems, suggestions),
    ]
