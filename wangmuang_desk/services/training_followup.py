"""Step 10 of a round: following up how trainees use the skill (occupation, income).

Months after the round are counted from its last session to the follow-up, rounded to the
nearest month (15 days or more of a started month count as a month), so a visit a few days
early still reads "3 months". A trainee has had the follow-up of an interval (3 or 6 months
by default) once any of their follow-ups lies that many months or more after the round: a
later visit also stands in for an earlier one that was missed, so nobody stays listed as
overdue for an interval whose information is already out of date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import FollowUp, Person, Trainee, TrainingSession
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.group_members import person_name
from wangmuang_desk.services.training_common import live_training
from wangmuang_desk.services.training_rows import FollowUpInput, FollowUpRow
from wangmuang_desk.thai.dates import format_be_date

DEFAULT_INTERVALS = (3, 6)
HALF_MONTH_DAYS = 15


@dataclass(frozen=True)
class FollowUpDue:
    """One interval of the round: when it falls and who has no follow-up for it yet."""

    months: int
    due_on: date
    reached: bool  # due_on is today or past
    trainees: tuple[tuple[int, str], ...]  # (trainee id, name), in registration order


def add_months(start: date, months: int) -> date:
    """The same day `months` later, the month's last day when it has no such day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def months_after(start: date, end: date) -> int:
    """Whole months from start to end, a remainder of half a month or more rounding up."""
    if end < start:
        return -months_after(end, start)
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    if (end - add_months(start, months)).days >= HALF_MONTH_DAYS:
        months += 1
    return months


def last_session(s: Session, training_id: int) -> date | None:
    return s.scalar(select(func.max(TrainingSession.session_date)).where(
        TrainingSession.training_id == training_id))


def trainee_names(s: Session, training_id: int) -> list[tuple[int, str]]:
    """(trainee id, name) in registration order (the order of the sign-in sheet)."""
    return [(row[0], person_name(row[1], row[2], row[3])) for row in s.execute(select(
        Trainee.id, Person.title, Person.first_name, Person.last_name).join(
        Person, Trainee.person_id == Person.id).where(
        Trainee.training_id == training_id).order_by(Trainee.id))]


class FollowUpService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def last_session(self, training_id: int) -> date | None:
        """The date follow-ups are counted from; None while the round has no sessions."""
        with self.db.session() as s:
            return last_session(s, training_id)

    def trainees(self, training_id: int) -> list[tuple[int, str]]:
        """(trainee id, name) of the round, in registration order."""
        with self.db.session() as s:
            return trainee_names(s, training_id)

    def rows(self, training_id: int) -> list[FollowUpRow]:
        """Every follow-up of the round's trainees: trainee by trainee in registration order,
        each one's oldest first."""
        with self.db.session() as s:
            start = last_session(s, training_id)
            names = dict(trainee_names(s, training_id))
            order = {trainee_id: n for n, trainee_id in enumerate(names)}
            follow_ups = s.scalars(select(FollowUp).where(FollowUp.trainee_id.in_(names)))
            rows = [
                FollowUpRow(
                    id=f.id,
                    data=FollowUpInput(f.trainee_id, f.followed_on, f.uses_skill, f.occupation,
                                       f.income_before, f.income_after, f.note, f.id),
                    trainee_name=names[f.trainee_id],
                    months_after=months_after(start, f.followed_on) if start else None,
                )
                for f in follow_ups
            ]
        rows.sort(key=lambda r: (order[r.data.trainee_id], r.data.followed_on, r.id))
        return rows

    def save(self, data: FollowUpInput) -> int:
        """Add (data.id None) or update a follow-up; returns its id. The date lies between
        the round's last session and today; incomes are not negative."""
        with self.db.session() as s:
            follow_up = FollowUp() if data.id is None else s.get(FollowUp, data.id)
            if follow_up is None:
                raise NotFoundError(data.id)
            trainee = s.get(Trainee, data.trainee_id) if data.trainee_id is not None else None
            problems: list[FieldProblem] = []
            if trainee is None:
                problems.append(FieldProblem("trainee_id", QT_TRANSLATE_NOOP(
                    "Validation", "Choose the trainee.")))
            else:
                live_training(s, trainee.training_id)
            start = last_session(s, trainee.training_id) if trainee is not None else None
            self._check_date(problems, data.followed_on, start, trainee is not None)
            before = validation.non_negative_decimal(problems, "income_before",
                                                     data.income_before)
            after = validation.non_negative_decimal(problems, "income_after", data.income_after)
            if problems:
                raise ValidationError(problems)
            follow_up.trainee_id = data.trainee_id
            follow_up.followed_on = data.followed_on
            follow_up.uses_skill = data.uses_skill
            follow_up.occupation = (data.occupation or "").strip()
            follow_up.income_before, follow_up.income_after = before, after
            follow_up.note = (data.note or "").strip()
            s.add(follow_up)
            s.flush()
            return follow_up.id

    def _check_date(self, problems: list[FieldProblem], on: date | None, start: date | None,
                    has_trainee: bool) -> None:
        if on is None:
            problems.append(FieldProblem("followed_on", QT_TRANSLATE_NOOP(
                "Validation", "Enter the date.")))
        elif on > self.today():
            problems.append(FieldProblem("followed_on", QT_TRANSLATE_NOOP(
                "Validation", "The date is in the future.")))
        elif has_trainee and start is None:
            problems.append(FieldProblem("followed_on", QT_TRANSLATE_NOOP(
                "Validation", "The round has no sessions yet: a follow-up comes after the "
                "training.")))
        elif start is not None and on < start:
            problems.append(FieldProblem("followed_on", QT_TRANSLATE_NOOP(
                "Validation", "A follow-up comes after the training: its last session was on "
                "{date}."), {"date": format_be_date(start)}))

    def delete(self, follow_up_id: int) -> None:
        with self.db.session() as s:
            follow_up = s.get(FollowUp, follow_up_id)
            if follow_up is None:
                raise NotFoundError(follow_up_id)
            s.delete(follow_up)

    def due(self, training_id: int, intervals_months: tuple[int, ...] = DEFAULT_INTERVALS,
            today: date | None = None) -> list[FollowUpDue]:
        """Per interval (in the order given), the trainees still without a follow-up that
        many months after the round, also for intervals not reached yet (`reached` False).
        Empty while the round has no sessions."""
        today = today or self.today()
        with self.db.session() as s:
            start = last_session(s, training_id)
            if start is None:
                return []
            names = trainee_names(s, training_id)
            latest: dict[int, int] = {}
            for trainee_id, on in s.execute(select(FollowUp.trainee_id, FollowUp.followed_on)
                                            .where(FollowUp.trainee_id.in_(dict(names)))):
                months = months_after(start, on)
                latest[trainee_id] = max(latest.get(trainee_id, months), months)
        result = []
        for months in intervals_months:
            due_on = add_months(start, months)
            missing = tuple((t, name) for t, name in names if latest.get(t, -1) < months)
            result.append(FollowUpDue(months, due_on, due_on <= today, missing))
        return result
