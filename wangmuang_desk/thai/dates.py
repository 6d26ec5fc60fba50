"""Buddhist Era dates: formatting, parsing, fiscal years and ages.

Dates are stored as ISO ``datetime.date`` (Common Era); staff read and type
them in the Buddhist Era (พ.ศ. = ค.ศ. + 543), which has the same months and
leap years.
"""

import re
from datetime import date

from wangmuang_desk.thai.digits import to_arabic_digits, to_thai_digits

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

THAI_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

# Years written with four digits below this are taken as Common Era: BE 2400
# is CE 1857, so no date this office records is ambiguous.
_CE_BELOW = 2400

_EXAMPLE = "เช่น 20/11/2569 หรือ 20 พ.ย. 69"


class ThaiDateError(ValueError):
    """A date the user typed cannot be understood; the message is in Thai."""


def _month_key(name: str) -> str:
    # Staff write abbreviations with or without dots and sometimes with a space
    # after a dot ("พ. ย."), so compare names with both removed.
    return name.replace(".", "").replace(" ", "")


_MONTH_BY_KEY: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_ABBR, strict=True), start=1):
    _MONTH_BY_KEY[_month_key(_full)] = _number
    _MONTH_BY_KEY[_month_key(_abbr)] = _number

_NUMERIC_RE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d+))?")
# Month words are Thai letters, dots and spaces; "พ.ศ." may precede the year.
_WORDS_RE = re.compile(
    r"(\d{1,2})\s*([\u0e01-\u0e4e.][\u0e01-\u0e4e. ]*?)\s*(?:พ\.?\s*ศ\.?\s*)?(\d+)?"
)


def be_year(d: date) -> int:
    """The Buddhist Era year of *d*."""
    return d.year + BE_OFFSET


def format_be_date(d: date | None, style: str = "numeric", thai_digits: bool = False) -> str:
    """Show *d* in the Buddhist Era.

    Styles: ``"numeric"`` → ``20/11/2569`` (day and month zero-padded so
    columns line up), ``"short"`` → ``20 พ.ย. 2569``, ``"long"`` →
    ``20 พฤศจิกายน 2569``. ``None`` gives an empty string.
    """
    if d is None:
        return ""
    year = be_year(d)
    if style == "numeric":
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    elif style == "short":
        text = f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {year}"
    elif style == "long":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} {year}"
    else:
        raise ValueError(f"unknown date style: {style!r}")
    return to_thai_digits(text) if thai_digits else text


def _year_to_ce(year_text: str | None, today: date | None) -> int:
    if year_text is None:
        # No year typed: staff mean this year.
        return (today or date.today()).year
    year = int(year_text)
    if len(year_text) == 2:
        return 2500 + year - BE_OFFSET
    if len(year_text) == 4 and year >= 1000:
        return year if year < _CE_BELOW else year - BE_OFFSET
    raise ThaiDateError(f"ปีไม่ถูกต้อง: “{year_text}” (ใช้ปี พ.ศ. 4 หลัก หรือ 2 หลัก {_EXAMPLE})")


def parse_be_date(text: str, today: date | None = None) -> date:
    """Read a date as staff type it.

    Accepts ``20/11/2569``, ``20-11-2569``, ``20.11.2569``, ``20/11/69``,
    ``20 พ.ย. 69``, ``20 พย 69``, ``20 พ.ย. 2569``, ``20 พฤศจิกายน 2569``
    (optionally with ``พ.ศ.`` before the year), Thai or Arabic digits. A
    two-digit year means 25YY BE; a four-digit year below 2400 is taken as CE.
    Without a year, the year of *today* (default: the real today) is used.

    Raises ``ThaiDateError`` with a Thai message for anything else, including
    empty text.
    """
    cleaned = " ".join(to_arabic_digits(text or "").split())
    if not cleaned:
        raise ThaiDateError("กรุณาระบุวันที่")

    match = _NUMERIC_RE.fullmatch(cleaned)
    if match:
        day_text, month_text, year_text = match.groups()
        month = int(month_text)
        if not 1 <= month <= 12:
            raise ThaiDateError(f"เดือนไม่ถูกต้อง: {month} (ต้องเป็น 1 ถึง 12)")
    else:
        match = _WORDS_RE.fullmatch(cleaned)
        if not match:
            raise ThaiDateError(f"วันที่ไม่ถูกต้อง: “{text.strip()}” ({_EXAMPLE})")
        day_text, month_name, year_text = match.groups()
        month = _MONTH_BY_KEY.get(_month_key(month_name), 0)
        if not month:
            raise ThaiDateError(f"ไม่รู้จักชื่อเดือน “{month_name.strip()}” ({_EXAMPLE})")

    day = int(day_text)
    year = _year_to_ce(year_text, today)
    try:
        return date(year, month, day)
    except ValueError:
        raise ThaiDateError(
            f"ไม่มีวันที่ {day} ในเดือน{THAI_MONTHS[month - 1]} {year + BE_OFFSET}"
        ) from None


def fiscal_year(d: date) -> int:
    """The Thai government fiscal year (BE) containing *d*.

    It runs 1 Oct – 30 Sep and is named by the BE year in which it ends.
    """
    return (d.year + 1 if d.month >= 10 else d.year) + BE_OFFSET


def fiscal_year_range(fy_be: int) -> tuple[date, date]:
    """First and last day (inclusive) of BE fiscal year *fy_be*."""
    end_ce = fy_be - BE_OFFSET
    return date(end_ce - 1, 10, 1), date(end_ce, 9, 30)


def age_on(birth: date, on: date) -> int:
    """Completed years of age on *on*.

    Someone born on 29 Feb turns a year older on 1 Mar in non-leap years.
    Raises ``ValueError`` if *on* is before *birth*.
    """
    if on < birth:
        raise ValueError("วันที่อ้างอิงอยู่ก่อนวันเกิด")
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - before_birthday
