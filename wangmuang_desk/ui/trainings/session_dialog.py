"""Add or change one session of a round (step 6): its day, times, venue, hours, topic, speaker.

The venue starts as the round's; the hours, when left empty, are worked out from the times,
as staff count them for the certificate and the speaker's fee.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

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

from wangmuang_desk.services.training_rows import SessionInput, SessionRow
from wangmuang_desk.thai.digits import to_arabic_digits
from wangmuang_desk.ui.groups.tab_helpers import grow_to_fit, save_or_report
from wangmuang_desk.ui.trainings.number_text import number_text, parse_number
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_layout import add_save_cancel, fit_line_edit, hint_label

translate = QCoreApplication.translate

# "9", "9:30", "09.30", "0930", "9.30 น." — the ways a time is written on Thai forms.
_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:น\.?)?$")


def parse_time(text: str) -> time | None:
    """The time typed, None when empty; ValueError when it is not a time of day."""
    text = to_arabic_digits(text).strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute)  # raises ValueError past 23:59


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def hours_between(start: time | None, end: time | None) -> Decimal | None:
    """Hours from start to end (a lunch break is the staff's to take off), or None."""
    if start is None or end is None or end <= start:
        return None
    day = date(2000, 1, 1)
    seconds = (datetime.combine(day, end) - datetime.combine(day, start)).seconds
    return (Decimal(seconds) / 3600).quantize(Decimal("0.01"))


def default_date(sessions: list[SessionRow], planned_start: date | None) -> date | None:
    """The day after the last session, else the round's first day: sessions usually run on."""
    if sessions:
        return max(s.data.session_date for s in sessions) + timedelta(days=1)
    return planned_start


class SessionDialog(QDialog):
    """`session` None adds a session; `saved_id` holds its id once saved."""

    def __init__(self, services, training_id: int, session: SessionRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionDialog")
        self.services = services
        self.training_id = training_id
        self.session = session
        self.saved_id: int | None = None
        detail = services.trainings.get(training_id)
        self.round_venue = detail.data.venue
        if session is None:
            self.setWindowTitle(translate("SessionDialog", "New session"))
        else:
            self.setWindowTitle(translate("SessionDialog", "Session {number}").format(
                number=session.seq))

        self.session_date = BeDateEdit(objectName="session_date")
        fit_line_edit(self.session_date, "00/00/0000")
        self.start_time = self._time_edit("start_time")
        self.end_time = self._time_edit("end_time")
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(translate("SessionDialog", "to")))
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.venue = QLineEdit(objectName="venue")
        self.venue.setPlaceholderText(self.round_venue or translate(
            "SessionDialog", "e.g. the village hall of Moo 3"))
        self.hours = QLineEdit(objectName="hours")
        fit_line_edit(self.hours, "00.00", translate("SessionDialog", "from the times"))
        self.hours_hint = hint_label("")
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours)
        hours_row.addWidget(self.hours_hint, 1)
        self.topic = QLineEdit(objectName="topic")
        self.topic.setPlaceholderText(translate("SessionDialog", "What this session teaches"))
        self.speaker = QComboBox(objectName="speaker_id")
        self.speaker.addItem(translate("SessionDialog", "(no speaker chosen)"), None)
        for speaker_id, name in services.training_sessions.speakers(training_id):
            self.speaker.addItem(name, speaker_id)
        if self.speaker.count() == 1:
            self.speaker.setToolTip(translate(
                "SessionDialog", "The round's speakers are entered in step 3 (preparation)."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SessionDialog", "Date:"), self.session_date)
        form.addRow(translate("SessionDialog", "Time:"), times)
        form.addRow(translate("SessionDialog", "Venue:"), self.venue)
        form.addRow(translate("SessionDialog", "Hours:"), hours_row)
        form.addRow(translate("SessionDialog", "Topic:"), self.topic)
        form.addRow(translate("SessionDialog", "Speaker:"), self.speaker)
        fields = (self.session_date, self.start_time, self.end_time, self.venue, self.hours,
                  self.topic, self.speaker)
        self.errors = add_save_cancel(self, form, {w.objectName(): w for w in fields}, self.save)
        self.save_button.setObjectName("save")

        for edit in (self.start_time, self.end_time):
            edit.textChanged.connect(self._times_changed)
        self._load(session, detail.data.planned_start)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    @staticmethod
    def _time_edit(name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText("09:00")
        fit_line_edit(edit, "00:00")
        return edit

    def _load(self, session: SessionRow | None, planned_start: date | None) -> None:
        if session is None:
            existing = self.services.training_sessions.sessions(self.training_id)
            self.session_date.setDate(default_date(existing, planned_start))
            self.venue.setText(self.round_venue)
        else:
            data = session.data
            self.session_date.setDate(data.session_date)
            self.start_time.setText(format_time(data.start_time))
            self.end_time.setText(format_time(data.end_time))
            self.venue.setText(data.venue)
            self.hours.setText(number_text(data.hours))
            self.topic.setText(data.topic)
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(data.speaker_id)))
        self._times_changed()

    def _times_changed(self, *_args: object) -> None:
        try:
            computed = hours_between(parse_time(self.start_time.text()),
                                     parse_time(self.end_time.text()))
        except ValueError:
            computed = None
        self.hours.setPlaceholderText(number_text(computed))
        self.hours_hint.setText(translate(
            "SessionDialog", "Leave empty to count {hours} hours from the times.").format(
            hours=number_text(computed)) if computed is not None else "")

    # -- saving ----------------------------------------------------------------------------

    def collect(self) -> SessionInput | None:
        """The session as typed; None (with the messages shown) when a field cannot be read."""
        self.errors.clear()
        values: dict[str, object] = {}
        bad = translate("SessionDialog", "Type a time such as 09:00 or 13.30.")
        for name, edit in (("start_time", self.start_time), ("end_time", self.end_time)):
            try:
                values[name] = parse_time(edit.text())
            except ValueError:
                self.errors.show_message(name, bad)
        try:
            hours = parse_number(self.hours.text())
        except ValueError:
            self.errors.show_message("hours", translate(
                "SessionDialog", "Type the hours as a number, such as 3 or 2.5."))
            hours = None
        if self.session_date.error():
            self.errors.show_message("session_date", self.session_date.error() or "")
        elif self.session_date.date() is None:
            self.errors.show_message("session_date", translate(
                "SessionDialog", "Enter the date of the session."))
        if self.errors.has_errors():
            return None
        start, end = values["start_time"], values["end_time"]
        if hours is None:
            hours = hours_between(start, end)  # type: ignore[arg-type]
        return SessionInput(
            session_date=self.session_date.date(), start_time=start, end_time=end,  # type: ignore[arg-type]
            venue=self.venue.text(), hours=hours, topic=self.topic.text(),
            speaker_id=self.speaker.currentData(),
            id=self.session.id if self.session is not None else None)

    def save(self) -> None:
        data = self.collect()
        if data is not None:
            save_or_report(
                self, lambda: self.services.training_sessions.save_session(self.training_id, data),
                translate("SessionDialog", "This round or session no longer exists. "
                          "Nothing was saved."))
        if self.isVisible() and self.errors.has_errors():
            grow_to_fit(self)
