"""One follow-up of a trainee (step 10): when, whether they use the skill, their occupation
and income before and after the training."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.training_rows import FollowUpInput, FollowUpRow
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.dialogs.occupation_dialog import NOT_A_NUMBER, DecimalEdit
from wangmuang_desk.ui.groups.tab_helpers import grow_to_fit, save_or_report
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel, fit_line_edit, hint_label

translate = QCoreApplication.translate


def uses_skill_labels() -> dict[bool | None, str]:
    return {
        None: translate("FollowUpDialog", "Not recorded"),
        True: translate("FollowUpDialog", "Yes, uses the skill"),
        False: translate("FollowUpDialog", "No, does not use it"),
    }


class FollowUpDialog(QDialog):
    """Add (row None; trainee_id chooses the trainee ahead) or edit a follow-up."""

    def __init__(self, follow, training_id: int, row: FollowUpRow | None = None,
                 trainee_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpDialog")
        self.setWindowTitle(translate("FollowUpDialog", "Add a follow-up") if row is None
                            else translate("FollowUpDialog", "Edit the follow-up"))
        self.follow = follow
        self.training_id = training_id
        self.row_id = row.id if row is not None else None
        self.saved_id: int | None = None
        start, today = follow.last_session(training_id), follow.today()

        self.trainee = QComboBox(objectName="trainee_id")
        self.trainee.setPlaceholderText(translate("FollowUpDialog", "Choose the trainee"))
        for tid, name in follow.trainees(training_id):
            self.trainee.addItem(name, tid)
        self.trainee.setCurrentIndex(-1)  # chosen on purpose, never a default trainee
        # No range on the field itself: the service says what is wrong with the date (with the
        # last session's date) together with every other field.
        self.followed_on = BeDateEdit(objectName="followed_on")
        fit_line_edit(self.followed_on, "00/00/0000")
        self.uses_skill = QComboBox(objectName="uses_skill")
        for value, label in uses_skill_labels().items():
            self.uses_skill.addItem(label, value)
        self.occupation = QLineEdit(objectName="occupation")
        self.occupation.setPlaceholderText(
            translate("FollowUpDialog", "e.g. makes and sells brooms at the market"))
        self.income_before = DecimalEdit(objectName="income_before")
        self.income_after = DecimalEdit(objectName="income_after")
        for edit in (self.income_before, self.income_after):
            fit_line_edit(edit, "000,000.00")
        self.note = QLineEdit(objectName="note")

        form = QFormLayout()
        form.addRow(translate("FollowUpDialog", "Trainee:"), self.trainee)
        date_row = QHBoxLayout()
        date_row.addWidget(self.followed_on)
        if start is not None:
            hint = hint_label(translate("FollowUpDialog", "the round's last session: {date}")
                              .format(date=format_be_date(start)))
            hint.setWordWrap(False)  # one short line; wrapped, it made the row gape
            date_row.addWidget(hint, 1)
        form.addRow(translate("FollowUpDialog", "Date:"), date_row)
        form.addRow(translate("FollowUpDialog", "Uses the skill:"), self.uses_skill)
        form.addRow(translate("FollowUpDialog", "Occupation:"), self.occupation)
        form.addRow(translate("FollowUpDialog", "Income before:"), _with_unit(self.income_before))
        form.addRow(translate("FollowUpDialog", "Income after:"), _with_unit(self.income_after))
        form.addRow(translate("FollowUpDialog", "Note:"), self.note)
        fields = (self.trainee, self.followed_on, self.uses_skill, self.occupation,
                  self.income_before, self.income_after, self.note)
        # Save closes the dialog only once saved (save_or_report).
        self.errors = add_save_cancel(self, form, {w.objectName(): w for w in fields}, self.save)

        if row is not None:
            self._load(row.data)
        else:
            self.followed_on.setDate(today)
            if trainee_id is not None:
                self.trainee.setCurrentIndex(self.trainee.findData(trainee_id))
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _load(self, data: FollowUpInput) -> None:
        self.trainee.setCurrentIndex(self.trainee.findData(data.trainee_id))
        self.followed_on.setDate(data.followed_on)
        self.uses_skill.setCurrentIndex(self.uses_skill.findData(data.uses_skill))
        self.occupation.setText(data.occupation)
        self.income_before.set_value(data.income_before)
        self.income_after.set_value(data.income_after)
        self.note.setText(data.note)

    def collect(self) -> FollowUpInput:
        """The follow-up typed; ValueError (with the field's name) when an income is not a
        number."""
        incomes = {}
        for edit in (self.income_before, self.income_after):
            try:
                incomes[edit.objectName()] = edit.value()
            except ValueError:
                raise ValueError(edit.objectName()) from None
        return FollowUpInput(self.trainee.currentData(), self.followed_on.date(),
                             self.uses_skill.currentData(), self.occupation.text(),
                             incomes["income_before"], incomes["income_after"],
                             self.note.text(), self.row_id)

    def save(self) -> None:
        self.errors.clear()
        if self.followed_on.error():
            self.errors.show_message("followed_on", self.followed_on.error())
        else:
            try:
                data = self.collect()
            except ValueError as error:
                self.errors.show([FieldProblem(str(error), NOT_A_NUMBER)])
            else:
                save_or_report(self, lambda: self.follow.save(data), translate(
                    "FollowUpDialog", "This follow-up or its round no longer exists. Nothing "
                    "was saved."))
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)


def _with_unit(edit: DecimalEdit) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(QLabel(translate("FollowUpDialog", "baht")))
    return row
