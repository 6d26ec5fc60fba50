"""The group register (issue 3): one PDF with four parts, each starting on a new page.

1. แบบทะเบียนกลุ่มอาชีพ: the registration form with the group's data;
2. รายชื่อคณะกรรมการกลุ่ม: the current committee, with a signature column;
3. บัญชีรายชื่อสมาชิกกลุ่ม: the members, with a signature column (landscape: seven columns at
   16 pt do not fit the 16 cm of a portrait letter page and still leave room to sign);
4. บันทึกการประชุมจัดตั้งกลุ่ม: the founding-meeting minutes (see group_minutes).

Data in (GroupRegisterData), file out; no Qt, no session. Import lazily: reportlab loads here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wangmuang_desk.reports.group_common import location, part_header, seat, total_shares
from wangmuang_desk.reports.group_labels import (
    GROUP_TYPE_LABELS,
    POSITION_LABELS,
    STATUS_LABELS,
    label,
)
from wangmuang_desk.reports.group_minutes import minutes_story
from wangmuang_desk.reports.pdf.blocks import Signer
from wangmuang_desk.reports.pdf.document import ThaiDocument
from wangmuang_desk.thai.citizen_id import format_phone, mask_phone

if TYPE_CHECKING:  # services sit above reports: the data class is only named, never imported
    from wangmuang_desk.services.group_rows import GroupRegisterData

FORM_TITLE = "แบบทะเบียนกลุ่มอาชีพ"
COMMITTEE_TITLE = "รายชื่อคณะกรรมการกลุ่ม"
MEMBERS_TITLE = "บัญชีรายชื่อสมาชิกกลุ่ม"
NO_DATA = "-"

# Column widths (cm) fill the text width exactly: 16 cm portrait, 24.7 cm landscape.
_FORM_WIDTHS = (3.7, 12.3)
_COMMITTEE_WIDTHS = (1.7, 6.3, 3.2, 4.8)
_MEMBER_WIDTHS = (1.7, 6.8, 2.4, 1.8, 4.2, 2.4, 5.4)


def build_group_register(
    data: GroupRegisterData,
    out_path: Path | str,
    thai_digits: bool = True,
    *,
    mask_phones: bool = True,
    printed_on: date | None = None,
) -> Path:
    """Write the group register of `data` to `out_path` (all or nothing); return the path.

    Members' phone numbers are printed masked (08x-xxx-1234, PDPA) unless `mask_phones` is
    False. `printed_on` (default today) is the "information as of" date on the lists.
    """
    doc = ThaiDocument(
        thai_digits=thai_digits, title=f"ทะเบียนกลุ่ม {data.name}", author=data.office.name
    )
    as_of = printed_on or date.today()
    # The story is made inside the guarded write: bad data fails before any file appears.
    return doc.build_with(lambda: register_story(doc, data, as_of, mask_phones), out_path)


def register_story(
    doc: ThaiDocument, data: GroupRegisterData, as_of: date, mask_phones: bool = True
) -> list[Flowable]:
    return [
        *form_story(doc, data, as_of),
        *doc.new_page(),
        *committee_story(doc, data),
        *doc.new_page(landscape=True),
        *members_story(doc, data, as_of, mask_phones),
        *doc.new_page(landscape=False),
        *minutes_story(doc, data),
    ]


# -- 1. registration form --------------------------------------------------------------------


def form_story(doc: ThaiDocument, data: GroupRegisterData, as_of: date) -> list[Flowable]:
    rows = [[caption, value or NO_DATA] for caption, value in _form_fields(doc, data)]
    story: list[Flowable] = [
        *doc.header(data.office.name, data.office.emblem),
        doc.paragraph(FORM_TITLE, doc.styles.title),
        doc.table(None, rows, _FORM_WIDTHS, valign="TOP"),
    ]
    head = seat(data.committee, "president")
    signers = [Signer("ประธานกลุ่ม", head.full_name if head else "")]
    if data.signatory is not None:
        signers.append(Signer("ผู้รับขึ้นทะเบียน", data.signatory.name, data.signatory.position))
    # The date and the signatures move to the next page together, never one without the other.
    story.append(
        KeepTogether(
            [
                Spacer(0, 0.2 * cm),
                doc.paragraph(f"ข้อมูล ณ วันที่ {doc.date(as_of)}", doc.styles.right),
                doc.signatures(signers),
            ]
        )
    )
    return story


def _form_fields(doc: ThaiDocument, data: GroupRegisterData) -> list[tuple[str, str]]:
    contact = data.contact_name
    if data.phone:
        contact = f"{contact} โทรศัพท์ {format_phone(data.phone)}".strip()
    shares = total_shares(data.members)
    share_text = ""
    if data.share_value is not None:
        capital = data.share_value * shares
        share_text = (
            f"หุ้นละ {doc.money(data.share_value)} บาท"
            f" รวม {doc.number(shares)} หุ้น เป็นเงิน {doc.money(capital)} บาท"
        )
    committee_text = ""
    if data.committee:
        head = seat(data.committee, "president")
        committee_text = "\n".join(
            line
            for line in (
                f"จำนวน {doc.number(len(data.committee))} คน"
                + (f" ประธาน {head.full_name}" if head else ""),
                _term_text(doc, data.committee_term_start, data.committee_term_end, "short"),
            )
            if line
        )
    return [
        ("ชื่อกลุ่ม", data.name),
        ("ประเภทกลุ่ม", label(GROUP_TYPE_LABELS, data.group_type)),
        ("ที่ตั้งกลุ่ม", location(data)),
        ("วันที่จัดตั้งกลุ่ม", doc.date(data.founded_on)),
        ("ผู้ประสานงาน", contact),
        ("วัตถุประสงค์", data.objectives.strip()),
        ("จำนวนสมาชิก", f"{doc.number(len(data.members))} คน"),
        ("หุ้น", share_text),
        ("คณะกรรมการ", committee_text),
        ("สถานะกลุ่ม", label(STATUS_LABELS, data.status)),
        ("การจดทะเบียน", _registration_text(doc, data)),
        ("ผลิตภัณฑ์", _products_text(doc, data)),
    ]


def _term_text(doc: ThaiDocument, start: date | None, end: date | None, style: str = "long") -> str:
    if start and end:
        return f"วาระตั้งแต่วันที่ {doc.date(start, style)} ถึงวันที่ {doc.date(end, style)}"
    if start:
        return f"วาระตั้งแต่วันที่ {doc.date(start, style)}"
    return ""


def _registration_text(doc: ThaiDocument, data: GroupRegisterData) -> str:
    lines = []
    if data.established_on:
        lines.append(f"จัดตั้งกลุ่มเมื่อวันที่ {doc.date(data.established_on)}")
    if data.registered_on:
        lines.append(f"ขึ้นทะเบียนกลุ่มอาชีพเมื่อวันที่ {doc.date(data.registered_on)}")
    if data.enterprise_reg_no or data.enterprise_reg_on:
        text = "จดทะเบียนวิสาหกิจชุมชน"
        if data.enterprise_reg_no:
            text += f" ทะเบียนเลขที่ {doc.unbroken(data.enterprise_reg_no)}"
        if data.enterprise_reg_on:
            text += f" เมื่อวันที่ {doc.date(data.enterprise_reg_on)}"
        lines.append(text)
    return "\n".join(lines)


def _products_text(doc: ThaiDocument, data: GroupRegisterData) -> str:
    lines = []
    for number, product in enumerate(data.products, start=1):
        details = []
        if product.price is not None:
            unit = f"/{product.unit}" if product.unit else ""
            details.append(f"ราคา {doc.money(product.price)} บาท{unit}")
        if product.standards:
            details.append(f"มาตรฐาน {product.standards}")
        if product.otop_stars:
            details.append(f"OTOP {product.otop_stars} ดาว")
        lines.append(" ".join([f"{number}. {product.name}", *details]))
    return "\n".join(lines)


# -- 2. committee ----------------------------------------------------------------------------


def committee_story(doc: ThaiDocument, data: GroupRegisterData) -> list[Flowable]:
    term = _term_text(doc, data.committee_term_start, data.committee_term_end)
    story = part_header(doc, data, COMMITTEE_TITLE, [term] if term else [])
    if not data.committee:
        story.append(doc.paragraph("ยังไม่มีคณะกรรมการกลุ่ม", doc.styles.centered))
        return story
    rows = [
        [str(n), p.full_name, label(POSITION_LABELS, p.position), ""]
        for n, p in enumerate(data.committee, start=1)
    ]
    story += [
        doc.table(
            ["ลำดับ", "ชื่อ–สกุล", "ตำแหน่ง", "ลายมือชื่อ"],
            rows,
            _COMMITTEE_WIDTHS,
            align=["center", "left", "left", "left"],
            name_cols=[1],
            signature_cols=[3],
        ),
        _certified_by(doc, data),
    ]
    return story


def _certified_by(doc: ThaiDocument, data: GroupRegisterData, landscape: bool = False):
    head = seat(data.committee, "president")
    return doc.signatures(
        [Signer("ผู้รับรองข้อมูล", head.full_name if head else "", "ประธานกลุ่ม")],
        landscape=landscape,
    )


# -- 3. members ------------------------------------------------------------------------------


def members_story(
    doc: ThaiDocument, data: GroupRegisterData, as_of: date, mask_phones: bool
) -> list[Flowable]:
    story = part_header(doc, data, MEMBERS_TITLE, [f"ข้อมูล ณ วันที่ {doc.date(as_of)}"])
    if not data.members:
        story.append(doc.paragraph("ยังไม่มีสมาชิก", doc.styles.centered))
        return story
    rows = [
        [
            str(n),
            p.full_name,
            p.house_no,
            "" if p.moo is None else str(p.moo),
            (mask_phone(p.phone) if mask_phones else format_phone(p.phone)) if p.phone else "",
            doc.number(p.shares),
            "",
        ]
        for n, p in enumerate(data.members, start=1)
    ]
    shares = total_shares(data.members)
    summary = f"รวมสมาชิก {doc.number(len(data.members))} คน ถือหุ้นรวม {doc.number(shares)} หุ้น"
    story += [
        doc.table(
            ["ลำดับ", "ชื่อ–สกุล", "บ้านเลขที่", "หมู่ที่", "โทรศัพท์", "จำนวนหุ้น", "ลายมือชื่อ"],
            rows,
            _MEMBER_WIDTHS,
            align=["center", "left", "center", "center", "center", "right", "left"],
            name_cols=[1],
            signature_cols=[6],
        ),
        # The totals and the signature move to the next page together, never one alone.
        KeepTogether(
            [
                Spacer(0, 0.2 * cm),
                doc.paragraph(summary, doc.styles.body),
                _certified_by(doc, data, landscape=True),
            ]
        ),
    ]
    return story
