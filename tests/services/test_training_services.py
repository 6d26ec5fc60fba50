"""Training rounds' services: the list, the new-round action, budget warnings, sessions,
attendance, who passes and certificate numbers (no Qt)."""

from datetime import date, time
from decimal import Decimal

import pytest

from wangmuang_desk.services import training_rules as rules
from wangmuang_desk.services.errors import ValidationError
from wangmuang_desk.services.listing import ListQuery
from wangmuang_desk.services.rows import PersonInput
from wangmuang_desk.services.training_rows import (
    ApprovalInput,
    BudgetLineInput,
    ChecklistInput,
    PartnerInput,
    PreparationInput,
    ScoreInput,
    SessionInput,
    SpeakerInput,
    TrainingInput,
)

TODAY = date(2026, 11, 20)  # fiscal year 2570


@pytest.fixture
def svc(services):
    for name in ("trainings", "training_budget", "training_sessions", "training_evaluation"):
        getattr(services, name)._today = TODAY
    return services


def new_round(svc, title="อบรมการทำไม้กวาดดอกหญ้า", start=date(2026, 12, 1), **extra) -> int:
    return svc.trainings.create(TrainingInput(title=title, planned_start=start, **extra))


def people(svc, villages, n: int) -> list[int]:
    return [svc.people.add(PersonInput(first_name=f"ผู้อบรม{i}", last_name="ทดสอบ",
                                       village_id=villages[1].id, house_no=str(i)))
            for i in range(n)]


def test_list_by_fiscal_year_status_and_search(svc, villages):
    a = new_round(svc)  # 1 Dec 2026 → fiscal year 2570
    b = new_round(svc, "อบรมการทำยาหม่องสมุนไพร", date(2026, 9, 30))  # still 2569
    assert svc.trainings.get(a).data.fiscal_year == 2570
    assert svc.trainings.get(b).data.fiscal_year == 2569
    assert svc.trainings.fiscal_years() == [2570, 2569]
    fy = ListQuery(filters=(("fiscal_year", 2569),))
    assert [r.id for r in svc.trainings.fetch(fy, 0, 10)] == [b]
    assert [r.id for r in svc.trainings.fetch(ListQuery(search="ยาหม่อง"), 0, 10)] == [b]
    row = svc.trainings.fetch(ListQuery(filters=(("status", "planning"),)), 0, 10)[0]
    assert (row.trainee_count, row.session_count, row.certified_count, row.steps_done) == \
        (0, 0, 0, 2)
    svc.trainings.move_to_bin(a)
    assert svc.trainings.count(ListQuery()) == 1


def test_round_input_is_checked_field_by_field(svc, villages):
    with pytest.raises(ValidationError) as err:
        svc.trainings.create(TrainingInput(
            title=" ", planned_start=date(2026, 12, 2), planned_end=date(2026, 12, 1),
            attendance_threshold=0, target_count=-1))
    assert {p.field for p in err.value.problems} == {
        "title", "planned_end", "attendance_threshold", "target_count"}
    assert svc.trainings.count(ListQuery()) == 0


def test_new_round_wizard_action_is_all_or_nothing(svc, villages):
    data = TrainingInput(title="อบรมการทำพรมเช็ดเท้า", planned_start=date(2026, 12, 5),
                         village_ids=(villages[1].id, villages[2].id), target_count=30)
    prep = PreparationInput(speakers=[SpeakerInput("นางสาวสมศรี ใจดี", "กศน.อำเภอ", True)],
                            partners=[PartnerInput("ศูนย์ถ่ายทอดเทคโนโลยีการเกษตร", "วิทยากร")],
                            checklist=[ChecklistInput("เอกสารประกอบการอบรม")])
    bad_budget = [BudgetLineInput("meal", "อาหารกลางวัน", Decimal(30), Decimal(1), Decimal(-5))]
    with pytest.raises(ValidationError):
        svc.trainings.create_round(data, prep, bad_budget)
    assert svc.trainings.count(ListQuery()) == 0  # nothing half-written

    budget = [BudgetLineInput("meal", "อาหารกลางวัน", Decimal(30), Decimal(1), Decimal(80))]
    tid = svc.trainings.create_round(
        data, prep, budget, ApprovalInput("มติสภา อบต. ครั้งที่ 3/2569", date(2026, 11, 1),
                                          Decimal(2400)))
    detail = svc.trainings.get(tid)
    assert detail.status == "approved" and detail.approved_amount == Decimal(2400)
    assert [s.done for s in detail.steps] == [True] * 5 + [False] * 5
    assert detail.steps[1].facts["villages"] == 2
    assert svc.training_preparation.get(tid).speakers[0].agency == "กศน.อำเภอ"


def test_budget_line_over_its_ceiling_is_a_warning_and_total_in_words(svc, villages):
    tid = new_round(svc)
    speaker_600 = next(c for c in svc.training_budget.ceilings(tid)
                       if c.category == "speaker" and c.amount == 600)
    summary = svc.training_budget.save(tid, [
        BudgetLineInput("speaker", "ค่าวิทยากร", Decimal(1), Decimal(6), Decimal(700),
                        speaker_600.id),
        BudgetLineInput("snack", "อาหารว่าง", Decimal(30), Decimal(2), Decimal(35)),
    ])
    assert summary.total == Decimal("6300.00")
    assert summary.total_words == "หกพันสามร้อยบาทถ้วน"
    assert [line.over_ceiling for line in summary.lines] == [True, False]
    assert len(summary.warnings) == 1 and summary.warnings[0].params["ceiling"]
    svc.trainings.approve(tid, ApprovalInput("ที่ 1/2570", date(2026, 11, 2), Decimal(6000)))
    assert any(w.field == "total" for w in svc.training_budget.summary(tid).warnings)


def test_sessions_are_numbered_by_date_and_attendance_counts_over_planned(svc, villages):
    tid = new_round(svc, attendance_threshold=80)
    days = [date(2026, 12, d) for d in (3, 1, 2, 5, 4)]
    ids = [svc.training_sessions.save_session(tid, SessionInput(d, time(9), time(12)))
           for d in days]
    sessions = svc.training_sessions.sessions(tid)
    assert [s.data.session_date.day for s in sessions] == [1, 2, 3, 4, 5]
    assert [s.seq for s in sessions] == [1, 2, 3, 4, 5]
    a, b, c = people(svc, villages, 3)
    assert svc.training_sessions.register(tid, [a, b, c, a]) == 3
    assert svc.training_sessions.register(tid, [a]) == 0
    trainees = {t.person_id: t.id for t in svc.training_sessions.trainees(tid)}
    by_seq = [s.id for s in sessions]
    marks = {}
    marks.update({(trainees[a], sid): True for sid in by_seq[:4]})  # 4 of 5 = 80 %
    marks.update({(trainees[b], sid): True for sid in by_seq[:3]})  # 3 held, 2 to come
    marks[(trainees[b], by_seq[3])] = False
    marks[(trainees[c], by_seq[0])] = True
    svc.training_sessions.save_attendance(tid, marks)
    sheet = svc.training_sessions.attendance_sheet(tid)
    assert sheet.marks[(trainees[b], by_seq[3])] is False and sheet.threshold == 80
    assert svc.trainings.get(tid).status == "running"
    results = {r.trainee.person_id: r for r in svc.training_evaluation.evaluation(tid).results}
    assert (results[a].attended, results[a].planned, results[a].percent) == (4, 5, Decimal(80))
    assert results[a].passes and not results[b].passes and not results[c].passes
    # Deleting a planned session changes everyone's percentage: b now has 3 of 4 = 75 %.
    svc.training_sessions.delete_session(by_seq[4])
    results = {r.trainee.person_id: r for r in svc.training_evaluation.evaluation(tid).results}
    assert results[b].percent == Decimal(75) and not results[b].passes
    with pytest.raises(ValidationError):
        svc.training_sessions.save_attendance(tid, {(trainees[a], 999999): True})
    assert ids  # every session was saved


def test_pass_mark_and_certificate_numbers_per_fiscal_year(svc, villages):
    first = new_round(svc, "รุ่นที่ 1", date(2026, 10, 5))
    second = new_round(svc, "รุ่นที่ 2", date(2027, 2, 5))
    for tid in (first, second):
        svc.trainings.update(tid, TrainingInput(
            title=svc.trainings.get(tid).data.title,
            planned_start=svc.trainings.get(tid).data.planned_start, pass_mark=Decimal(60)))
    pids = people(svc, villages, 4)
    for tid in (first, second):
        sid = svc.training_sessions.save_session(tid, SessionInput(date(2026, 12, 1)))
        svc.training_sessions.register(tid, pids)
        trainees = svc.training_sessions.trainees(tid)
        svc.training_sessions.save_attendance(tid, {(t.id, sid): True for t in trainees})
        svc.training_evaluation.save_scores(tid, [
            ScoreInput(t.id, Decimal(40), Decimal(50 + 10 * i)) for i, t in enumerate(trainees)])
    # post 50 fails the pass mark of 60; the other three pass in each round.
    assert svc.training_evaluation.issue(first, TODAY, None) == 3
    assert svc.training_evaluation.issue(second, TODAY, None) == 3
    labels = [c.label for c in svc.training_evaluation.register(2570)]
    assert labels == [f"{n}/2570" for n in range(1, 7)]
    with pytest.raises(ValidationError):
        svc.training_evaluation.issue(first, TODAY, None)  # nobody left to certify
    summary = svc.training_evaluation.evaluation(first)
    assert summary.passed == 3 and summary.mean_pre == Decimal(40)
    assert summary.gain == Decimal("25.00")
    cert = svc.training_evaluation.certificates(first)[0]
    svc.training_evaluation.record_reprint([cert.id])
    assert svc.training_evaluation.certificates(first)[0].reprints == 1
    with pytest.raises(ValidationError):
        svc.training_sessions.unregister(cert.trainee_id)
    with pytest.raises(ValidationError):
        svc.training_evaluation.save_scores(first, [ScoreInput(cert.trainee_id, Decimal(-1),
                                                               None)])


def test_rules_attendance_threshold_is_exact_and_bands():
    assert rules.attendance_ok(4, 5, 80) and not rules.attendance_ok(3, 4, 80)
    assert not rules.attendance_ok(0, 0, 80)
    assert rules.attendance_percent(2, 3) == Decimal("66.7")
    assert rules.sample_sd([5, 4, 3]) == Decimal("1.00")
    assert rules.band_of(Decimal("4.51"), rules.BANDS_HALF_POINT) == "มากที่สุด"
    assert rules.band_of(Decimal("4.50"), rules.BANDS_HALF_POINT) == "มาก"
    assert rules.band_of(Decimal("4.21"), rules.BANDS_FIFTHS) == "มากที่สุด"
    assert rules.next_certificate_numbers([1, 2, 5], 2) == [6, 7]
    assert rules.check_bands(rules.BANDS_HALF_POINT) == ""
    overlapping = rules.BANDS_HALF_POINT[:1] + (rules.Band(Decimal("4.00"), Decimal("4.60"),
                                                           "มาก"),)
    assert rules.check_bands(overlapping)


def test_recycle_bin_restores_and_purges_a_round_but_keeps_certified_ones(svc, villages):
    from wangmuang_desk.services.errors import InUseError

    plain, certified = new_round(svc, "รุ่นทดลอง"), new_round(svc, "รุ่นที่มีวุฒิบัตร")
    pids = people(svc, villages, 2)
    for tid in (plain, certified):
        sid = svc.training_sessions.save_session(tid, SessionInput(date(2026, 12, 1)))
        svc.training_sessions.register(tid, pids)
        svc.training_sessions.save_attendance(
            tid, {(t.id, sid): True for t in svc.training_sessions.trainees(tid)})
    svc.training_evaluation.issue(certified, TODAY, None)
    svc.trainings.move_to_bin(plain)
    svc.trainings.move_to_bin(certified)
    assert {i.kind for i in svc.recycle_bin.items()} == {"training"}
    with pytest.raises(InUseError):
        svc.recycle_bin.purge("training", certified)
    svc.recycle_bin.purge("training", plain)
    svc.recycle_bin.restore("training", certified)
    assert [r.id for r in svc.trainings.fetch(ListQuery(), 0, 10)] == [certified]


def test_the_list_opens_on_this_year_or_the_newest_with_rounds(svc, villages):
    assert svc.trainings.opening_year() == 2570  # nothing yet: this fiscal year
    new_round(svc, "รุ่นปีก่อน", date(2025, 12, 1))  # 2569
    assert svc.trainings.opening_year() == 2569
    new_round(svc)  # 2570
    assert svc.trainings.opening_year() == 2570
