from datetime import date

import pytest

from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.thai.citizen_id import make_valid_citizen_id

VALID_ID = make_valid_citizen_id("110170012345")


def problems_by_field(exc: ValidationError) -> dict[str, str]:
    return {p.field: p.english() for p in exc.problems}


def test_add_and_find_by_any_part_of_the_name_id_or_phone(services, villages):
    pid = services.people.add(PersonInput(
        title="นางสาว", first_name="สมศรี", last_name="ใจดี", citizen_id=VALID_ID,
        phone="081-234-5678", village_id=villages[1].id, house_no="12/3"))
    for typed in ("สมศรี", "ใจดี", "มศร", "สมศรี ใจ", "นางสาวสมศรี", VALID_ID[:6],
                  "0812345678", "081-234", "๐๘๑"):
        rows = services.people.fetch(ListQuery(search=typed), 0, 50)
        assert [r.id for r in rows] == [pid], typed
    assert services.people.count(ListQuery(search="ไม่มีชื่อนี้")) == 0
    row, data = services.people.get(pid)
    assert row.moo == 1 and data.phone == "0812345678" and data.citizen_id == VALID_ID


def test_invalid_id_empty_name_and_future_birth_date_save_nothing(services):
    bad_id = VALID_ID[:12] + str((int(VALID_ID[12]) + 1) % 10)
    with pytest.raises(ValidationError) as err:
        services.people.add(PersonInput(
            first_name="  ", citizen_id=bad_id, birth_date=date(2999, 1, 1)))
    fields = problems_by_field(err.value)
    assert set(fields) == {"first_name", "citizen_id", "birth_date"}
    assert "check" in fields["citizen_id"]
    assert services.people.count(ListQuery()) == 0


def test_duplicate_id_is_refused_even_against_the_recycle_bin(services):
    first = services.people.add(PersonInput(first_name="ก", citizen_id=VALID_ID))
    with pytest.raises(ValidationError) as err:
        services.people.add(PersonInput(first_name="ข", citizen_id=VALID_ID))
    assert "already recorded for ก" in problems_by_field(err.value)["citizen_id"]
    services.people.move_to_bin(first)
    with pytest.raises(ValidationError) as err:
        services.people.add(PersonInput(first_name="ข", citizen_id=VALID_ID))
    assert "recycle bin" in problems_by_field(err.value)["citizen_id"]
    assert services.people.count(ListQuery()) == 0


def test_id_is_optional_and_elders_are_flagged_from_the_birth_date(services):
    services.people._today = date(2026, 11, 20)
    a = services.people.add(PersonInput(first_name="ทองดี", birth_date=date(1950, 5, 1)))
    b = services.people.add(PersonInput(first_name="ทองสุข", birth_date=date(2000, 5, 1)))
    assert services.people.get(a)[0].is_elder and not services.people.get(b)[0].is_elder
    rows = services.people.fetch(ListQuery(filters=(("flag", "elder"),)), 0, 10)
    assert [r.id for r in rows] == [a]


def test_sort_and_window(services, villages):
    for i, name in enumerate(["ค", "ก", "ข", "ง"]):
        moo = 10 if i % 2 else 1
        services.people.add(PersonInput(first_name=name, village_id=villages[moo].id))
    names = [r.first_name for r in services.people.fetch(ListQuery(sort_key="name"), 0, 10)]
    assert names == ["ก", "ข", "ค", "ง"]
    desc = services.people.fetch(ListQuery(sort_key="name", descending=True), 1, 2)
    assert [r.first_name for r in desc] == ["ค", "ข"]
    only_moo_10 = ListQuery(filters=(("village_id", villages[10].id),))
    assert services.people.count(only_moo_10) == 2


def test_update_keeps_one_transaction(services):
    pid = services.people.add(PersonInput(first_name="มานี", last_name="มีนา"))
    with pytest.raises(ValidationError):
        services.people.update(pid, PersonInput(first_name="มานะ", phone="12"))
    assert services.people.get(pid)[1].first_name == "มานี"
    services.people.update(pid, PersonInput(first_name="มานะ", last_name="มีนา"))
    assert services.people.fetch(ListQuery(search="มานะ"), 0, 5)[0].id == pid


def test_age_sort_puts_the_youngest_first(services):
    services.people.add(PersonInput(first_name="ปู่", birth_date=date(1940, 1, 1)))
    services.people.add(PersonInput(first_name="หลาน", birth_date=date(2015, 1, 1)))
    rows = services.people.fetch(ListQuery(sort_key="age"), 0, 10)
    assert [r.first_name for r in rows] == ["หลาน", "ปู่"]
    rows = services.people.fetch(ListQuery(sort_key="age", descending=True), 0, 10)
    assert [r.first_name for r in rows] == ["ปู่", "หลาน"]


def test_the_lists_own_view_of_the_tables_matches_the_models():
    # The list reads person and village through plain Core tables (no models at start):
    # every column it names exists in the model, with the same kind of type, so dates and
    # yes/no flags come back as through the models.
    from wangmuang_desk.db.models import Person, Village
    from wangmuang_desk.services import people

    for view, model in ((people._person, Person.__table__), (people._village, Village.__table__)):
        for col in view.c:
            assert col.name in model.c, col.name
            assert issubclass(type(model.c[col.name].type), type(col.type)), col.name


def test_the_list_filters_villages_are_the_offices(services, villages):
    assert services.people.villages() == services.office.villages()
    assert [v.moo for v in services.people.villages()] == sorted(v.moo for v in villages.values())
