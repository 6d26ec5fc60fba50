"""Households, the people in them and their occupations, as rows ready for a bulk insert.

Rows come out in chunks (households first, then their people, then occupations) so a 200,000
person file never holds every row in memory and foreign keys are satisfied chunk by chunk.
Ids are assigned here, which lets people point at their household (and the household at its
head) without asking the database for generated keys.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import NamedTuple

from wangmuang_desk.services.demo.catalog import OCCUPATIONS, OccupationKind
from wangmuang_desk.services.demo.identity import IdentityMaker
from wangmuang_desk.services.demo.reference import ReferenceLabels
from wangmuang_desk.services.demo.thai_names import (
    FEMALE_CLASSIC,
    FEMALE_MODERN,
    MALE_CLASSIC,
    MALE_MODERN,
    build_surnames,
)
from wangmuang_desk.services.people import ELDER_AGE
from wangmuang_desk.services.search_text import person_search_text
from wangmuang_desk.thai.dates import age_on

ADULT_AGE = 18
CHILD_TITLE_AGE = 15  # Thai children are เด็กชาย / เด็กหญิง until 15.

# Household sizes of rural central Thailand average about 3.3 people.
_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
_SIZE_CUM = tuple(accumulate((12, 20, 24, 22, 13, 6, 2, 1)))
# Age bands of household heads; people living alone are older on average.
_HEAD_BANDS = ((20, 29), (30, 39), (40, 49), (50, 59), (60, 69), (70, 79), (80, 95))
_HEAD_CUM = tuple(accumulate((6, 15, 20, 22, 20, 12, 5)))
_ALONE_CUM = tuple(accumulate((10, 10, 10, 15, 25, 20, 10)))
# Share of people with a main occupation, by age: most teenagers study, few of the very old work.
_WORK_SHARE = ((15, 0.0), (20, 0.15), (23, 0.5), (60, 0.92), (70, 0.7), (80, 0.4), (200, 0.1))


class Adult(NamedTuple):
    """A grown-up who may join an occupational group (groups.py picks members from these)."""

    person_id: int
    household_id: int
    birth: date
    sex: str
    occupation: str  # main OccupationKind key, "" without one
    house_no: str
    phone: str


@dataclass
class Chunk:
    households: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    heads: list[dict] = field(default_factory=list)  # {"hid": household id, "pid": person id}
    occupations: list[dict] = field(default_factory=list)


@dataclass
class _Village:
    id: int
    moo: int
    surnames: list[str]
    next_house: int = 0
    bases: list[int] = field(default_factory=list)
    subs: dict[int, int] = field(default_factory=dict)


class PopulationMaker:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        villages: list[tuple[int, int]],  # (id, moo)
        labels: ReferenceLabels,
        first_household_id: int = 1,
        first_person_id: int = 1,
        first_occupation_id: int = 1,
    ) -> None:
        self.rng = rng
        self.today = today
        self.ids = IdentityMaker(rng)
        self.surnames = build_surnames()
        self.villages = [_Village(vid, moo, rng.sample(self.surnames, 40)) for vid, moo in villages]
        # Some villages are much larger than others.
        self._village_cum = tuple(accumulate(rng.uniform(0.6, 1.6) for _ in self.villages))
        self.titles = {
            t: labels.exact("title", t) for t in ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
        }
        self.categories = {
            k.key: labels.match("occupation_category", k.category) for k in OCCUPATIONS
        }
        self._main_cum = tuple(accumulate(k.weight_working_age for k in OCCUPATIONS))
        self._elder_cum = tuple(accumulate(k.weight_elder for k in OCCUPATIONS))
        self._second_cum = tuple(accumulate(k.weight_secondary for k in OCCUPATIONS))
        self.next_household = first_household_id
        self.next_person = first_person_id
        self.next_occupation = first_occupation_id
        # Gathered on the way for the sage, raw-material and group registries.
        self.sage_candidates: list[tuple[int, int, str]] = []  # (person id, age, main kind)
        self.owners: dict[int, list[str]] = {v.id: [] for v in self.villages}
        self.adults: dict[int, list[Adult]] = {v.id: [] for v in self.villages}
        self.households = self.people = self.occupations = 0
        self.with_citizen_id = self.elders = 0

    # --- the whole population, chunk by chunk ---------------------------------------------

    def chunks(self, people: int, chunk_size: int = 5_000) -> Iterator[Chunk]:
        chunk = Chunk()
        left = people
        while left > 0:
            size = min(left, self.rng.choices(_SIZES, cum_weights=_SIZE_CUM)[0])
            self._household(size, chunk)
            left -= size
            if len(chunk.people) >= chunk_size:
                yield chunk
                chunk = Chunk()
        if chunk.people:
            yield chunk

    def _household(self, size: int, chunk: Chunk) -> None:
        rng = self.rng
        village = (
            self.villages[0]
            if len(self.villages) == 1
            else rng.choices(self.villages, cum_weights=self._village_cum)[0]
        )
        hid = self.next_household
        self.next_household += 1
        house_no = self._house_no(village)
        chunk.households.append({"id": hid, "house_no": house_no, "village_id": village.id})
        self.households += 1

        family = rng.choice(village.surnames) if rng.random() < 0.55 else rng.choice(self.surnames)
        head_age = self._head_age(alone=size == 1)
        head_sex = "F" if rng.random() < (0.65 if size == 1 and head_age >= 70 else 0.38) else "M"
        members: list[tuple[str, int, str, str]] = [("head", head_age, head_sex, family)]
        if size >= 2 and rng.random() < (0.82 if head_age < 70 else 0.55):
            spouse_sex = "F" if head_sex == "M" else "M"
            gap = rng.randint(-8, 4) if head_sex == "M" else rng.randint(-3, 8)
            spouse_age = min(95, max(ADULT_AGE, head_age + gap))
            name = family if rng.random() < 0.8 else rng.choice(self.surnames)
            members.append(("spouse", spouse_age, spouse_sex, name))
        while len(members) < size:
            members.append(self._relative(head_age, family))

        head_id = None
        for role, age, sex, surname in members:
            pid = self._person(
                chunk,
                hid,
                village,
                house_no,
                role,
                age,
                sex,
                surname,
                has_spouse=len(members) > 1 and members[1][0] == "spouse",
            )
            if role == "head":
                head_id = pid
        chunk.heads.append({"hid": hid, "pid": head_id})

    def _relative(self, head_age: int, family: str) -> tuple[str, int, str, str]:
        rng = self.rng
        sex = "M" if rng.random() < 0.5 else "F"
        if head_age < 55 and rng.random() < 0.08:
            age = min(95, head_age + rng.randint(20, 35))
            return ("parent", age, sex, family if rng.random() < 0.5 else rng.choice(self.surnames))
        if head_age >= 50 and rng.random() < 0.45:
            age = rng.randint(0, min(25, head_age - 36))
            return (
                "grandchild",
                age,
                sex,
                family if rng.random() < 0.65 else rng.choice(self.surnames),
            )
        oldest = max(0, head_age - ADULT_AGE)
        age = min(oldest, max(0, head_age - rng.randint(20, 38)))
        return ("child", age, sex, family if rng.random() < 0.9 else rng.choice(self.surnames))

    def _person(
        self,
        chunk: Chunk,
        hid: int,
        village: _Village,
        house_no: str,
        role: str,
        age: int,
        sex: str,
        surname: str,
        has_spouse: bool,
    ) -> int:
        rng = self.rng
        # A random day inside the year of age, so birthdays spread over the calendar.
        birth = self.today - timedelta(days=int((age + rng.uniform(0.003, 0.997)) * 365.2425))
        age = age_on(birth, self.today)
        first = self._first_name(sex, birth.year)
        title = self._title(sex, age, role, has_spouse)
        citizen_id = self.ids.citizen_id(birth.year) if rng.random() < 0.85 else None
        phone = self.ids.phone() if age >= ADULT_AGE and rng.random() < 0.7 else ""
        elder = age >= ELDER_AGE
        pid = self.next_person
        self.next_person += 1
        chunk.people.append(
            {
                "id": pid,
                "title": title,
                "first_name": first,
                "last_name": surname,
                "citizen_id": citizen_id,
                "birth_date": birth,
                "sex": sex,
                "phone": phone,
                "house_no": house_no,
                "village_id": village.id,
                "household_id": hid,
                "is_elder": elder,
                "is_disabled": rng.random() < (0.06 if elder else 0.02),
                "is_disadvantaged": rng.random() < (0.08 if elder else 0.04),
                "search_text": person_search_text(title, first, surname, citizen_id, phone),
            }
        )
        self.people += 1
        self.elders += elder
        self.with_citizen_id += citizen_id is not None
        owners = self.owners[village.id]
        if age >= 25 and len(owners) < 30:
            owners.append(f"{title}{first} {surname}")
        main = self._occupations(chunk, pid, age)
        if age >= ADULT_AGE:
            self.adults[village.id].append(Adult(pid, hid, birth, sex, main, house_no, phone))
        if age >= 40:
            self.sage_candidates.append((pid, age, main))
        return pid

    # --- details ------------------------------------------------------------------------------

    def _head_age(self, alone: bool) -> int:
        cum = _ALONE_CUM if alone else _HEAD_CUM
        low, high = self.rng.choices(_HEAD_BANDS, cum_weights=cum)[0]
        return self.rng.randint(low, high)

    def _house_no(self, village: _Village) -> str:
        rng = self.rng
        # Plots get split and the new house takes the old number plus "/1", "/2", ...
        if village.bases and rng.random() < 0.18:
            base = rng.choice(village.bases)
            sub = village.subs.get(base, 0) + 1
            village.subs[base] = sub
            return f"{base}/{sub}"
        village.next_house += rng.choice((1, 1, 1, 1, 2, 3))
        village.bases.append(village.next_house)
        return str(village.next_house)

    def _first_name(self, sex: str, birth_year: int) -> str:
        # Long modern names took over from the 1990s.
        modern_share = (
            0.03
            if birth_year < 1975
            else 0.25
            if birth_year < 1990
            else 0.5
            if birth_year < 2000
            else 0.9
        )
        modern = self.rng.random() < modern_share
        if sex == "M":
            pool = MALE_MODERN if modern else MALE_CLASSIC
        else:
            pool = FEMALE_MODERN if modern else FEMALE_CLASSIC
        return self.rng.choice(pool)

    def _title(self, sex: str, age: int, role: str, has_spouse: bool) -> str:
        if age < CHILD_TITLE_AGE:
            return self.titles["เด็กชาย" if sex == "M" else "เด็กหญิง"]
        if sex == "M":
            return self.titles["นาย"]
        if role == "spouse" or (role == "head" and has_spouse):
            married = True
        else:
            married_share = 0.0 if age < 20 else 0.3 if age < 30 else 0.65 if age < 45 else 0.8
            married = self.rng.random() < married_share
        return self.titles["นาง" if married else "นางสาว"]

    def _occupations(self, chunk: Chunk, pid: int, age: int) -> str:
        rng = self.rng
        share = next(s for limit, s in _WORK_SHARE if age < limit)
        if rng.random() >= share:
            return ""
        cum = self._main_cum if age < ELDER_AGE else self._elder_cum
        main = rng.choices(OCCUPATIONS, cum_weights=cum)[0]
        description = rng.choice(main.descriptions)
        low, high = main.income
        self._add_occupation(chunk, pid, main, description, True, low, high, 1_000)
        if rng.random() < 0.30:
            second = rng.choices(OCCUPATIONS, cum_weights=self._second_cum)[0]
            other = [d for d in second.descriptions if d != description]
            if other:
                # A side job earns a fraction of what the same work pays full time.
                self._add_occupation(
                    chunk,
                    pid,
                    second,
                    rng.choice(other),
                    False,
                    5_000,
                    max(6_000, second.income[1] // 3),
                    500,
                )
        return main.key

    def _add_occupation(
        self,
        chunk: Chunk,
        pid: int,
        kind: OccupationKind,
        description: str,
        is_main: bool,
        low: int,
        high: int,
        step: int,
    ) -> None:
        income = self.rng.randint(low // step, high // step) * step
        chunk.occupations.append(
            {
                "id": self.next_occupation,
                "person_id": pid,
                "category": self.categories[kind.key],
                "description": description,
                "is_main": is_main,
                "yearly_income": Decimal(income),
            }
        )
        self.next_occupation += 1
        self.occupations += 1
