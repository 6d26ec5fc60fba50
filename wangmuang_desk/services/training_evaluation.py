"""Steps 7 and 8 of a round: test scores, who passes (attendance over ALL planned sessions
and the pass mark), and the certificates of those who pass, numbered per fiscal year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    Attendance,
    Certificate,
    Person,
    Signatory,
    Trainee,
    Training,
    TrainingSession,
)
from wangmuang_desk.services import training_rules as rules
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.training_common import live_training, set_step
from wangmuang_desk.services.training_rows import (
    CertificateRow,
    EvaluationSummary,
    ScoreInput,
    TraineeResult,
)
from wangmuang_desk.services.training_sessions import trainees_of

MAX_SCORE = Decimal(1000)


def evaluate(s: Session, t: Training) -> EvaluationSummary:
    planned = s.execute(select(func.count(TrainingSession.id)).where(
        TrainingSession.training_id == t.id)).scalar_one()
    attended = dict(s.execute(
        select(Attendance.trainee_id, func.count())
        .join(TrainingSession, Attendance.session_id == TrainingSession.id)
        .where(TrainingSession.training_id == t.id, Attendance.present.is_(True))
        .group_by(Attendance.trainee_id)).all())
    issued = {tid: (n, fy) for tid, n, fy in s.execute(
        select(Certificate.trainee_id, Certificate.number, Certificate.fiscal_year)
        .join(Trainee, Certificate.trainee_id == Trainee.id)
        .where(Trainee.training_id == t.id))}
    results = []
    for trainee in trainees_of(s, t.id):
        came = attended.get(trainee.id, 0)
        cert = issued.get(trainee.id)
        results.append(TraineeResult(
            trainee=trainee, attended=came, planned=planned,
            percent=rules.attendance_percent(came, planned),
            attendance_ok=rules.attendance_ok(came, planned, t.attendance_threshold),
            test_ok=rules.test_ok(trainee.post_score, t.pass_mark),
            passes=rules.passes(came, planned, t.attendance_threshold, trainee.post_score,
                                t.pass_mark),
            certificate_label=rules.certificate_label(*cert) if cert else "",
        ))
    both = [r.trainee for r in results
            if r.trainee.pre_score is not None and r.trainee.post_score is not None]
    mean_pre = rules.mean([tr.pre_score for tr in both])
    mean_post = rules.mean([tr.post_score for tr in both])
    return EvaluationSummary(
        threshold=t.attendance_threshold, pass_mark=t.pass_mark, planned_sessions=planned,
        results=tuple(results), passed=sum(r.passes for r in results),
        mean_pre=mean_pre, mean_post=mean_post,
        gain=mean_post - mean_pre if mean_pre is not None and mean_post is not None else None,
    )


def certificate_rows(s: Session, *where) -> list[CertificateRow]:
    rows = s.execute(
        select(Certificate, Person.title, Person.first_name, Person.last_name, Signatory.name,
               Signatory.position, Training.id, Training.title)
        .join(Trainee, Certificate.trainee_id == Trainee.id)
        .join(Training, Trainee.training_id == Training.id)
        .join(Person, Trainee.person_id == Person.id)
        .outerjoin(Signatory, Certificate.signatory_id == Signatory.id)
        .where(*where).order_by(Certificate.fiscal_year, Certificate.number))
    return [CertificateRow(
        id=c.id, trainee_id=c.trainee_id, name=f"{title or ''}{first} {last or ''}".strip(),
        fiscal_year=c.fiscal_year, number=c.number,
        label=rules.certificate_label(c.number, c.fiscal_year), issued_on=c.issued_on,
        signatory_name=sname or "", signatory_position=sposition or "", reprints=c.reprints,
        training_id=tid, training_title=ttitle)
        for c, title, first, last, sname, sposition, tid, ttitle in rows]


class TrainingEvaluationService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def evaluation(self, training_id: int) -> EvaluationSummary:
        with self.db.session() as s:
            return evaluate(s, live_training(s, training_id))

    def save_scores(self, training_id: int, scores: list[ScoreInput]) -> None:
        """Pre- and post-test scores of the round's trainees, all or none."""
        with self.db.session() as s:
            live_training(s, training_id)
            trainees = {tr.id: tr for tr in s.scalars(select(Trainee).where(
                Trainee.training_id == training_id))}
            problems: list[FieldProblem] = []
            for i, score in enumerate(scores):
                if score.trainee_id not in trainees:
                    raise NotFoundError(score.trainee_id)
                for name in ("pre_score", "post_score"):
                    value = getattr(score, name)
                    if value is not None and not Decimal(0) <= value <= MAX_SCORE:
                        problems.append(FieldProblem(f"scores.{i}.{name}", QT_TRANSLATE_NOOP(
                            "Validation", "A score is a number from 0 to {max}."),
                            {"max": int(MAX_SCORE)}))
            if problems:
                raise ValidationError(problems)
            for score in scores:
                tr = trainees[score.trainee_id]
                tr.pre_score, tr.post_score = score.pre_score, score.post_score
            if trainees and all(tr.post_score is not None for tr in trainees.values()):
                set_step(s, training_id, 7, True, self.today())

    # --- certificates --------------------------------------------------------------------
    def certificates(self, training_id: int) -> list[CertificateRow]:
        with self.db.session() as s:
            live_training(s, training_id)
            return certificate_rows(s, Trainee.training_id == training_id)

    def register(self, fiscal_year: int) -> list[CertificateRow]:
        """The certificate register of a fiscal year, all rounds, by number."""
        with self.db.session() as s:
            return certificate_rows(s, Certificate.fiscal_year == fiscal_year)

    def issue(self, training_id: int, issued_on: date, signatory_id: int | None) -> int:
        """Give the next numbers of the round's fiscal year to every trainee who passes and
        has no certificate yet, in the order of the sign-in sheet. Returns how many."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            problems: list[FieldProblem] = []
            if issued_on is None:
                problems.append(FieldProblem("issued_on", QT_TRANSLATE_NOOP(
                    "Validation", "Enter the date the certificates are given.")))
            if signatory_id is not None and s.get(Signatory, signatory_id) is None:
                problems.append(FieldProblem("signatory_id", QT_TRANSLATE_NOOP(
                    "Validation", "This signatory is no longer in the office profile.")))
            if problems:
                raise ValidationError(problems)
            if signatory_id is None:  # the office's default signer, as on its other documents
                signatory_id = s.scalars(select(Signatory.id).order_by(
                    Signatory.is_default.desc(), Signatory.sort_order, Signatory.id)).first()
            summary = evaluate(s, t)
            due = [r.trainee.id for r in summary.results if r.passes and not r.certificate_label]
            if not due:
                raise ValidationError.single("issue", QT_TRANSLATE_NOOP(
                    "Validation", "No trainee is due a certificate: everyone who passes already "
                    "has one."))
            used = s.scalars(select(Certificate.number).where(
                Certificate.fiscal_year == t.fiscal_year)).all()
            numbers = rules.next_certificate_numbers(used, len(due))
            s.add_all(Certificate(trainee_id=tid, fiscal_year=t.fiscal_year, number=n,
                                  issued_on=issued_on, signatory_id=signatory_id)
                      for tid, n in zip(due, numbers, strict=True))
            set_step(s, training_id, 7, True, self.today())
            set_step(s, training_id, 8, True, self.today())
            return len(due)

    def record_reprint(self, certificate_ids: list[int]) -> None:
        """Count a reprint of these certificates (the register shows how often)."""
        with self.db.session() as s:
            for cid in certificate_ids:
                c = s.get(Certificate, cid)
                if c is None:
                    raise NotFoundError(cid)
                c.reprints += 1
