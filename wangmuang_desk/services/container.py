"""One object that gives the screens every service on one open database.

Each service (and its module, with the models it uses) is created the first time it is
asked for: the GUI's start needs only the office and the people, and importing all fourteen
service modules with every model took a good part of the start (design.md, performance
budget). The attribute names are the same as when they were all made at once.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wangmuang_desk.db.engine import Database
    from wangmuang_desk.services.drafts import DraftService
    from wangmuang_desk.services.group_ledger import GroupLedgerService
    from wangmuang_desk.services.group_members import GroupMemberService
    from wangmuang_desk.services.group_products import GroupProductService
    from wangmuang_desk.services.groups import GroupService
    from wangmuang_desk.services.households import HouseholdService
    from wangmuang_desk.services.occupations import OccupationService
    from wangmuang_desk.services.office import OfficeService
    from wangmuang_desk.services.people import PeopleService
    from wangmuang_desk.services.raw_materials import RawMaterialService
    from wangmuang_desk.services.recycle_bin import RecycleBinService
    from wangmuang_desk.services.sages import SageService
    from wangmuang_desk.services.training_budget import TrainingBudgetService
    from wangmuang_desk.services.training_evaluation import TrainingEvaluationService
    from wangmuang_desk.services.training_followup import FollowUpService
    from wangmuang_desk.services.training_preparation import TrainingPreparationService
    from wangmuang_desk.services.training_sessions import TrainingSessionService
    from wangmuang_desk.services.training_survey import SurveyService
    from wangmuang_desk.services.trainings import TrainingService
    from wangmuang_desk.services.working_group import WorkingGroupService


class Services:
    # Every service, in the order the start's warm-up loads them (workspace.warm_up_steps).
    NAMES = (
        "office", "people", "households", "occupations", "raw_materials", "sages", "groups",
        "group_members", "group_ledger", "group_products", "working_group", "drafts",
        "recycle_bin",
    )

    def __init__(self, db: Database) -> None:
        self.db = db

    def preload(self, *names: str) -> None:
        """Create these services now, with their models, and configure those models.

        For the start: it runs while the database's damage check does, and SQLAlchemy
        would otherwise configure the models at the first query, after the check.
        """
        from sqlalchemy.orm import configure_mappers

        for name in names:
            getattr(self, name)
        configure_mappers()

    @cached_property
    def office(self) -> OfficeService:
        from wangmuang_desk.services.office import OfficeService

        return OfficeService(self.db)

    @cached_property
    def people(self) -> PeopleService:
        from wangmuang_desk.services.people import PeopleService

        return PeopleService(self.db)

    @cached_property
    def households(self) -> HouseholdService:
        from wangmuang_desk.services.households import HouseholdService

        return HouseholdService(self.db)

    @cached_property
    def occupations(self) -> OccupationService:
        from wangmuang_desk.services.occupations import OccupationService

        return OccupationService(self.db)

    @cached_property
    def raw_materials(self) -> RawMaterialService:
        from wangmuang_desk.services.raw_materials import RawMaterialService

        return RawMaterialService(self.db)

    @cached_property
    def sages(self) -> SageService:
        from wangmuang_desk.services.sages import SageService

        return SageService(self.db)

    @cached_property
    def recycle_bin(self) -> RecycleBinService:
        from wangmuang_desk.services.recycle_bin import RecycleBinService

        return RecycleBinService(self.db)

    @cached_property
    def groups(self) -> GroupService:
        from wangmuang_desk.services.groups import GroupService

        return GroupService(self.db)

    @cached_property
    def group_members(self) -> GroupMemberService:
        from wangmuang_desk.services.group_members import GroupMemberService

        return GroupMemberService(self.db)

    @cached_property
    def group_ledger(self) -> GroupLedgerService:
        from wangmuang_desk.services.group_ledger import GroupLedgerService

        return GroupLedgerService(self.db)

    @cached_property
    def group_products(self) -> GroupProductService:
        from wangmuang_desk.services.group_products import GroupProductService

        return GroupProductService(self.db)

    @cached_property
    def working_group(self) -> WorkingGroupService:
        from wangmuang_desk.services.working_group import WorkingGroupService

        return WorkingGroupService(self.db)

    @cached_property
    def drafts(self) -> DraftService:
        from wangmuang_desk.services.drafts import DraftService

        return DraftService(self.db)

    # --- training rounds (issue 4) ---------------------------------------------------------
    @cached_property
    def trainings(self) -> TrainingService:
        from wangmuang_desk.services.trainings import TrainingService

        return TrainingService(self.db)

    @cached_property
    def training_preparation(self) -> TrainingPreparationService:
        from wangmuang_desk.services.training_preparation import TrainingPreparationService

        return TrainingPreparationService(self.db)

    @cached_property
    def training_budget(self) -> TrainingBudgetService:
        from wangmuang_desk.services.training_budget import TrainingBudgetService

        return TrainingBudgetService(self.db)

    @cached_property
    def training_sessions(self) -> TrainingSessionService:
        from wangmuang_desk.services.training_sessions import TrainingSessionService

        return TrainingSessionService(self.db)

    @cached_property
    def training_evaluation(self) -> TrainingEvaluationService:
        from wangmuang_desk.services.training_evaluation import TrainingEvaluationService

        return TrainingEvaluationService(self.db)

    @cached_property
    def training_survey(self) -> SurveyService:
        from wangmuang_desk.services.training_survey import SurveyService

        return SurveyService(self.db)

    @cached_property
    def training_followup(self) -> FollowUpService:
        from wangmuang_desk.services.training_followup import FollowUpService

        return FollowUpService(self.db)
