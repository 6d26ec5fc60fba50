"""A training round's workspace, steps 7 and 8 and the documents: scores typed in, the
certificates issued and reprinted, and the PDFs made by the injected documents object.

Driven as in test_training_window.py: each panel builds its real dialogs, and only their
blocking exec() is replaced, so the test types and clicks in them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from training_helpers import (  # noqa: E402
    TITLE,
    TODAY,
    choose_step,
    click,
    drive,
    find,
    open_window,
)

from wangmuang_desk.services.training_rows import ScoreInput  # noqa: E402
from wangmuang_desk.ui.trainings import training_documents  # noqa: E402

pytestmark = pytest.mark.usefixtures("questions")  # conftest.py: no real message boxes


# -- step 6, once certificates exist ----------------------------------------------------------

def test_a_certified_trainee_cannot_be_removed(qtbot, svc, held_round, questions):
    svc.training_evaluation.save_scores(held_round, [
        ScoreInput(t.id, None, Decimal(9)) for t in svc.training_sessions.trainees(held_round)])
    svc.training_evaluation.issue(held_round, TODAY, None)
    window = open_window(qtbot, svc, held_round)
    tab = choose_step(qtbot, window, 6).show_tab("trainees")
    tab.table.selectRow(0)
    click(qtbot, tab, "removeTrainee")
    assert questions["warned"] == [
        "A certificate has been issued to this trainee; they stay in the round's register."]
    assert len(svc.training_sessions.trainees(held_round)) == 4


def type_score(qtbot, view, text: str) -> None:
    """The first key opens the cell's editor with it; Enter saves the cell and goes down."""
    qtbot.keyClicks(view, text[0])
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == text[0]
    qtbot.keyClicks(editor, text[1:])
    row = view.currentIndex().row()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor from the event loop.
    qtbot.waitUntil(lambda: view.indexWidget(view.model().index(row, 2)) is None
                    and view.indexWidget(view.model().index(row, 3)) is None)


# -- steps 7 and 8 -----------------------------------------------------------------------------

def test_scores_are_typed_down_the_column_and_saved_all_or_none(qtbot, svc, held_round):
    window = open_window(qtbot, svc, held_round)
    panel = choose_step(qtbot, window, 7)
    assert find(panel, QLabel, "evaluationSummary").text().startswith(
        "Attendance needed: 80 % of 2 planned session(s) · pass mark 5 · passed 0 of 4")
    view, model = panel.view, panel.model
    view.setCurrentIndex(model.index(0, 2))
    view.setFocus()
    for score in ("3", "4", "2", "5"):
        type_score(qtbot, view, score)
    assert [model.index(n, 2).data() for n in range(4)] == ["3", "4", "2", "5"]
    assert view.currentIndex().row() == 3
    view.setCurrentIndex(model.index(0, 3))
    for score in ("8", "abc", "9", "2000"):
        type_score(qtbot, view, score)
    assert panel.has_changes()

    click(qtbot, panel, "saveScores")  # "abc" is refused in the panel: nothing saved
    assert all(t.pre_score is None for t in svc.training_sessions.trainees(held_round))
    problems = find(panel, QLabel, "scoreProblems")
    assert problems.isVisible() and problems.text().startswith("Row 2 (")
    assert "post-test: Type a number, such as 7 or 8.5." in problems.text()
    assert view.currentIndex().row() == 1

    model.setData(model.index(1, 3), "7")
    click(qtbot, panel, "saveScores")  # 2000 is refused by the service: still nothing saved
    assert all(t.pre_score is None for t in svc.training_sessions.trainees(held_round))
    assert "Row 4 (" in problems.text() and "A score is a number from 0 to 1000." in \
        problems.text()
    assert model.data(model.index(3, 3), Qt.ItemDataRole.ToolTipRole) == \
        "A score is a number from 0 to 1000."

    model.setData(model.index(3, 3), "6")
    click(qtbot, panel, "saveScores")
    assert not problems.isVisible() and not panel.has_changes()
    scores = {t.name: (t.pre_score, t.post_score)
              for t in svc.training_sessions.trainees(held_round)}
    assert sorted(scores.values()) == sorted([
        (Decimal(3), Decimal(8)), (Decimal(4), Decimal(7)), (Decimal(2), Decimal(9)),
        (Decimal(5), Decimal(6))])
    summary = svc.training_evaluation.evaluation(held_round)
    assert find(panel, QLabel, "evaluationSummary").text().endswith(
        f"passed {summary.passed} of 4 · mean before 3.50, after 7.50, gain +4.00")
    # The trainee who missed a session is under 80 %: shown in red, does not pass.
    row = next(n for n, r in enumerate(summary.results) if r.attended == 1)
    assert model.index(row, 5).data() == "50.0"
    assert model.data(model.index(row, 5), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert model.index(row, 8).data() == "No"
    # Every trainee has a post-test score: the step marks itself done today.
    assert window.steps.state_text(7)[1].endswith("scores of 4 of 4")
    assert svc.trainings.get(held_round).steps[6].done


def test_certificates_are_issued_printed_and_listed_in_the_register(qtbot, svc, held_round,
                                                                     monkeypatch):
    sessions = svc.training_sessions
    svc.training_evaluation.save_scores(held_round, [
        ScoreInput(t.id, Decimal(3), Decimal(8)) for t in sessions.trainees(held_round)])

    class Documents:
        def __init__(self) -> None:
            self.asked: list[tuple] = []

        def certificates(self, training_id, certificate_ids=None):
            self.asked.append((training_id, certificate_ids))
            return b"%PDF-1.4 fake"

    shown: list[tuple[str, bytes]] = []

    class Preview(QDialog):
        def __init__(self, path: Path, title: str, suggested: str, parent) -> None:
            super().__init__(parent)
            shown.append((title, Path(path).read_bytes()))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(training_documents, "preview_factory", Preview)
    documents = Documents()
    window = open_window(qtbot, svc, held_round, documents)
    panel = choose_step(qtbot, window, 8)
    assert find(panel, QLabel, "certificateSummary").text() == (
        "0 certificate(s) issued · 3 trainee(s) pass without a certificate yet")

    def issue(dialog: QDialog) -> None:
        assert find(dialog, QLabel, "due").text() == \
            "3 trainee(s) pass and have no certificate yet."
        assert find(dialog, QLineEdit, "issued_on").text() == "20/11/2569"
        signatory = find(dialog, QComboBox, "signatory_id")
        assert signatory.currentText().startswith("นายสมหมาย ตั้งใจ")
        click(qtbot, dialog, "issue")

    drive(qtbot, panel, "issue_dialog_factory", issue)
    click(qtbot, panel, "issueCertificates")
    rows = svc.training_evaluation.certificates(held_round)
    assert [r.label for r in rows] == ["1/2570", "2/2570", "3/2570"]
    assert [panel.model.index(n, 0).data() for n in range(3)] == ["1/2570", "2/2570", "3/2570"]
    assert rows[0].signatory_name == "นายสมหมาย ตั้งใจ"
    # "Print them now" was ticked: the new certificates were shown, not counted as reprints.
    assert documents.asked == [(held_round, None)] and shown[0][1] == b"%PDF-1.4 fake"
    assert all(r.reprints == 0 for r in rows)
    assert window.steps.state_text(8) == (True, "20/11/2569 · 3 certificate(s)")

    def nobody_due(dialog: QDialog) -> None:
        assert find(dialog, QLabel, "due").text() == \
            "0 trainee(s) pass and have no certificate yet."
        click(qtbot, dialog, "issue")
        assert find(dialog, QLabel, "generalErrors").text() == (
            "No trainee is due a certificate: everyone who passes already has one.")

    drive(qtbot, panel, "issue_dialog_factory", nobody_due)
    click(qtbot, panel, "issueCertificates")
    assert len(svc.training_evaluation.certificates(held_round)) == 3

    # A lost one is printed again: counted as a reprint.
    panel.table.selectRow(1)

    def reprint(dialog: QDialog) -> None:
        assert dialog.only_selected.isChecked() and dialog.reprint.isChecked()
        click(qtbot, dialog, "print")

    drive(qtbot, panel, "print_dialog_factory", reprint)
    click(qtbot, panel, "printCertificates")
    assert documents.asked[-1] == (held_round, [rows[1].id])
    assert [r.reprints for r in svc.training_evaluation.certificates(held_round)] == [0, 1, 0]
    assert panel.model.index(1, 4).data() == "1"

    def register(dialog: QDialog) -> None:
        assert find(dialog, QLabel, "registerCount").text() == "3 certificate(s)"
        assert find(dialog, QComboBox, "fiscalYear").currentText() == "2570"
        assert dialog.model.rowCount() == 3

    drive(qtbot, panel, "register_dialog_factory", register)
    click(qtbot, panel, "certificateRegister")


def test_documents_are_made_by_the_injected_object_and_previewed(qtbot, svc, held_round,
                                                                 monkeypatch):
    asked: list[tuple] = []

    class Documents:
        def sign_in_sheet(self, training_id, session_id):
            asked.append(("sign_in_sheet", training_id, session_id))
            return b"%PDF sheet"

        def report(self, training_id):
            asked.append(("report", training_id))
            raise OSError(28, "No space left on device")

    shown: list[str] = []

    class Preview(QDialog):
        def __init__(self, path, title, suggested, parent) -> None:
            super().__init__(parent)
            shown.append(suggested)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(training_documents, "preview_factory", Preview)
    window = open_window(qtbot, svc, held_round, Documents())
    assert find(window, QPushButton, "documents").isVisible()
    window.sign_in_menu.aboutToShow.emit()
    actions = window.sign_in_menu.actions()
    assert [a.text() for a in actions] == [
        "Every session…", "Session 1, 01/12/2569…", "Session 2, 02/12/2569…"]
    actions[2].trigger()
    second = svc.training_sessions.sessions(held_round)[1].id
    assert asked == [("sign_in_sheet", held_round, second)]
    assert shown == [f"Sign-in sheet {TITLE}.pdf"]
    assert window.print_report() is False  # the error is said, nothing is shown
    assert len(shown) == 1


def test_closing_with_unsaved_scores_asks_first(qtbot, svc, held_round, questions):
    window = open_window(qtbot, svc, held_round)
    panel = choose_step(qtbot, window, 7)
    panel.model.setData(panel.model.index(0, 2), "4")
    questions["answer"] = QMessageBox.StandardButton.No
    click(qtbot, window, "close")
    assert questions["asked"] == ["Close without saving the changes?"]
    assert window.isVisible()
    # Shown again, the step keeps what was typed.
    choose_step(qtbot, window, 1)
    choose_step(qtbot, window, 7)
    assert panel.model.index(0, 2).data() == "4"


def test_the_rounds_problems_and_suggestions_are_kept_at_step_nine(qtbot, svc, held_round):
    window = open_window(qtbot, svc, held_round)
    page = choose_step(qtbot, window, 9)
    part = page.problems
    page.tabs.setCurrentWidget(part)
    find(part, QPlainTextEdit, "problems").setPlainText("ฝนตกหนักในวันที่สอง")
    find(part, QPlainTextEdit, "suggestions").setPlainText("ควรจัดในหน้าแล้ง")
    assert window.unsaved_pages() == [page]
    click(qtbot, part, "save")
    detail = svc.trainings.get(held_round)
    assert (detail.problems, detail.suggestions) == ("ฝนตกหนักในวันที่สอง", "ควรจัดในหน้าแล้ง")
    assert not window.unsaved_pages()


def test_the_real_documents_reach_the_preview(qtbot, svc, held_round, monkeypatch):
    """The window's documents as the trainings page wires them: PDFs made by the service."""
    from io import BytesIO

    from pypdf import PdfReader

    from wangmuang_desk.ui.trainings.pdf_documents import PdfDocuments

    shown: list[bytes] = []

    class Preview(QDialog):
        def __init__(self, path, title, suggested, parent) -> None:
            super().__init__(parent)
            shown.append(Path(path).read_bytes())

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(training_documents, "preview_factory", Preview)
    trainees = svc.training_sessions.trainees(held_round)
    svc.training_evaluation.save_scores(
        held_round, [ScoreInput(t.id, Decimal(4), Decimal(9)) for t in trainees])
    svc.training_evaluation.issue(held_round, TODAY, None)
    window = open_window(qtbot, svc, held_round, PdfDocuments(svc.db))
    assert window.print_sign_in_sheet(None) and window.print_certificates()
    assert window.print_report()
    sheets, certificates, report = (PdfReader(BytesIO(data)) for data in shown)
    assert len(certificates.pages) == 3  # the trainee who missed a session gets none
    assert all(p.mediabox.width > p.mediabox.height for p in certificates.pages)
    assert len(sheets.pages) >= 2 and len(report.pages) >= 2
    assert window.print_survey_summary() is False  # no response yet: said, nothing shown
    assert len(shown) == 3
