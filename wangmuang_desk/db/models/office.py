"""The office itself: profile, signatories, villages, reference lists, settings."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wangmuang_desk.db.base import Base, IdMixin, TimestampMixin


class OfficeProfile(IdMixin, TimestampMixin, Base):
    """One row: who prints the documents and where they are."""

    __tablename__ = "office_profile"

    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200), default="")  # e.g. สำนักปลัด งานพัฒนาชุมชน
    house_no: Mapped[str] = mapped_column(String(40), default="")
    moo: Mapped[str] = mapped_column(String(10), default="")
    road: Mapped[str] = mapped_column(String(100), default="")
    subdistrict: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    emblem: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # PNG/JPEG bytes
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    setup_done: Mapped[bool] = mapped_column(Boolean, default=False)


class Signatory(IdMixin, TimestampMixin, Base):
    """A person who signs documents (name + position as printed)."""

    __tablename__ = "signatory"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Village(IdMixin, TimestampMixin, Base):
    """หมู่บ้าน: number (หมู่ที่) and name; editable because the real list must be verified."""

    __tablename__ = "village"

    moo: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class RefItem(IdMixin, Base):
    """An entry of an editable reference list (titles, occupation categories, ...)."""

    __tablename__ = "ref_item"
    __table_args__ = (UniqueConstraint("kind", "label"),)

    kind: Mapped[str] = mapped_column(String(40), index=True)
    label: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AppSetting(Base):
    """Settings that belong to the database (shared by everyone who opens it)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
