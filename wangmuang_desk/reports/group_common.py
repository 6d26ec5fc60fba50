"""Pieces the parts of the group register share: the part header, the group's location."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from wangmuang_desk.reports.pdf.document import ThaiDocument

if TYPE_CHECKING:  # services sit above reports: the data class is only named, never imported
    from wangmuang_desk.services.group_rows import GroupRegisterData, RegisterPerson


def part_header(
    doc: ThaiDocument,
    data: GroupRegisterData,
    title: str,
    lines: Sequence[str] = (),
    keep_together: Sequence[str] = (),
) -> list[Flowable]:
    """Emblem and office name, the part's title, the group's name, then `lines` centred."""
    return [
        *doc.header(data.office.name, data.office.emblem),
        doc.paragraph(title, doc.styles.title),
        doc.paragraph(data.name, doc.styles.office, keep_together=[data.name]),
        *(doc.paragraph(line, doc.styles.centered, keep_together) for line in lines),
        Spacer(0, 0.3 * cm),
    ]


def location(data: GroupRegisterData) -> str:
    """Where the group is: its address, village and the office's subdistrict, district, province."""
    return " ".join(location_parts(data))


def location_parts(data: GroupRegisterData) -> list[str]:
    """The pieces of location(), each to be kept on one line."""
    address = data.address.strip()
    parts = [address] if address else []
    moo_text = f"หมู่ที่ {data.moo}" if data.moo is not None else ""
    if moo_text and moo_text not in address:
        parts.append(moo_text)
    if data.village_name and data.village_name not in address:
        parts.append(data.village_name)
    office = data.office
    for prefix, value in (
        ("ตำบล", office.subdistrict),
        ("อำเภอ", office.district),
        ("จังหวัด", office.province),
    ):
        if value and value not in address:
            parts.append(f"{prefix}{value}")
    return parts


def seat(committee: list[RegisterPerson], position: str) -> RegisterPerson | None:
    """The first committee member holding `position` (a POSITIONS code), if any."""
    return next((p for p in committee if p.position == position), None)


def total_shares(people: list[RegisterPerson]) -> int:
    return sum(p.shares for p in people)
