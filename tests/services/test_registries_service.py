from decimal import Decimal

import pytest

from wangmuang_desk.services.errors import InUseError, ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import (
    HouseholdInput,
    OccupationInput,
    PersonInput,
    RawMaterialInput,
    SageInput,
)


def test_household_members_take_its_address_and_head_is_a_member(services, villages):
    a = services.people.add(PersonInput(first_name="สมชาย", last_name="ทองมา"))
    b = services.people.add(PersonInput(first_name="สมหญิง", last_name="ทองมา"))
    hid = services.households.add(HouseholdInput(
        house_no="45/1", village_id=villages[2].id, head_person_id=a, member_ids=[b]))
    row, data = services.households.get(hid)
    assert row.head_name == "สมชาย ทองมา" and row.member_count == 2
    assert set(data.member_ids) == {a, b}
    person = services.people.get(b)[0]
    assert (person.house_no, person.moo, person.household_id) == ("45/1", 2, hid)
    assert services.households.fetch(ListQuery(search="สมชาย"), 0, 5)[0].id == hid
    with pytest.raises(ValidationError) as err:
        services.households.add(HouseholdInput(house_no="45/1", village_id=villages[2].id))
    assert err.value.problems[0].field == "house_no"
    # Taking a member out leaves them in the registry without a household.
    services.households.update(hid, HouseholdInput(
        house_no="45/1", village_id=villages[2].id, head_person_id=a, member_ids=[a]))
    assert services.people.get(b)[0].household_id is None


def test_occupations_materials_and_sages(services, villages):
    pid = services.people.add(PersonInput(first_name="บุญมี", village_id=villages[1].id))
    oid = services.occupations.save(None, OccupationInput(
        person_id=pid, category="หัตถกรรม", description="ทำไม้กวาดดอกหญ้า",
        yearly_income=Decimal("36000")))
    assert services.occupations.fetch(ListQuery(search="ไม้กวาด"), 0, 5)[0].id == oid
    with pytest.raises(ValidationError) as err:
        services.occupations.save(None, OccupationInput(person_id=pid, category="",
                                                       yearly_income=Decimal(-1)))
    assert {p.field for p in err.value.problems} == {"category", "yearly_income"}

    mid = services.raw_materials.save(None, RawMaterialInput(
        name="ดอกหญ้า", village_id=villages[10].id, quantity=Decimal("500"), unit="กิโลกรัม",
        season="พ.ย.–ม.ค."))
    row = services.raw_materials.fetch(ListQuery(filters=(("village_id", villages[10].id),)), 0, 5)
    assert [r.id for r in row] == [mid] and row[0].quantity == Decimal("500.00")

    sid = services.sages.save(None, SageInput(person_id=pid, branch="หัตถกรรม",
                                               expertise="จักสานไม้ไผ่"))
    assert services.sages.get(sid)[0].person_name == "บุญมี"
    with pytest.raises(ValidationError):
        services.sages.save(None, SageInput(person_id=pid, expertise="อื่น"))


def test_recycle_bin_restore_and_purge(services, villages):
    pid = services.people.add(PersonInput(first_name="ลำดวน"))
    oid = services.occupations.save(None, OccupationInput(person_id=pid, category="ค้าขาย"))
    services.people.move_to_bin(pid)
    assert services.people.count(ListQuery()) == 0
    # The person's occupation disappears from the list with them, and comes back with them.
    assert services.occupations.count(ListQuery()) == 0
    items = services.recycle_bin.items()
    assert [(i.kind, i.id, i.label) for i in items] == [("person", pid, "ลำดวน")]
    services.recycle_bin.restore("person", pid)
    assert services.people.count(ListQuery()) == 1 and services.occupations.count(ListQuery()) == 1
    services.people.move_to_bin(pid)
    services.recycle_bin.purge("person", pid)
    assert services.recycle_bin.items() == []
    from wangmuang_desk.services.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.occupations.get(oid)


def test_purge_refused_while_a_group_needs_the_person(services, db):
    from wangmuang_desk.db.models import GroupMember, OccupationalGroup

    pid = services.people.add(PersonInput(first_name="ประยูร"))
    with db.session() as s:
        g = OccupationalGroup(name="กลุ่มไม้กวาด")
        s.add(g)
        s.flush()
        s.add(GroupMember(group_id=g.id, person_id=pid))
    services.people.move_to_bin(pid)
    with pytest.raises(InUseError):
        services.recycle_bin.purge("person", pid)
    assert services.recycle_bin.empty() == (0, 1)


def test_office_profile_villages_and_lists(services, villages):
    from wangmuang_desk.services.office import SignatoryData
    from wangmuang_desk.services.rows import VillageRow

    profile = services.office.profile()
    profile.name = "องค์การบริหารส่วนตำบลวังม่วง"
    profile.signatories = [SignatoryData("นายทดสอบ ระบบ", "นายกองค์การบริหารส่วนตำบลวังม่วง")]
    services.office.save_profile(profile)
    saved = services.office.profile()
    assert saved.setup_done and saved.signatories[0].is_default
    services.people.add(PersonInput(first_name="ก", village_id=villages[1].id))
    with pytest.raises(ValidationError) as err:
        services.office.save_villages([VillageRow(0, 3, "บ้านใหม่")])
    assert "cannot be removed" in err.value.problems[0].english()
    assert len(services.office.villages()) == 3
    # Swapping two numbers at once works (the unique index is not tripped midway).
    v = services.office.villages()
    services.office.save_villages([
        VillageRow(v[0].id, 2, v[0].name), VillageRow(v[1].id, 1, v[1].name),
        VillageRow(v[2].id, 10, v[2].name)])
    assert [x.name for x in services.office.villages()][:2] == [v[1].name, v[0].name]
    services.office.save_ref_list("title", ["นาย", "นาง", "ว่าที่ร้อยตรีหญิง"])
    assert services.office.ref_list("title") == ["นาย", "นาง", "ว่าที่ร้อยตรีหญิง"]
