"""The blank Excel list of a round's trainees: its columns, and an instruction sheet in Thai.

services/training_import reads the same headers back. openpyxl is imported inside
write_template, never at module import.
"""

from __future__ import annotations

from pathlib import Path

from wangmuang_desk.reports.pdf.atomic import write_atomically

# The column keys (FieldProblem.field of a row's problem) and their headers in the template.
COLUMNS = ("title", "first_name", "last_name", "citizen_id", "house_no", "moo", "phone")
HEADERS = {
    "title": "คำนำหน้า", "first_name": "ชื่อ", "last_name": "นามสกุล",
    "citizen_id": "เลขประจำตัวประชาชน", "house_no": "บ้านเลขที่", "moo": "หมู่ที่",
    "phone": "โทรศัพท์",
}
TEMPLATE_SHEET = "รายชื่อผู้เข้าอบรม"
_TEXT_COLUMNS = ("citizen_id", "house_no", "phone")  # Excel would eat zeros or make 12/3 a date
_WIDTHS = {"title": 12, "first_name": 20, "last_name": 22, "citizen_id": 22, "house_no": 12,
           "moo": 9, "phone": 16}


def write_template(path: Path | str, max_rows: int) -> Path:
    """A blank list to fill in: the header row, then an instruction sheet (in Thai) that
    names `max_rows`, the most rows one import takes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def build(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = TEMPLATE_SHEET
        sheet.append([HEADERS[key] for key in COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.freeze_panes = "A2"
        for number, key in enumerate(COLUMNS, start=1):
            column = sheet.column_dimensions[get_column_letter(number)]
            column.width = _WIDTHS[key]
            if key in _TEXT_COLUMNS:
                column.number_format = "@"  # cells typed later keep the text as typed
        notes = book.create_sheet("คำอธิบาย")
        notes.column_dimensions["A"].width = 110
        for line in _instructions(max_rows):
            notes.append([line])
        notes["A1"].font = Font(bold=True, size=14)
        book.save(target)

    return write_atomically(path, build)


def _instructions(max_rows: int) -> tuple[str, ...]:
    return (
        "วิธีกรอกรายชื่อผู้เข้ารับการฝึกอบรม",
        "",
        f"1. กรอกหนึ่งคนต่อหนึ่งแถวในแผ่นงาน \"{TEMPLATE_SHEET}\" ใต้แถวหัวตาราง "
        "อย่าแก้ชื่อหัวตาราง (สลับลำดับคอลัมน์ได้)",
        "2. ต้องกรอกชื่อและนามสกุลทุกแถว ช่องอื่นเว้นว่างได้",
        "3. เลขประจำตัวประชาชน 13 หลัก มีขีด (-) หรือไม่ก็ได้ โปรแกรมจะตรวจเลขหลักสุดท้าย",
        "4. หมู่ที่ กรอกเป็นตัวเลข เช่น 3 หรือ หมู่ 3 ต้องเป็นหมู่บ้านที่บันทึกไว้ในโปรแกรม",
        "5. บ้านเลขที่ เช่น 12 หรือ 234/1",
        "6. โทรศัพท์ ขึ้นต้นด้วย 0 มี 9 หรือ 10 หลัก",
        "7. คนที่มีในทะเบียนประชากรแล้ว โปรแกรมจะหาจากเลขประจำตัวประชาชน "
        "หรือจากชื่อและนามสกุลในหมู่เดียวกัน คนที่ไม่พบจะเพิ่มเป็นคนใหม่ในทะเบียน",
        "8. ก่อนบันทึก โปรแกรมจะแสดงผลตรวจทุกแถว ถ้ามีแถวใดผิดจะยังไม่บันทึกอะไรเลย "
        "ให้แก้ไฟล์แล้วเลือกไฟล์ใหม่",
        f"9. นำเข้าได้ครั้งละไม่เกิน {max_rows:,} แถว",
        "",
        "ข้อมูลส่วนบุคคล (PDPA): ไฟล์นี้มีเลขประจำตัวประชาชนและเบอร์โทรศัพท์ "
        "เก็บไว้ในที่ปลอดภัยและลบเมื่อนำเข้าเสร็จแล้ว",
    )
