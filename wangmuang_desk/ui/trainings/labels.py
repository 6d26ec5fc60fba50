"""Display names of the training code lists (statuses, the manual's ten steps, budget
categories, where a round comes from).

The services exchange English identifiers (services/training_rows.py); the screens show these
translated names. Each name is a literal translate("TrainingLabels", ...) call so lupdate finds
it, and the dictionaries are built when asked, after the translator is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def status_labels() -> dict[str, str]:
    return {
        "planning": translate("TrainingLabels", "Planning"),
        "approved": translate("TrainingLabels", "Approved"),
        "running": translate("TrainingLabels", "Running"),
        "completed": translate("TrainingLabels", "Completed"),
        "cancelled": translate("TrainingLabels", "Cancelled"),
    }


def step_labels() -> dict[str, str]:
    """The manual's ten steps (domain.md §3.3), keyed as services.training_rows.STEPS."""
    return {
        "topic": translate("TrainingLabels", "Topic"),
        "target": translate("TrainingLabels", "Target group"),
        "preparation": translate("TrainingLabels", "Preparation"),
        "budget": translate("TrainingLabels", "Project and budget"),
        "approval": translate("TrainingLabels", "Council approval"),
        "sessions": translate("TrainingLabels", "Sessions and registration"),
        "evaluation": translate("TrainingLabels", "Evaluation"),
        "certificates": translate("TrainingLabels", "Certificates"),
        "survey": translate("TrainingLabels", "Satisfaction survey"),
        "follow_up": translate("TrainingLabels", "Follow-up"),
    }


def budget_category_labels() -> dict[str, str]:
    return {
        "speaker": translate("TrainingLabels", "Speaker fee"),
        "meal": translate("TrainingLabels", "Meals"),
        "snack": translate("TrainingLabels", "Snacks and drinks"),
        "venue": translate("TrainingLabels", "Venue"),
        "material": translate("TrainingLabels", "Materials"),
        "document": translate("TrainingLabels", "Documents and certificates"),
        "sign": translate("TrainingLabels", "Signs"),
        "transport": translate("TrainingLabels", "Transport"),
        "other": translate("TrainingLabels", "Other"),
    }


def origin_kind_labels() -> dict[str, str]:
    """Where a round comes from (step 1); "" is a round that comes from none of them."""
    return {
        "": translate("TrainingLabels", "None of these"),
        "need": translate("TrainingLabels", "A surveyed need"),
        "group": translate("TrainingLabels", "An occupational group"),
        "request": translate("TrainingLabels", "A support request"),
    }


def _one(labels: dict[str, str], code: str | None) -> str:
    # A code from a newer version of the program shows as it is rather than as nothing.
    return labels.get(code or "", code or "")


def status_label(code: str | None) -> str:
    return _one(status_labels(), code)


def step_label(code: str | None) -> str:
    return _one(step_labels(), code)


def budget_category_label(code: str | None) -> str:
    return _one(budget_category_labels(), code)


def origin_kind_label(code: str | None) -> str:
    return origin_kind_labels().get(code or "", code or "")
