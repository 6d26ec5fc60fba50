"""What the training services share: finding a live round, and the facts of each step."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.models import (
    Attendance,
    BudgetLine,
    Certificate,
    FollowUp,
    Partner,
    Speaker,
    SurveyResponse,
    Trainee,
    Training,
    TrainingSession,
    TrainingStep,
    TrainingVillage,
)
from wangmuang_desk.services.errors import NotFoundError


def live_training(s: Session, training_id: int) -> Training:
    t = s.get(Training, training_id)
    if t is None or t.deleted_at is not None:
        raise NotFoundError(training_id)
    return t


def set_step(s: Session, training_id: int, step: int, done: bool, on: date | None,
             note: str | None = None) -> None:
    row = s.get(TrainingStep, (training_id, step))
    if row is None:
        row = TrainingStep(training_id=training_id, step=step, note="")
        s.add(row)
    if not (done and row.done):  # a step done stays dated the day it was first done
        row.done_on = on if done else None
    row.done = done
    if note is not None:
        row.note = note.strip()



def _count(s: Session, stmt) -> int:
    return s.execute(stmt).scalar_one() or 0


def step_summaries(s: Session, t: Training) -> dict[int, dict[str, Any]]:
    """For each step, the counts and values its line on the workspace shows."""
    tid = t.id
    trainees = _count(s, select(func.count(Trainee.id)).where(Trainee.training_id == tid))
    sessions = _count(s, select(func.count(TrainingSession.id)).where(
        TrainingSession.training_id == tid))
    total = s.execute(select(func.sum(BudgetLine.quantity * BudgetLine.times * BudgetLine.rate))
                      .where(BudgetLine.training_id == tid)).scalar_one()
    return {
        1: {"topic": t.topic or t.title},
        2: {"target_count": t.target_count,
            "villages": _count(s, select(func.count()).select_from(TrainingVillage).where(
                TrainingVillage.training_id == tid)),
            "planned_start": t.planned_start},
        3: {"speakers": _count(s, select(func.count(Speaker.id)).where(
                Speaker.training_id == tid)),
            "partners": _count(s, select(func.count(Partner.id)).where(
                Partner.training_id == tid))},
        4: {"budget": total},
        5: {"council_ref": t.council_ref, "council_on": t.council_on,
            "approved_amount": t.approved_amount},
        6: {"sessions": sessions, "trainees": trainees,
            "recorded_sessions": _count(s, select(func.count(func.distinct(
                Attendance.session_id))).join(TrainingSession).where(
                TrainingSession.training_id == tid))},
        7: {"scored": _count(s, select(func.count(Trainee.id)).where(
                Trainee.training_id == tid, Trainee.post_score.is_not(None))),
            "trainees": trainees},
        8: {"certificates": _count(s, select(func.count(Certificate.id)).join(Trainee).where(
                Trainee.training_id == tid))},
        9: {"respondents": _count(s, select(func.count(SurveyResponse.id)).where(
                SurveyResponse.training_id == tid))},
        10: {"follow_ups": _count(s, select(func.count(FollowUp.id)).join(Trainee).where(
                Trainee.training_id == tid))},
    }
