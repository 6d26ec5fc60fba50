import pytest

from wangmuang_desk.thai.citizen_id import (
    CitizenIdError,
    citizen_id_check_digit,
    format_citizen_id,
    format_phone,
    is_valid_citizen_id,
    make_valid_citizen_id,
    mask_citizen_id,
    mask_phone,
    normalize_citizen_id,
    validate_citizen_id,
)

# Worked by hand: 1*13 + 2*12 + 3*11 + 4*10 + 5*9 + 6*8 + 7*7 + 8*6 + 9*5 + 0*4
# + 1*3 + 2*2 = 352; 352 % 11 = 0; (11 - 0) % 10 = 1.
VALID_A = "1234567890121"
# 1*13 + 1*12 + 0 + 1*10 + 7*9 + 0 + 0 + 1*6 + 2*5 + 3*4 + 4*3 + 5*2 = 148;
# 148 % 11 = 5; (11 - 5) % 10 = 6.
VALID_B = "1101700123456"


def test_check_digit_by_hand():
    assert citizen_id_check_digit(VALID_A[:12]) == 1
    assert citizen_id_check_digit(VALID_B[:12]) == 6


def test_check_digit_needs_12_digits():
    for bad in ("12345", "1234567890123", "12345678901x", "๑๒๓๔๕๖๗๘๙๐๑๒"):
        with pytest.raises(ValueError):
            citizen_id_check_digit(bad)


def test_make_valid():
    assert make_valid_citizen_id("123456789012") == VALID_A
    for first12 in ("300000000000", "899999999999", "012345678901"):
        generated = make_valid_citizen_id(first12)
        assert len(generated) == 13 and is_valid_citizen_id(generated)


def test_valid_ids_in_any_typing():
    for text in (
        VALID_A,
        "1-2345-67890-12-1",
        " 1 2345 67890 12 1 ",
        "๑๒๓๔๕๖๗๘๙๐๑๒๑",
        "1–2345–67890–12–1",
    ):
        assert is_valid_citizen_id(text)
        assert validate_citizen_id(text) == VALID_A


def test_changed_check_digit_is_rejected():
    for digit in "0123456789":
        if digit != VALID_A[12]:
            assert not is_valid_citizen_id(VALID_A[:12] + digit)


def test_changed_middle_digit_is_rejected():
    changed = VALID_B[:5] + "8" + VALID_B[6:]  # 7 -> 8 at weight 8
    assert not is_valid_citizen_id(changed)
    with pytest.raises(CitizenIdError, match=r"เลขตรวจสอบ \(หลักที่ 13\) ไม่ถูกต้อง"):
        validate_citizen_id(changed)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "กรุณาระบุ"),
        ("12345", "13 หลัก"),
        ("12345678901234", "13 หลัก"),
        ("1234567890abc", "ตัวเลขเท่านั้น"),
        ("ไม่มี", "ตัวเลขเท่านั้น"),
    ],
)
def test_validate_messages(text, fragment):
    with pytest.raises(CitizenIdError, match=fragment):
        validate_citizen_id(text)
    assert not is_valid_citizen_id(text)


def test_citizen_id_error_is_value_error():
    assert issubclass(CitizenIdError, ValueError)


def test_normalize():
    assert normalize_citizen_id(" ๑-๒๓๔๕ 67890-12-1 ") == VALID_A


def test_format_citizen_id():
    assert format_citizen_id(VALID_A) == "1-2345-67890-12-1"
    assert format_citizen_id("1 2345 67890 12 1") == "1-2345-67890-12-1"
    assert format_citizen_id("12345") == "12345"


def test_mask_citizen_id():
    assert mask_citizen_id(VALID_A) == "x-xxxx-xxxxx-12-1"
    assert mask_citizen_id("1-2345-67890-12-1") == "x-xxxx-xxxxx-12-1"
    assert mask_citizen_id("") == ""
    # Malformed values are masked as well, never shown whole.
    assert mask_citizen_id("1234567") == "xxxx567"
    assert mask_citizen_id("12") == "xx"


def test_format_phone():
    assert format_phone("0812345678") == "081-234-5678"
    assert format_phone("081 234 5678") == "081-234-5678"
    assert format_phone("๐๘๑๒๓๔๕๖๗๘") == "081-234-5678"
    assert format_phone("021234567") == "02-123-4567"
    assert format_phone("1234") == "1234"
    assert format_phone("+66812345678") == "+66812345678"
    assert format_phone("") == ""


def test_mask_phone():
    assert mask_phone("0812341234") == "08x-xxx-1234"
    assert mask_phone("081-234-5678") == "08x-xxx-5678"
    assert mask_phone("021234567") == "02-xxx-4567"
    assert mask_phone("") == ""
    assert mask_phone("   ") == ""
    assert mask_phone("123456") == "xxxx56"
    assert mask_phone("123") == "xxx"
    assert mask_phone("ไม่มี") == "ไม่มี"
