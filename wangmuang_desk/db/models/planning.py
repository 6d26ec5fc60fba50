"""Needs → plans → action (manual §3.1) and support requests (§3.4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wangmuang_desk.db.base import Base, IdMixin, RecyclableMixin, TimestampMixin


class Forum(IdMixin, TimestampMixin, RecyclableMixin, Base):
    """ประชาคม, questionnaire round or focus group that produced needs."""

    __tablename__ = "forum"

    kind: Mapped[str] = mapped_column(String(20), default="forum")  # forum, survey, focus_group
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), default=None)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    fiscal_year: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    attendees: Mapped[int | None] = mapped_column(Integer, default=None)
    minutes: Mapped[str] = mapped_column(Text, default="")


class Need(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "need"

    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forum.id"), default=None)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), default=None)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("occupational_group.id"), default=None)
    fiscal_year: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    topic: Mapped[str] = mapped_column(String(300))
    # occupation, product, infrastructure, market, transport, production, management
    category: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int | None] = mapped_column(Integer, default=None)
    within_authority: Mapped[bool | None] = mapped_column(Boolean, default=None)
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")


class PlanItem(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "plan_item"

    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id"), default=None)
    fiscal_year: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    title: Mapped[str] = mapped_column(String(300))
    # project, training, support, forward
    kind: Mapped[str] = mapped_column(String(20), default="project")
    in_development_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    lead: Mapped[str] = mapped_column(String(200), default="")
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    result: Mapped[str] = mapped_column(Text, default="")


class SupportRequest(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "support_request"

    group_id: Mapped[int | None] = mapped_column(ForeignKey("occupational_group.id"), default=None)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"), default=None)
    fiscal_year: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    requested_on: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    requested_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    items_requested: Mapped[str] = mapped_column(Text, default="")
    items_approved: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    delivered_on: Mapped[date | None] = mapped_column(Date, default=None)
    report_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    report_received_on: Mapped[date | None] = mapped_column(Date, default=None)
