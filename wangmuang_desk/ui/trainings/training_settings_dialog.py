"""Settings → Training settings: the office's rules for every training round.

Three tabs: the rate ceilings budgets are checked against (kept as a table with effective
dates, domain.md §7), the satisfaction survey's template statements and band table (each
edited and saved in its own window, as from a round), and the defaults new rounds start with.
OK saves what changed, each part in its own transaction; when one is refused its problems are
shown and the dialog stays open. Cancel discards what was not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.ui.groups.tab_helpers import RIGHT, RowsTableModel, make_table
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.settings.table_editing import no_default_button
from wangmuang_desk.ui.trainings.rate_table_editor import RateTableEditor
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

RATES_TAB, SURVEY_TAB, DEFAULTS_TAB = range(3)


class SurveySettingsTab(QWidget):
    """The office survey template and band table as they are, with buttons that open their
    editors; what those save is saved at once, whatever this dialog's OK or Cancel."""

    def __init__(self, survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.items_model = RowsTableModel([
            Column(translate("TrainingSettingsDialog", "Aspect"), lambda r: r.aspect),
            Column(translate("TrainingSettingsDialog", "Statement"), lambda r: r.text),
        ], self)
        self.items_table = make_table(self.items_model, 1, "templateItems")
        self.bands_model = RowsTableModel([
            Column(translate("TrainingSettingsDialog", "From"), lambda b: f"{b.lower:.2f}",
                   alignment=RIGHT),
            Column(translate("TrainingSettingsDialog", "To"), lambda b: f"{b.upper:.2f}",
                   alignment=RIGHT),
            Column(translate("TrainingSettingsDialog", "Level"), lambda b: b.label),
        ], self)
        self.bands_table = make_table(self.bands_model, 2, "bands")
        self.items_button = QPushButton(translate("TrainingSettingsDialog", "Edit statements…"),
                                        objectName="editTemplate")
        self.bands_button = QPushButton(translate("TrainingSettingsDialog", "Edit band table…"),
                                        objectName="editBands")
        self.items_button.clicked.connect(self.edit_items)
        self.bands_button.clicked.connect(self.edit_bands)

        template = QGroupBox(translate("TrainingSettingsDialog", "Office survey template"))
        inner = QVBoxLayout(template)
        inner.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "The statements of the satisfaction form, by aspect. "
            "Rounds that have no form of their own yet use them.")))
        inner.addWidget(self.items_table, 1)
        inner.addLayout(_right(self.items_button))
        bands = QGroupBox(translate("TrainingSettingsDialog", "Band table"))
        inner = QVBoxLayout(bands)
        inner.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "The level a mean score (x̄) reads as in every round's "
            "survey summary.")))
        inner.addWidget(self.bands_table, 1)
        inner.addLayout(_right(self.bands_button))
        columns = QHBoxLayout()
        columns.addWidget(template, 3)
        columns.addWidget(bands, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "These are saved in their own windows, when you save "
            "there.")))
        self.refresh()

    def refresh(self) -> None:
        self.items_model.set_rows(self.survey.template_items())
        self.bands_model.set_rows(self.survey.bands())

    def edit_items(self) -> None:
        from wangmuang_desk.ui.trainings.survey_items_dialog import SurveyItemsDialog

        if SurveyItemsDialog(self.survey, None, self).exec():
            self.refresh()

    def edit_bands(self) -> None:
        from wangmuang_desk.ui.trainings.survey_bands_dialog import SurveyBandsDialog

        if SurveyBandsDialog(self.survey, self).exec():
            self.refresh()


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class TrainingSettingsDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingSettingsDialog")
        self.setWindowTitle(translate("TrainingSettingsDialog", "Training settings"))
        self.setModal(True)
        self.services = services
        budget = services.training_budget

        self.rates = RateTableEditor(budget, self, today=budget.today())
        self.survey = SurveySettingsTab(services.training_survey, self)

        self._threshold = services.trainings.default_threshold()
        self.threshold = QSpinBox(objectName="attendance_threshold")
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(self._threshold)
        defaults = QWidget()
        form = QFormLayout()
        self.threshold.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(translate("TrainingSettingsDialog", "Attendance threshold for new rounds:"),
                    self.threshold)
        self.threshold_errors = FormErrors(form, self)
        layout = QVBoxLayout(defaults)
        layout.addWidget(hint_label(translate(
            "TrainingSettingsDialog", "A trainee who attends at least this share of a round's "
            "sessions passes and can get a certificate. Each round can change it; rounds "
            "already made keep their own.")))
        layout.addLayout(form)
        layout.addStretch(1)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self.rates, translate("TrainingSettingsDialog", "Rate ceilings"))
        self.tabs.addTab(self.survey, translate("TrainingSettingsDialog", "Satisfaction survey"))
        self.tabs.addTab(defaults, translate("TrainingSettingsDialog", "Defaults"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.buttons)
        self.resize(1100, 620)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Enter finishes the cell being typed in rather than closing the whole dialog.
        no_default_button(self.buttons)

    def save(self) -> bool:
        """Save each part that changed; False (and its tab shown) when one is refused. A part
        saved before the refusal stays saved and is not saved again."""
        if not self.rates.save():
            self.tabs.setCurrentIndex(RATES_TAB)
            return False
        self.threshold.interpretText()
        value = self.threshold.value()
        if value != self._threshold:
            try:
                self.services.trainings.set_default_threshold(value)
            except ValidationError as error:
                self.tabs.setCurrentIndex(DEFAULTS_TAB)
                self.threshold_errors.show(error.problems)
                return False
            self._threshold = value
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
