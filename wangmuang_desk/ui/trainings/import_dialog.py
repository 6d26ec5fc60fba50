"""Register a round's trainees from an Excel list: choose the file, see every row checked, then
import all of them at once (or, while any row has a problem, nothing).

The dialog gets its work as callables (check a file, import a checked file, write a template),
so it is built and driven in tests without a database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem, NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import ImportPreview, ImportRow
from wangmuang_desk.thai.citizen_id import mask_citizen_id, mask_phone
from wangmuang_desk.ui.groups.tab_helpers import RIGHT, RowsTableModel, make_table
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.widgets.form_errors import problem_text
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate
PROBLEM_BACKGROUND = QColor("#fdecea")  # a pale red under black text, readable when selected
PROBLEM_TEXT = QColor("#b71c1c")
PROBLEMS_COLUMN = 6


def row_problems_text(row: ImportRow, separator: str = "; ") -> str:
    return separator.join(problem_text(p) for p in row.problems)


def _registry_text(row: ImportRow) -> str:
    if row.person_id is not None:
        return translate("TraineeImportDialog", "Existing person")
    # A row with problems is not going to be anyone yet.
    return translate("TraineeImportDialog", "New person") if row.ok else ""


class TraineeImportDialog(QDialog):
    """`preview_fn(path)` checks a file, `import_fn(preview)` writes it and returns how many
    were registered, `template_fn(path)` saves a blank list to fill in."""

    # Where the last file was chosen or saved, for the next file dialog (one program run).
    _last_folder: Path | None = None

    def __init__(
        self,
        preview_fn: Callable[[Path], ImportPreview],
        import_fn: Callable[[ImportPreview], int],
        template_fn: Callable[[Path], Any],
        parent: QWidget | None = None,
        *,
        round_title: str = "",
    ) -> None:
        super().__init__(parent)
        self._preview_fn = preview_fn
        self._import_fn = import_fn
        self._template_fn = template_fn
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.registered = 0
        self.setWindowTitle(
            translate("TraineeImportDialog", "Register trainees from an Excel list"))

        layout = QVBoxLayout(self)
        if round_title:
            heading = QLabel(round_title, objectName="roundTitle")
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
        layout.addWidget(hint_label(translate(
            "TraineeImportDialog",
            "Choose an Excel file (.xlsx) with one trainee per row. Every row is checked and "
            "shown here first; nothing is written until every row is ready. People not yet in "
            "the people registry are added to it.")))

        files = QHBoxLayout()
        self.choose_button = QPushButton(
            translate("TraineeImportDialog", "Choose file…"), objectName="chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(
            translate("TraineeImportDialog", "Save a blank template…"), objectName="saveTemplate")
        self.template_button.clicked.connect(self.save_template)
        self.file_label = QLabel(objectName="fileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files.addWidget(self.choose_button)
        files.addWidget(self.file_label, 1)
        files.addWidget(self.template_button)
        layout.addLayout(files)

        self.file_problem = QLabel(objectName="fileProblem")
        self.file_problem.setWordWrap(True)
        self.file_problem.setStyleSheet(f"color: {PROBLEM_TEXT.name()};")
        self.file_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problem.hide()
        layout.addWidget(self.file_problem)

        self.model = RowsTableModel(self._columns(), self,
                                    background=self._background, foreground=self._foreground)
        self.table = make_table(self.model, PROBLEMS_COLUMN, "importRows")
        self.table.setWordWrap(True)  # a long message wraps inside the problems column
        # The problems column takes the width left over, known only once the dialog is laid
        # out (and again when it is resized): the wrapped rows are measured then.
        # Measured after the event that resized it: during sectionResized the view still
        # wraps at the old width.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_problem_rows)
        self.table.horizontalHeader().sectionResized.connect(self._problems_resized)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            translate("TraineeImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        # Accepting is the import's own decision, after it succeeded.
        buttons.accepted.connect(self.import_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1040, 620)
        self._show(None)

    # -- the table -------------------------------------------------------------------------

    @staticmethod
    def _columns() -> list[Column]:
        def name(row: ImportRow) -> str:
            return f"{row.title}{row.first_name} {row.last_name}".strip()

        return [
            Column(translate("TraineeImportDialog", "Row"), lambda r: r.row_no, alignment=RIGHT),
            Column(translate("TraineeImportDialog", "Name"), name),
            # Masked as in every list (PDPA); the row number leads back to the file.
            Column(translate("TraineeImportDialog", "National ID"),
                   lambda r: mask_citizen_id(r.citizen_id)),
            Column(translate("TraineeImportDialog", "Village no."), lambda r: r.moo,
                   alignment=RIGHT),
            Column(translate("TraineeImportDialog", "Phone"), lambda r: mask_phone(r.phone)),
            Column(translate("TraineeImportDialog", "People registry"), _registry_text),
            Column(translate("TraineeImportDialog", "Problems"),
                   lambda r: row_problems_text(r, "\n")),
        ]

    @staticmethod
    def _background(row: ImportRow) -> QColor | None:
        return None if row.ok else PROBLEM_BACKGROUND

    @staticmethod
    def _foreground(row: ImportRow, column: int) -> QColor | None:
        return PROBLEM_TEXT if column == PROBLEMS_COLUMN and not row.ok else None

    # -- showing a checked file ------------------------------------------------------------

    def _show(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        rows = preview.rows if preview is not None else ()
        self.model.set_rows(rows)
        self._fit_problem_rows()
        problem = preview.file_problem if preview is not None else None
        self.file_problem.setText(problem_text(problem) if problem is not None else "")
        self.file_problem.setVisible(problem is not None)
        self.summary.setText(self._summary_text(preview))
        bad = preview is not None and not preview.can_import
        self.summary.setStyleSheet(f"color: {PROBLEM_TEXT.name()};" if bad else "")
        self.import_button.setEnabled(preview is not None and preview.can_import)

    def _fit_problem_rows(self) -> None:
        # Only rows with problems grow to show every message; the others keep one line.
        for number, row in enumerate(self.model.rows()):
            if not row.ok:
                self.table.resizeRowToContents(number)

    def _problems_resized(self, section: int, _old: int, _new: int) -> None:
        if section == PROBLEMS_COLUMN:
            self._fit_timer.start()

    @staticmethod
    def _summary_text(preview: ImportPreview | None) -> str:
        if preview is None:
            return translate("TraineeImportDialog", "Choose a file to check its rows.")
        if preview.file_problem is not None or not preview.rows:
            return translate(
                "TraineeImportDialog",
                "Correct the file and choose it again; nothing has been written.")
        total = len(preview.rows)
        bad = sum(1 for r in preview.rows if not r.ok)
        rows = translate("TraineeImportDialog", "%n row(s)", "", total)
        if not bad:
            return translate(
                "TraineeImportDialog",
                "{rows}, all ready. Click Import to register them in this round.",
            ).format(rows=rows)
        return translate(
            "TraineeImportDialog",
            "{rows}: {ready} ready, {bad} with problems (shown in red). Correct the file and "
            "choose it again; nothing has been written.",
        ).format(rows=rows, ready=total - bad, bad=bad)

    # -- actions ---------------------------------------------------------------------------

    def _start_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return TraineeImportDialog._last_folder or Path(documents or Path.home())

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("TraineeImportDialog", "Choose the list of trainees"),
            str(self._start_folder()),
            translate("TraineeImportDialog", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Check `path` and show every row; the file is read again each time (after edits)."""
        TraineeImportDialog._last_folder = path.parent
        self.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self._preview_fn(path)
        except NotFoundError:
            QGuiApplication.restoreOverrideCursor()
            self._round_gone()
            return
        except BaseException:
            QGuiApplication.restoreOverrideCursor()
            raise
        QGuiApplication.restoreOverrideCursor()
        self._show(preview)

    def save_template(self) -> None:
        suggested = self._start_folder() / translate("TraineeImportDialog", "trainee list.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("TraineeImportDialog", "Save a blank template"), str(suggested),
            translate("TraineeImportDialog", "Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        TraineeImportDialog._last_folder = target.parent
        try:
            self._template_fn(target)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), translate(
                "TraineeImportDialog", "The template could not be saved: {reason}",
            ).format(reason=error.strerror or str(error)))
            return
        QMessageBox.information(self, self.windowTitle(), translate(
            "TraineeImportDialog",
            "The blank template was saved as {name}. Fill in one trainee per row, save it, "
            "then choose it here with \"Choose file…\".",
        ).format(name=target.name))

    def import_now(self) -> None:
        if self.preview is None or not self.preview.can_import:
            return
        try:
            count = self._import_fn(self.preview)
        except NotFoundError:
            self._round_gone()
            return
        except ValidationError as error:
            # The registry changed since the check: say so, then show the file as it now is.
            QMessageBox.warning(self, self.windowTitle(), "\n".join(
                _numbered_text(p) for p in error.problems[:20]))
            if self.path is not None:
                self.load(self.path)
            return
        self.registered = count
        QMessageBox.information(self, self.windowTitle(), translate(
            "TraineeImportDialog", "%n trainee(s) registered.", "", count))
        self.accept()

    def _round_gone(self) -> None:
        QMessageBox.information(self, self.windowTitle(), translate(
            "TraineeImportDialog",
            "This training round is no longer available (it may be in the recycle bin)."))
        self.reject()


def _numbered_text(problem: FieldProblem) -> str:
    text = problem_text(problem)
    row_no = problem.params.get("row_no")
    if row_no is None:
        return text
    return translate("TraineeImportDialog", "Row {row}: {problem}").format(
        row=row_no, problem=text)
