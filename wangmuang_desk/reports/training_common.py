"""Wording the training documents share: budget labels, dates, date ranges, times, hours.

Thai by nature (document wording), so it lives with the report builders. No reportlab here:
the functions take a ThaiDocument only to convert digits and keep phrases on one line.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import TYPE_CHECKING

from wangmuang_desk.thai.dates import THAI_MONTHS, be_year, format_be_date

if TYPE_CHECKING:
    from wangmuang_desk.reports.pdf.document import ThaiDocument

BUDGET_LABELS = {
    "speaker": "ค่าตอบแทนวิทยากร",
    "meal": "ค่าอาหารกลางวัน",
    "snack": "ค่าอาหารว่างและเครื่องดื่ม",
    "venue": "ค่าเช่าสถานที่",
    "material": "ค่าวัสดุอุปกรณ์ในการฝึกอบรม",
    "document": "ค่าเอกสารและวุฒิบัตร",
    "sign": "ค่าป้ายโครงการ",
    "transport": "ค่าพาหนะ",
    "other": "ค่าใช้จ่ายอื่น ๆ",
}
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
NO_DATA = "-"


def budget_label(category: str) -> str:
    return BUDGET_LABELS.get(category, category)


def weekday_date(doc: ThaiDocument, d: date) -> str:
    """ "วันศุกร์ที่ 13 มีนาคม พ.ศ. 2569", as the head of a sign-in sheet gives the day."""
    text = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {THAI_MONTHS[d.month - 1]} พ.ศ. {be_year(d)}"
    return doc.unbroken(text)


def date_range(doc: ThaiDocument, start: date | None, end: date | None) -> str:
    """ "10 – 12 มีนาคม 2569", "28 กุมภาพันธ์ – 2 มีนาคม 2569" or one date; "" for none."""
    if start is None or end is None or start == end:
        return doc.date(start or end)
    if end < start:
        start, end = end, start
    if (start.year, start.month) == (end.year, end.month):
        text = f"{start.day} – {format_be_date(end, 'long')}"
    elif start.year == end.year:
        text = f"{start.day} {THAI_MONTHS[start.month - 1]} – {format_be_date(end, 'long')}"
    else:
        text = f"{format_be_date(start, 'long')} – {format_be_date(end, 'long')}"
    return doc.unbroken(text)


def dates_phrase(doc: ThaiDocument, start: date | None, end: date | None) -> str:
    """ "ระหว่างวันที่ 10 – 12 มีนาคม 2569" or "เมื่อวันที่ 10 มีนาคม 2569"; "" for none."""
    if start is None and end is None:
        return ""
    single = start is None or end is None or start == end
    return f"{'เมื่อวันที่' if single else 'ระหว่างวันที่'} {date_range(doc, start, end)}"


def clock(t: time) -> str:
    return f"{t.hour:02d}.{t.minute:02d}"


def time_range(doc: ThaiDocument, start: time | None, end: time | None) -> str:
    """ "09.00 – 16.00 น." (Thai offices write the time with a dot); "" when unknown."""
    if start is None and end is None:
        return ""
    if start is None or end is None:
        return doc.unbroken(f"{clock(start or end)} น.")
    return doc.unbroken(f"{clock(start)} – {clock(end)} น.")


def decimal_text(value: Decimal | int) -> str:
    """6 for 6.0, 1.5 for 1.50: hours and scores without trailing zeros."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def hours_text(doc: ThaiDocument, hours: Decimal | None) -> str:
    return "" if hours is None else doc.unbroken(f"{decimal_text(hours)} ชั่วโมง")


def moo_text(moo: int | None) -> str:
    return "" if moo is None else f"หมู่ {moo}"


def address_text(house_no: str, moo: int | None) -> str:
    """ "234/1 หมู่ 10": the house and its village, as a sign-in sheet lists them."""
    return " ".join(p for p in (house_no.strip(), moo_text(moo)) if p)


def fiscal_year_line(title: str, fiscal_year: int) -> str:
    """ "ประจำปีงบประมาณ พ.ศ. 2569", unless the project's name says it already."""
    if "ปีงบประมาณ" in title:
        return ""
    return f"ประจำปีงบประมาณ พ.ศ. {fiscal_year}"


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
