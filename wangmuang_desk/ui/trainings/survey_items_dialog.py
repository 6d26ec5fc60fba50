"""The statements of a round's satisfaction form (or of the office template): add, reword,
move and remove, each under its aspect.

Statements that already have answers can be reworded or moved but not removed (the service
refuses it too): their Remove is disabled and the Answers column says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import SurveyItemInput, SurveyItemRow
from wangmuang_desk.ui.groups.tab_helpers import RIGHT, grow_to_fit
from wangmuang_desk.ui.trainings.panel_helpers import buttons_beside, push_button
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import hint_label, save_cancel_buttons

translate = QCoreApplication.translate

ASPECT, TEXT, ANSWERS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class AspectDelegate(QStyledItemDelegate):
    """Aspect cells offer the aspects already on the form, so one aspect keeps one spelling."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        aspects = sorted({self.table.item(r, ASPECT).text() for r in range(self.table.rowCount())
                          if self.table.item(r, ASPECT) and self.table.item(r, ASPECT).text()})
        completer = QCompleter(aspects, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class SurveyItemsDialog(QDialog):
    """Edit the form of a round (training_id) or, with training_id None, the office template."""

    def __init__(self, survey, training_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyItemsDialog")
        self.survey = survey
        self.training_id = training_id
        self.saved_rows: list[SurveyItemRow] = []
        if training_id is None:
            self.setWindowTitle(translate("SurveyItemsDialog", "Office survey template"))
            items, self.counts = survey.template_items(), {}
            note = translate("SurveyItemsDialog", "Rounds that have no form of their own yet use "
                             "this template.")
        else:
            self.setWindowTitle(translate("SurveyItemsDialog", "Statements of the survey"))
            items, self.counts = survey.items(training_id), survey.answer_counts(training_id)
            note = (translate("SurveyItemsDialog", "Statements with answers can be reworded or "
                              "moved, but not removed.")
                    if survey.has_own_items(training_id) else
                    translate("SurveyItemsDialog", "This round still uses the office template; "
                              "saving gives it a form of its own."))

        self.table = QTableWidget(0, 3, objectName="items")
        self.table.setHorizontalHeaderLabels([
            translate("SurveyItemsDialog", "Aspect"), translate("SurveyItemsDialog", "Statement"),
            translate("SurveyItemsDialog", "Answers")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setWordWrap(True)
        # Rows grow with a statement that wraps, and shrink back, as the columns are resized.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setItemDelegateForColumn(ASPECT, AspectDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ASPECT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWERS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(ASPECT, 220)
        for item in items:
            self._insert(self.table.rowCount(), item.aspect, item.text, item.id)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = push_button(translate("SurveyItemsDialog", "Add statement"),
                                      "addItem", self.add_item)
        self.remove_button = push_button(translate("SurveyItemsDialog", "Remove"),
                                         "removeItem", self.remove_item)
        self.up_button = push_button(translate("SurveyItemsDialog", "Move up"), "moveUp",
                                     lambda: self.move_item(-1))
        self.down_button = push_button(translate("SurveyItemsDialog", "Move down"), "moveDown",
                                       lambda: self.move_item(1))
        middle = buttons_beside(self.table, (self.add_button, self.remove_button,
                                             self.up_button, self.down_button))

        self.general = QLabel(objectName="generalErrors")
        buttons = save_cancel_buttons(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(note))
        layout.addWidget(hint_label(translate(
            "SurveyItemsDialog", "Statements of one aspect are printed together, aspects in the "
            "order they first appear.")))
        layout.addLayout(middle, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.errors = FormErrors({}, self, general=self.general)
        self.resize(900, 600)
        self._update_buttons()

    # --- rows ----------------------------------------------------------------------------
    def _insert(self, row: int, aspect: str, text: str, item_id: int | None) -> None:
        self.table.insertRow(row)
        aspect_item = QTableWidgetItem(aspect)
        aspect_item.setData(ID_ROLE, item_id)
        self.table.setItem(row, ASPECT, aspect_item)
        self.table.setItem(row, TEXT, QTableWidgetItem(text))
        count = self.counts.get(item_id, 0) if item_id is not None else 0
        answers = QTableWidgetItem(str(count) if count else "")
        answers.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        answers.setTextAlignment(RIGHT)
        if count:
            answers.setToolTip(translate("SurveyItemsDialog", "Has answers: kept on the form."))
        self.table.setItem(row, ANSWERS, answers)

    def _take(self, row: int) -> tuple[str, str, int | None]:
        return (self.table.item(row, ASPECT).text(), self.table.item(row, TEXT).text(),
                self.table.item(row, ASPECT).data(ID_ROLE))

    def current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_item(self) -> None:
        row = self.current()
        aspect = self.table.item(row, ASPECT).text() if row >= 0 else ""
        at = row + 1 if row >= 0 else self.table.rowCount()
        self._insert(at, aspect, "", None)
        self.table.selectRow(at)
        # Straight into the statement (or the aspect of a first row) for typing.
        self.table.setCurrentCell(at, TEXT if aspect else ASPECT)
        self.table.editItem(self.table.item(at, TEXT if aspect else ASPECT))

    def remove_item(self) -> None:
        row = self.current()
        if row < 0 or self._answered(row):
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_buttons()

    def move_item(self, step: int) -> None:
        row = self.current()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        aspect, text, item_id = self._take(row)
        self.table.removeRow(row)
        self._insert(target, aspect, text, item_id)
        self.table.selectRow(target)

    def _answered(self, row: int) -> bool:
        item_id = self.table.item(row, ASPECT).data(ID_ROLE)
        return bool(item_id is not None and self.counts.get(item_id))

    def _update_buttons(self) -> None:
        row = self.current()
        self.remove_button.setEnabled(row >= 0 and not self._answered(row))
        self.remove_button.setToolTip(translate(
            "SurveyItemsDialog", "This statement has answers and is kept.")
            if row >= 0 and self._answered(row) else "")
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)

    # --- saving --------------------------------------------------------------------------
    def collect(self) -> list[SurveyItemInput]:
        return [SurveyItemInput(aspect, text, item_id)
                for aspect, text, item_id in map(self._take, range(self.table.rowCount()))]

    def save(self) -> None:
        self.table.setFocus()  # closes a cell still being typed in, keeping what it holds
        self.errors.clear()
        try:
            if self.training_id is None:
                rows: list[SurveyItemRow] = self.survey.save_template(self.collect())
            else:
                rows = self.survey.save_items(self.training_id, self.collect())
        except ValidationError as error:
            self.errors.show(error.problems)
            numbered = [p.params["row"] for p in error.problems if "row" in p.params]
            if numbered:
                self.table.selectRow(numbered[0] - 1)
            grow_to_fit(self)
            return
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "SurveyItemsDialog", "This round no longer exists (perhaps moved to the "
                "recycle bin). Nothing was saved."))
            self.reject()
            return
        self.saved_rows = rows
        self.accept()
