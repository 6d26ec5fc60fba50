"""BE date and national-ID fields, inline form errors and the debounced search box."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import FieldProblem  # noqa: E402
from wangmuang_desk.thai.citizen_id import make_valid_citizen_id  # noqa: E402
from wangmuang_desk.ui.widgets import (  # noqa: E402
    BeDateEdit,
    CitizenIdEdit,
    FormErrors,
    SearchBox,
)

VALID_ID = make_valid_citizen_id("110170012345")


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Thai letters included.

    qtbot.keyClicks aborts on characters outside Latin-1 (QTest maps each one to an ASCII key),
    so non-ASCII characters go in as key events carrying their text.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def has_thai(text: str | None) -> bool:
    return bool(text) and any("\u0e01" <= char <= "\u0e5b" for char in text)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- BeDateEdit ------------------------------------------------------------------------------


def test_be_date_typed_the_thai_way_is_read_and_normalized(qtbot):
    edit = shown(qtbot, BeDateEdit())
    type_text(qtbot, edit, "20 พ.ย. 69")
    assert edit.date() == date(2026, 11, 20)  # readable even before leaving the field

    with qtbot.waitSignal(edit.editingFinished):
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert edit.text() == "20/11/2569"
    assert edit.toolTip() == "20 พฤศจิกายน 2569"
    assert edit.error() is None


def test_be_date_accepts_thai_digits(qtbot):
    edit = shown(qtbot, BeDateEdit())
    type_text(qtbot, edit, "๕/๑/๒๕๖๘")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == date(2025, 1, 5)
    assert edit.text() == "05/01/2568"


def test_be_date_that_does_not_exist_gives_a_thai_error(qtbot):
    edit = shown(qtbot, BeDateEdit())
    type_text(qtbot, edit, "31/02/2569")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert edit.date() is None
    assert has_thai(edit.error())
    assert edit.text() == "31/02/2569"  # left as typed so it can be corrected


def test_be_date_empty_is_none_without_error(qtbot):
    edit = shown(qtbot, BeDateEdit())
    edit.setDate(date(2026, 1, 2))
    assert edit.text() == "02/01/2569"
    edit.setDate(None)
    assert edit.date() is None
    assert edit.error() is None
    assert edit.placeholderText() == "dd/mm/yyyy (BE)"


def test_be_date_after_the_maximum_is_an_error(qtbot):
    edit = shown(qtbot, BeDateEdit(maximum_date=date.today()))
    edit.setDate(date.today() + timedelta(days=1))
    assert edit.date() is None
    assert edit.error() == "The date cannot be in the future."

    edit.set_maximum_date(date(2026, 1, 1))
    assert edit.error() == "The date cannot be after 1 มกราคม 2569."
    edit.setDate(date(2025, 12, 31))
    assert edit.error() is None


def test_be_date_t_in_an_empty_field_means_today(qtbot):
    edit = shown(qtbot, BeDateEdit())
    qtbot.keyClicks(edit, "t")
    assert edit.date() == date.today()
    type_text(qtbot, edit, "x")  # only an empty (or fully selected) field takes the shortcut
    assert edit.date() is None


# -- CitizenIdEdit ---------------------------------------------------------------------------


def test_citizen_id_valid_is_formatted_on_leaving(qtbot):
    edit = shown(qtbot, CitizenIdEdit())
    qtbot.keyClicks(edit, f"{VALID_ID[:5]} {VALID_ID[5:]}")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    d = VALID_ID
    assert edit.text() == f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
    assert edit.value() == VALID_ID
    assert edit.error() is None


def test_citizen_id_in_thai_digits_is_accepted(qtbot):
    edit = shown(qtbot, CitizenIdEdit())
    type_text(qtbot, edit, VALID_ID.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == VALID_ID
    assert edit.error() is None


def test_citizen_id_with_a_wrong_check_digit_is_an_error(qtbot):
    edit = shown(qtbot, CitizenIdEdit())
    wrong = VALID_ID[:12] + str((int(VALID_ID[12]) + 1) % 10)
    qtbot.keyClicks(edit, wrong)
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert has_thai(edit.error())
    assert edit.text() == wrong  # not dressed up as if it were valid


def test_citizen_id_too_short_and_empty(qtbot):
    edit = shown(qtbot, CitizenIdEdit())
    assert edit.value() is None
    assert edit.error() is None
    qtbot.keyClicks(edit, "12345abc")  # letters are refused as they are typed
    assert edit.text() == "12345"
    assert "13" in edit.error()


# -- FormErrors ------------------------------------------------------------------------------


def make_form(qtbot):
    window = QWidget()
    form = QFormLayout(window)
    name = QLineEdit(objectName="first_name")
    birth = BeDateEdit(objectName="birth_date")
    citizen = CitizenIdEdit(objectName="citizen_id")
    row = QHBoxLayout()  # a field with a button beside it, as some forms have
    row.addWidget(citizen)
    row.addWidget(QPushButton("…"))
    form.addRow("Name", name)
    form.addRow("Birth date", birth)
    form.addRow("ID", row)
    window.resize(360, 200)
    shown(qtbot, window)
    return window, form, name, birth, citizen


def test_form_errors_show_under_the_field_and_focus_it(qtbot):
    window, form, name, birth, citizen = make_form(qtbot)
    errors = FormErrors(form)
    long_message = "This national ID belongs to a person already in the registry: {name}"

    errors.show(
        [
            FieldProblem("citizen_id", long_message, {"name": "สมศรี ใจดี"}),
            FieldProblem("first_name", "Enter a first name."),
        ]
    )

    label = window.findChild(QWidget, "formError_citizen_id")
    assert label.isVisible()
    assert label.text() == long_message.format(name="สมศรี ใจดี")
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())  # wrapped, never clipped
    assert label.geometry().top() >= citizen.geometry().bottom()  # under its field
    assert errors.message("first_name") == "Enter a first name."
    assert window.focusWidget() is citizen  # the first problem's field
    assert citizen.property("invalid") is True


def test_form_errors_clear_when_the_field_is_edited(qtbot):
    window, form, name, birth, citizen = make_form(qtbot)
    errors = FormErrors(form)
    errors.show([FieldProblem("first_name", "Enter a first name.")])
    label = window.findChild(QWidget, "formError_first_name")
    assert label.isVisible()

    type_text(qtbot, name, "สม")

    assert not label.isVisible()
    assert errors.message("first_name") is None
    assert name.property("invalid") is False
    assert not errors.has_errors()


def test_form_errors_for_ui_checks_and_a_plain_layout(qtbot):
    window = QWidget()
    column = QVBoxLayout(window)
    birth = BeDateEdit()
    column.addWidget(birth)
    column.addWidget(QPushButton("OK"))
    shown(qtbot, window)
    errors = FormErrors({"birth_date": birth})
    type_text(qtbot, birth, "31/02/2569")

    errors.show_message("birth_date", birth.error())

    assert errors.message("birth_date") == birth.error()
    assert window.focusWidget() is birth
    assert column.indexOf(window.findChild(QWidget, "formError_birth_date")) == 1
    errors.clear()
    assert not errors.has_errors()


# -- SearchBox -------------------------------------------------------------------------------


def test_search_box_emits_once_after_typing_pauses(qtbot):
    box = shown(qtbot, SearchBox())
    emitted: list[str] = []
    box.searchChanged.connect(emitted.append)

    with qtbot.waitSignal(box.searchChanged) as blocker:
        type_text(qtbot, box, "สมศรี ")
    assert blocker.args == ["สมศรี"]
    assert emitted == ["สมศรี"]  # one query for the whole word, not one per key
    assert box.isClearButtonEnabled()


def test_search_box_escape_clears(qtbot):
    box = shown(qtbot, SearchBox())
    with qtbot.waitSignal(box.searchChanged):
        qtbot.keyClicks(box, "08")
    with qtbot.waitSignal(box.searchChanged) as blocker:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert blocker.args == [""]
    assert box.text() == ""
