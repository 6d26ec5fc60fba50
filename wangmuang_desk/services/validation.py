"""Field checks shared by the registry services; messages are English source (see errors.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.thai.citizen_id import citizen_id_check_digit, normalize_citizen_id

EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def required_text(problems: list[FieldProblem], field: str, value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        problems.append(FieldProblem(field, message))
    return value


def citizen_id(problems: list[FieldProblem], value: str | None) -> str | None:
    """The normalized 13 digits, None when left empty; a problem when it is not a valid ID."""
    if value is None or not value.strip():
        return None
    digits = normalize_citizen_id(value)
    if not digits.isascii() or not digits.isdigit():
        problems.append(FieldProblem(
            "citizen_id", QT_TRANSLATE_NOOP("Validation", "A national ID has digits only.")))
    elif len(digits) != 13:
        problems.append(FieldProblem(
            "citizen_id",
            QT_TRANSLATE_NOOP("Validation", "A national ID has 13 digits; this one has {count}."),
            {"count": len(digits)},
        ))
    elif citizen_id_check_digit(digits[:12]) != int(digits[12]):
        problems.append(FieldProblem(
            "citizen_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This national ID is not valid: its last (check) digit does not match. "
                "Please check the number on the ID card.",
            ),
        ))
    else:
        return digits
    return None


def birth_date(problems: list[FieldProblem], value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if value > today:
        problems.append(FieldProblem(
            "birth_date", QT_TRANSLATE_NOOP("Validation", "The birth date is in the future.")))
    elif value < EARLIEST_BIRTH_DATE:
        problems.append(FieldProblem(
            "birth_date",
            QT_TRANSLATE_NOOP("Validation", "The birth date is too far in the past."),
        ))
    return value


def phone(problems: list[FieldProblem], value: str) -> str:
    """Digits only, so "081-234-5678" and "0812345678" are the same number."""
    value = (value or "").strip()
    if not value:
        return ""
    digits = "".join(ch for ch in normalize_citizen_id(value) if ch.isdigit())
    if len(digits) not in (9, 10) or not digits.startswith("0"):
        problems.append(FieldProblem(
            "phone",
            QT_TRANSLATE_NOOP(
                "Validation", "A phone number starts with 0 and has 9 or 10 digits."),
        ))
    return digits


def non_negative_decimal(
    problems: list[FieldProblem], field: str, value: Decimal | str | None
) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("Validation", "Enter a number.")))
        return None
    if number < 0:
        problems.append(FieldProblem(
            field, QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")))
        return None
    return number.quantize(Decimal("0.01"))
