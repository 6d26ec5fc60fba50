"""Sign-in sheets and certificates of a training round, read back from the PDF."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
import training_pdf_data as D  # the round printed (conftest.py makes it importable)
from pdf_readback import embedded_fonts, has_text, page_texts
from pypdf import PdfReader

from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.thai.digits import to_arabic_digits, to_thai_digits
from wangmuang_desk.thai.wrap import starts_with_combining_mark

CM = 72 / 2.54


def _landscape(path) -> list[bool]:
    return [float(p.mediabox.width) > float(p.mediabox.height) for p in PdfReader(path).pages]


def _assert_clean_lines(texts: list[str]) -> None:
    for number, text in enumerate(texts, start=1):
        for line in text.splitlines():
            assert not starts_with_combining_mark(line.strip()), (number, line)


def _row_numbers(text: str) -> list[int]:
    """The sequence numbers of a sign-in page: lines holding a number alone."""
    return [
        int(line)
        for line in (to_arabic_digits(x.strip()) for x in text.splitlines())
        if line.isdigit()
    ]


def _word_boxes(path) -> list[tuple[int, float, float, float, float, float]]:
    """(page, page width, page height, xMin, yMin, xMax, yMax) of every word poppler finds."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes, page, size = [], 0, (0.0, 0.0)
    for line in out.splitlines():
        if m := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line):
            page, size = page + 1, (float(m.group(1)), float(m.group(2)))
        elif m := re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', line
        ):
            boxes.append((page, *size, *(float(g) for g in m.groups())))
    return boxes


# -- sign-in sheets ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sheets_pdf(tmp_path_factory):
    from wangmuang_desk.reports.training_sign_in import build_sign_in_sheets

    data = D.training_data(40).sign_in()
    return build_sign_in_sheets(data, tmp_path_factory.mktemp("sheets") / "sheets.pdf")


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory):
    from wangmuang_desk.reports.training_sign_in import build_sign_in_sheet

    data = D.with_trainees(D.training_data(), 200).sign_in()
    out = tmp_path_factory.mktemp("big") / "big.pdf"
    return data, build_sign_in_sheet(data, data.sessions[0], out)


def test_every_session_has_its_sheet_numbered_on_its_own(sheets_pdf):
    data = D.training_data(40)
    texts = page_texts(sheets_pdf)
    firsts = [
        i
        for i, t in enumerate(texts)
        if has_text(t, "ใบลงชื่อผู้เข้ารับการฝึกอบรม") and has_text(t, "องค์การบริหารส่วนตำบลวังม่วง")
    ]
    assert len(firsts) == 3 and firsts[0] == 0
    bounds = [*firsts, len(texts)]
    for session, start, end in zip(data.sessions, bounds, bounds[1:], strict=False):
        pages = texts[start:end]
        assert has_text(pages[0], to_thai_digits(f"ครั้งที่ {session.seq}"))
        assert has_text(pages[0], to_thai_digits(f"{session.session_date.day} มีนาคม พ.ศ. 2569"))
        assert has_text(pages[0], session.topic)
        assert has_text(pages[0], to_thai_digits("เวลา 09.00 – 16.00 น."))
        for number, page in enumerate(pages, start=1):
            assert has_text(page, to_thai_digits(f"หน้า {number} / {len(pages)}")), (start, number)
            assert has_text(page, "ลายมือชื่อ") and has_text(page, "หมายเหตุ")  # the header row
            if number > 1:  # a loose page still names its session
                head = f"ครั้งที่ {session.seq} วันที่ {session.session_date.day} มีนาคม 2569"
                assert has_text(page, to_thai_digits(head))
        names = comparable("".join(pages))
        for trainee in data.trainees:
            assert comparable(to_thai_digits(trainee.name)) in names, trainee.name
    assert all(_landscape(sheets_pdf))  # four columns of data and room to sign: landscape


def test_sheets_mask_phones_leave_out_ids_and_embed_the_font(sheets_pdf):
    text = "\n".join(page_texts(sheets_pdf))
    assert has_text(text, to_thai_digits(D.trainee(1).phone_masked))
    assert "xxxxx" not in text  # no ID column unless asked
    assert embedded_fonts(sheets_pdf) == {"Laksaman", "Laksaman-Bold"}
    _assert_clean_lines(page_texts(sheets_pdf))


def test_200_trainees_fill_every_page_and_the_walk_in_rows_follow(big_sheet):
    from wangmuang_desk.reports.pdf import tables
    from wangmuang_desk.reports.pdf.styles import make_styles
    from wangmuang_desk.reports.training_sign_in import FORM_MARGINS

    data, path = big_sheet
    texts = page_texts(path)
    per_page = [_row_numbers(t) for t in texts]
    # Every name, in the order given, then the five numbered blank rows.
    assert [n for page in per_page for n in page] == list(range(1, 206))
    joined = comparable("".join(texts))
    for trainee in data.trainees:
        assert comparable(to_thai_digits(trainee.name)) in joined
    # Every name fits its line, so each row is one line of text tall: the continuation pages
    # hold as many rows as the page height allows, and no more pages are used than needed.
    row = make_styles().cell.leading + tables._PAD_TOP + tables._PAD_BOTTOM
    frame = (21.0 - FORM_MARGINS.top - FORM_MARGINS.bottom) * CM
    capacity = math.floor((frame - row) / row)  # the header row comes first on each page
    rows_pages = [p for p in per_page if p]
    assert all(len(p) == capacity for p in rows_pages[1:-1])
    expected = 1 + math.ceil((205 - len(rows_pages[0])) / capacity)
    assert len(rows_pages) == expected
    # No certifier's line by default: it could be left alone on a page of its own.
    assert len(texts) == expected and not has_text(texts[-1], "ผู้รับรอง")
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert has_text(text, to_thai_digits(f"หน้า {number} / {total}"))
        assert has_text(text, "ลายมือชื่อ")  # the header row on every page
    _assert_clean_lines(texts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_sheet_text_stays_inside_the_margins(big_sheet):
    from wangmuang_desk.reports.training_sign_in import FORM_MARGINS

    boxes = _word_boxes(big_sheet[1])
    assert boxes
    for page, width, _, x_min, _, x_max, _ in boxes:
        assert x_min >= FORM_MARGINS.left * CM - 0.5, (page, x_min)
        assert x_max <= width - FORM_MARGINS.right * CM + 0.5, (page, x_max)


def test_id_column_on_request_and_blank_rows_as_asked(tmp_path):
    from wangmuang_desk.reports.training_sign_in import build_sign_in_sheet

    data = D.training_data(12, thai_digits=False).sign_in()
    path = build_sign_in_sheet(
        data, data.sessions[1], tmp_path / "id.pdf", show_id=True, blank_rows=2
    )
    texts = page_texts(path)
    text = "\n".join(texts)
    assert has_text(text, "เลขประจำตัวประชาชน")
    assert has_text(text, D.trainee(3).citizen_id_masked)  # x-xxxx-xxxxx-13-3: masked
    assert [n for t in texts for n in _row_numbers(t)] == list(range(1, 15))
    assert has_text(text, "หน้า 1 /") and not any("๐" <= ch <= "๙" for ch in text)


def test_portrait_when_the_columns_fit(tmp_path):
    from wangmuang_desk.reports.training_sign_in import build_sign_in_sheet

    short = tuple(
        replace(D.trainee(i), name=f"นาย{n} ดี", house_no=str(i + 1), phone_masked="")
        for i, n in enumerate(("ดำ", "แดง", "ขาว"))
    )
    data = replace(D.training_data(3).sign_in(), trainees=short)
    path = build_sign_in_sheet(data, None, tmp_path / "short.pdf")
    assert _landscape(path) == [False]
    text = page_texts(path)[0]
    assert has_text(text, "นายแดง ดี") and has_text(text, "วันที่ ....")  # no session: date to fill


def test_page_plan_restarts_numbers_and_carries_running_heads():
    from wangmuang_desk.reports.pdf.page_numbers import _Mark, page_plan

    marks = {1: _Mark(True, "ก"), 3: _Mark(True, "ข"), 5: _Mark(False, "")}
    assert page_plan(6, marks) == [
        (1, 2, ""),
        (2, 2, "ก"),
        (1, 4, ""),
        (2, 4, "ข"),
        (3, 4, ""),
        (4, 4, ""),
    ]
    assert page_plan(2, {}) == [(1, 2, ""), (2, 2, "")]


# -- certificates --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates_pdf(tmp_path_factory):
    from wangmuang_desk.reports.training_certificates import build_certificates

    return build_certificates(D.certificates(3), tmp_path_factory.mktemp("cert") / "cert.pdf")


def test_one_certificate_per_landscape_page(certificates_pdf):
    batch = D.certificates(3)
    texts = page_texts(certificates_pdf)
    assert len(texts) == 3 and all(_landscape(certificates_pdf))
    for number, (text, cert) in enumerate(zip(texts, batch.certificates, strict=True), start=1):
        assert has_text(text, cert.name)
        assert has_text(text, to_thai_digits(f"เลขที่ {number}/2569"))
        for other in batch.certificates:
            if other is not cert:
                assert not has_text(text, other.name)
        assert has_text(text, "ขอมอบวุฒิบัตรฉบับนี้ไว้เพื่อแสดงว่า")
        assert has_text(text, f"ได้ผ่านการฝึกอบรมหลักสูตร “{D.COURSE}”")  # the long title, whole
        assert has_text(text, to_thai_digits("ระหว่างวันที่ 10 – 12 มีนาคม 2569 รวม 18 ชั่วโมง"))
        assert has_text(text, to_thai_digits("ให้ไว้ ณ วันที่ 12 เดือน มีนาคม พ.ศ. 2569"))
        assert has_text(text, f"( {D.SIGNATORY.name} )") and has_text(text, D.SIGNATORY.position)
        assert has_text(text, "องค์การบริหารส่วนตำบลวังม่วง") and has_text(text, batch.partner)
        assert "หน้า" not in text  # a certificate is not a numbered page
    assert embedded_fonts(certificates_pdf) == {"Laksaman", "Laksaman-Bold"}
    _assert_clean_lines(texts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_very_long_title_and_name_stay_inside_the_border(tmp_path):
    from wangmuang_desk.reports.training_certificates import BORDER_INNER, build_certificates

    batch = D.certificates(2)
    long_name = "นางสาวปู่เย็นเจริญทรัพย์ศิริมงคล ณ อยุธยาวงศ์สกุลใหญ่ยิ่งเจริญทรัพย์"
    certs = (
        replace(batch.certificates[0], name=long_name, course_title=D.COURSE * 3),
        replace(batch.certificates[1], course_title=D.COURSE * 8),
    )
    path = build_certificates(replace(batch, certificates=certs), tmp_path / "long.pdf")
    texts = page_texts(path)
    assert len(texts) == 2
    assert has_text(texts[0], long_name)
    for text in texts:  # shrunk, never cut: the date given and the signatory still there
        assert has_text(text, to_thai_digits("ให้ไว้ ณ วันที่ 12 เดือน มีนาคม พ.ศ. 2569"))
        assert has_text(text, D.SIGNATORY.position)
    for page, width, height, x_min, y_min, x_max, y_max in _word_boxes(path):
        assert BORDER_INNER - 0.5 <= x_min and x_max <= width - BORDER_INNER + 0.5, page
        assert BORDER_INNER - 0.5 <= y_min and y_max <= height - BORDER_INNER + 0.5, page


def test_certificates_in_arabic_digits_and_none_to_print(tmp_path):
    from wangmuang_desk.reports.training_certificates import build_certificates

    path = build_certificates(
        D.certificates(2, thai_digits=False, long_title=False), tmp_path / "plain.pdf"
    )
    texts = page_texts(path)
    assert has_text(texts[1], "เลขที่ 2/2569") and has_text(texts[1], "การทำไม้กวาดดอกหญ้า")
    assert not any("๐" <= ch <= "๙" for ch in "".join(texts))
    with pytest.raises(ValueError):
        build_certificates(replace(D.certificates(1), certificates=()), tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


# -- the data classes ------------------------------------------------------------------------------


def test_rows_of_the_training_area_convert_with_personal_data_masked():
    from datetime import date
    from decimal import Decimal

    from wangmuang_desk.services.training_doc_rows import (
        DocResult,
        DocTrainee,
        TrainingDocData,
        count_by_village,
    )
    from wangmuang_desk.services.training_rows import TraineeResult, TraineeRow

    row = TraineeRow(
        7,
        70,
        "นางน้ำฝน ใจดี",
        "x-xxxx-xxxxx-12-3",
        "12/1",
        5,
        "บ้านท่าฤทธิ์",
        "08x-xxx-5678",  # lists and documents get phones masked (training_sessions)
        date(2026, 3, 1),
        Decimal(8),
        Decimal(15),
        "",
    )
    trainee = DocTrainee.from_row(row)
    assert trainee.phone_masked == "08x-xxx-5678" and trainee.id == 7
    result = DocResult.from_result(
        TraineeResult(row, 3, 3, Decimal("100.0"), True, None, True, "4/2569")
    )
    assert result.post_score == Decimal(15) and result.certificate_label == "4/2569"
    other = replace(trainee, id=8, moo=None, village_name="")
    counts = count_by_village([other, trainee], [result])
    assert [(c.moo, c.registered, c.passed) for c in counts] == [(5, 1, 1), (None, 1, 0)]
    data = replace(D.training_data(6), marks={(1000, 50): True, (1001, 50): False})
    assert data.present_count(data.sessions[0]) == 1
    assert data.present_count(data.sessions[1]) is None  # nothing recorded for it
    assert TrainingDocData(office=data.office, title="x", fiscal_year=2569).spent_total is None
