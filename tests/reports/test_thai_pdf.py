"""The PDF foundation: Thai paragraphs (shaped, broken between words), tables, page frame."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from wangmuang_desk.reports.fonts import normalize_extracted_text
from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.thai.digits import to_thai_digits
from wangmuang_desk.thai.wrap import split_words, starts_with_combining_mark

MARKS = "ผู้ใหญ่ ปู่ น้ำ ญี่ปุ่น ฐาน ที่"
LONG = (
    "ผู้ใหญ่บ้านหมู่ที่สิบแจ้งว่าปู่ย่าตายายในชุมชนร่วมกันถ่ายทอดภูมิปัญญาการทอผ้าลายน้ำไหล"
    "ให้แก่เยาวชนซึ่งเป็นเอกลักษณ์ของหมู่บ้าน ลูกค้าจากประเทศญี่ปุ่นสั่งซื้อสินค้าของกลุ่มเป็นประจำ"
    "ทุกปี ทำให้ฐานะความเป็นอยู่ของสมาชิกดีขึ้นอย่างเห็นได้ชัด สมาชิกทุกคนต้องถือหุ้นอย่างน้อย 5 หุ้น"
)
CM = 72 / 2.54


@pytest.fixture(scope="module")
def styles():
    from wangmuang_desk.reports.pdf.styles import make_styles

    return make_styles()


def _lines_of(text: str, width: float, styles, **kw):
    from wangmuang_desk.reports.pdf.thai_paragraph import break_lines, measure_for

    return break_lines(text, width, measure_for(styles.body), **kw)


def _page_texts(path) -> list[str]:
    return [normalize_extracted_text(p.extract_text()) for p in PdfReader(path).pages]


def _word_boxes(path) -> list[tuple[int, float, float, float]]:
    """(page number, page width, xMin, xMax) of every word poppler finds."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes, page, width = [], 0, 0.0
    for line in out.splitlines():
        if m := re.search(r'<page width="([\d.]+)"', line):
            page, width = page + 1, float(m.group(1))
        elif m := re.search(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', line):
            boxes.append((page, width, float(m.group(1)), float(m.group(2))))
    return boxes


# -- measuring and breaking ---------------------------------------------------------------


def test_string_width_equals_shaped_width(styles):
    # Lines are measured with stringWidth; HarfBuzz must not make them any wider.
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import shapeFragWord

    for font in ("Laksaman", "Laksaman-Bold"):
        assert stringWidth("\u0e48", font, 16) == 0  # a tone mark has no advance
        for text in (*MARKS.split(), LONG):
            plain = stringWidth(text, font, 16)
            shaped = shapeFragWord([plain, (ABag(fontName=font, fontSize=16), text)])[0]
            assert shaped == pytest.approx(plain, abs=1e-6), text


def test_lines_fit_start_with_no_mark_and_break_between_words(styles):
    from wangmuang_desk.reports.pdf.thai_paragraph import measure_for

    measure = measure_for(styles.body)
    boundaries = set()
    pos = 0
    for word in split_words(LONG):
        pos += len(word)
        boundaries.add(pos)
    for width in (4 * CM, 7 * CM, 12 * CM):
        lines, starts = _lines_of(LONG, width, styles)
        assert len(lines) > 1
        for line, start in zip(lines, starts, strict=True):
            assert measure(line) <= width
            assert not starts_with_combining_mark(line)
            assert LONG[start : start + len(line)] == line  # starts point into the text
        for start in starts[1:]:
            # A break falls between two words, or at a space (which is dropped).
            assert start in boundaries or LONG[start - 1] == " ", LONG[start - 5 : start + 5]
        assert comparable("".join(lines)) == comparable(LONG)


def test_first_line_indent_and_hard_breaks(styles):
    width = 10 * CM
    plain, _ = _lines_of(LONG, width, styles)
    indented, _ = _lines_of(LONG, width, styles, first_line_width=width - 2.5 * CM)
    assert len(indented[0]) < len(plain[0])
    two, _ = _lines_of("บรรทัดแรก\nบรรทัดที่สอง", width, styles)
    assert two == ["บรรทัดแรก", "บรรทัดที่สอง"]


def test_keep_together_phrases(styles):
    from wangmuang_desk.reports.pdf.thai_paragraph import measure_for

    name = "นางสาวฐิติมา ญี่ปุ่นวงศ์"
    text = f"ผู้รับผิดชอบโครงการคือ{name}และคณะ"
    width = measure_for(styles.body)("ผู้รับผิดชอบโครงการคือนางสาว") + 1
    broken, _ = _lines_of(text, width, styles)
    assert not any(name in line for line in broken)  # the dictionary splits it
    kept, _ = _lines_of(text, width, styles, keep_together=[name])
    assert any(name in line for line in kept)
    # A phrase wider than the line is broken after all rather than overflow.
    narrow = measure_for(styles.body)(name) / 2
    lines, _ = _lines_of(name, narrow, styles, keep_together=[name])
    assert len(lines) > 1


def test_paragraph_rewraps_when_the_width_changes_and_splits_between_lines(styles):
    from wangmuang_desk.reports.pdf.thai_paragraph import ThaiParagraph

    para = ThaiParagraph(LONG, styles.body_indented)
    _, narrow_height = para.wrap(6 * CM, 1000)
    _, wide_height = para.wrap(15 * CM, 1000)
    leading = styles.body.leading
    assert narrow_height > wide_height and wide_height % leading == pytest.approx(0, abs=1e-6)
    para.wrap(6 * CM, 1000)
    head, tail = para.split(6 * CM, 3.5 * leading)
    assert head.wrap(6 * CM, 1000)[1] == pytest.approx(3 * leading)
    assert tail.continuation and not head.continuation
    assert comparable(head.text + tail.text) == comparable(LONG)
    assert para.split(6 * CM, leading / 2) == []


# -- documents ------------------------------------------------------------------------------


def _emblem(size=(200, 300)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 150, 20)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    """Body text, a 60-row table with a signature column, landscape and portrait pages."""
    from wangmuang_desk.reports.pdf.blocks import Signer
    from wangmuang_desk.reports.pdf.document import ThaiDocument

    doc = ThaiDocument(thai_digits=True, title="ทดสอบ")
    rows = [[str(i), f"นางน้ำฝน ญี่ปุ่นวงศ์{i}", "08x-xxx-1234", ""] for i in range(1, 61)]
    story = [
        *doc.header("องค์การบริหารส่วนตำบลวังม่วง", _emblem()),
        doc.paragraph("หัวเรื่อง & <ทดสอบ>", doc.styles.title),
        doc.paragraph(LONG * 2, doc.styles.body_indented),
        doc.paragraph(f"วันที่ {doc.date(date(2026, 11, 20))}", doc.styles.right),
        doc.table(
            ["ลำดับ", "ชื่อ–สกุล", "โทรศัพท์", "ลายมือชื่อ"],
            rows,
            [1.7, 6.3, 3.5, 4.5],
            align=["center", "left", "center", "left"],
            name_cols=[1],
            signature_cols=[3],
        ),
        *doc.new_page(landscape=True),
        doc.paragraph(LONG, doc.styles.body),
        *doc.new_page(landscape=False),
        doc.signatures([Signer("ผู้จดบันทึก", "นางน้ำฝน ใจดี"), Signer("ประธาน")]),
    ]
    return doc.build(story, tmp_path_factory.mktemp("doc") / "long.pdf")


def test_document_text_digits_and_page_numbers(long_pdf):
    texts = _page_texts(long_pdf)
    total = len(texts)
    assert total >= 4
    for number, text in enumerate(texts, start=1):
        assert comparable(to_thai_digits(f"หน้า {number} / {total}")) in comparable(text)
    joined = comparable("\n".join(texts))
    assert comparable("หัวเรื่อง & <ทดสอบ>") in joined  # escaped, not taken as markup
    assert comparable("๒๐ พฤศจิกายน ๒๕๖๙") in joined
    assert comparable(to_thai_digits(LONG)) in joined
    for i in (1, 30, 60):
        assert comparable(to_thai_digits(f"นางน้ำฝน ญี่ปุ่นวงศ์{i}")) in joined


def test_table_header_on_every_page_and_no_line_starts_with_a_mark(long_pdf):
    texts = _page_texts(long_pdf)
    table_pages = [t for t in texts if comparable("๐๘x-xxx-๑๒๓๔") in comparable(t)]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert comparable("ลายมือชื่อ") in comparable(text)
    for text in texts:
        for line in text.splitlines():
            assert not starts_with_combining_mark(line.strip()), line


def test_fonts_embedded_and_no_other_font(long_pdf):
    names = set()
    for page in PdfReader(long_pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert names == {"Laksaman", "Laksaman-Bold"}  # no unembedded Helvetica either


def test_pages_a4_portrait_and_landscape(long_pdf):
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(long_pdf).pages
    ]
    assert (595, 842) in sizes and (842, 595) in sizes
    assert sizes[0] == (595, 842) and sizes[-1] == (595, 842)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_text_stays_inside_the_margins(long_pdf):
    left, right = 3 * CM, 2 * CM
    boxes = _word_boxes(long_pdf)
    assert boxes
    for page, width, x_min, x_max in boxes:
        assert x_min >= left - 0.5, (page, x_min)
        assert x_max <= width - right + 0.5, (page, x_max)


def test_signature_rows_are_tall_enough_and_blank(styles, tmp_path):
    from wangmuang_desk.reports.pdf.document import ThaiDocument
    from wangmuang_desk.reports.pdf.tables import SIGNATURE_ROW_HEIGHT

    doc = ThaiDocument(page_numbers=False)
    rows = [["1", "นายสมชาย ใจดี", "SIGNED"], ["2", LONG, ""], ["", "", ""]]
    table = doc.table(["ลำดับ", "ชื่อ", "ลายมือชื่อ"], rows, [1.7, 8, 4], signature_cols=[2])
    table.wrap(14 * CM, 1000)
    _, short, tall, blank = table._rowHeights  # reportlab keeps no public row heights
    assert blank == pytest.approx(SIGNATURE_ROW_HEIGHT)  # a blank row, for a walk-in
    assert short >= SIGNATURE_ROW_HEIGHT
    assert tall > 3 * SIGNATURE_ROW_HEIGHT  # long text grows its row
    text = _page_texts(doc.build([table], tmp_path / "sign.pdf"))[0]
    assert "SIGNED" not in text  # the signature column is left blank whatever the data says
    assert comparable("นายสมชาย ใจดี") in comparable(text)


def test_emblem_scaled_to_height_and_bad_picture_skipped():
    from wangmuang_desk.reports.pdf.blocks import EMBLEM_HEIGHT, emblem_image

    image = emblem_image(_emblem((200, 300)))
    assert image.drawHeight == pytest.approx(2.5 * CM) == pytest.approx(EMBLEM_HEIGHT)
    assert image.drawWidth == pytest.approx(2.5 * CM * 200 / 300)
    assert emblem_image(None) is None
    assert emblem_image(b"not a picture") is None


def test_arabic_digits_by_default(tmp_path):
    from wangmuang_desk.reports.pdf.document import ThaiDocument

    doc = ThaiDocument()
    path = doc.build(
        [doc.paragraph(f"วันที่ {doc.date(date(2026, 11, 20))} จำนวน 25 คน")], tmp_path / "plain.pdf"
    )
    text = comparable(_page_texts(path)[0])
    assert comparable("วันที่ 20 พฤศจิกายน 2569 จำนวน 25 คน") in text
    assert comparable("หน้า 1 / 1") in text


# -- writing --------------------------------------------------------------------------------


def test_write_atomically_keeps_old_file_and_leaves_no_temp(tmp_path):
    from wangmuang_desk.reports.pdf.atomic import write_atomically

    target = tmp_path / "out.pdf"
    write_atomically(target, lambda p: p.write_bytes(b"first"))
    assert target.read_bytes() == b"first"

    def half_then_fail(path):
        path.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_failed_layout_leaves_no_file(tmp_path):
    from reportlab.platypus import Flowable

    from wangmuang_desk.reports.pdf.document import ThaiDocument

    class Broken(Flowable):
        def wrap(self, *_):
            raise ValueError("bad data")

    doc = ThaiDocument()
    target = tmp_path / "sub" / "doc.pdf"
    with pytest.raises(ValueError):
        doc.build([doc.paragraph(LONG), Broken()], target)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_atomic_module_does_not_load_reportlab():
    # Excel builders and the GUI may import it; reportlab must stay unloaded until a PDF is made.
    code = (
        "import sys, wangmuang_desk.reports.pdf.atomic, wangmuang_desk.reports.group_labels;"
        "sys.exit('reportlab' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
