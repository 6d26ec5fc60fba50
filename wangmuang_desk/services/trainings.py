"""Training rounds: the list by fiscal year and status, a round's steps 1–2, its ten steps'
state and status. Steps 3–10 have their own services (training_preparation, training_budget,
training_sessions, training_evaluation, training_certificates, training_survey,
training_followup)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    Certificate,
    Need,
    OccupationalGroup,
    SupportRequest,
    Trainee,
    Training,
    TrainingSession,
    TrainingStep,
    TrainingVillage,
    Village,
)
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.registry_base import RegistryService
from wangmuang_desk.services.search_text import normalize_query
from wangmuang_desk.services.training_budget import save_lines
from wangmuang_desk.services.training_common import live_training, set_step, step_summaries
from wangmuang_desk.services.training_preparation import save_preparation
from wangmuang_desk.services.training_rows import (
    STATUSES,
    STEPS,
    ApprovalInput,
    BudgetLineInput,
    OriginChoice,
    PreparationInput,
    StepState,
    TrainingDetail,
    TrainingInput,
    TrainingRow,
)
from wangmuang_desk.thai.dates import fiscal_year

THRESHOLD_SETTING = "attendance_threshold"  # the office's default for new rounds (seed.py)
# Which status may follow which; "completed" and "cancelled" may be reopened to "running" /
# "planning" in case of a mistake.
TRANSITIONS = {
    "planning": ("approved", "cancelled"),
    "approved": ("planning", "running", "cancelled"),
    "running": ("completed", "cancelled"),
    "completed": ("running",),
    "cancelled": ("planning",),
}


def _count(model, column) -> Select:
    return (select(func.count(model.id)).where(column == Training.id)
            .correlate(Training).scalar_subquery())


_trainees = _count(Trainee, Trainee.training_id)
_sessions = _count(TrainingSession, TrainingSession.training_id)
_certified = (select(func.count(Certificate.id)).join(Trainee, Certificate.trainee_id == Trainee.id)
              .where(Trainee.training_id == Training.id).correlate(Training).scalar_subquery())
_steps_done = (select(func.count()).select_from(TrainingStep)
               .where(TrainingStep.training_id == Training.id, TrainingStep.done.is_(True))
               .correlate(Training).scalar_subquery())


def check_training_input(s: Session, data: TrainingInput, today: date
                         ) -> tuple[list[FieldProblem], TrainingInput]:
    """Problems with steps 1–2 (fields named as in TrainingInput) and the cleaned data."""
    problems: list[FieldProblem] = []
    title = validation.required_text(problems, "title", data.title, QT_TRANSLATE_NOOP(
        "Validation", "Enter the title of the training round."))
    for name, model, message in (
        ("need_id", Need, QT_TRANSLATE_NOOP("Validation", "This need no longer exists.")),
        ("group_id", OccupationalGroup,
         QT_TRANSLATE_NOOP("Validation", "This group is no longer in the registry.")),
        ("support_request_id", SupportRequest,
         QT_TRANSLATE_NOOP("Validation", "This support request no longer exists.")),
    ):
        record_id = getattr(data, name)
        if record_id is not None:
            record = s.get(model, record_id)
            if record is None or record.deleted_at is not None:
                problems.append(FieldProblem(name, message))
    villages = tuple(dict.fromkeys(data.village_ids))
    if villages and len(s.scalars(select(Village.id).where(Village.id.in_(villages))).all()) \
            != len(villages):
        problems.append(FieldProblem("village_ids", QT_TRANSLATE_NOOP(
            "Validation", "One of the chosen villages no longer exists.")))
    if data.target_count is not None and data.target_count < 0:
        problems.append(FieldProblem("target_count", QT_TRANSLATE_NOOP(
            "Validation", "The number of trainees cannot be negative.")))
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        problems.append(FieldProblem("planned_end", QT_TRANSLATE_NOOP(
            "Validation", "The last day is before the first day.")))
    if data.duration_hours is not None and data.duration_hours <= 0:
        problems.append(FieldProblem("duration_hours", QT_TRANSLATE_NOOP(
            "Validation", "The length in hours must be more than zero.")))
    if not 1 <= data.attendance_threshold <= 100:
        problems.append(FieldProblem("attendance_threshold", QT_TRANSLATE_NOOP(
            "Validation", "The attendance threshold is a percentage from 1 to 100.")))
    if data.pass_mark is not None and data.pass_mark < 0:
        problems.append(FieldProblem("pass_mark", QT_TRANSLATE_NOOP(
            "Validation", "The pass mark cannot be negative.")))
    fy = data.fiscal_year or fiscal_year(data.planned_start or today)
    if not 2400 <= fy <= 2700:
        problems.append(FieldProblem("fiscal_year", QT_TRANSLATE_NOOP(
            "Validation", "The fiscal year is a Buddhist Era year, such as {example}."),
            {"example": fiscal_year(today)}))
    cleaned = TrainingInput(
        title=title, topic=data.topic.strip(), need_id=data.need_id, group_id=data.group_id,
        support_request_id=data.support_request_id,
        target_description=data.target_description.strip(), target_count=data.target_count,
        village_ids=villages, planned_start=data.planned_start, planned_end=data.planned_end,
        duration_hours=data.duration_hours, venue=data.venue.strip(),
        rationale=data.rationale.strip(), objectives=data.objectives.strip(),
        attendance_threshold=data.attendance_threshold, pass_mark=data.pass_mark,
        thai_digits=data.thai_digits, fiscal_year=fy,
    )
    return problems, cleaned


def apply_training_input(s: Session, t: Training, data: TrainingInput) -> None:
    for name in TrainingInput.__dataclass_fields__:
        if name != "village_ids":
            setattr(t, name, getattr(data, name))
    s.flush()
    s.execute(delete(TrainingVillage).where(TrainingVillage.training_id == t.id))
    s.add_all(TrainingVillage(training_id=t.id, village_id=v) for v in data.village_ids)


class TrainingService(RegistryService):
    """ListSource for the list of rounds (search by title; filters fiscal_year, status), plus a
    round's steps 1–2, its steps' state and its status."""

    model = Training
    default_sort = "start"
    sorts = {
        # Newest first when ascending: the list opens on this year's rounds.
        "start": (-Training.fiscal_year, -func.coalesce(func.julianday(Training.planned_start),
                                                        0), -Training.id),
        "title": (Training.title, Training.id),
        "fiscal_year": (Training.fiscal_year, Training.planned_start, Training.id),
        "status": (Training.status, Training.planned_start, Training.id),
        "trainees": (_trainees, Training.id),
    }

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__(db)
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # --- list ----------------------------------------------------------------------------
    def row_select(self) -> Select:
        return select(
            Training.id, Training.fiscal_year, Training.title, Training.status,
            Training.planned_start, Training.planned_end, Training.venue, _trainees, _sessions,
            _certified, _steps_done,
        )

    def to_row(self, r) -> TrainingRow:
        return TrainingRow(*r)

    def apply_filters(self, stmt: Select, query: ListQuery) -> Select:
        for word in normalize_query(query.search).split():
            stmt = stmt.where(func.lower(Training.title).contains(word, autoescape=True))
        if (fy := query.filter("fiscal_year")) is not None:
            stmt = stmt.where(Training.fiscal_year == fy)
        if (status := query.filter("status")) is not None:
            stmt = stmt.where(Training.status == status)
        return stmt

    def fiscal_years(self) -> list[int]:
        """The fiscal years that have rounds, newest first, with the current one always."""
        with self.db.session() as s:
            years = set(s.scalars(select(Training.fiscal_year).where(
                Training.deleted_at.is_(None)).distinct()))
        years.add(fiscal_year(self.today()))
        return sorted(years, reverse=True)

    def opening_year(self) -> int:
        """The fiscal year the list opens on: this one when it has rounds, else the newest
        year that has any (a file kept from earlier years opens on something to see)."""
        current = fiscal_year(self.today())
        with self.db.session() as s:
            years = set(s.scalars(select(Training.fiscal_year).where(
                Training.deleted_at.is_(None)).distinct()))
        if current in years or not years:
            return current
        earlier = [y for y in years if y < current]
        return max(earlier) if earlier else min(years)

    def default_threshold(self) -> int:
        from wangmuang_desk.db.models import AppSetting

        with self.db.session() as s:
            value = s.get(AppSetting, THRESHOLD_SETTING)
        try:
            return min(100, max(1, int(value.value))) if value is not None else 80
        except ValueError:
            return 80

    def set_default_threshold(self, percent: int) -> None:
        """The threshold new rounds start with; rounds already made keep their own."""
        from wangmuang_desk.db.models import AppSetting

        if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 100:
            raise ValidationError.single("attendance_threshold", QT_TRANSLATE_NOOP(
                "Validation", "The attendance threshold is a percentage from 1 to 100."))
        with self.db.session() as s:
            setting = s.get(AppSetting, THRESHOLD_SETTING)
            if setting is None:
                s.add(AppSetting(key=THRESHOLD_SETTING, value=str(percent)))
            else:
                setting.value = str(percent)

    # --- one round -----------------------------------------------------------------------
    def get(self, training_id: int) -> TrainingDetail:
        with self.db.session() as s:
            t = live_training(s, training_id)
            data = TrainingInput(**{
                n: getattr(t, n) for n in TrainingInput.__dataclass_fields__ if n != "village_ids"
            })
            data.village_ids = tuple(s.scalars(select(TrainingVillage.village_id).where(
                TrainingVillage.training_id == training_id).order_by(TrainingVillage.village_id)))
            group = s.get(OccupationalGroup, t.group_id) if t.group_id else None
            need = s.get(Need, t.need_id) if t.need_id else None
            request = s.get(SupportRequest, t.support_request_id) if t.support_request_id \
                else None
            return TrainingDetail(
                id=t.id, data=data, status=t.status, council_ref=t.council_ref,
                council_on=t.council_on, approved_amount=t.approved_amount,
                problems=t.problems, suggestions=t.suggestions,
                steps=self._steps(s, t), group_name=group.name if group else "",
                need_label=need.topic if need else "",
                request_label=request.description[:80] if request else "",
            )

    def _steps(self, s: Session, t: Training) -> tuple[StepState, ...]:
        stored = {r.step: r for r in s.scalars(select(TrainingStep).where(
            TrainingStep.training_id == t.id))}
        summaries = step_summaries(s, t)
        out = []
        for number, key in enumerate(STEPS, start=1):
            row = stored.get(number)
            out.append(StepState(number, key, bool(row and row.done), row.done_on if row else None,
                                 row.note if row else "", summaries.get(number, {})))
        return tuple(out)

    def create(self, data: TrainingInput) -> int:
        """A new round (steps 1–2), in planning, with step 1 (and 2 when filled) marked done."""
        with self.db.session() as s:
            t = self._create(s, data)
            return t.id

    def _create(self, s: Session, data: TrainingInput) -> Training:
        problems, cleaned = check_training_input(s, data, self.today())
        if problems:
            raise ValidationError(problems)
        t = Training(title=cleaned.title, fiscal_year=cleaned.fiscal_year, status="planning")
        s.add(t)
        s.flush()
        apply_training_input(s, t, cleaned)
        set_step(s, t.id, 1, True, self.today())
        if cleaned.target_description or cleaned.target_count or cleaned.planned_start:
            set_step(s, t.id, 2, True, self.today())
        return t

    def create_round(self, data: TrainingInput, preparation: PreparationInput | None = None,
                     budget: list[BudgetLineInput] | None = None,
                     approval: ApprovalInput | None = None) -> int:
        """The new-round wizard's steps 1–5 as one action: all saved, or nothing."""
        with self.db.session() as s:
            t = self._create(s, data)
            if preparation is not None:
                save_preparation(s, t.id, preparation)
                if preparation.speakers:
                    set_step(s, t.id, 3, True, self.today())
            if budget:
                save_lines(s, t.id, budget)
                set_step(s, t.id, 4, True, self.today())
            if approval is not None and (approval.council_ref.strip() or approval.council_on
                                         or approval.approved_amount is not None):
                self._approve(s, t, approval)
            return t.id

    def approve(self, training_id: int, approval: ApprovalInput) -> None:
        """Step 5: the council's reference, date and approved amount; the round is approved."""
        with self.db.session() as s:
            self._approve(s, live_training(s, training_id), approval)

    def _approve(self, s: Session, t: Training, approval: ApprovalInput) -> None:
        problems: list[FieldProblem] = []
        ref = validation.required_text(problems, "council_ref", approval.council_ref,
                                       QT_TRANSLATE_NOOP("Validation", "Enter the reference of "
                                                         "the council's approval."))
        if approval.council_on is None:
            problems.append(FieldProblem("council_on", QT_TRANSLATE_NOOP(
                "Validation", "Enter the date of the council's approval.")))
        elif approval.council_on > self.today():
            problems.append(FieldProblem("council_on", QT_TRANSLATE_NOOP(
                "Validation", "The date is in the future.")))
        if approval.approved_amount is None:
            problems.append(FieldProblem("approved_amount", QT_TRANSLATE_NOOP(
                "Validation", "Enter the approved amount.")))
        elif approval.approved_amount < 0:
            problems.append(FieldProblem("approved_amount", QT_TRANSLATE_NOOP(
                "Validation", "The approved amount cannot be negative.")))
        if problems:
            raise ValidationError(problems)
        t.council_ref, t.council_on = ref, approval.council_on
        t.approved_amount = approval.approved_amount
        if t.status == "planning":
            t.status = "approved"
        set_step(s, t.id, 5, True, self.today())

    def update(self, training_id: int, data: TrainingInput) -> None:
        with self.db.session() as s:
            t = live_training(s, training_id)
            problems, cleaned = check_training_input(s, data, self.today())
            if data.attendance_threshold != t.attendance_threshold and s.scalar(
                    select(func.count(Certificate.id)).join(Trainee).where(
                        Trainee.training_id == training_id)):
                problems.append(FieldProblem("attendance_threshold", QT_TRANSLATE_NOOP(
                    "Validation", "Certificates have been issued under the present threshold; "
                    "it can no longer change.")))
            if problems:
                raise ValidationError(problems)
            apply_training_input(s, t, cleaned)

    def save_problems(self, training_id: int, problems: str, suggestions: str) -> None:
        """The round's problems and suggestions (for the project report)."""
        with self.db.session() as s:
            t = live_training(s, training_id)
            t.problems, t.suggestions = problems.strip(), suggestions.strip()

    # --- steps and status ----------------------------------------------------------------
    def set_step_done(self, training_id: int, step: int, done: bool, note: str = "") -> None:
        if not 1 <= step <= len(STEPS):
            raise ValueError(step)
        with self.db.session() as s:
            live_training(s, training_id)
            set_step(s, training_id, step, done, self.today(), note)

    def set_status(self, training_id: int, status: str) -> None:
        with self.db.session() as s:
            t = live_training(s, training_id)
            if status not in STATUSES or status not in TRANSITIONS.get(t.status, ()):
                raise ValidationError.single("status", QT_TRANSLATE_NOOP(
                    "Validation", "A round cannot change from “{current}” to “{new}”."),
                    current=t.status, new=status)
            if status == "approved" and not (t.council_ref and t.council_on):
                raise ValidationError.single("status", QT_TRANSLATE_NOOP(
                    "Validation", "Record the council approval (step 5) first."))
            t.status = status

    def next_statuses(self, status: str) -> tuple[str, ...]:
        return TRANSITIONS.get(status, ())

    # --- where a round comes from (step 1) -----------------------------------------------
    def origins(self) -> list[OriginChoice]:
        """Needs and support requests still open, and the active groups, for step 1."""
        out: list[OriginChoice] = []
        with self.db.session() as s:
            for n in s.scalars(select(Need).where(Need.deleted_at.is_(None)).order_by(
                    Need.fiscal_year.desc(), Need.topic)):
                out.append(OriginChoice("need", n.id, n.topic, n.fiscal_year))
            for g in s.scalars(select(OccupationalGroup).where(
                    OccupationalGroup.deleted_at.is_(None),
                    OccupationalGroup.status.not_in(("inactive", "dissolved"))).order_by(
                    OccupationalGroup.name)):
                out.append(OriginChoice("group", g.id, g.name))
            for r in s.scalars(select(SupportRequest).where(
                    SupportRequest.deleted_at.is_(None)).order_by(
                    SupportRequest.fiscal_year.desc(), SupportRequest.id)):
                out.append(OriginChoice("request", r.id, r.description[:80] or f"#{r.id}",
                                        r.fiscal_year))
        return out



def purge_training(s: Session, t: Training) -> None:
    """Delete a round for good with everything only it holds. Refused once certificates were
    issued: the fiscal year's certificate register must stay complete."""
    from wangmuang_desk.db.models import (
        Attendance,
        BudgetLine,
        ChecklistItem,
        FollowUp,
        Partner,
        Speaker,
        SurveyAnswer,
        SurveyItem,
        SurveyResponse,
    )
    from wangmuang_desk.services.errors import InUseError

    tid = t.id
    issued = s.execute(select(func.count(Certificate.id)).join(Trainee).where(
        Trainee.training_id == tid)).scalar_one()
    if issued:
        raise InUseError(QT_TRANSLATE_NOOP(
            "Validation", "{name} has {count} certificate(s) in the certificate register; the "
            "round is kept so the register stays complete."), name=t.title, count=issued)
    trainees = select(Trainee.id).where(Trainee.training_id == tid).scalar_subquery()
    sessions = select(TrainingSession.id).where(
        TrainingSession.training_id == tid).scalar_subquery()
    responses = select(SurveyResponse.id).where(
        SurveyResponse.training_id == tid).scalar_subquery()
    s.execute(delete(Attendance).where(Attendance.session_id.in_(sessions)))
    s.execute(delete(FollowUp).where(FollowUp.trainee_id.in_(trainees)))
    s.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(responses)))
    for model in (SurveyResponse, SurveyItem, Trainee, TrainingSession, BudgetLine, Speaker,
                  Partner, ChecklistItem, TrainingVillage, TrainingStep):
        s.execute(delete(model).where(model.training_id == tid))
