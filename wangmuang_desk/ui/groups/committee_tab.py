"""The group's committee: the current term's seats and the past terms, and a new term.

A new term ends the current one the day before it starts (GroupMemberService); past terms are
kept and listed below the current one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import (
    POSITIONS,
    CommitteeSeat,
    CommitteeTermRow,
    CommitteeView,
    MemberRow,
)
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.group_widgets import (
    CENTRE,
    CheckedDialog,
    call_service,
    dialog_buttons,
    exec_dialog,
    fill_table,
    group_gone,
    make_table,
)
from wangmuang_desk.ui.groups.labels import position_label
from wangmuang_desk.ui.widgets.be_date_edit import BeDateEdit
from wangmuang_desk.ui.widgets.form_errors import FormErrors
from wangmuang_desk.ui.widgets.form_layout import fit_line_edit, hint_label

translate = QCoreApplication.translate

OFFICERS = tuple(p for p in POSITIONS if p != "member")  # one person each
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def term_text(term: CommitteeTermRow) -> str:
    start, end = format_be_date(term.term_start), format_be_date(term.term_end)
    if start and end:
        return translate("GroupWindow", "{start} – {end}").format(start=start, end=end)
    if start:
        return translate("GroupWindow", "from {start}").format(start=start)
    if end:
        return translate("GroupWindow", "until {end}").format(end=end)
    return translate("GroupWindow", "dates not recorded")


class CommitteeTermDialog(CheckedDialog):
    """Choose a member for each office and any number of ordinary committee members."""

    def __init__(
        self,
        services,
        group_id: int,
        current: CommitteeTermRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.setWindowTitle(translate("GroupWindow", "New committee term"))
        self.members: list[MemberRow] = services.group_members.members(group_id)
        ids = [m.person_id for m in self.members]
        earlier = {
            seat.position: seat.person_id
            for seat in (current.seats if current is not None else [])
            if seat.person_id in ids and seat.position in OFFICERS
        }

        seats_box = QGroupBox(translate("GroupWindow", "Seats"), objectName="seats")
        seats = QFormLayout(seats_box)
        seats.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officers: dict[str, QComboBox] = {}
        for position in OFFICERS:
            combo = QComboBox(objectName=f"seat_{position}")
            combo.addItems([translate("GroupWindow", "(nobody)")] + [m.name for m in self.members])
            chosen = earlier.get(position)
            combo.setCurrentIndex(ids.index(chosen) + 1 if chosen in ids else 0)
            combo.currentIndexChanged.connect(self._officers_changed)
            self.officers[position] = combo
            seats.addRow(position_label(position), combo)
        self.ordinary = QListWidget(objectName="seat_member")
        self.ordinary.setMinimumHeight(self.ordinary.fontMetrics().height() * 6)
        ordinary_ids = {
            seat.person_id
            for seat in (current.seats if current is not None else [])
            if seat.position == "member"
        }
        for member in self.members:
            item = QListWidgetItem(member.name)
            item.setData(_ID_ROLE, member.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.person_id in ordinary_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.ordinary.addItem(item)
        seats.addRow(position_label("member"), self.ordinary)
        if current is not None:
            seats.addRow(
                hint_label(
                    translate(
                        "GroupWindow",
                        "Filled in from the current committee; change what the meeting decided.",
                    )
                )
            )

        today = services.group_members.today()
        self.term_start = BeDateEdit(objectName="term_start")
        self.term_start.setDate(today)
        self.term_end = BeDateEdit(objectName="term_end")
        for edit in (self.term_start, self.term_end):
            fit_line_edit(edit, "00/00/0000")
        term = QFormLayout()
        term.addRow(translate("GroupWindow", "Term starts"), self.term_start)
        term.addRow(translate("GroupWindow", "Term ends"), self.term_end)
        if current is not None:
            term.addRow(
                hint_label(
                    translate(
                        "GroupWindow", "The current term ends the day before the new one starts."
                    )
                )
            )

        self.general = QLabel(objectName="formError_general")
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save, "save")
        # Where problems with the seats as a whole show: under the box, not as its border
        # (a style sheet on a group box redraws its frame and title).
        seats_anchor = QWidget(objectName="committee")
        seats_anchor.setFixedHeight(0)
        layout = QVBoxLayout(self)
        layout.addWidget(seats_box, 1)
        layout.addWidget(seats_anchor)
        layout.addLayout(term)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.errors = FormErrors(
            {"committee": seats_anchor, "term_start": self.term_start, "term_end": self.term_end},
            self,
            general=self.general,
        )
        self._officers_changed()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- choosing --------------------------------------------------------------------------

    def officer(self, position: str) -> int | None:
        index = self.officers[position].currentIndex()
        return self.members[index - 1].person_id if index > 0 else None

    def set_officer(self, position: str, person_id: int | None) -> None:
        ids = [m.person_id for m in self.members]
        self.officers[position].setCurrentIndex(ids.index(person_id) + 1 if person_id else 0)

    def set_ordinary(self, person_ids: list[int]) -> None:
        for number in range(self.ordinary.count()):
            item = self.ordinary.item(number)
            wanted = item.data(_ID_ROLE) in person_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def ordinary_ids(self) -> list[int]:
        return [
            self.ordinary.item(n).data(_ID_ROLE)
            for n in range(self.ordinary.count())
            if self.ordinary.item(n).checkState() == Qt.CheckState.Checked
            and self.ordinary.item(n).flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def _officers_changed(self, *_args: object) -> None:
        # Someone holding an office is not also an ordinary committee member.
        taken = {self.officer(p) for p in OFFICERS} - {None}
        for number in range(self.ordinary.count()):
            item = self.ordinary.item(number)
            flags = item.flags()
            if item.data(_ID_ROLE) in taken:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
        if hasattr(self, "errors"):  # not yet while the dialog is being built
            self.errors.clear_field("committee")

    def seats(self) -> list[CommitteeSeat]:
        chosen = [
            CommitteeSeat(person_id, position)
            for position in OFFICERS
            if (person_id := self.officer(position)) is not None
        ]
        return chosen + [CommitteeSeat(pid, "member") for pid in self.ordinary_ids()]

    # -- saving ----------------------------------------------------------------------------

    def _save(self) -> bool:
        self.errors.clear()
        problems = [
            FieldProblem(name, edit.error() or "")
            for name, edit in (("term_start", self.term_start), ("term_end", self.term_end))
            if edit.error()
        ]
        if problems:
            self.errors.show(problems)
            return False
        return call_service(
            self.errors,
            lambda: self.services.group_members.start_committee_term(
                self.group_id, self.seats(), self.term_start.date(), self.term_end.date()
            ),
            group_gone(),
        )


class CommitteeTab(QWidget):
    changed = Signal()
    # How the tab makes its dialog; tests wrap it to drive the real dialog without exec().
    dialog_factory: Callable[..., CommitteeTermDialog] = CommitteeTermDialog

    def __init__(self, services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.view: CommitteeView | None = None

        self.current_term = QLabel(objectName="currentTerm")
        self.new_term_button = QPushButton(
            translate("GroupWindow", "New committee term…"), objectName="newTerm"
        )
        self.new_term_button.setAutoDefault(False)
        self.new_term_button.clicked.connect(self.new_term)
        top = QHBoxLayout()
        top.addWidget(self.current_term, 1)
        top.addWidget(self.new_term_button)
        self.current = make_table(
            [
                translate("GroupWindow", "Position"),
                translate("GroupWindow", "Name"),
                translate("GroupWindow", "Note"),
            ],
            "currentCommittee",
        )
        self.past = make_table(
            [
                translate("GroupWindow", "Term"),
                translate("GroupWindow", "Position"),
                translate("GroupWindow", "Name"),
            ],
            "pastCommittees",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.current, 3)
        layout.addWidget(QLabel(translate("GroupWindow", "Past committees")))
        layout.addWidget(self.past, 2)

    def refresh(self) -> None:
        self.view = view = self.services.group_members.committee(self.group_id)
        if view.current is None:
            self.current_term.setText(translate("GroupWindow", "No committee recorded yet."))
            seats = []
        else:
            self.current_term.setText(
                translate("GroupWindow", "Current committee: {term}").format(
                    term=term_text(view.current)
                )
            )
            seats = view.current.seats
        fill_table(
            self.current,
            [
                (
                    position_label(s.position),
                    s.name,
                    translate("GroupWindow", "left the group: seat vacant") if s.has_left else "",
                )
                for s in seats
            ],
            greyed=[s.has_left for s in seats],
        )
        fill_table(
            self.past,
            [
                (term_text(term), position_label(seat.position), seat.name)
                for term in view.past
                for seat in term.seats
            ],
            alignments={0: CENTRE},
        )
        has_members = bool(self.services.group_members.members(self.group_id))
        self.new_term_button.setEnabled(has_members)
        self.new_term_button.setToolTip(
            "" if has_members else translate("GroupWindow", "Add the members first.")
        )

    def new_term(self) -> None:
        if self.view is None:
            self.refresh()
        assert self.view is not None
        if exec_dialog(
            self.dialog_factory(self.services, self.group_id, self.view.current, self)
        ):
            self.refresh()
            self.changed.emit()
