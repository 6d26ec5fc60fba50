from datetime import date

import pytest

from wangmuang_desk.thai.dates import (
    BE_OFFSET,
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    ThaiDateError,
    age_on,
    be_year,
    fiscal_year,
    fiscal_year_range,
    format_be_date,
    parse_be_date,
)

NOV_20 = date(2026, 11, 20)  # 20 พ.ย. 2569


def test_constants():
    assert BE_OFFSET == 543
    assert len(THAI_MONTHS) == len(THAI_MONTHS_ABBR) == 12
    assert THAI_MONTHS[0] == "มกราคม" and THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_ABBR[10] == "พ.ย."


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("numeric", "20/11/2569"),
        ("short", "20 พ.ย. 2569"),
        ("long", "20 พฤศจิกายน 2569"),
    ],
)
def test_format_styles(style, expected):
    assert format_be_date(NOV_20, style) == expected


def test_format_pads_numeric_only():
    d = date(2026, 2, 1)
    assert format_be_date(d) == "01/02/2569"
    assert format_be_date(d, "short") == "1 ก.พ. 2569"


def test_format_thai_digits_and_none():
    assert format_be_date(NOV_20, "long", thai_digits=True) == "๒๐ พฤศจิกายน ๒๕๖๙"
    assert format_be_date(None) == ""
    with pytest.raises(ValueError):
        format_be_date(NOV_20, "fancy")


@pytest.mark.parametrize(
    "text",
    [
        "20/11/2569",
        "20-11-2569",
        "20.11.2569",
        "20/11/69",
        "20 พ.ย. 69",
        "20 พ.ย. 2569",
        "20 พฤศจิกายน 2569",
        "20 พย 69",
        "20 พย. 2569",
        "20 พ. ย. 69",
        "20พ.ย.69",
        "20 พฤศจิกายน พ.ศ. 2569",
        "๒๐/๑๑/๒๕๖๙",
        "๒๐ พ.ย. ๖๙",
        "20/๑๑/2569",
        "  20 / 11 / 2569  ",
        "20/11/2026",
        "20 พ.ย. 2026",
    ],
)
def test_parse_accepted_forms(text):
    assert parse_be_date(text) == NOV_20


def test_parse_single_digit_day_and_month():
    assert parse_be_date("1/2/2569") == date(2026, 2, 1)
    assert parse_be_date("1 ก.พ. 69") == date(2026, 2, 1)


@pytest.mark.parametrize("month", range(1, 13))
def test_parse_every_month_name(month):
    expected = date(2026, month, 5)
    assert parse_be_date(f"5 {THAI_MONTHS[month - 1]} 2569") == expected
    assert parse_be_date(f"5 {THAI_MONTHS_ABBR[month - 1]} 69") == expected
    assert parse_be_date(f"5 {THAI_MONTHS_ABBR[month - 1].replace('.', '')} 69") == expected


def test_format_parse_round_trip():
    for d in (date(2024, 2, 29), date(2025, 12, 31), date(1950, 1, 1)):
        for style in ("numeric", "short", "long"):
            assert parse_be_date(format_be_date(d, style, thai_digits=True)) == d


def test_parse_without_year_uses_today():
    assert parse_be_date("20/11", today=date(2026, 1, 5)) == NOV_20
    assert parse_be_date("20 พ.ย.", today=date(2026, 1, 5)) == NOV_20


def test_leap_years():
    # 2567 BE = 2024 CE, a leap year; 2566 BE = 2023 CE is not.
    assert parse_be_date("29/02/2567") == date(2024, 2, 29)
    with pytest.raises(ThaiDateError, match="ไม่มีวันที่ 29 ในเดือนกุมภาพันธ์ 2566"):
        parse_be_date("29/02/2566")


def test_impossible_day_message():
    with pytest.raises(ThaiDateError) as info:
        parse_be_date("30/02/2569")
    assert str(info.value) == "ไม่มีวันที่ 30 ในเดือนกุมภาพันธ์ 2569"
    with pytest.raises(ThaiDateError, match="เมษายน"):
        parse_be_date("31 เม.ย. 69")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "กรุณาระบุวันที่"),
        ("   ", "กรุณาระบุวันที่"),
        ("hello", "วันที่ไม่ถูกต้อง"),
        ("20/13/2569", "เดือนไม่ถูกต้อง"),
        ("20/00/2569", "เดือนไม่ถูกต้อง"),
        ("0/11/2569", "ไม่มีวันที่ 0"),
        ("20 พฤศจิ 2569", "ไม่รู้จักชื่อเดือน"),
        ("20/11/569", "ปีไม่ถูกต้อง"),
        ("20/11/0001", "ปีไม่ถูกต้อง"),
        ("20/11/2569/1", "วันที่ไม่ถูกต้อง"),
        ("2569-11-20", "วันที่ไม่ถูกต้อง"),
    ],
)
def test_parse_rejects(text, fragment):
    with pytest.raises(ThaiDateError, match=fragment):
        parse_be_date(text)


def test_thai_date_error_is_value_error():
    with pytest.raises(ValueError):
        parse_be_date("x")


def test_be_year():
    assert be_year(NOV_20) == 2569


def test_fiscal_year_boundary():
    assert fiscal_year(date(2026, 9, 30)) == 2569
    assert fiscal_year(date(2026, 10, 1)) == 2570
    assert fiscal_year(date(2026, 1, 1)) == 2569
    assert fiscal_year(date(2025, 12, 31)) == 2569


def test_fiscal_year_range():
    start, end = fiscal_year_range(2569)
    assert (start, end) == (date(2025, 10, 1), date(2026, 9, 30))
    assert fiscal_year(start) == fiscal_year(end) == 2569
    assert fiscal_year(date(2025, 9, 30)) == 2568


def test_age_on():
    birth = date(1990, 6, 15)
    assert age_on(birth, date(2026, 6, 14)) == 35
    assert age_on(birth, date(2026, 6, 15)) == 36
    assert age_on(birth, birth) == 0


def test_age_on_leap_day_birthday():
    birth = date(2000, 2, 29)
    assert age_on(birth, date(2025, 2, 28)) == 24
    assert age_on(birth, date(2025, 3, 1)) == 25
    assert age_on(birth, date(2024, 2, 29)) == 24


def test_age_on_before_birth():
    with pytest.raises(ValueError):
        age_on(date(2020, 1, 1), date(2019, 12, 31))
