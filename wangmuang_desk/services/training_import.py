"""Registering a round's trainees from an Excel list: a blank template, a preview of every row
with its problems, then one all-or-nothing import (design.md: every import validates first).

The template is built in reports/training_import_template; the sheet is read into text rows in
training_import_cells. openpyxl is imported inside the functions that read or write a workbook,
never at module import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import Household, Person, Trainee, Village
from wangmuang_desk.reports import training_import_template
from wangmuang_desk.reports.training_import_template import COLUMNS
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.people import PeopleService
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.training_common import live_training
from wangmuang_desk.services.training_import_cells import (
    RawRow,
    file_problem,
    moo_number,
    read_sheet,
)
from wangmuang_desk.services.training_rows import ImportPreview, ImportRow
from wangmuang_desk.services.training_sessions import register_people

MAX_ROWS = 2000  # rows in one file; the template's instructions name the limit too


def write_template(path: Path | str) -> Path:
    """A blank list to fill in: the header row, then an instruction sheet (in Thai)."""
    return training_import_template.write_template(path, MAX_ROWS)


# --- checking the rows against the database -----------------------------------------------
def _villages(s: Session) -> dict[int, int]:
    return {moo: village_id for moo, village_id in s.execute(select(Village.moo, Village.id))}


def _chunks(items: Iterable, size: int = 400) -> Iterator[list]:
    # Lookups go by hundreds: one statement per row made 2,000 rows take seconds.
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class _Parsed:
    raw: RawRow
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


def _parse(raw: RawRow, villages: dict[int, int]) -> _Parsed:
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
    moo = moo_number(problems, v["moo"], villages)
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


def _check(s: Session, training_id: int, raws: list[RawRow]) -> list[ImportRow]:
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
    raws, problem = read_sheet(Path(path), MAX_ROWS)
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


def _raw_of(row: ImportRow) -> RawRow:
    # ImportRow's fields carry the column keys' names; checked values check the same again.
    values = {key: getattr(row, key) for key in COLUMNS}
    return RawRow(row.row_no, {k: "" if v is None else str(v) for k, v in values.items()})


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
    people.apply_input(s, person, PersonInput(
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
        raise ValidationError(refused or [file_problem(QT_TRANSLATE_NOOP(
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
