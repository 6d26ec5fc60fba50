"""Step 9: the satisfaction survey of a round: its form, the responses, the numbers and the
office's band table (no Qt)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from wangmuang_desk.db.models import AppSetting, SurveyItem, Training
from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import Band, SurveyItemInput, SurveyResponseInput
from wangmuang_desk.services.training_rules import BANDS_FIFTHS, BANDS_HALF_POINT, BANDS_SETTING
from wangmuang_desk.services.training_survey import SurveyService


def make_round(db, title: str = "อบรมทำไม้กวาดดอกหญ้า") -> int:
    with db.session() as s:
        training = Training(fiscal_year=2569, title=title, planned_start=date(2026, 1, 20))
        s.add(training)
        s.flush()
        return training.id


def own_item_count(db, training_id: int | None) -> int:
    owner = (SurveyItem.training_id.is_(None) if training_id is None
             else SurveyItem.training_id == training_id)
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(SurveyItem).where(owner))


@pytest.fixture
def survey(db) -> SurveyService:
    return SurveyService(db)


@pytest.fixture
def small_form(db, survey) -> tuple[int, dict[str, int]]:
    """A round with three statements in two aspects: (round id, {"a1": id, "a2": id, "b1": id})."""
    tid = make_round(db)
    rows = survey.save_items(tid, [
        SurveyItemInput("วิทยากร", "ถ่ายทอดได้ชัดเจน"),
        SurveyItemInput("วิทยากร", "ตอบข้อสงสัยได้ตรงประเด็น"),
        SurveyItemInput("สถานที่", "อาหารและเครื่องดื่มเหมาะสม"),
    ])
    return tid, dict(zip(("a1", "a2", "b1"), (r.id for r in rows), strict=True))


def answer(survey, tid, ids, number, **scores) -> int:
    return survey.save_response(tid, SurveyResponseInput(
        number, {ids[k]: v for k, v in scores.items()}))


def test_summary_numbers_match_hand_computed_mean_sd_and_bands(survey, small_form):
    tid, ids = small_form
    answer(survey, tid, ids, 1, a1=5, a2=4, b1=3)
    answer(survey, tid, ids, 2, a1=4, a2=4)  # b1 left blank on the paper form
    survey.save_response(tid, SurveyResponseInput(3, {ids["a1"]: 5, ids["a2"]: 4, ids["b1"]: 2},
                                                  problems="  ห้องร้อน ", suggestions="อยากให้จัดอีก"))
    summary = survey.summary(tid)
    assert summary.respondents == 3
    items = {stats.label: (aspect, stats.n, stats.mean, stats.sd, stats.band)
             for aspect, stats in summary.items}
    # a1 = 5, 4, 5: mean 14/3; S.D. = sqrt((1/9 + 4/9 + 1/9) / 2) = 0.577
    assert items["ถ่ายทอดได้ชัดเจน"] == ("วิทยากร", 3, Decimal("4.67"), Decimal("0.58"), "มากที่สุด")
    assert items["ตอบข้อสงสัยได้ตรงประเด็น"] == ("วิทยากร", 3, Decimal("4.00"), Decimal("0.00"),
                                               "มาก")
    # b1 = 3, 2 (one blank): mean 2.50 is the top of "น้อย"; S.D. = sqrt(0.5)
    assert items["อาหารและเครื่องดื่มเหมาะสม"] == ("สถานที่", 2, Decimal("2.50"), Decimal("0.71"),
                                                 "น้อย")
    assert [aspect for aspect, _ in summary.items] == ["วิทยากร", "วิทยากร", "สถานที่"]
    # Aspect over all its answers: 5, 4, 5, 4, 4, 4 → 26/6; S.D. = sqrt(1.3333 / 5) = 0.516
    speaker, venue = summary.aspects
    assert (speaker.label, speaker.n, speaker.mean, speaker.sd, speaker.band) == (
        "วิทยากร", 6, Decimal("4.33"), Decimal("0.52"), "มาก")
    assert (venue.label, venue.n, venue.mean, venue.sd) == ("สถานที่", 2, Decimal("2.50"),
                                                          Decimal("0.71"))
    # Overall: 8 answers summing to 31 → 3.875, rounded half up; S.D. = sqrt(6.875 / 7) = 0.991
    overall = summary.overall
    assert (overall.n, overall.mean, overall.sd, overall.band) == (
        8, Decimal("3.88"), Decimal("0.99"), "มาก")
    assert summary.problems == ("ห้องร้อน",)
    assert summary.suggestions == ("อยากให้จัดอีก",)
    assert summary.bands == BANDS_HALF_POINT

    # The 0.8-step table puts the speaker aspect's 4.33 in the top band.
    survey.save_bands(BANDS_FIFTHS)
    assert survey.summary(tid).aspects[0].band == "มากที่สุด"


def test_one_answer_gives_a_mean_but_no_sd_and_no_answers_no_numbers(survey, small_form):
    tid, ids = small_form
    answer(survey, tid, ids, 1, a1=3)
    summary = survey.summary(tid)
    first, second = (stats for _, stats in summary.items[:2])
    assert (first.n, first.mean, first.sd, first.band) == (1, Decimal("3.00"), None, "ปานกลาง")
    assert (second.n, second.mean, second.sd, second.band) == (0, None, None, "")


def test_template_is_shown_without_writing_and_copied_once_on_first_response(db, survey):
    tid = make_round(db)
    template = survey.template_items()
    assert len(template) == 16  # the seeded office template: four aspects of four statements
    shown = survey.items(tid)
    assert [r.id for r in shown] == [r.id for r in template]
    assert not survey.has_own_items(tid) and own_item_count(db, tid) == 0
    assert survey.summary(tid).items[0][1].n == 0  # reading the numbers writes nothing either
    assert own_item_count(db, tid) == 0

    # The first response is keyed by template ids: the form is copied and the answers moved.
    survey.save_response(tid, SurveyResponseInput(1, {shown[0].id: 5, shown[15].id: 4}))
    own = survey.items(tid)
    assert survey.has_own_items(tid)
    assert [(r.aspect, r.text) for r in own] == [(r.aspect, r.text) for r in template]
    assert not {r.id for r in own} & {r.id for r in template}
    assert survey.responses(tid)[0].scores == {own[0].id: 5, own[15].id: 4}
    survey.save_response(tid, SurveyResponseInput(2, {own[0].id: 3}))
    assert own_item_count(db, tid) == 16  # copied once, not per response
    assert own_item_count(db, None) == 16  # the template itself is untouched
    assert survey.summary(tid).items[0][1].n == 2
    # Template ids are no longer accepted once the round has its own form.
    with pytest.raises(ValidationError) as err:
        survey.save_response(tid, SurveyResponseInput(3, {template[1].id: 4}))
    assert [p.field for p in err.value.problems] == ["scores"]


def test_first_edit_makes_the_round_form_and_template_edits_reach_only_rounds_without_one(
        db, survey):
    edited, untouched = make_round(db), make_round(db, "อบรมทำลูกประคบ")
    template = survey.items(edited)
    # Staff drop all but two statements, add one and reword one: template ids become copies.
    rows = survey.save_items(edited, [
        SurveyItemInput("เนื้อหา", "เนื้อหาตรงกับความต้องการ", template[4].id),
        SurveyItemInput("วิทยากร", template[0].text, template[0].id),
        SurveyItemInput("เนื้อหา", "ได้ฝึกทำลูกประคบจริง"),
    ])
    # Grouped by aspect in order of first appearance; numbered from 1.
    assert [(r.aspect, r.text, r.sort_order) for r in rows] == [
        ("เนื้อหา", "เนื้อหาตรงกับความต้องการ", 1), ("เนื้อหา", "ได้ฝึกทำลูกประคบจริง", 2),
        ("วิทยากร", template[0].text, 3)]
    assert own_item_count(db, None) == 16
    survey.save_template([SurveyItemInput("ภาพรวม", "พึงพอใจต่อการอบรมโดยรวม")])
    assert [r.text for r in survey.items(untouched)] == ["พึงพอใจต่อการอบรมโดยรวม"]
    assert len(survey.items(edited)) == 3


def test_answered_statements_are_kept_and_may_be_reworded(survey, small_form):
    tid, ids = small_form
    answer(survey, tid, ids, 1, a1=5, b1=4)
    answer(survey, tid, ids, 2, a1=4)
    assert survey.answer_counts(tid) == {ids["a1"]: 2, ids["b1"]: 1}
    with pytest.raises(ValidationError) as err:
        survey.save_items(tid, [SurveyItemInput("วิทยากร", "ตอบข้อสงสัยได้ตรงประเด็น", ids["a2"])])
    problems = err.value.problems
    assert [(p.field, p.params) for p in problems] == [
        ("items", {"text": "ถ่ายทอดได้ชัดเจน", "count": 2}),
        ("items", {"text": "อาหารและเครื่องดื่มเหมาะสม", "count": 1})]
    assert len(survey.items(tid)) == 3  # nothing was written
    # Rewording and moving answered statements is fine; the unanswered one may go.
    rows = survey.save_items(tid, [
        SurveyItemInput("สถานที่ อาหาร", "อาหารเหมาะสม", ids["b1"]),
        SurveyItemInput("วิทยากร", "ถ่ายทอดได้ชัดเจน เข้าใจง่าย", ids["a1"]),
    ])
    assert [(r.id, r.text) for r in rows] == [(ids["b1"], "อาหารเหมาะสม"),
                                              (ids["a1"], "ถ่ายทอดได้ชัดเจน เข้าใจง่าย")]
    assert survey.summary(tid).items[0][1].n == 1


def test_bad_forms_are_refused(db, survey, small_form):
    tid, ids = small_form
    with pytest.raises(ValidationError) as err:
        survey.save_items(tid, [SurveyItemInput(" ", "ข้อความ"), SurveyItemInput("ด้าน", ""),
                                SurveyItemInput("ด้าน", "ข้อ", id=999_999)])
    assert [(p.field, p.params) for p in err.value.problems] == [
        ("item.1", {"row": 1}), ("item.2", {"row": 2}), ("item.3", {"row": 3})]
    with pytest.raises(ValidationError) as err:
        survey.save_items(tid, [])
    assert err.value.problems[0].field == "items"
    with pytest.raises(NotFoundError):
        survey.save_items(999_999, [SurveyItemInput("ด้าน", "ข้อ")])


def test_responses_allow_blanks_but_need_an_answer_valid_scores_and_a_free_number(
        survey, small_form):
    tid, ids = small_form
    assert survey.next_respondent_no(tid) == 1
    first = answer(survey, tid, ids, 1, a1=5)
    assert survey.next_respondent_no(tid) == 2
    for number, scores, fields in (
            (1, {ids["a1"]: 4}, ["respondent_no"]),  # already entered
            (0, {ids["a1"]: 4}, ["respondent_no"]),
            (2, {}, ["scores"]),
            (2, {ids["a1"]: None}, ["scores"]),
            (2, {ids["a1"]: 6, ids["a2"]: 0}, ["scores"]),
            (2, {999_999: 3}, ["scores"])):
        with pytest.raises(ValidationError) as err:
            survey.save_response(tid, SurveyResponseInput(number, scores))
        assert [p.field for p in err.value.problems] == fields
    # Editing keeps its own number and replaces all answers.
    survey.save_response(tid, SurveyResponseInput(1, {ids["a2"]: 2, ids["b1"]: 3}, id=first))
    (only,) = survey.responses(tid)
    assert (only.id, only.respondent_no, only.scores) == (first, 1, {ids["a2"]: 2, ids["b1"]: 3})
    other = make_round(survey.db, "อบรมอื่น")
    with pytest.raises(NotFoundError):
        survey.save_response(other, SurveyResponseInput(1, {ids["a1"]: 2}, id=first))
    survey.delete_response(first)
    assert survey.responses(tid) == [] and survey.summary(tid).overall.n == 0
    with pytest.raises(NotFoundError):
        survey.delete_response(first)


def test_band_table_setting_round_trip_and_refusals(db, survey):
    assert survey.bands() == BANDS_HALF_POINT
    custom = [Band(Decimal("1.00"), Decimal("2.99"), " ต่ำ "),
              Band(Decimal("3.00"), Decimal("5.00"), "สูง")]
    saved = survey.save_bands(custom)
    assert saved == (Band(Decimal("3.00"), Decimal("5.00"), "สูง"),
                     Band(Decimal("1.00"), Decimal("2.99"), "ต่ำ"))
    assert survey.bands() == saved
    with db.session() as s:
        assert s.get(AppSetting, BANDS_SETTING).value.startswith('[["3.00", "5.00", "สูง"]')
    for bad in ([Band(Decimal("1.00"), Decimal("3.00"), "ต่ำ"),
                 Band(Decimal("3.00"), Decimal("5.00"), "สูง")],  # 3.00 in both
                [Band(Decimal("1.00"), Decimal("5.00"), " ")],
                [Band(Decimal("0.50"), Decimal("5.00"), "ทั้งหมด")],
                []):
        with pytest.raises(ValidationError) as err:
            survey.save_bands(bad)
        assert err.value.problems[0].field == "bands"
    assert survey.bands() == saved  # a refused table leaves the setting alone
    survey.save_bands(BANDS_FIFTHS)
    assert survey.bands() == BANDS_FIFTHS
