"""What comes with the demo groups: products, plan items, enterprise numbers, the working group."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from wangmuang_desk.services.demo.group_catalog import STANDARD_ORDER, GroupKind
from wangmuang_desk.services.demo.group_texts import plan_lead, plan_titles
from wangmuang_desk.services.demo.reference import ReferenceLabels

if TYPE_CHECKING:
    from wangmuang_desk.services.demo.groups import GroupTables

# Typed officer names, made up on purpose like the demo signatories.
DEMO_OFFICERS = ("นางสาวตัวอย่าง ข้อมูลสาธิต", "นายสาธิต ระบบทดลอง")
REPRESENTATIVES = 3
_STARS = (1, 2, 3, 4, 5)
_STAR_WEIGHTS = (5, 15, 40, 30, 10)


def enterprise_number(number: int) -> str:
    """The form (สวช.01), province 19, district 12, tambon 03 and a running number. The real
    numbering is unverified, like the village names: demo numbers only need to look the part."""
    return f"สวช.01 19-12-03-{number:04d}"


def _price(rng: random.Random, low: int, high: int) -> Decimal:
    value = rng.randint(low, high)
    step = 100 if value >= 5_000 else 50 if value >= 1_000 else 5 if value >= 50 else 1
    return Decimal(max(low, round(value / step) * step))


class ExtrasMaker:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        materials: dict[tuple[int, str], int],
        labels: ReferenceLabels,
        tables: GroupTables,
        next_ids: dict[str, int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.materials = materials
        self.labels = labels
        self.tables = tables
        self.next = next_ids
        self.enterprises: list[tuple[date, int]] = []  # (registered on, group id)
        self.registered: list[tuple[int, int]] = []  # (group id, its president's person id)

    def products(
        self, gid: int, kind: GroupKind, village_id: int, chain: list[str] | None
    ) -> list[str]:
        """1-3 products (0-1 while forming, none for savings groups); returns their names."""
        rng = self.rng
        if not kind.products:
            return []
        count = rng.randint(0, 1) if chain is None else rng.randint(1, min(3, len(kind.products)))
        otop = chain is not None and "otop" in chain
        certified = chain is not None and (otop or "enterprise" in chain)
        odds = 0.6 if certified else 0.3 if chain and "registered" in chain else 0.1
        picked = sorted(rng.sample(range(len(kind.products)), count))
        names = []
        for index in picked:
            kind_product = kind.products[index]
            pid = self.next["product"]
            self.next["product"] += 1
            stars = None
            if otop and kind_product.category and rng.random() < 0.75:
                stars = rng.choices(_STARS, weights=_STAR_WEIGHTS)[0]
            standards = [
                s for s in STANDARD_ORDER if s in kind_product.standards and rng.random() < odds
            ]
            category = kind_product.category
            self.tables.products.append(
                {
                    "id": pid,
                    "group_id": gid,
                    "name": kind_product.name,
                    "otop_category": self.labels.match("otop_category", category)
                    if category
                    else "",
                    "otop_stars": stars,
                    "standards": ", ".join(standards),
                    "price": _price(rng, *kind_product.price),
                    "unit": self.labels.exact("unit", kind_product.unit),
                    "note": "",
                }
            )
            for material in kind_product.materials:
                material_id = self.materials.get((village_id, material))
                if material_id is not None:
                    self.tables.product_materials.append(
                        {"product_id": pid, "raw_material_id": material_id}
                    )
            names.append(kind_product.name)
        return names

    def plan_items(self, gid: int, kind: GroupKind, status: str, end: date) -> None:
        """1-4 items; some past their end date and still open (overdue), as in real plans."""
        rng, today = self.rng, self.today
        for title in plan_titles(rng, kind, rng.randint(1, 4)):
            if status == "forming":
                due, state = today + timedelta(days=rng.randint(30, 365)), "planned"
            elif status in ("inactive", "dissolved"):
                due = min(today, end + timedelta(days=rng.randint(-400, 120)))
                state = rng.choices(("done", "dropped", "planned"), weights=(5, 3, 2))[0]
            else:
                due = today + timedelta(days=rng.randint(-300, 420))
                if due < today:
                    state = rng.choices(
                        ("done", "in_progress", "planned", "dropped"), weights=(55, 20, 15, 10)
                    )[0]
                else:
                    state = rng.choice(("planned", "in_progress"))
            self.tables.plan_items.append(
                {
                    "group_id": gid,
                    "title": title,
                    "lead": plan_lead(rng),
                    "end_date": due,
                    "status": state,
                    "note": "",
                }
            )

    def enterprise_numbers(self) -> list[dict]:
        """Running numbers in the order the groups registered."""
        number = self.rng.randint(20, 80)
        out = []
        for on, gid in sorted(self.enterprises):
            out.append({"gid": gid, "reg_no": enterprise_number(number), "on": on})
            number += self.rng.randint(1, 6)
        return out

    def working_group(self) -> None:
        """2 officers (typed names) and 3 presidents of registered groups, for the two fiscal
        years starting with the current one."""
        today = self.today
        start = date(today.year if today.month >= 10 else today.year - 1, 10, 1)
        end = date(start.year + 2, 9, 30)
        seats = [
            {"person_id": None, "name": name, "role": "officer", "group_id": None}
            for name in DEMO_OFFICERS
        ]
        chosen = self.rng.sample(self.registered, min(REPRESENTATIVES, len(self.registered)))
        seats += [
            {"person_id": pid, "name": "", "role": "representative", "group_id": gid}
            for gid, pid in sorted(chosen)
        ]
        for seat in seats:
            seat.update(term_start=start, term_end=end)
        self.tables.working_group.extend(seats)
