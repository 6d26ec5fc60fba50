"""Community right livelihood at household level (seed 002)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wangmuang_desk.db.base import Base, IdMixin, TimestampMixin


class LivelihoodLeader(IdMixin, Base):
    """ครูใหญ่ (lead) or ครูน้อย (assistant) of a village for a fiscal year."""

    __tablename__ = "livelihood_leader"

    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))  # lead, assistant


class TargetHousehold(IdMixin, TimestampMixin, Base):
    """A target household and its life plan for a fiscal year."""

    __tablename__ = "target_household"
    __table_args__ = (UniqueConstraint("household_id", "fiscal_year"),)

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    target_occupation: Mapped[str] = mapped_column(String(300), default="")
    target_product: Mapped[str] = mapped_column(String(300), default="")
    baseline_income: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    practises: Mapped[bool | None] = mapped_column(Boolean, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class AccountEntry(IdMixin, Base):
    """One line of a household account book (บัญชีครัวเรือน)."""

    __tablename__ = "account_entry"

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    entry_date: Mapped[date] = mapped_column(Date)
    item: Mapped[str] = mapped_column(String(300))
    income: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    expense: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    savings: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    debt: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))


class AssessmentCriterion(IdMixin, Base):
    """An item of the "3 มี 2 ไม่" checklist, kept as data so it can change."""

    __tablename__ = "assessment_criterion"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HouseholdAssessment(Base):
    __tablename__ = "household_assessment"

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)  # BE
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_criterion.id"), primary_key=True
    )
    met: Mapped[bool] = mapped_column(Boolean)
