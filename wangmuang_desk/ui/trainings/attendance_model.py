"""The attendance of a training round as a table: trainees down, planned sessions across.

Each session cell is present (True), absent (False) or not recorded (None). Edits stay in the
model as unsaved changes until the grid saves them; `changes()` gives exactly those, keyed by
(trainee_id, session_id). The count and percent columns are over ALL planned sessions of the
round (domain.md §3.3 step 7), through the same rules the evaluation uses.

Built for fast entry down a column of 200 trainees: a mark changes three numbers in place
and repaints its cell and its row's two totals, never the whole table.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent

from wangmuang_desk.services.training_rows import AttendanceSheet, SessionRow, TraineeRow
from wangmuang_desk.services.training_rules import attendance_ok, attendance_percent
from wangmuang_desk.thai.dates import THAI_MONTHS_ABBR, be_year
from wangmuang_desk.thai.digits import to_arabic_digits

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
Mark = bool | None  # present, absent, not recorded

NUMBER_COLUMN, NAME_COLUMN, MOO_COLUMN = 0, 1, 2
FIRST_SESSION_COLUMN = 3

# Extra roles: the mark itself, whether the row is under the threshold, whether the cell is
# an unsaved change. Tests and the delegate read these instead of parsing display text.
MARK_ROLE = int(Qt.ItemDataRole.UserRole) + 1
BELOW_THRESHOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 2
DIRTY_ROLE = int(Qt.ItemDataRole.UserRole) + 3

PRESENT_TEXT, ABSENT_TEXT = "✓", "✗"
PRESENT_COLOUR = QColor("#2e7d32")
ABSENT_COLOUR = QColor("#c62828")
DIRTY_BACKGROUND = QColor("#fff3c4")  # unsaved cells, like a pencil mark before ink
BELOW_BACKGROUND = QColor("#fde0dc")
BELOW_FOREGROUND = QColor("#b71c1c")

_CENTRE = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Not ItemIsEditable: marks change through keys and the grid's actions, no editor.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_R = Qt.ItemDataRole
_DISPLAY, _EDIT, _ALIGNMENT = int(_R.DisplayRole), int(_R.EditRole), int(_R.TextAlignmentRole)
_FOREGROUND, _BACKGROUND = int(_R.ForegroundRole), int(_R.BackgroundRole)
_TOOLTIP, _ACCESSIBLE = int(_R.ToolTipRole), int(_R.AccessibleTextRole)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _ALIGNMENT, _FOREGROUND, _BACKGROUND, _TOOLTIP,
                       _ACCESSIBLE, MARK_ROLE, BELOW_THRESHOLD_ROLE, DIRTY_ROLE})

# What people type in a spreadsheet column of a sign-in sheet. "/" is the tick of Thai paper
# forms; "ลา" (on leave) still counts as not attending.
_PRESENT_WORDS = frozenset({"1", "✓", "✔", "☑", "/", "มา", "present", "p", "y", "yes", "true"})
_ABSENT_WORDS = frozenset({"0", "✗", "✘", "×", "x", "ขาด", "ไม่มา", "ลา", "absent", "a", "n",
                           "no", "false"})

# Keys by the character they type, so a Thai keyboard layout works on the same physical keys:
# P is ย (ญ shifted), A is ฟ (ฤ), 1 is ๅ, 0 is จ; the Thai digits ๑ and ๐ count as 1 and 0.
_PRESENT_CHARS = frozenset("pP1ยญๅ๑")
_ABSENT_CHARS = frozenset("aA0ฟฤจ๐")
# Windows also reports the physical key (virtual-key code) whatever the layout: P, 1, pad 1.
_PRESENT_VKEYS = frozenset({0x50, 0x31, 0x61})
_ABSENT_VKEYS = frozenset({0x41, 0x30, 0x60})
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
UNSET = object()  # a key that asks for no mark


def parse_mark(text: str) -> Mark:
    """A pasted spreadsheet value as a mark; "" is not recorded. ValueError when unknown."""
    word = to_arabic_digits(text.strip()).casefold()
    if not word:
        return None
    if word in _PRESENT_WORDS:
        return True
    if word in _ABSENT_WORDS:
        return False
    raise ValueError(text)


def parse_block(text: str) -> list[list[Mark]]:
    """A block copied from a spreadsheet: lines of tab-separated values. ValueError carries
    the first value that is not a mark."""
    lines = text.split("\n")
    if lines and not lines[-1].strip():
        lines.pop()  # spreadsheets end a copied block with a line break
    return [[parse_mark(value) for value in line.rstrip("\r").split("\t")] for line in lines]


def typed_mark(event: QKeyEvent) -> Mark | object:
    """The mark a key press asks for: True, False, None (Delete), or UNSET for other keys."""
    if event.modifiers() & COMMAND_MODIFIERS:
        return UNSET
    if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return None
    text = event.text()
    if text in _PRESENT_CHARS:
        return True
    if text in _ABSENT_CHARS:
        return False
    if sys.platform == "win32":
        if event.nativeVirtualKey() in _PRESENT_VKEYS:
            return True
        if event.nativeVirtualKey() in _ABSENT_VKEYS:
            return False
    return UNSET


def session_date_text(day: date) -> str:
    """`20 พ.ย. 69`: the short form staff write on sign-in sheets, narrow enough for a header."""
    return f"{day.day} {THAI_MONTHS_ABBR[day.month - 1]} {be_year(day) % 100:02d}"


class AttendanceModel(QAbstractTableModel):
    """Columns: No., name, moo, one per planned session, attended/planned, percent."""

    changesChanged = Signal(int)  # the number of cells that differ from the saved sheet

    def __init__(self, sheet: AttendanceSheet, parent: Any = None) -> None:
        super().__init__(parent)
        self._load(sheet)

    # -- the sheet -------------------------------------------------------------------------

    def set_sheet(self, sheet: AttendanceSheet) -> None:
        """Show a freshly loaded sheet (after saving); unsaved changes are dropped."""
        had_changes = bool(self._dirty)
        self.beginResetModel()
        self._load(sheet)
        self.endResetModel()
        if had_changes:
            self.changesChanged.emit(0)

    def _load(self, sheet: AttendanceSheet) -> None:
        self._sheet = sheet
        self._trainees: tuple[TraineeRow, ...] = sheet.trainees
        self._sessions: tuple[SessionRow, ...] = sheet.sessions
        self._row_of = {t.id: n for n, t in enumerate(self._trainees)}
        self._slot_of = {s.id: n for n, s in enumerate(self._sessions)}
        # Marks of trainees or sessions no longer in the round are not shown and never saved.
        self._saved: list[list[Mark]] = [
            [sheet.marks.get((t.id, s.id)) for s in self._sessions] for t in self._trainees
        ]
        self._marks = [list(row) for row in self._saved]
        self._dirty: set[tuple[int, int]] = set()  # (row, slot)
        self._attended = [sum(1 for m in row if m) for row in self._marks]
        slots = range(len(self._sessions))
        self._present = [sum(1 for row in self._marks if row[s] is True) for s in slots]
        self._absent = [sum(1 for row in self._marks if row[s] is False) for s in slots]

    @property
    def sheet(self) -> AttendanceSheet:
        return self._sheet

    @property
    def threshold(self) -> int:
        return self._sheet.threshold

    @property
    def planned(self) -> int:
        return len(self._sessions)

    @property
    def attended_column(self) -> int:
        return FIRST_SESSION_COLUMN + len(self._sessions)

    @property
    def percent_column(self) -> int:
        return self.attended_column + 1

    def is_session_column(self, column: int) -> bool:
        return FIRST_SESSION_COLUMN <= column < self.attended_column

    def session_at(self, column: int) -> SessionRow | None:
        return self._sessions[column - FIRST_SESSION_COLUMN] if self.is_session_column(
            column) else None

    def trainee_at(self, row: int) -> TraineeRow | None:
        return self._trainees[row] if 0 <= row < len(self._trainees) else None

    def column_of_session(self, session_id: int) -> int:
        slot = self._slot_of.get(session_id)
        return -1 if slot is None else FIRST_SESSION_COLUMN + slot

    def row_of_trainee(self, trainee_id: int) -> int:
        return self._row_of.get(trainee_id, -1)

    # -- marks -----------------------------------------------------------------------------

    def mark(self, row: int, column: int) -> Mark:
        return self._marks[row][column - FIRST_SESSION_COLUMN]

    def attended(self, row: int) -> int:
        return self._attended[row]

    def percent(self, row: int) -> Decimal:
        return attendance_percent(self._attended[row], self.planned)

    def below_threshold(self, row: int) -> bool:
        return not attendance_ok(self._attended[row], self.planned, self.threshold)

    def find_row(self, text: str, start: int = 0, step: int = 0) -> int:
        """The first trainee whose name holds `text` or whose number it is, or -1; `step`
        1 / -1 looks for the next / previous one after the row `start`, round the end."""
        text = to_arabic_digits(text.strip()).casefold()
        rows = len(self._trainees)
        if not text:
            return -1
        order = [(start + step * k) % rows for k in range(1, rows + 1)] if step else range(rows)
        return next((row for row in order if text == str(row + 1)
                     or text in self._trainees[row].name.casefold()), -1)

    def session_counts(self, column: int) -> tuple[int, int, int]:
        """(present, absent, not recorded) in a session column."""
        slot = column - FIRST_SESSION_COLUMN
        present, absent = self._present[slot], self._absent[slot]
        return present, absent, len(self._trainees) - present - absent

    def set_mark(self, row: int, column: int, value: Mark) -> bool:
        """Mark one cell; True when it changed."""
        return self.set_marks({(row, column): value}) > 0

    def fill_column(self, column: int, value: Mark) -> int:
        """Give every trainee the same mark in one session; the number of cells changed."""
        if not self.is_session_column(column):
            return 0
        return self.set_marks({(row, column): value for row in range(len(self._trainees))})

    def set_marks(self, cells: Mapping[tuple[int, int], Mark]) -> int:
        """Mark many (row, column) cells at once; the number that changed.

        Repaints only the rectangle around the changed cells and those rows' totals.
        """
        changed: list[tuple[int, int]] = []
        for (row, column), value in cells.items():
            if not (self.is_session_column(column) and 0 <= row < len(self._trainees)):
                continue
            slot = column - FIRST_SESSION_COLUMN
            old = self._marks[row][slot]
            if old is value:
                continue
            self._marks[row][slot] = value
            self._attended[row] += (value is True) - (old is True)
            self._present[slot] += (value is True) - (old is True)
            self._absent[slot] += (value is False) - (old is False)
            if value is self._saved[row][slot]:
                self._dirty.discard((row, slot))
            else:
                self._dirty.add((row, slot))
            changed.append((row, column))
        if changed:
            self._announce(changed)
        return len(changed)

    def _announce(self, changed: list[tuple[int, int]]) -> None:
        rows = [row for row, _column in changed]
        columns = [column for _row, column in changed]
        top, bottom = min(rows), max(rows)
        self.dataChanged.emit(self.index(top, min(columns)), self.index(bottom, max(columns)))
        self.dataChanged.emit(self.index(top, self.attended_column),
                              self.index(bottom, self.percent_column))
        self.changesChanged.emit(len(self._dirty))

    def place_block(self, row: int, column: int, block: list[list[Mark]]) -> int:
        """Put a pasted block with its top-left at (row, column); the number of values that
        fell outside the trainees or the session columns and were left out."""
        cells: dict[tuple[int, int], Mark] = {}
        for down, marks in enumerate(block):
            for across, mark in enumerate(marks):
                if row + down < len(self._trainees) and self.is_session_column(column + across):
                    cells[(row + down, column + across)] = mark
        self.set_marks(cells)
        return sum(len(marks) for marks in block) - len(cells)

    def changes(self) -> dict[tuple[int, int], Mark]:
        """The unsaved changes, (trainee_id, session_id) → present / absent.

        None means a mark that was saved before has been cleared (Delete): the saved record
        is to be removed, the cell is "not recorded" again.
        """
        return {
            (self._trainees[row].id, self._sessions[slot].id): self._marks[row][slot]
            for row, slot in sorted(self._dirty)
        }

    def change_count(self) -> int:
        return len(self._dirty)

    def revert(self) -> None:
        """Back to the saved sheet."""
        if not self._dirty:
            return
        self.set_marks({(row, FIRST_SESSION_COLUMN + slot): self._saved[row][slot]
                        for row, slot in self._dirty})

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._trainees)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.percent_column + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Asked for about ten roles per painted cell: the ones not answered leave at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        slot = column - FIRST_SESSION_COLUMN
        if 0 <= slot < len(self._sessions):
            return self._session_data(row, slot, role)
        if role == BELOW_THRESHOLD_ROLE:
            return self.below_threshold(row)
        if column >= self.attended_column:
            return self._total_data(row, column, role)
        trainee = self._trainees[row]
        if role == _DISPLAY:
            if column == NUMBER_COLUMN:
                return str(row + 1)
            if column == NAME_COLUMN:
                return trainee.name
            return "" if trainee.moo is None else str(trainee.moo)
        if role == _ALIGNMENT and column != NAME_COLUMN:
            return _CENTRE
        if role == _TOOLTIP and column == NAME_COLUMN:
            return " ".join(p for p in (trainee.name, trainee.house_no, trainee.village_name) if p)
        return None

    def _session_data(self, row: int, slot: int, role: int) -> Any:
        mark = self._marks[row][slot]
        if role == _DISPLAY:
            return "" if mark is None else PRESENT_TEXT if mark else ABSENT_TEXT
        if role == MARK_ROLE or role == _EDIT:
            return mark
        if role == _ALIGNMENT:
            return _CENTRE
        if role == _FOREGROUND:
            return None if mark is None else PRESENT_COLOUR if mark else ABSENT_COLOUR
        if role == _BACKGROUND:
            return DIRTY_BACKGROUND if (row, slot) in self._dirty else None
        if role == DIRTY_ROLE:
            return (row, slot) in self._dirty
        if role == BELOW_THRESHOLD_ROLE:
            return self.below_threshold(row)
        # The tooltip, and what a screen reader says.
        text = mark_name(mark)
        if (row, slot) in self._dirty:
            text = translate("AttendanceGrid", "{mark} (not saved)").format(mark=text)
        return text

    def _total_data(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            if column == self.attended_column:
                return f"{self._attended[row]}/{self.planned}"
            return f"{self.percent(row)}%"
        if role == _ALIGNMENT:
            return _RIGHT
        below = self.below_threshold(row)
        if role == _BACKGROUND and below:
            return BELOW_BACKGROUND
        if role == _FOREGROUND and below:
            return BELOW_FOREGROUND
        if role == _TOOLTIP and below:
            return translate("AttendanceGrid", "Under the round's {threshold}% attendance").format(
                threshold=self.threshold)
        return None

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, MARK_ROLE):
            return False
        if isinstance(value, str):
            try:
                value = parse_mark(value)
            except ValueError:
                return False
        if value is not None and not isinstance(value, bool):
            return False
        self.set_marks({(index.row(), index.column()): value})
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_session_column(section):
            session = self._sessions[section - FIRST_SESSION_COLUMN]
            present, absent, blank = self.session_counts(section)
            lines = [session.data.topic, session.speaker_name,
                     session_counts_text(present, absent, blank)]
            return "\n".join(line for line in lines if line)
        return None

    def _header_text(self, section: int) -> str | None:
        if section == NUMBER_COLUMN:
            return translate("AttendanceGrid", "No.")
        if section == NAME_COLUMN:
            return translate("AttendanceGrid", "Name")
        if section == MOO_COLUMN:
            return translate("AttendanceGrid", "Moo")
        if self.is_session_column(section):
            session = self._sessions[section - FIRST_SESSION_COLUMN]
            title = translate("AttendanceGrid", "Session {number}").format(number=session.seq)
            return f"{title}\n{session_date_text(session.data.session_date)}"
        if section == self.attended_column:
            return translate("AttendanceGrid", "Attended\nof {planned}").format(
                planned=self.planned)
        if section == self.percent_column:
            return translate("AttendanceGrid", "Percent\n(pass {threshold}%)").format(
                threshold=self.threshold)
        return None


def mark_name(mark: Mark) -> str:
    if mark is None:
        return translate("AttendanceGrid", "Not recorded")
    return translate("AttendanceGrid", "Present") if mark else translate("AttendanceGrid",
                                                                          "Absent")


def session_counts_text(present: int, absent: int, not_recorded: int) -> str:
    return translate("AttendanceGrid", "{present} present, {absent} absent, "
                                       "{blank} not recorded").format(
        present=present, absent=absent, blank=not_recorded)
