"""One object that gives the screens every service on one open database."""

from __future__ import annotations

from wangmuang_desk.db.engine import Database
from wangmuang_desk.services.households import HouseholdService
from wangmuang_desk.services.occupations import OccupationService
from wangmuang_desk.services.office import OfficeService
from wangmuang_desk.services.people import PeopleService
from wangmuang_desk.services.raw_materials import RawMaterialService
from wangmuang_desk.services.recycle_bin import RecycleBinService
from wangmuang_desk.services.sages import SageService


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
