"""The person picker: typing finds people quickly without ever loading the whole registry."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from wangmuang_desk.services.rows import PersonInput  # noqa: E402
from wangmuang_desk.ui.widgets.person_picker import SEARCH_LIMIT, PersonPicker  # noqa: E402


class CountingPeople:
    """The real people service, offering only search() and recording every call."""

    def __init__(self, people) -> None:
        self._people = people
        self.calls: list[tuple[str, int]] = []

    def search(self, text: str, limit: int = 20):
        self.calls.append((text, limit))
        return self._people.search(text, limit)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key events carrying Thai text (qtbot.keyClicks handles Latin-1 only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def popup_texts(picker: PersonPicker) -> list[str]:
    model = picker.popup().model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def people(services, villages):
    """Thirty people whose first names start alike, plus two others."""
    moo2 = villages[2].id
    for number in range(30):
        services.people.add(
            PersonInput(
                title="นาย",
                first_name=f"สมหมาย{number:02d}",
                last_name="ทองคำ",
                house_no=f"{number + 1}/1",
                village_id=moo2,
            )
        )
    services.people.add(
        PersonInput(
            title="นางสาว",
            first_name="ปู่ทอง",
            last_name="ญี่ปุ่นดี",
            house_no="234/1",
            village_id=villages[10].id,
            phone="0812345678",
        )
    )
    services.people.add(PersonInput(title="นาง", first_name="บุญมี", last_name="น้ำใส"))
    return CountingPeople(services.people)


@pytest.fixture
def picker(qtbot, people) -> PersonPicker:
    widget = PersonPicker(people, objectName="person_id")
    widget.resize(420, 40)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for_popup(qtbot, picker: PersonPicker) -> None:
    qtbot.waitUntil(lambda: picker.popup().isVisible() and picker.popup().model().rowCount() > 0)


def test_typing_finds_the_person_and_choosing_sets_it(qtbot, picker, people):
    changes = []
    picker.personChanged.connect(changes.append)

    type_text(qtbot, picker.line_edit(), "ญี่ปุ่น")  # a last name, with its tone marks
    wait_for_popup(qtbot, picker)

    assert popup_texts(picker) == ["นางสาวปู่ทอง ญี่ปุ่นดี — Moo 10 house no. 234/1"]
    popup = picker.popup()
    index = popup.model().index(0, 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )

    assert picker.person() is not None
    assert picker.person().first_name == "ปู่ทอง"
    assert picker.person_id() == picker.person().id
    assert [row.first_name for row in changes] == ["ปู่ทอง"]
    assert picker.line_edit().text().startswith("นางสาวปู่ทอง ญี่ปุ่นดี")
    assert not popup.isVisible()


def test_the_picker_never_asks_for_more_than_twenty(qtbot, picker, people):
    type_text(qtbot, picker.line_edit(), "สม")
    wait_for_popup(qtbot, picker)
    assert len(popup_texts(picker)) == SEARCH_LIMIT == 20  # 30 match: the first 20 are shown
    type_text(qtbot, picker.line_edit(), "หมาย1")
    qtbot.waitUntil(lambda: len(popup_texts(picker)) == 10)  # สมหมาย10 … สมหมาย19

    assert people.calls  # it did search, through search() only (the spy has nothing else)
    assert all(limit <= 20 for _text, limit in people.calls)
    assert people.calls[-1][0] == "สมหมาย1"


def test_keyboard_enter_takes_the_highlighted_match(qtbot, picker):
    qtbot.keyClicks(picker.line_edit(), "0812")  # part of a phone number
    wait_for_popup(qtbot, picker)

    qtbot.keyClick(picker.popup(), Qt.Key.Key_Return)

    assert picker.person() is not None
    assert picker.person().first_name == "ปู่ทอง"


def test_typing_over_a_chosen_person_unsets_it(qtbot, picker, people):
    row = people.search("บุญมี", 1)[0]
    picker.set_person(row)
    changes = []
    picker.personChanged.connect(changes.append)

    type_text(qtbot, picker.line_edit(), "ส")

    assert picker.person_id() is None
    assert changes == [None]


def test_clear_button_empties_the_choice(qtbot, picker, people):
    picker.set_person(people.search("บุญมี", 1)[0])
    assert picker.clear_button().isEnabled()
    changes = []
    picker.personChanged.connect(changes.append)

    qtbot.mouseClick(picker.clear_button(), Qt.MouseButton.LeftButton)

    assert picker.person_id() is None
    assert picker.line_edit().text() == ""
    assert changes == [None]
    assert not picker.clear_button().isEnabled()


def test_enter_before_the_pause_searches_instead_of_passing_on(qtbot, people):
    host = QWidget()
    qtbot.addWidget(host)
    slow = PersonPicker(people, host, debounce_ms=60_000)  # the pause never ends by itself
    host.show()
    qtbot.waitExposed(host)
    reached_host: list[int] = []
    host.keyPressEvent = lambda event: reached_host.append(event.key())

    type_text(qtbot, slow.line_edit(), "บุญ")
    qtbot.keyClick(slow.line_edit(), Qt.Key.Key_Return)

    assert [text for text, _limit in people.calls] == ["บุญ"]
    assert popup_texts(slow) == ["นางบุญมี น้ำใส"]
    assert reached_host == []  # a dialog's default button would not have been pressed


def test_no_match_says_so_and_chooses_nobody(qtbot, picker):
    type_text(qtbot, picker.line_edit(), "ไม่มีใคร")
    wait_for_popup(qtbot, picker)

    assert popup_texts(picker) == ["No one found"]
    first = picker.popup().model().index(0, 0)
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert picker.person_id() is None


def test_set_person_shows_name_and_place_and_focus_goes_to_the_field(qtbot, picker, people):
    row = people.search("ปู่ทอง", 1)[0]
    calls = len(people.calls)

    picker.set_person(row)
    picker.setFocus()

    assert picker.line_edit().text() == "นางสาวปู่ทอง ญี่ปุ่นดี — Moo 10 house no. 234/1"
    assert len(people.calls) == calls  # showing a known person asks nothing
    assert not picker.popup().isVisible()
    assert picker.focusProxy() is picker.line_edit()
