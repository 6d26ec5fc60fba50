"""The document font with reportlab: registered once, embedded in PDFs, Thai shaped."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from wangmuang_desk.reports import fonts

PHRASE = "ขอมอบวุฒิบัตรฉบับนี้ไว้เพื่อแสดงว่า"


def _one_line_pdf(path: Path, markup: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    family = fonts.register_document_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    style = ParagraphStyle("line", fontName=family, fontSize=fonts.DOCUMENT_FONT_SIZE, leading=22)
    paragraph = Paragraph(markup, style)
    paragraph.wrap(400, 100)
    paragraph.drawOn(pdf, 72, 700)
    pdf.save()


def _page_fonts(path: Path) -> dict[str, object]:
    page = PdfReader(path).pages[0]
    return {str(f["/BaseFont"]): f for f in page["/Resources"]["/Font"].values()}


def test_registers_four_faces_as_one_family_once():
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    family = fonts.register_document_fonts()
    assert family == "Laksaman"
    assert fonts.register_document_fonts() == family  # second call: no error, same name
    registered = set(pdfmetrics.getRegisteredFontNames())
    assert {"Laksaman", "Laksaman-Bold", "Laksaman-Italic", "Laksaman-BoldItalic"} <= registered
    assert tt2ps(family, 1, 0) == "Laksaman-Bold"
    assert tt2ps(family, 1, 1) == "Laksaman-BoldItalic"
    assert fonts.DOCUMENT_FONT_SIZE == 16


def test_new_paragraph_styles_shape_text():
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_document_fonts()
    assert ParagraphStyle("any").shaping == 1


def test_pdf_embeds_the_font_and_keeps_the_text(tmp_path):
    pdf = tmp_path / "line.pdf"
    _one_line_pdf(pdf, f"{PHRASE} <b>นายกองค์การบริหารส่วนตำบลวังม่วง</b>")
    page_fonts = _page_fonts(pdf)
    names = sorted(page_fonts)
    assert any(name.endswith("+Laksaman") for name in names), names
    assert any(name.endswith("+Laksaman-Bold") for name in names), names
    for name, font in page_fonts.items():
        if "Laksaman" in name:
            descriptor = font["/FontDescriptor"]
            assert "/FontFile2" in descriptor  # the TrueType program is embedded
    text = fonts.normalize_extracted_text(PdfReader(pdf).pages[0].extract_text())
    assert PHRASE in text
    assert "นายกองค์การบริหารส่วนตำบลวังม่วง" in text


def test_shaping_replaces_glyphs(tmp_path):
    # With shaping, ญ before ุ loses its tail: a different glyph, which the font also maps to
    # the legacy private-use code point U+F70F. Unshaped text would extract as plain ญ.
    pdf = tmp_path / "shaped.pdf"
    _one_line_pdf(pdf, "ญุ ฐุ")
    raw = PdfReader(pdf).pages[0].extract_text()
    assert "\uf70f" in raw and "\uf700" in raw
    assert "ญุ ฐุ" in fonts.normalize_extracted_text(raw)


def test_shaped_helper_for_canvas_strings(tmp_path):
    from reportlab.pdfgen import canvas

    family = fonts.register_document_fonts()
    path = tmp_path / "canvas.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont(family, fonts.DOCUMENT_FONT_SIZE)
    pdf.drawCentredString(300, 700, fonts.shaped("ญุ " + PHRASE))
    pdf.save()
    raw = PdfReader(path).pages[0].extract_text()
    assert "\uf70f" in raw
    assert PHRASE in fonts.normalize_extracted_text(raw)


def test_normalize_restores_sara_am_and_tone_marks():
    assert fonts.normalize_extracted_text("น\u0e4d\u0e49\u0e32") == "น้ำ"
    assert fonts.normalize_extracted_text("ว\uf70aา") == "ว่า"
