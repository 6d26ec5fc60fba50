"""All models, imported here so Base.metadata knows every table.

`import wangmuang_desk.db.models` loads every model module, so Alembic (autogenerate and
compare), create_all and configure_mappers see every table and mapper.

The GUI's start needs only a few of the 46 models (people, households, villages, the office
profile), and declaring the rest took a good part of the start (design.md, performance
budget). So the GUI imports this package *on demand* (services.workspace sets
`wangmuang_desk.db.models_on_demand` around its first import): then a model module loads the
first time one of its classes is asked for (`from wangmuang_desk.db.models import Product`),
together with the modules its foreign keys point into, so every loaded mapper still
configures and flushes on its own. `load(module)` and `load_all()` load more at any time
(the GUI loads the rest a step at a time once its window is up: workspace.warm_up_steps).
"""

from __future__ import annotations

import sys
from typing import Any

# Which module declares each class (the module names below are submodules of this package),
# each module after those it refers to: load_all() and a warm-up load them in this order.
_HOMES = {
    "office": ("AppSetting", "OfficeProfile", "RefItem", "Signatory", "Village"),
    "people": ("Household", "Person"),
    "registries": ("Occupation", "RawMaterial", "Sage"),
    "audit": ("ExportLog",),
    "groups": (
        "CommitteeMember", "GroupMember", "GroupPlanItem", "GroupStatusChange", "LedgerEntry",
        "OccupationalGroup", "Product", "ProductMaterial", "WizardDraft", "WorkingGroupMember",
    ),
    "livelihood": (
        "AccountEntry", "AssessmentCriterion", "HouseholdAssessment", "LivelihoodLeader",
        "TargetHousehold",
    ),
    "planning": ("Forum", "Need", "PlanItem", "SupportRequest"),
    "training": (
        "Attendance", "BudgetLine", "Certificate", "ChecklistItem", "FollowUp", "Partner",
        "RateCeiling", "Speaker", "SurveyAnswer", "SurveyItem", "SurveyResponse", "Trainee",
        "Training", "TrainingSession", "TrainingStep", "TrainingVillage",
    ),
}
# The modules whose tables a module's foreign keys refer to (beyond what it imports itself):
# SQLAlchemy resolves a ForeignKey("table.id") only when that table is on the metadata.
_NEEDS = {
    "audit": (),
    "office": (),
    "people": ("office",),
    "registries": ("people",),
    "groups": ("registries",),
    "livelihood": ("people",),
    "planning": ("groups",),
    "training": ("planning", "registries"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
MODULES = tuple(_HOMES)

__all__ = sorted(_MODULE_OF)


def load(module: str) -> None:
    """Load one model module ("groups", "training", ...) and those its foreign keys need."""
    for needed in _NEEDS[module]:
        load(needed)
    # __import__, not importlib.import_module: `python -X importtime` then lists the module.
    __import__(f"{__name__}.{module}")
    loaded = sys.modules[f"{__name__}.{module}"]
    globals().update({name: getattr(loaded, name) for name in _HOMES[module]})


def load_all() -> None:
    """Load every model module (a no-op when all are loaded already)."""
    for module in MODULES:
        load(module)


def __getattr__(name: str) -> Any:
    # Only reached for a class not loaded yet (on demand); loaded ones are module globals.
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load(module)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if not getattr(sys.modules["wangmuang_desk.db"], "models_on_demand", False):
    load_all()
