"""Raw-material and local-sage rows for the demo database."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from wangmuang_desk.services.demo.catalog import MATERIALS, SAGE_AWARDS, WISDOM, WisdomBranch
from wangmuang_desk.services.demo.reference import ReferenceLabels
from wangmuang_desk.thai.dates import BE_OFFSET

PEOPLE_PER_SAGE = 250
MIN_SAGES = 10

# A sage's wisdom usually grows out of their own work.
_BRANCH_OF_OCCUPATION = {
    "rice": 0,
    "field_crop": 0,
    "orchard": 0,
    "livestock": 0,
    "fishery": 0,
    "handicraft": 1,
    "processing": 1,
}
# Farming and handicraft wisdom are the most common in the registries of rural tambons.
_BRANCH_WEIGHTS = (30, 30, 10, 5, 5, 3, 7, 4, 3, 4)


def _round_quantity(value: int) -> int:
    """Estimates as staff write them: 3,400 kg, not 3,417."""
    if value >= 10_000:
        return round(value, -3)
    if value >= 1_000:
        return round(value, -2)
    if value >= 100:
        return round(value, -1)
    return value


def material_rows(
    rng: random.Random,
    villages: list[tuple[int, int]],
    owners: dict[int, list[str]],
    labels: ReferenceLabels,
) -> list[dict]:
    rows: list[dict] = []
    if not villages:
        return rows
    for kind in MATERIALS:
        category = labels.match("material_category", kind.category)
        unit = labels.exact("unit", kind.unit)
        for village_id, moo in rng.sample(villages, min(kind.villages, len(villages))):
            names = owners.get(village_id) or [f"ชาวบ้านหมู่ที่ {moo}"]
            source = rng.choice(kind.sources).format(owner=rng.choice(names), moo=moo)
            rows.append(
                {
                    "name": kind.name,
                    "category": category,
                    "village_id": village_id,
                    "quantity": Decimal(_round_quantity(rng.randint(*kind.quantity))),
                    "unit": unit,
                    "season": kind.season,
                    "source_owner": source,
                }
            )
    return rows


def sage_count(people: int) -> int:
    return max(MIN_SAGES, people // PEOPLE_PER_SAGE)


def sage_rows(
    rng: random.Random,
    candidates: list[tuple[int, int, str]],  # (person id, age, main occupation kind)
    people: int,
    labels: ReferenceLabels,
    today: date,
) -> list[dict]:
    """About one sage per 250 people, chosen among people aged 40 and over, mostly older."""
    wanted = min(sage_count(people), len(candidates))
    older = [c for c in candidates if c[1] >= 50]
    younger = [c for c in candidates if c[1] < 50]
    from_older = min(len(older), max(wanted - len(younger), round(wanted * 0.8)))
    chosen = rng.sample(older, from_older) + rng.sample(younger, wanted - from_older)
    chosen.sort()
    year_be = today.year + BE_OFFSET
    rows = []
    for person_id, _age, main in chosen:
        branch = _branch(rng, main)
        awards = []
        if rng.random() < 0.35:
            for template in rng.sample(SAGE_AWARDS, rng.randint(1, 2)):
                awards.append(template.format(year=year_be - rng.randint(1, 8)))
        rows.append(
            {
                "person_id": person_id,
                "branch": labels.match("wisdom_branch", branch.hint),
                "expertise": rng.choice(branch.expertise),
                "can_teach": rng.random() < 0.85,
                "works_awards": "\n".join(awards),
            }
        )
    return rows


def _branch(rng: random.Random, main_occupation: str) -> WisdomBranch:
    index = _BRANCH_OF_OCCUPATION.get(main_occupation)
    if index is not None and rng.random() < 0.6:
        return WISDOM[index]
    return rng.choices(WISDOM, weights=_BRANCH_WEIGHTS)[0]
