"""Display names of the group code lists (types, statuses, positions, ledger kinds, ...).

The services exchange English identifiers (services/group_rows.py); the screens show these
translated names. Each name is a literal translate("GroupLabels", ...) call so lupdate finds
it, and the dictionaries are built when asked, after the translator is installed.
reports/group_labels.py holds the Thai wording of printed documents; this is for the screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def group_type_labels() -> dict[str, str]:
    return {
        "agriculture": translate("GroupLabels", "Agriculture"),
        "livestock": translate("GroupLabels", "Livestock"),
        "fishery": translate("GroupLabels", "Fishery"),
        "processing": translate("GroupLabels", "Processing"),
        "handicraft": translate("GroupLabels", "Handicraft"),
        "savings": translate("GroupLabels", "Savings"),
        "other": translate("GroupLabels", "Other"),
    }


def status_labels() -> dict[str, str]:
    return {
        "forming": translate("GroupLabels", "Forming"),
        "established": translate("GroupLabels", "Established"),
        "registered": translate("GroupLabels", "Registered with the office"),
        "enterprise": translate("GroupLabels", "Community enterprise"),
        "otop": translate("GroupLabels", "OTOP producer"),
        "inactive": translate("GroupLabels", "Inactive"),
        "dissolved": translate("GroupLabels", "Dissolved"),
    }


def position_labels() -> dict[str, str]:
    return {
        "president": translate("GroupLabels", "President"),
        "vice_president": translate("GroupLabels", "Vice-president"),
        "secretary": translate("GroupLabels", "Secretary"),
        "treasurer": translate("GroupLabels", "Treasurer"),
        "member": translate("GroupLabels", "Committee member"),
    }


def ledger_kind_labels() -> dict[str, str]:
    return {
        "deposit": translate("GroupLabels", "Deposit"),
        "withdrawal": translate("GroupLabels", "Withdrawal"),
        "share": translate("GroupLabels", "Share capital"),
        "income": translate("GroupLabels", "Group income"),
        "expense": translate("GroupLabels", "Group spending"),
    }


def plan_status_labels() -> dict[str, str]:
    return {
        "planned": translate("GroupLabels", "Planned"),
        "in_progress": translate("GroupLabels", "In progress"),
        "done": translate("GroupLabels", "Done"),
        "dropped": translate("GroupLabels", "Dropped"),
    }


def working_group_role_labels() -> dict[str, str]:
    return {
        "officer": translate("GroupLabels", "Officer"),
        "representative": translate("GroupLabels", "Group representative"),
    }


def _one(labels: dict[str, str], code: str | None) -> str:
    # A code from a newer version of the program shows as it is rather than as nothing.
    return labels.get(code or "", code or "")


def group_type_label(code: str | None) -> str:
    return _one(group_type_labels(), code)


def status_label(code: str | None) -> str:
    return _one(status_labels(), code)


def position_label(code: str | None) -> str:
    return _one(position_labels(), code)


def ledger_kind_label(code: str | None) -> str:
    return _one(ledger_kind_labels(), code)


def plan_status_label(code: str | None) -> str:
    return _one(plan_status_labels(), code)


def working_group_role_label(code: str | None) -> str:
    return _one(working_group_role_labels(), code)
