from decimal import Decimal

import pytest

from wangmuang_desk.thai.money import baht_text, format_baht


def test_format_baht():
    assert format_baht(Decimal("1234.5")) == "1,234.50"
    assert format_baht(1234567) == "1,234,567.00"
    assert format_baht(Decimal("0")) == "0.00"
    assert format_baht(Decimal("-12.5")) == "-12.50"
    assert format_baht(None) == ""


def test_format_baht_rounds_half_up():
    assert format_baht(Decimal("2.675")) == "2.68"
    assert format_baht(Decimal("0.125")) == "0.13"


def test_format_baht_thai_digits():
    assert format_baht(Decimal("1234.50"), thai_digits=True) == "๑,๒๓๔.๕๐"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (Decimal("1234.50"), "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        (0, "ศูนย์บาทถ้วน"),
        (Decimal("0.00"), "ศูนย์บาทถ้วน"),
        (1, "หนึ่งบาทถ้วน"),
        (10, "สิบบาทถ้วน"),
        (11, "สิบเอ็ดบาทถ้วน"),
        (20, "ยี่สิบบาทถ้วน"),
        (21, "ยี่สิบเอ็ดบาทถ้วน"),
        (101, "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (1101, "หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน"),
        (2001, "สองพันเอ็ดบาทถ้วน"),
        (100_000, "หนึ่งแสนบาทถ้วน"),
        (1_000_000, "หนึ่งล้านบาทถ้วน"),
        (1_000_001, "หนึ่งล้านเอ็ดบาทถ้วน"),
        (21_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
        (Decimal("11000001.25"), "สิบเอ็ดล้านเอ็ดบาทยี่สิบห้าสตางค์"),
        (5_001_000_000, "ห้าพันเอ็ดล้านบาทถ้วน"),
        (2_000_000_000_000, "สองล้านล้านบาทถ้วน"),
        (1_000_001_000_000, "หนึ่งล้านเอ็ดล้านบาทถ้วน"),
        (Decimal("0.50"), "ห้าสิบสตางค์"),
        (Decimal("0.01"), "หนึ่งสตางค์"),
        (Decimal("10.01"), "สิบบาทหนึ่งสตางค์"),
        (Decimal("0.21"), "ยี่สิบเอ็ดสตางค์"),
        (Decimal("99.99"), "เก้าสิบเก้าบาทเก้าสิบเก้าสตางค์"),
        (Decimal("2.675"), "สองบาทหกสิบแปดสตางค์"),
        (Decimal("0.999"), "หนึ่งบาทถ้วน"),
    ],
)
def test_baht_text(amount, words):
    assert baht_text(amount) == words


def test_baht_text_agrees_with_pythainlp_on_whole_baht():
    # Independent check against another implementation where both follow
    # the same convention (whole baht below a million million).
    from pythainlp.util import bahttext

    amounts = [
        *range(1, 2100),
        10_001,
        12_345,
        100_001,
        999_999,
        1_000_011,
        123_456_789,
        987_654_321_001,
    ]
    for amount in amounts:
        assert baht_text(amount) == bahttext(amount), amount


@pytest.mark.parametrize("amount", [Decimal("-1"), -5, Decimal("-0.004")])
def test_baht_text_negative_raises(amount):
    with pytest.raises(ValueError):
        baht_text(amount)


def test_baht_text_rejects_non_numbers():
    for bad in (Decimal("NaN"), Decimal("Infinity"), "abc"):
        with pytest.raises(ValueError):
            baht_text(bad)
