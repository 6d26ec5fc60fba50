"""One object that gives the screens every service on one open database."""

from __future__ import annotations

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
from wangmuang_desk.services.working_group import WorkingGroupService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.office = OfficeService(db)
        self.people = PeopleService(db)
        self.households = HouseholdService(db)
        self.occupations = OccupationService(db)
        self.raw_materials = RawMaterialService(db)
        self.sages = SageService(db)
        self.recycle_bin = RecycleBinService(db)
        self.groups = GroupService(db)
        self.group_members = GroupMemberService(db)
        self.group_ledger = GroupLedgerService(db)
        self.group_products = GroupProductService(db)
        self.working_group = WorkingGroupService(db)
        self.drafts = DraftService(db)
