"""The people registry: add, edit, search, list and move to the recycle bin.

The list (count, fetch, search) reads the tables through plain Core tables of its own, not
the ORM models: the people list is the page the program opens on, and with no model to
declare or configure first it paints sooner (design.md, start-up budget). The models load
with the form's use cases (get, add, update, move to the recycle bin).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    Select,
    String,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import ColumnElement, UnaryExpression

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.schema import PERSON_FTS, trigram_available
from wangmuang_desk.services import validation
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import PersonRow, VillageRow
from wangmuang_desk.services.search_text import normalize_query, person_search_text
from wangmuang_desk.thai.dates import age_on

if TYPE_CHECKING:
    # Both load on first use: the list, which the program opens on, needs neither.
    from wangmuang_desk.db.models import Person
    from wangmuang_desk.services.rows import PersonInput

ELDER_AGE = 60
SEXES = ("M", "F", "")

# The list's view of the person and village tables: the columns it reads, with the types of
# db/models (a test compares them), so dates and yes/no flags come back as through the models.
_person = table(
    "person",
    column("id", Integer), column("title", String), column("first_name", String),
    column("last_name", String), column("citizen_id", String), column("birth_date", Date),
    column("sex", String), column("phone", String), column("house_no", String),
    column("village_id", Integer), column("household_id", Integer),
    column("is_elder", Boolean), column("is_disabled", Boolean),
    column("is_disadvantaged", Boolean), column("deleted_at", DateTime),
    column("search_text", String),
)
_village = table(
    "village",
    column("id", Integer), column("moo", Integer), column("name", String), column("note", String),
)
_P, _V = _person.c, _village.c

_SORTS = {
    "name": (_P.first_name, _P.last_name, _P.id),
    "last_name": (_P.last_name, _P.first_name, _P.id),
    "moo": (_V.moo, _P.house_no, _P.id),
    "birth_date": (_P.birth_date, _P.id),
    "age": (_P.birth_date, _P.id),
    "id": (_P.id,),
}

# The trigram index (person_fts, baseline migration) finds words of three characters or more.
TRIGRAM = 3
_fts = table(PERSON_FTS, column("rowid"), column(PERSON_FTS))
_LIVE_NAME_INDEX = text("person INDEXED BY ix_person_live_name")


def _text_column(name: str) -> ColumnElement[str]:
    # A column of _LIVE_NAME_INDEX's table, named in SQL: _person's own columns would add
    # "person" to the FROM clause a second time.
    return literal_column(name, String)


def search_words(search: str) -> list[str]:
    """The words a search is made of, each once, in the form search_text is kept in."""
    return list(dict.fromkeys(normalize_query(search).split()))


def fts_query(words: list[str]) -> str | None:
    """An FTS5 query that finds every row containing all the long words (and maybe more).

    The index keeps no positions (detail=none), so a word is asked for as all of its
    trigrams, each quoted (a double quote doubled) so nothing typed is read as FTS syntax.
    Rows with the trigrams in another order are weeded out by the LIKE beside it.
    """
    trigrams = sorted({
        word[i : i + TRIGRAM] for word in words for i in range(len(word) - TRIGRAM + 1)
    })
    if not trigrams:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


def _any_filter(query: ListQuery) -> bool:
    return any(value is not None for _name, value in query.filters)


def _unindexed(column_: ColumnElement) -> UnaryExpression:
    # SQLite's documented way to keep a term from choosing an index: a unary plus (a no-op
    # on the value). Used where the index it would pick is a worse way in than another one.
    return UnaryExpression(column_, operator=operators.custom_op("+"))


# The whole list's count, which every opening of the page asks first: all rows less those in
# the recycle bin. SQLite counts all rows through its narrowest index (one integer per row)
# and the binned ones through their own partial index, about 1 ms on 200,000 people, where
# counting the live rows themselves reads the wide live index (30 ms and more). Both counts
# are one statement, so they see the same state of the file.
_LIVE_COUNT = select(
    select(func.count()).select_from(_person).scalar_subquery()
    - select(func.count()).select_from(_person).where(_P.deleted_at.is_not(None))
    .scalar_subquery()
)


def _row_select() -> Select:
    return select(
        _P.id, _P.title, _P.first_name, _P.last_name, _P.citizen_id, _P.birth_date, _P.sex,
        _P.phone, _P.house_no, _P.village_id, _V.moo, _V.name, _P.household_id, _P.is_elder,
        _P.is_disabled, _P.is_disadvantaged,
    ).outerjoin(_village, _P.village_id == _V.id)


def _to_row(r) -> PersonRow:
    return PersonRow(
        id=r[0], title=r[1], first_name=r[2], last_name=r[3], citizen_id=r[4], birth_date=r[5],
        sex=r[6], phone=r[7], house_no=r[8], village_id=r[9], moo=r[10], village_name=r[11] or "",
        household_id=r[12], is_elder=r[13], is_disabled=r[14], is_disadvantaged=r[15],
    )


class PeopleService:
    """Implements ListSource for the people list, plus the form's use cases."""

    sort_keys = tuple(_SORTS)

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today
        self._fts_ready: bool | None = None  # found out once, on the first search

    def today(self) -> date:
        return self._today or date.today()

    # --- listing -------------------------------------------------------------------------
    #
    # Every word must appear somewhere in search_text: "สมศรี ใจ" finds สมศรี ใจดี. That is
    # a LIKE per word; the trigram index narrows the rows first when a word is long enough.
    # Besides the words, how the rows are found is chosen here, not left to SQLite, which
    # without statistics guesses badly on 200,000 people:
    # - name order, no narrowing index: walk ix_person_live_name (partial, in name order,
    #   with search_text) and stop after the page;
    # - words the index knows: the rows it finds, looked up by id, then sorted;
    # - a village or household: their own indexes; other orders: one pass and a sort.

    def _fts(self, s: Session) -> bool:
        if self._fts_ready is None:
            present = s.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                {"name": PERSON_FTS},
            ).first()
            self._fts_ready = present is not None and trigram_available()
        return self._fts_ready

    def _filtered(
        self, stmt: Select, query: ListQuery, words: list[str], match: str | None,
        by_live_index: bool,
    ) -> Select:
        if by_live_index:
            stmt = stmt.where(_P.deleted_at.is_(None))
        else:
            stmt = stmt.where(_unindexed(_P.deleted_at).is_(None))
        if match is not None:
            found = select(_fts.c.rowid).where(_fts.c[PERSON_FTS].match(match))
            stmt = stmt.where(_P.id.in_(found))
        for word in words:
            stmt = stmt.where(_P.search_text.contains(word, autoescape=True))
        village_id = query.filter("village_id")
        if village_id is not None:
            stmt = stmt.where(_P.village_id == village_id)
        household_id = query.filter("household_id")
        if household_id is not None:
            stmt = stmt.where(_P.household_id == household_id)
        flag = query.filter("flag")
        if flag == "women":
            stmt = stmt.where(_P.sex == "F")
        elif flag == "elder":
            stmt = stmt.where(_P.is_elder.is_(True))
        elif flag == "disabled":
            stmt = stmt.where(_P.is_disabled.is_(True))
        elif flag == "disadvantaged":
            stmt = stmt.where(_P.is_disadvantaged.is_(True))
        return stmt

    def _match(self, s: Session, words: list[str]) -> str | None:
        match = fts_query(words)
        return match if match is not None and self._fts(s) else None

    @staticmethod
    def _indexed_filter(query: ListQuery) -> bool:
        return query.filter("village_id") is not None or query.filter("household_id") is not None

    def count(self, query: ListQuery) -> int:
        words = search_words(query.search)
        with self.db.session() as s:
            if not words and not _any_filter(query):
                return s.execute(_LIVE_COUNT).scalar_one()
            match = self._match(s, words)
            if match is None and not _any_filter(query):
                # The whole list, or words too short for the trigram index: the live index
                # has every live person and the search text, without the rest of each row.
                # Named outright: with statistics SQLite takes the table as no dearer.
                stmt = select(func.count()).select_from(_LIVE_NAME_INDEX).where(
                    _text_column("person.deleted_at").is_(None),
                    *(_text_column("person.search_text").contains(word, autoescape=True)
                      for word in words))
            else:
                # A filter on flags would make the live index look up every row; one pass
                # over the table, or the rows found through another index, is cheaper.
                stmt = self._filtered(
                    select(func.count()).select_from(_person), query, words, match, False)
            return s.execute(stmt).scalar_one()

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[PersonRow]:
        by_name = query.sort_key not in _SORTS or query.sort_key == "name"
        order = _SORTS["name"] if by_name else _SORTS[query.sort_key]
        # Age ascending means the youngest first: the latest birth date first.
        descending = query.descending != (query.sort_key == "age")
        order_by = [c.desc() if descending else c.asc() for c in order]
        words = search_words(query.search)
        with self.db.session() as s:
            match = self._match(s, words)
            if match is not None and by_name and self._common(s, match, offset + limit):
                match = None  # the LIKE alone, on the name index, fills the page sooner
            by_live_index = by_name and match is None and not self._indexed_filter(query)
            # The ids of the window first: only the `limit` rows shown are read in full.
            window = self._filtered(select(_P.id), query, words, match, by_live_index)
            if query.sort_key == "moo":
                window = window.outerjoin(_village, _P.village_id == _V.id)
            window = window.order_by(*order_by).offset(offset).limit(limit)
            stmt = _row_select().where(_P.id.in_(window.correlate(None).scalar_subquery()))
            return [_to_row(r) for r in s.execute(stmt.order_by(*order_by))]

    def _common(self, s: Session, match: str, rows_needed: int) -> bool:
        """Whether the words are so common that walking the name index fills the page first.

        Through the trigram index the cost grows with the rows found (each looked up and
        sorted); walking the name index it grows with how far one must go to find
        `rows_needed` of them (people / found per row needed), about a third as costly.
        """
        found = s.execute(
            select(func.count()).select_from(_fts).where(_fts.c[PERSON_FTS].match(match))
        ).scalar_one()
        people = s.execute(select(func.max(_P.id))).scalar_one() or 0
        return 3 * found * found > rows_needed * people

    def search(self, text: str, limit: int = 20) -> list[PersonRow]:
        """Quick lookup for pickers (add a member, choose a household head, ...)."""
        return self.fetch(ListQuery(search=text), 0, limit)

    def members_of(self, household_id: int) -> list[PersonRow]:
        """The people living in one household (for the household form)."""
        return people_in_household(self.db, household_id)

    def by_ids(self, ids: list[int]) -> list[PersonRow]:
        """These people, in the order asked; ones gone to the recycle bin are left out."""
        found = {row.id: row for row in find_by_ids(self.db, list(ids))}
        return [found[i] for i in dict.fromkeys(ids) if i in found]

    def villages(self) -> list[VillageRow]:
        """Every village by number, for the list's filter: OfficeService.villages() read
        through the list's own view of the table, so the first page needs no models."""
        with self.db.session() as s:
            stmt = select(_V.id, _V.moo, _V.name, _V.note).order_by(_V.moo)
            return [VillageRow(r[0], r[1], r[2], r[3]) for r in s.execute(stmt)]

    # --- one person ----------------------------------------------------------------------
    def get(self, person_id: int) -> tuple[PersonRow, PersonInput]:
        from wangmuang_desk.db.models import Person
        from wangmuang_desk.services.rows import PersonInput

        with self.db.session() as s:
            p = s.get(Person, person_id)
            if p is None or p.deleted_at is not None:
                raise NotFoundError(person_id)
            row = _to_row(s.execute(_row_select().where(_P.id == person_id)).one())
            data = PersonInput(
                first_name=p.first_name, last_name=p.last_name, title=p.title,
                citizen_id=p.citizen_id, birth_date=p.birth_date, sex=p.sex, phone=p.phone,
                house_no=p.house_no, village_id=p.village_id, soi=p.soi, road=p.road,
                household_id=p.household_id, is_elder=p.is_elder, is_disabled=p.is_disabled,
                is_disadvantaged=p.is_disadvantaged, pdpa_consent_on=p.pdpa_consent_on, note=p.note,
            )
            return row, data

    def add(self, data: PersonInput) -> int:
        from wangmuang_desk.db.models import Person

        with self.db.session() as s:
            person = Person(first_name="")
            self.apply_input(s, person, data)
            s.add(person)
            s.flush()
            return person.id

    def update(self, person_id: int, data: PersonInput) -> None:
        from wangmuang_desk.db.models import Person

        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(person_id)
            self.apply_input(s, person, data)

    def move_to_bin(self, person_id: int) -> None:
        from wangmuang_desk.db.models import Person

        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            person.deleted_at = datetime.now()

    # --- rules ---------------------------------------------------------------------------
    def apply_input(self, s: Session, person: Person, data: PersonInput) -> None:
        """Validate everything first; write nothing unless all of it is right.

        Public for use cases that add people inside their own transaction (the import of a
        round's trainees): the registry's rules stay in one place.
        """
        from wangmuang_desk.db.models import Household, Person, Village

        problems: list[FieldProblem] = []
        first = validation.required_text(
            problems, "first_name", data.first_name,
            QT_TRANSLATE_NOOP("Validation", "Enter the first name."))
        cid = validation.citizen_id(problems, data.citizen_id)
        if cid is not None:
            owner = s.execute(
                select(Person.id, Person.title, Person.first_name, Person.last_name,
                       Person.deleted_at).where(Person.citizen_id == cid, Person.id != person.id)
            ).first()
            if owner is not None:
                name = f"{owner[1]}{owner[2]} {owner[3]}".strip()
                message = (
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This national ID is already recorded for {name}, who is in the "
                        "recycle bin. Restore that record instead of adding a new one.")
                    if owner[4] is not None
                    else QT_TRANSLATE_NOOP(
                        "Validation", "This national ID is already recorded for {name}.")
                )
                problems.append(FieldProblem("citizen_id", message, {"name": name}))
        birth = validation.birth_date(problems, data.birth_date, self.today())
        phone = validation.phone(problems, data.phone)
        if data.sex not in SEXES:
            problems.append(FieldProblem("sex", QT_TRANSLATE_NOOP("Validation", "Choose a sex.")))
        if data.village_id is not None and s.get(Village, data.village_id) is None:
            problems.append(FieldProblem(
                "village_id", QT_TRANSLATE_NOOP("Validation", "This village no longer exists.")))
        household = None
        if data.household_id is not None:
            household = s.get(Household, data.household_id)
            if household is None or household.deleted_at is not None:
                problems.append(FieldProblem(
                    "household_id",
                    QT_TRANSLATE_NOOP("Validation", "This household no longer exists.")))
        if problems:
            raise ValidationError(problems)

        person.title = data.title.strip()
        person.first_name = first
        person.last_name = data.last_name.strip()
        person.citizen_id = cid
        person.birth_date = birth
        person.sex = data.sex
        person.phone = phone
        person.house_no = data.house_no.strip()
        person.village_id = data.village_id
        person.soi = data.soi.strip()
        person.road = data.road.strip()
        person.household_id = data.household_id
        if household is not None and not person.house_no:
            # A member of a household lives at its address unless staff typed another one.
            person.house_no, person.village_id = household.house_no, household.village_id
        person.is_elder = data.is_elder or (
            birth is not None and age_on(birth, self.today()) >= ELDER_AGE)
        person.is_disabled = data.is_disabled
        person.is_disadvantaged = data.is_disadvantaged
        person.pdpa_consent_on = data.pdpa_consent_on
        person.note = data.note.strip()
        person.search_text = person_search_text(
            person.title, person.first_name, person.last_name, cid, phone)


def people_in_household(db: Database, household_id: int) -> list[PersonRow]:
    with db.session() as s:
        stmt = _row_select().where(
            _P.household_id == household_id, _P.deleted_at.is_(None)
        ).order_by(_P.id)
        return [_to_row(r) for r in s.execute(stmt)]


def find_by_ids(db: Database, ids: list[int]) -> list[PersonRow]:
    if not ids:
        return []
    with db.session() as s:
        stmt = _row_select().where(_P.id.in_(ids), _P.deleted_at.is_(None))
        return [_to_row(r) for r in s.execute(stmt)]
