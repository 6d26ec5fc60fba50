"""Training rounds of the demo tambon: how many, when, in which state; written in bulk.

Rounds spread over the fiscal year of `today` and the two before it, and their state follows
the calendar: a round whose last session is three weeks past is completed with all ten steps
done; one between its first session and that is running; later ones are approved (their
council date has passed) or still being planned; a few past ones were cancelled. A small file
still shows every state. training_round.py fills each round in; certificates are numbered
here at the end, 1.. per fiscal year in the order they were issued (training_rules), since
that order is known only once every round is made.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from sqlalchemy import Connection, func, insert, select

from wangmuang_desk.db.models import (
    AppSetting,
    Attendance,
    BudgetLine,
    Certificate,
    ChecklistItem,
    FollowUp,
    GroupMember,
    OccupationalGroup,
    Partner,
    Person,
    RateCeiling,
    Sage,
    Signatory,
    Speaker,
    SurveyAnswer,
    SurveyItem,
    SurveyResponse,
    Trainee,
    Training,
    TrainingSession,
    TrainingStep,
    TrainingVillage,
    Village,
)
from wangmuang_desk.services.demo import training_catalog as cat
from wangmuang_desk.services.demo.groups import deck
from wangmuang_desk.services.demo.membership import DemoVillage
from wangmuang_desk.services.demo.population import Adult
from wangmuang_desk.services.demo.training_round import (
    DemoGroup,
    DemoSage,
    RoundMaker,
    RoundPlan,
    TrainingContext,
    TrainingTables,
)
from wangmuang_desk.services.training_rows import DEFAULT_THRESHOLD, STATUSES
from wangmuang_desk.services.training_rules import next_certificate_numbers
from wangmuang_desk.thai.dates import fiscal_year, fiscal_year_range

PLANNING, APPROVED, RUNNING, COMPLETED, CANCELLED = STATUSES
# The real office (10,000 people) runs about ten rounds a fiscal year; design.md's stress
# file (200,000 people) has 3,000. Between the two the count grows in a straight line.
OFFICE_PEOPLE, OFFICE_ROUNDS = 10_000, 30
STRESS_PEOPLE, STRESS_ROUNDS = 200_000, 3_000
SETTLED_DAYS = 21  # after the last session: evaluated, certified, surveyed, register kept
_SIZES, _SIZE_WEIGHTS = (1, 2, 3, 4, 5), (25, 30, 25, 12, 8)  # sessions of a round
# Parents before the rows that point at them (foreign keys are checked as rows go in).
_TABLES = (("trainings", Training), ("steps", TrainingStep), ("villages", TrainingVillage),
           ("speakers", Speaker), ("partners", Partner), ("checklist", ChecklistItem),
           ("budget", BudgetLine), ("sessions", TrainingSession), ("trainees", Trainee),
           ("attendance", Attendance), ("items", SurveyItem), ("responses", SurveyResponse),
           ("answers", SurveyAnswer), ("follow_ups", FollowUp))
# The two biggest tables (a row per trainee and session, per respondent and statement) come as
# tuples of plain numbers straight to the driver: SQLAlchemy's per-row parameter handling
# doubled the cost of the 200,000-person file, and these columns need none of it.
_PLAIN_COLUMNS = {"attendance": ("session_id", "trainee_id", "present"),
                  "answers": ("response_id", "item_id", "score")}


def training_count(people: int) -> int:
    """20 rounds from 500 people (one per 25 below), 30 at 10,000, 3,000 at 200,000."""
    if people < 500:
        return min(20, people // 25)
    if people <= OFFICE_PEOPLE:
        return 20 + (people - 500) * (OFFICE_ROUNDS - 20) // (OFFICE_PEOPLE - 500)
    extra = (people - OFFICE_PEOPLE) * (STRESS_ROUNDS - OFFICE_ROUNDS)
    return OFFICE_ROUNDS + extra // (STRESS_PEOPLE - OFFICE_PEOPLE)


class TrainingMaker:
    """Plans the calendar of rounds and has RoundMaker fill each one in."""

    def __init__(self, rng: random.Random, today: date, ctx: TrainingContext) -> None:
        self.rng, self.today, self.ctx = rng, today, ctx
        self.rounds = RoundMaker(rng, today, ctx)
        self._ceiling_from = min((c[4] for c in ctx.ceilings), default=None)

    def batches(self, count: int, per_batch: int = 100) -> Iterator[TrainingTables]:
        """The rounds in date order, `per_batch` at a time, each batch complete."""
        if not self.rounds.villages or count <= 0:
            return
        plans = self._plans(count)
        for i, plan in enumerate(plans):
            self.rounds.add(plan)
            if (i + 1) % per_batch == 0 and i + 1 < len(plans):
                yield self._fresh_tables()
        yield self._fresh_tables()

    def certificate_rows(self, used: dict[int, list[int]]) -> list[dict]:
        """Certificates of the completed rounds, numbered per fiscal year in the order
        issued, after the numbers each year has `used` already."""
        by_year: dict[int, list[tuple[date, int]]] = {}
        for fy, issued_on, trainee_id in self.rounds.issued:
            by_year.setdefault(fy, []).append((issued_on, trainee_id))
        rows = []
        for fy, issued in sorted(by_year.items()):
            issued.sort()
            numbers = next_certificate_numbers(used.get(fy, ()), len(issued))
            rows.extend({"trainee_id": tid, "fiscal_year": fy, "number": number, "issued_on": on,
                         "signatory_id": self.ctx.signatory_id, "reprints": 0}
                        for (on, tid), number in zip(issued, numbers, strict=True))
        return rows

    def _fresh_tables(self) -> TrainingTables:
        done, self.rounds.tables = self.rounds.tables, TrainingTables()
        return done

    # --- the calendar of rounds -------------------------------------------------------------
    def _plans(self, count: int) -> list[RoundPlan]:
        rng, today = self.rng, self.today
        now = fiscal_year(today)
        sectors, weights = list(cat.SECTOR_WEIGHTS), list(cat.SECTOR_WEIGHTS.values())
        plans = []
        for fy in deck(rng, {now - 2: 1, now - 1: 1, now: 1}, count):
            first, last = fiscal_year_range(fy)
            # Rounds run from November (after the rains) to early September.
            start = first + timedelta(days=31 + rng.randint(0, (last - first).days - 51))
            sector = rng.choices(sectors, weights=weights)[0]
            course = rng.choice([c for c in cat.COURSES if c.sector == sector])
            size = rng.choices(_SIZES, weights=_SIZE_WEIGHTS)[0]
            plans.append(RoundPlan(course, self._schedule(start, size, rng.random() < 0.3)))
        for plan in plans:
            plan.status = self._status_by_date(plan)
        if count >= 6:  # a small file still shows a running round and one still to come
            self._make_one(plans, RUNNING, lambda p: self._schedule(
                self._weekday_before(today), max(2, len(p.days)), True))
            self._make_one(plans, PLANNING, lambda p: self._schedule(
                today + timedelta(days=rng.randint(20, 80)), len(p.days), False))
        past = [p for p in plans if p.status == COMPLETED]
        for plan in rng.sample(past, min(len(past), max(1, count // 150) if count >= 4 else 0)):
            plan.status = CANCELLED
        for plan in plans:
            plan.council = self._council(plan)
            if plan.status == PLANNING and plan.council[1] <= today:
                soon = (plan.days[0] - today).days <= 60
                if rng.random() < (0.8 if soon else 0.55):
                    plan.status = APPROVED
            if plan.status == PLANNING or (plan.status == CANCELLED and rng.random() < 0.5):
                plan.council = None
        approved = [p for p in plans if p.status == APPROVED]
        if count >= 6 and approved and not any(p.status == PLANNING for p in plans):
            last = max(approved, key=lambda p: p.days[0])  # the latest is still being prepared
            last.status, last.council = PLANNING, None
        if count >= 6:
            self._approve_one(plans)
        plans.sort(key=lambda p: (p.days[0], p.course.key))
        capped = [p for p in plans if self._ceiling_from and p.days[0] >= self._ceiling_from
                  and p.status != CANCELLED]
        for plan in rng.sample(capped, min(len(capped), max(1, round(len(capped) * 0.04)))):
            plan.over_ceiling = True
        batches: dict[tuple[str, int], int] = {}
        for plan in plans:
            key = (plan.course.key, plan.fy)
            batches[key] = plan.batch = batches.get(key, 0) + 1
        return plans

    def _make_one(self, plans: list[RoundPlan], status: str, days: Callable) -> None:
        if any(p.status == status for p in plans):
            return
        plan = self.rng.choice([p for p in plans if p.status == COMPLETED] or plans)
        plan.days = days(plan)
        plan.status = self._status_by_date(plan)

    def _approve_one(self, plans: list[RoundPlan]) -> None:
        """Late in a fiscal year few rounds are still to come: one is moved a month or two
        ahead and approved, by the year's ordinance or by the council's last session."""
        if any(p.status == APPROVED for p in plans):
            return
        rng, today = self.rng, self.today
        plan = rng.choice([p for p in plans if p.status == COMPLETED] or plans)
        plan.days = self._schedule(today + timedelta(days=rng.randint(25, 60)), len(plan.days),
                                   False)
        ref, on = self._council(plan)
        if on > today:
            on = today - timedelta(days=rng.randint(1, 20))
            ref = cat.council_ref(plan.fy, on)
        plan.status, plan.council = APPROVED, (ref, on)

    @staticmethod
    def _weekday_before(day: date) -> date:
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day

    def _status_by_date(self, plan: RoundPlan) -> str:
        if plan.days[-1] + timedelta(days=SETTLED_DAYS) <= self.today:
            return COMPLETED
        return RUNNING if plan.days[0] < self.today else PLANNING

    @staticmethod
    def _schedule(start: date, size: int, weekly: bool) -> list[date]:
        """Weekdays from `start`: on following days, or once a week for a longer course."""
        days, day = [], start
        while len(days) < size:
            if day.weekday() < 5:
                days.append(day)
            day += timedelta(days=7 if weekly and days and day.weekday() < 5 else 1)
        return days

    def _council(self, plan: RoundPlan) -> tuple[str, date]:
        """The budget ordinance (passed in August before the year), or for some rounds a
        council resolution during the year, at least three weeks before the first session."""
        rng, fy = self.rng, plan.fy
        fy_first, _ = fiscal_year_range(fy)
        earliest, latest = fy_first + timedelta(days=30), plan.days[0] - timedelta(days=21)
        if rng.random() < 0.25 and earliest <= latest:
            on = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
            return cat.council_ref(fy, on), on
        return cat.council_ref(fy, None), date(fy_first.year, 8, rng.randint(12, 28))

# --- reading the file and writing the rounds -----------------------------------------------
def write_trainings(conn: Connection, people: int, seed: int, today: date,
                    adults: dict[int, list[Adult]], report: Callable[[str], None]
                    ) -> dict[str, int]:
    """Training rounds with everything they hold; returns how many rounds and trainees."""
    wanted = training_count(people)
    counts = {"trainings": 0, "trainees": 0}
    if not wanted:
        return counts
    with conn.begin():
        # A stream of its own, so the rounds do not shift when the groups before them change.
        maker = TrainingMaker(random.Random(f"trainings/{seed}"), today,
                              read_context(conn, adults))
        for tables in maker.batches(wanted):
            for key, model in _TABLES:
                rows = getattr(tables, key)
                if not rows:
                    continue
                columns = _PLAIN_COLUMNS.get(key)
                if columns is None:
                    conn.execute(insert(model.__table__), rows)
                else:
                    names, marks = ", ".join(columns), ", ".join("?" * len(columns))
                    sql = f"INSERT INTO {model.__tablename__} ({names}) VALUES ({marks})"
                    conn.exec_driver_sql(sql, rows)
            counts["trainings"] += len(tables.trainings)
            counts["trainees"] += len(tables.trainees)
            report(f"การฝึกอบรม / training rounds {counts['trainings']:,} / {wanted:,}")
        used: dict[int, list[int]] = {}
        for fy, number in conn.execute(select(Certificate.fiscal_year, Certificate.number)):
            used.setdefault(fy, []).append(number)
        certificates = maker.certificate_rows(used)
        if certificates:
            conn.execute(insert(Certificate.__table__), certificates)
    return counts


def read_context(conn: Connection, adults: dict[int, list[Adult]]) -> TrainingContext:
    villages = [DemoVillage(*row) for row in conn.execute(
        select(Village.id, Village.moo, Village.name).order_by(Village.moo))]
    binned = set(conn.execute(select(Person.id).where(Person.deleted_at.is_not(None))).scalars())
    kept = {vid: [a for a in people if a.person_id not in binned] for vid, people in adults.items()}
    sages = [DemoSage(sid, f"{title}{first} {last}", vid, expertise)
             for sid, title, first, last, vid, expertise in conn.execute(
                 select(Sage.id, Person.title, Person.first_name, Person.last_name,
                        Person.village_id, Sage.expertise)
                 .join(Person, Person.id == Sage.person_id)
                 .where(Sage.deleted_at.is_(None), Person.deleted_at.is_(None), Sage.can_teach)
                 .order_by(Sage.id))]
    members: dict[int, list[tuple]] = {}
    m = GroupMember
    for gid, pid, joined, left in conn.execute(
            select(m.group_id, m.person_id, m.joined_on, m.left_on).order_by(m.id)):
        members.setdefault(gid, []).append((pid, joined, left))
    g = OccupationalGroup
    groups = [DemoGroup(gid, name, vid, founded, tuple(members.get(gid, ())))
              for gid, name, vid, founded in conn.execute(
                  select(g.id, g.name, g.village_id, g.founded_on)
                  .where(g.deleted_at.is_(None), g.status.not_in(("inactive", "dissolved")))
                  .order_by(g.id))]
    r = RateCeiling
    ceilings = [tuple(row) for row in conn.execute(
        select(r.id, r.category, r.condition, r.amount, r.effective_from, r.effective_to)
        .order_by(r.effective_from.desc(), r.id))]
    s = SurveyItem
    template = [tuple(row) for row in conn.execute(
        select(s.aspect, s.text, s.sort_order)
        .where(s.training_id.is_(None)).order_by(s.sort_order, s.id))]
    signatory = conn.execute(select(Signatory.id).order_by(
        Signatory.is_default.desc(), Signatory.sort_order, Signatory.id).limit(1)).scalar()
    setting = conn.execute(
        select(AppSetting.value).where(AppSetting.key == "attendance_threshold")).scalar()
    threshold = int(setting) if setting and setting.isdigit() else DEFAULT_THRESHOLD

    def next_id(model) -> int:
        return conn.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one() + 1

    first_ids = {"training": next_id(Training), "speaker": next_id(Speaker),
                 "session": next_id(TrainingSession), "trainee": next_id(Trainee),
                 "item": next_id(SurveyItem), "response": next_id(SurveyResponse)}
    return TrainingContext(villages, kept, sages, groups, ceilings, template, signatory,
                           threshold, first_ids)
