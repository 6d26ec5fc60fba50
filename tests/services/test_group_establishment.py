"""Founding a group in one transaction, and the data of the group register."""

from datetime import date
from decimal import Decimal

import pytest

from wangmuang_desk.services import group_products
from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.group_documents import group_register_data
from wangmuang_desk.services.group_establishment import (
    establish_group,
    establishment_from_dict,
    establishment_to_dict,
    validate_establishment,
)
from wangmuang_desk.services.group_rows import (
    ESTABLISHMENT_DRAFT_KIND,
    CommitteeSeat,
    EstablishmentInput,
    FoundingMember,
    GroupInput,
    PlanItemInput,
    ProductInput,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import HouseholdInput, OfficeData, PersonInput, SignatoryData

TODAY = date(2024, 6, 1)
FOUNDED = date(2024, 5, 15)


@pytest.fixture
def people(services, villages):
    """Eight people in eight households of หมู่ 2 (house 1/1 ... 8/1)."""
    ids = []
    for i in range(8):
        pid = services.people.add(PersonInput(first_name=f"สมาชิก{i}", last_name="ทดสอบ",
                                               title="นาง", phone=f"08123456{i:02d}"))
        services.households.add(HouseholdInput(house_no=f"{i + 1}/1", village_id=villages[2].id,
                                               member_ids=[pid]))
        ids.append(pid)
    return ids


def founding(people, villages, **changes) -> EstablishmentInput:
    data = EstablishmentInput(
        basic=GroupInput(name="กลุ่มแม่บ้านแปรรูปกล้วย", group_type="processing",
                         village_id=villages[2].id, founded_on=FOUNDED,
                         objectives="เพิ่มรายได้", regulations="ออมทุกเดือน",
                         share_value=Decimal("100"), origin="ประชาคมหมู่ 2"),
        members=[FoundingMember(p, shares=2, savings=Decimal("50")) for p in people[:7]],
        committee=[CommitteeSeat(people[0], "president"), CommitteeSeat(people[1], "treasurer")],
        working_capital=Decimal("5000"), working_capital_note="เงินทุนตั้งต้น",
        products=[ProductInput(None, "กล้วยกวน", otop_stars=3, price=Decimal("60"))],
        plan_items=[PlanItemInput(None, "ขอ มผช.", end_date=date(2024, 12, 31))],
        aims_enterprise=True,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_establish_writes_everything(services, villages, people, db):
    draft = services.drafts.save(ESTABLISHMENT_DRAFT_KIND, "กลุ่ม", {"page": 7})
    gid = establish_group(db, founding(people, villages, draft_id=draft), TODAY)
    detail = services.groups.get(gid)
    assert detail.row.status == "established" and detail.row.member_count == 7
    assert [(h.status, h.changed_on) for h in detail.history] == [("established", FOUNDED)]
    assert detail.data.contact_person_id == people[0]  # the president, no leaders given
    members = services.group_members.members(gid)
    assert {m.shares for m in members} == {2} and {m.joined_on for m in members} == {FOUNDED}
    summary = services.group_ledger.balances(gid)
    assert (summary.total_savings, summary.share_capital, summary.income, summary.cash) == (
        Decimal("350"), Decimal("1400"), Decimal("5000"), Decimal("6750"))
    committee = services.group_members.committee(gid)
    assert committee.current.term_start == FOUNDED and len(committee.current.seats) == 2
    assert [p.name for p in services.group_products.products(gid)] == ["กล้วยกวน"]
    assert [i.title for i in services.group_products.plan_items(gid)] == ["ขอ มผช."]
    assert services.drafts.active(ESTABLISHMENT_DRAFT_KIND) is None


def test_problems_name_their_wizard_page(services, villages, people, db):
    data = founding(people, villages)
    data.basic.name = ""
    data.basic.share_value = None
    data.members = [FoundingMember(p, shares=1) for p in people[:6]] + [
        FoundingMember(people[0])]
    data.committee = [CommitteeSeat(people[7], "president")]
    data.products = [ProductInput(None, "ดี"), ProductInput(None, "", otop_stars=9)]
    data.plan_items = [PlanItemInput(None, "")]
    problems = validate_establishment(db, data, TODAY)
    fields = {p.field for p in problems}
    assert fields == {"basic.name", "members", "committee", "capital.share_value",
                      "products.name", "products.otop_stars", "plan.title"}
    assert {p.params.get("row") for p in problems if p.field.startswith("products")} == {2}
    only = validate_establishment(db, data, TODAY, pages={"members"})
    assert {p.field for p in only} == {"members"}
    texts = " ".join(p.english() for p in only)
    assert "twice" in texts and "at least 7 members" in texts
    with pytest.raises(ValidationError):
        establish_group(db, data, TODAY)
    assert services.groups.count(ListQuery()) == 0


def test_enterprise_households_rule_in_the_wizard(services, villages, people, db):
    # Two founders share a house: seven members from six households.
    house = services.households.find("1/1", villages[2].id)
    services.households.update(house.id, HouseholdInput(
        house_no="1/1", village_id=villages[2].id, member_ids=[people[0], people[6]]))
    data = founding(people, villages)
    assert [p.params["count"] for p in validate_establishment(db, data, TODAY)] == [6]
    data.aims_enterprise = False
    assert validate_establishment(db, data, TODAY) == []
    # A group still forming may have fewer members and no committee yet.
    forming = founding(people, villages, status="forming", committee=[],
                       members=[FoundingMember(people[0])])
    gid = establish_group(db, forming, TODAY)
    assert services.groups.get(gid).row.status == "forming"
    assert services.groups.get(gid).history == []


def test_invalid_product_leaves_nothing(services, villages, people, db):
    data = founding(people, villages)
    data.products.append(ProductInput(None, "ข้าวเกรียบ", price=Decimal("-5")))
    with pytest.raises(ValidationError) as err:
        establish_group(db, data, TODAY)
    assert [p.field for p in err.value.problems] == ["products.price"]
    assert services.groups.count(ListQuery()) == 0


def test_failure_while_writing_rolls_everything_back(services, villages, people, db,
                                                     monkeypatch):
    from wangmuang_desk.db.models import GroupMember, LedgerEntry, OccupationalGroup

    def broken(*_args):
        raise RuntimeError("disk full")

    # The group, members and ledger are flushed before the products are written.
    monkeypatch.setattr(group_products, "write_product", broken)
    with pytest.raises(RuntimeError):
        establish_group(db, founding(people, villages), TODAY)
    with db.session() as s:
        assert [s.query(m).count() for m in (OccupationalGroup, GroupMember, LedgerEntry)] == [
            0, 0, 0]


def test_draft_round_trip(services, villages, people):
    data = founding(people, villages)
    services.drafts.save(ESTABLISHMENT_DRAFT_KIND, data.basic.name, establishment_to_dict(data))
    resumed = establishment_from_dict(services.drafts.active(ESTABLISHMENT_DRAFT_KIND).data)
    assert resumed == data
    assert establishment_from_dict({"members": [{"person_id": 1, "future": 1}]}).members == [
        FoundingMember(1)]


def test_group_register_data(services, villages, people, db):
    profile = services.office.profile()
    profile.name = "องค์การบริหารส่วนตำบลวังม่วง"
    profile.emblem = b"\x89PNG fake"
    profile.signatories = [SignatoryData("นายทดสอบ ระบบ", "นายก", False),
                           SignatoryData("นางสาวลงนาม แทน", "ปลัด", True)]
    services.office.save_profile(profile)
    gid = establish_group(db, founding(people, villages), TODAY)
    late = services.group_members.add_member(gid, people[7], date(2024, 5, 20), 1)
    leaver = next(m for m in services.group_members.members(gid) if m.person_id == people[6])
    services.group_members.leave(leaver.id, date(2024, 5, 31))
    services.groups.set_status(gid, "registered", TODAY)
    services.group_members.start_committee_term(gid, [
        CommitteeSeat(people[2], "secretary"), CommitteeSeat(people[1], "president")], TODAY)

    data = group_register_data(db, gid)
    assert isinstance(data.office, OfficeData) and data.office.emblem == b"\x89PNG fake"
    assert data.signatory.name == "นางสาวลงนาม แทน"
    assert data.name == "กลุ่มแม่บ้านแปรรูปกล้วย" and data.moo == 2
    assert (data.established_on, data.registered_on) == (FOUNDED, TODAY)
    assert [(p.position, p.person_id) for p in data.committee] == [
        ("president", people[1]), ("secretary", people[2])]
    assert [p.person_id for p in data.founding.first_committee] == [people[0], people[1]]
    # Members now: the founders but the one who left, then the latecomer.
    assert len(data.members) == 7 and data.members[-1].shares == 1
    assert data.members[0].full_name == "นางสมาชิก0 ทดสอบ"
    assert (data.members[0].house_no, data.members[0].moo) == ("1/1", 2)
    assert data.members[0].phone == "0812345600"
    # Founding meeting: the seven on the founding date (the latecomer not yet).
    assert len(data.founding.members) == 7
    assert late not in [p.person_id for p in data.founding.members]
    assert data.founding.share_value == Decimal("100") and data.founding.origin == "ประชาคมหมู่ 2"
    assert [p.name for p in data.products] == ["กล้วยกวน"]
