"""What the group has received: support requests and training rounds, oldest first.

Read-only here: support requests and training rounds are recorded on their own pages (later
issues); this tab only gathers those that name the group.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from wangmuang_desk.services.group_rows import HistoryRow
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.groups.tab_helpers import RIGHT, RowsTableModel, heading, make_table
from wangmuang_desk.ui.models.paged_table_model import Column

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "support": translate("HistoryTab", "Support"),
        "training": translate("HistoryTab", "Training"),
    }
    return labels.get(kind, kind)


def status_label(row: HistoryRow) -> str:
    # The statuses belong to the support and training pages; known ones read as words, a code
    # from a newer version shows as it is rather than as nothing.
    if row.kind == "training":
        from wangmuang_desk.ui.trainings.labels import status_label as training_status

        return training_status(row.status)
    labels = {
        "submitted": translate("HistoryTab", "Submitted"),
        "approved": translate("HistoryTab", "Approved"),
        "rejected": translate("HistoryTab", "Not approved"),
        "delivered": translate("HistoryTab", "Delivered"),
        "forwarded": translate("HistoryTab", "Forwarded to another agency"),
        "planning": translate("HistoryTab", "Being planned"),
        "running": translate("HistoryTab", "Under way"),
        "done": translate("HistoryTab", "Done"),
        "cancelled": translate("HistoryTab", "Cancelled"),
    }
    return labels.get(row.status, row.status)


def amount_text(row: HistoryRow) -> str:
    """The approved amount; a request not decided yet shows what was asked for."""
    if row.amount is not None:
        return format_baht(row.amount)
    if row.requested_amount is not None:
        return translate("HistoryTab", "{amount} requested").format(
            amount=format_baht(row.requested_amount))
    return ""


def amount_tip(row: HistoryRow) -> str | None:
    if row.requested_amount is None:
        return None
    return translate("HistoryTab", "Requested {requested} baht, approved {approved}").format(
        requested=format_baht(row.requested_amount),
        approved=(translate("HistoryTab", "{amount} baht").format(amount=format_baht(row.amount))
                  if row.amount is not None else translate("HistoryTab", "not yet decided")))


class HistoryTab(QWidget):
    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryTab")
        self.services = services
        self.group_id = group_id

        self.model = RowsTableModel([
            Column(translate("HistoryTab", "Date"), lambda r: r.on),
            Column(translate("HistoryTab", "Kind"), lambda r: kind_label(r.kind)),
            Column(translate("HistoryTab", "Title"), lambda r: r.title,
                   tooltip=lambda r: r.title or None),
            Column(translate("HistoryTab", "Fiscal year"), lambda r: r.fiscal_year,
                   alignment=RIGHT),
            Column(translate("HistoryTab", "Amount (baht)"), amount_text, alignment=RIGHT,
                   tooltip=amount_tip),
            Column(translate("HistoryTab", "Status"), status_label),
        ], self)
        self.table = make_table(self.model, 2, "history")
        self.empty = QLabel(translate(
            "HistoryTab", "No support or training recorded for this group yet. Support "
            "requests and training rounds recorded later for this group appear here."),
            objectName="emptyState")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("HistoryTab", "Support and training received")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        # Takes the height only while the table is hidden: the message stays at the top.
        layout.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Expanding))
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.group_products.history(self.group_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
