"""Reference data a new database starts with; staff edit all of it later.

Idempotent: items are added only when missing (by their natural key), and lists staff curate
as a whole (the survey template, the rate ceilings) only when they are still empty. The
caller owns the transaction: nothing here commits.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wangmuang_desk.db.models import (
    AppSetting,
    AssessmentCriterion,
    OfficeProfile,
    RateCeiling,
    RefItem,
    SurveyItem,
)

OFFICE = {
    "name": "องค์การบริหารส่วนตำบลวังม่วง",
    "department": "งานพัฒนาชุมชน สำนักปลัด",
    "subdistrict": "วังม่วง",
    "district": "วังม่วง",
    "province": "สระบุรี",
    "postcode": "18220",
    "setup_done": False,
}

# No villages: the real list of ต.วังม่วง is unverified (domain.md §5); staff enter it.
REF_LISTS: dict[str, tuple[str, ...]] = {
    "title": (
        "นาย",
        "นาง",
        "นางสาว",
        "เด็กชาย",
        "เด็กหญิง",
        "พระ",
        "พระครู",
        "สามเณร",
        "แม่ชี",
        "ว่าที่ร้อยตรี",
        "ว่าที่ร้อยตรีหญิง",
        "จ.ส.อ.",
        "ด.ต.",
    ),
    "occupation_category": (
        "เกษตรกรรม (ทำนา ทำไร่ ทำสวน)",
        "ปศุสัตว์",
        "ประมง",
        "รับจ้างทั่วไป",
        "ค้าขาย",
        "หัตถกรรม",
        "แปรรูปอาหาร",
        "ข้าราชการ/พนักงานของรัฐ",
        "พนักงานบริษัท/ลูกจ้าง",
        "ธุรกิจส่วนตัว",
        "อื่น ๆ",
    ),
    # The ten branches of local wisdom of the Office of the National Culture Commission.
    "wisdom_branch": (
        "เกษตรกรรม",
        "อุตสาหกรรมและหัตถกรรม",
        "การแพทย์แผนไทย",
        "การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        "กองทุนและธุรกิจชุมชน",
        "สวัสดิการ",
        "ศิลปกรรม",
        "การจัดการองค์กร",
        "ภาษาและวรรณกรรม",
        "ศาสนาและประเพณี",
    ),
    "otop_category": (
        "อาหาร",
        "เครื่องดื่ม",
        "ผ้าและเครื่องแต่งกาย",
        "ของใช้ ของตกแต่ง ของที่ระลึก",
        "สมุนไพรที่ไม่ใช่อาหาร",
    ),
    "material_category": (
        "พืช",
        "สัตว์",
        "ดิน/หิน/แร่",
        "น้ำ",
        "วัสดุเหลือใช้ทางการเกษตร",
        "อื่น ๆ",
    ),
    "unit": ("กิโลกรัม", "ตัน", "ไร่", "ต้น", "ตัว", "ลิตร", "ชิ้น"),
}

# domain.md §7: reported ceilings for community training of outsiders, unverified.
RATES_FROM = date(2024, 10, 1)
RATES_NOTE = "ต้องตรวจสอบกับระเบียบที่ใช้บังคับ"
_MEAL_NOTE = (
    f"{RATES_NOTE}; เงื่อนไขของอัตรา 200/300 บาทยังไม่ได้ตรวจสอบ และกระทรวงการคลัง"
    "ปรับอัตราค่าอาหารเมื่อ 31 ต.ค. 2568 (ว246) โดยยังไม่ทราบจำนวนเงิน"
)
RATES: tuple[tuple[str, str, str, str, str], ...] = (
    # category (as in BudgetLine), condition, amount, unit, note
    ("speaker", "วิทยากรที่เป็นบุคลากรของรัฐ", "600", "บาท/ชั่วโมง/คน", RATES_NOTE),
    ("speaker", "วิทยากรที่ไม่ใช่บุคลากรของรัฐ", "1200", "บาท/ชั่วโมง/คน", RATES_NOTE),
    ("snack", "จัดในสถานที่ของส่วนราชการ", "35", "บาท/มื้อ/คน", RATES_NOTE),
    ("snack", "จัดในสถานที่ของเอกชน", "50", "บาท/มื้อ/คน", RATES_NOTE),
    ("meal", "อาหารกลางวัน จัดในสถานที่ของส่วนราชการ", "200", "บาท/มื้อ/คน", _MEAL_NOTE),
    ("meal", "อาหารกลางวัน จัดในสถานที่ของเอกชน", "300", "บาท/มื้อ/คน", _MEAL_NOTE),
)

SURVEY_TEMPLATE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "วิทยากร",
        (
            "วิทยากรมีความรู้ความเข้าใจในเรื่องที่ถ่ายทอด",
            "วิทยากรถ่ายทอดความรู้ได้ชัดเจน เข้าใจง่าย",
            "วิทยากรเปิดโอกาสให้ซักถามและตอบข้อสงสัยได้ตรงประเด็น",
            "วิทยากรสาธิตและให้ฝึกปฏิบัติได้เหมาะสม",
        ),
    ),
    (
        "เนื้อหา",
        (
            "เนื้อหาตรงกับความต้องการของผู้เข้ารับการอบรม",
            "เนื้อหาเหมาะสมกับระยะเวลาการอบรม",
            "เอกสารและสื่อประกอบการอบรมเข้าใจง่าย",
            "วัสดุอุปกรณ์สำหรับฝึกปฏิบัติเพียงพอ",
        ),
    ),
    (
        "สถานที่ ระยะเวลา อาหาร",
        (
            "สถานที่จัดอบรมสะดวกและเหมาะสม",
            "ระยะเวลาการอบรมเหมาะสม",
            "อาหารและเครื่องดื่มเหมาะสม",
            "เจ้าหน้าที่ประสานงานและอำนวยความสะดวกได้ดี",
        ),
    ),
    (
        "การนำความรู้ไปใช้",
        (
            "ได้รับความรู้และทักษะเพิ่มขึ้นหลังการอบรม",
            "สามารถนำความรู้ไปใช้ประกอบอาชีพได้",
            "สามารถนำความรู้ไปใช้ลดรายจ่ายหรือเพิ่มรายได้ของครัวเรือน",
            "สามารถถ่ายทอดความรู้ให้ผู้อื่นได้",
        ),
    ),
)

# "3 มี 2 ไม่" of seed 002 (domain.md §4).
CRITERIA: tuple[tuple[str, str], ...] = (
    ("have_livelihood", "มีสัมมาชีพ"),
    ("have_relations", "มีความสัมพันธ์ที่ดี"),
    ("have_environment", "มีสภาพแวดล้อมเหมาะสม"),
    ("no_drugs", "ไม่ติดยาเสพติด"),
    ("no_informal_debt", "ไม่มีหนี้นอกระบบ"),
)

SETTINGS: dict[str, str] = {
    "attendance_threshold": "80",
    "livelihood_targets_per_village": "20",
    "livelihood_leaders_per_village": "5",
    "certificate_thai_digits": "1",
}


def seed_reference_data(session: Session) -> None:
    """Add whatever reference data is missing; safe to run on every start."""
    if session.scalar(select(OfficeProfile.id).limit(1)) is None:
        session.add(OfficeProfile(**OFFICE))

    existing_refs = {
        (k, label) for k, label in session.execute(select(RefItem.kind, RefItem.label))
    }
    for kind, labels in REF_LISTS.items():
        for order, label in enumerate(labels, start=1):
            if (kind, label) not in existing_refs:
                session.add(RefItem(kind=kind, label=label, sort_order=order, active=True))

    if session.scalar(select(RateCeiling.id).limit(1)) is None:
        for category, condition, amount, unit, note in RATES:
            session.add(
                RateCeiling(
                    category=category,
                    condition=condition,
                    amount=Decimal(amount),
                    unit=unit,
                    effective_from=RATES_FROM,
                    note=note,
                )
            )

    has_template = session.scalar(
        select(SurveyItem.id).where(SurveyItem.training_id.is_(None)).limit(1)
    )
    if has_template is None:
        order = 0
        for aspect, statements in SURVEY_TEMPLATE:
            for text in statements:
                order += 1
                session.add(
                    SurveyItem(training_id=None, aspect=aspect, text=text, sort_order=order)
                )

    existing_codes = set(session.scalars(select(AssessmentCriterion.code)))
    for order, (code, label) in enumerate(CRITERIA, start=1):
        if code not in existing_codes:
            session.add(AssessmentCriterion(code=code, label=label, sort_order=order, active=True))

    existing_keys = set(session.scalars(select(AppSetting.key)))
    for key, value in SETTINGS.items():
        if key not in existing_keys:
            session.add(AppSetting(key=key, value=value))

    session.flush()
