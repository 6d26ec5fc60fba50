"""Occupational groups: members, committees, savings ledger, products, plans, working group."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wangmuang_desk.db.base import Base, IdMixin, RecyclableMixin, TimestampMixin
from wangmuang_desk.db.models.office import Village
from wangmuang_desk.db.models.people import Person


class OccupationalGroup(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "occupational_group"

    name: Mapped[str] = mapped_column(String(300), index=True)
    group_type: Mapped[str] = mapped_column(String(40), default="other")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    founded_on: Mapped[date | None] = mapped_column(Date, default=None)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None)
    phone: Mapped[str] = mapped_column(String(40), default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    regulations: Mapped[str] = mapped_column(Text, default="")
    # forming, established, registered, enterprise, otop, inactive, dissolved
    status: Mapped[str] = mapped_column(String(20), default="forming", index=True)
    share_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    enterprise_reg_no: Mapped[str] = mapped_column(String(60), default="")
    enterprise_reg_on: Mapped[date | None] = mapped_column(Date, default=None)
    origin: Mapped[str] = mapped_column(Text, default="")  # the need, forum or request it came from
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    problems_needs: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village | None] = relationship()
    members: Mapped[list[GroupMember]] = relationship(back_populates="group")


class GroupStatusChange(IdMixin, Base):
    __tablename__ = "group_status_change"

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class GroupMember(IdMixin, TimestampMixin, Base):
    __tablename__ = "group_member"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    shares: Mapped[int] = mapped_column(Integer, default=0)

    group: Mapped[OccupationalGroup] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class CommitteeMember(IdMixin, TimestampMixin, Base):
    """One seat on a group's committee for one term; past terms are kept."""

    __tablename__ = "committee_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    # president, vice_president, secretary, treasurer, member
    position: Mapped[str] = mapped_column(String(30))
    term_start: Mapped[date | None] = mapped_column(Date, default=None)
    term_end: Mapped[date | None] = mapped_column(Date, default=None)

    person: Mapped[Person] = relationship()


class LedgerEntry(IdMixin, TimestampMixin, Base):
    """Savings and capital: deposit, withdrawal, share, income, expense."""

    __tablename__ = "ledger_entry"

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("group_member.id"), default=None)
    entry_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    note: Mapped[str] = mapped_column(Text, default="")


class Product(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "product"

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    otop_category: Mapped[str] = mapped_column(String(100), default="")
    otop_stars: Mapped[int | None] = mapped_column(Integer, default=None)
    standards: Mapped[str] = mapped_column(String(300), default="")  # มผช., อย., GAP, ...
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    unit: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ProductMaterial(Base):
    __tablename__ = "product_material"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True)
    raw_material_id: Mapped[int] = mapped_column(ForeignKey("raw_material.id"), primary_key=True)


class GroupPlanItem(IdMixin, TimestampMixin, Base):
    """An item of a group's own development plan ("know ourselves" → what to do next)."""

    __tablename__ = "group_plan_item"

    group_id: Mapped[int] = mapped_column(ForeignKey("occupational_group.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    lead: Mapped[str] = mapped_column(String(200), default="")
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    note: Mapped[str] = mapped_column(Text, default="")


class WorkingGroupMember(IdMixin, TimestampMixin, Base):
    """คณะทำงาน: officers and representatives of registered groups, with terms."""

    __tablename__ = "working_group_member"

    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None)
    # Officers need not be in the people registry: their name is typed.
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))  # officer, representative
    group_id: Mapped[int | None] = mapped_column(ForeignKey("occupational_group.id"), default=None)
    term_start: Mapped[date | None] = mapped_column(Date, default=None)
    term_end: Mapped[date | None] = mapped_column(Date, default=None)


class WizardDraft(IdMixin, Base):
    """An unfinished wizard (JSON), so staff can close the program and resume later."""

    __tablename__ = "wizard_draft"

    kind: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
