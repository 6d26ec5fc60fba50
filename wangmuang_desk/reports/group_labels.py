"""Thai wording of the group codes (type, status, committee position) on printed documents.

Document wording is Thai by nature, so it lives with the report builders, not in the Qt
translations. No reportlab here: cheap to import.
"""

from __future__ import annotations

GROUP_TYPE_LABELS = {
    "agriculture": "เกษตรกรรม",
    "livestock": "ปศุสัตว์",
    "fishery": "ประมง",
    "processing": "แปรรูป",
    "handicraft": "หัตถกรรม",
    "savings": "ออมทรัพย์",
    "other": "อื่น ๆ",
}

STATUS_LABELS = {
    "forming": "อยู่ระหว่างจัดตั้ง",
    "established": "จัดตั้งแล้ว",
    "registered": "ขึ้นทะเบียนกลุ่มอาชีพแล้ว",
    "enterprise": "จดทะเบียนวิสาหกิจชุมชนแล้ว",
    "otop": "ลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP แล้ว",
    "inactive": "ไม่ได้ดำเนินกิจกรรม",
    "dissolved": "ยุบเลิกแล้ว",
}

POSITION_LABELS = {
    "president": "ประธาน",
    "vice_president": "รองประธาน",
    "secretary": "เลขานุการ",
    "treasurer": "เหรัญญิก",
    "member": "กรรมการ",
}


def label(labels: dict[str, str], code: str) -> str:
    """The Thai label of `code`; an unknown code (from a newer version) is printed as is."""
    return labels.get(code, code)
