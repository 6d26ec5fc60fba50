"""The text a person is found by, kept in `person.search_text` (one LIKE over one column)."""

from __future__ import annotations

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def normalize_query(text: str) -> str:
    """What staff typed, in the same form as search_text: folded case, Arabic digits, no dashes."""
    text = text.translate(_THAI_DIGITS).casefold()
    return " ".join(text.replace("-", "").split())


def person_search_text(
    title: str, first_name: str, last_name: str, citizen_id: str | None, phone: str
) -> str:
    # Name with and without title so "นางสมศรี" and "สมศรี ใจดี" both match; digits of the
    # phone without dashes so "0812345678" and "081-234-5678" both match.
    digits_phone = "".join(ch for ch in phone if ch.isdigit())
    parts = [f"{title}{first_name} {last_name}", citizen_id or "", digits_phone]
    return normalize_query(" | ".join(p for p in parts if p))
