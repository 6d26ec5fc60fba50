"""Training rounds of the demo database: a believable calendar that keeps the training rules."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from wangmuang_desk.services.demo import build_demo_database
from wangmuang_desk.services.demo.trainings import training_count
from wangmuang_desk.services.training_rows import BUDGET_CATEGORIES, STATUSES
from wangmuang_desk.services.training_rules import attendance_ok, certificate_label, passes
from wangmuang_desk.thai.dates import age_on, fiscal_year

TODAY = date(2026, 1, 15)  # fiscal year 2569, a quarter gone
PEOPLE = 500
SEED = 5


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("trainings") / "demo.sqlite3"
    summary = build_demo_database(path, people=PEOPLE, seed=SEED, today=TODAY)
    assert summary.trainings == training_count(PEOPLE) == 20
    assert summary.trainees == _rows(path, "SELECT count(*) FROM trainee")[0][0] > 0
    return path


def _rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _rounds(path: Path) -> dict[int, dict]:
    columns = ("id", "fiscal_year", "status", "planned_start", "planned_end",
               "attendance_threshold", "pass_mark", "council_ref", "council_on",
               "approved_amount", "group_id")
    rows = _rows(path, f"SELECT {', '.join(columns)} FROM training ORDER BY id")
    return {r[0]: dict(zip(columns, r, strict=True)) for r in rows}


def _sessions(path: Path) -> dict[int, list[tuple[int, int, date]]]:
    out: dict[int, list[tuple[int, int, date]]] = defaultdict(list)
    for tid, sid, seq, day in _rows(
            path, "SELECT training_id, id, seq, session_date FROM training_session "
                  "ORDER BY training_id, seq"):
        out[tid].append((sid, seq, _day(day)))
    return out


def _results(path: Path) -> dict[int, list[tuple]]:
    """Per round: (trainee id, sessions attended, post score) of each trainee."""
    out: dict[int, list[tuple]] = defaultdict(list)
    for tid, trainee_id, attended, post in _rows(path, """
            SELECT t.training_id, t.id,
                   (SELECT count(*) FROM attendance a WHERE a.trainee_id = t.id AND a.present),
                   t.post_score
            FROM trainee t ORDER BY t.id"""):
        out[tid].append((trainee_id, attended, None if post is None else Decimal(str(post))))
    return out


def test_the_count_follows_the_size_of_the_file():
    assert [training_count(n) for n in (0, 24, 300, 500, 10_000, 200_000)] == [
        0, 0, 12, 20, 30, 3_000]


def test_rounds_span_fiscal_years_and_every_state(demo):
    rounds = _rounds(demo)
    assert len({r["fiscal_year"] for r in rounds.values()}) >= 2
    assert {r["status"] for r in rounds.values()} == set(STATUSES)
    assert sum(r["status"] == "cancelled" for r in rounds.values()) == 1
    for r in rounds.values():
        start, end = _day(r["planned_start"]), _day(r["planned_end"])
        assert r["fiscal_year"] == fiscal_year(start) and start <= end
        if r["status"] == "completed":
            assert end < TODAY
        elif r["status"] == "running":
            assert start < TODAY
        elif r["status"] in ("approved", "planning"):
            assert start > TODAY


def test_steps_match_the_state_of_the_round(demo):
    rounds = _rounds(demo)
    done: dict[int, list[int]] = defaultdict(list)
    for tid, step, is_done, on in _rows(
            demo, "SELECT training_id, step, done, done_on FROM training_step ORDER BY 1, 2"):
        assert bool(is_done) == (on is not None)
        assert on is None or _day(on) <= TODAY
        if is_done:
            done[tid].append(step)
    assert set(done) == set(rounds)
    for tid, r in rounds.items():
        steps = done[tid]
        approved = r["council_ref"] != "" and r["council_on"] is not None
        assert approved == (r["approved_amount"] is not None) == (5 in steps)
        if r["status"] == "completed":
            assert steps == list(range(1, 11))
        elif r["status"] == "running":
            assert steps[:5] == [1, 2, 3, 4, 5] and 8 not in steps and approved
        elif r["status"] == "approved":
            assert steps == [1, 2, 3, 4, 5] and _day(r["council_on"]) <= TODAY
        elif r["status"] == "planning":
            assert not approved and {1, 2} <= set(steps) <= {1, 2, 3, 4}


def test_a_round_asked_for_by_a_group_is_held_for_its_village(demo):
    rows = _rows(demo, """SELECT t.id, g.village_id, t.target_description, g.name,
        EXISTS (SELECT 1 FROM training_village v WHERE v.training_id = t.id
                AND v.village_id = g.village_id)
        FROM training t JOIN occupational_group g ON g.id = t.group_id""")
    assert rows
    for _tid, _village, description, name, in_target in rows:
        assert in_target and name in description


def test_sessions_are_numbered_within_the_planned_days(demo):
    rounds = _rounds(demo)
    sessions = _sessions(demo)
    for tid, r in rounds.items():
        rows = sessions[tid]  # a cancelled round keeps the schedule it had
        assert 1 <= len(rows) <= 5
        assert [seq for _sid, seq, _day_ in rows] == list(range(1, len(rows) + 1))
        assert rows[0][2] == _day(r["planned_start"]) and rows[-1][2] == _day(r["planned_end"])
    foreign = _rows(demo, """SELECT count(*) FROM training_session s JOIN speaker p
        ON p.id = s.speaker_id WHERE p.training_id <> s.training_id""")
    assert foreign == [(0,)]
    assert _rows(demo, "SELECT count(*) FROM speaker WHERE sage_id IS NOT NULL")[0][0] > 0
    assert _rows(demo, "SELECT count(*) FROM speaker WHERE sage_id IS NULL "
                       "AND agency <> ''")[0][0] > 0


def test_trainees_are_grown_ups_of_the_target_villages(demo):
    rows = _rows(demo, """
        SELECT t.training_id, t.registered_on, p.birth_date, p.deleted_at,
               EXISTS (SELECT 1 FROM training_village v
                       WHERE v.training_id = t.training_id AND v.village_id = p.village_id)
        FROM trainee t JOIN person p ON p.id = t.person_id""")
    assert rows
    for _tid, registered, birth, deleted, in_target in rows:
        assert deleted is None and in_target
        assert age_on(_day(birth), _day(registered)) >= 18
        assert _day(registered) <= TODAY
    rounds = _rounds(demo)
    per_round = defaultdict(int)
    for tid, *_rest in rows:
        per_round[tid] += 1
    for tid, r in rounds.items():
        if r["status"] in ("completed", "running"):
            assert 15 <= per_round[tid] <= 60, tid
        elif r["status"] in ("planning", "cancelled"):
            assert per_round[tid] == 0


def test_attendance_is_kept_for_held_sessions_only_and_some_fall_short(demo):
    rounds = _rounds(demo)
    sessions = _sessions(demo)
    recorded = {sid for (sid,) in _rows(demo, "SELECT DISTINCT session_id FROM attendance")}
    for tid, rows in sessions.items():
        for sid, _seq, day in rows:
            was_held = day < TODAY and rounds[tid]["status"] in ("completed", "running")
            assert (sid in recorded) == was_held
    short = held = 0
    for tid, people in _results(demo).items():
        r = rounds[tid]
        if r["status"] != "completed":
            continue
        planned = len(sessions[tid])
        for _trainee, attended, _post in people:
            held += 1
            short += not attendance_ok(attended, planned, r["attendance_threshold"])
    assert held and 0 < short < held * 0.35  # most attend, some fall under the threshold


def test_knowledge_tests_show_a_gain(demo):
    pre, post = zip(*_rows(demo, "SELECT pre_score, post_score FROM trainee "
                                 "WHERE pre_score IS NOT NULL AND post_score IS NOT NULL"),
                    strict=True)
    assert len(pre) > 50
    assert sum(post) / len(post) > sum(pre) / len(pre) + 1
    assert all(b >= a for a, b in zip(pre, post, strict=True))


def test_certificates_go_to_those_who_pass_numbered_per_fiscal_year(demo):
    rounds = _rounds(demo)
    sessions = _sessions(demo)
    certificates = {trainee: (fy, number, _day(on)) for trainee, fy, number, on in _rows(
        demo, "SELECT trainee_id, fiscal_year, number, issued_on FROM certificate")}
    assert certificates
    for tid, people in _results(demo).items():
        r = rounds[tid]
        pass_mark = None if r["pass_mark"] is None else Decimal(str(r["pass_mark"]))
        for trainee, attended, post in people:
            ok = passes(attended, len(sessions[tid]), r["attendance_threshold"], post, pass_mark)
            if r["status"] == "completed" and ok:
                fy, _number, on = certificates[trainee]
                assert fy == r["fiscal_year"] and _day(r["planned_end"]) < on <= TODAY
            else:
                assert trainee not in certificates
    by_year: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for fy, number, on in certificates.values():
        by_year[fy].append((on, number))
    assert len(by_year) >= 2
    for fy, issued in by_year.items():
        numbers = [number for _on, number in sorted(issued)]
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), fy  # no gap, no twin
        assert numbers == sorted(numbers)  # in the order they were issued
    assert certificate_label(1, 2568) == "1/2568"


def test_survey_answers_use_the_rounds_own_form(demo):
    rounds = _rounds(demo)
    template = _rows(demo, "SELECT aspect, text, sort_order FROM survey_item "
                           "WHERE training_id IS NULL ORDER BY sort_order")
    assert len(template) == 16
    for tid in rounds:
        copy = _rows(demo, "SELECT aspect, text, sort_order FROM survey_item "
                           "WHERE training_id = ? ORDER BY sort_order", (tid,))
        assert copy == template
    answers = _rows(demo, """SELECT r.training_id, i.training_id, a.score FROM survey_answer a
        JOIN survey_response r ON r.id = a.response_id JOIN survey_item i ON i.id = a.item_id""")
    assert answers and all(own == form for own, form, _score in answers)
    assert {rounds[tid]["status"] for tid, _form, _score in answers} == {"completed"}
    scores = [score for *_ids, score in answers]
    assert set(scores) <= {1, 2, 3, 4, 5}
    assert sum(s >= 3 for s in scores) / len(scores) > 0.9
    assert sum(scores) / len(scores) > 4
    for tid in {tid for tid, _form, _score in answers}:
        numbers = [n for (n,) in _rows(demo, "SELECT respondent_no FROM survey_response "
                                             "WHERE training_id = ? ORDER BY id", (tid,))]
        assert numbers == list(range(1, len(numbers) + 1))
    remarks = _rows(demo, "SELECT problems, suggestions FROM survey_response "
                          "WHERE problems <> '' OR suggestions <> ''")
    assert remarks and all(any("\u0e00" <= ch <= "\u0e7f" for ch in p + s) for p, s in remarks)


def test_budget_stays_within_ceilings_but_for_a_few_warnings(demo):
    rows = _rows(demo, """SELECT b.training_id, b.category, b.rate, c.amount, c.effective_from,
        t.planned_start FROM budget_line b JOIN training t ON t.id = b.training_id
        LEFT JOIN rate_ceiling c ON c.id = b.ceiling_id""")
    assert {r[1] for r in rows} <= set(BUDGET_CATEGORIES)
    assert {"speaker", "snack", "material", "document"} <= {r[1] for r in rows}
    over = {tid for tid, _cat, rate, ceiling, _from, _start in rows
            if ceiling is not None and rate > ceiling}
    assert 1 <= len(over) <= 3
    for _tid, _cat, _rate, ceiling, effective_from, start in rows:
        assert ceiling is None or effective_from <= start  # only ceilings in force


def test_follow_ups_come_three_and_six_months_after(demo):
    rows = _rows(demo, """SELECT f.followed_on, t.planned_end, t.status,
        EXISTS (SELECT 1 FROM certificate c WHERE c.trainee_id = f.trainee_id)
        FROM follow_up f JOIN trainee e ON e.id = f.trainee_id
        JOIN training t ON t.id = e.training_id""")
    assert rows
    for on, end, status, certified in rows:
        assert status == "completed" and certified
        months = (_day(on) - _day(end)).days / 30
        assert _day(on) <= TODAY and (2.8 <= months <= 3.4 or 5.8 <= months <= 6.4)


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    tables = {
        "training": "id, fiscal_year, title, topic, group_id, target_description, "
                    "planned_start, planned_end, venue, status, council_ref, council_on, "
                    "approved_amount, pass_mark, problems",
        "training_step": "training_id, step, done, done_on",
        "speaker": "training_id, sage_id, name, agency, is_state_staff",
        "budget_line": "training_id, category, quantity, times, rate, ceiling_id, spent",
        "training_session": "id, training_id, seq, session_date, hours, topic, speaker_id",
        "trainee": "id, training_id, person_id, registered_on, pre_score, post_score",
        "attendance": "session_id, trainee_id, present",
        "certificate": "trainee_id, fiscal_year, number, issued_on",
        "survey_answer": "response_id, item_id, score",
        "follow_up": "trainee_id, followed_on, uses_skill, income_before, income_after",
    }
    return {t: _rows(path, f"SELECT {c} FROM {t} ORDER BY {c.split(',')[0]}, rowid")
            for t, c in tables.items()}


def test_same_seed_gives_the_same_rounds(demo, tmp_path):
    again = tmp_path / "again.sqlite3"
    build_demo_database(again, people=PEOPLE, seed=SEED, today=TODAY)
    assert _snapshot(again) == _snapshot(demo)
    other = tmp_path / "other.sqlite3"
    build_demo_database(other, people=PEOPLE, seed=SEED + 1, today=TODAY)
    assert _snapshot(other)["trainee"] != _snapshot(demo)["trainee"]


def test_the_file_stays_consistent(demo):
    assert _rows(demo, "PRAGMA foreign_key_check") == []
    assert _rows(demo, "PRAGMA integrity_check") == [("ok",)]
