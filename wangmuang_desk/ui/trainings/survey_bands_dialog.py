"""The office's band table: which level a mean score reads as (domain.md §6).

Staff pick the half-point table (the default), the 0.8-step table, or type their own. Each
cell is checked as it is typed (a number from 1.00 to 5.00, a label) and the table as a whole
with the service's rule (no overlaps); Save stays disabled while anything is wrong.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.training_rows import Band
from wangmuang_desk.services.training_rules import BANDS_FIFTHS, BANDS_HALF_POINT, check_bands
from wangmuang_desk.thai.digits import to_arabic_digits
from wangmuang_desk.ui.groups.tab_helpers import RIGHT
from wangmuang_desk.ui.trainings.panel_helpers import buttons_beside, push_button
from wangmuang_desk.ui.widgets.form_errors import problem_text
from wangmuang_desk.ui.widgets.form_layout import hint_label, save_cancel_buttons

translate = QCoreApplication.translate

LOWER, UPPER, LABEL = range(3)
HALF_POINT, FIFTHS, CUSTOM = range(3)
PRESETS = {HALF_POINT: BANDS_HALF_POINT, FIFTHS: BANDS_FIFTHS}
INVALID_COLOUR = QColor("#ffcdd2")
MESSAGE_STYLE = "color: #c62828;"
LOWEST, HIGHEST, CENT = Decimal(1), Decimal(5), Decimal("0.01")


def read_score(text: str) -> Decimal | None:
    """A band limit typed (Thai digits too), None when it is not a number from 1 to 5 with
    at most two decimals."""
    try:
        value = Decimal(to_arabic_digits(text).strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(CENT) or not LOWEST <= value <= HIGHEST:
        return None
    return value.quantize(CENT)


class SurveyBandsDialog(QDialog):
    def __init__(self, survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyBandsDialog")
        self.setWindowTitle(translate("SurveyBandsDialog", "Band table"))
        self.survey = survey
        self.saved: tuple[Band, ...] = ()

        self.choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for number, text in ((HALF_POINT, translate(
                "SurveyBandsDialog", "Half-point steps: 4.51 / 3.51 / 2.51 / 1.51 (default)")),
                (FIFTHS, translate("SurveyBandsDialog", "0.8 steps: 4.21 / 3.41 / 2.61 / 1.81")),
                (CUSTOM, translate("SurveyBandsDialog", "A table of our own"))):
            button = QRadioButton(text, objectName=f"bands{number}")
            self.choice.addButton(button, number)
            choices.addWidget(button)

        self.table = QTableWidget(0, 3, objectName="bands")
        self.table.setHorizontalHeaderLabels([
            translate("SurveyBandsDialog", "From"), translate("SurveyBandsDialog", "To"),
            translate("SurveyBandsDialog", "Level")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.add_button = push_button(translate("SurveyBandsDialog", "Add band"), "addBand",
                                      self.add_band)
        self.remove_button = push_button(translate("SurveyBandsDialog", "Remove band"),
                                         "removeBand", self.remove_band)
        middle = buttons_beside(self.table, (self.add_button, self.remove_button))

        self.message = QLabel(objectName="bandsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        buttons = save_cancel_buttons(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "SurveyBandsDialog", "The level a mean score (x̄) reads as in the survey summary, "
            "for every round of the office. Means have two decimals, so 4.50 and 4.51 are "
            "next to each other.")))
        layout.addLayout(choices)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        current = survey.bands()
        preset = next((n for n, bands in PRESETS.items() if tuple(bands) == tuple(current)),
                      CUSTOM)
        self._fill(current)
        self.choice.button(preset).setChecked(True)
        self._set_editable(preset == CUSTOM)
        self.choice.idClicked.connect(self._chosen)
        self.table.itemChanged.connect(self.validate)
        self.validate()
        self.resize(560, 480)

    # --- the table -----------------------------------------------------------------------
    def _fill(self, bands: tuple[Band, ...] | list[Band]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for band in bands:
            self._append(f"{band.lower:.2f}", f"{band.upper:.2f}", band.label)
        self.table.blockSignals(False)

    def _append(self, lower: str, upper: str, label: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((LOWER, lower), (UPPER, upper), (LABEL, label)):
            item = QTableWidgetItem(text)
            if column != LABEL:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)
        return row

    def _set_editable(self, editable: bool) -> None:
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.AllEditTriggers & ~triggers.CurrentChanged
                                   if editable else triggers.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def _chosen(self, number: int) -> None:
        if number in PRESETS:
            self._fill(PRESETS[number])
        self._set_editable(number == CUSTOM)  # a table of our own starts from what is shown
        self.validate()

    def add_band(self) -> None:
        row = self._append("", "", "")
        self.table.setCurrentCell(row, LOWER)
        self.table.editItem(self.table.item(row, LOWER))
        self.validate()

    def remove_band(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())
            self.validate()

    # --- checking ------------------------------------------------------------------------
    def bands(self) -> list[Band] | None:
        """The table as bands; None while a cell is not acceptable."""
        bands = []
        for row in range(self.table.rowCount()):
            lower = read_score(self._text(row, LOWER))
            upper = read_score(self._text(row, UPPER))
            label = self._text(row, LABEL).strip()
            if lower is None or upper is None or not label:
                return None
            bands.append(Band(lower, upper, label))
        return bands

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def validate(self, *_args: object) -> bool:
        """Mark the cells that are wrong and say what is wrong; enable Save when all is fine."""
        self.table.blockSignals(True)
        first = ""
        for row in range(self.table.rowCount()):
            for column in (LOWER, UPPER, LABEL):
                text = self._text(row, column)
                if column == LABEL:
                    bad = not text.strip()
                    message = translate("SurveyBandsDialog", "Row {row}: enter the level's name.")
                else:
                    bad = read_score(text) is None
                    message = translate("SurveyBandsDialog", "Row {row}: enter a number from "
                                        "1.00 to 5.00 with at most two decimals.")
                item = self.table.item(row, column)
                item.setData(Qt.ItemDataRole.BackgroundRole, INVALID_COLOUR if bad else None)
                item.setToolTip(message.format(row=row + 1) if bad else "")
                if bad and not first:
                    first = message.format(row=row + 1)
        for row in range(self.table.rowCount()):
            lower, upper = (read_score(self._text(row, c)) for c in (LOWER, UPPER))
            if lower is not None and upper is not None and lower > upper:
                message = translate("SurveyBandsDialog", "Row {row}: “From” is above “To”.")
                for column in (LOWER, UPPER):
                    self.table.item(row, column).setData(Qt.ItemDataRole.BackgroundRole,
                                                         INVALID_COLOUR)
                    self.table.item(row, column).setToolTip(message.format(row=row + 1))
                first = first or message.format(row=row + 1)
        self.table.blockSignals(False)
        bands = self.bands()
        if not first and bands is not None:
            problem = check_bands(bands)
            first = translate("Validation", problem) if problem else ""
        self.message.setText(first)
        self.message.setVisible(bool(first))
        self.save_button.setEnabled(not first)
        return not first

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved = self.survey.save_bands(self.bands())
        except ValidationError as error:
            self.message.setText("\n".join(problem_text(p) for p in error.problems))
            self.message.show()
            return
        self.accept()
