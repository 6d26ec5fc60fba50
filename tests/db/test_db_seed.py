"""Reference data of a new database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from wangmuang_desk.db.models import (
    AppSetting,
    AssessmentCriterion,
    OfficeProfile,
    RateCeiling,
    RefItem,
    SurveyItem,
    Village,
)
from wangmuang_desk.db.schema import open_database
from wangmuang_desk.db.seed import seed_reference_data

_MODELS = (OfficeProfile, RefItem, RateCeiling, SurveyItem, AssessmentCriterion, AppSetting)


def _counts(session) -> dict[str, int]:
    return {m.__name__: session.scalar(select(func.count()).select_from(m)) for m in _MODELS}


def test_seeding_twice_adds_nothing(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.session() as s:
            first = _counts(s)
            seed_reference_data(s)
        with db.session() as s:
            assert _counts(s) == first
    finally:
        db.dispose()
    assert first["OfficeProfile"] == 1 and all(first.values())


def test_seed_fills_in_only_what_is_missing(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.session() as s:
            s.get(AppSetting, "attendance_threshold").value = "90"
            s.delete(s.scalars(select(RefItem).where(RefItem.label == "นางสาว")).one())
        with db.session() as s:
            seed_reference_data(s)
        with db.session() as s:
            assert s.get(AppSetting, "attendance_threshold").value == "90"
            assert s.scalar(select(func.count()).where(RefItem.label == "นางสาว")) == 1
    finally:
        db.dispose()


def test_reference_data_content(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.session() as s:
            office = s.scalars(select(OfficeProfile)).one()
            assert (office.name, office.province, office.postcode) == (
                "องค์การบริหารส่วนตำบลวังม่วง",
                "สระบุรี",
                "18220",
            )
            assert office.setup_done is False and office.is_demo is False

            def labels(kind: str) -> list[str]:
                q = select(RefItem.label).where(RefItem.kind == kind).order_by(RefItem.sort_order)
                return list(s.scalars(q))

            assert labels("title")[:5] == ["นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง"]
            assert len(labels("wisdom_branch")) == 10
            assert len(labels("otop_category")) == 5
            assert "อื่น ๆ" in labels("occupation_category")
            assert "กิโลกรัม" in labels("unit") and labels("material_category")

            assert s.scalar(select(func.count()).select_from(Village)) == 0  # staff enter them

            rates = {(r.category, r.amount) for r in s.scalars(select(RateCeiling))}
            assert rates == {
                ("speaker", Decimal("600.00")),
                ("speaker", Decimal("1200.00")),
                ("snack", Decimal("35.00")),
                ("snack", Decimal("50.00")),
                ("meal", Decimal("200.00")),
                ("meal", Decimal("300.00")),
            }
            for rate in s.scalars(select(RateCeiling)):
                assert rate.effective_from == date(2024, 10, 1)
                assert "ต้องตรวจสอบกับระเบียบที่ใช้บังคับ" in rate.note

            items = list(s.scalars(select(SurveyItem).order_by(SurveyItem.sort_order)))
            assert all(i.training_id is None for i in items)
            aspects: dict[str, int] = {}
            for item in items:
                aspects[item.aspect] = aspects.get(item.aspect, 0) + 1
            assert list(aspects) == [
                "วิทยากร",
                "เนื้อหา",
                "สถานที่ ระยะเวลา อาหาร",
                "การนำความรู้ไปใช้",
            ]
            assert all(3 <= n <= 4 for n in aspects.values())

            codes = list(
                s.scalars(select(AssessmentCriterion.code).order_by(AssessmentCriterion.sort_order))
            )
            assert codes == [
                "have_livelihood",
                "have_relations",
                "have_environment",
                "no_drugs",
                "no_informal_debt",
            ]
            settings = {a.key: a.value for a in s.scalars(select(AppSetting))}
            assert settings == {
                "attendance_threshold": "80",
                "livelihood_targets_per_village": "20",
                "livelihood_leaders_per_village": "5",
                "certificate_thai_digits": "1",
            }
    finally:
        db.dispose()
