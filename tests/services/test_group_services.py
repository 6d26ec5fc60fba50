"""The group registry's services: list, status, members, committee, ledger, products, plan,
history, working group and drafts (no Qt)."""

from datetime import date
from decimal import Decimal

import pytest

from wangmuang_desk.services.errors import InUseError, NotFoundError, ValidationError
from wangmuang_desk.services.group_ledger import NegativeBalanceWarning
from wangmuang_desk.services.group_rows import (
    CommitteeSeat,
    GroupInput,
    LedgerInput,
    PlanItemInput,
    ProductInput,
    WorkingGroupInput,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import HouseholdInput, PersonInput, RawMaterialInput

D = date(2024, 1, 10)


def make_people(services, village, count: int, households: int | None) -> list[int]:
    """`count` people spread over `households` houses (None: nobody has a household)."""
    ids = [services.people.add(PersonInput(first_name=f"คน{i}", last_name="ทดสอบ"))
           for i in range(count)]
    for h in range(households or 0):
        services.households.add(HouseholdInput(
            house_no=f"{h + 1}/1", village_id=village.id, member_ids=ids[h::households]))
    return ids


def make_group(services, village, members: int = 7, households: int | None = 7,
               name: str = "กลุ่มไม้กวาดดอกหญ้า") -> tuple[int, list[int], list[int]]:
    """A group with members: (group id, person ids, member ids)."""
    gid = services.groups.save(None, GroupInput(name=name, group_type="handicraft",
                                                village_id=village.id))
    people = make_people(services, village, members, households)
    member_ids = [services.group_members.add_member(gid, p, D) for p in people]
    return gid, people, member_ids


def test_group_list_search_filters_and_sorts(services, villages):
    a, _, _ = make_group(services, villages[1], members=3)
    b = services.groups.save(None, GroupInput(name="กลุ่มเลี้ยงปลา", group_type="fishery",
                                              village_id=villages[2].id, phone="081-234-5678"))
    assert services.groups.count(ListQuery()) == 2
    assert [r.id for r in services.groups.fetch(ListQuery(search="ไม้กวาด"), 0, 10)] == [a]
    q = ListQuery(filters=(("group_type", "fishery"),))
    assert [r.id for r in services.groups.fetch(q, 0, 10)] == [b]
    q = ListQuery(filters=(("village_id", villages[1].id), ("status", "forming")))
    assert [r.id for r in services.groups.fetch(q, 0, 10)] == [a]
    by_members = services.groups.fetch(ListQuery(sort_key="members", descending=True), 0, 10)
    assert [(r.id, r.member_count) for r in by_members] == [(a, 3), (b, 0)]
    assert [r.moo for r in services.groups.fetch(ListQuery(sort_key="moo"), 0, 10)] == [1, 2]
    detail = services.groups.get(b)
    assert detail.data.phone == "0812345678" and detail.row.status == "forming"
    assert detail.next_statuses == ("established", "inactive", "dissolved")
    with pytest.raises(ValidationError) as err:
        services.groups.save(None, GroupInput(name="กลุ่มเลี้ยงปลา", village_id=villages[2].id,
                                              group_type="x", share_value=Decimal(-1)))
    assert {p.field for p in err.value.problems} == {"name", "group_type", "share_value"}
    services.groups.move_to_bin(b)
    assert services.groups.count(ListQuery()) == 1
    assert [i.kind for i in services.recycle_bin.items()] == ["group"]
    services.recycle_bin.purge("group", b)
    assert services.recycle_bin.items() == []


def test_status_changes_and_history(services, villages):
    gid, _, members = make_group(services, villages[1], members=7, households=6)
    with pytest.raises(ValidationError) as err:
        services.groups.set_status(gid, "registered", D)
    assert err.value.problems[0].field == "status"
    services.groups.set_status(gid, "established", D, "ประชุมก่อตั้ง")
    services.groups.set_status(gid, "registered", date(2024, 2, 1))
    with pytest.raises(ValidationError) as err:
        services.groups.set_status(gid, "enterprise", date(2024, 1, 5))
    fields = {p.field for p in err.value.problems}
    # Too early, six households, and no registration number or date.
    assert fields == {"on", "members", "enterprise_reg_no", "enterprise_reg_on"}
    # One member moves to a seventh house: the rule is met.
    person = services.group_members.members(gid)[0].person_id
    services.households.add(HouseholdInput(house_no="99", village_id=villages[1].id,
                                           member_ids=[person]))
    services.groups.set_status(gid, "enterprise", date(2024, 3, 1), "",
                               "สวช.01-1234", date(2024, 2, 20))
    detail = services.groups.get(gid)
    assert detail.row.status == "enterprise" and detail.enterprise_reg_no == "สวช.01-1234"
    assert [h.status for h in detail.history] == ["established", "registered", "enterprise"]
    assert detail.data.founded_on == D  # set when it was established
    services.groups.set_status(gid, "inactive", date(2024, 4, 1))
    assert services.groups.get(gid).next_statuses == (
        "forming", "established", "registered", "enterprise", "dissolved")


def test_established_needs_the_minimum(services, villages):
    gid, _, members = make_group(services, villages[1], members=6)
    with pytest.raises(ValidationError) as err:
        services.groups.set_status(gid, "established", D)
    assert err.value.problems[0].params == {"minimum": 7, "count": 6}
    services.groups.set_min_members(5)
    services.groups.set_status(gid, "established", D)
    assert services.groups.get(gid).row.status == "established"


def test_members_join_leave_and_refusals(services, villages):
    gid, people, members = make_group(services, villages[2], members=2, households=1)
    rows = services.group_members.members(gid)
    assert [r.household_label for r in rows] == ["1/1 หมู่ 2"] * 2
    with pytest.raises(ValidationError) as err:
        services.group_members.add_member(gid, people[0], D)
    assert "already a member" in err.value.problems[0].english()
    gone = services.people.add(PersonInput(first_name="ลาออก"))
    services.people.move_to_bin(gone)
    with pytest.raises(ValidationError) as err:
        services.group_members.add_member(gid, gone, D)
    assert "recycle bin" in err.value.problems[0].english()
    with pytest.raises(ValidationError):
        services.group_members.leave(members[0], date(2023, 1, 1))
    services.group_members.leave(members[0], date(2024, 6, 1))
    assert [r.id for r in services.group_members.members(gid)] == [members[1]]
    assert len(services.group_members.members(gid, include_left=True)) == 2
    # Coming back reopens the same membership.
    assert services.group_members.add_member(gid, people[0], date(2024, 7, 1), 2) == members[0]
    services.group_members.set_shares(members[1], 5)
    assert {r.id: r.shares for r in services.group_members.members(gid)} == {
        members[0]: 2, members[1]: 5}


def test_committee_terms_are_kept(services, villages):
    gid, people, members = make_group(services, villages[1], members=4, households=4)
    outsider = services.people.add(PersonInput(first_name="คนนอก"))
    with pytest.raises(ValidationError) as err:
        services.group_members.start_committee_term(gid, [
            CommitteeSeat(people[0], "secretary"), CommitteeSeat(outsider, "treasurer")], D)
    texts = " ".join(p.english() for p in err.value.problems)
    assert "needs a president" in texts and "คนนอก is not a member" in texts
    services.group_members.start_committee_term(gid, [
        CommitteeSeat(people[1], "treasurer"), CommitteeSeat(people[0], "president")],
        D, date(2025, 1, 9))
    with pytest.raises(ValidationError) as err:
        services.group_members.start_committee_term(
            gid, [CommitteeSeat(people[2], "president")], D)
    assert err.value.problems[0].field == "term_start"
    services.group_members.start_committee_term(gid, [
        CommitteeSeat(people[2], "president"), CommitteeSeat(people[3], "vice_president")],
        date(2025, 1, 10))
    view = services.group_members.committee(gid)
    assert [s.person_id for s in view.current.seats] == [people[2], people[3]]
    assert view.current.term_start == date(2025, 1, 10)
    assert len(view.past) == 1
    assert [s.position for s in view.past[0].seats] == ["president", "treasurer"]
    assert view.past[0].term_end == date(2025, 1, 9)
    services.group_members.leave(members[3], date(2025, 2, 1))
    assert [s.has_left for s in services.group_members.committee(gid).current.seats] == [
        False, True]


def test_ledger_balances_and_negative_warning(services, villages):
    gid, _, (m1, m2, *_rest) = make_group(services, villages[1], members=2, households=2)
    ledger = services.group_ledger
    ledger.add_entry(gid, LedgerInput(D, "deposit", Decimal("500"), m1))
    ledger.add_entry(gid, LedgerInput(D, "share", Decimal("100"), m2))
    ledger.add_entry(gid, LedgerInput(date(2024, 2, 1), "income", Decimal("50.50")))
    with pytest.raises(NegativeBalanceWarning) as warn:
        ledger.add_entry(gid, LedgerInput(date(2024, 3, 1), "withdrawal", Decimal("600"), m1))
    assert warn.value.problems[0].field == "amount"
    assert warn.value.problems[0].params["balance"] == "500.00"
    with pytest.raises(NegativeBalanceWarning) as warn:
        ledger.add_entry(gid, LedgerInput(date(2024, 3, 1), "expense", Decimal("700")))
    assert warn.value.problems[0].params["balance"] == "650.50"
    assert len(ledger.entries(gid)) == 3  # nothing was written
    ledger.add_entry(gid, LedgerInput(date(2024, 3, 1), "withdrawal", Decimal("600"), m1),
                     allow_negative=True)
    rows = ledger.entries(gid)
    assert rows[0].kind == "withdrawal" and rows[0].member_savings == Decimal("-100")
    assert rows[0].group_cash == Decimal("50.50")
    summary = ledger.balances(gid)
    assert (summary.total_savings, summary.share_capital, summary.income, summary.cash) == (
        Decimal("-100"), Decimal("100"), Decimal("50.50"), Decimal("50.50"))
    assert {b.member_id: (b.savings, b.share_amount) for b in summary.members} == {
        m1: (Decimal("-100"), 0), m2: (0, Decimal("100"))}
    assert {r.id: r.savings for r in services.group_members.members(gid)} == {
        m1: Decimal("-100"), m2: 0}
    # Kinds and members must match.
    with pytest.raises(ValidationError) as err:
        ledger.add_entry(gid, LedgerInput(D, "deposit", Decimal("0")))
    assert {p.field for p in err.value.problems} == {"amount", "member_id"}
    with pytest.raises(ValidationError):
        ledger.add_entry(gid, LedgerInput(D, "income", Decimal("1"), m1))
    # Deleting the deposit the withdrawal was paid from warns; the withdrawal itself does not.
    deposit = rows[-1].id
    with pytest.raises(NegativeBalanceWarning):
        ledger.delete_entry(deposit)
    ledger.delete_entry(rows[0].id)
    ledger.delete_entry(deposit)
    assert ledger.balances(gid).total_savings == 0


def test_products_with_materials_plan_and_history(services, villages, db):
    from wangmuang_desk.db.models import SupportRequest, Training

    gid, _, _ = make_group(services, villages[10], members=1)
    grass = services.raw_materials.save(None, RawMaterialInput(name="ดอกหญ้า"))
    rattan = services.raw_materials.save(None, RawMaterialInput(name="หวาย"))
    pid = services.group_products.save_product(None, ProductInput(
        gid, "ไม้กวาดดอกหญ้า", otop_stars=3, price=Decimal("45"), unit="ด้าม",
        raw_material_ids=[grass, rattan]))
    (row,) = services.group_products.products(gid)
    assert row.material_names == ("ดอกหญ้า", "หวาย") and row.otop_stars == 3
    with pytest.raises(ValidationError) as err:
        services.group_products.save_product(pid, ProductInput(
            gid, "", otop_stars=6, price=Decimal(-1), raw_material_ids=[9999]))
    assert {p.field for p in err.value.problems} == {
        "name", "otop_stars", "price", "raw_material_ids"}
    services.group_products.save_product(pid, ProductInput(gid, "ไม้กวาด", raw_material_ids=[
        rattan]))
    assert services.group_products.get_product(pid).raw_material_ids == [rattan]
    services.raw_materials.move_to_bin(rattan)
    services.group_products.move_product_to_bin(pid)
    assert services.group_products.products(gid) == []
    # The material stays while a product (even one in the bin) lists it; both go together.
    with pytest.raises(InUseError):
        services.recycle_bin.purge("raw_material", rattan)
    assert services.recycle_bin.empty() == (2, 0)

    late = services.group_products.save_plan_item(None, PlanItemInput(
        gid, "ขอมาตรฐาน มผช.", end_date=date(2024, 12, 31)))
    soon = services.group_products.save_plan_item(None, PlanItemInput(
        gid, "อบรมการตลาด", lead="ประธาน", end_date=date(2024, 6, 30), status="in_progress"))
    assert [i.id for i in services.group_products.plan_items(gid)] == [soon, late]
    with pytest.raises(ValidationError):
        services.group_products.save_plan_item(late, PlanItemInput(gid, "x", status="late"))
    services.group_products.delete_plan_item(late)
    assert [i.id for i in services.group_products.plan_items(gid)] == [soon]

    with db.session() as s:
        s.add(SupportRequest(group_id=gid, requested_on=date(2024, 5, 1), description="ขอเครื่องอัด",
                             requested_amount=Decimal(20000), status="approved"))
        s.add(Training(group_id=gid, fiscal_year=2567, title="อบรมทำไม้กวาด",
                       planned_start=date(2024, 3, 1), approved_amount=Decimal(15000)))
    history = services.group_products.history(gid)
    assert [(h.kind, h.title) for h in history] == [
        ("training", "อบรมทำไม้กวาด"), ("support", "ขอเครื่องอัด")]
    assert history[1].requested_amount == Decimal(20000)


def test_purging_a_group_takes_what_only_it_owns(services, villages, db):
    from wangmuang_desk.db.models import GroupMember, LedgerEntry, Product, Training

    gid, people, members = make_group(services, villages[1], members=2, households=2)
    services.group_members.start_committee_term(gid, [CommitteeSeat(people[0], "president")], D)
    services.group_ledger.add_entry(gid, LedgerInput(D, "deposit", Decimal(10), members[0]))
    services.group_products.save_product(None, ProductInput(gid, "น้ำพริก"))
    services.group_products.save_plan_item(None, PlanItemInput(gid, "ตลาดนัด"))
    with db.session() as s:
        s.add(Training(group_id=gid, fiscal_year=2567, title="อบรม"))
    services.groups.move_to_bin(gid)
    with pytest.raises(InUseError):
        services.recycle_bin.purge("group", gid)
    with db.session() as s:
        s.query(Training).delete()
    services.recycle_bin.purge("group", gid)
    with db.session() as s:
        assert [s.query(m).count() for m in (GroupMember, LedgerEntry, Product)] == [0, 0, 0]
    # The members stay in the people registry.
    assert len(services.people.by_ids(people)) == 2


def test_working_group_warnings(services, villages):
    registered, people, _ = make_group(services, villages[1], members=7)
    services.groups.set_status(registered, "established", D)
    services.groups.set_status(registered, "registered", D)
    forming, _, _ = make_group(services, villages[2], members=1, name="กลุ่มใหม่")
    wg = services.working_group
    wg.save(None, WorkingGroupInput("officer", name="นักพัฒนาชุมชน"))
    wg.save(None, WorkingGroupInput("representative", people[0], group_id=registered))
    outsider = services.people.add(PersonInput(first_name="ตัวแทน"))
    wg.save(None, WorkingGroupInput("representative", outsider, group_id=forming))
    texts = [w.english() for w in wg.warnings()]
    assert "The working group has 1 officer(s); the default is 2." in texts
    assert "The working group has 2 group representative(s); the default is 3." in texts
    assert "ตัวแทน represents กลุ่มใหม่, which is not registered with the office." in texts
    with pytest.raises(ValidationError) as err:
        wg.save(None, WorkingGroupInput("representative", name="ไม่มีกลุ่ม"))
    assert {p.field for p in err.value.problems} == {"person_id", "group_id"}
    seat = wg.save(None, WorkingGroupInput("officer", name="ปลัด", term_start=D))
    wg.end_term(seat, date(2024, 1, 31))
    assert seat not in [r.id for r in wg.members()]
    assert seat in [r.id for r in wg.members(current_only=False)]


def test_drafts_save_resume_discard(services):
    drafts = services.drafts
    assert drafts.active("group_establishment") is None
    data = {"basic": {"name": "กลุ่ม", "founded_on": D, "share_value": Decimal("10.50")},
            "page": 2}
    first = drafts.save("group_establishment", "กลุ่ม", data)
    data["page"] = 3
    assert drafts.save("group_establishment", "กลุ่มใหม่", data) == first  # one per kind
    resumed = drafts.active("group_establishment")
    assert resumed.data == data and resumed.title == "กลุ่มใหม่"
    assert isinstance(resumed.data["basic"]["share_value"], Decimal)
    drafts.discard(first)
    assert drafts.active("group_establishment") is None
    with pytest.raises(TypeError):
        drafts.save("group_establishment", "", {"x": object()})


def test_missing_records(services):
    with pytest.raises(NotFoundError):
        services.groups.get(12345)
    with pytest.raises(NotFoundError):
        services.group_members.add_member(12345, 1)
