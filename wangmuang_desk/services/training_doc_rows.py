"""What the printed documents of a training round take (plain data, no ORM, no reportlab).

The report builders (reports/training_*.py) read only these classes. A service fills them
from the database: the `from_row` constructors take the training area's own rows
(training_rows.py), so the filler stays short. Personal data arrives here already masked
(PDPA, domain.md §8): a document never sees a whole ID card or phone number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

from wangmuang_desk.services.rows import OfficeData, SignatoryData, VillageRow
from wangmuang_desk.services.training_rows import (
    DEFAULT_THRESHOLD,
    BudgetLineRow,
    CertificateRow,
    SessionRow,
    SurveySummary,
    TraineeResult,
    TraineeRow,
)


@dataclass(frozen=True)
class DocSession:
    """One planned session, as printed on its sign-in sheet and in the report's schedule."""

    seq: int  # 1.. in date order
    session_date: date
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    hours: Decimal | None = None
    topic: str = ""
    speaker: str = ""  # the speaker's name ("" when none is set)
    id: int | None = None  # the key of `TrainingDocData.marks`

    @classmethod
    def from_row(cls, row: SessionRow) -> DocSession:
        d = row.data
        return cls(row.seq, d.session_date, d.start_time, d.end_time, d.venue, d.hours, d.topic,
                   row.speaker_name, row.id)


@dataclass(frozen=True)
class DocTrainee:
    """A registered trainee: name and address, ID and phone already masked."""

    name: str  # title + first name + last name
    house_no: str = ""
    moo: int | None = None
    village_name: str = ""
    phone_masked: str = ""  # 08x-xxx-1234
    citizen_id_masked: str = ""  # x-xxxx-xxxxx-12-3
    id: int | None = None  # trainee id: the key of `TrainingDocData.marks`

    @classmethod
    def from_row(cls, row: TraineeRow) -> DocTrainee:
        # TraineeRow's phone comes masked from the service (training_sessions.trainee_row).
        return cls(row.name, row.house_no, row.moo, row.village_name, row.phone,
                   row.citizen_id_masked, row.id)


@dataclass(frozen=True)
class DocSpeaker:
    name: str
    agency: str = ""
    is_state_staff: bool = False


@dataclass(frozen=True)
class DocPartner:
    agency: str
    role: str = ""


@dataclass(frozen=True)
class DocBudgetLine:
    """A line of the round's budget: planned amount and, after the round, what was paid."""

    category: str  # one of training_rows.BUDGET_CATEGORIES
    description: str = ""
    quantity: Decimal = Decimal(1)
    times: Decimal = Decimal(1)
    rate: Decimal = Decimal(0)
    amount: Decimal = Decimal(0)  # quantity × times × rate
    spent: Decimal | None = None  # None while nothing is recorded

    @classmethod
    def from_row(cls, row: BudgetLineRow) -> DocBudgetLine:
        d = row.data
        return cls(d.category, d.description, d.quantity, d.times, d.rate, row.amount, d.spent)


@dataclass(frozen=True)
class DocResult:
    """One trainee's evaluation (step 7): attendance over all planned sessions and tests."""

    trainee: DocTrainee
    attended: int
    planned: int
    percent: Decimal  # one decimal
    attendance_ok: bool
    passes: bool
    pre_score: Decimal | None = None
    post_score: Decimal | None = None
    certificate_label: str = ""  # "12/2569" once issued

    @classmethod
    def from_result(cls, result: TraineeResult) -> DocResult:
        t = result.trainee
        return cls(DocTrainee.from_row(t), result.attended, result.planned, result.percent,
                   result.attendance_ok, result.passes, t.pre_score, t.post_score,
                   result.certificate_label)


@dataclass(frozen=True)
class TestMeans:
    """The knowledge test: means before and after, over the trainees with both scores."""

    __test__ = False  # not a pytest test class, whatever its name

    pre: Decimal | None
    post: Decimal | None
    gain: Decimal | None
    tested: int = 0  # trainees with both scores
    full_score: Decimal | None = None  # the test's maximum, if known


@dataclass(frozen=True)
class VillageCount:
    """Participants of one village (the report's table by village)."""

    moo: int | None
    village_name: str
    registered: int
    passed: int = 0


def count_by_village(trainees: Iterable[DocTrainee],
                     results: Iterable[DocResult] = ()) -> tuple[VillageCount, ...]:
    """Registered and passed trainees per village, by หมู่ (no village last)."""
    passed_keys = {_trainee_key(r.trainee) for r in results if r.passes}
    counts: dict[tuple[int | None, str], list[int]] = {}
    for t in trainees:
        entry = counts.setdefault((t.moo, t.village_name), [0, 0])
        entry[0] += 1
        if _trainee_key(t) in passed_keys:
            entry[1] += 1
    order = sorted(counts, key=lambda k: (k[0] is None, k[0] or 0, k[1]))
    return tuple(VillageCount(moo, name, *counts[(moo, name)]) for moo, name in order)


def _trainee_key(t: DocTrainee) -> object:
    return ("id", t.id) if t.id is not None else ("name", t.name, t.house_no, t.moo)


@dataclass(frozen=True)
class SignInSheetData:
    """The sign-in sheets of a round: one per session, the same names on each."""

    office: OfficeData
    title: str  # the project's name
    fiscal_year: int
    sessions: tuple[DocSession, ...]
    trainees: tuple[DocTrainee, ...]  # printed in this order
    thai_digits: bool = True


@dataclass(frozen=True)
class CertificateData:
    """One certificate (วุฒิบัตร)."""

    label: str  # "N/ปีงบ", e.g. "12/2569"
    name: str
    course_title: str
    start: date | None
    end: date | None
    hours: Decimal | None
    issued_on: date
    signatory_name: str
    signatory_position: str

    @classmethod
    def from_row(cls, row: CertificateRow, course_title: str, start: date | None,
                 end: date | None, hours: Decimal | None) -> CertificateData:
        """`course_title` "" prints the round's title as the row names it."""
        return cls(row.label, row.name, course_title or row.training_title, start, end, hours,
                   row.issued_on, row.signatory_name, row.signatory_position)


@dataclass(frozen=True)
class CertificateBatch:
    """The certificates of a round, printed together, one per page."""

    office: OfficeData
    certificates: tuple[CertificateData, ...]
    thai_digits: bool = True
    partner: str = ""  # a partner institution issuing jointly ("ร่วมกับ ..."), if any


@dataclass(frozen=True)
class SurveyReportData:
    """The satisfaction summary of a round (step 9)."""

    office: OfficeData
    title: str  # the project's name
    survey: SurveySummary
    start: date | None = None
    end: date | None = None
    venue: str = ""
    thai_digits: bool = True
    preparer: SignatoryData | None = None
    fiscal_year: int | None = None  # None: the fiscal year of `start`


@dataclass(frozen=True)
class TrainingDocData:
    """Everything the project report (รายงานผลการดำเนินโครงการ) prints about a round."""

    office: OfficeData
    title: str
    fiscal_year: int
    topic: str = ""
    rationale: str = ""  # text as typed; one paragraph per line
    objectives: str = ""  # one objective per line
    target_description: str = ""
    target_count: int | None = None
    villages: tuple[VillageRow, ...] = ()
    planned_start: date | None = None
    planned_end: date | None = None
    venue: str = ""
    hours: Decimal | None = None
    thai_digits: bool = True
    attendance_threshold: int = DEFAULT_THRESHOLD
    pass_mark: Decimal | None = None
    partners: tuple[DocPartner, ...] = ()
    speakers: tuple[DocSpeaker, ...] = ()
    budget_lines: tuple[DocBudgetLine, ...] = ()
    council_ref: str = ""
    council_on: date | None = None
    approved_amount: Decimal | None = None
    sessions: tuple[DocSession, ...] = ()
    trainees: tuple[DocTrainee, ...] = ()
    # (trainee id, session id) → present; a missing key = not recorded (counted absent).
    marks: Mapping[tuple[int, int], bool] = field(default_factory=dict)
    results: tuple[DocResult, ...] = ()
    test: TestMeans | None = None
    survey: SurveySummary | None = None
    problems: str = ""  # the office's summary, one item per line
    suggestions: str = ""
    participants_by_village: tuple[VillageCount, ...] = ()
    preparer: SignatoryData | None = None  # ผู้รายงาน
    signatory: SignatoryData | None = None  # who acknowledges the report (the chief executive)
    report_date: date | None = None

    @property
    def budget_total(self) -> Decimal:
        return sum((line.amount for line in self.budget_lines), Decimal(0))

    @property
    def spent_total(self) -> Decimal | None:
        """What was paid, over the lines with a record; None when no line has one."""
        spent = [line.spent for line in self.budget_lines if line.spent is not None]
        return sum(spent, Decimal(0)) if spent else None

    @property
    def passed_count(self) -> int:
        return sum(r.passes for r in self.results)

    @property
    def attendance_ok_count(self) -> int:
        return sum(r.attendance_ok for r in self.results)

    def present_count(self, session: DocSession) -> int | None:
        """Trainees marked present at `session`; None when no mark is recorded for it."""
        if session.id is None:
            return None
        marks = [v for (_, sid), v in self.marks.items() if sid == session.id]
        return sum(marks) if marks else None

    def sign_in(self) -> SignInSheetData:
        return SignInSheetData(self.office, self.title, self.fiscal_year, self.sessions,
                               self.trainees, self.thai_digits)
