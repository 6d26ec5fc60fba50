"""Step 1 of a training round as a form, bound to TrainingInput: title, topic, where the round
comes from, rationale, objectives. The new-round wizard shows it on a page of its own;
RoundForm (round_form.py) shows it beside step 2.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP
from wangmuang_desk.services.training_rows import ORIGIN_KINDS, OriginChoice, TrainingInput
from wangmuang_desk.ui.groups.establishment_base import text_box
from wangmuang_desk.ui.trainings.labels import origin_kind_labels
from wangmuang_desk.ui.trainings.round_form_part import RoundFormPart
from wangmuang_desk.ui.widgets.form_errors import FormErrors

translate = QCoreApplication.translate

# The same source text as the service's, so one Thai translation serves both.
TITLE_MISSING = QT_TRANSLATE_NOOP("Validation", "Enter the title of the training round.")

# The origin kind → the TrainingInput field that holds its id.
_ORIGIN_FIELDS = {"need": "need_id", "group": "group_id", "request": "support_request_id"}


class TopicForm(RoundFormPart):
    """Step 1: what the round teaches and where the idea came from."""

    fields = ("title", "topic", "need_id", "group_id", "support_request_id", "rationale",
              "objectives", "origin_kind")

    def __init__(self, origins: Sequence[OriginChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._origins = list(origins)
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(translate(
            "RoundForm", "e.g. Making grass-flower brooms"))
        self.topic = QLineEdit(objectName="topic")
        self.topic.setPlaceholderText(translate(
            "RoundForm", "The skill or subject, e.g. handicraft, food processing"))
        self.origin_kind = QComboBox(objectName="origin_kind")
        for code, label in origin_kind_labels().items():
            self.origin_kind.addItem(label, code)
        self.origin_choice = QComboBox(objectName="origin_choice")
        self.origin_choice.setMinimumContentsLength(30)
        self.origin_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rationale = text_box("rationale", lines=4)
        self.objectives = text_box("objectives", lines=4)
        self.objectives.setPlaceholderText(translate(
            "RoundForm", "One objective per line"))

        origin_row = QHBoxLayout()
        origin_row.addWidget(self.origin_kind)
        origin_row.addWidget(self.origin_choice, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("RoundForm", "Title of the round:"), self.title)
        form.addRow(translate("RoundForm", "Topic:"), self.topic)
        form.addRow(translate("RoundForm", "Comes from:"), origin_row)
        form.addRow(translate("RoundForm", "Rationale:"), self.rationale)
        form.addRow(translate("RoundForm", "Objectives:"), self.objectives)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.general)
        origin_field = self.origin_choice
        self.errors = FormErrors({
            "title": self.title, "topic": self.topic, "origin_kind": self.origin_kind,
            "need_id": origin_field, "group_id": origin_field,
            "support_request_id": origin_field, "rationale": self.rationale,
            "objectives": self.objectives,
        }, self, general=self.general)

        self.origin_kind.currentIndexChanged.connect(self._fill_choices)
        self._fill_choices()
        for signal in (self.title.textEdited, self.topic.textEdited, self.rationale.textChanged,
                       self.objectives.textChanged, self.origin_kind.currentIndexChanged,
                       self.origin_choice.currentIndexChanged):
            signal.connect(self._emit_changed)

    def _fill_choices(self, *_args: object, keep: tuple[int, str] | None = None) -> None:
        kind = self.origin_kind.currentData() or ""
        self.origin_choice.blockSignals(True)
        self.origin_choice.clear()
        for choice in self._origins:
            if choice.kind == kind:
                label = choice.label
                if choice.fiscal_year:
                    label = translate("RoundForm", "{label} (fiscal year {year})").format(
                        label=label, year=choice.fiscal_year)
                self.origin_choice.addItem(label, choice.id)
        if keep is not None and self.origin_choice.findData(keep[0]) < 0:
            # No longer offered (a group now inactive): kept, so saving does not drop it.
            self.origin_choice.addItem(keep[1], keep[0])
        self.origin_choice.setEnabled(bool(kind) and self.origin_choice.count() > 0)
        self.origin_choice.setPlaceholderText(
            translate("RoundForm", "Nothing recorded yet") if kind else "")
        self.origin_choice.setCurrentIndex(0 if self.origin_choice.count() else -1)
        self.origin_choice.blockSignals(False)

    def check(self) -> list[tuple[str, str]]:
        if not self.title.text().strip():
            return [("title", translate("Validation", TITLE_MISSING))]
        return []

    def load(self, data: TrainingInput) -> None:
        self.title.setText(data.title)
        self.topic.setText(data.topic)
        kind, record_id = "", None
        for code in ORIGIN_KINDS:
            if getattr(data, _ORIGIN_FIELDS[code]) is not None:
                kind, record_id = code, getattr(data, _ORIGIN_FIELDS[code])
                break
        self.origin_kind.blockSignals(True)
        self.origin_kind.setCurrentIndex(max(0, self.origin_kind.findData(kind)))
        self.origin_kind.blockSignals(False)
        keep = None
        if record_id is not None:
            keep = (record_id, translate("RoundForm", "No longer listed (no. {id})").format(
                id=record_id))
        self._fill_choices(keep=keep)
        if record_id is not None:
            self.origin_choice.setCurrentIndex(self.origin_choice.findData(record_id))
        self.rationale.setPlainText(data.rationale)
        self.objectives.setPlainText(data.objectives)

    def store(self, data: TrainingInput) -> None:
        data.title = self.title.text()
        data.topic = self.topic.text()
        kind = self.origin_kind.currentData() or ""
        chosen = self.origin_choice.currentData() if kind else None
        for code, name in _ORIGIN_FIELDS.items():
            setattr(data, name, chosen if code == kind else None)
        data.rationale = self.rationale.toPlainText()
        data.objectives = self.objectives.toPlainText()

