"""A 200-trainee sign-in sheet: our builder against a bare reportlab table of the same rows.

ours: `build_sign_in_sheet` as the program calls it: office header, Thai line breaking
(PyThaiNLP word boundaries) in every cell, column widths fitted to the data, the header row on
every page, "หน้า x / y", blank walk-in rows and the certifier's line, written atomically.

bare: the same rows and column widths in a plain reportlab Table of shaped Paragraphs (same
font and size, `repeatRows=1`, a title line) on a SimpleDocTemplate: the least any Thai PDF of
these rows must cost. Budget (design.md): ours within 1.5x of bare. Both are timed in this
process after one warm-up build each (fonts registered, the tokenizer's dictionary loaded);
each figure is the median of --repeat builds. A measurement, not a test.

    python benchmarks/sign_in_bench.py [--trainees 200] [--repeat 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

from common import median, ms

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wangmuang_desk.services.rows import OfficeData  # noqa: E402
from wangmuang_desk.services.training_doc_rows import (  # noqa: E402
    DocSession,
    DocTrainee,
    SignInSheetData,
)

BUDGET = 1.5
_FIRST = ("น้ำฝน", "สมชาย", "ปู่เย็น", "ญาณี", "ฐิติมา", "บุญมี", "ผ่องศรี", "ทองใบ", "กิ่งแก้ว", "ประเสริฐ")
_LAST = ("ใจดี", "ศรีสุข", "ญี่ปุ่นวงศ์", "แก้วมณี", "น้ำใจงาม", "บุญเรือง", "ผู้ใหญ่ยิ่ง", "ทองปู่")
_TITLES = ("นาง", "นาย", "นางสาว")


def sheet_data(trainees: int) -> SignInSheetData:
    people = tuple(
        DocTrainee(
            name=f"{_TITLES[n % 3]}{_FIRST[n % 10]} {_LAST[(n * 3) % 8]}",
            house_no=f"{10 + n}/{n % 3 + 1}",
            moo=n % 12 + 1,
            village_name="",
            phone_masked="" if n % 7 == 3 else f"08x-xxx-{1000 + n:04d}",
            id=n,
        )
        for n in range(trainees)
    )
    session = DocSession(
        1,
        date(2026, 3, 10),
        clock(9),
        clock(16),
        "ศาลาประชาคมหมู่ที่ 10",
        Decimal(6),
        "ฝึกปฏิบัติการทำยาหม่องสมุนไพรและการบรรจุหีบห่อ",
        id=1,
    )
    office = OfficeData(name="องค์การบริหารส่วนตำบลวังม่วง", subdistrict="วังม่วง")
    return SignInSheetData(
        office, "โครงการฝึกอบรมการทำยาหม่องสมุนไพร", 2569, (session,), people, thai_digits=True
    )


def build_ours(data: SignInSheetData, out: Path) -> None:
    from wangmuang_desk.reports.training_sign_in import build_sign_in_sheet

    build_sign_in_sheet(data, data.sessions[0], out)


def build_bare(data: SignInSheetData, out: Path) -> None:
    """The same rows, widths, font and digits in the plainest shaped reportlab table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from wangmuang_desk.reports.fonts import register_document_fonts
    from wangmuang_desk.reports.pdf.document import ThaiDocument
    from wangmuang_desk.reports.training_common import address_text
    from wangmuang_desk.reports.training_sign_in import FORM_MARGINS, sign_in_layout
    from wangmuang_desk.thai.digits import to_thai_digits

    family = register_document_fonts()
    layout = sign_in_layout(ThaiDocument(margins=FORM_MARGINS, thai_digits=True), data)
    style = ParagraphStyle("bare", fontName=family, fontSize=16, leading=24, shaping=1)
    head = ParagraphStyle("bare-head", parent=style, fontName=f"{family}-Bold")
    rows = [[Paragraph(h, head) for h in layout.header]]
    for n, t in enumerate(data.trainees, start=1):
        cells = [str(n), t.name, address_text(t.house_no, t.moo), t.phone_masked, "", ""]
        rows.append([Paragraph(to_thai_digits(c), style) for c in cells])
    for n in range(len(data.trainees) + 1, len(data.trainees) + 6):
        rows.append([Paragraph(to_thai_digits(str(n)), style)] + [""] * 5)
    table = Table(rows, colWidths=[w * cm for w in layout.widths_cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), family, 16),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                # Our tables' padding, so both lay out the same rows on the same pages.
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    m = FORM_MARGINS
    doc = SimpleDocTemplate(
        str(out),
        pagesize=landscape(A4),
        leftMargin=m.left * cm,
        rightMargin=m.right * cm,
        topMargin=m.top * cm,
        bottomMargin=m.bottom * cm,
        initialFontName=family,
    )
    doc.build([Paragraph(data.title, head), table])


def timed(action, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append(ms(time.perf_counter() - start))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile one build of ours")
    args = parser.parse_args(argv)

    data = sheet_data(args.trainees)
    with tempfile.TemporaryDirectory(prefix="sign-in-bench-") as folder:
        ours_pdf, bare_pdf = Path(folder, "ours.pdf"), Path(folder, "bare.pdf")
        build_ours(data, ours_pdf)  # warm-up: fonts, tokenizer dictionary, imports
        build_bare(data, bare_pdf)
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(build_ours, data, ours_pdf)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        # Alternate the two so a busy moment of the machine falls on both alike.
        ours, bare = [], []
        for _ in range(args.repeat):
            ours += timed(lambda: build_ours(data, ours_pdf), 1)
            bare += timed(lambda: build_bare(data, bare_pdf), 1)
        from pypdf import PdfReader

        pages = (len(PdfReader(ours_pdf).pages), len(PdfReader(bare_pdf).pages))

    ratio = median(ours) / median(bare)
    print(f"sign-in sheet, {args.trainees} trainees + 5 blank rows, median of {args.repeat}")
    print(f"  ours : {median(ours):8.1f} ms  ({pages[0]} pages)  runs {_runs(ours)}")
    print(f"  bare : {median(bare):8.1f} ms  ({pages[1]} pages)  runs {_runs(bare)}")
    verdict = "PASS" if ratio <= BUDGET else "OVER"
    print(f"  ratio: {ratio:.2f}x  (budget {BUDGET}x)  {verdict}")
    return 0


def _runs(values: list[float]) -> str:
    return " ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
