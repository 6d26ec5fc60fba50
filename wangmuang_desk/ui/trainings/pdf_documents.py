"""The round window's documents, made by the training documents service.

Each document is written to a temporary file and handed back as bytes: the preview keeps
them in memory, so nothing is left behind in a temporary folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from wangmuang_desk.ui.trainings.training_documents import PdfResult


class PdfDocuments:
    """TrainingDocuments (training_documents.py) over services.training_documents."""

    def __init__(self, db) -> None:
        # The service module pulls in the report data classes; loaded with the first window.
        from wangmuang_desk.services.training_documents import TrainingDocuments

        self._documents = TrainingDocuments(db)

    def _bytes(self, make) -> bytes:
        with tempfile.TemporaryDirectory(prefix="wangmuang-training-") as folder:
            path, _count = make(Path(folder) / "document.pdf")
            return Path(path).read_bytes()

    def sign_in_sheet(self, training_id: int, session_id: int | None) -> PdfResult:
        return self._bytes(lambda out: self._documents.sign_in_sheet(
            training_id, out, session_id=session_id))

    def certificates(self, training_id: int,
                     certificate_ids: list[int] | None = None) -> PdfResult:
        return self._bytes(lambda out: self._documents.certificates(
            training_id, out, certificate_ids))

    def report(self, training_id: int) -> PdfResult:
        return self._bytes(lambda out: self._documents.report(training_id, out))

    def survey_summary(self, training_id: int) -> PdfResult:
        return self._bytes(lambda out: self._documents.survey_summary(training_id, out))
