"""The operations of the baseline revision (versions/0001_baseline.py), one module per area.

The revision only calls create() and drop(). These modules live outside versions/ because
Alembic takes every .py file there for a revision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wangmuang_desk.db.migrations.baseline import (
    audit,
    group_business,
    groups,
    livelihood,
    office,
    people,
    planning,
    registries,
    search,
    trainees,
    training,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from alembic.operations import Operations

    Step = Callable[[Operations], None]

_AREAS = (
    office,
    audit,
    people,
    registries,
    livelihood,
    groups,
    group_business,
    planning,
    training,
    trainees,
)

# The order autogenerate wrote: every table after the tables it references (bar the
# household/person cycle, see people.py). Kept across areas so that a new file's
# sqlite_master, and so its .schema, is the same as before the script was split.
TABLE_ORDER = (
    "app_setting",
    "assessment_criterion",
    "export_log",
    "office_profile",
    "rate_ceiling",
    "ref_item",
    "signatory",
    "village",
    "wizard_draft",
    "forum",
    "household",
    "raw_material",
    "account_entry",
    "household_assessment",
    "person",
    "target_household",
    "livelihood_leader",
    "occupation",
    "occupational_group",
    "sage",
    "committee_member",
    "group_member",
    "group_plan_item",
    "group_status_change",
    "need",
    "product",
    "working_group_member",
    "ledger_entry",
    "plan_item",
    "product_material",
    "support_request",
    "training",
    "budget_line",
    "speaker",
    "survey_item",
    "survey_response",
    "trainee",
    "training_checklist_item",
    "training_partner",
    "training_step",
    "training_village",
    "certificate",
    "follow_up",
    "survey_answer",
    "training_session",
    "attendance",
)


def _in_order(per_area: Iterable[dict[str, Step]]) -> list[Step]:
    """The areas' steps in TABLE_ORDER; a table missing from either side is a mistake."""
    steps: dict[str, Step] = {}
    for area_steps in per_area:
        steps.update(area_steps)
    if sorted(steps) != sorted(TABLE_ORDER):
        raise RuntimeError(f"baseline tables and TABLE_ORDER differ: {sorted(steps)}")
    return [steps[name] for name in TABLE_ORDER]


def create(op: Operations) -> None:
    """Every table with its indexes, parents before children, then the search index."""
    for step in _in_order(area.CREATE for area in _AREAS):
        step(op)
    search.create(op)


def drop(op: Operations) -> None:
    """The reverse of create()."""
    search.drop(op)
    for step in reversed(_in_order(area.DROP for area in _AREAS)):
        step(op)
