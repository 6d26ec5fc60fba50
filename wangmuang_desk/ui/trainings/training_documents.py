"""The documents a round's window prints, and how it shows them.

The window does not build PDFs itself: it calls an injected `documents` object (the lead wires
the real one to reports/), and shows what comes back (a PDF path or the PDF's bytes) in the
program's PDF preview, where staff print or save a copy.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.ui.widgets.form_errors import problem_text

translate = QCoreApplication.translate

PdfResult = Path | str | bytes
# Characters Windows does not allow in a file name; a round's title may hold "/".
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


class TrainingDocuments(Protocol):
    """What the window asks for; each method returns a PDF path or the PDF's bytes."""

    def sign_in_sheet(self, training_id: int, session_id: int | None) -> PdfResult:
        """One session's sheet, or (None) every session's, one after the other."""

    def certificates(self, training_id: int,
                     certificate_ids: list[int] | None = None) -> PdfResult:
        """The round's certificates; only those listed when `certificate_ids` is given."""

    def report(self, training_id: int) -> PdfResult: ...

    def survey_summary(self, training_id: int) -> PdfResult: ...


def file_name(text: str) -> str:
    return _NOT_IN_FILE_NAMES.sub(" ", text).strip() or "document"


def _make_preview(path: Path, title: str, suggested_name: str, parent: QWidget) -> QDialog:
    # Loaded the first time a document is shown: QtPdf stays out of the program's start.
    from wangmuang_desk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    return PdfPreviewDialog(path, title, suggested_name, parent)


# How the preview is made; tests replace it (the real one waits in exec()).
preview_factory: Callable[[Path, str, str, QWidget], QDialog] = _make_preview


def show_document(parent: QWidget, produce: Callable[[], PdfResult], title: str,
                  suggested_name: str) -> bool:
    """Make the document and preview it; False (and says why) when it could not be made."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = produce()
    except NotFoundError:
        QApplication.restoreOverrideCursor()
        QMessageBox.information(parent, title, translate(
            "TrainingWindow", "This round is no longer in the registry."))
        return False
    except ValidationError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, "\n".join(problem_text(p) for p in error.problems))
        return False
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, translate(
            "TrainingWindow", "The document could not be made: {error}").format(
            error=exc.strerror or str(exc)))
        return False
    QApplication.restoreOverrideCursor()
    with tempfile.TemporaryDirectory(prefix="wangmuang-training-") as folder:
        if isinstance(result, bytes | bytearray):
            path = Path(folder) / suggested_name
            path.write_bytes(bytes(result))
        else:
            path = Path(result)
        # The preview reads the file into memory, so the folder may go when it closes.
        preview = preview_factory(path, title, suggested_name, parent)
        try:
            preview.exec()
        finally:
            preview.close()
            preview.deleteLater()
    return True
