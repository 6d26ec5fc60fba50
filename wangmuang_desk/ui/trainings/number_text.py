"""Hours and test scores as staff type and read them: a plain number, no thousands separators.

Thai digits are read, and a comma is taken for the decimal point (2,5 is two and a half).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from wangmuang_desk.thai.digits import to_arabic_digits


def number_text(value: Decimal | None) -> str:
    """6 for 6.00 and 2.5 for 2.50; "" for None."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_number(text: str) -> Decimal | None:
    """The number typed, None when empty; ValueError when it is not a number."""
    text = to_arabic_digits(text).strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value
