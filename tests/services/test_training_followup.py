"""Step 10: following up trainees after a round (no Qt)."""

from datetime import date
from decimal import Decimal

import pytest

from wangmuang_desk.db.models import Person, Trainee, Training, TrainingSession
from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_followup import FollowUpService, add_months, months_after
from wangmuang_desk.services.training_rows import FollowUpInput

LAST = date(2026, 1, 31)  # the round's second (last) session
TODAY = date(2026, 8, 10)


def make_round(db, sessions=(date(2026, 1, 30), LAST),
               names=(("นาง", "บุญมี", "น้ำใส"), ("นาย", "สมชาย", "ใจดี"))) -> tuple[int, list[int]]:
    """A round with its sessions and trainees: (round id, trainee ids in registration order)."""
    with db.session() as s:
        training = Training(fiscal_year=2569, title="อบรมทำยาหม่องสมุนไพร")
        s.add(training)
        s.flush()
        s.add_all(TrainingSession(training_id=training.id, seq=n, session_date=d)
                  for n, d in enumerate(sessions, start=1))
        trainees = []
        for title, first, last in names:
            person = Person(title=title, first_name=first, last_name=last)
            s.add(person)
            s.flush()
            trainee = Trainee(training_id=training.id, person_id=person.id)
            s.add(trainee)
            s.flush()
            trainees.append(trainee.id)
        return training.id, trainees


@pytest.fixture
def follow(db) -> FollowUpService:
    return FollowUpService(db, today=TODAY)


def test_months_are_counted_from_the_last_session_rounded_to_the_nearest_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    assert months_after(LAST, LAST) == 0
    assert months_after(LAST, date(2026, 4, 30)) == 3  # Jan 31 + 3 months = Apr 30
    assert months_after(LAST, date(2026, 4, 14)) == 2  # 2 months and 14 days
    assert months_after(LAST, date(2026, 4, 15)) == 3  # 15 days early still reads 3
    assert months_after(LAST, date(2026, 7, 31)) == 6


def test_save_list_edit_and_delete_follow_ups(db, follow):
    tid, (boonmee, somchai) = make_round(db)
    late = follow.save(FollowUpInput(somchai, date(2026, 5, 2), uses_skill=True,
                                     occupation=" ขายยาหม่อง ", income_before=Decimal("3000"),
                                     income_after="4,500"))
    early = follow.save(FollowUpInput(somchai, date(2026, 2, 1), uses_skill=False))
    first = follow.save(FollowUpInput(boonmee, date(2026, 7, 31), uses_skill=True))
    rows = follow.rows(tid)
    assert [(r.id, r.trainee_name, r.months_after) for r in rows] == [
        (first, "นางบุญมี น้ำใส", 6), (early, "นายสมชาย ใจดี", 0), (late, "นายสมชาย ใจดี", 3)]
    assert rows[2].data == FollowUpInput(somchai, date(2026, 5, 2), True, "ขายยาหม่อง",
                                         Decimal("3000.00"), Decimal("4500.00"), "", late)
    follow.save(FollowUpInput(somchai, date(2026, 5, 3), uses_skill=None, id=late))
    assert follow.rows(tid)[2].data.followed_on == date(2026, 5, 3)
    assert follow.rows(tid)[2].data.income_after is None
    follow.delete(early)
    assert [r.id for r in follow.rows(tid)] == [first, late]
    with pytest.raises(NotFoundError):
        follow.delete(early)
    with pytest.raises(NotFoundError):
        follow.save(FollowUpInput(somchai, date(2026, 5, 3), id=early))
    assert follow.trainees(tid) == [(boonmee, "นางบุญมี น้ำใส"), (somchai, "นายสมชาย ใจดี")]
    assert follow.last_session(tid) == LAST


def test_dates_and_incomes_are_checked(db, follow):
    _tid, (boonmee, _) = make_round(db)
    for data, field in (
            (FollowUpInput(boonmee, date(2026, 1, 30)), "followed_on"),  # before the last one
            (FollowUpInput(boonmee, date(2026, 8, 11)), "followed_on"),  # tomorrow
            (FollowUpInput(boonmee, None), "followed_on"),
            (FollowUpInput(boonmee, LAST, income_before=Decimal(-1)), "income_before"),
            (FollowUpInput(boonmee, LAST, income_after="abc"), "income_after"),
            (FollowUpInput(999_999, LAST), "trainee_id")):
        with pytest.raises(ValidationError) as err:
            follow.save(data)
        assert [p.field for p in err.value.problems] == [field]
    assert follow.save(FollowUpInput(boonmee, LAST))  # the last session day itself is fine
    _, (unheld,) = make_round(db, sessions=(), names=(("นาย", "ปู่ทอง", "ญี่ปุ่นดี"),))
    with pytest.raises(ValidationError) as err:
        follow.save(FollowUpInput(unheld, date(2026, 2, 1)))
    assert err.value.problems[0].field == "followed_on"


def test_due_lists_who_still_lacks_a_follow_up_at_each_interval(db, follow):
    tid, (boonmee, somchai) = make_round(db)
    due = follow.due(tid, today=date(2026, 5, 1))
    assert [(d.months, d.due_on, d.reached, [t for t, _ in d.trainees]) for d in due] == [
        (3, date(2026, 4, 30), True, [boonmee, somchai]),
        (6, date(2026, 7, 31), False, [boonmee, somchai])]
    follow.save(FollowUpInput(boonmee, date(2026, 2, 10)))  # too early for any interval
    follow.save(FollowUpInput(somchai, date(2026, 4, 20)))  # 2 months 20 days: counts as 3
    three, six = follow.due(tid)
    assert (three.reached, three.trainees) == (True, ((boonmee, "นางบุญมี น้ำใส"),))
    assert [t for t, _ in six.trainees] == [boonmee, somchai]
    # A 6-month visit also stands in for the 3-month one that was missed.
    follow.save(FollowUpInput(boonmee, date(2026, 8, 1)))
    three, six = follow.due(tid)
    assert three.trainees == () and [t for t, _ in six.trainees] == [somchai]
    assert [d.months for d in follow.due(tid, (1, 12))] == [1, 12]
    unheld, _ = make_round(db, sessions=())
    assert follow.due(unheld) == []  # no sessions: nothing to count from
