"""Who joins a demo group, when, who leaves, and who sits on its committee in which term."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from wangmuang_desk.services.demo.group_catalog import GroupKind
from wangmuang_desk.services.demo.population import ADULT_AGE, Adult

MIN_FOUNDERS = 7  # the office's default minimum to establish a group (group_rules)
_CORE_SEATS = ("president", "vice_president", "secretary", "treasurer")


@dataclass(frozen=True)
class DemoVillage:
    id: int
    moo: int
    name: str


@dataclass
class Member:
    id: int  # group_member.id
    adult: Adult
    joined: date
    left: date | None
    shares: int


@dataclass(frozen=True)
class Term:
    start: date
    end: date
    seats: list[tuple[str, Member]]  # (position, member), president first


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def eighteen(birth: date) -> date:
    return add_years(birth, ADULT_AGE)


class MemberPicker:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        villages: list[DemoVillage],
        adults: dict[int, list[Adult]],
    ) -> None:
        self.rng = rng
        self.today = today
        self.villages = villages
        self.adults = adults
        self.everyone = [a for v in villages for a in adults[v.id]]

    def pick(
        self,
        kind: GroupKind,
        village: DemoVillage,
        size: int,
        start: date,
        distinct: bool,
        women_only: bool = False,
    ) -> list[Adult]:
        """Up to `size` people, mostly of the group's village and liking its work, those who
        were grown-up by `start` first; with `distinct` each from another household (the
        community-enterprise rule)."""
        rng = self.rng
        chosen: list[Adult] = []
        seen: set[int] = set()
        households: set[int] = set()
        latest = self.today - timedelta(days=30)

        def consider(candidates: list[Adult], limit: int, picky: bool) -> None:
            for a in candidates:
                if len(chosen) >= limit:
                    return
                if a.person_id in seen or (distinct and a.household_id in households):
                    continue
                if women_only and a.sex != "F":
                    continue
                if eighteen(a.birth) > latest or (picky and rng.random() >= self._liking(kind, a)):
                    continue
                chosen.append(a)
                seen.add(a.person_id)
                households.add(a.household_id)

        pool = self.adults[village.id]
        local = size - round(size * rng.uniform(0, 0.15))
        consider(rng.sample(pool, min(len(pool), local * 5)), local, True)
        near = self._neighbour(village)
        consider(rng.sample(near, min(len(near), size * 3)), size, True)
        for wider in (pool, self.everyone):
            if len(chosen) < size:
                consider(rng.sample(wider, min(len(wider), size * 20)), size, False)
        chosen.sort(key=lambda a: eighteen(a.birth) > start)
        return chosen

    def _neighbour(self, village: DemoVillage) -> list[Adult]:
        near = [v for v in self.villages if abs(v.moo - village.moo) == 1] or self.villages
        return self.adults[self.rng.choice(near).id]

    def _liking(self, kind: GroupKind, a: Adult) -> float:
        age = self.today.year - a.birth.year  # rough is enough for a preference
        chance = 0.35 if age < 25 else 0.75 if age < 35 else 1.0 if age < 65 else 0.6
        if age >= 75:
            chance = 0.25
        woman = a.sex == "F"
        if kind.women >= 0.5 and not woman:
            chance *= (1 - kind.women) / kind.women
        elif kind.women < 0.5 and woman:
            chance *= kind.women / (1 - kind.women)
        if kind.occupations and a.occupation not in kind.occupations:
            chance *= 0.5
        return chance


def members(
    rng: random.Random,
    chosen: list[Adult],
    founders: int,
    start: date,
    end: date,
    established: bool,
    first_id: int,
) -> list[Member]:
    """The first `founders` join on `start`; the others later, once grown-up. A few later
    joiners of an established group leave again; the first MIN_FOUNDERS never do, so the
    group keeps its minimum and its committee."""
    out: list[Member] = []
    for i, a in enumerate(chosen):
        if i < founders:
            joined = start
        else:
            low = max(start + timedelta(days=30), eighteen(a.birth))
            high = end - timedelta(days=14)
            if low > end:
                continue
            joined = low + timedelta(days=rng.randint(0, max(0, (high - low).days)))
        left = None
        stayed = (end - joined).days
        if established and i >= MIN_FOUNDERS and stayed > 200 and rng.random() < 0.12:
            left = joined + timedelta(days=rng.randint(180, stayed - 1))
        shares = round(rng.triangular(1, 20, 2)) if established else 0
        out.append(Member(first_id + len(out), a, joined, left, shares))
    return out


def committee_terms(
    rng: random.Random,
    people: list[Member],
    founded: date,
    end: date,
    years: int,
    dissolved: bool,
) -> list[Term]:
    """The current term (the one running at `end`) and, for a group older than one term, the
    one before it; seats go to members who joined by the term's start and never left."""
    terms = 0
    while add_years(founded, (terms + 1) * years) <= end:
        terms += 1
    stays = [m for m in people if m.left is None]
    current = add_years(founded, terms * years)
    current_end = end if dissolved else add_years(current, years) - timedelta(days=1)
    out = [Term(current, current_end, _seats(rng, [m for m in stays if m.joined <= current]))]
    if terms:
        past = add_years(founded, (terms - 1) * years)
        seated = _seats(rng, [m for m in stays if m.joined <= past])
        out.append(Term(past, current - timedelta(days=1), seated))
    return out


def _seats(rng: random.Random, candidates: list[Member]) -> list[tuple[str, Member]]:
    count = min(len(candidates), len(_CORE_SEATS) + rng.randint(1, 3))
    people = rng.sample(candidates, count)
    positions = [*_CORE_SEATS, *["member"] * 3][:count]
    return list(zip(positions, people, strict=True))
