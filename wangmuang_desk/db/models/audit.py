"""Who exported what (PDPA: a breach must be traceable within 72 hours)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from wangmuang_desk.db.base import Base, IdMixin


class ExportLog(IdMixin, Base):
    __tablename__ = "export_log"

    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    user: Mapped[str] = mapped_column(String(100), default="")
    what: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[int | None] = mapped_column(Integer, default=None)
