"""Thai national ID numbers and phone numbers: checking, formatting, masking.

Masked forms follow the office's PDPA practice: lists and printouts show
``x-xxxx-xxxxx-12-3`` and ``08x-xxx-1234`` unless a document needs the full
number.
"""

import re

from wangmuang_desk.thai.digits import to_arabic_digits

# Spaces and every dash people paste from other programs.
_SEPARATORS_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_ASCII_DIGITS = frozenset("0123456789")


class CitizenIdError(ValueError):
    """A national ID number is not valid; the message is in Thai."""


def _without_separators(text: str) -> str:
    return _SEPARATORS_RE.sub("", to_arabic_digits(text or ""))


def normalize_citizen_id(text: str) -> str:
    """Remove spaces and dashes and turn Thai digits into Arabic ones."""
    return _without_separators(text)


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts other scripts' digits, which int() would then
    # read; only 0-9 make a valid ID.
    return text.isascii() and text.isdigit()


def citizen_id_check_digit(first12: str) -> int:
    """The 13th digit for an ID whose first 12 digits are *first12*."""
    if len(first12) != 12 or not _is_ascii_digits(first12):
        raise ValueError(f"need exactly 12 digits, got {first12!r}")
    total = sum(int(digit) * (13 - i) for i, digit in enumerate(first12))
    return (11 - total % 11) % 10


def make_valid_citizen_id(first12: str) -> str:
    """Append the check digit to *first12* (used to generate demo data)."""
    return first12 + str(citizen_id_check_digit(first12))


def validate_citizen_id(text: str) -> str:
    """Return the normalised 13 digits or raise ``CitizenIdError``."""
    number = normalize_citizen_id(text)
    if not number:
        raise CitizenIdError("กรุณาระบุเลขประจำตัวประชาชน")
    if not _is_ascii_digits(number):
        raise CitizenIdError("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น")
    if len(number) != 13:
        raise CitizenIdError(f"เลขประจำตัวประชาชนต้องมี 13 หลัก (ป้อนมา {len(number)} หลัก)")
    if citizen_id_check_digit(number[:12]) != int(number[12]):
        raise CitizenIdError("เลขตรวจสอบ (หลักที่ 13) ไม่ถูกต้อง")
    return number


def is_valid_citizen_id(text: str) -> bool:
    """True if *text* is a national ID with a correct check digit."""
    try:
        validate_citizen_id(text)
    except CitizenIdError:
        return False
    return True


def format_citizen_id(id13: str) -> str:
    """Show an ID as ``X-XXXX-XXXXX-XX-X``; other text is returned unchanged."""
    number = normalize_citizen_id(id13)
    if len(number) != 13 or not _is_ascii_digits(number):
        return id13
    return f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"


def mask_citizen_id(id13: str) -> str:
    """Hide all but the last three digits: ``x-xxxx-xxxxx-12-3``.

    Malformed input is masked too (all but its last three characters), so a
    bad value in the database never leaks into a printout.
    """
    number = normalize_citizen_id(id13)
    if not number:
        return ""
    if len(number) == 13 and _is_ascii_digits(number):
        return f"x-xxxx-xxxxx-{number[10:12]}-{number[12]}"
    keep = 3 if len(number) > 3 else 0
    return "x" * (len(number) - keep) + number[len(number) - keep :]


def format_phone(phone: str) -> str:
    """``081-234-5678`` for 10-digit mobiles, ``02-123-4567`` for 9-digit
    landlines; anything else is returned unchanged."""
    digits = _without_separators(phone)
    if not _is_ascii_digits(digits) or not digits.startswith("0"):
        return phone
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9:
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    return phone


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number: ``08x-xxx-1234``.

    Numbers of 9 digits or more keep their first 2 and last 4 digits; shorter
    ones keep only their last 2 (or nothing if under 4 digits), so a short
    number is never shown whole. Text without digits is returned stripped.
    """
    text = to_arabic_digits(format_phone((phone or "").strip()))
    digit_count = sum(ch in _ASCII_DIGITS for ch in text)
    if digit_count >= 9:
        head, tail = 2, 4
    elif digit_count >= 4:
        head, tail = 0, 2
    else:
        head, tail = 0, 0
    out = []
    index = 0
    for ch in text:
        if ch in _ASCII_DIGITS:
            keep = index < head or index >= digit_count - tail
            out.append(ch if keep else "x")
            index += 1
        else:
            out.append(ch)
    return "".join(out)
