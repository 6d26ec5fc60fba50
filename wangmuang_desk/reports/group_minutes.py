"""Part 4 of the group register: the minutes of the founding meeting, filled with the data.

The wording follows the usual Thai minutes (รายงานการประชุม): number/year, date, place,
attendees, opening time, agenda items each closed by a resolution, closing time, and the
signatures of the minute-taker and the chair. What the program does not know (the clock
times) is left as dotted lines to fill in by hand.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from wangmuang_desk.reports.group_common import (
    location,
    location_parts,
    part_header,
    seat,
    total_shares,
)
from wangmuang_desk.reports.group_labels import GROUP_TYPE_LABELS, POSITION_LABELS, label
from wangmuang_desk.reports.pdf.blocks import Signer
from wangmuang_desk.reports.pdf.document import ThaiDocument

if TYPE_CHECKING:  # services sit above reports: the data class is only named, never imported
    from wangmuang_desk.services.group_rows import GroupRegisterData, RegisterPerson

MINUTES_TITLE = "บันทึกการประชุมจัดตั้งกลุ่ม"
_TIME_BLANK = "." * 16
_RESOLVED = "มติที่ประชุม"


def minutes_story(doc: ThaiDocument, data: GroupRegisterData) -> list[Flowable]:
    founding = data.founding
    styles = doc.styles
    founded = founding.founded_on or data.founded_on
    attendees = founding.members or data.members
    committee = founding.first_committee or data.committee
    chair = seat(committee, "president")
    secretary = seat(committee, "secretary")
    # Places and people's names break only if a whole line cannot hold them. (Not the group's
    # name: a long compound, moved whole it would leave half a line empty.)
    keep = [*location_parts(data), *(p.full_name for p in committee)]

    def para(text: str, style=styles.body_indented) -> Flowable:
        return doc.paragraph(text, style, keep)

    def agenda(number: int, title: str, text: str, items=(), resolution="", extra=()):
        story = [para(f"ระเบียบวาระที่ {number} {title}", styles.heading), para(text)]
        story += [para(item, styles.block_indented) for item in items]
        story += extra
        if resolution:
            story.append(para(f"{_RESOLVED} {resolution}"))
        return story

    when = [f"ครั้งที่ 1/{founded.year + 543}", f"เมื่อวันที่ {doc.date(founded)}"] if founded else []
    story = part_header(doc, data, MINUTES_TITLE, [*when, f"ณ {location(data)}"], keep)
    story += [
        para(
            f"ผู้มาประชุม จำนวน {doc.number(len(attendees))} คน (ตามบัญชีรายชื่อสมาชิกกลุ่ม)",
            styles.heading,
        ),
        para(f"เริ่มประชุมเวลา {_TIME_BLANK} น.", styles.heading),
        para(
            "เมื่อที่ประชุมพร้อมแล้ว "
            + (f"{chair.full_name} ทำหน้าที่ประธานในที่ประชุม " if chair else "ประธานในที่ประชุม")
            + "กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
        ),
    ]

    origin = founding.origin.strip() or (
        "ความเป็นมาและความจำเป็นในการรวมกลุ่มเพื่อประกอบอาชีพร่วมกันของสมาชิก"
    )
    story += agenda(
        1,
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        f"ประธานแจ้งให้ที่ประชุมทราบถึง{origin}",
        resolution="รับทราบ",
    )

    objectives = _lines(founding.objectives or data.objectives)
    story += agenda(
        2,
        "การจัดตั้งกลุ่มและวัตถุประสงค์ของกลุ่ม",
        f"ที่ประชุมพิจารณาจัดตั้งกลุ่ม ใช้ชื่อว่า “{data.name}” "
        f"ประเภท{label(GROUP_TYPE_LABELS, data.group_type)} ตั้งอยู่ที่ {location(data)}"
        + (" โดยมีวัตถุประสงค์ ดังนี้" if objectives else ""),
        objectives,
        f"เห็นชอบให้จัดตั้งกลุ่ม โดยมีสมาชิกแรกตั้ง จำนวน {doc.number(len(attendees))} คน",
    )

    start = founding.first_committee_start
    story += agenda(
        3,
        "การเลือกตั้งคณะกรรมการกลุ่ม",
        "ที่ประชุมได้ร่วมกันเลือกตั้งคณะกรรมการกลุ่ม"
        + (f" โดยให้เริ่มปฏิบัติหน้าที่ตั้งแต่วันที่ {doc.date(start)}" if start else "")
        + (" ประกอบด้วย" if committee else ""),
        resolution="เห็นชอบตามที่เสนอ",
        extra=[_committee_list(doc, committee)] if committee else [],
    )

    regulations = _lines(founding.regulations or data.regulations)
    if regulations:
        story += agenda(
            4,
            "ระเบียบกลุ่ม",
            "ที่ประชุมได้พิจารณาร่างระเบียบกลุ่ม ซึ่งมีสาระสำคัญ ดังนี้",
            regulations,
            "เห็นชอบและให้ใช้ระเบียบกลุ่มตั้งแต่วันที่ประชุมเป็นต้นไป",
        )
    else:
        story += agenda(
            4,
            "ระเบียบกลุ่ม",
            "ที่ประชุมมอบหมายให้คณะกรรมการยกร่างระเบียบกลุ่ม เสนอที่ประชุมพิจารณาในครั้งต่อไป",
            resolution="เห็นชอบ",
        )

    share_value = founding.share_value or data.share_value
    story += agenda(
        5,
        "การระดมหุ้นและเงินออม",
        _shares_text(doc, share_value, attendees),
        resolution="เห็นชอบ",
    )
    story += agenda(6, "เรื่องอื่น ๆ", "ไม่มี")

    story.append(para(f"ปิดประชุมเวลา {_TIME_BLANK} น.", styles.heading))
    story.append(
        doc.signatures(
            [
                Signer("ผู้จดบันทึกการประชุม", secretary.full_name if secretary else "", "เลขานุการกลุ่ม"),
                Signer("ประธานที่ประชุม", chair.full_name if chair else "", "ประธานกลุ่ม"),
            ]
        )
    )
    return story


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _committee_list(doc: ThaiDocument, committee: list[RegisterPerson]) -> Flowable:
    rows = [
        ["", f"{n}.", p.full_name, f"ตำแหน่ง {label(POSITION_LABELS, p.position)}"]
        for n, p in enumerate(committee, start=1)
    ]
    # The empty first column indents the list like the paragraphs' first lines.
    return doc.list_table(
        rows, (2.5, 1.0, 7.0, 5.5), align=["left", "right", "left", "left"], name_cols=[2]
    )


def _shares_text(doc: ThaiDocument, share_value: Decimal | None, founders) -> str:
    saving_rule = "ส่วนการออมเงินของสมาชิกให้เป็นไปตามระเบียบกลุ่ม"
    if share_value is None:
        return f"ที่ประชุมยังไม่ได้กำหนดมูลค่าหุ้นของกลุ่ม {saving_rule}"
    shares = total_shares(founders)
    text = f"ที่ประชุมกำหนดมูลค่าหุ้นของกลุ่ม หุ้นละ {doc.money(share_value)} บาท"
    if shares:
        text += (
            f" สมาชิกแรกตั้งถือหุ้นรวม {doc.number(shares)} หุ้น"
            f" เป็นเงินทุนเรือนหุ้น {doc.money(share_value * shares)} บาท"
        )
    return f"{text} {saving_rule}"
