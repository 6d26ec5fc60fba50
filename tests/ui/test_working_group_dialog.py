"""The working-group dialog (คณะทำงาน): adding officers and representatives, ending a term,
and the warnings about the make-up the manual expects (2 officers + 3 representatives)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import date, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from wangmuang_desk.services.group_rows import GroupInput, WorkingGroupInput  # noqa: E402
from wangmuang_desk.services.rows import PersonInput  # noqa: E402
from wangmuang_desk.thai.dates import format_be_date  # noqa: E402
from wangmuang_desk.ui.groups.working_group_dialog import WorkingGroupDialog  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import PersonPicker  # noqa: E402

TODAY = date.today()
SEATED = date(2024, 10, 1)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key events carrying Thai text (qtbot.keyClicks handles Latin-1 only)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def pick(qtbot, picker: PersonPicker, typed: str, wanted: str) -> None:
    """Type into the picker and click the popup row that shows *wanted*."""
    type_text(qtbot, picker.line_edit(), typed)
    popup = picker.popup()
    model = popup.model()

    def row_of_wanted() -> int:
        texts = [model.index(n, 0).data() or "" for n in range(model.rowCount())]
        return next((n for n, text in enumerate(texts) if wanted in text), -1)

    qtbot.waitUntil(lambda: popup.isVisible() and row_of_wanted() >= 0)
    index = model.index(row_of_wanted(), 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(index).center())
    assert picker.person() is not None and wanted in picker.person().full_name


def drive(dialog: WorkingGroupDialog, attribute: str,
          fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Let the dialog make its real sub-dialog, but run *fill* on it instead of exec()."""
    real_factory = getattr(type(dialog), attribute)
    opened: list[QDialog] = []

    def factory(*args, **kwargs):
        sub = real_factory(*args, **kwargs)
        opened.append(sub)

        def run() -> int:
            sub.show()
            fill(sub)
            return sub.result()

        sub.exec = run
        return sub

    setattr(dialog, attribute, factory)
    return opened


def save(qtbot, dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show(qtbot, dialog: WorkingGroupDialog) -> WorkingGroupDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def names(dialog: WorkingGroupDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


@pytest.fixture
def town(services, villages) -> dict[str, int]:
    """A group registered with the office (with its president as a member), a forming group,
    and people from the registry."""
    services.groups.set_min_members(1)
    ids: dict[str, int] = {}
    for key, title, first, last in (("somchai", "นาย", "สมชาย", "ใจดี"),
                                    ("boonmee", "นาง", "บุญมี", "น้ำใส"),
                                    ("malee", "นางสาว", "มาลี", "ศรีสุข")):
        ids[key] = services.people.add(PersonInput(title=title, first_name=first, last_name=last,
                                                   village_id=villages[2].id))
    ids["weavers"] = services.groups.save(None, GroupInput(
        name="กลุ่มทอผ้าไหมบ้านหนองปลาไหล", group_type="handicraft", village_id=villages[2].id))
    services.group_members.add_member(ids["weavers"], ids["boonmee"], date(2024, 1, 10))
    services.groups.set_status(ids["weavers"], "established", date(2024, 1, 10))
    services.groups.set_status(ids["weavers"], "registered", date(2024, 2, 1))
    ids["forming"] = services.groups.save(None, GroupInput(
        name="กลุ่มเลี้ยงกบ", group_type="livestock", village_id=villages[1].id))
    return ids


def test_warnings_at_the_top_follow_the_make_up(qtbot, services, town):
    dialog = show(qtbot, WorkingGroupDialog(services))
    warnings = dialog.findChild(QLabel, "warnings")
    assert warnings.isVisible()
    assert dialog.warning_texts() == [
        "• The working group has 0 officer(s); the default is 2.",
        "• The working group has 0 group representative(s); the default is 3.",
    ]

    for n in range(2):
        services.working_group.save(None, WorkingGroupInput("officer", name=f"Officer {n}",
                                                            term_start=SEATED))
    reps = [services.people.add(PersonInput(first_name=f"ผู้แทน{n}", last_name="ทดสอบ"))
            for n in range(3)]
    for person in reps:
        services.group_members.add_member(town["weavers"], person, date(2024, 1, 10))
        services.working_group.save(None, WorkingGroupInput(
            "representative", person_id=person, group_id=town["weavers"], term_start=SEATED))
    dialog.refresh()
    assert not warnings.isVisible()
    assert dialog.warning_texts() == []
    assert dialog.model.rowCount() == 5


def test_add_an_officer_by_typed_name_and_one_from_the_registry(qtbot, services, town):
    dialog = show(qtbot, WorkingGroupDialog(services))

    def typed(seat: QDialog) -> None:
        type_text(qtbot, seat.findChild(QLineEdit, "name"), "นายวิชัย รักงาน")
        start = seat.findChild(QLineEdit, "term_start")
        assert start.text() == format_be_date(TODAY)  # a new seat starts today by default
        save(qtbot, seat)

    drive(dialog, "seat_dialog_factory", typed)
    qtbot.mouseClick(dialog.add_officer_button, Qt.MouseButton.LeftButton)

    def from_registry(seat: QDialog) -> None:
        pick(qtbot, seat.findChild(PersonPicker, "person_id"), "มาลี", "นางสาวมาลี ศรีสุข")
        assert not seat.findChild(QLineEdit, "name").isEnabled()
        save(qtbot, seat)

    drive(dialog, "seat_dialog_factory", from_registry)
    qtbot.mouseClick(dialog.add_officer_button, Qt.MouseButton.LeftButton)

    assert names(dialog) == ["นายวิชัย รักงาน", "นางสาวมาลี ศรีสุข"]
    roles = [dialog.model.index(r, 1).data() for r in range(2)]
    assert roles == ["Officer", "Officer"]
    assert dialog.warning_texts() == [
        "• The working group has 0 group representative(s); the default is 3."]


def test_a_representative_is_chosen_with_the_registered_group(qtbot, services, town):
    dialog = show(qtbot, WorkingGroupDialog(services))
    offered: dict[str, list[str]] = {}

    def fill(seat: QDialog) -> None:
        pick(qtbot, seat.findChild(PersonPicker, "person_id"), "บุญมี", "นางบุญมี น้ำใส")
        groups = seat.findChild(QComboBox, "group_id")
        offered["registered"] = [groups.itemText(n) for n in range(groups.count())]
        shown = seat.findChild(QComboBox, "group_filter")
        shown.setCurrentIndex(shown.findData("all"))
        offered["all"] = [groups.itemText(n) for n in range(groups.count())]
        shown.setCurrentIndex(shown.findData("registered"))
        save(qtbot, seat)  # no group chosen yet
        offered["message"] = [seat.errors.message("group_id")]
        groups.setCurrentIndex(groups.findData(town["weavers"]))
        save(qtbot, seat)

    opened = drive(dialog, "seat_dialog_factory", fill)
    qtbot.mouseClick(dialog.add_representative_button, Qt.MouseButton.LeftButton)

    assert offered["registered"] == ["กลุ่มทอผ้าไหมบ้านหนองปลาไหล (Moo 2)"]
    assert offered["all"] == ["กลุ่มทอผ้าไหมบ้านหนองปลาไหล (Moo 2)",
                              "กลุ่มเลี้ยงกบ (Moo 1) — Forming"]
    assert offered["message"] == ["Choose the group this representative stands for."]
    assert opened[0].result() == QDialog.DialogCode.Accepted
    [seat] = services.working_group.members()
    assert (seat.role, seat.person_id, seat.group_id) == (
        "representative", town["boonmee"], town["weavers"])
    assert dialog.model.index(0, 2).data() == "กลุ่มทอผ้าไหมบ้านหนองปลาไหล"
    assert "1 group representative(s)" in dialog.warning_texts()[1]


def test_ending_a_term_moves_the_seat_to_past_terms(qtbot, services, town):
    seat_id = services.working_group.save(None, WorkingGroupInput(
        "officer", person_id=town["somchai"], term_start=SEATED))
    services.working_group.save(None, WorkingGroupInput("officer", name="นายวิชัย รักงาน",
                                                        term_start=SEATED))
    dialog = show(qtbot, WorkingGroupDialog(services))
    assert dialog.warning_texts() == [
        "• The working group has 0 group representative(s); the default is 3."]
    assert not dialog.end_term_button.isEnabled()
    dialog.table.selectRow(names(dialog).index("นายสมชาย ใจดี"))
    yesterday = TODAY - timedelta(days=1)

    def fill(end: QDialog) -> None:
        field = end.findChild(QLineEdit, "term_end")
        assert field.text() == format_be_date(TODAY)
        field.selectAll()
        qtbot.keyClicks(field, format_be_date(yesterday))
        save(qtbot, end)

    opened = drive(dialog, "end_term_dialog_factory", fill)
    qtbot.mouseClick(dialog.end_term_button, Qt.MouseButton.LeftButton)

    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert names(dialog) == ["นายวิชัย รักงาน"]
    assert dialog.warning_texts()[0] == (
        "• The working group has 1 officer(s); the default is 2.")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "show_past"), Qt.MouseButton.LeftButton)
    assert names(dialog) == ["นายสมชาย ใจดี", "นายวิชัย รักงาน"]
    past = dialog.model.index(0, 0)
    assert past.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed: a past term
    assert dialog.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.model.index(0, 3).data() == (
        f"{format_be_date(SEATED)} – {format_be_date(yesterday)}")
    assert services.working_group.members(current_only=False)[0].id == seat_id


def test_a_term_cannot_end_before_it_started(qtbot, services, town):
    services.working_group.save(None, WorkingGroupInput("officer", name="นายวิชัย รักงาน",
                                                        term_start=SEATED))
    dialog = show(qtbot, WorkingGroupDialog(services))
    dialog.table.selectRow(0)
    seen: dict[str, object] = {}

    def fill(end: QDialog) -> None:
        field = end.findChild(QLineEdit, "term_end")
        field.selectAll()
        qtbot.keyClicks(field, format_be_date(SEATED - timedelta(days=1)))
        save(qtbot, end)
        seen["message"] = end.errors.message("term_end")
        seen["open"] = end.isVisible()

    drive(dialog, "end_term_dialog_factory", fill)
    dialog.end_selected_term()
    assert seen["open"] is True and seen["message"]
    assert services.working_group.members()[0].term_end is None
