"""The rules of a training round, as plain functions (no database, no Qt).

- Attendance is counted over ALL planned sessions of the round, not only those already held
  (domain.md §3.3): a trainee who missed nothing yet but has sessions to come has not passed.
- A trainee passes with attendance ≥ the round's threshold (default 80 %) and, where the
  round sets a pass mark, a post-test score ≥ that mark.
- Certificates are numbered per fiscal year, `N/ปีงบ`.
- Satisfaction: mean, sample S.D. and the band of the mean from a band table.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP
from wangmuang_desk.services.training_rows import Band

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")

# domain.md §6: the half-point table first (the default), then the 0.8-step table.
BANDS_HALF_POINT: tuple[Band, ...] = (
    Band(Decimal("4.51"), Decimal("5.00"), "มากที่สุด"),
    Band(Decimal("3.51"), Decimal("4.50"), "มาก"),
    Band(Decimal("2.51"), Decimal("3.50"), "ปานกลาง"),
    Band(Decimal("1.51"), Decimal("2.50"), "น้อย"),
    Band(Decimal("1.00"), Decimal("1.50"), "น้อยที่สุด"),
)
BANDS_FIFTHS: tuple[Band, ...] = (
    Band(Decimal("4.21"), Decimal("5.00"), "มากที่สุด"),
    Band(Decimal("3.41"), Decimal("4.20"), "มาก"),
    Band(Decimal("2.61"), Decimal("3.40"), "ปานกลาง"),
    Band(Decimal("1.81"), Decimal("2.60"), "น้อย"),
    Band(Decimal("1.00"), Decimal("1.80"), "น้อยที่สุด"),
)
BAND_TABLES = {"half_point": BANDS_HALF_POINT, "fifths": BANDS_FIFTHS}
# The office's band table, in app_setting: JSON [[lower, upper, label], ...], highest first.
BANDS_SETTING = "survey_bands"
# The five levels of the form, 5 first (domain.md §6).
LEVEL_LABELS = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}


def attendance_percent(attended: int, planned: int) -> Decimal:
    """Percent of the planned sessions attended, one decimal; 0 when nothing is planned."""
    if planned <= 0:
        return Decimal(0)
    return (Decimal(attended) * 100 / Decimal(planned)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def attendance_ok(attended: int, planned: int, threshold: int) -> bool:
    """Whether attendance meets the threshold, compared exactly (4 of 5 at 80 % passes)."""
    if planned <= 0:
        return False
    return attended * 100 >= threshold * planned


def test_ok(post_score: Decimal | None, pass_mark: Decimal | None) -> bool | None:
    """None when the round sets no pass mark; a missing post-test fails a set mark."""
    if pass_mark is None:
        return None
    return post_score is not None and post_score >= pass_mark


def passes(attended: int, planned: int, threshold: int, post_score: Decimal | None,
           pass_mark: Decimal | None) -> bool:
    return (attendance_ok(attended, planned, threshold)
            and test_ok(post_score, pass_mark) is not False)


def certificate_label(number: int, fiscal_year: int) -> str:
    return f"{number}/{fiscal_year}"


def next_certificate_numbers(used: Iterable[int], count: int) -> list[int]:
    """The next `count` numbers of a fiscal year after the highest used (gaps are not refilled:
    a number once printed on paper must never be given to someone else)."""
    start = max(used, default=0) + 1
    return list(range(start, start + count))


def mean(values: Sequence[int | Decimal]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(TWO_DECIMALS, ROUND_HALF_UP)


def sample_sd(values: Sequence[int | Decimal]) -> Decimal | None:
    """Sample standard deviation (n − 1), as Thai survey reports give S.D.; None below two."""
    n = len(values)
    if n < 2:
        return None
    m = Decimal(sum(values)) / n
    variance = sum((Decimal(v) - m) ** 2 for v in values) / (n - 1)
    return Decimal(math.sqrt(variance)).quantize(TWO_DECIMALS, ROUND_HALF_UP)


def band_of(value: Decimal | None, bands: Sequence[Band]) -> str:
    """The band label of a (two-decimal) mean; "" when there is no mean or no band fits."""
    if value is None:
        return ""
    for band in bands:
        if band.lower <= value <= band.upper:
            return band.label
    # A mean that falls in a gap between bands (e.g. 4.505 before rounding) goes to the lower.
    for band in sorted(bands, key=lambda b: b.lower, reverse=True):
        if value >= band.lower:
            return band.label
    return ""


def bands_from_setting(text: str | None) -> tuple[Band, ...]:
    """The office's band table; the default table when unset or unreadable."""
    if text in BAND_TABLES:
        return BAND_TABLES[text]
    try:
        rows = json.loads(text) if text else None
        bands = tuple(Band(Decimal(str(lo)), Decimal(str(hi)), str(label))
                      for lo, hi, label in rows)
    except (TypeError, ValueError, ArithmeticError):
        return BANDS_HALF_POINT
    return bands or BANDS_HALF_POINT


def bands_to_setting(bands: Sequence[Band]) -> str:
    return json.dumps([[str(b.lower), str(b.upper), b.label] for b in bands], ensure_ascii=False)


def check_bands(bands: Sequence[Band]) -> str:
    """The (English source) problem with a band table, "" when it is fine: each band labelled,
    lower ≤ upper within 1–5, none overlapping."""
    if not bands:
        return QT_TRANSLATE_NOOP("Validation", "The band table needs at least one band.")
    ordered = sorted(bands, key=lambda b: b.lower)
    for band in ordered:
        if not band.label.strip():
            return QT_TRANSLATE_NOOP("Validation", "Every band needs a label.")
        if not (Decimal(1) <= band.lower <= band.upper <= Decimal(5)):
            return QT_TRANSLATE_NOOP(
                "Validation", "Each band lies between 1.00 and 5.00, its low end not above "
                "its high end.")
    for low, high in zip(ordered, ordered[1:], strict=False):
        if high.lower <= low.upper:
            return QT_TRANSLATE_NOOP("Validation", "The bands must not overlap.")
    return ""
