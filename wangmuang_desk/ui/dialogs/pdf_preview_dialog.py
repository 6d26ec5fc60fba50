"""Preview a PDF the program made, print it through the system dialog, save a copy.

One dialog for every document (group register, sign-in sheets, certificates). QtPdf and
QtPrintSupport are imported here and nowhere else: the main window imports this module only when
a document is first shown, so neither loads at start-up.

The PDF is read into memory and shown from there, so the file is never held open (on Windows an
open file cannot be replaced, and the program may rebuild the same document while this is open).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

# Plenty for text and lines on paper. The cap matters: QPrinter's high resolution is 1200 dpi,
# where one A4 page is a 560 MB image; at 300 dpi it is 35 MB.
PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PdfPrintError(Exception):
    """Printing failed; the message is translated and fit to show to staff."""


def load_pdf(data: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument reading `data` from memory (check its status()); close() it when done."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # a child, so it lives exactly as long as the document
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a random-access device loads at once: the status is final here
    return document


def make_printer() -> QPrinter:
    """A printer set up for our documents: A4, portrait to start, painted edge to edge."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """0-based page numbers in the order to print them, per the range chosen in the dialog."""
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        pages = [current_page] if 0 <= current_page < page_count else []
    elif printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()  # 1-based; may be "1-2,5" in the Qt dialog
        if ranges.isEmpty():
            pages = list(range(page_count))
        else:
            pages = [page for page in range(page_count) if ranges.contains(page + 1)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        # The driver will not make copies itself, so send each one.
        copies = printer.copyCount()
        if printer.collateCopies():
            pages = pages * copies
        else:
            pages = [page for page in pages for _ in range(copies)]
    return pages


def print_pdf(pdf_path: Path | str, printer: QPrinter, current_page: int = 0) -> int:
    """Print the PDF at `pdf_path` on a ready `printer`; return the number of pages sent.

    Each page is rendered to an image (PRINT_DPI at most) and scaled onto the paper keeping its
    aspect ratio; landscape pages go out on landscape paper. Raises PdfPrintError.
    """
    try:
        data = Path(pdf_path).read_bytes()
    except OSError as exc:
        raise PdfPrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog", "The document could not be read: {error}"
            ).format(error=exc.strerror or exc)
        ) from exc
    document = load_pdf(data)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise PdfPrintError(
                QCoreApplication.translate(
                    "PdfPreviewDialog", "The document is not a readable PDF file."
                )
            )
        pages = pages_to_print(printer, document.pageCount(), current_page)
        if not pages:
            raise PdfPrintError(
                QCoreApplication.translate(
                    "PdfPreviewDialog", "The chosen page range holds no pages of this document."
                )
            )
        _paint_pages(document, pages, printer)
        return len(pages)
    finally:
        document.close()
        document.deleteLater()


def _paint_pages(document: QPdfDocument, pages: list[int], printer: QPrinter) -> None:
    # Edge to edge: an A4 page then prints at its true size (the documents keep their own
    # margins, wider than any printer's unprintable border).
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    try:
        for index, page in enumerate(pages):
            points = document.pagePointSize(page)
            landscape = points.width() > points.height()
            # Set before begin()/newPage(): the new orientation applies to the page that follows.
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            if index == 0:
                if not painter.begin(printer):
                    raise PdfPrintError(
                        QCoreApplication.translate(
                            "PdfPreviewDialog", "The printer could not be started."
                        )
                    )
            elif not printer.newPage():
                raise PdfPrintError(
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "The printer stopped after {count} pages."
                    ).format(count=index)
                )
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(paper.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
    except BaseException:
        if painter.isActive():
            printer.abort()  # drop the half-sent job rather than print part of it
        raise
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PdfPrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog",
                "The printer reported an error; the document may not be printed.",
            )
        )


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if b.exists() and os.path.samefile(a, b):
            return True
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def _copy_file(source: Path, target: Path) -> None:
    """Copy through a side file and a rename, so a failed copy never leaves a broken PDF."""
    data = source.read_bytes()
    partial = target.with_name(f".{target.name}.part")
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


class PdfPreviewDialog(QDialog):
    """Continuous pages fitted to the width, with zoom, a page indicator, Print and Save as."""

    # Where the last copy was saved, for the next "Save as…" in this session.
    _last_save_dir: Path | None = None

    def __init__(self, pdf_path: Path, title: str, suggested_name: str, parent=None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self._fit_to_screen()

        try:
            data = self.pdf_path.read_bytes()
        except OSError:
            data = b""
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)  # the default 3 px hardly shows where a page ends
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        self.zoom_out_button = QPushButton(
            QCoreApplication.translate("PdfPreviewDialog", "Zoom out")
        )
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self._zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "Zoom in"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self._zoom_by(ZOOM_STEP))
        self.fit_width_button = QPushButton(
            QCoreApplication.translate("PdfPreviewDialog", "Fit to width")
        )
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.page_label = QLabel()
        tools = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            QCoreApplication.translate("PdfPreviewDialog", "Print…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button = buttons.addButton(
            QCoreApplication.translate("PdfPreviewDialog", "Save as…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        ready = self.document.status() == QPdfDocument.Status.Ready
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.print_button,
            self.save_button,
        ):
            widget.setEnabled(ready)
        if ready:
            self.print_button.setDefault(True)
        else:
            self._show_status(
                QCoreApplication.translate(
                    "PdfPreviewDialog", "The document could not be opened: {path}"
                ).format(path=self.pdf_path),
                error=True,
            )
        self._show_page_number()

    # --- viewing -------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """0-based page at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))

    def _show_page_number(self, *_args) -> None:
        count = self.page_count()
        if not count:  # nothing loaded (or closed): "Page 0 / 0" would only puzzle
            self.page_label.clear()
            return
        self.page_label.setText(
            QCoreApplication.translate("PdfPreviewDialog", "Page {current} / {count}").format(
                current=min(self.current_page() + 1, count), count=count
            )
        )

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        # Fit-to-width does not report the factor it uses: work it out the way QPdfView does.
        points = self.document.pagePointSize(self.current_page())
        dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return room / max(points.width() * dpi / 72, 1.0)

    def _zoom_by(self, step: float) -> None:
        zoom = min(max(self._effective_zoom() * step, ZOOM_MIN), ZOOM_MAX)
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #a00;" if error else "")
        self.status_label.setText(text)

    # --- printing and saving -------------------------------------------------------------

    def print_document(self) -> None:
        printer = make_printer()
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Print"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = print_pdf(self.pdf_path, printer, self.current_page())
        except PdfPrintError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self, QCoreApplication.translate("PdfPreviewDialog", "Printing failed"), str(exc)
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self._show_status(
            QCoreApplication.translate(
                "PdfPreviewDialog", "Pages sent to the printer: {count}"
            ).format(count=count)
        )

    def save_copy(self) -> None:
        start_dir = PdfPreviewDialog._last_save_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PdfPreviewDialog", "Save a copy of the document"),
            str(start_dir / self.suggested_name),
            QCoreApplication.translate("PdfPreviewDialog", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_name(target.name + ".pdf")
            # The file dialog asked about overwriting the name typed, not this one.
            if (
                target.exists()
                and QMessageBox.question(
                    self,
                    QCoreApplication.translate("PdfPreviewDialog", "Replace file?"),
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "{name} already exists. Replace it?"
                    ).format(name=target.name),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
        title = QCoreApplication.translate("PdfPreviewDialog", "Save as")
        if _same_file(self.pdf_path, target):
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate(
                    "PdfPreviewDialog",
                    "This is the file being shown. Choose another name or folder for the copy.",
                ),
            )
            return
        try:
            _copy_file(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                title,
                QCoreApplication.translate(
                    "PdfPreviewDialog", "The copy could not be saved to {path}:\n{error}"
                ).format(path=target, error=exc.strerror or exc),
            )
            return
        PdfPreviewDialog._last_save_dir = target.parent
        self._show_status(
            QCoreApplication.translate("PdfPreviewDialog", "Saved: {path}").format(path=target)
        )

    # --- closing -------------------------------------------------------------------------

    def release_document(self) -> None:
        """Let go of the PDF (safe to call twice); the dialog shows nothing afterwards."""
        self.document.close()  # the view follows the document's status and goes blank

    def done(self, result: int) -> None:
        # Close, Esc and the window's close box all end here.
        self.release_document()
        super().done(result)
