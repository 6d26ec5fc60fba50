"""The office's editable reference lists, read once so demo records use the same labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select

from wangmuang_desk.db.models import RefItem
from wangmuang_desk.services.demo.catalog import CategoryHint

# Short forms staff may keep in the title list instead of the full words.
_TITLE_SHORT = {"เด็กชาย": "ด.ช.", "เด็กหญิง": "ด.ญ.", "นางสาว": "น.ส."}


@dataclass
class ReferenceLabels:
    lists: dict[str, list[str]] = field(default_factory=dict)

    def match(self, kind: str, hint: CategoryHint) -> str:
        """The list label that fits `hint`: the same label, else one containing a keyword.

        Falls back to the hint's own label when the list is empty or nothing fits: every list
        also accepts free text, so the record is still valid.
        """
        labels = self.lists.get(kind, [])
        if hint.default in labels:
            return hint.default
        for label in labels:
            if any(word in label for word in hint.keywords):
                return label
        return hint.default

    def exact(self, kind: str, label: str) -> str:
        """`label` itself (units, titles): the list's spelling is the one we would write anyway."""
        labels = self.lists.get(kind, [])
        if label in labels or not labels:
            return label
        short = _TITLE_SHORT.get(label)
        return short if short in labels else label


def read_reference_labels(conn: Connection) -> ReferenceLabels:
    rows = conn.execute(
        select(RefItem.kind, RefItem.label)
        .where(RefItem.active.is_(True))
        .order_by(RefItem.kind, RefItem.sort_order, RefItem.id)
    )
    labels = ReferenceLabels()
    for kind, label in rows:
        labels.lists.setdefault(kind, []).append(label)
    return labels


def add_missing_labels(
    conn: Connection, labels: ReferenceLabels, kind: str, wanted: list[str]
) -> None:
    """Append to list `kind` the labels demo records use but the list lacks (units like ลำ,
    ฟอง), as staff would add them, so every value in the demo is one staff can pick."""
    have = labels.lists.setdefault(kind, [])
    missing = [w for w in dict.fromkeys(wanted) if w not in have]
    if not missing:
        return
    table = RefItem.__table__
    rows = conn.execute(select(table.c.sort_order).where(table.c.kind == kind)).scalars().all()
    start = max(rows, default=0) + 1
    conn.execute(
        insert(table),
        [
            {"kind": kind, "label": label, "sort_order": start + i, "active": True}
            for i, label in enumerate(missing)
        ],
    )
    have.extend(missing)
