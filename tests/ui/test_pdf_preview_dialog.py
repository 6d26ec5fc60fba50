"""PDF preview dialog: pages shown, a copy saved, pages printed (to a PDF file), file let go."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # noqa: E402

from wangmuang_desk.ui.dialogs import pdf_preview_dialog as module  # noqa: E402
from wangmuang_desk.ui.dialogs.pdf_preview_dialog import (  # noqa: E402
    PdfPreviewDialog,
    PdfPrintError,
    make_printer,
    print_pdf,
)

THAI_LINE = "ทะเบียนกลุ่มอาชีพ องค์การบริหารส่วนตำบลวังม่วง ผู้ใหญ่บ้าน ปู่ย่า"


@pytest.fixture
def sample_pdf(tmp_path) -> Path:
    """Three pages: portrait with a shaped Thai paragraph, landscape, portrait."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    from wangmuang_desk.reports.fonts import register_document_fonts

    family = register_document_fonts()
    path = tmp_path / "register.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, size in enumerate((A4, landscape(A4), A4), start=1):
        pdf.setPageSize(size)
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, size[1] - 72, f"Group register, page {number}")
        if number == 1:
            paragraph = Paragraph(THAI_LINE, ParagraphStyle("th", fontName=family, fontSize=16))
            _width, height = paragraph.wrapOn(pdf, size[0] - 144, 200)
            paragraph.drawOn(pdf, 72, size[1] - 110 - height)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def dialog(qtbot, sample_pdf):
    dlg = PdfPreviewDialog(sample_pdf, "Group register", "group-register.pdf")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _pdf_printer(path: Path) -> QPrinter:
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _is_landscape(page) -> bool:
    return float(page.mediabox.width) > float(page.mediabox.height)


def _open_paths() -> set[str] | None:
    """Files this process holds open, where the OS tells (Linux); None elsewhere."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return None
    paths = set()
    for fd in fd_dir.iterdir():
        try:
            paths.add(os.readlink(fd))
        except OSError:  # closed between listing and reading
            pass
    return paths


def test_dialog_shows_every_page(dialog):
    assert dialog.page_count() == 3
    assert dialog.page_label.text() == "Page 1 / 3"
    assert dialog.windowTitle() == "Group register"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_scrolling_to_the_end_shows_the_last_page_number(qtbot, dialog):
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Page 3 / 3")
    assert dialog.current_page() == 2


def test_zoom_in_and_out(dialog):
    from PySide6.QtPdfWidgets import QPdfView

    fitted = dialog._effective_zoom()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * module.ZOOM_STEP)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(fitted / module.ZOOM_STEP)
    dialog.fit_width_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_copies_the_file(dialog, sample_pdf, tmp_path, monkeypatch):
    offered = []
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()

    def fake_save(parent, caption, start, filters):
        offered.append((start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog.save_button.click()
    assert Path(offered[0][0]).name == "group-register.pdf"
    assert "*.pdf" in offered[0][1]
    assert target.read_bytes() == sample_pdf.read_bytes()
    assert str(target) in dialog.status_label.text()
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.pdf"]  # no side file left


def test_save_as_adds_the_pdf_suffix(dialog, sample_pdf, tmp_path, monkeypatch):
    typed = tmp_path / "copy"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(typed), ""))
    )
    dialog.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == sample_pdf.read_bytes()
    assert not typed.exists()


def test_save_as_refuses_to_overwrite_the_source(dialog, sample_pdf, monkeypatch):
    before = sample_pdf.read_bytes()
    warnings = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(sample_pdf), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    dialog.save_button.click()
    assert len(warnings) == 1 and "file being shown" in warnings[0]
    assert sample_pdf.read_bytes() == before
    assert dialog.status_label.text() == ""


def test_save_as_reports_a_failed_copy(dialog, tmp_path, monkeypatch):
    target = tmp_path / "no-such-folder" / "copy.pdf"
    warnings = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    dialog.save_button.click()
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not target.parent.exists()


def test_save_as_cancelled_writes_nothing(dialog, tmp_path, monkeypatch):
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    dialog.save_button.click()
    assert sorted(tmp_path.iterdir()) == before


def test_print_pdf_prints_every_page_on_a4(qapp, sample_pdf, tmp_path):
    out = tmp_path / "printed.pdf"
    assert print_pdf(sample_pdf, _pdf_printer(out)) == 3
    pages = PdfReader(out).pages
    assert len(pages) == 3
    assert [_is_landscape(p) for p in pages] == [False, True, False]
    a4 = sorted((round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))))
    assert a4 == [595, 842]
    assert all(len(page.images) == 1 for page in pages)  # each page painted as one picture


def test_print_pdf_honours_the_page_range(qapp, sample_pdf, tmp_path):
    out = tmp_path / "range.pdf"
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(sample_pdf, printer) == 2
    pages = PdfReader(out).pages
    assert [_is_landscape(p) for p in pages] == [True, False]


def test_print_pdf_current_page_only(qapp, sample_pdf, tmp_path):
    out = tmp_path / "current.pdf"
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert print_pdf(sample_pdf, printer, current_page=1) == 1
    assert [_is_landscape(p) for p in PdfReader(out).pages] == [True]


def test_print_pdf_refuses_a_file_that_is_not_a_pdf(qapp, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    with pytest.raises(PdfPrintError):
        print_pdf(broken, _pdf_printer(tmp_path / "never.pdf"))
    assert not (tmp_path / "never.pdf").exists()


def test_print_button_goes_through_the_print_dialog(dialog, tmp_path, monkeypatch):
    out = tmp_path / "from-dialog.pdf"
    seen = {}

    class FakePrintDialog:
        """Stands in for the system dialog: the user picks pages 1-2 and a PDF file."""

        PrintDialogOption = module.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent):
            self.printer = printer
            seen["parent"] = parent

        def setWindowTitle(self, title):
            pass

        def setOption(self, option, on):
            seen[option] = on

        def setMinMax(self, low, high):
            seen["range"] = (low, high)

        def exec(self):
            seen["paper"] = self.printer.pageLayout().pageSize().id()
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(1, 2)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module, "QPrintDialog", FakePrintDialog)
    dialog.print_button.click()
    assert seen["parent"] is dialog
    assert seen["range"] == (1, 3)
    assert seen[FakePrintDialog.PrintDialogOption.PrintPageRange] is True
    assert seen["paper"] == module.QPageSize.PageSizeId.A4
    assert len(PdfReader(out).pages) == 2
    assert dialog.status_label.text() == "Pages sent to the printer: 2"


def test_closing_lets_go_of_the_file(qtbot, dialog, sample_pdf):
    from PySide6.QtPdf import QPdfDocument

    open_now = _open_paths()
    if open_now is not None:  # shown from memory: the file is not held even while open
        assert str(sample_pdf) not in open_now
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.document.status() == QPdfDocument.Status.Null
    assert dialog.page_count() == 0
    # The program may rebuild the same document: replacing the file must work.
    replacement = sample_pdf.with_name("new.pdf")
    replacement.write_bytes(b"%PDF-1.4 rebuilt")
    os.replace(replacement, sample_pdf)
    assert sample_pdf.read_bytes() == b"%PDF-1.4 rebuilt"


def test_a_missing_file_is_reported_not_raised(qtbot, tmp_path):
    dlg = PdfPreviewDialog(tmp_path / "gone.pdf", "Gone", "gone.pdf")
    qtbot.addWidget(dlg)
    assert dlg.page_count() == 0
    assert "gone.pdf" in dlg.status_label.text()
    assert not dlg.print_button.isEnabled() and not dlg.save_button.isEnabled()
    assert dlg.page_label.text() == ""
