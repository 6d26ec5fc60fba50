"""Step 6 of a round: its sessions, the registration of trainees and their attendance."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    Attendance,
    Certificate,
    FollowUp,
    Person,
    Speaker,
    Trainee,
    TrainingSession,
    Village,
)
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.training_common import live_training, set_step
from wangmuang_desk.services.training_rows import (
    AttendanceSheet,
    SessionInput,
    SessionRow,
    TraineeRow,
)
from wangmuang_desk.thai.citizen_id import mask_citizen_id, mask_phone


def trainee_select() -> Select:
    return (select(Trainee.id, Trainee.person_id, Person.title, Person.first_name,
                   Person.last_name, Person.citizen_id, Person.house_no, Village.moo, Village.name,
                   Person.phone, Trainee.registered_on, Trainee.pre_score, Trainee.post_score,
                   Trainee.note)
            .join(Person, Trainee.person_id == Person.id)
            .outerjoin(Village, Person.village_id == Village.id))


def trainee_row(r, mask: bool = True) -> TraineeRow:
    cid = r[5] or ""
    return TraineeRow(
        id=r[0], person_id=r[1], name=f"{r[2] or ''}{r[3]} {r[4] or ''}".strip(),
        citizen_id_masked=mask_citizen_id(cid) if cid and mask else cid, house_no=r[6] or "",
        moo=r[7], village_name=r[8] or "", phone=mask_phone(r[9]) if r[9] and mask else r[9] or "",
        registered_on=r[10], pre_score=r[11], post_score=r[12], note=r[13] or "")


def trainees_of(s: Session, training_id: int, mask: bool = True) -> list[TraineeRow]:
    """The round's trainees by village, then name (the order of the sign-in sheet)."""
    rows = s.execute(trainee_select().where(Trainee.training_id == training_id).order_by(
        Village.moo.is_(None), Village.moo, Person.first_name, Person.last_name, Trainee.id))
    return [trainee_row(r, mask) for r in rows]


def sessions_of(s: Session, training_id: int) -> list[SessionRow]:
    present = (select(func.count()).select_from(Attendance).where(
        Attendance.session_id == TrainingSession.id, Attendance.present.is_(True))
        .correlate(TrainingSession).scalar_subquery())
    recorded = (select(func.count()).select_from(Attendance).where(
        Attendance.session_id == TrainingSession.id).correlate(TrainingSession).scalar_subquery())
    rows = s.execute(select(TrainingSession, Speaker.name, present, recorded)
                     .outerjoin(Speaker, TrainingSession.speaker_id == Speaker.id)
                     .where(TrainingSession.training_id == training_id)
                     .order_by(TrainingSession.seq))
    return [SessionRow(
        id=ts.id, seq=ts.seq,
        data=SessionInput(ts.session_date, ts.start_time, ts.end_time, ts.venue, ts.hours,
                          ts.topic, ts.speaker_id, ts.id),
        speaker_name=speaker or "", present_count=n_present, recorded=n_recorded > 0)
        for ts, speaker, n_present, n_recorded in rows]


def attendance_marks(s: Session, training_id: int) -> dict[tuple[int, int], bool]:
    """(trainee id, session id) → present, for what has been recorded."""
    return {(tid, sid): present for sid, tid, present in s.execute(
        select(Attendance.session_id, Attendance.trainee_id, Attendance.present)
        .join(TrainingSession, Attendance.session_id == TrainingSession.id)
        .where(TrainingSession.training_id == training_id))}


def resequence(s: Session, training_id: int) -> None:
    """Number the sessions 1.. in date and time order (two passes: seq is unique)."""
    sessions = s.scalars(select(TrainingSession).where(
        TrainingSession.training_id == training_id)).all()
    for ts in sessions:
        ts.seq = -ts.id
    s.flush()
    ordered = sorted(sessions, key=lambda ts: (
        ts.session_date, ts.start_time is None, ts.start_time or time.min, ts.id))
    for seq, ts in enumerate(ordered, start=1):
        ts.seq = seq
    s.flush()


class TrainingSessionService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # --- sessions ------------------------------------------------------------------------
    def sessions(self, training_id: int) -> list[SessionRow]:
        with self.db.session() as s:
            live_training(s, training_id)
            return sessions_of(s, training_id)

    def speakers(self, training_id: int) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(r.id, r.name) for r in s.scalars(select(Speaker).where(
                Speaker.training_id == training_id).order_by(Speaker.id))]

    def save_session(self, training_id: int, data: SessionInput) -> int:
        """Add (data.id None) or change a session; sessions are kept numbered by date."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            problems: list[FieldProblem] = []
            if data.session_date is None:
                problems.append(FieldProblem("session_date", QT_TRANSLATE_NOOP(
                    "Validation", "Enter the date of the session.")))
            if data.start_time and data.end_time and data.end_time <= data.start_time:
                problems.append(FieldProblem("end_time", QT_TRANSLATE_NOOP(
                    "Validation", "The session ends before it starts.")))
            if data.hours is not None and not 0 < data.hours <= 24:
                problems.append(FieldProblem("hours", QT_TRANSLATE_NOOP(
                    "Validation", "Hours of a session are more than 0 and at most 24.")))
            if data.speaker_id is not None:
                speaker = s.get(Speaker, data.speaker_id)
                if speaker is None or speaker.training_id != training_id:
                    problems.append(FieldProblem("speaker_id", QT_TRANSLATE_NOOP(
                        "Validation", "Choose one of this round's speakers (step 3).")))
            if problems:
                raise ValidationError(problems)
            if data.id is None:
                # After the round's last number for now; resequence() puts it in date order.
                last = s.execute(select(func.max(TrainingSession.seq)).where(
                    TrainingSession.training_id == training_id)).scalar_one()
                ts = TrainingSession(training_id=training_id, seq=(last or 0) + 1)
                s.add(ts)
            else:
                ts = s.get(TrainingSession, data.id)
                if ts is None or ts.training_id != training_id:
                    raise NotFoundError(data.id)
            ts.session_date, ts.start_time, ts.end_time = (
                data.session_date, data.start_time, data.end_time)
            ts.venue = data.venue.strip() or t.venue
            ts.hours, ts.topic, ts.speaker_id = data.hours, data.topic.strip(), data.speaker_id
            s.flush()
            resequence(s, training_id)
            return ts.id

    def delete_session(self, session_id: int) -> None:
        """Remove a planned session with its attendance (each trainee's percentage changes)."""
        with self.db.session() as s:
            ts = s.get(TrainingSession, session_id)
            if ts is None:
                raise NotFoundError(session_id)
            live_training(s, ts.training_id)
            s.execute(delete(Attendance).where(Attendance.session_id == session_id))
            s.delete(ts)
            s.flush()
            resequence(s, ts.training_id)

    # --- trainees ------------------------------------------------------------------------
    def trainees(self, training_id: int) -> list[TraineeRow]:
        with self.db.session() as s:
            live_training(s, training_id)
            return trainees_of(s, training_id)

    def register(self, training_id: int, person_ids: Iterable[int], on: date | None = None
                 ) -> int:
        """Register people as trainees; those already registered are skipped. Returns how
        many were added."""
        with self.db.session() as s:
            live_training(s, training_id)
            return register_people(s, training_id, person_ids, on or self.today())

    def unregister(self, trainee_id: int) -> None:
        """Take a trainee off the round with their attendance; refused once certified."""
        with self.db.session() as s:
            trainee = s.get(Trainee, trainee_id)
            if trainee is None:
                raise NotFoundError(trainee_id)
            live_training(s, trainee.training_id)
            if s.scalar(select(Certificate.id).where(Certificate.trainee_id == trainee_id)):
                raise ValidationError.single("trainee", QT_TRANSLATE_NOOP(
                    "Validation", "A certificate has been issued to this trainee; they stay in "
                    "the round's register."))
            s.execute(delete(Attendance).where(Attendance.trainee_id == trainee_id))
            s.execute(delete(FollowUp).where(FollowUp.trainee_id == trainee_id))
            s.delete(trainee)

    def set_note(self, trainee_id: int, note: str) -> None:
        with self.db.session() as s:
            trainee = s.get(Trainee, trainee_id)
            if trainee is None:
                raise NotFoundError(trainee_id)
            trainee.note = note.strip()

    # --- attendance ----------------------------------------------------------------------
    def attendance_sheet(self, training_id: int) -> AttendanceSheet:
        with self.db.session() as s:
            t = live_training(s, training_id)
            return AttendanceSheet(training_id, tuple(sessions_of(s, training_id)),
                                   tuple(trainees_of(s, training_id)),
                                   attendance_marks(s, training_id), t.attendance_threshold)

    def save_attendance(self, training_id: int,
                        changes: dict[tuple[int, int], bool | None]) -> None:
        """Write the grid's changes: (trainee id, session id) → present, absent, or None to
        clear. All in one transaction; a pair from another round refuses them all."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            session_ids = set(s.scalars(select(TrainingSession.id).where(
                TrainingSession.training_id == training_id)))
            trainee_ids = set(s.scalars(select(Trainee.id).where(
                Trainee.training_id == training_id)))
            if any(tid not in trainee_ids or sid not in session_ids for tid, sid in changes):
                raise ValidationError.single("attendance", QT_TRANSLATE_NOOP(
                    "Validation", "The list of trainees or sessions has changed since it was "
                    "opened; reopen the attendance sheet."))
            for (tid, sid), present in changes.items():
                record = s.get(Attendance, (sid, tid))
                if present is None:
                    if record is not None:
                        s.delete(record)
                elif record is None:
                    s.add(Attendance(session_id=sid, trainee_id=tid, present=present))
                else:
                    record.present = present
            if t.status in ("planning", "approved") and any(v for v in changes.values()):
                t.status = "running"
            s.flush()
            recorded = s.execute(select(func.count(func.distinct(Attendance.session_id))).where(
                Attendance.session_id.in_(session_ids))).scalar_one()
            if session_ids and recorded == len(session_ids):
                set_step(s, training_id, 6, True, self.today())


def register_people(s: Session, training_id: int, person_ids: Iterable[int], on: date) -> int:
    wanted = list(dict.fromkeys(person_ids))
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(wanted)))}
    missing = [pid for pid in wanted if pid not in people or people[pid].deleted_at is not None]
    if missing:
        raise ValidationError.single("person", QT_TRANSLATE_NOOP(
            "Validation", "{count} of the chosen people are no longer in the registry."),
            count=len(missing))
    already = set(s.scalars(select(Trainee.person_id).where(
        Trainee.training_id == training_id, Trainee.person_id.in_(wanted))))
    added = [pid for pid in wanted if pid not in already]
    s.add_all(Trainee(training_id=training_id, person_id=pid, registered_on=on) for pid in added)
    return len(added)
