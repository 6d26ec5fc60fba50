"""`wangmuang-desk trainings` and the `export` of a round's documents, as a script would use
them; the documents are read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from wangmuang_desk.cli import main
from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.training_rows import (
    ApprovalInput,
    BudgetLineInput,
    PreparationInput,
    ScoreInput,
    SessionInput,
    SpeakerInput,
    SurveyResponseInput,
    TrainingInput,
)
from wangmuang_desk.thai.digits import to_arabic_digits

NAMES = ("น้ำฝน", "ผู้ใหญ่ทองใบ", "สมศรี", "ปู่เย็น")


def _round(services, villages) -> int:
    tid = services.trainings.create_round(
        TrainingInput(title="อบรมการทำไม้กวาดดอกหญ้า", planned_start=date(2026, 3, 2),
                      venue="ศาลาประชาคมหมู่ 10", village_ids=(villages[10].id,),
                      rationale="ชาวบ้านต้องการรายได้เสริม", objectives="เพื่อฝึกทักษะ"),
        PreparationInput(speakers=[SpeakerInput("นางสาวใจดี มีฝีมือ", "ปราชญ์ชาวบ้าน")]),
        [BudgetLineInput("snack", "อาหารว่าง", Decimal(20), Decimal(2), Decimal(35))],
        ApprovalInput("มติสภา 2/2569", date(2026, 2, 1), Decimal(1400)))
    s1 = services.training_sessions.save_session(tid, SessionInput(date(2026, 3, 2)))
    s2 = services.training_sessions.save_session(tid, SessionInput(date(2026, 3, 3)))
    people = [services.people.add(PersonInput(first_name=n, last_name="ใจงาม",
                                              village_id=villages[10].id, house_no="12/1"))
              for n in NAMES]
    services.training_sessions.register(tid, people)
    trainees = services.training_sessions.trainees(tid)
    marks = {(t.id, s1): True for t in trainees}
    marks.update({(t.id, s2): t.name != "ปู่เย็น ใจงาม" for t in trainees})  # 1 of 2: fails
    services.training_sessions.save_attendance(tid, marks)
    services.training_evaluation.save_scores(
        tid, [ScoreInput(t.id, Decimal(5), Decimal(8)) for t in trainees])
    services.training_evaluation.issue(tid, date(2026, 3, 3), None)
    item = services.training_survey.items(tid)[0]
    services.training_survey.save_response(tid, SurveyResponseInput(1, {item.id: 5}))
    return tid


def test_trainings_lists_rounds_tab_separated(services, villages, capsys):
    tid = _round(services, villages)
    assert main(["trainings", str(services.db.path)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t") == [str(tid), "2569", "อบรมการทำไม้กวาดดอกหญ้า", "4", "2", "3"]


def test_export_sign_in_certificates_and_report(services, villages, tmp_path, capsys):
    from wangmuang_desk.db.models import ExportLog

    tid = _round(services, villages)
    db = str(services.db.path)
    sheet, certs, report = (tmp_path / n for n in ("sheet.pdf", "certs.pdf", "report.pdf"))
    assert main(["export", "sign-in-sheet", db, "--training", str(tid), "--session", "2",
                 "--out", str(sheet)]) == 0
    text = comparable("".join(p.extract_text() for p in PdfReader(sheet).pages))
    assert all(comparable(n) in text for n in NAMES)
    assert main(["export", "certificates", db, "--training", str(tid), "--out",
                 str(certs)]) == 0
    pages = PdfReader(certs).pages
    assert len(pages) == 3  # the one under 80 % gets none
    assert all(p.mediabox.width > p.mediabox.height for p in pages)  # landscape
    assert comparable("ปู่เย็น") not in comparable("".join(p.extract_text() for p in pages))
    assert main(["export", "training-report", db, "--training", str(tid), "--out",
                 str(report)]) == 0
    report_text = comparable("".join(p.extract_text() for p in PdfReader(report).pages))
    assert comparable("รายงานผลการดำเนินโครงการ") in report_text
    with services.db.session() as s:
        assert s.query(ExportLog).count() == 3


def test_export_refuses_missing_round_or_session_without_a_file(services, villages, tmp_path,
                                                                 capsys):
    tid = _round(services, villages)
    out = tmp_path / "x.pdf"
    db = str(services.db.path)
    assert main(["export", "sign-in-sheet", db, "--training", "999", "--out", str(out)]) == 1
    assert main(["export", "sign-in-sheet", db, "--training", str(tid), "--session", "7",
                 "--out", str(out)]) == 1
    empty = services.trainings.create(TrainingInput(title="รุ่นที่ยังไม่มีวุฒิบัตร"))
    assert main(["export", "certificates", db, "--training", str(empty), "--out",
                 str(out)]) == 1
    assert not out.exists()
    assert "999" in capsys.readouterr().err


def test_sign_in_sheet_masks_each_phone_once(services, villages, tmp_path):
    tid = _round(services, villages)
    person = services.training_sessions.trainees(tid)[0].person_id
    services.people.update(person, replace(services.people.get(person)[1], phone="0812345678"))
    out = tmp_path / "sheet.pdf"
    assert main(["export", "sign-in-sheet", str(services.db.path), "--training", str(tid),
                 "--session", "1", "--out", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "08x-xxx-5678" in to_arabic_digits(text)
