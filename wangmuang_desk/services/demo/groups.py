"""Occupational groups of the demo tambon, as rows ready for a bulk insert.

About one group per 100 people, and never fewer than 20 once the file has 500 people (one
per 25 people below that), so even a small training file shows a full group list. Each
group follows the registry's rules as the program would have recorded them: a status history
in the allowed order, members who were adults when they joined and joined no earlier than
the founding, a committee of current members with exactly one president per term, a ledger
that never goes negative (ledger.py), and community enterprises whose current members come
from at least 7 different households. Ids are assigned here, so rows can point at each other
without asking the database for generated keys.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from wangmuang_desk.services.demo.group_catalog import (
    KINDS,
    TYPE_WEIGHTS,
    WOMEN_ONLY_WORDS,
    ZONES,
    GroupKind,
)
from wangmuang_desk.services.demo.group_extras import ExtrasMaker
from wangmuang_desk.services.demo.group_texts import know_ourselves, objectives, origin, regulations
from wangmuang_desk.services.demo.ledger import LedgerMember, LedgerPlan, ledger_rows
from wangmuang_desk.services.demo.membership import (
    MIN_FOUNDERS,
    DemoVillage,
    Member,
    MemberPicker,
    Term,
    committee_terms,
    eighteen,
    members,
)
from wangmuang_desk.services.demo.population import Adult
from wangmuang_desk.services.demo.reference import ReferenceLabels
from wangmuang_desk.services.group_rows import REGISTERED_STATUSES as REGISTERED

PEOPLE_PER_GROUP = 100
MIN_GROUPS = 20
SMALL_FILE_PEOPLE_PER_GROUP = 25

# Share of each status among the groups: most are established or registered.
STATUS_WEIGHTS = {
    "forming": 4,
    "established": 22,
    "registered": 34,
    "enterprise": 16,
    "otop": 10,
    "inactive": 9,
    "dissolved": 5,
}
_CHANGE_NOTES = {
    "established": "ประชุมจัดตั้งกลุ่มและเลือกคณะกรรมการชุดแรก",
    "registered": "ขึ้นทะเบียนกลุ่มอาชีพกับ อบต.วังม่วง",
    "enterprise": "จดทะเบียนวิสาหกิจชุมชนกับสำนักงานเกษตรอำเภอวังม่วง",
    "otop": "ลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP กับสำนักงานพัฒนาชุมชนอำเภอวังม่วง",
    "inactive": "ไม่มีการประชุมและการผลิตเกิน 1 ปี",
    "dissolved": "ที่ประชุมใหญ่มีมติเลิกกลุ่ม",
}


def group_count(people: int) -> int:
    """One group per 100 people; at least 20 from 500 people on (one per 25 below)."""
    return max(min(MIN_GROUPS, people // SMALL_FILE_PEOPLE_PER_GROUP), people // PEOPLE_PER_GROUP)


@dataclass
class GroupTables:
    groups: list[dict] = field(default_factory=list)
    status_changes: list[dict] = field(default_factory=list)
    members: list[dict] = field(default_factory=list)
    committee: list[dict] = field(default_factory=list)
    ledger: list[dict] = field(default_factory=list)
    products: list[dict] = field(default_factory=list)
    product_materials: list[dict] = field(default_factory=list)
    plan_items: list[dict] = field(default_factory=list)
    working_group: list[dict] = field(default_factory=list)


def deck(rng: random.Random, weights: dict[str, int], n: int) -> list[str]:
    """`n` codes in proportion to `weights`, each at least once when n allows, shuffled: a
    small file still shows every type and status."""
    keys = list(weights)
    counts = dict.fromkeys(keys, 1 if n >= len(keys) else 0)
    rest = n - sum(counts.values())
    exact = {k: rest * w / sum(weights.values()) for k, w in weights.items()}
    for k in keys:
        counts[k] += int(exact[k])
    by_remainder = sorted(keys, key=lambda k: exact[k] - int(exact[k]), reverse=True)
    for k in by_remainder[: n - sum(counts.values())]:
        counts[k] += 1
    out = [k for k in keys for _ in range(counts[k])]
    rng.shuffle(out)
    return out


class GroupMaker:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        villages: list[DemoVillage],
        adults: dict[int, list[Adult]],
        materials: dict[tuple[int, str], int],  # (village id, name) -> raw_material id
        labels: ReferenceLabels,
        first_ids: dict[str, int],  # "group", "member", "ledger", "product"
    ) -> None:
        self.rng = rng
        self.today = today
        self.villages = [v for v in villages if adults.get(v.id)]
        self.adults = adults
        self.picker = MemberPicker(rng, today, self.villages, adults)
        self.tables = GroupTables()
        self.next = dict(first_ids)
        self.extras = ExtrasMaker(rng, today, materials, labels, self.tables, self.next)
        self._materials = materials
        self._names: set[tuple[int, str]] = set()
        self._village_weights: dict[GroupKind, list[float]] = {}

    def batches(self, count: int, per_batch: int = 100) -> Iterator[GroupTables]:
        """The groups `per_batch` at a time, each batch complete (its members, ledger, ...)
        so it can be written on its own; the working group comes with the last batch."""
        if not self.villages:
            return
        rng = self.rng
        types = deck(rng, TYPE_WEIGHTS, count)
        statuses = deck(rng, STATUS_WEIGHTS, count)
        for i, (group_type, status) in enumerate(zip(types, statuses, strict=True)):
            kind = rng.choice([k for k in KINDS if k.group_type == group_type])
            self._group(kind, status)
            if (i + 1) % per_batch == 0 and i + 1 < count:
                yield self._fresh_tables()
        self.extras.working_group()
        yield self._fresh_tables()

    def enterprise_numbers(self) -> list[dict]:
        """{"gid", "reg_no", "on"} for every group that registered as a community
        enterprise, numbered in the order they registered (known only once all are made)."""
        return self.extras.enterprise_numbers()

    def _fresh_tables(self) -> GroupTables:
        done = self.tables
        self.tables = self.extras.tables = GroupTables()
        return done

    # --- one group ---------------------------------------------------------------------------
    def _group(self, kind: GroupKind, status: str) -> None:
        rng, today = self.rng, self.today
        village = self._village(kind)
        chain = self._chain(status)
        founded = None
        if chain is not None:
            least = 45 + 240 * len(chain)
            founded = today - timedelta(days=rng.randint(least, max(least, 15 * 365)))
        if chain is None:
            size = rng.randint(4, 9)  # still gathering members
        else:
            high = min(40, max(MIN_FOUNDERS, len(self.adults[village.id]) // 3))
            size = round(rng.triangular(MIN_FOUNDERS, high, min(high, 14)))
        start = founded or today - timedelta(days=rng.randint(20, 200))
        enterprise = chain is not None and "enterprise" in chain
        name = self.name_for(kind, village)
        women_only = any(word in name for word in WOMEN_ONLY_WORDS)
        chosen = self.picker.pick(kind, village, size, start, enterprise, women_only)
        founders = sum(1 for a in chosen if eighteen(a.birth) <= start)
        if chain is not None and founders < MIN_FOUNDERS:
            chain, founded = None, None  # too few grown-ups here to establish it: still forming
            start = today - timedelta(days=rng.randint(20, 200))
            founders = sum(1 for a in chosen if eighteen(a.birth) <= start)
        if not founders:
            return
        if chain is not None:
            share = round(len(chosen) * rng.uniform(0.5, 0.9))
            founders = min(founders, max(MIN_FOUNDERS, share))
        changes = self._changes(chain, founded)
        end = changes[-1][1] if changes and changes[-1][0] in ("inactive", "dissolved") else today
        gid = self._take("group")
        people = members(rng, chosen, founders, start, end, chain is not None, self.next["member"])
        self.next["member"] += len(people)
        term_years = rng.choice((2, 2, 2, 3, 4))
        terms = []
        if founded is not None:
            dissolved = status == "dissolved"
            terms = committee_terms(rng, people, founded, end, term_years, dissolved)
        self._write_group(gid, name, kind, village, chain, changes, people, terms, end, term_years)

    def _chain(self, status: str) -> list[str] | None:
        """The statuses after "established", in order; None for a group still forming."""
        rng = self.rng
        if status == "forming":
            return None
        if status == "established":
            return []
        if status in ("registered", "enterprise"):
            return ["registered"] + ([status] if status == "enterprise" else [])
        if status == "otop":
            via_enterprise = rng.random() < 0.4
            return ["registered", *(["enterprise"] if via_enterprise else []), "otop"]
        reached = rng.choice(([], ["registered"], ["registered"], ["registered", "enterprise"]))
        if status == "inactive":
            return [*reached, "inactive"]
        return [*reached[:1], *(["inactive"] if rng.random() < 0.5 else []), "dissolved"]

    def _changes(self, chain: list[str] | None, founded: date | None) -> list[tuple[str, date]]:
        if chain is None or founded is None:
            return []
        span = (self.today - founded).days - 7
        offsets = sorted(self.rng.sample(range(60, span), len(chain)))
        return [("established", founded)] + [
            (status, founded + timedelta(days=days))
            for status, days in zip(chain, offsets, strict=True)
        ]

    def _village(self, kind: GroupKind) -> DemoVillage:
        """Bigger villages have more groups; a kind goes where its raw materials grow."""
        weights = self._village_weights.get(kind)
        if weights is None:
            wanted = {m for p in kind.products for m in p.materials}
            weights = [
                len(self.adults[v.id])
                * (3 if any((v.id, m) in self._materials for m in wanted) else 1)
                for v in self.villages
            ]
            self._village_weights[kind] = weights
        return self.rng.choices(self.villages, weights=weights)[0]

    def name_for(self, kind: GroupKind, village: DemoVillage) -> str:
        """The kind's name with the village's; a second one in the village adds its part."""
        base = self.rng.choice(kind.prefixes) + village.name
        options = [base, *(f"{base} {zone}" for zone in self.rng.sample(ZONES, len(ZONES)))]
        name = next((o for o in options if (village.id, o) not in self._names), None)
        number = 2
        while name is None or (village.id, name) in self._names:
            name = f"{base} กลุ่มที่ {number}"
            number += 1
        self._names.add((village.id, name))
        return name

    # --- the rows ----------------------------------------------------------------------------
    def _write_group(
        self,
        gid: int,
        name: str,
        kind: GroupKind,
        village: DemoVillage,
        chain: list[str] | None,
        changes: list[tuple[str, date]],
        people: list[Member],
        terms: list[Term],
        end: date,
        term_years: int,
    ) -> None:
        rng, t = self.rng, self.tables
        status = changes[-1][0] if changes else "forming"
        founded = changes[0][1] if changes else None
        seats = terms[0].seats if terms else []
        leader = seats[0][1].adult if seats else people[0].adult
        phones = [m.adult.phone for _p, m in seats if m.adult.phone] or [leader.phone]
        share_value = 100 if kind.group_type == "savings" and rng.random() < 0.7 else 50
        if kind.group_type != "savings" and rng.random() < 0.5:
            share_value = 100
        savings = "monthly" if kind.group_type == "savings" else ""
        if not savings and rng.random() < 0.45:
            savings = rng.choice(("monthly", "quarterly", "quarterly"))
        least = rng.choice((50, 100)) if savings == "monthly" else rng.choice((100, 200, 300))
        strengths, weaknesses, problems = know_ourselves(rng)
        address = (
            f"ศาลาอเนกประสงค์หมู่ที่ {village.moo}"
            if rng.random() < 0.4
            else f"บ้านเลขที่ {leader.house_no} หมู่ที่ {village.moo}"
        )
        t.groups.append(
            {
                "id": gid,
                "name": name,
                "group_type": kind.group_type,
                "village_id": village.id,
                "address": address,
                "founded_on": founded,
                "contact_person_id": leader.person_id,
                "phone": phones[0],
                "objectives": objectives(rng, kind, village.name),
                "regulations": regulations(
                    rng, share_value, savings, least, term_years, village.moo
                ),
                "status": status,
                "share_value": Decimal(share_value),
                "enterprise_reg_no": "",  # numbered once all groups are made
                "enterprise_reg_on": None,
                "origin": origin(rng, kind, village.name, founded or self.today),
                "strengths": strengths,
                "weaknesses": weaknesses,
                "problems_needs": problems,
                "note": "",
            }
        )
        enterprise_on = next((on for s, on in changes if s == "enterprise"), None)
        if enterprise_on is not None:
            self.extras.enterprises.append((enterprise_on, gid))
        if status in REGISTERED:
            self.extras.registered.append((gid, leader.person_id))
        t.status_changes.extend(
            {"group_id": gid, "status": s, "changed_on": on, "note": _CHANGE_NOTES[s]}
            for s, on in changes
        )
        t.members.extend(
            {
                "id": m.id,
                "group_id": gid,
                "person_id": m.adult.person_id,
                "joined_on": m.joined,
                "left_on": m.left,
                "shares": m.shares,
            }
            for m in people
        )
        t.committee.extend(
            {
                "group_id": gid,
                "person_id": m.adult.person_id,
                "position": position,
                "term_start": term.start,
                "term_end": term.end,
            }
            for term in terms
            for position, m in term.seats
        )
        product_names = self.extras.products(gid, kind, village.id, chain)
        self.extras.plan_items(gid, kind, status, end)
        if founded is not None:
            self._ledger(
                gid, kind, founded, end, status, share_value, savings, least, people, product_names
            )

    def _ledger(
        self,
        gid: int,
        kind: GroupKind,
        founded: date,
        end: date,
        status: str,
        share_value: int,
        savings: str,
        least: int,
        people: list[Member],
        product_names: list[str],
    ) -> None:
        rng = self.rng
        ledger_members = []
        for m in people:
            saves = savings and (kind.group_type == "savings" or rng.random() >= 0.1)
            deposit = least * rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 10)) if saves else 0
            ledger_members.append(LedgerMember(m.id, m.joined, m.left, m.shares, deposit))
        plan = LedgerPlan(
            group_id=gid,
            kind=kind,
            founded=founded,
            end=end,
            share_value=share_value,
            savings=savings,
            meeting_day=rng.choice((1, 5, 5, 10, 10, 15, 15, 20, 25, 28)),
            dissolved=status == "dissolved",
            members=ledger_members,
            product_names=product_names,
        )
        rows = ledger_rows(rng, plan, self.next["ledger"])
        self.next["ledger"] += len(rows)
        self.tables.ledger.extend(rows)

    def _take(self, key: str) -> int:
        value = self.next[key]
        self.next[key] = value + 1
        return value
