"""Reading a trainee list's sheet into text rows: finding the header, turning cells into text,
and reading a หมู่ as a village number. No database here; services/training_import checks the
rows against it.

openpyxl is imported inside read_sheet, never at module import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from wangmuang_desk.reports.training_import_template import COLUMNS, HEADERS
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.thai.digits import to_arabic_digits

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
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # what openpyxl reads
_MOO_PREFIX = re.compile(r"^(?:หมู่ที่|หมู่|ม\.?|moo\.?)\s*", re.IGNORECASE)


def _header_key(text: str) -> str:
    # Case, spaces and stray punctuation do not matter: "House No." = "house no" = "houseno".
    return re.sub(r"[\s.*:_\-]+", "", text.casefold())


_HEADER_LOOKUP = {_header_key(name): key
                  for key in COLUMNS for name in (HEADERS[key], *_ALIASES[key])}


@dataclass(frozen=True)
class RawRow:
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


def file_problem(message: str, **params: object) -> FieldProblem:
    return FieldProblem("file", message, params)


_DAMAGED = FieldProblem("file", QT_TRANSLATE_NOOP(
    "Validation", "The file cannot be opened as an Excel workbook; it may be damaged."))


def read_sheet(path: Path, max_rows: int) -> tuple[list[RawRow], FieldProblem | None]:
    """The non-empty rows under the header of the first sheet, or why there are none."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "This is an old Excel file (.xls). Open it in Excel, save it as "
            "\"Excel Workbook (.xlsx)\" and choose that file."))
    if suffix not in _EXCEL_SUFFIXES:
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "Choose an Excel workbook (.xlsx)."))
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The file cannot be read. Check that it still exists and is not "
            "open in another program."))
    except Exception:  # a damaged file fails in many ways inside openpyxl
        return [], _DAMAGED
    try:
        return read_rows(book.worksheets[0].iter_rows(values_only=True), max_rows)
    except Exception:  # read-only sheets parse lazily, while iterating
        return [], _DAMAGED
    finally:
        book.close()


def read_rows(rows: Iterable[tuple], max_rows: int) -> tuple[list[RawRow], FieldProblem | None]:
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
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "No header row was found. The first row must name the columns: "
            "{columns}."), columns=expected)
    missing = [HEADERS[key] for key in ("first_name", "last_name") if key not in columns]
    if missing:
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The sheet has no column {column}. The header row should name the "
            "columns: {columns}."), column=", ".join(missing), columns=expected)
    found: list[RawRow] = []
    for row_no, cells in enumerate(rows, start=header_no + 1):
        values, dates = _row_values(cells, columns)
        if not any(values.values()):
            continue  # blank lines and rows numbered in advance but never filled
        if len(found) == max_rows:
            return [], file_problem(QT_TRANSLATE_NOOP(
                "Validation", "The sheet has more than {limit} rows. Split the list into "
                "files of at most {limit} rows."), limit=max_rows)
        found.append(RawRow(row_no, values, dates))
    if not found:
        return [], file_problem(QT_TRANSLATE_NOOP(
            "Validation", "The sheet has no trainees under its header row."))
    return found, None


def moo_number(problems: list[FieldProblem], text: str, villages: dict[int, int]) -> int | None:
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
