"""The trainee import dialog, driven with fake check / import / template functions (no database):
the rows shown, red rows with their problems, the summary, and Import only when all are ready."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # noqa: E402

from wangmuang_desk.services.errors import (  # noqa: E402
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.training_rows import ImportPreview, ImportRow  # noqa: E402
from wangmuang_desk.thai.citizen_id import make_valid_citizen_id  # noqa: E402
from wangmuang_desk.ui.trainings import import_dialog as module  # noqa: E402
from wangmuang_desk.ui.trainings.import_dialog import TraineeImportDialog  # noqa: E402

ID = make_valid_citizen_id("310050123456")


def row(row_no: int, first: str, *problems: FieldProblem, person_id: int | None = None,
        citizen_id: str = ID) -> ImportRow:
    return ImportRow(row_no=row_no, title="นาง", first_name=first, last_name="ใจดี",
                     citizen_id=citizen_id, house_no="12/3", moo=3, phone="0812345678",
                     person_id=person_id, problems=tuple(problems))


BAD_MOO = FieldProblem("moo", QT_TRANSLATE_NOOP(
    "Validation", "There is no หมู่ {moo} in the village list."), {"moo": 7})
NO_NAME = FieldProblem("first_name", QT_TRANSLATE_NOOP("Validation", "Enter the first name."))
GOOD = ImportPreview(rows=(row(2, "สมศรี", person_id=5), row(3, "มาลี")))
MIXED = ImportPreview(rows=(row(2, "สมศรี", person_id=5), row(3, "มาลี", BAD_MOO, NO_NAME),
                            row(4, "บุญมี")))


class Fakes:
    def __init__(self, *previews: ImportPreview, imported: int | Exception = 2) -> None:
        self.previews = list(previews)
        self.imported = imported
        self.checked: list[Path] = []
        self.import_calls: list[ImportPreview] = []
        self.templates: list[Path] = []

    def preview(self, path: Path) -> ImportPreview:
        self.checked.append(path)
        return self.previews.pop(0)

    def import_(self, preview: ImportPreview) -> int:
        self.import_calls.append(preview)
        if isinstance(self.imported, Exception):
            raise self.imported
        return self.imported

    def template(self, path: Path) -> None:
        self.templates.append(path)


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, k=kind: shown.append((k, text))))
    return shown


@pytest.fixture(autouse=True)
def fresh_folder(monkeypatch):
    monkeypatch.setattr(TraineeImportDialog, "_last_folder", None)


def make(qtbot, fakes: Fakes) -> TraineeImportDialog:
    dialog = TraineeImportDialog(fakes.preview, fakes.import_, fakes.template,
                                 round_title="อบรมการทำไม้กวาดดอกหญ้า")
    qtbot.addWidget(dialog)
    return dialog


def choose(monkeypatch, dialog: TraineeImportDialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    dialog.choose_button.click()


def cell(dialog: TraineeImportDialog, r: int, c: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(r, c).data(role)


def test_nothing_chosen_yet(qtbot):
    dialog = make(qtbot, Fakes())
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "Choose a file to check its rows."


def test_rows_with_problems_are_red_and_block_the_import(qtbot, monkeypatch, tmp_path):
    fakes = Fakes(MIXED)
    dialog = make(qtbot, fakes)
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")
    assert fakes.checked == [tmp_path / "list.xlsx"]
    assert dialog.file_label.text() == "list.xlsx"
    assert dialog.model.rowCount() == 3
    assert [cell(dialog, r, 0) for r in range(3)] == ["2", "3", "4"]
    assert cell(dialog, 0, 1) == "นางสมศรี ใจดี"
    assert cell(dialog, 0, 2) == "x-xxxx-xxxxx-" + ID[10:12] + "-" + ID[12]  # masked (PDPA)
    assert cell(dialog, 0, 4) == "08x-xxx-5678"
    assert [cell(dialog, r, 5) for r in range(3)] == ["Existing person", "", "New person"]
    assert cell(dialog, 1, 6) == "There is no หมู่ 7 in the village list.\nEnter the first name."
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(dialog, 1, 3, background) == module.PROBLEM_BACKGROUND
    assert cell(dialog, 0, 3, background) is None and cell(dialog, 2, 6, background) is None
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "3 row(s): 2 ready, 1 with problems (shown in red). Correct the file and choose it "
        "again; nothing has been written.")
    dialog.import_now()  # even when called directly, a preview with problems is not imported
    assert fakes.import_calls == []


def test_a_clean_file_imports_once_and_closes(qtbot, monkeypatch, tmp_path, messages):
    fakes = Fakes(MIXED, GOOD)
    dialog = make(qtbot, fakes)
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")
    assert not dialog.import_button.isEnabled()
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")  # corrected and chosen again
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "2 row(s), all ready. Click Import to register them in this round.")
    assert all(cell(dialog, r, 1, Qt.ItemDataRole.BackgroundRole) is None for r in range(2))
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()
    assert fakes.import_calls == [GOOD]
    assert messages == [("information", "2 trainee(s) registered.")]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.registered == 2


def test_a_file_problem_is_shown_and_nothing_can_be_imported(qtbot, monkeypatch, tmp_path):
    problem = FieldProblem("file", QT_TRANSLATE_NOOP(
        "Validation", "The sheet has no column {column}. The header row should name the "
        "columns: {columns}."), {"column": "นามสกุล", "columns": "ชื่อ, นามสกุล"})
    dialog = make(qtbot, Fakes(ImportPreview(rows=(), file_problem=problem)))
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")
    assert not dialog.file_problem.isHidden()
    assert dialog.file_problem.text().startswith("The sheet has no column นามสกุล.")
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0
    assert "nothing has been written" in dialog.summary.text()


def test_cancelled_file_dialog_changes_nothing(qtbot, monkeypatch):
    fakes = Fakes()
    dialog = make(qtbot, fakes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.choose_button.click()
    assert fakes.checked == [] and dialog.preview is None


def test_registry_changed_since_the_check_shows_why_and_checks_again(
        qtbot, monkeypatch, tmp_path, messages):
    changed = ValidationError([FieldProblem("", QT_TRANSLATE_NOOP(
        "Validation", "The people registry changed since the file was checked; choose the "
        "file again."), {"row_no": 3})])
    fakes = Fakes(GOOD, MIXED, imported=changed)
    dialog = make(qtbot, fakes)
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")
    dialog.import_button.click()
    assert len(fakes.import_calls) == 1
    assert messages == [("warning", "Row 3: The people registry changed since the file was "
                                    "checked; choose the file again.")]
    assert fakes.checked == [tmp_path / "list.xlsx"] * 2  # checked again, now with problems
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 3
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_round_gone_closes_the_dialog(qtbot, monkeypatch, tmp_path, messages):
    fakes = Fakes(GOOD, imported=NotFoundError(1))
    dialog = make(qtbot, fakes)
    choose(monkeypatch, dialog, tmp_path / "list.xlsx")
    with qtbot.waitSignal(dialog.rejected):
        dialog.import_button.click()
    assert [kind for kind, _text in messages] == ["information"]


def test_save_template_adds_the_extension(qtbot, monkeypatch, tmp_path, messages):
    fakes = Fakes()
    dialog = make(qtbot, fakes)
    asked: list[str] = []

    def save_name(parent, caption, start, filters, *args):
        asked.append(start)
        return str(tmp_path / "รายชื่อ"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    dialog.template_button.click()
    assert asked[0].endswith("trainee list.xlsx")
    assert fakes.templates == [tmp_path / "รายชื่อ.xlsx"]
    assert messages[0][0] == "information" and "รายชื่อ.xlsx" in messages[0][1]


def test_template_that_cannot_be_saved_says_why(qtbot, monkeypatch, tmp_path, messages):
    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    dialog = TraineeImportDialog(lambda p: GOOD, lambda p: 0, refuse)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "t.xlsx"), "")))
    dialog.template_button.click()
    assert messages == [("warning", "The template could not be saved: Permission denied")]
