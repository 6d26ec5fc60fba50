"""Registering a round's trainees from an Excel list: a blank template, a preview of every row
with its problems, then one all-or-nothing import (design.md: every import validates first).

openpyxl is imported inside the functions that read or write a workbook, never at module import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import Household, Person, Trainee, Village
from wangmuang_desk.reports.pdf.atomic import write_atomically
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.people import PeopleService
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.training_common import live_training
from wangmuang_desk.services.training_rows import ImportPreview, ImportRow
from wangmuang_desk.services.training_sessions import register_people
from wangmuang_desk.thai.digits import to_arabic_digits

# The column keys (FieldProblem.field of a row's problem) and their headers in the template.
COLUMNS = ("title", "first_name", "last_name", "citizen_id", "house_no", "moo", "phone")
HEADERS = {
    "title": "คำนำหน้า", "first_name": "ชื่อ", "last_name": "นามสกุล",
    "citizen_id": "เลขประจำตัวประชาชน", "house_no": "บ้านเลขที่", "moo": "หมู่ที่",
    "phone": "โทรศัพท์",
}
# Other ways staff (or another agency's list) name the same columns.
_ALIASES = {
    "title": ("คำนำหน้าชื่อ", "title", "prefix"),
    "first_name": ("first name", "firstname", "given name"),
    "last_name": ("สกุล", "last name", "lastname", "surname", "family name"),
    "citizen_id": ("เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน", "national id", "citizen id"),
    "house_no": ("เลขที่", "house no", "house number"),
    "moo": ("หมู่", "moo", "village no"),
    "phone": ("เบอร์โทรศัพท์", "เบอร์โทร", "โทร", "phone", "telephone", "mobile"),
}
MAX_ROWS = 2000
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common
TEMPLATE_SHEET = "รายชื่อผู้เข้าอบรม"
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # what openpyxl reads
_TEXT_COLUMNS = ("citizen_id", "house_no", "phone")  # Excel would eat zeros or make 12/3 a date
_WIDTHS = {"title": 12, "first_name": 20, "last_name": 22, "citizen_id": 22, "house_no": 12,
           "moo": 9, "phone": 16}
_MOO_PREFIX = re.compile(r"^(?:หมู่ที่|หมู่|ม\.?|moo\.?)\s*", re.IGNORECASE)


def _header_key(text: str) -> str:
    # Case, spaces and stray punctuation do not matter: "House No." = "house no" = "houseno".
    return re.sub(r"[\s.*:_\-]+", "", text.casefold())


_HEADER_LOOKUP = {_header_key(name): key
                  for key in COLUMNS for name in (HEADERS[key], *_ALIASES[key])}


# --- the template -------------------------------------------------------------------------
def write_template(path: Path | str) -> Path:
    """A blank list to fill in: the header row, then an instruction sheet (in Thai)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def build(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = TEMPLATE_SHEET
        sheet.append([HEADERS[key] for key in COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.freeze_panes = "A2"
        for number, key in enumerate(COLUMNS, start=1):
            column = sheet.column_dimensions[get_column_letter(number)]
            column.width = _WIDTHS[key]
            if key in _TEXT_COLUMNS:
                column.number_format = "@"  # cells typed later keep the text as typed
        notes = book.create_sheet("คำอธิบาย")
        notes.column_dimensions["A"].width = 110
        for line in _INSTRUCTIONS:
            notes.append([line])
        notes["A1"].font = Font(bold=True, size=14)
        book.save(target)

    return write_atomically(path, build)


_INSTRUCTIONS = (
    "วิธีกรอกรายชื่อผู้เข้ารับการฝึกอบรม",
    "",
    f"1. กรอกหนึ่งคนต่อหนึ่งแถวในแผ่นงาน \"{TEMPLATE_SHEET}\" ใต้แถวหัวตาราง "
    "อย่าแก้ชื่อหัวตาราง (สลับลำดับคอลัมน์ได้)",
    "2. ต้องกรอกชื่อและนามสกุลทุกแถว ช่องอื่นเว้นว่างได้",
    "3. เลขประจำตัวประชาชน 13 หลัก มีขีด (-) หรือไม่ก็ได้ โปรแกรมจะตรวจเลขหลักสุดท้าย",
    "4. หมู่ที่ กรอกเป็นตัวเลข เช่น 3 หรือ หมู่ 3 ต้องเป็นหมู่บ้านที่บันทึกไว้ในโปรแกรม",
    "5. บ้านเลขที่ เช่น 12 หรือ 234/1",
    "6. โทรศัพท์ ขึ้นต้นด้วย 0 มี 9 หรือ 10 หลัก",
    "7. คนที่มีในทะเบียนประชากรแล้ว โปรแกรมจะหาจากเลขประจำตัวประชาชน "
    "หรือจากชื่อและนามสกุลในหมู่เดียวกัน คนที่ไม่พบจะเพิ่มเป็นคนใหม่ในทะเบียน",
    "8. ก่อนบันทึก โปรแกรมจะแสดงผลตรวจทุกแถว ถ้ามีแถวใดผิดจะยังไม่บันทึกอะไรเลย "
    "ให้แก้ไฟล์แล้วเลือกไฟล์ใหม่",
    f"9. นำเข้าได้ครั้งละไม่เกิน {MAX_ROWS:,} แถว",
    "",
    "ข้อมูลส่วนบุคคล (PDPA): ไฟล์นี้มีเลขประจำตัวประชาชนและเบอร์โทรศัพท์ "
    "เก็บไว้ในที่ปลอดภัยและลบเมื่อนำเข้าเสร็จแล้ว",
)


# --- reading the sheet --------------------------------------------------------------------
@dataclass(frozen=True)
class _Raw:
    """One non-empty row as text, before any check."""

    row_no: int
    values: dict[str, str]
    dates: frozenset[str] = field(default_factory=frozenset)  # columns Excel made into dates


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # A 13-digit ID typed as a number comes back as 3100501234567.0 (exact below 2**53).
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return " ".join(str(value).split())


def _row_values(cells: tuple, columns: dict[str, int]) -> tuple[dict[str, str], frozenset[str]]:
    values, dates = {}, set()
    for key in COLUMNS:
        index = columns.get(key)
        cell = cells[index] if index is not None and index < len(cells) else None
        text = _cell_text(cell)
        if key == "phone" and isinstance(cell, int | float) and text.isdigit() \
                and len(text) in (8, 9):
            text = "0" + text  # a number cell drops the phone's leading zero
        if isinstance(cell, datetime | date) and text:
            dates.add(key)
        values[key] = text
    return values, frozenset(dates)


def _file_problem(message: str, **params: object) -> FieldProblem:
    return FieldProblem("file", message, params)


_DAMAGED = FieldProblem("file", QT_TRANSLATE_NOOP(
    "Validation", "The file cannot be opened as an Excel workbook; it may be damaged."))


def _read_sheet(path: Path) -> tuple[list[_Raw], FieldProblem | None]:
    """The non-empty rows under the header of the first sheet, or why there are none."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "This is an old Excel file (.xls). Open it in Excel, save it as "
            "\"Excel Workbook (.xlsx)\" and choose that file."))
    if suffix not in _EXCEL_SUFFIXES:
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "Choose an Excel workbook (.xlsx)."))
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The file cannot be read. Check that it still exists and is not "
            "open in another program."))
    except Exception:  # a damaged file fails in many ways inside openpyxl
        return [], _DAMAGED
    try:
        return _read_rows(book.worksheets[0].iter_rows(values_only=True))
    except Exception:  # read-only sheets parse lazily, while iterating
        return [], _DAMAGED
    finally:
        book.close()


def _read_rows(rows: Iterable[tuple]) -> tuple[list[_Raw], FieldProblem | None]:
    rows = iter(rows)  # the data rows continue where the header search stopped
    columns: dict[str, int] = {}
    header_no = 0
    for row_no, cells in enumerate(rows, start=1):
        for index, cell in enumerate(cells):
            key = _HEADER_LOOKUP.get(_header_key(_cell_text(cell)))
            if key is not None:
                columns.setdefault(key, index)
        if columns:
            header_no = row_no
            break
        if row_no >= HEADER_SEARCH_ROWS:
            break
    expected = ", ".join(HEADERS[key] for key in COLUMNS)
    if not columns:
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "No header row was found. The first row must name the columns: "
            "{columns}."), columns=expected)
    missing = [HEADERS[key] for key in ("first_name", "last_name") if key not in columns]
    if missing:
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The sheet has no column {column}. The header row should name the "
            "columns: {columns}."), column=", ".join(missing), columns=expected)
    found: list[_Raw] = []
    for row_no, cells in enumerate(rows, start=header_no + 1):
        values, dates = _row_values(cells, columns)
        if not any(values.values()):
            continue  # blank lines and rows numbered in advance but never filled
        if len(found) == MAX_ROWS:
            return [], _file_problem(QT_TRANSLATE_NOOP(
                "Validation", "The sheet has more than {limit} rows. Split the list into "
                "files of at most {limit} rows."), limit=MAX_ROWS)
        found.append(_Raw(row_no, values, dates))
    if not found:
        return [], _file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The sheet has no trainees under its header row."))
    return found, None


# --- checking the rows against the database -----------------------------------------------
def _villages(s: Session) -> dict[int, int]:
    return {moo: village_id for moo, village_id in s.execute(select(Village.moo, Village.id))}


def _moo(problems: list[FieldProblem], text: str, villages: dict[int, int]) -> int | None:
    """"3", "หมู่ 3", "หมู่ที่ ๓", "ม.3": the village number, which must be in the village list."""
    text = to_arabic_digits(text).strip()
    if not text:
        return None
    number = _MOO_PREFIX.sub("", text).strip()
    if not number.isascii() or not number.isdigit():
        problems.append(FieldProblem("moo", QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a village number (หมู่ที่); write it as 3 or "
            "หมู่ 3."), {"value": text}))
        return None
    moo = int(number)
    if moo not in villages:
        problems.append(FieldProblem("moo", QT_TRANSLATE_NOOP(
            "Validation", "There is no หมู่ {moo} in the village list."), {"moo": moo}))
    return moo


def _chunks(items: Iterable, size: int = 400) -> Iterator[list]:
    # Lookups go by hundreds: one statement per row made 2,000 rows take seconds.
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class _Parsed:
    raw: _Raw
    problems: list[FieldProblem]
    first: str
    last: str
    cid: str | None
    phone: str
    moo: int | None

    @property
    def matchable(self) -> bool:
        return bool(self.first and self.last) and not any(
            p.field in ("citizen_id", "moo") for p in self.problems)


def _parse(raw: _Raw, villages: dict[int, int]) -> _Parsed:
    """The checks of one row on its own (no other rows, no people)."""
    v = raw.values
    problems: list[FieldProblem] = []
    for key in sorted(raw.dates, key=COLUMNS.index):
        problems.append(FieldProblem(key, QT_TRANSLATE_NOOP(
            "Validation", "Excel turned this cell into a date ({value}). Format the column as "
            "text and type it again."), {"value": v[key]}))
    first = validation.required_text(problems, "first_name", v["first_name"],
                                     QT_TRANSLATE_NOOP("Validation", "Enter the first name."))
    last = validation.required_text(problems, "last_name", v["last_name"],
                                    QT_TRANSLATE_NOOP("Validation", "Enter the last name."))
    cid = validation.citizen_id(problems, v["citizen_id"])
    phone = validation.phone(problems, v["phone"])
    moo = _moo(problems, v["moo"], villages)
    return _Parsed(raw, problems, first, last, cid, phone, moo)


class _Registry:
    """The people the rows may be, read in a few statements for the whole file."""

    def __init__(self, s: Session, parsed: list[_Parsed]) -> None:
        self.by_id = {}
        for chunk in _chunks({p.cid for p in parsed if p.cid and p.matchable}):
            for r in s.execute(select(
                    Person.id, Person.citizen_id, Person.title, Person.first_name,
                    Person.last_name, Person.deleted_at).where(Person.citizen_id.in_(chunk))):
                self.by_id[r.citizen_id] = r
        self.by_name: dict[tuple[str, str], list] = {}
        for chunk in _chunks({(p.first, p.last) for p in parsed if p.matchable}):
            for r in s.execute(select(
                    Person.id, Person.first_name, Person.last_name, Person.village_id,
                    Person.citizen_id).where(tuple_(Person.first_name, Person.last_name).in_(chunk),
                                             Person.deleted_at.is_(None))):
                self.by_name.setdefault((r.first_name, r.last_name), []).append(r)

    def match(self, p: _Parsed, village_id: int | None) -> int | None:
        """The registry's person for this row (by ID, else by name in the หมู่); None = new."""
        owner = self.by_id.get(p.cid) if p.cid is not None else None
        if owner is not None:
            name = f"{owner.title}{owner.first_name} {owner.last_name}".strip()
            if owner.deleted_at is not None:
                p.problems.append(FieldProblem("citizen_id", QT_TRANSLATE_NOOP(
                    "Validation", "This national ID is already recorded for {name}, who is in "
                    "the recycle bin. Restore that record instead of adding a new one."),
                    {"name": name}))
            elif (owner.first_name, owner.last_name) != (p.first, p.last):
                p.problems.append(FieldProblem("citizen_id", QT_TRANSLATE_NOOP(
                    "Validation", "This national ID is recorded in the registry for {name}, "
                    "not for the name on this row."), {"name": name}))
            else:
                return owner.id
            return None
        # Someone of the same name with another ID recorded is another person.
        found = [r.id for r in self.by_name.get((p.first, p.last), ())
                 if (village_id is None or r.village_id == village_id)
                 and (p.cid is None or r.citizen_id is None)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            if p.cid is not None:
                p.problems.append(FieldProblem("citizen_id", QT_TRANSLATE_NOOP(
                    "Validation", "Several people in the registry have this name and none has "
                    "this national ID recorded; record it on the right person first.")))
            elif p.moo is not None:
                p.problems.append(FieldProblem("first_name", QT_TRANSLATE_NOOP(
                    "Validation", "Several people with this name live in หมู่ {moo}; add the "
                    "national ID to tell them apart."), {"moo": p.moo}))
            else:
                p.problems.append(FieldProblem("first_name", QT_TRANSLATE_NOOP(
                    "Validation", "Several people in the registry have this name; add the "
                    "national ID or the หมู่ to tell them apart.")))
        return None


class _Seen:
    """Rows met so far, so that a later copy of the same person is flagged (not the first)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.people: dict[int, int] = {}
        self.names: dict[tuple[str, str, int | None], tuple[int, str | None]] = {}

    def check(self, p: _Parsed, person_id: int | None) -> None:
        name_key, cid, row_no = (p.first, p.last, p.moo), p.cid, p.raw.row_no
        if cid is not None and cid in self.ids:
            p.problems.append(FieldProblem("citizen_id", QT_TRANSLATE_NOOP(
                "Validation", "Row {row} has the same national ID."), {"row": self.ids[cid]}))
        elif person_id is not None and person_id in self.people:
            p.problems.append(FieldProblem("", QT_TRANSLATE_NOOP(
                "Validation", "Row {row} is the same person in the registry."),
                {"row": self.people[person_id]}))
        elif p.first and p.last and name_key in self.names and (
                cid is None or self.names[name_key][1] is None):
            # Two rows of one name and หมู่ are one person unless both IDs say otherwise.
            p.problems.append(FieldProblem("first_name", QT_TRANSLATE_NOOP(
                "Validation", "Row {row} has the same name and หมู่."),
                {"row": self.names[name_key][0]}))
        if cid is not None:
            self.ids.setdefault(cid, row_no)
        if person_id is not None:
            self.people.setdefault(person_id, row_no)
        if p.first and p.last:
            self.names.setdefault(name_key, (row_no, cid))


def _check(s: Session, training_id: int, raws: list[_Raw]) -> list[ImportRow]:
    villages = _villages(s)
    registered = set(s.scalars(
        select(Trainee.person_id).where(Trainee.training_id == training_id)).all())
    parsed = [_parse(raw, villages) for raw in raws]
    registry = _Registry(s, parsed)
    seen = _Seen()
    rows = []
    for p in parsed:
        person_id = registry.match(p, villages.get(p.moo)) if p.matchable else None
        seen.check(p, person_id)
        if person_id is not None and person_id in registered:
            p.problems.append(FieldProblem("", QT_TRANSLATE_NOOP(
                "Validation", "This person is already registered in this round.")))
        v = p.raw.values
        rows.append(ImportRow(
            row_no=p.raw.row_no, title=v["title"], first_name=p.first, last_name=p.last,
            citizen_id=p.cid or v["citizen_id"], house_no=v["house_no"], moo=p.moo,
            phone=p.phone, person_id=person_id, problems=tuple(p.problems)))
    return rows


def preview(db: Database, training_id: int, path: Path | str) -> ImportPreview:
    """Every row of the file, checked; nothing is written. NotFoundError if the round is gone
    (or in the recycle bin)."""
    raws, problem = _read_sheet(Path(path))
    with db.session() as s:
        live_training(s, training_id)
        if problem is not None:
            return ImportPreview(rows=(), file_problem=problem)
        return ImportPreview(rows=tuple(_check(s, training_id, raws)))


# --- the import ---------------------------------------------------------------------------
def _numbered(row: ImportRow) -> list[FieldProblem]:
    # The row number travels in the params, so a message can say which row it is about.
    return [FieldProblem(p.field, p.message, {**p.params, "row_no": row.row_no})
            for p in row.problems]


def _raw_of(row: ImportRow) -> _Raw:
    # ImportRow's fields carry the column keys' names; checked values check the same again.
    values = {key: getattr(row, key) for key in COLUMNS}
    return _Raw(row.row_no, {k: "" if v is None else str(v) for k, v in values.items()})


def _households(s: Session, rows: list[ImportRow], villages: dict[int, int]
                ) -> dict[tuple[str, int], int]:
    """(house no., village) → household, for the addresses of the people to be added."""
    wanted = {(r.house_no, villages[r.moo]) for r in rows
              if r.person_id is None and r.house_no and r.moo in villages}
    found: dict[tuple[str, int], int] = {}
    for chunk in _chunks(wanted):
        for r in s.execute(select(Household.id, Household.house_no, Household.village_id).where(
                tuple_(Household.house_no, Household.village_id).in_(chunk),
                Household.deleted_at.is_(None))):
            found.setdefault((r.house_no, r.village_id), r.id)
    return found


def _new_person(s: Session, people: PeopleService, row: ImportRow, village_id: int | None,
                household_id: int | None) -> Person:
    person = Person(first_name="")
    # The registry's own rules (ID unique, phone, village, search text), in this transaction.
    # A household registered at the address is the person's, as in the person form.
    people._apply(s, person, PersonInput(
        first_name=row.first_name, last_name=row.last_name, title=row.title,
        citizen_id=row.citizen_id or None, phone=row.phone, house_no=row.house_no,
        village_id=village_id, household_id=household_id))
    s.add(person)
    return person


def import_rows(db: Database, training_id: int, preview_: ImportPreview, today: date) -> int:
    """Add the new people and register every row, in one transaction; the number registered.

    ValidationError (nothing written) unless the preview was clean and every row still checks
    out the same way against the database as it is now.
    """
    if not preview_.can_import:
        refused = [preview_.file_problem] if preview_.file_problem else [
            p for row in preview_.rows for p in _numbered(row)]
        raise ValidationError(refused or [_file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The sheet has no trainees under its header row."))])
    people = PeopleService(db, today)
    with db.session() as s:
        live_training(s, training_id)
        rows = _check(s, training_id, [_raw_of(r) for r in preview_.rows])
        problems = [p for row in rows for p in _numbered(row)]
        for row, before in zip(rows, preview_.rows, strict=True):
            if not row.problems and row.person_id != before.person_id:
                problems.append(FieldProblem("", QT_TRANSLATE_NOOP(
                    "Validation", "The people registry changed since the file was checked; "
                    "choose the file again."), {"row_no": row.row_no}))
        if problems:
            raise ValidationError(problems)
        # Held here so the rules' look-ups of a village are answered from the session.
        kept = s.scalars(select(Village)).all()
        villages = {v.moo: v.id for v in kept}
        households = _households(s, rows, villages)
        added: dict[int, Person] = {}
        # No flush per person: the new people go in as one batch. The rules' own look-ups
        # cannot see the earlier ones of the file, but _Seen has already refused doubles.
        with s.no_autoflush:
            for row in rows:
                if row.person_id is None:
                    village_id = villages.get(row.moo) if row.moo is not None else None
                    added[row.row_no] = _new_person(
                        s, people, row, village_id, households.get((row.house_no, village_id)))
        s.flush()
        person_ids = [row.person_id if row.person_id is not None else added[row.row_no].id
                      for row in rows]
        return register_people(s, training_id, person_ids, today)
