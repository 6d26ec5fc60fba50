"""Vocational training rounds through the manual's ten steps (§3.3)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wangmuang_desk.db.base import Base, IdMixin, RecyclableMixin, TimestampMixin
from wangmuang_desk.db.models.people import Person


class Training(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "training"

    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(Text, default="")
    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id"), default=None)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("occupational_group.id"), default=None)
    support_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_request.id"), default=None
    )
    target_description: Mapped[str] = mapped_column(Text, default="")
    target_count: Mapped[int | None] = mapped_column(Integer, default=None)
    planned_start: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end: Mapped[date | None] = mapped_column(Date, default=None)
    duration_hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 1), default=None)
    venue: Mapped[str] = mapped_column(String(300), default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    # Percent of ALL planned sessions a trainee must attend to pass.
    attendance_threshold: Mapped[int] = mapped_column(Integer, default=80)
    pass_mark: Mapped[Decimal | None] = mapped_column(Numeric(6, 2), default=None)
    council_ref: Mapped[str] = mapped_column(String(200), default="")
    council_on: Mapped[date | None] = mapped_column(Date, default=None)
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    status: Mapped[str] = mapped_column(String(20), default="planning", index=True)
    problems: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    thai_digits: Mapped[bool] = mapped_column(Boolean, default=False)  # on its documents

    sessions: Mapped[list[TrainingSession]] = relationship(order_by="TrainingSession.seq")


class TrainingStep(Base):
    """State of one of the ten steps of a round."""

    __tablename__ = "training_step"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), primary_key=True)
    step: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1..10
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class TrainingVillage(Base):
    __tablename__ = "training_village"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), primary_key=True)


class Speaker(IdMixin, Base):
    __tablename__ = "speaker"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    sage_id: Mapped[int | None] = mapped_column(ForeignKey("sage.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(300), default="")
    is_state_staff: Mapped[bool] = mapped_column(Boolean, default=False)


class Partner(IdMixin, Base):
    """Partner agency of a joint round and its role."""

    __tablename__ = "training_partner"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    agency: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(Text, default="")


class ChecklistItem(IdMixin, Base):
    __tablename__ = "training_checklist_item"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class RateCeiling(IdMixin, Base):
    """Budget rate ceilings with effective dates (to be verified: kept as data)."""

    __tablename__ = "rate_ceiling"

    category: Mapped[str] = mapped_column(String(40), index=True)
    condition: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str] = mapped_column(String(60), default="")
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class BudgetLine(IdMixin, Base):
    __tablename__ = "budget_line"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    # speaker, meal, snack, venue, material, document, sign, transport, other
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(1))
    times: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(1))
    rate: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    ceiling_id: Mapped[int | None] = mapped_column(ForeignKey("rate_ceiling.id"), default=None)
    spent: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)


class TrainingSession(IdMixin, Base):
    __tablename__ = "training_session"
    __table_args__ = (UniqueConstraint("training_id", "seq"),)

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    session_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time, default=None)
    end_time: Mapped[time | None] = mapped_column(Time, default=None)
    venue: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    topic: Mapped[str] = mapped_column(String(300), default="")
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id"), default=None)


class Trainee(IdMixin, TimestampMixin, Base):
    __tablename__ = "trainee"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    registered_on: Mapped[date | None] = mapped_column(Date, default=None)
    pre_score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2), default=None)
    post_score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2), default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id"), primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id"), primary_key=True, index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Certificate(IdMixin, TimestampMixin, Base):
    """Certificate register: `เลขที่ number/fiscal_year`, one per trainee, reprints counted."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("fiscal_year", "number"),)

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id"), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatory.id"), default=None)
    reprints: Mapped[int] = mapped_column(Integer, default=0)


class SurveyItem(IdMixin, Base):
    """One statement of a round's satisfaction form; training_id NULL = the office template."""

    __tablename__ = "survey_item"

    training_id: Mapped[int | None] = mapped_column(
        ForeignKey("training.id"), default=None, index=True
    )
    aspect: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(String(500))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SurveyResponse(IdMixin, Base):
    __tablename__ = "survey_response"

    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)
    respondent_no: Mapped[int] = mapped_column(Integer)
    problems: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("survey_item.id"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)  # 1..5


class FollowUp(IdMixin, TimestampMixin, Base):
    """Step 10: how a trainee uses the skill, at chosen intervals."""

    __tablename__ = "follow_up"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id"), index=True)
    followed_on: Mapped[date] = mapped_column(Date)
    uses_skill: Mapped[bool | None] = mapped_column(Boolean, default=None)
    occupation: Mapped[str] = mapped_column(String(300), default="")
    income_before: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    income_after: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
