"""Registering trainees from an Excel list: the template, the row-by-row preview and the
all-or-nothing import (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from wangmuang_desk.db.models import Person, Trainee, Training
from wangmuang_desk.services import training_import
from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.rows import HouseholdInput, PersonInput
from wangmuang_desk.thai.citizen_id import make_valid_citizen_id
from wangmuang_desk.thai.digits import to_thai_digits

TODAY = date(2026, 11, 20)
ID_A = make_valid_citizen_id("310050123456")
ID_B = make_valid_citizen_id("110170012345")
ID_C = make_valid_citizen_id("150990001234")
BAD_ID = ID_A[:12] + str((int(ID_A[12]) + 1) % 10)
THAI_HEADER = ["คำนำหน้า", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่ที่",
               "โทรศัพท์"]


@pytest.fixture
def training_id(db):
    with db.session() as s:
        training = Training(fiscal_year=2570, title="อบรมการทำไม้กวาดดอกหญ้า")
        s.add(training)
        s.flush()
        return training.id


def xlsx(path, rows, header=THAI_HEADER):
    book = Workbook()
    sheet = book.active
    if header is not None:
        sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(Person.id))),
                s.scalar(select(func.count(Trainee.id))))


def problems(row) -> dict[str, str]:
    return {p.field: p.english() for p in row.problems}


GOOD = [
    ["นาง", "สมศรี", "ใจดี", ID_A, "12/3", "1", "081-234-5678"],
    ["นาย", "สมชาย", "รักถิ่น", "", "45", "หมู่ 2", ""],
    ["นางสาว", "มาลี", "ทองคำ", ID_B, "", "ม.10", "0891112222"],
]


def test_good_file_previews_clean_and_imports_people_and_trainees(
        db, services, villages, training_id, tmp_path):
    path = xlsx(tmp_path / "list.xlsx", GOOD)
    result = training_import.preview(db, training_id, path)
    assert result.file_problem is None and result.can_import
    assert [r.row_no for r in result.rows] == [2, 3, 4]
    first = result.rows[0]
    assert (first.citizen_id, first.moo, first.phone, first.house_no) == (
        ID_A, 1, "0812345678", "12/3")
    assert [r.moo for r in result.rows] == [1, 2, 10]
    assert all(r.person_id is None for r in result.rows)
    assert counts(db) == (0, 0)  # the preview writes nothing

    assert training_import.import_rows(db, training_id, result, TODAY) == 3
    assert counts(db) == (3, 3)
    with db.session() as s:
        somsri = s.scalars(select(Person).where(Person.citizen_id == ID_A)).one()
        assert (somsri.title, somsri.last_name, somsri.house_no, somsri.village_id,
                somsri.phone) == ("นาง", "ใจดี", "12/3", villages[1].id, "0812345678")
        assert "สมศรี" in somsri.search_text  # found by the people list's search
        dates = set(s.scalars(select(Trainee.registered_on)).all())
        assert dates == {TODAY}


def test_new_person_joins_the_household_registered_at_the_address(
        db, services, villages, training_id, tmp_path):
    household = services.households.add(HouseholdInput(house_no="45", village_id=villages[2].id))
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD[1:2]))
    training_import.import_rows(db, training_id, result, TODAY)
    with db.session() as s:
        person = s.scalars(select(Person).where(Person.first_name == "สมชาย")).one()
        assert person.household_id == household


@pytest.mark.parametrize("bad, field", [
    (["นาย", "ผิด", "เลขท้าย", BAD_ID, "", "1", ""], "citizen_id"),
    (["นาย", "ไม่มี", "หมู่นี้", "", "", "7", ""], "moo"),
    (["นาย", "", "ไม่มีชื่อ", "", "", "1", ""], "first_name"),
    (["นาย", "หมู่", "ผิดรูป", "", "", "บ้านบน", ""], "moo"),
    (["นาง", "สมศรี", "ใจดี", ID_A, "", "1", ""], "citizen_id"),  # the same ID as row 2
    (["", "มาลี", "ทองคำ", "", "", "10", ""], "first_name"),  # same name and หมู่ as row 4
    (["นาย", "โทร", "ผิด", "", "", "1", "12345"], "phone"),
])
def test_one_bad_row_blocks_the_whole_file_and_nothing_is_written(
        db, services, villages, training_id, tmp_path, bad, field):
    path = xlsx(tmp_path / "list.xlsx", [*GOOD, bad])
    result = training_import.preview(db, training_id, path)
    assert not result.can_import
    assert [r.ok for r in result.rows] == [True, True, True, False]
    assert field in problems(result.rows[3])
    before = counts(db)
    with pytest.raises(ValidationError) as err:
        training_import.import_rows(db, training_id, result, TODAY)
    assert {p.params["row_no"] for p in err.value.problems} == {5}
    assert counts(db) == before == (0, 0)


def test_someone_already_registered_in_the_round_is_flagged(
        db, services, villages, training_id, tmp_path):
    first = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD[:1]))
    training_import.import_rows(db, training_id, first, TODAY)
    before = counts(db)
    again = training_import.preview(db, training_id, xlsx(tmp_path / "b.xlsx", GOOD))
    assert problems(again.rows[0]) == {
        "": "This person is already registered in this round."}
    assert again.rows[0].person_id is not None and not again.can_import
    with pytest.raises(ValidationError):
        training_import.import_rows(db, training_id, again, TODAY)
    assert counts(db) == before == (1, 1)


def test_existing_people_are_matched_by_id_and_by_name_in_the_same_moo(
        db, services, villages, training_id, tmp_path):
    by_id = services.people.add(PersonInput(
        first_name="สมศรี", last_name="ใจดี", citizen_id=ID_A, village_id=villages[2].id))
    by_name = services.people.add(PersonInput(
        first_name="สมชาย", last_name="รักถิ่น", village_id=villages[2].id))
    # Same name, another หมู่: someone else, so the third row is a new person.
    services.people.add(PersonInput(first_name="มาลี", last_name="ทองคำ",
                                    village_id=villages[1].id))
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD))
    assert result.can_import
    assert [r.person_id for r in result.rows] == [by_id, by_name, None]
    assert training_import.import_rows(db, training_id, result, TODAY) == 3
    people, trainees = counts(db)
    assert (people, trainees) == (4, 3)
    with db.session() as s:
        assert set(s.scalars(select(Trainee.person_id)).all()) >= {by_id, by_name}


def test_ambiguous_name_and_id_of_someone_else_are_problems(
        db, services, villages, training_id, tmp_path):
    unrecorded = services.people.add(PersonInput(
        first_name="สมชาย", last_name="รักถิ่น", village_id=villages[2].id))
    recorded = services.people.add(PersonInput(
        first_name="สมชาย", last_name="รักถิ่น", citizen_id=ID_C, village_id=villages[2].id))
    services.people.add(PersonInput(first_name="บุญมี", last_name="มีสุข", citizen_id=ID_B))
    rows = [GOOD[1], ["นางสาว", "มาลี", "ทองคำ", ID_B, "", "10", ""]]
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", rows))
    assert problems(result.rows[0]) == {"first_name": (
        "Several people with this name live in หมู่ 2; add the national ID to tell them apart.")}
    assert problems(result.rows[1]) == {"citizen_id": (
        "This national ID is recorded in the registry for บุญมี มีสุข, not for the name on "
        "this row.")}
    # With an ID the namesakes are told apart: the one it is recorded for; another ID is not
    # his, so it is the namesake without an ID.
    fixed = [["นาย", "สมชาย", "รักถิ่น", ID_C, "45", "2", ""],
             ["นาย", "สมชาย", "รักถิ่น", ID_A, "45", "หมู่ 2", ""]]
    again = training_import.preview(db, training_id, xlsx(tmp_path / "b.xlsx", fixed))
    assert again.can_import
    assert [r.person_id for r in again.rows] == [recorded, unrecorded]


def test_an_id_no_namesake_has_recorded_cannot_tell_them_apart(
        db, services, villages, training_id, tmp_path):
    for _ in range(2):
        services.people.add(PersonInput(first_name="สมชาย", last_name="รักถิ่น",
                                        village_id=villages[2].id))
    rows = [["นาย", "สมชาย", "รักถิ่น", ID_C, "45", "2", ""]]
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", rows))
    assert "record it on the right person" in problems(result.rows[0])["citizen_id"]


def test_numeric_cells_thai_digits_and_moo_spellings(
        db, services, villages, training_id, tmp_path):
    rows = [
        ["นาง", "สมศรี", "ใจดี", int(ID_A), 12, 1, 812345678],  # phone lost its leading 0
        ["นาย", "สมชาย", "รักถิ่น", float(ID_B), "", 2.0, ""],
        ["นาย", "ดำ", "ขำ", to_thai_digits(ID_C[:1] + "-" + ID_C[1:5] + "-" + ID_C[5:]), "",
         "หมู่ที่ ๑๐", to_thai_digits("081-111-2222")],
    ]
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", rows))
    assert result.can_import, [problems(r) for r in result.rows]
    assert [r.citizen_id for r in result.rows] == [ID_A, ID_B, ID_C]
    assert [r.moo for r in result.rows] == [1, 2, 10]
    assert [r.phone for r in result.rows] == ["0812345678", "", "0811112222"]
    assert result.rows[0].house_no == "12"


def test_headers_in_another_order_in_english_under_a_title_line(
        db, services, villages, training_id, tmp_path):
    header = ["No.", "Phone", "LAST NAME", "First  Name", "Moo", "National ID", "House No.",
              "Title"]
    book = Workbook()
    sheet = book.active
    sheet.append(["รายชื่อผู้เข้ารับการอบรม"])
    sheet.append(header)
    sheet.append([1, "0812345678", "ใจดี", "สมศรี", "1", ID_A, "9", "นาง"])
    sheet.append([2])  # numbered in advance, never filled: skipped
    sheet.append([])
    sheet.append([3, "", "รักถิ่น", "สมชาย", "2", "", "", "นาย"])
    book.save(tmp_path / "en.xlsx")
    result = training_import.preview(db, training_id, tmp_path / "en.xlsx")
    assert result.can_import
    assert [(r.row_no, r.title, r.first_name, r.last_name) for r in result.rows] == [
        (3, "นาง", "สมศรี", "ใจดี"), (6, "นาย", "สมชาย", "รักถิ่น")]
    assert result.rows[0].house_no == "9" and result.rows[0].phone == "0812345678"


def test_house_number_turned_into_a_date_is_a_problem(
        db, services, villages, training_id, tmp_path):
    rows = [["นาง", "สมศรี", "ใจดี", "", date(2026, 3, 12), "1", ""]]
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", rows))
    assert "house_no" in problems(result.rows[0]) and not result.can_import


def test_file_problems(db, villages, training_id, tmp_path):
    def problem_of(path):
        result = training_import.preview(db, training_id, path)
        assert result.rows == () and not result.can_import
        return result.file_problem.english()

    text = tmp_path / "list.csv"
    text.write_text("ชื่อ,นามสกุล\n", encoding="utf-8")
    assert ".xlsx" in problem_of(text)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    assert "damaged" in problem_of(fake)
    assert "cannot be read" in problem_of(tmp_path / "missing.xlsx")
    assert ".xls" in problem_of(tmp_path / "old.xls")
    no_header = xlsx(tmp_path / "nh.xlsx", [["a", "b"]], header=["x", "y"])
    assert "No header row" in problem_of(no_header)
    no_last = xlsx(tmp_path / "nl.xlsx", [["สมศรี"]], header=["ชื่อ", "โทรศัพท์"])
    assert "no column นามสกุล" in problem_of(no_last)
    empty = xlsx(tmp_path / "e.xlsx", [[None] * 7])
    assert "no trainees" in problem_of(empty)


def test_too_many_rows(db, villages, training_id, tmp_path, monkeypatch):
    monkeypatch.setattr(training_import, "MAX_ROWS", 2)
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD))
    assert "more than 2 rows" in result.file_problem.english()
    with pytest.raises(ValidationError):
        training_import.import_rows(db, training_id, result, TODAY)
    assert counts(db) == (0, 0)


def test_registry_changed_after_the_preview_writes_nothing(
        db, services, villages, training_id, tmp_path):
    result = training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD))
    assert result.can_import
    # Meanwhile someone adds the third row's person (by ID) at the desk.
    services.people.add(PersonInput(first_name="มาลี", last_name="ทองคำ", citizen_id=ID_B))
    with pytest.raises(ValidationError) as err:
        training_import.import_rows(db, training_id, result, TODAY)
    assert [p.params["row_no"] for p in err.value.problems] == [4]
    assert counts(db) == (1, 0)


def test_a_round_gone_to_the_recycle_bin_is_not_found(db, villages, training_id, tmp_path):
    from datetime import datetime

    with db.session() as s:
        s.get(Training, training_id).deleted_at = datetime(2026, 1, 1)
    with pytest.raises(NotFoundError):
        training_import.preview(db, training_id, xlsx(tmp_path / "a.xlsx", GOOD))


def test_template_round_trips(db, villages, training_id, tmp_path):
    path = training_import.write_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == THAI_HEADER
    assert sheet.max_row == 1  # no example rows to delete before use
    assert sheet.column_dimensions["D"].number_format == "@"  # IDs stay text
    assert len(book.sheetnames) == 2 and "PDPA" in "".join(
        str(c.value) for c in book.worksheets[1]["A"])
    for row in GOOD:
        sheet.append(row)
    book.save(path)
    result = training_import.preview(db, training_id, path)
    assert result.can_import
    assert [r.first_name for r in result.rows] == ["สมศรี", "สมชาย", "มาลี"]


def test_a_failed_template_write_leaves_no_file(tmp_path, monkeypatch):
    import openpyxl.workbook.workbook as workbook_module

    def broken_save(self, filename):
        raise OSError("disk full")

    monkeypatch.setattr(workbook_module.Workbook, "save", broken_save)
    with pytest.raises(OSError):
        training_import.write_template(tmp_path / "template.xlsx")
    assert list(tmp_path.iterdir()) == []
