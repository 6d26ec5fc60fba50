"""The project report and the satisfaction summary of a training round, read back."""

from __future__ import annotations

from dataclasses import replace

import pytest
import training_pdf_data as D  # the round printed (conftest.py makes it importable)
from pdf_readback import embedded_fonts, has_text, page_texts
from pypdf import PdfReader

from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.thai.digits import to_thai_digits
from wangmuang_desk.thai.money import baht_text
from wangmuang_desk.thai.wrap import starts_with_combining_mark

SECTIONS = (
    "1. หลักการและเหตุผล",
    "2. วัตถุประสงค์",
    "3. กลุ่มเป้าหมาย",
    "4. ระยะเวลาและสถานที่ดำเนินการ",
    "5. งบประมาณ",
    "6. วิธีการดำเนินงาน",
    "7. ผลการดำเนินงาน",
    "8. ปัญหา อุปสรรค และข้อเสนอแนะ",
)


def _body(texts: list[str]) -> str:
    """The pages' text run together without the page numbers between them, so a sentence
    that goes on over a page break reads whole."""
    return "\n".join(
        line for text in texts for line in text.splitlines() if not line.strip().startswith("หน้า")
    )


def _t(text: str) -> str:
    return to_thai_digits(text)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from wangmuang_desk.reports.training_report import build_training_report

    data = D.training_data(40)
    return data, build_training_report(data, tmp_path_factory.mktemp("report") / "report.pdf")


def test_sections_in_order_then_signatures_then_annexes(report):
    data, path = report
    texts = page_texts(path)
    joined = comparable("\n".join(texts))
    positions = [joined.index(comparable(_t(s))) for s in SECTIONS]
    assert positions == sorted(positions)
    assert has_text(texts[0], "รายงานผลการดำเนินโครงการ") and has_text(texts[0], data.title[:40])
    signed = joined.index(comparable("ผู้รายงาน"))
    annex_a = joined.index(comparable("ภาคผนวก ก ผลการเข้ารับการฝึกอบรมรายบุคคล"))
    annex_b = joined.index(comparable("ภาคผนวก ข ใบลงชื่อผู้เข้ารับการฝึกอบรม"))
    assert positions[-1] < signed < annex_a < annex_b
    assert has_text(texts[0], data.rationale.splitlines()[0][:30])
    for line in data.objectives.splitlines():
        assert comparable(_t(line)) in joined
    total = len(texts)
    for number, text in enumerate(texts, start=1):  # one numbering for the whole report
        assert has_text(text, _t(f"หน้า {number} / {total}")), number


def test_budget_lines_totals_and_words(report):
    data, path = report
    text = _body(page_texts(path))
    assert data.budget_total == 42500.50 and data.spent_total == 41140.25
    for label in ("ค่าตอบแทนวิทยากร", "ค่าอาหารกลางวัน", "ค่าวัสดุอุปกรณ์ในการฝึกอบรม", "รวมทั้งสิ้น"):
        assert has_text(text, label)
    assert has_text(text, _t("12,500.50")) and has_text(text, _t("12,340.25"))
    assert has_text(text, _t("รวมทั้งสิ้น 42,500.50 บาท"))
    assert has_text(text, baht_text(data.budget_total))  # สี่หมื่นสองพันห้าร้อยบาทห้าสิบสตางค์
    assert has_text(text, baht_text(data.spent_total))
    assert has_text(text, _t("คงเหลือ 1,360.25 บาท"))  # approved 42,500.50 − spent
    assert has_text(text, _t(data.council_ref)) and has_text(text, _t("12 กุมภาพันธ์ 2569"))


def test_sessions_results_tests_and_survey(report):
    data, path = report
    text = _body(page_texts(path))
    for session in data.sessions:
        assert has_text(text, _t(f"{session.session_date.day} มี.ค. 2569"))
        assert has_text(text, session.topic)
        assert has_text(text, f"วิทยากร: {session.speaker}")
    for speaker in data.speakers:
        assert has_text(text, speaker.name)
    assert has_text(text, data.partners[0].agency)
    for village in data.participants_by_village:
        assert has_text(text, village.village_name)
    passed, ok = data.passed_count, data.attendance_ok_count
    assert has_text(text, _t(f"เข้าร่วมครบตามเกณฑ์ {ok} คน"))
    assert has_text(text, _t(f"ผ่านการฝึกอบรม {passed} คน"))
    assert has_text(text, _t("ไม่น้อยกว่าร้อยละ 80 ของจำนวนครั้งที่กำหนดทั้งหมด (3 ครั้ง)"))
    for figure in ("9.85", "16.40", "6.55"):  # test means before, after, gain
        assert has_text(text, _t(figure))
    assert has_text(text, "ด้านวิทยากร") and has_text(text, "ภาพรวม")
    assert has_text(text, _t("ผู้ตอบแบบประเมิน จำนวน 38 คน"))
    assert has_text(text, "ระยะเวลาฝึกปฏิบัติน้อย")  # the office's own problems, not the survey's
    assert has_text(text, "ควรจัดอบรมนอกฤดูเก็บเกี่ยว")
    assert has_text(text, D.PREPARER.name) and has_text(text, D.SIGNATORY.position)


def test_annexes_list_every_trainee_and_a_sheet_per_session(report):
    data, path = report
    texts = page_texts(path)
    reader = PdfReader(path)
    sheets = [
        i
        for i, t in enumerate(texts)
        if has_text(t, "ใบลงชื่อผู้เข้ารับการฝึกอบรม") and has_text(t, "องค์การบริหารส่วนตำบลวังม่วง")
    ]
    assert len(sheets) == len(data.sessions)
    for i in range(sheets[0], len(texts)):  # the sheets are landscape, as printed alone
        page = reader.pages[i]
        assert float(page.mediabox.width) > float(page.mediabox.height)
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)
    joined = comparable("\n".join(texts))
    for trainee in data.trainees:  # annex ก once, then once on each session's sheet
        assert joined.count(comparable(trainee.name)) >= 1 + len(data.sessions), trainee.name
    annex_a = next(i for i, t in enumerate(texts) if has_text(t, "ภาคผนวก ก"))
    results = "".join(texts[annex_a : sheets[0]])
    assert has_text(results, "ไม่ผ่าน") and has_text(results, _t("66.7"))  # 2 of 3 sessions: failed


def test_fonts_and_line_starts(report):
    _, path = report
    assert embedded_fonts(path) == {"Laksaman", "Laksaman-Bold"}
    for number, text in enumerate(page_texts(path), start=1):
        for line in text.splitlines():
            assert not starts_with_combining_mark(line.strip()), (number, line)


def test_a_round_with_little_data_still_reports(tmp_path):
    from wangmuang_desk.reports.training_report import build_training_report

    data = replace(
        D.training_data(0, thai_digits=False),
        sessions=(),
        results=(),
        marks={},
        test=None,
        survey=None,
        budget_lines=(),
        problems="",
        suggestions="",
        participants_by_village=(),
        approved_amount=None,
        preparer=None,
        report_date=None,
    )
    texts = page_texts(build_training_report(data, tmp_path / "thin.pdf"))
    text = "\n".join(texts)
    for section in SECTIONS:
        assert has_text(text, section)
    assert has_text(text, "ยังไม่ได้กำหนดวันฝึกอบรม")
    assert has_text(text, "ไม่มีผลการประเมินความพึงพอใจ") and has_text(text, "ไม่มีผลการทดสอบความรู้")
    assert not has_text(text, "ภาคผนวก")  # nobody registered: nothing to annex
    assert not any("๐" <= ch <= "๙" for ch in text)


def test_survey_summary_document(tmp_path):
    from wangmuang_desk.reports.training_survey_summary import build_survey_summary

    data = D.survey_report()
    texts = page_texts(build_survey_summary(data, tmp_path / "survey.pdf"))
    text = "\n".join(texts)
    assert has_text(texts[0], "สรุปผลการประเมินความพึงพอใจของผู้เข้ารับการฝึกอบรม")
    for aspect in data.survey.aspects:
        assert has_text(text, f"ด้าน{aspect.label}")
        assert has_text(text, _t(f"{aspect.mean:.2f}")) and has_text(text, aspect.band)
    for _, item in data.survey.items:
        assert has_text(text, item.label)
    assert has_text(text, _t("ภาพรวม 266 4.32 0.61 มาก"))  # the overall row, in table order
    assert has_text(text, _t("4.51 – 5.00")) and has_text(text, "น้อยที่สุด")  # the band table
    assert has_text(text, _t("ผู้ตอบแบบประเมิน จำนวน 38 คน"))
    for entry in (*data.survey.problems, *data.survey.suggestions):
        assert has_text(text, entry)
    assert has_text(text, "S.D.") and has_text(text, D.PREPARER.name)
    total = len(texts)
    assert all(has_text(t, _t(f"หน้า {n} / {total}")) for n, t in enumerate(texts, start=1))
    for line in text.splitlines():
        assert not starts_with_combining_mark(line.strip()), line
