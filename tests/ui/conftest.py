"""Fixtures of the training-round screens: a round approved (steps 1–5) and then held, on a
real database, and QMessageBox answered without a screen.

pytest's importlib mode puts no test folder on sys.path; this one is added so that the test
modules here can import training_helpers.py by name.
"""

from __future__ import annotations

import sys
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from wangmuang_desk.services.rows import OfficeData, PersonInput, SignatoryData
from wangmuang_desk.services.training_rows import (
    ApprovalInput,
    BudgetLineInput,
    PreparationInput,
    SessionInput,
    SpeakerInput,
    TrainingInput,
)

sys.path.append(str(Path(__file__).parent))

from training_helpers import PEOPLE, START, TITLE, TODAY, VENUE  # noqa: E402


@pytest.fixture
def questions(monkeypatch) -> dict:
    """A real QMessageBox would wait forever offscreen: answer as told and keep what was said."""
    said: dict = {"answer": QMessageBox.StandardButton.Yes, "asked": [], "warned": []}

    def question(parent, title, text, *args):
        said["asked"].append(text)
        return said["answer"]

    def warning(parent, title, text, *args):
        said["warned"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", warning)
    return said


@pytest.fixture
def svc(services, villages):
    for name in ("trainings", "training_budget", "training_sessions", "training_evaluation",
                 "training_followup"):
        getattr(services, name)._today = TODAY
    services.office.save_profile(OfficeData(name="องค์การบริหารส่วนตำบลวังม่วง", signatories=[
        SignatoryData("นายสมหมาย ตั้งใจ", "นายกองค์การบริหารส่วนตำบลวังม่วง", True)]))
    return services


@pytest.fixture
def people(svc, villages) -> dict[str, int]:
    return {first: svc.people.add(PersonInput(title=title, first_name=first, last_name=last,
                                              village_id=villages[1].id, house_no=str(n)))
            for n, (title, first, last) in enumerate(PEOPLE, start=1)}


@pytest.fixture
def round_id(svc) -> int:
    """An approved round with two speakers and a budget: steps 1–5 done."""
    return svc.trainings.create_round(
        TrainingInput(title=TITLE, planned_start=START, planned_end=date(2026, 12, 2),
                      venue=VENUE, target_count=20, pass_mark=Decimal(5)),
        PreparationInput(speakers=[SpeakerInput("นางสาวสมศรี ใจดี", "กศน.อำเภอ", True),
                                   SpeakerInput("นายทองคำ ช่างสาน")]),
        [BudgetLineInput("meal", "อาหารกลางวัน", Decimal(20), Decimal(2), Decimal(80))],
        ApprovalInput("มติสภา อบต. ครั้งที่ 2/2569", date(2026, 11, 1), Decimal(3200)))


@pytest.fixture
def held_round(svc, round_id, people) -> int:
    """The round with two sessions, four trainees, and attendance: three came to both."""
    sessions = svc.training_sessions
    for day in (START, date(2026, 12, 2)):
        sessions.save_session(round_id, SessionInput(day, time(9), time(12)))
    sessions.register(round_id, list(people.values()))
    sheet = sessions.attendance_sheet(round_id)
    sessions.save_attendance(round_id, {
        (t.id, s.id): n != 3 or s.seq == 1 for n, t in enumerate(sheet.trainees)
        for s in sheet.sessions})
    return round_id
