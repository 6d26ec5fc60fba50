"""Rows, inputs and code lists of the occupational-group registry (plain data, no ORM).

Codes (group types, statuses, positions, ledger kinds) are stored and exchanged as the English
identifiers below; ui/ and reports/ turn them into Thai labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from wangmuang_desk.services.rows import OfficeData, SignatoryData

GROUP_TYPES = ("agriculture", "livestock", "fishery", "processing", "handicraft", "savings",
               "other")
STATUSES = ("forming", "established", "registered", "enterprise", "otop", "inactive",
            "dissolved")
ACTIVE_STATUSES = ("forming", "established", "registered", "enterprise", "otop")
# Registered with the office (or beyond): the groups the working group draws its members from.
REGISTERED_STATUSES = ("registered", "enterprise", "otop")
POSITIONS = ("president", "vice_president", "secretary", "treasurer", "member")
LEDGER_KINDS = ("deposit", "withdrawal", "share", "income", "expense")
MEMBER_LEDGER_KINDS = ("deposit", "withdrawal", "share")  # need a member
GROUP_LEDGER_KINDS = ("income", "expense")  # the group's own, no member
PLAN_STATUSES = ("planned", "in_progress", "done", "dropped")
WORKING_GROUP_ROLES = ("officer", "representative")
# The establishment wizard's pages: the part before "." of a problem's field names its page.
WIZARD_PAGES = ("origin", "basic", "members", "committee", "capital", "products", "plan",
                "review")
ESTABLISHMENT_DRAFT_KIND = "group_establishment"


# --- the group ----------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupRow:
    """One line of the group list."""

    id: int
    name: str
    group_type: str
    status: str
    village_id: int | None
    moo: int | None
    village_name: str
    founded_on: date | None
    member_count: int  # current members (not left, not in the recycle bin)
    phone: str


@dataclass
class GroupInput:
    """The group's basic data as a form submits it. The status is changed by set_status only."""

    name: str
    group_type: str = "other"
    village_id: int | None = None
    address: str = ""
    founded_on: date | None = None
    contact_person_id: int | None = None
    phone: str = ""
    objectives: str = ""
    regulations: str = ""
    share_value: Decimal | None = None  # baht per share
    origin: str = ""  # the need, forum or request the group came from
    strengths: str = ""
    weaknesses: str = ""
    problems_needs: str = ""
    note: str = ""


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    status: str
    changed_on: date
    note: str


@dataclass(frozen=True)
class GroupDetail:
    """Everything the group page shows at the top, with what its status may change to."""

    row: GroupRow
    data: GroupInput
    contact_name: str
    enterprise_reg_no: str
    enterprise_reg_on: date | None
    history: list[StatusChangeRow]  # oldest first
    next_statuses: tuple[str, ...]


# --- members and committee ----------------------------------------------------------------
@dataclass(frozen=True)
class MemberRow:
    id: int  # the membership (group_member.id), which ledger entries point at
    person_id: int
    name: str  # title + first + last name
    household_id: int | None
    household_label: str  # "45/1 หมู่ 2"; "" when the person has no household
    joined_on: date | None
    left_on: date | None
    shares: int  # number of shares held
    savings: Decimal  # deposits minus withdrawals
    phone: str = ""

    @property
    def is_current(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class CandidateRow:
    """A person picked for a group, with the household the member rules look at."""

    person_id: int
    name: str
    household_id: int | None
    household_label: str
    in_bin: bool


@dataclass(frozen=True)
class CommitteeSeat:
    """Input: who takes which position."""

    person_id: int
    position: str


@dataclass(frozen=True)
class CommitteeSeatRow:
    id: int
    person_id: int
    name: str
    position: str
    has_left: bool  # the person has since left the group: the seat is vacant


@dataclass(frozen=True)
class CommitteeTermRow:
    term_start: date | None
    term_end: date | None
    seats: list[CommitteeSeatRow]  # in POSITIONS order


@dataclass(frozen=True)
class CommitteeView:
    current: CommitteeTermRow | None
    past: list[CommitteeTermRow]  # newest first


# --- ledger ------------------------------------------------------------------------------
@dataclass
class LedgerInput:
    entry_date: date
    kind: str  # one of LEDGER_KINDS
    amount: Decimal  # always positive; the kind says which way it goes
    member_id: int | None = None  # group_member.id; needed for MEMBER_LEDGER_KINDS
    note: str = ""


@dataclass(frozen=True)
class LedgerRow:
    id: int
    entry_date: date
    kind: str
    amount: Decimal
    member_id: int | None
    member_name: str
    note: str
    member_savings: Decimal | None  # the member's savings after this entry (member kinds)
    group_cash: Decimal  # the group's cash after this entry


@dataclass(frozen=True)
class MemberBalance:
    member_id: int
    person_id: int
    name: str
    shares: int
    share_amount: Decimal  # share capital paid in (baht)
    savings: Decimal


@dataclass(frozen=True)
class BalanceSummary:
    members: list[MemberBalance]
    total_savings: Decimal
    share_capital: Decimal
    income: Decimal
    spending: Decimal
    cash: Decimal  # savings + share capital + income - spending


# --- products, plan, history --------------------------------------------------------------
@dataclass
class ProductInput:
    group_id: int | None  # ignored by establish_group (the group is new)
    name: str
    otop_category: str = ""
    otop_stars: int | None = None  # 1-5, None = not rated
    standards: str = ""  # มผช., อย., GAP, ...
    price: Decimal | None = None
    unit: str = ""
    note: str = ""
    raw_material_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ProductRow:
    id: int
    group_id: int
    name: str
    otop_category: str
    otop_stars: int | None
    standards: str
    price: Decimal | None
    unit: str
    note: str
    raw_material_ids: tuple[int, ...]
    material_names: tuple[str, ...]


@dataclass
class PlanItemInput:
    group_id: int | None  # ignored by establish_group
    title: str
    lead: str = ""
    end_date: date | None = None
    status: str = "planned"  # one of PLAN_STATUSES
    note: str = ""


@dataclass(frozen=True)
class PlanItemRow:
    id: int
    group_id: int
    title: str
    lead: str
    end_date: date | None
    status: str
    note: str


@dataclass(frozen=True)
class HistoryRow:
    """Support or training the group received (filled in by the planning and training issues)."""

    kind: str  # "support" or "training"
    record_id: int
    on: date | None  # requested on / planned start
    title: str
    fiscal_year: int | None
    requested_amount: Decimal | None  # support only
    amount: Decimal | None  # approved amount
    status: str


# --- working group -----------------------------------------------------------------------
@dataclass
class WorkingGroupInput:
    role: str  # "officer" or "representative"
    person_id: int | None = None
    name: str = ""  # typed name, for officers not in the people registry
    group_id: int | None = None  # the group a representative stands for
    term_start: date | None = None
    term_end: date | None = None


@dataclass(frozen=True)
class WorkingGroupRow:
    id: int
    role: str
    person_id: int | None
    name: str
    group_id: int | None
    group_name: str
    group_status: str
    term_start: date | None
    term_end: date | None


# --- establishment wizard and drafts ------------------------------------------------------
@dataclass
class FoundingMember:
    person_id: int
    shares: int = 0  # shares bought at founding, paid at the group's share value
    savings: Decimal = Decimal(0)  # starting savings, written as a deposit


@dataclass
class EstablishmentInput:
    """Everything the establishment wizard collects, page by page (see WIZARD_PAGES)."""

    basic: GroupInput  # origin/strengths/... and regulations/share_value are on their pages
    need_id: int | None = None  # the surveyed need the group came from (origin page)
    leader_ids: list[int] = field(default_factory=list)  # origin page; see establish_group
    members: list[FoundingMember] = field(default_factory=list)
    committee: list[CommitteeSeat] = field(default_factory=list)
    term_start: date | None = None  # default: the founding date
    term_end: date | None = None
    working_capital: Decimal | None = None  # written as group income
    working_capital_note: str = ""
    products: list[ProductInput] = field(default_factory=list)
    plan_items: list[PlanItemInput] = field(default_factory=list)
    status: str = "established"  # or "forming"
    status_note: str = ""
    aims_enterprise: bool = False  # check the community-enterprise household rule
    min_members: int | None = None  # None = the office's setting (default 7)
    draft_id: int | None = None  # discarded once the group is written


@dataclass(frozen=True)
class DraftRow:
    id: int
    kind: str
    title: str
    data: dict[str, Any]
    updated_at: datetime  # local time of the last save


# --- the group register (PDF) -------------------------------------------------------------
@dataclass(frozen=True)
class RegisterPerson:
    """A person as the group register prints them (one line of a list)."""

    person_id: int
    title: str
    first_name: str
    last_name: str
    house_no: str
    moo: int | None
    phone: str
    position: str = ""  # committee lists: a POSITIONS code (the report prints the Thai label)
    joined_on: date | None = None
    shares: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class FoundingInfo:
    """What the minutes of the founding meeting are filled with."""

    founded_on: date | None
    members: list[RegisterPerson]  # members on the founding date
    first_committee: list[RegisterPerson]
    first_committee_start: date | None
    share_value: Decimal | None
    regulations: str
    objectives: str
    origin: str


@dataclass(frozen=True)
class GroupRegisterData:
    """Everything the group register PDF needs; built by group_documents.group_register_data."""

    office: OfficeData  # name, address, emblem bytes
    signatory: SignatoryData | None  # the default signatory
    group_id: int
    name: str
    group_type: str
    status: str
    moo: int | None
    village_name: str
    address: str
    phone: str
    contact_name: str
    objectives: str
    regulations: str
    share_value: Decimal | None
    founded_on: date | None
    established_on: date | None  # first change to "established"
    registered_on: date | None  # first change to "registered"
    enterprise_reg_no: str
    enterprise_reg_on: date | None
    status_history: list[StatusChangeRow]
    committee_term_start: date | None
    committee_term_end: date | None
    committee: list[RegisterPerson]  # the current committee, in POSITIONS order
    members: list[RegisterPerson]  # current members, by joined date then name
    products: list[ProductRow]
    founding: FoundingInfo
