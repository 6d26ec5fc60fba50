"""Wizard drafts: what staff typed so far, kept so closing the wizard (or the program) and
coming back resumes where they left off. One active draft per kind: the wizard resumes it."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import WizardDraft
from wangmuang_desk.services.group_rows import DraftRow

# JSON has no dates or decimals: they travel as one-key objects and come back as themselves.
_DATE, _DECIMAL = "$date", "$decimal"


def _encode(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    raise TypeError(f"cannot keep {type(value).__name__} in a draft")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if _DATE in obj:
            return date.fromisoformat(obj[_DATE])
        if _DECIMAL in obj:
            return Decimal(obj[_DECIMAL])
    return obj


def dumps(data: dict[str, Any]) -> str:
    """JSON for a draft: plain values, lists, dicts, dates and Decimals."""
    return json.dumps(data, default=_encode, ensure_ascii=False)


def loads(text: str) -> dict[str, Any]:
    return json.loads(text or "{}", object_hook=_decode)


def discard_draft(s: Session, draft_id: int) -> None:
    s.execute(delete(WizardDraft).where(WizardDraft.id == draft_id))


class DraftService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, kind: str, title: str, data: dict[str, Any]) -> int:
        """Keep the wizard's state as the active draft of `kind` (replacing the one there was);
        returns its id. `data` holds plain values, lists, dicts, dates and Decimals."""
        text = dumps(data)  # before the session: a value JSON cannot hold fails here
        with self.db.session() as s:
            draft = self._active(s, kind)
            if draft is None:
                draft = WizardDraft(kind=kind)
                s.add(draft)
            draft.title = title.strip()
            draft.data = text
            draft.is_active = True
            draft.updated_at = datetime.now()  # local time, as staff read it
            s.flush()
            return draft.id

    def active(self, kind: str) -> DraftRow | None:
        """The draft to resume, or None."""
        with self.db.session() as s:
            draft = self._active(s, kind)
            if draft is None:
                return None
            return DraftRow(draft.id, draft.kind, draft.title, loads(draft.data),
                            draft.updated_at)

    def discard(self, draft_id: int) -> None:
        """Forget a draft (finished or abandoned); an unknown id is ignored."""
        with self.db.session() as s:
            discard_draft(s, draft_id)

    @staticmethod
    def _active(s: Session, kind: str) -> WizardDraft | None:
        return s.scalars(select(WizardDraft).where(
            WizardDraft.kind == kind, WizardDraft.is_active.is_(True)).order_by(
            WizardDraft.id.desc())).first()
