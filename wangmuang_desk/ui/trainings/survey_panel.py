"""Step 9 of a round: the satisfaction survey. The responses typed in so far, and the summary
(n, x̄, S.D. and level per statement, per aspect and overall) refreshed after every change,
with the problems and suggestions the trainees wrote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.training_rows import ScoreStats, SurveyResponseInput, SurveySummary
from wangmuang_desk.services.training_rules import mean
from wangmuang_desk.ui.groups.tab_helpers import (
    RIGHT,
    RowsTableModel,
    make_table,
    select_id,
    selected_row,
)
from wangmuang_desk.ui.models.paged_table_model import Column
from wangmuang_desk.ui.trainings.panel_helpers import (
    delete_after_asking,
    push_button,
    side_by_side,
    titled_pane,
)
from wangmuang_desk.ui.trainings.survey_bands_dialog import SurveyBandsDialog
from wangmuang_desk.ui.trainings.survey_items_dialog import SurveyItemsDialog
from wangmuang_desk.ui.trainings.survey_response_dialog import SurveyResponseDialog
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
HEADING_COLOUR = QColor("#eceff1")  # aspect and overall lines stand out from the statements
INDENT = "    "


@dataclass(frozen=True)
class SummaryLine:
    id: int  # its place in the table
    kind: str  # "aspect", "item" or "overall"
    label: str
    stats: ScoreStats


def summary_lines(summary: SurveySummary) -> list[SummaryLine]:
    """Each aspect with its numbers, its statements under it, numbered through the form;
    the overall line last."""
    lines: list[SummaryLine] = []
    aspects = {stats.label: stats for stats in summary.aspects}
    current = None
    for number, (aspect, stats) in enumerate(summary.items, start=1):
        if aspect != current:
            current = aspect
            lines.append(SummaryLine(len(lines), "aspect", aspect, aspects[aspect]))
        lines.append(SummaryLine(len(lines), "item", f"{INDENT}{number}. {stats.label}", stats))
    lines.append(SummaryLine(len(lines), "overall", translate("SurveyPanel", "Overall"),
                             summary.overall))
    return lines


class SummaryModel(RowsTableModel):
    """Aspect and overall lines in bold on a tinted background."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            line = self.row_at(index)
            if line is not None and line.kind != "item":
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class SurveyPanel(QWidget):
    changed = Signal()  # responses, statements or bands changed: step summaries are stale
    response_dialog_factory = SurveyResponseDialog
    items_dialog_factory = SurveyItemsDialog
    bands_dialog_factory = SurveyBandsDialog

    def __init__(self, survey, training_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyPanel")
        self.survey = survey
        self.training_id = training_id
        self._item_count = 0

        self.status = QLabel(objectName="surveyStatus")
        self.status.setWordWrap(True)
        self.items_button = push_button(translate("SurveyPanel", "Edit statements…"),
                                        "editItems", self.edit_items)
        self.bands_button = push_button(translate("SurveyPanel", "Band table…"), "editBands",
                                        self.edit_bands)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.items_button)
        top.addWidget(self.bands_button)

        self.responses_model = RowsTableModel([
            Column(translate("SurveyPanel", "No."), lambda r: r.respondent_no, alignment=RIGHT),
            Column(translate("SurveyPanel", "Answered"),
                   lambda r: f"{len(r.scores)}/{self._item_count}", alignment=RIGHT),
            Column(translate("SurveyPanel", "Mean"), lambda r: mean(list(r.scores.values())),
                   alignment=RIGHT),
            Column(translate("SurveyPanel", "Remarks"), _remarks, tooltip=_remarks_tooltip),
        ], self)
        self.responses_table = make_table(self.responses_model, 3, "responses")
        self.responses_table.doubleClicked.connect(self.edit_response)
        self.responses_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = push_button(translate("SurveyPanel", "Add…"), "addResponse",
                                      self.add_response)
        self.edit_button = push_button(translate("SurveyPanel", "Edit…"), "editResponse",
                                       self.edit_response)
        self.delete_button = push_button(translate("SurveyPanel", "Delete"), "deleteResponse",
                                         self.delete_response)
        left = titled_pane(translate("SurveyPanel", "Responses"), self.responses_table,
                           (self.add_button, self.edit_button, self.delete_button))

        self.summary_model = SummaryModel([
            Column(translate("SurveyPanel", "Aspect / statement"), lambda r: r.label,
                   tooltip=lambda r: r.label.strip()),
            Column(translate("SurveyPanel", "n"), lambda r: r.stats.n, alignment=RIGHT),
            Column(translate("SurveyPanel", "x̄"), lambda r: r.stats.mean, alignment=RIGHT),
            Column(translate("SurveyPanel", "S.D."), lambda r: r.stats.sd, alignment=RIGHT),
            Column(translate("SurveyPanel", "Level"), lambda r: r.stats.band),
        ], self, background=lambda r: HEADING_COLOUR if r.kind != "item" else None)
        self.summary_table = make_table(self.summary_model, 0, "summary")
        self.remarks = QPlainTextEdit(objectName="remarks")
        self.remarks.setReadOnly(True)
        self.views = QTabWidget(objectName="surveyViews")
        self.views.addTab(self.summary_table, translate("SurveyPanel", "Summary"))
        self.views.addTab(self.remarks, translate("SurveyPanel", "Problems and suggestions"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(side_by_side(left, self.views, 1, 3), 1)
        layout.addWidget(hint_label(translate(
            "SurveyPanel", "n counts the answers given: a statement left blank on a form is "
            "not counted. An aspect's numbers take all answers to its statements.")))
        self.refresh()

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = selected_row(self.responses_table)
        summary = self.survey.summary(self.training_id)
        self._item_count = len(summary.items)
        self.responses_model.set_rows(self.survey.responses(self.training_id))
        self.summary_model.set_rows(summary_lines(summary))
        form = (translate("SurveyPanel", "{items} statements in {aspects} aspects")
                .format(items=len(summary.items), aspects=len(summary.aspects)))
        if not self.survey.has_own_items(self.training_id):
            form = translate("SurveyPanel", "{form}, from the office template").format(form=form)
        self.status.setText(translate("SurveyPanel", "Respondents: {count}. Form: {form}.")
                            .format(count=summary.respondents, form=form))
        self.remarks.setPlainText(_remarks_text(summary))
        if chosen is not None:
            select_id(self.responses_table, chosen.id)
        self.add_button.setEnabled(bool(summary.items))
        self._update_buttons()

    def selected_response(self) -> SurveyResponseInput | None:
        return selected_row(self.responses_table)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_response() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions -------------------------------------------------------------------------
    def add_response(self) -> None:
        self._open_response(None)

    def edit_response(self, *_args: object) -> None:
        response = self.selected_response()
        if response is not None:
            self._open_response(response)

    def _open_response(self, response: SurveyResponseInput | None) -> None:
        dialog = self.response_dialog_factory(self.survey, self.training_id, response, self)
        dialog.saved.connect(self._response_saved)  # the summary follows each form saved
        dialog.exec()

    def _response_saved(self, response_id: int) -> None:
        self.refresh()
        select_id(self.responses_table, response_id)
        self.changed.emit()

    def delete_response(self) -> None:
        response = self.selected_response()
        if response is None:
            return
        if delete_after_asking(
                self, translate("SurveyPanel", "Delete response"), translate(
                    "SurveyPanel", "Delete the form of respondent {number}? It cannot be "
                    "undone.").format(number=response.respondent_no),
                lambda: self.survey.delete_response(response.id), translate(
                    "SurveyPanel", "This response no longer exists; the list is refreshed.")):
            self.refresh()
            self.changed.emit()

    def edit_items(self) -> None:
        dialog = self.items_dialog_factory(self.survey, self.training_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def edit_bands(self) -> None:
        dialog = self.bands_dialog_factory(self.survey, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()


def _remarks(response: SurveyResponseInput) -> str:
    return " / ".join(t.replace("\n", " ") for t in (response.problems, response.suggestions)
                      if t)


def _remarks_tooltip(response: SurveyResponseInput) -> str | None:
    return "\n\n".join(t for t in (response.problems, response.suggestions) if t) or None


def _remarks_text(summary: SurveySummary) -> str:
    parts = []
    for title, texts in ((translate("SurveyPanel", "Problems and limits"), summary.problems),
                         (translate("SurveyPanel", "Suggestions"), summary.suggestions)):
        lines = [f"• {text}" for text in texts] or [translate("SurveyPanel", "(none)")]
        parts.append("\n".join([title, *lines]))
    return "\n\n".join(parts)
