"""Rows, inputs and code lists of training rounds (plain data, no ORM).

Codes are stored and exchanged as the English identifiers below; ui/ and reports/ turn them
into Thai labels. Every service of the training area speaks in these classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Any

from wangmuang_desk.services.errors import FieldProblem

# planning → approved (council) → running (first session held) → completed; or cancelled.
STATUSES = ("planning", "approved", "running", "completed", "cancelled")
# The manual's ten steps (domain.md §3.3), numbered 1..10 in this order.
STEPS = ("topic", "target", "preparation", "budget", "approval", "sessions", "evaluation",
         "certificates", "survey", "follow_up")
# The new-round wizard walks through the first five.
WIZARD_STEPS = STEPS[:5]
BUDGET_CATEGORIES = ("speaker", "meal", "snack", "venue", "material", "document", "sign",
                     "transport", "other")
ORIGIN_KINDS = ("need", "group", "request")
DEFAULT_THRESHOLD = 80
SCORE_MIN, SCORE_MAX = 1, 5  # the satisfaction form's five levels


# --- the round ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingRow:
    """One line of the list of rounds."""

    id: int
    fiscal_year: int
    title: str
    status: str
    planned_start: date | None
    planned_end: date | None
    venue: str
    trainee_count: int
    session_count: int
    certified_count: int
    steps_done: int  # of the ten


@dataclass
class TrainingInput:
    """Steps 1 and 2 (and the round's rules) as a form submits them.

    fiscal_year None = derived from planned_start (or today when there is no start yet).
    """

    title: str
    topic: str = ""
    need_id: int | None = None
    group_id: int | None = None
    support_request_id: int | None = None
    target_description: str = ""
    target_count: int | None = None
    village_ids: tuple[int, ...] = ()
    planned_start: date | None = None
    planned_end: date | None = None
    duration_hours: Decimal | None = None
    venue: str = ""
    rationale: str = ""
    objectives: str = ""
    attendance_threshold: int = DEFAULT_THRESHOLD
    pass_mark: Decimal | None = None
    thai_digits: bool = True
    fiscal_year: int | None = None


@dataclass(frozen=True)
class StepState:
    step: int  # 1..10
    key: str  # STEPS[step - 1]
    done: bool
    done_on: date | None
    note: str
    # What the step holds, for its line on the workspace: e.g. {"trainees": 12, "sessions": 3}.
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainingDetail:
    id: int
    data: TrainingInput
    status: str
    council_ref: str
    council_on: date | None
    approved_amount: Decimal | None
    problems: str
    suggestions: str
    steps: tuple[StepState, ...]
    group_name: str = ""
    need_label: str = ""
    request_label: str = ""


@dataclass(frozen=True)
class OriginChoice:
    """A need, group or support request a round may come from (step 1)."""

    kind: str  # one of ORIGIN_KINDS
    id: int
    label: str
    fiscal_year: int | None = None


# --- step 3: preparation ------------------------------------------------------------------
@dataclass
class SpeakerInput:
    name: str
    agency: str = ""
    is_state_staff: bool = False
    sage_id: int | None = None  # from the local-sage registry, else an outside speaker
    id: int | None = None  # None = new


@dataclass
class PartnerInput:
    agency: str
    role: str = ""
    id: int | None = None


@dataclass
class ChecklistInput:
    label: str
    done: bool = False
    id: int | None = None


@dataclass
class PreparationInput:
    """Step 3 as one form: speakers, partner agencies and the checklist, saved together."""

    speakers: list[SpeakerInput] = field(default_factory=list)
    partners: list[PartnerInput] = field(default_factory=list)
    checklist: list[ChecklistInput] = field(default_factory=list)


# --- step 4: budget -----------------------------------------------------------------------
@dataclass(frozen=True)
class RateCeilingRow:
    id: int
    category: str
    condition: str
    amount: Decimal
    unit: str
    effective_from: date
    effective_to: date | None
    note: str


@dataclass
class RateCeilingInput:
    """One row of the rate table as staff edit it in settings (the whole table is saved)."""

    category: str
    condition: str = ""
    amount: Decimal | None = Decimal(0)  # None while the cell is empty
    unit: str = ""
    effective_from: date | None = None  # required; None while not typed yet
    effective_to: date | None = None  # None: still in force
    note: str = ""
    id: int | None = None  # the ceiling kept (budget lines point at it); None = new


@dataclass
class BudgetLineInput:
    category: str
    description: str = ""
    quantity: Decimal = Decimal(1)  # people, speakers, pieces
    times: Decimal = Decimal(1)  # hours, meals, days
    rate: Decimal = Decimal(0)
    ceiling_id: int | None = None
    spent: Decimal | None = None  # actually paid, filled after the round
    id: int | None = None


@dataclass(frozen=True)
class BudgetLineRow:
    id: int
    data: BudgetLineInput
    amount: Decimal  # quantity × times × rate
    ceiling: RateCeilingRow | None
    over_ceiling: bool  # a warning, never an error (domain.md §7)


@dataclass(frozen=True)
class BudgetSummary:
    lines: tuple[BudgetLineRow, ...]
    total: Decimal
    total_words: str  # bahttext
    spent_total: Decimal | None  # None while nothing is recorded as spent
    approved_amount: Decimal | None
    # One per line over its ceiling (field "lines.N.rate"), and "total" over the approved sum.
    warnings: tuple[FieldProblem, ...]


# --- step 5: approval ---------------------------------------------------------------------
@dataclass
class ApprovalInput:
    council_ref: str
    council_on: date | None
    approved_amount: Decimal | None


# --- step 6: sessions, registration, attendance -------------------------------------------
@dataclass
class SessionInput:
    session_date: date
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    hours: Decimal | None = None
    topic: str = ""
    speaker_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    seq: int  # 1.. in date order
    data: SessionInput
    speaker_name: str
    present_count: int
    recorded: bool  # attendance has been entered for this session


@dataclass(frozen=True)
class TraineeRow:
    id: int
    person_id: int
    name: str  # title + first + last
    citizen_id_masked: str
    house_no: str
    moo: int | None
    village_name: str
    phone: str  # masked, 08x-xxx-1234 (PDPA: lists and printouts)
    registered_on: date | None
    pre_score: Decimal | None
    post_score: Decimal | None
    note: str


@dataclass(frozen=True)
class AttendanceSheet:
    """Everything the attendance grid shows: trainees down, planned sessions across."""

    training_id: int
    sessions: tuple[SessionRow, ...]
    trainees: tuple[TraineeRow, ...]
    # (trainee_id, session_id) → present; a missing key = not recorded yet (counts as absent).
    marks: dict[tuple[int, int], bool]
    threshold: int


# --- step 7: evaluation -------------------------------------------------------------------
@dataclass(frozen=True)
class TraineeResult:
    trainee: TraineeRow
    attended: int
    planned: int  # all planned sessions of the round, held or not
    percent: Decimal  # attended / planned × 100, one decimal
    attendance_ok: bool
    test_ok: bool | None  # None = the round sets no pass mark
    passes: bool
    certificate_label: str  # "12/2569" when issued, else ""


@dataclass(frozen=True)
class EvaluationSummary:
    threshold: int
    pass_mark: Decimal | None
    planned_sessions: int
    results: tuple[TraineeResult, ...]
    passed: int
    mean_pre: Decimal | None
    mean_post: Decimal | None
    gain: Decimal | None  # mean_post − mean_pre over trainees with both scores


@dataclass
class ScoreInput:
    trainee_id: int
    pre_score: Decimal | None
    post_score: Decimal | None


# --- step 8: certificates -----------------------------------------------------------------
@dataclass(frozen=True)
class CertificateRow:
    id: int
    trainee_id: int
    name: str
    fiscal_year: int
    number: int
    label: str  # "N/ปีงบ", e.g. "12/2569"
    issued_on: date
    signatory_name: str
    signatory_position: str
    reprints: int
    training_id: int = 0
    training_title: str = ""  # the register lists certificates of every round of a year


# --- step 9: satisfaction survey ----------------------------------------------------------
@dataclass
class SurveyItemInput:
    aspect: str
    text: str
    id: int | None = None


@dataclass(frozen=True)
class SurveyItemRow:
    id: int
    aspect: str
    text: str
    sort_order: int


@dataclass
class SurveyResponseInput:
    respondent_no: int
    scores: dict[int, int]  # item id → 1..5
    problems: str = ""
    suggestions: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Band:
    lower: Decimal  # inclusive
    upper: Decimal  # inclusive
    label: str  # Thai, e.g. "มากที่สุด"


@dataclass(frozen=True)
class ScoreStats:
    label: str  # the item's statement or the aspect's name
    n: int
    mean: Decimal | None  # two decimals
    sd: Decimal | None  # sample S.D., two decimals; None below two answers
    band: str


@dataclass(frozen=True)
class SurveySummary:
    respondents: int
    items: tuple[tuple[str, ScoreStats], ...]  # (aspect, stats) in form order
    aspects: tuple[ScoreStats, ...]
    overall: ScoreStats
    problems: tuple[str, ...]
    suggestions: tuple[str, ...]
    bands: tuple[Band, ...]


# --- step 10: follow-up -------------------------------------------------------------------
@dataclass
class FollowUpInput:
    trainee_id: int
    followed_on: date
    uses_skill: bool | None = None
    occupation: str = ""
    income_before: Decimal | None = None
    income_after: Decimal | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    data: FollowUpInput
    trainee_name: str
    months_after: int | None  # since the round's last session


# --- registration import (an Excel list of trainees) --------------------------------------
@dataclass(frozen=True)
class ImportRow:
    """One row of the sheet as the preview shows it."""

    row_no: int  # as in the spreadsheet (header is row 1)
    title: str
    first_name: str
    last_name: str
    citizen_id: str
    house_no: str
    moo: int | None
    phone: str
    person_id: int | None  # matched in the registry; None = will be added as a new person
    # Any problem and nothing of the file is written (English source text, see errors.py).
    problems: tuple[FieldProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[ImportRow, ...]
    file_problem: FieldProblem | None = None  # unreadable file, missing columns, empty sheet

    @property
    def can_import(self) -> bool:
        return not self.file_problem and bool(self.rows) and all(r.ok for r in self.rows)
