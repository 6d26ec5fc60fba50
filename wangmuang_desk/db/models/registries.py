"""Step 1 of the manual: occupation, raw-material and local-sage registries."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wangmuang_desk.db.base import Base, IdMixin, RecyclableMixin, TimestampMixin
from wangmuang_desk.db.models.office import Village
from wangmuang_desk.db.models.people import Person


class Occupation(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "occupation"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    category: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    is_main: Mapped[bool] = mapped_column(Boolean, default=True)
    yearly_income: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


class RawMaterial(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "raw_material"

    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), default=None)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    unit: Mapped[str] = mapped_column(String(50), default="")
    season: Mapped[str] = mapped_column(String(200), default="")
    source_owner: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village | None] = relationship()


class Sage(IdMixin, TimestampMixin, RecyclableMixin, Base):
    """ปราชญ์ชาวบ้าน: a person with local wisdom who may teach in training rounds."""

    __tablename__ = "sage"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    branch: Mapped[str] = mapped_column(String(200), default="")  # สาขาภูมิปัญญา
    expertise: Mapped[str] = mapped_column(Text, default="")
    can_teach: Mapped[bool] = mapped_column(Boolean, default=True)
    works_awards: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()
