"""The project report and the satisfaction summary of a training round, read back."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from wangmuang_desk.reports.fonts import normalize_extracted_text
from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.thai.digits import to_thai_digits
from wangmuang_desk.thai.money import baht_text
from wangmuang_desk.thai.wrap import starts_with_combining_mark


def _load_data():
    # pytest's importlib mode lets no test module import a sibling by name.
    path = Path(__file__).with_name("training_pdf_data.py")
    spec = importlib.util.spec_from_file_location("training_pdf_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


D = _load_data()
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


def _texts(path) -> list[str]:
    return [normalize_extracted_text(p.extract_text()) for p in PdfReader(path).pages]


def _has(text: str, part: str) -> bool:
    return comparable(part) in comparable(text)


def _body(texts: list[str]) -> str:
    """The pages' text run together without the page numbers between them, so a sentence
    that goes on over a page break reads whole."""
    return "\n".join(
        line for text in texts for line in text.splitlines() if not line.strip().startswith("หน้า")
    )


def _fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def _t(text: str) -> str:
    return to_thai_digits(text)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from wangmuang_desk.reports.training_report import build_training_report

    data = D.training_data(40)
    return data, build_training_report(data, tmp_path_factory.mktemp("report") / "report.pdf")


def test_sections_in_order_then_signatures_then_annexes(report):
    data, path = report
    texts = _texts(path)
    joined = comparable("\n".join(texts))
    positions = [joined.index(comparable(_t(s))) for s in SECTIONS]
    assert positions == sorted(positions)
    assert _has(texts[0], "รายงานผลการดำเนินโครงการ") and _has(texts[0], data.title[:40])
    signed = joined.index(comparable("ผู้รายงาน"))
    annex_a = joined.index(comparable("ภาคผนวก ก ผลการเข้ารับการฝึกอบรมรายบุคคล"))
    annex_b = joined.index(comparable("ภาคผนวก ข ใบลงชื่อผู้เข้ารับการฝึกอบรม"))
    assert positions[-1] < signed < annex_a < annex_b
    assert _has(texts[0], data.rationale.splitlines()[0][:30])
    for line in data.objectives.splitlines():
        assert comparable(_t(line)) in joined
    total = len(texts)
    for number, text in enumerate(texts, start=1):  # one numbering for the whole report
        assert _has(text, _t(f"หน้า {number} / {total}")), number


def test_budget_lines_totals_and_words(report):
    data, path = report
    text = _body(_texts(path))
    assert data.budget_total == 42500.50 and data.spent_total == 41140.25
    for label in ("ค่าตอบแทนวิทยากร", "ค่าอาหารกลางวัน", "ค่าวัสดุอุปกรณ์ในการฝึกอบรม", "รวมทั้งสิ้น"):
        assert _has(text, label)
    assert _has(text, _t("12,500.50")) and _has(text, _t("12,340.25"))
    assert _has(text, _t("รวมทั้งสิ้น 42,500.50 บาท"))
    assert _has(text, baht_text(data.budget_total))  # สี่หมื่นสองพันห้าร้อยบาทห้าสิบสตางค์
    assert _has(text, baht_text(data.spent_total))
    assert _has(text, _t("คงเหลือ 1,360.25 บาท"))  # approved 42,500.50 − spent
    assert _has(text, _t(data.council_ref)) and _has(text, _t("12 กุมภาพันธ์ 2569"))


def test_sessions_results_tests_and_survey(report):
    data, path = report
    text = _body(_texts(path))
    for session in data.sessions:
        assert _has(text, _t(f"{session.session_date.day} มี.ค. 2569"))
        assert _has(text, session.topic)
        assert _has(text, f"วิทยากร: {session.speaker}")
    for speaker in data.speakers:
        assert _has(text, speaker.name)
    assert _has(text, data.partners[0].agency)
    for village in data.participants_by_village:
        assert _has(text, village.village_name)
    passed, ok = data.passed_count, data.attendance_ok_count
    assert _has(text, _t(f"เข้าร่วมครบตามเกณฑ์ {ok} คน"))
    assert _has(text, _t(f"ผ่านการฝึกอบรม {passed} คน"))
    assert _has(text, _t("ไม่น้อยกว่าร้อยละ 80 ของจำนวนครั้งที่กำหนดทั้งหมด (3 ครั้ง)"))
    for figure in ("9.85", "16.40", "6.55"):  # test means before, after, gain
        assert _has(text, _t(figure))
    assert _has(text, "ด้านวิทยากร") and _has(text, "ภาพรวม")
    assert _has(text, _t("ผู้ตอบแบบประเมิน จำนวน 38 คน"))
    assert _has(text, "ระยะเวลาฝึกปฏิบัติน้อย")  # the office's own problems, not the survey's
    assert _has(text, "ควรจัดอบรมนอกฤดูเก็บเกี่ยว")
    assert _has(text, D.PREPARER.name) and _has(text, D.SIGNATORY.position)


def test_annexes_list_every_trainee_and_a_sheet_per_session(report):
    data, path = report
    texts = _texts(path)
    reader = PdfReader(path)
    sheets = [
        i
        for i, t in enumerate(texts)
        if _has(t, "ใบลงชื่อผู้เข้ารับการฝึกอบรม") and _has(t, "องค์การบริหารส่วนตำบลวังม่วง")
    ]
    assert len(sheets) == len(data.sessions)
    for i in range(sheets[0], len(texts)):  # the sheets are landscape, as printed alone
        page = reader.pages[i]
        assert float(page.mediabox.width) > float(page.mediabox.height)
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)
    joined = comparable("\n".join(texts))
    for trainee in data.trainees:  # annex ก once, then once on each session's sheet
        assert joined.count(comparable(trainee.name)) >= 1 + len(data.sessions), trainee.name
    annex_a = next(i for i, t in enumerate(texts) if _has(t, "ภาคผนวก ก"))
    results = "".join(texts[annex_a : sheets[0]])
    assert _has(results, "ไม่ผ่าน") and _has(results, _t("66.7"))  # 2 of 3 sessions: failed


def test_fonts_and_line_starts(report):
    _, path = report
    assert _fonts(path) == {"Laksaman", "Laksaman-Bold"}
    for number, text in enumerate(_texts(path), start=1):
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
    texts = _texts(build_training_report(data, tmp_path / "thin.pdf"))
    text = "\n".join(texts)
    for section in SECTIONS:
        assert _has(text, section)
    assert _has(text, "ยังไม่ได้กำหนดวันฝึกอบรม")
    assert _has(text, "ไม่มีผลการประเมินความพึงพอใจ") and _has(text, "ไม่มีผลการทดสอบความรู้")
    assert not _has(text, "ภาคผนวก")  # nobody registered: nothing to annex
    assert not any("๐" <= ch <= "๙" for ch in text)


def test_survey_summary_document(tmp_path):
    from wangmuang_desk.reports.training_survey_summary import build_survey_summary

    data = D.survey_report()
    texts = _texts(build_survey_summary(data, tmp_path / "survey.pdf"))
    text = "\n".join(texts)
    assert _has(texts[0], "สรุปผลการประเมินความพึงพอใจของผู้เข้ารับการฝึกอบรม")
    for aspect in data.survey.aspects:
        assert _has(text, f"ด้าน{aspect.label}")
        assert _has(text, _t(f"{aspect.mean:.2f}")) and _has(text, aspect.band)
    for _, item in data.survey.items:
        assert _has(text, item.label)
    assert _has(text, _t("ภาพรวม 266 4.32 0.61 มาก"))  # the overall row, in table order
    assert _has(text, _t("4.51 – 5.00")) and _has(text, "น้อยที่สุด")  # the band table
    assert _has(text, _t("ผู้ตอบแบบประเมิน จำนวน 38 คน"))
    for entry in (*data.survey.problems, *data.survey.suggestions):
        assert _has(text, entry)
    assert _has(text, "S.D.") and _has(text, D.PREPARER.name)
    total = len(texts)
    assert all(_has(t, _t(f"หน้า {n} / {total}")) for n, t in enumerate(texts, start=1))
    for line in text.splitlines():
        assert not starts_with_combining_mark(line.strip()), line
