"""Settings → Training settings, driven as staff use it: edit a ceiling's amount, start a new
rate from a date, change the default threshold, OK; and a bad row that keeps the dialog open
with nothing written.

Only the blocking exec() of the dialogs it opens is replaced.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QDialogButtonBox  # noqa: E402

from wangmuang_desk.services.training_rows import (  # noqa: E402
    BudgetLineInput,
    RateCeilingInput,
    TrainingInput,
)
from wangmuang_desk.ui.dialogs.occupation_dialog import DecimalEdit  # noqa: E402
from wangmuang_desk.ui.trainings import rate_table_editor  # noqa: E402
from wangmuang_desk.ui.trainings.rate_table_editor import (  # noqa: E402
    INVALID_BACKGROUND,
    KEYS,
    NewRateDialog,
)
from wangmuang_desk.ui.trainings.survey_bands_dialog import FIFTHS, SurveyBandsDialog  # noqa: E402
from wangmuang_desk.ui.trainings.training_settings_dialog import (  # noqa: E402
    DEFAULTS_TAB,
    RATES_TAB,
    TrainingSettingsDialog,
)

TODAY = date(2026, 11, 20)


@pytest.fixture
def dialog(qtbot, services) -> TrainingSettingsDialog:
    services.training_budget._today = TODAY
    widget = TrainingSettingsDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(dialog: TrainingSettingsDialog, category: str, amount: int) -> int:
    return next(n for n, r in enumerate(dialog.rates.model.rows)
                if r.category == category and r.amount == Decimal(amount))


def click_ok(qtbot, dialog: TrainingSettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def type_amount(qtbot, dialog: TrainingSettingsDialog, row: int, text: str) -> DecimalEdit:
    """Open the amount cell's editor and type into it, as a double-click would."""
    table = dialog.rates.table
    table.edit(dialog.rates.model.index(row, KEYS.index("amount")))
    (editor,) = table.viewport().findChildren(DecimalEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def test_edit_an_amount_and_a_new_rate_from_a_date_then_ok_saves(qtbot, dialog, services,
                                                                  monkeypatch):
    snack = row_of(dialog, "snack", 35)
    editor = type_amount(qtbot, dialog, snack, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits and closes the cell (queued by Qt)
    qtbot.waitUntil(lambda: dialog.rates.model.rows[snack].amount == Decimal(40))

    lunch = row_of(dialog, "meal", 200)
    dialog.rates.table.selectRow(lunch)
    asked = []
    monkeypatch.setattr(rate_table_editor, "ask_new_rate", lambda parent, rate: (
        asked.append(rate.amount) or (date(2025, 11, 1), Decimal(250))))
    qtbot.mouseClick(dialog.rates.new_rate_button, Qt.MouseButton.LeftButton)
    assert asked == [Decimal(200)]
    rows = dialog.rates.model.rows
    assert (rows[lunch].effective_to, rows[lunch + 1].effective_from, rows[lunch + 1].amount) \
        == (date(2025, 10, 31), date(2025, 11, 1), Decimal(250))
    assert rows[lunch + 1].id is None and rows[lunch + 1].condition == rows[lunch].condition

    dialog.tabs.setCurrentIndex(DEFAULTS_TAB)
    dialog.threshold.setValue(70)
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    budget = services.training_budget
    table = budget.rate_table()
    assert len(table) == 7
    assert sorted(r.amount for r in table if r.category == "snack") == [Decimal(40), Decimal(50)]
    lunch_on = {day: [c.amount for c in budget.ceilings_on(day) if c.category == "meal"
                      and c.amount < 300] for day in (date(2025, 10, 31), date(2025, 11, 1))}
    assert lunch_on == {date(2025, 10, 31): [Decimal(200)], date(2025, 11, 1): [Decimal(250)]}
    assert services.trainings.default_threshold() == 70


def test_a_cell_still_being_typed_in_is_saved_by_ok(qtbot, dialog, services):
    speaker = row_of(dialog, "speaker", 1200)
    type_amount(qtbot, dialog, speaker, "1500")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Decimal(1500) in {r.amount for r in services.training_budget.rate_table()}


def test_a_bad_row_is_shown_at_the_row_and_nothing_is_written(qtbot, dialog, services):
    before = services.training_budget.rate_table()
    dialog.rates.table.selectRow(row_of(dialog, "snack", 35))
    qtbot.mouseClick(dialog.rates.add_button, Qt.MouseButton.LeftButton)
    new = len(before)
    assert dialog.rates.model.rows[new] == RateCeilingInput("snack", amount=None)
    dialog.threshold.setValue(60)
    dialog.tabs.setCurrentIndex(DEFAULTS_TAB)
    click_ok(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == RATES_TAB
    model = dialog.rates.model
    for key in ("amount", "effective_from"):
        index = model.index(new, KEYS.index(key))
        assert index.data(Qt.ItemDataRole.BackgroundRole).color() == INVALID_BACKGROUND
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(f"Rate {new + 1}:")
    message = dialog.rates.errors.message("rates")
    assert "Rate 7: enter the amount." in message
    assert "Rate 7: enter the date it takes effect." in message
    assert dialog.rates.table.currentIndex().row() == new
    # Neither the rates nor the threshold were saved.
    assert services.training_budget.rate_table() == before
    assert services.trainings.default_threshold() == 80

    # Fixing the row clears its mark; OK then saves both.
    model.setData(model.index(new, KEYS.index("amount")), Decimal(45))
    model.setData(model.index(new, KEYS.index("condition")), "จัดในสถานที่อื่น")
    model.setData(model.index(new, KEYS.index("effective_from")), date(2026, 1, 1))
    assert model.index(new, KEYS.index("amount")).data(Qt.ItemDataRole.BackgroundRole) is None
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(services.training_budget.rate_table()) == len(before) + 1
    assert services.trainings.default_threshold() == 60


def test_overlap_is_marked_at_the_later_row(qtbot, dialog):
    lunch = row_of(dialog, "meal", 200)
    dialog.rates.new_rate_from(lunch, date(2025, 11, 1), Decimal(250))
    model = dialog.rates.model
    model.setData(model.index(lunch, KEYS.index("effective_to")), None)  # left open by mistake
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    tip = model.index(lunch + 1, KEYS.index("effective_from")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (f"Rate {lunch + 2} overlaps rate {lunch + 1}, which has the same category "
                   f"and condition: give rate {lunch + 1} an end date no later than 31/10/2568.")


def test_a_ceiling_in_use_cannot_be_removed(qtbot, services):
    budget = services.training_budget
    lunch = next(r for r in budget.rate_table() if r.category == "meal" and r.amount == 200)
    training_id = services.trainings.create(TrainingInput(title="อบรมการทำขนมไทย",
                                                          planned_start=date(2026, 12, 1)))
    budget.save(training_id, [BudgetLineInput("meal", "อาหารกลางวัน", Decimal(25), Decimal(1),
                                              Decimal(200), lunch.id)])
    dialog = TrainingSettingsDialog(services)
    qtbot.addWidget(dialog)
    rates = dialog.rates
    used = next(n for n, r in enumerate(rates.model.rows) if r.id == lunch.id)
    assert rates.model.index(used, KEYS.index("uses")).data() == "1"
    rates.table.selectRow(used)
    assert not rates.remove_button.isEnabled()
    assert "set an end date instead" in rates.remove_button.toolTip()
    rates.table.selectRow(used + 1)
    assert rates.remove_button.isEnabled()
    rates.remove_selected()
    assert len(rates.model.rows) == 5 and rates.is_changed()


def test_cancel_discards(qtbot, dialog, services):
    dialog.rates.table.selectRow(0)
    dialog.rates.remove_selected()
    dialog.threshold.setValue(50)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(services.training_budget.rate_table()) == 6
    assert services.trainings.default_threshold() == 80


def test_new_rate_dialog_checks_the_date(qtbot):
    rate = RateCeilingInput("meal", "อาหารกลางวัน", Decimal(200), "บาท/มื้อ/คน",
                            date(2024, 10, 1), None, "", 3)
    dialog = NewRateDialog(rate)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_and_accept()
    assert dialog.errors.message("start") == "Enter the day the new rate takes effect."
    dialog.start.setText("1/10/2567")  # the day the old rate began: nothing would be left
    dialog.check_and_accept()
    assert "must start after 1" in dialog.errors.message("start")
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.start.setText("1/11/2568")
    dialog.amount.setText("250")
    dialog.check_and_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == (date(2025, 11, 1), Decimal(250))


def test_band_table_button_opens_the_band_editor_and_shows_what_it_saved(qtbot, dialog,
                                                                          monkeypatch):
    survey_tab = dialog.survey
    assert survey_tab.items_model.rowCount() > 0
    assert survey_tab.bands_model.index(0, 0).data() == "4.51"

    def pick_fifths(self: SurveyBandsDialog) -> int:
        self.choice.button(FIFTHS).click()
        self.save()
        return self.result()

    monkeypatch.setattr(SurveyBandsDialog, "exec", pick_fifths)
    qtbot.mouseClick(survey_tab.bands_button, Qt.MouseButton.LeftButton)
    assert survey_tab.bands_model.index(0, 0).data() == "4.21"
