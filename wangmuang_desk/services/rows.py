"""Plain rows and inputs the screens exchange with the services (no ORM objects leave services/).

Making a dataclass compiles its methods, about 2 ms a class, and the GUI's start needs only
a few of these (the people list and the office). The others are declared with `@_later`:
they become the same dataclasses the first time anyone imports or reads them
(`from wangmuang_desk.services.rows import HouseholdRow` works as ever).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, dataclass_transform

_LATER: dict[str, tuple[type, bool]] = {}  # name -> (plain class, frozen), not made yet
_MAKING = threading.Lock()  # two threads asking at once still get one class


@dataclass_transform()
def _later(*, frozen: bool = False):
    """Like @dataclass(frozen=...), applied on first use of the class (see __getattr__)."""

    def keep(cls: type) -> type:
        _LATER[cls.__name__] = (cls, frozen)
        return cls

    return keep


@dataclass(frozen=True)
class VillageRow:
    id: int
    moo: int
    name: str
    note: str = ""

    @property
    def label(self) -> str:
        return f"หมู่ {self.moo} {self.name}".strip()


@dataclass(frozen=True)
class PersonRow:
    id: int
    title: str
    first_name: str
    last_name: str
    citizen_id: str | None
    birth_date: date | None
    sex: str
    phone: str
    house_no: str
    village_id: int | None
    moo: int | None
    village_name: str
    household_id: int | None
    is_elder: bool
    is_disabled: bool
    is_disadvantaged: bool

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@_later()
class PersonInput:
    """What the person form submits; the service validates all of it before writing."""

    first_name: str
    last_name: str = ""
    title: str = ""
    citizen_id: str | None = None
    birth_date: date | None = None
    sex: str = ""
    phone: str = ""
    house_no: str = ""
    village_id: int | None = None
    soi: str = ""
    road: str = ""
    household_id: int | None = None
    is_elder: bool = False
    is_disabled: bool = False
    is_disadvantaged: bool = False
    pdpa_consent_on: date | None = None
    note: str = ""


@_later(frozen=True)
class HouseholdRow:
    id: int
    house_no: str
    village_id: int
    moo: int
    village_name: str
    head_person_id: int | None
    head_name: str
    member_count: int


@_later()
class HouseholdInput:
    house_no: str
    village_id: int | None
    soi: str = ""
    road: str = ""
    head_person_id: int | None = None
    note: str = ""
    member_ids: list[int] = field(default_factory=list)


@_later(frozen=True)
class OccupationRow:
    id: int
    person_id: int
    person_name: str
    moo: int | None
    category: str
    description: str
    is_main: bool
    yearly_income: Decimal | None


@_later()
class OccupationInput:
    person_id: int | None
    category: str
    description: str = ""
    is_main: bool = True
    yearly_income: Decimal | None = None
    note: str = ""


@_later(frozen=True)
class RawMaterialRow:
    id: int
    name: str
    category: str
    village_id: int | None
    moo: int | None
    village_name: str
    quantity: Decimal | None
    unit: str
    season: str
    source_owner: str


@_later()
class RawMaterialInput:
    name: str
    category: str = ""
    village_id: int | None = None
    quantity: Decimal | None = None
    unit: str = ""
    season: str = ""
    source_owner: str = ""
    note: str = ""


@_later(frozen=True)
class SageRow:
    id: int
    person_id: int
    person_name: str
    moo: int | None
    phone: str
    branch: str
    expertise: str
    can_teach: bool


@_later()
class SageInput:
    person_id: int | None
    branch: str = ""
    expertise: str = ""
    can_teach: bool = True
    works_awards: str = ""
    note: str = ""


@_later(frozen=True)
class BinItem:
    kind: str  # person, household, occupation, raw_material, sage
    id: int
    label: str
    deleted_at: datetime


# Reference-list kinds staff can edit in Settings.
REF_KINDS = ("title", "occupation_category", "wisdom_branch", "otop_category",
             "material_category", "unit")
MAX_EMBLEM_BYTES = 2 * 1024 * 1024


@dataclass
class SignatoryData:
    name: str
    position: str
    is_default: bool = False
    id: int | None = None


@dataclass
class OfficeData:
    name: str
    department: str = ""
    house_no: str = ""
    moo: str = ""
    road: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    postcode: str = ""
    phone: str = ""
    emblem: bytes | None = None
    is_demo: bool = False
    setup_done: bool = False
    signatories: list[SignatoryData] = field(default_factory=list)


if not TYPE_CHECKING:
    # Out of the module's namespace until first asked for, so that __getattr__ is reached.
    for _name in _LATER:
        del globals()[_name]
    del _name


def __getattr__(name: str) -> Any:
    with _MAKING:
        made = globals().get(name)
        if made is None:
            if name not in _LATER:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            cls, frozen = _LATER[name]
            made = dataclass(frozen=frozen)(cls)
            globals()[name] = made
    return made


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LATER))
