"""Baht amounts: figures with two decimals and totals in Thai words.

``baht_text`` is written here rather than taken from PyThaiNLP's
``bahttext``: that one accepts only int/float (so Decimal amounts would go
through binary floating point), writes satang-only amounts as
"ศูนย์บาท…สตางค์" where the usual (Excel BAHTTEXT) form is "…สตางค์", and
writes 1,000,001,000,000 as "หนึ่งล้านหนึ่งล้าน" instead of "หนึ่งล้านเอ็ดล้าน".
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wangmuang_desk.thai.digits import to_thai_digits

_CENT = Decimal("0.01")
_DIGIT_WORDS = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
# Place names inside one six-digit group, from the units upwards.
_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = 1_000_000


def _to_decimal(amount: Decimal | int | float | str) -> Decimal:
    try:
        # float goes through str so 0.1 means 0.10, not 0.1000000000000000055...
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except InvalidOperation:
        raise ValueError(f"not an amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {amount!r}")
    return value


def _round_satang(value: Decimal) -> Decimal:
    # Money is rounded half up, as people do on paper.
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def format_baht(amount: Decimal | int | None, thai_digits: bool = False) -> str:
    """``1,234.50``: thousands separators, always two decimals; None → ""."""
    if amount is None:
        return ""
    text = f"{_round_satang(_to_decimal(amount)):,.2f}"
    return to_thai_digits(text) if thai_digits else text


def _group_words(group: int, has_higher: bool) -> str:
    """Words for 0 <= group < 1,000,000.

    *has_higher* says whether a non-zero digit stands above this group, which
    makes a units digit of 1 read "เอ็ด" (1,000,001 = หนึ่งล้านเอ็ด).
    """
    words = []
    digits = f"{group:06d}"
    for place in range(5, -1, -1):
        digit = int(digits[5 - place])
        if digit == 0:
            continue
        if place == 1:
            words.append({1: "สิบ", 2: "ยี่สิบ"}.get(digit, _DIGIT_WORDS[digit] + "สิบ"))
        elif place == 0 and digit == 1 and (has_higher or group >= 10):
            words.append("เอ็ด")
        else:
            words.append(_DIGIT_WORDS[digit] + _PLACE_WORDS[place])
    return "".join(words)


def _number_words(number: int, has_higher: bool = False) -> str:
    """Thai words for a positive integer, grouped by ล้าน (which repeats)."""
    high, low = divmod(number, _MILLION)
    words = ""
    if high:
        words = _number_words(high, has_higher) + "ล้าน"
    return words + _group_words(low, has_higher or high > 0)


def baht_text(amount: Decimal | int) -> str:
    """An amount in Thai words, as written under totals.

    ``1234.50`` → "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์", ``21`` →
    "ยี่สิบเอ็ดบาทถ้วน", ``0`` → "ศูนย์บาทถ้วน", ``0.50`` → "ห้าสิบสตางค์".
    Amounts are rounded half up to whole satang. Negative amounts raise
    ``ValueError``.
    """
    value = _to_decimal(amount)
    # Test the sign before rounding: -0.004 must not come out as zero baht.
    if value < 0:
        raise ValueError(f"negative amount cannot be written in words: {amount!r}")
    baht, satang = divmod(int(_round_satang(value) * 100), 100)
    if baht == 0 and satang == 0:
        return "ศูนย์บาทถ้วน"
    text = _number_words(baht) + "บาท" if baht else ""
    if satang:
        return text + _number_words(satang) + "สตางค์"
    return text + "ถ้วน"
