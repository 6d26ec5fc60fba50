"""Who exported what, and when (PDPA: a breach must be reported within 72 hours)."""

from __future__ import annotations

import getpass

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import ExportLog


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts; the log still records the rest
        return ""


def log_export(db: Database, what: str, target: str, rows: int | None = None) -> None:
    with db.session() as s:
        s.add(ExportLog(user=current_user(), what=what, target=target, rows=rows))
