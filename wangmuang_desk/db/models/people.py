"""People and the households they live in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wangmuang_desk.db.base import Base, IdMixin, RecyclableMixin, TimestampMixin
from wangmuang_desk.db.models.office import Village


class Household(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "household"
    __table_args__ = (Index("ix_household_village_house", "village_id", "house_no"),)

    house_no: Mapped[str] = mapped_column(String(40))
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"))
    soi: Mapped[str] = mapped_column(String(100), default="")
    road: Mapped[str] = mapped_column(String(100), default="")
    # use_alter: person -> household and household -> head person form a cycle.
    head_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village] = relationship()
    head: Mapped[Person | None] = relationship(foreign_keys=[head_person_id], post_update=True)
    members: Mapped[list[Person]] = relationship(
        back_populates="household", foreign_keys="Person.household_id"
    )


class Person(IdMixin, TimestampMixin, RecyclableMixin, Base):
    __tablename__ = "person"
    __table_args__ = (
        # Optional but unique when present (also against people in the recycle bin).
        Index(
            "uq_person_citizen_id",
            "citizen_id",
            unique=True,
            sqlite_where=text("citizen_id IS NOT NULL"),
        ),
        # The people list's default order over the records not in the recycle bin, with the
        # search text beside it: the first page, a deep page, a search by one or two letters
        # and the lists ordered by a person's name (occupations, sages) walk this index
        # without reading whole rows (benchmarks/README.md). Partial, so "deleted_at IS NULL"
        # is no equality SQLite could mistake for a selective lookup.
        Index(
            "ix_person_live_name",
            "first_name",
            "last_name",
            "id",
            "search_text",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_person_village", "village_id"),
    )

    title: Mapped[str] = mapped_column(String(60), default="")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    citizen_id: Mapped[str | None] = mapped_column(String(13), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str] = mapped_column(String(1), default="")  # "M", "F" or "" (not given)
    phone: Mapped[str] = mapped_column(String(40), default="")
    house_no: Mapped[str] = mapped_column(String(40), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), default=None)
    soi: Mapped[str] = mapped_column(String(100), default="")
    road: Mapped[str] = mapped_column(String(100), default="")
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), default=None, index=True
    )
    is_elder: Mapped[bool] = mapped_column(Boolean, default=False)
    is_disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    is_disadvantaged: Mapped[bool] = mapped_column(Boolean, default=False)
    pdpa_consent_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased "title first last id phone" kept by the service for search-as-you-type;
    # the person_fts trigram index over it is kept by triggers (baseline migration).
    search_text: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village | None] = relationship()
    household: Mapped[Household | None] = relationship(
        back_populates="members", foreign_keys=[household_id]
    )

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()
