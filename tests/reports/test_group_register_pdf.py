"""The group register PDF (issue 3) read back: text, fonts, line starts, pages, atomic write."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from training_pdf_data import FIRST_NAMES, LAST_NAMES, SIGNATORY, office

from wangmuang_desk.reports.fonts import normalize_extracted_text
from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.services.group_rows import (
    FoundingInfo,
    GroupRegisterData,
    ProductRow,
    RegisterPerson,
    StatusChangeRow,
)
from wangmuang_desk.thai.wrap import starts_with_combining_mark

GROUP_NAME = "กลุ่มทอผ้าไหมบ้านท่าฤทธิ์"
TITLES = ("แบบทะเบียนกลุ่มอาชีพ", "รายชื่อคณะกรรมการกลุ่ม", "บัญชีรายชื่อสมาชิกกลุ่ม", "บันทึกการประชุมจัดตั้งกลุ่ม")
MEMBER_CAPTION = "บ้านเลขที่"  # a column caption of the member list only

# Demo data, not real people (names shared with the training documents' tests).
_TITLES = (
    "นาง",
    "นาย",
    "นาย",
    "นางสาว",
    "นางสาว",
    "นาย",
    "นาง",
    "นาย",
    "นางสาว",
    "นาย",
    "นาง",
    "นาง",
    "นาง",
    "นาง",
    "นาง",
    "นาย",
    "นาง",
    "นาง",
    "นาง",
    "นาย",
)


def _member(i: int, position: str = "") -> RegisterPerson:
    return RegisterPerson(
        person_id=100 + i,
        title="ผู้ใหญ่" if i == 7 else _TITLES[i % 20],
        first_name=FIRST_NAMES[i % 20],
        last_name=(LAST_NAMES[(i * 3) % 10] if i < 20
                   else LAST_NAMES[(i * 7 + 1) % 10] + "ดี"),
        house_no=f"{10 + i}/{i % 3 + 1}" if i % 4 else str(200 + i),
        moo=10 if i % 3 else 2,
        phone=f"08{i % 10}{1234567 + i * 7919:07d}"[:10] if i % 5 else "",
        position=position,
        joined_on=date(2025, 3, 1),
        shares=5 + i % 4,
    )


def make_register_data(member_count: int = 40, emblem: bool = True) -> GroupRegisterData:
    members = [_member(i) for i in range(member_count)]
    positions = ("president", "vice_president", "secretary", "treasurer", "member", "member")
    committee = [replace(members[i], position=p) for i, p in enumerate(positions)]
    objectives = (
        "1. เพื่อส่งเสริมให้สมาชิกมีอาชีพเสริมและมีรายได้เพิ่มขึ้นจากการทอผ้าไหมลายน้ำไหล\n"
        "2. เพื่ออนุรักษ์และถ่ายทอดภูมิปัญญาการทอผ้าของปู่ย่าตายายให้แก่คนรุ่นใหม่ในชุมชน\n"
        "3. เพื่อพัฒนาผลิตภัณฑ์ให้ได้มาตรฐานและขยายตลาดไปยังลูกค้าในประเทศญี่ปุ่น"
    )
    regulations = (
        "1. สมาชิกต้องเป็นผู้มีภูมิลำเนาอยู่ในตำบลวังม่วง และถือหุ้นอย่างน้อย 5 หุ้น\n"
        "2. สมาชิกต้องออมเงินสัจจะทุกเดือน เดือนละไม่น้อยกว่า 50 บาท\n"
        "3. คณะกรรมการมีวาระการดำรงตำแหน่งคราวละ 2 ปี"
    )
    founded = date(2025, 3, 1)
    return GroupRegisterData(
        office=office(emblem),
        signatory=SIGNATORY,
        group_id=1,
        name=GROUP_NAME,
        group_type="handicraft",
        status="registered",
        moo=10,
        village_name="บ้านท่าฤทธิ์",
        address="ศาลาประชาคม",
        phone="0812345678",
        contact_name="นางน้ำฝน ใจดี",
        objectives=objectives,
        regulations=regulations,
        share_value=Decimal("100.00"),
        founded_on=founded,
        established_on=founded,
        registered_on=date(2025, 6, 15),
        enterprise_reg_no="",
        enterprise_reg_on=None,
        status_history=[
            StatusChangeRow(1, "established", founded, ""),
            StatusChangeRow(2, "registered", date(2025, 6, 15), ""),
        ],
        committee_term_start=founded,
        committee_term_end=date(2027, 2, 28),
        committee=committee,
        members=members,
        products=[
            ProductRow(
                1,
                1,
                "ผ้าไหมลายน้ำไหล",
                "ผ้า เครื่องแต่งกาย",
                4,
                "มผช.",
                Decimal("1500"),
                "ผืน",
                "",
                (),
                (),
            ),
            ProductRow(
                2, 1, "ผ้าขาวม้าทอมือ", "ผ้า เครื่องแต่งกาย", None, "", Decimal("250"), "ผืน", "", (), ()
            ),
        ],
        founding=FoundingInfo(
            founded_on=founded,
            members=members[:30],
            first_committee=committee,
            first_committee_start=founded,
            share_value=Decimal("100.00"),
            regulations=regulations,
            objectives=objectives,
            origin="ความต้องการของสมาชิกจากเวทีประชาคมหมู่บ้าน ที่ต้องการรวมกลุ่มทอผ้าไหมเพื่อจำหน่าย",
        ),
    )


def _build(tmp_path, data=None, thai_digits=True, name="register.pdf"):
    from wangmuang_desk.reports.group_register import build_group_register

    out = tmp_path / name
    result = build_group_register(
        data or make_register_data(), out, thai_digits=thai_digits, printed_on=date(2025, 11, 20)
    )
    assert result == out
    return out


def _page_texts(path) -> list[str]:
    return [normalize_extracted_text(p.extract_text()) for p in PdfReader(path).pages]


def _has(text: str, part: str) -> bool:
    return comparable(part) in comparable(text)


@pytest.fixture(scope="module")
def register_pdf(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("register"))


def test_group_and_every_member_name_in_the_text(register_pdf):
    data = make_register_data()
    # comparable(): no whitespace (a name may wrap in its cell), marks in a fixed order.
    text = comparable("\n".join(_page_texts(register_pdf)))
    assert comparable(GROUP_NAME) in text
    for person in data.members:
        assert comparable(person.full_name) in text, person.full_name
    for title in TITLES:
        assert comparable(title) in text


def test_thai_font_embedded(register_pdf):
    reader = PdfReader(register_pdf)
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{name} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), name
            embedded.add(name.split("+")[-1])
    assert {"Laksaman", "Laksaman-Bold"} <= embedded


def test_no_line_starts_with_a_combining_mark(register_pdf):
    for number, text in enumerate(_page_texts(register_pdf), start=1):
        for line in text.splitlines():
            assert not starts_with_combining_mark(line.strip()), (number, line)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_no_line_starts_with_a_combining_mark_pdftotext(register_pdf):
    # -raw keeps the order of the content stream, one drawn line per line. (-layout is no
    # use here: it sorts glyphs by position and puts shifted Thai marks on lines of their own.)
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(register_pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [normalize_extracted_text(line).strip() for line in raw.splitlines()]
    assert any(comparable(GROUP_NAME) in comparable(line) for line in lines)
    for line in lines:
        assert not starts_with_combining_mark(line), line


def test_four_parts_each_on_new_pages_member_list_repeats_its_header(register_pdf):
    texts = _page_texts(register_pdf)
    starts = [next(i for i, t in enumerate(texts) if _has(t, title)) for title in TITLES]
    assert starts[0] == 0 and starts == sorted(set(starts))  # each part on pages of its own
    # Table pages are those with masked phone numbers (a last page may hold only the totals).
    member_pages = [t for t in texts[starts[2] : starts[3]] if "x-xxx-" in t]
    assert len(member_pages) >= 2  # 40 members run over more than one page
    for page in member_pages:
        assert comparable(MEMBER_CAPTION) in comparable(page)  # header row on every page
    total = len(texts)
    for number, page in enumerate(texts, start=1):
        assert comparable(f"หน้า {_thai(number)} / {_thai(total)}") in comparable(page)


def test_member_list_pages_are_landscape_and_the_others_portrait(register_pdf):
    reader = PdfReader(register_pdf)
    texts = _page_texts(register_pdf)
    first = next(i for i, t in enumerate(texts) if _has(t, TITLES[2]))
    after = next(i for i, t in enumerate(texts) if _has(t, TITLES[3]))
    for number, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width > height) == (first <= number < after), number


def test_phones_masked_and_dates_in_be(register_pdf):
    text = "\n".join(_page_texts(register_pdf))
    phone = _member(1).phone
    assert _has(text, _thai(f"{phone[:2]}x-xxx-{phone[-4:]}"))  # 08x-xxx-1234
    assert not _has(text.replace("-", ""), _thai(phone))  # never the whole number
    assert _has(text, _thai("1 มีนาคม 2568"))  # founded 1 Mar 2025, Buddhist Era
    for position in ("ประธาน", "รองประธาน", "เลขานุการ", "เหรัญญิก", "กรรมการ"):
        assert _has(text, position)


def test_arabic_digits_when_asked(tmp_path):
    path = _build(tmp_path, thai_digits=False)
    text = "\n".join(_page_texts(path))
    assert _has(text, "1 มีนาคม 2568")
    assert _has(text, "หน้า 1 /")
    assert not any("๐" <= ch <= "๙" for ch in text)


def test_without_emblem_and_small_group(tmp_path):
    data = make_register_data(member_count=8, emblem=False)
    path = _build(tmp_path, data)
    texts = _page_texts(path)
    assert all(any(_has(t, title) for t in texts) for title in TITLES)
    assert sum(_has(t, MEMBER_CAPTION) for t in texts) == 1  # 8 members: one page


def test_failed_build_leaves_no_file(tmp_path):
    from wangmuang_desk.reports.group_register import build_group_register

    data = make_register_data()
    broken = replace(data, members=[*data.members[:20], None, *data.members[20:]])
    target = tmp_path / "register.pdf"
    with pytest.raises(AttributeError):
        build_group_register(broken, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left either


def test_failed_rebuild_keeps_the_previous_file(tmp_path):
    from wangmuang_desk.reports.group_register import build_group_register

    target = _build(tmp_path)
    before = target.read_bytes()
    data = make_register_data()
    with pytest.raises(AttributeError):
        build_group_register(replace(data, products=[object()]), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _thai(text: str) -> str:
    from wangmuang_desk.thai.digits import to_thai_digits

    return to_thai_digits(str(text))
