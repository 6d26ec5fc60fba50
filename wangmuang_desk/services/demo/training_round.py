"""What one demo training round holds, as rows ready for a bulk insert.

trainings.py decides when a round runs and what state it has reached; this module fills it in
as far as that state allows: target villages, speakers (local sages and agency staff), the
partner agency, checklist, budget lines within the rate ceilings in force, sessions, trainees
of the target villages who were grown-up when they registered, attendance at the sessions
held, test scores, who passes (training_rules.passes, attendance over all planned sessions),
the satisfaction survey on a copy of the office's form, and the follow-ups of step 10. Ids are
assigned here, so rows can point at each other without asking the database for keys.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from itertools import accumulate

from wangmuang_desk.services.demo import training_catalog as cat
from wangmuang_desk.services.demo.membership import DemoVillage, add_years
from wangmuang_desk.services.demo.population import ADULT_AGE, Adult
from wangmuang_desk.services.demo.thai_names import build_surnames
from wangmuang_desk.services.training_rows import SCORE_MAX, SCORE_MIN, STATUSES, STEPS
from wangmuang_desk.services.training_rules import passes
from wangmuang_desk.thai.dates import fiscal_year

PLANNING, APPROVED, RUNNING, COMPLETED, CANCELLED = STATUSES
_LEVELS = tuple(range(SCORE_MIN, SCORE_MAX + 1))
# Satisfaction forms lean to the top: a good, an ordinary and a weaker round (cumulative).
_PROFILES = tuple(tuple(accumulate(w)) for w in ((0, 1, 6, 35, 58), (1, 2, 14, 45, 38),
                                                   (2, 5, 25, 45, 23)))


@dataclass
class TrainingTables:
    trainings: list[dict] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    villages: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)
    checklist: list[dict] = field(default_factory=list)
    budget: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)
    trainees: list[dict] = field(default_factory=list)
    attendance: list[tuple[int, int, bool]] = field(default_factory=list)  # session, trainee
    items: list[dict] = field(default_factory=list)
    responses: list[dict] = field(default_factory=list)
    answers: list[tuple[int, int, int]] = field(default_factory=list)  # response, item, score
    follow_ups: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class DemoGroup:
    id: int
    name: str
    village_id: int
    founded_on: date | None
    members: tuple[tuple[int, date | None, date | None], ...]  # person, joined, left


@dataclass(frozen=True)
class DemoSage:
    id: int
    name: str
    village_id: int | None
    expertise: str


@dataclass
class TrainingContext:
    """What the rounds draw on, read from the file (and the population maker's adults)."""

    villages: list[DemoVillage]
    adults: dict[int, list[Adult]]  # village id -> grown-ups not in the recycle bin
    sages: list[DemoSage]  # those who can teach
    groups: list[DemoGroup]  # those still active
    ceilings: list[tuple[int, str, str, Decimal, date, date | None]]
    template: list[tuple[str, str, int]]  # the office's survey form: aspect, text, order
    signatory_id: int | None
    threshold: int
    first_ids: dict[str, int]


@dataclass
class RoundPlan:
    course: cat.Course
    days: list[date]  # of the sessions
    status: str = ""
    council: tuple[str, date] | None = None
    over_ceiling: bool = False
    batch: int = 1  # รุ่นที่, among the rounds of its course in its fiscal year

    @property
    def fy(self) -> int:
        return fiscal_year(self.days[0])


class RoundMaker:
    def __init__(self, rng: random.Random, today: date, ctx: TrainingContext) -> None:
        self.rng, self.today, self.ctx = rng, today, ctx
        self.villages = [v for v in ctx.villages if ctx.adults.get(v.id)]
        self._village_cum = list(accumulate(len(ctx.adults[v.id]) for v in self.villages))
        self._moo = {v.id: v.moo for v in self.villages}
        # person id -> (the grown-up, their village), to find a group's members
        self.adult_of = {a.person_id: (a, v.id) for v in self.villages for a in ctx.adults[v.id]}
        self.next = dict(ctx.first_ids)
        self.tables = TrainingTables()
        self.issued: list[tuple[int, date, int]] = []  # certificates: fiscal year, on, trainee
        self._surnames = build_surnames()
        self._sages = {c.key: [s for s in ctx.sages if any(w in s.expertise for w in c.sage_words)]
                       for c in cat.COURSES}
        # A group's trade is its name without the village's ("โค" is no cattle in "บ้านโคก…").
        village = {v.id: v.name for v in ctx.villages}
        trades = [(g, g.name.replace(village.get(g.village_id, "\0"), "")) for g in ctx.groups]
        self._groups = {c.key: [g for g, trade in trades if any(w in trade for w in c.group_words)]
                        for c in cat.COURSES}

    def add(self, plan: RoundPlan) -> None:
        """Every row of one planned round, into `tables`."""
        rng, t, course = self.rng, self.tables, plan.course
        tid = self._take("training")
        group = self._group(plan)
        target = rng.choice((15, 20, 25, 30) if rng.random() < 0.15 else (40, 45, 50, 50, 60, 60))
        villages = self._target_villages(group, target)
        sector = cat.SECTORS[course.sector]
        partner = rng.choice(sector.partners) if rng.random() < sector.partner_share else None
        if partner and partner[0] == cat.ATC and rng.random() < 0.5:
            venue, government = cat.ATC, True
        elif len(villages) > 1 and rng.random() < 0.7:
            venue, government = cat.OFFICE_ROOM, True
        else:
            venue, government = cat.village_venue(rng, villages[0].moo, villages[0].name)
        t.villages.extend({"training_id": tid, "village_id": v.id} for v in villages)
        if partner:
            t.partners.append({"training_id": tid, "agency": partner[0], "role": partner[1]})
        speakers = self._speakers(tid, plan, villages, partner)
        sessions = self._sessions(tid, plan, venue, speakers)
        total = self._budget(tid, plan, target, speakers, sessions, government)
        test_max = rng.choice((10, 15, 20))
        pass_mark = Decimal(test_max * 6 // 10) if rng.random() < 0.35 else None
        people = self._trainees(tid, plan, group, villages, target, sessions, test_max)
        dates = self._step_dates(plan)
        done = plan.status == COMPLETED
        if done:
            certified = [trainee_id for trainee_id, attended, post, _last in people
                         if passes(attended, len(sessions), self.ctx.threshold, post, pass_mark)]
            # Issued on step 8's day, all of a round together.
            self.issued.extend((plan.fy, dates[7], trainee_id) for trainee_id in certified)
            self._follow_ups(plan, certified)
        self._survey(tid, plan, people)
        note_at = dates.index(None) if plan.status == CANCELLED else None
        t.steps.extend({"training_id": tid, "step": i + 1, "done": on is not None, "done_on": on,
                        "note": "ยกเลิกการจัดอบรม" if i == note_at else ""}
                       for i, on in enumerate(dates[: len(STEPS)]))
        share = {COMPLETED: 1, RUNNING: 1, APPROVED: 0.7, CANCELLED: 0.4}.get(plan.status, 0.2)
        t.checklist.extend(
            {"training_id": tid, "label": cat.CHECKLIST[i], "done": rng.random() < share}
            for i in sorted(rng.sample(range(len(cat.CHECKLIST)), rng.randint(6, 9))))
        problems = suggestions = ""
        if done:
            problems = "\n".join(rng.sample(cat.ROUND_PROBLEMS, rng.randint(1, 2)))
            suggestions = "\n".join(rng.sample(cat.ROUND_SUGGESTIONS, rng.randint(1, 2)))
        elif plan.status == CANCELLED:
            problems = f"ยกเลิกการจัดอบรม: {rng.choice(cat.CANCEL_REASONS)}"
        where = cat.where([(v.moo, v.name) for v in villages], len(self.villages))
        whom = f"สมาชิก{group.name} และผู้สนใจ" if group else "ประชาชนและผู้สนใจ"
        ref, on = plan.council or ("", None)
        t.trainings.append({
            "id": tid, "fiscal_year": plan.fy, "title": cat.title(course, plan.fy, plan.batch),
            "topic": course.name, "need_id": None, "group_id": group.id if group else None,
            "support_request_id": None, "target_description": f"{whom}{where} จำนวน {target} คน",
            "target_count": target, "planned_start": plan.days[0], "planned_end": plan.days[-1],
            "duration_hours": sum(s["hours"] for s in sessions), "venue": venue,
            "rationale": cat.rationale(course, where), "objectives": cat.objectives(course),
            "attendance_threshold": self.ctx.threshold, "pass_mark": pass_mark,
            "council_ref": ref, "council_on": on,
            # The year's budget holds the round's lines, rounded up as the ordinance lists it.
            "approved_amount": (total + 499) // 500 * 500 if plan.council else None,
            "status": plan.status, "problems": problems, "suggestions": suggestions,
            "thai_digits": True,
        })

    def _group(self, plan: RoundPlan) -> DemoGroup | None:
        """Half the rounds come from a group of the course's trade that asked for it."""
        if self.rng.random() >= 0.5:
            return None
        start = plan.days[0]
        fits = [g for g in self._groups[plan.course.key] if g.founded_on and g.founded_on < start]
        return self.rng.choice(fits) if fits else None

    def _target_villages(self, group: DemoGroup | None, target: int) -> list[DemoVillage]:
        """The group's village (and maybe one more), one village, two or three, or the whole
        tambon; in a small file the villages next in number join until enough people live
        there for the round."""
        rng, vs = self.rng, self.villages
        home = next((v for v in vs if group and v.id == group.village_id), None)
        roll = rng.random()
        if home is not None:
            others = [v for v in vs if v is not home]
            chosen = [home] + (rng.sample(others, 1) if others and roll < 0.3 else [])
        elif roll < 0.65 or len(vs) < 3:
            chosen = [rng.choices(vs, cum_weights=self._village_cum)[0]]
        elif roll < 0.9:
            chosen = rng.sample(vs, rng.randint(2, 3))
        else:
            chosen = list(vs)
        first = chosen[0].moo
        rest = sorted((v for v in vs if v not in chosen), key=lambda v: (v.moo - first) % 100)
        while rest and sum(len(self.ctx.adults[v.id]) for v in chosen) < 3 * target:
            chosen.append(rest.pop(0))
        return sorted(chosen, key=lambda v: v.moo)

    def _speakers(self, tid: int, plan: RoundPlan, villages, partner) -> list[dict]:
        """A local sage of the trade where there is one, then speakers of agencies (the
        partner's first). State staff are paid their ceiling; sages a modest local rate;
        other outsiders up to theirs."""
        rng, course = self.rng, plan.course
        wanted = 1 if len(plan.days) == 1 else min(len(plan.days), rng.choice((1, 2, 2, 3)))
        found = []
        sages = self._sages[course.key]
        if sages and rng.random() < 0.7:
            near = [s for s in sages if s.village_id in {v.id for v in villages}] or sages
            sage = rng.choice(near)
            moo = self._moo.get(sage.village_id)
            agency = f"ปราชญ์ชาวบ้าน หมู่ที่ {moo}" if moo else "ปราชญ์ชาวบ้าน"
            found.append((sage.id, sage.name, agency, False, rng.choice((300, 400, 500, 600))))
        agencies = cat.SECTORS[course.sector].speakers
        outside = [(partner[0], True)] if partner else []
        for agency, state in outside + rng.sample(agencies, len(agencies)):
            if len(found) >= wanted:
                break
            if found and rng.random() < 0.4:
                continue
            rate = 600 if state else rng.choice((600, 800, 1000, 1200))
            found.append((None, cat.speaker_name(rng, self._surnames), agency, state, rate))
        rows = [{"id": self._take("speaker"), "training_id": tid, "sage_id": sage_id,
                 "name": name, "agency": agency, "is_state_staff": state, "_rate": rate}
                for sage_id, name, agency, state, rate in found]
        self.tables.speakers.extend({k: v for k, v in r.items() if k != "_rate"} for r in rows)
        return rows

    def _sessions(self, tid: int, plan: RoundPlan, venue: str, speakers: list[dict]) -> list[dict]:
        rng = self.rng
        full, morning = rng.random() < 0.75, rng.random() < 0.5
        start, end = (9, 16) if full else (9, 12) if morning else (13, 16)
        rows = [{"id": self._take("session"), "training_id": tid, "seq": i + 1,
                 "session_date": day, "start_time": time(start), "end_time": time(end),
                 "venue": venue, "hours": Decimal(6 if full else 3),
                 "topic": cat.session_topic(plan.course, i, len(plan.days)),
                 "speaker_id": speakers[i % len(speakers)]["id"]}
                for i, day in enumerate(plan.days)]
        self.tables.sessions.extend(rows)
        return rows

    def _budget(self, tid, plan, target, speakers, sessions, government) -> Decimal:
        """Writes the round's budget lines; returns their total."""
        rng, on = self.rng, plan.days[0]

        def ceiling(category: str, cheaper: bool) -> tuple[int, Decimal] | None:
            # In force on the first day: the state-staff / government-venue rate when cheaper.
            for cid, kind, condition, amount, start, end in self.ctx.ceilings:
                if kind == category and start <= on and (end is None or end >= on) and (
                        "ไม่ใช่" not in condition and "เอกชน" not in condition) == cheaper:
                    return cid, amount
            return None

        lines = cat.budget_lines(
            rng, plan.course, target,
            [(s["id"], s["name"], s["is_state_staff"], s["_rate"]) for s in speakers],
            [(s["hours"], s["speaker_id"]) for s in sessions], government, ceiling)
        capped = [x for x in lines if x["_ceiling"] is not None]
        if plan.over_ceiling and capped:
            # The warning the budget step shows: a rate above the ceiling in force.
            over = rng.choice(capped)
            bump = {cat.SPEAKER: 200, cat.MEAL: 50}.get(over["category"], 10)
            over["rate"] = over["_ceiling"] + bump
        total = Decimal(0)
        for x in lines:
            del x["_ceiling"]
            x["training_id"] = tid
            amount = x["quantity"] * x["times"] * x["rate"]
            total += amount
            if plan.status == COMPLETED:  # food for fewer than planned, materials a bit less
                fixed = x["category"] in (cat.SPEAKER, cat.SIGN, cat.VENUE)
                x["spent"] = amount if fixed else Decimal(int(amount * rng.randint(85, 100) / 100))
        self.tables.budget.extend(lines)
        return total

    def _trainees(self, tid, plan, group, villages, target, sessions, test_max) -> list[tuple]:
        """Registers trainees, their attendance at the sessions held and their test scores;
        returns (trainee id, sessions attended, post-test, at the last session) of each."""
        rng, today, status = self.rng, self.today, plan.status
        first = plan.days[0]
        if status in (PLANNING, CANCELLED) or (status == APPROVED and (first - today).days > 45):
            return []
        want = min(60, max(15, round(target * rng.uniform(0.9, 1.15))))
        if status == APPROVED:  # registration still open
            want = max(1, round(want * rng.uniform(0.3, 0.9)))
        held = [s["id"] for s in sessions if s["session_date"] < today]
        all_held = len(held) == len(sessions)
        # Up to a month before the first session: after the approval, never after today.
        approved = plan.council[1] if plan.council else first - timedelta(days=30)
        registered = [min(today, max(approved, first - timedelta(days=d))) for d in range(1, 31)]
        t, out, draw = self.tables, [], rng.random  # draw(): the stress file makes ~1M calls
        for adult in self._pick(plan, group, villages, want):
            trainee_id = self._take("trainee")
            roll = draw()  # a few never come, some come to about half
            chance = 0.0 if roll < 0.03 else 0.5 if roll < 0.15 else 0.96
            marks = [draw() < chance for _ in held]
            t.attendance.extend((sid, trainee_id, m) for sid, m in zip(held, marks, strict=True))
            pre = round(test_max * (0.25 + 0.4 * draw()))
            at_last = all_held and bool(marks) and marks[-1]
            post = None
            if at_last:
                post = Decimal(min(test_max, pre + round(test_max * (0.15 + 0.3 * draw()))))
            t.trainees.append({
                "id": trainee_id, "training_id": tid, "person_id": adult.person_id,
                "registered_on": registered[int(draw() * 30)],
                "pre_score": Decimal(pre) if marks and marks[0] else None,
                "post_score": post, "note": ""})
            out.append((trainee_id, sum(marks), post, at_last))
        return out

    def _pick(self, plan, group, villages, want) -> list[Adult]:
        """Grown-ups (by the earliest day they could have registered) of the target villages,
        drawn as the course appeals to women and men; a group's own members first."""
        rng, start = self.rng, plan.days[0]
        born_by = add_years(start - timedelta(days=45), -ADULT_AGE)
        women = plan.course.women
        accept = {"F": women / max(women, 1 - women), "M": (1 - women) / max(women, 1 - women)}
        chosen, seen = [], set()
        if group is not None:
            # Current members who live in the target villages.
            where = {v.id for v in villages}
            members = [self.adult_of.get(pid, (None, None)) for pid, joined, left in group.members
                       if (joined is None or joined <= start) and (left is None or left > start)]
            members = [a for a, vid in members if vid in where and a.birth <= born_by]
            chosen = rng.sample(members, min(len(members), want * 6 // 10))
            seen = {a.person_id for a in chosen}
        # Everyone of the target villages as one numbered line, read without copying it.
        pools = [self.ctx.adults[v.id] for v in villages]
        ends = list(accumulate(len(p) for p in pools))
        draw, tries = rng.random, 0
        while len(chosen) < want and tries < want * 40 and ends[-1]:
            tries += 1
            n = int(draw() * ends[-1])
            i = bisect_right(ends, n)
            adult = pools[i][n - (ends[i - 1] if i else 0)]
            if (adult.person_id in seen or adult.birth > born_by
                    or draw() > accept.get(adult.sex, 1.0)):
                continue
            seen.add(adult.person_id)
            chosen.append(adult)
        return chosen

    def _follow_ups(self, plan: RoundPlan, certified: list[int]) -> None:
        """Step 10: those certified, three and six months after the last session."""
        rng, last, draw = self.rng, plan.days[-1], self.rng.random
        for trainee_id in certified:
            before = Decimal((30 + int(draw() * 121)) * 100)  # monthly household income
            uses: bool | None = None
            for months in (3, 6):
                on = last + timedelta(days=months * 30 - 5 + int(draw() * 16))
                if on > self.today or (months == 6 and draw() < 0.2):
                    break
                roll = draw()
                if uses is None or roll < 0.15:  # unreached before, or changed their mind
                    uses = None if roll < 0.05 else roll < 0.72
                occupation = rng.choice(plan.course.uses) if uses else ""
                gain = 0
                if uses and occupation != cat.HOME_USE:
                    gain = (3 + int(draw() * 28)) * 100 * (months // 3)
                note = "ติดต่อไม่ได้" if uses is None else "" if uses else rng.choice(cat.NOT_USING)
                self.tables.follow_ups.append({
                    "trainee_id": trainee_id, "followed_on": on, "uses_skill": uses,
                    "occupation": occupation, "income_before": before,
                    "income_after": None if uses is None else before + gain, "note": note})

    def _survey(self, tid: int, plan: RoundPlan, people: list[tuple]) -> None:
        """The office's form copied into the round, answered by most of those at the last
        session of a completed round."""
        rng, t = self.rng, self.tables
        ids = []
        for aspect, text, order in self.ctx.template:
            ids.append(self._take("item"))
            t.items.append({"id": ids[-1], "training_id": tid, "aspect": aspect, "text": text,
                            "sort_order": order})
        if plan.status != COMPLETED or not ids:
            return
        profile = rng.choice(_PROFILES)
        number = 0
        for _trainee, _attended, _post, at_last in people:
            if not at_last or rng.random() > 0.85:  # not every form comes back
                continue
            number += 1
            rid = self._take("response")
            t.responses.append({
                "id": rid, "training_id": tid, "respondent_no": number,
                "problems": rng.choice(cat.RESPONDENT_PROBLEMS) if rng.random() < 0.12 else "",
                "suggestions": (rng.choice(cat.RESPONDENT_SUGGESTIONS)
                                if rng.random() < 0.18 else "")})
            scores = rng.choices(_LEVELS, cum_weights=profile, k=len(ids))
            t.answers.extend(zip([rid] * len(ids), ids, scores, strict=True))

    def _step_dates(self, plan: RoundPlan) -> list[date | None]:
        """done_on of steps 1..10 as far as the round has got (None = not done)."""
        rng, today, status = self.rng, self.today, plan.status
        anchor = plan.council[1] if plan.council else min(today, plan.days[0] - timedelta(30))
        dates: list[date | None] = [anchor - timedelta(days=rng.randint(60, 150))]
        for low, high in ((5, 20), (5, 20), (5, 15)):
            dates.append(dates[-1] + timedelta(days=rng.randint(low, high)))
        dates += [None] * 6
        if status == PLANNING:
            dates[2] = dates[2] if rng.random() < 0.4 else None
            dates[3] = dates[3] if rng.random() < 0.5 else None
            return dates
        dates[4] = plan.council[1] if plan.council else None
        last = plan.days[-1]
        if status in (APPROVED, CANCELLED) or last >= today:
            return dates
        evaluated = last + timedelta(days=rng.randint(1, 3))
        dates[5], dates[6] = last, evaluated if evaluated <= today else None
        if status == COMPLETED:
            issued = evaluated + timedelta(days=rng.randint(2, 10))
            dates[7:] = [issued, evaluated + timedelta(days=rng.randint(0, 4)),
                         issued + timedelta(days=rng.randint(0, 7))]
        return dates

    def _take(self, key: str) -> int:
        value = self.next[key]
        self.next[key] = value + 1
        return value
