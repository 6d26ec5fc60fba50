"""Hand-made data for the training documents' tests (demo data, not real people).

Imported by name by the test modules here: conftest.py puts this folder on sys.path, which
pytest's importlib mode does not do.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

from wangmuang_desk.services.rows import OfficeData, SignatoryData, VillageRow
from wangmuang_desk.services.training_doc_rows import (
    CertificateBatch,
    CertificateData,
    DocBudgetLine,
    DocPartner,
    DocResult,
    DocSession,
    DocSpeaker,
    DocTrainee,
    SurveyReportData,
    TestMeans,
    TrainingDocData,
    count_by_village,
)
from wangmuang_desk.services.training_rows import ScoreStats, SurveySummary

TITLE = (
    "โครงการฝึกอบรมส่งเสริมอาชีพการแปรรูปผลิตภัณฑ์จากสมุนไพรพื้นบ้าน การทำยาหม่องสมุนไพร"
    "และลูกประคบสมุนไพร เพื่อเพิ่มรายได้ให้แก่ครัวเรือนเป้าหมาย ประจำปีงบประมาณ พ.ศ. 2569"
)
COURSE = (
    "การแปรรูปผลิตภัณฑ์จากสมุนไพรพื้นบ้าน การทำยาหม่องสมุนไพรและลูกประคบสมุนไพร"
    "เพื่อจำหน่ายในชุมชนและตลาดออนไลน์ ตามแนวทางปรัชญาของเศรษฐกิจพอเพียง"
)
SIGNATORY = SignatoryData("นายประเสริฐ น้ำใจงาม", "นายกองค์การบริหารส่วนตำบลวังม่วง")
PREPARER = SignatoryData("นางสาวฐิติมา ผู้ใหญ่ยิ่ง", "นักพัฒนาชุมชนชำนาญการ")

# Marks above and below (ผู้ ปู่ น้ำ ญี่ปุ่น ฐิ) on purpose. The group register's tests use
# the first 20 first names and the first 10 last names.
FIRST_NAMES = (
    "น้ำฝน",
    "สมชาย",
    "ปู่เย็น",
    "ญาณี",
    "ฐิติมา",
    "บุญมี",
    "ผ่องศรี",
    "ทองใบ",
    "กิ่งแก้ว",
    "ประเสริฐ",
    "น้ำทิพย์",
    "สุดใจ",
    "ชื่นจิต",
    "ไพรวัลย์",
    "ดวงใจ",
    "สำราญ",
    "วิไลวรรณ",
    "เพ็ญศรี",
    "อุ่นเรือน",
    "ทุ่งทอง",
    "ศักดิ์ชัย",
    "จุฑามาศ",
    "ธีรศักดิ์",
)
LAST_NAMES = (
    "ใจดี",
    "ศรีสุข",
    "ญี่ปุ่นวงศ์",
    "แก้วมณี",
    "น้ำใจงาม",
    "บุญเรือง",
    "ผู้ใหญ่ยิ่ง",
    "ทองปู่",
    "สุขเกษม",
    "พึ่งบุญ",
    "เจริญทรัพย์ศิริมงคล",
    "วงศ์ษาธุ์",
)
_TITLES = ("นาง", "นาย", "นางสาว")
_VILLAGES = ((2, "บ้านหนองน้ำใส"), (5, "บ้านท่าฤทธิ์"), (10, "บ้านวังม่วงพัฒนา"))


def emblem_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 230, 290), outline=(150, 100, 0), width=8)
    draw.polygon([(120, 50), (190, 240), (50, 240)], fill=(200, 140, 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def office(emblem: bool = True) -> OfficeData:
    return OfficeData(
        name="องค์การบริหารส่วนตำบลวังม่วง",
        subdistrict="วังม่วง",
        district="วังม่วง",
        province="สระบุรี",
        emblem=emblem_png() if emblem else None,
    )


def trainee(i: int) -> DocTrainee:
    moo, village = _VILLAGES[i % 3]
    phone = f"08{i % 10}{1234567 + i * 7919:07d}"[:10]
    first, last = FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[(i * 5) % len(LAST_NAMES)]
    return DocTrainee(
        name=f"{_TITLES[i % 3]}{first} {last}",
        house_no=f"{10 + i}/{i % 3 + 1}" if i % 4 else str(200 + i),
        moo=moo,
        village_name=village,
        phone_masked="" if i % 7 == 3 else f"{phone[:2]}x-xxx-{phone[-4:]}",
        citizen_id_masked=f"x-xxxx-xxxxx-{i % 90 + 10:02d}-{i % 10}",
        id=1000 + i,
    )


def sessions() -> tuple[DocSession, ...]:
    days = (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12))
    topics = (
        "ความรู้เรื่องสมุนไพรพื้นบ้านและการคัดเลือกวัตถุดิบที่ได้มาตรฐาน",
        "ฝึกปฏิบัติการทำยาหม่องสมุนไพรและการบรรจุหีบห่อ",
        "ฝึกปฏิบัติการทำลูกประคบสมุนไพร การตั้งราคาและช่องทางการจำหน่ายออนไลน์",
    )
    speakers = ("นายทองใบ ทองปู่", "นางผ่องศรี สุขเกษม", "นายทองใบ ทองปู่")
    return tuple(
        DocSession(
            seq=n + 1,
            session_date=day,
            start_time=time(9, 0),
            end_time=time(16, 0),
            venue="ศาลาประชาคมหมู่ที่ 10 บ้านวังม่วงพัฒนา",
            hours=Decimal("6.0"),
            topic=topics[n],
            speaker=speakers[n],
            id=50 + n,
        )
        for n, day in enumerate(days)
    )


def survey() -> SurveySummary:
    aspects = {
        "วิทยากร": ("วิทยากรมีความรู้ความเข้าใจในเรื่องที่ถ่ายทอด", "วิทยากรถ่ายทอดความรู้ได้ชัดเจน เข้าใจง่าย"),
        "เนื้อหา": ("เนื้อหาตรงกับความต้องการของผู้เข้ารับการอบรม", "เนื้อหาเหมาะสมกับระยะเวลาการอบรม"),
        "สถานที่ ระยะเวลา อาหาร": ("สถานที่จัดอบรมสะดวกและเหมาะสม", "อาหารและเครื่องดื่มเหมาะสม"),
        "การนำความรู้ไปใช้": ("สามารถนำความรู้ไปประกอบอาชีพเสริมเพื่อเพิ่มรายได้ในครัวเรือนได้",),
    }
    means = iter(("4.62", "4.55", "4.38", "4.21", "3.95", "4.05", "4.48"))
    items = []
    for aspect, texts in aspects.items():
        for text in texts:
            m = Decimal(next(means))
            items.append((aspect, ScoreStats(text, 38, m, Decimal("0.52"), _band(m))))
    aspect_rows = tuple(
        ScoreStats(a, 38 * len(t), Decimal(m), Decimal("0.58"), _band(Decimal(m)))
        for (a, t), m in zip(aspects.items(), ("4.59", "4.30", "4.00", "4.48"), strict=True)
    )
    from wangmuang_desk.services.training_rules import BANDS_HALF_POINT

    return SurveySummary(
        respondents=38,
        items=tuple(items),
        aspects=aspect_rows,
        overall=ScoreStats("ภาพรวม", 266, Decimal("4.32"), Decimal("0.61"), "มาก"),
        problems=("ระยะเวลาฝึกปฏิบัติน้อยเกินไป", "วัสดุอุปกรณ์บางรายการไม่เพียงพอต่อจำนวนผู้เข้าอบรม"),
        suggestions=("อยากให้จัดอบรมต่อยอดเรื่องการออกแบบบรรจุภัณฑ์และการขายออนไลน์",),
        bands=BANDS_HALF_POINT,
    )


def _band(m: Decimal) -> str:
    from wangmuang_desk.services.training_rules import BANDS_HALF_POINT, band_of

    return band_of(m, BANDS_HALF_POINT)


def training_data(trainee_count: int = 40, thai_digits: bool = True) -> TrainingDocData:
    people = tuple(trainee(i) for i in range(trainee_count))
    sess = sessions()
    marks = {
        (t.id, s.id): not (i % 6 == 5 and s.seq == 2) and not (i % 11 == 10)
        for i, t in enumerate(people)
        for s in sess
    }
    results = []
    for i, t in enumerate(people):
        attended = sum(marks[(t.id, s.id)] for s in sess)
        percent = (Decimal(attended) * 100 / 3).quantize(Decimal("0.1"))
        ok = attended * 100 >= 80 * 3
        results.append(
            DocResult(
                t,
                attended,
                3,
                percent,
                ok,
                ok,
                Decimal(8 + i % 5),
                Decimal(14 + i % 6),
                f"{i + 1}/2569" if ok else "",
            )
        )
    lines = (
        DocBudgetLine(
            "speaker",
            "วิทยากร 1 คน จำนวน 18 ชั่วโมง ชั่วโมงละ 600 บาท",
            Decimal(1),
            Decimal(18),
            Decimal(600),
            Decimal(10800),
            Decimal(10800),
        ),
        DocBudgetLine(
            "meal",
            "ผู้เข้ารับการอบรมและวิทยากร 41 คน 3 มื้อ",
            Decimal(41),
            Decimal(3),
            Decimal(80),
            Decimal(9840),
            Decimal(9600),
        ),
        DocBudgetLine(
            "snack",
            "41 คน 6 มื้อ มื้อละ 35 บาท",
            Decimal(41),
            Decimal(6),
            Decimal(35),
            Decimal(8610),
            Decimal(8400),
        ),
        DocBudgetLine(
            "material",
            "สมุนไพร ขี้ผึ้ง ผ้าดิบ ขวดบรรจุ",
            Decimal(1),
            Decimal(1),
            Decimal("12500.50"),
            Decimal("12500.50"),
            Decimal("12340.25"),
        ),
        DocBudgetLine(
            "sign", "ป้ายไวนิลโครงการ", Decimal(1), Decimal(1), Decimal(750), Decimal(750), None
        ),
    )
    return TrainingDocData(
        office=office(),
        title=TITLE,
        fiscal_year=2569,
        topic="การทำยาหม่องสมุนไพรและลูกประคบสมุนไพร",
        rationale=(
            "ตำบลวังม่วงมีพืชสมุนไพรพื้นบ้านจำนวนมาก เช่น ไพล ขมิ้นชัน ตะไคร้ ซึ่งปู่ย่าตายายใช้ดูแล"
            "สุขภาพมาแต่โบราณ แต่ยังไม่มีการแปรรูปเพื่อจำหน่าย จากเวทีประชาคมหมู่บ้านพบว่าครัวเรือน"
            "เป้าหมายต้องการอาชีพเสริมที่ใช้วัตถุดิบในท้องถิ่น\n"
            "องค์การบริหารส่วนตำบลวังม่วงจึงจัดทำโครงการนี้ เพื่อถ่ายทอดความรู้และฝึกทักษะการแปรรูป"
            "สมุนไพรให้แก่ผู้สนใจ อันจะนำไปสู่การรวมกลุ่มอาชีพและเพิ่มรายได้ให้แก่ครัวเรือน"
        ),
        objectives=(
            "1. เพื่อให้ผู้เข้ารับการอบรมมีความรู้เรื่องสมุนไพรพื้นบ้านและการแปรรูป\n"
            "2. เพื่อให้ผู้เข้ารับการอบรมสามารถทำยาหม่องและลูกประคบสมุนไพรได้ด้วยตนเอง\n"
            "3. เพื่อส่งเสริมการรวมกลุ่มอาชีพและเพิ่มรายได้ให้แก่ครัวเรือน"
        ),
        target_description="ประชาชนในตำบลวังม่วงที่สนใจ และสมาชิกครัวเรือนเป้าหมาย",
        target_count=40,
        villages=tuple(VillageRow(n, moo, name) for n, (moo, name) in enumerate(_VILLAGES)),
        planned_start=date(2026, 3, 10),
        planned_end=date(2026, 3, 12),
        venue="ศาลาประชาคมหมู่ที่ 10 บ้านวังม่วงพัฒนา",
        hours=Decimal(18),
        thai_digits=thai_digits,
        partners=(DocPartner("ศูนย์ถ่ายทอดเทคโนโลยีการเกษตรประจำตำบลวังม่วง", "สนับสนุนวิทยากรและวัสดุสาธิต"),),
        speakers=(
            DocSpeaker("นายทองใบ ทองปู่", "ปราชญ์ชาวบ้าน หมู่ที่ 5"),
            DocSpeaker("นางผ่องศรี สุขเกษม", "โรงพยาบาลส่งเสริมสุขภาพตำบลวังม่วง", True),
        ),
        budget_lines=lines,
        council_ref="มติสภา อบต.วังม่วง สมัยสามัญ สมัยที่ 1/2569",
        council_on=date(2026, 2, 12),
        approved_amount=Decimal("42500.50"),
        sessions=sess,
        trainees=people,
        marks=marks,
        results=tuple(results),
        test=TestMeans(
            Decimal("9.85"), Decimal("16.40"), Decimal("6.55"), trainee_count, Decimal(20)
        ),
        survey=survey(),
        problems="ระยะเวลาฝึกปฏิบัติน้อย\nผู้เข้ารับการอบรมบางส่วนติดภารกิจในช่วงเก็บเกี่ยว",
        suggestions="ควรจัดอบรมนอกฤดูเก็บเกี่ยว\nควรต่อยอดเรื่องบรรจุภัณฑ์และการตลาดออนไลน์",
        participants_by_village=count_by_village(people, results),
        preparer=PREPARER,
        signatory=SIGNATORY,
        report_date=date(2026, 3, 31),
    )


def certificates(
    count: int = 3, thai_digits: bool = True, long_title: bool = True
) -> CertificateBatch:
    names = [trainee(i).name for i in range(count)]
    return CertificateBatch(
        office=office(),
        certificates=tuple(
            CertificateData(
                label=f"{n + 1}/2569",
                name=name,
                course_title=COURSE if long_title else "การทำไม้กวาดดอกหญ้า",
                start=date(2026, 3, 10),
                end=date(2026, 3, 12),
                hours=Decimal(18),
                issued_on=date(2026, 3, 12),
                signatory_name=SIGNATORY.name,
                signatory_position=SIGNATORY.position,
            )
            for n, name in enumerate(names)
        ),
        thai_digits=thai_digits,
        partner="ศูนย์ถ่ายทอดเทคโนโลยีการเกษตรประจำตำบลวังม่วง",
    )


def survey_report(thai_digits: bool = True) -> SurveyReportData:
    return SurveyReportData(
        office(),
        TITLE,
        survey(),
        date(2026, 3, 10),
        date(2026, 3, 12),
        "ศาลาประชาคมหมู่ที่ 10",
        thai_digits,
        PREPARER,
    )


def with_trainees(data: TrainingDocData, count: int) -> TrainingDocData:
    return replace(data, trainees=tuple(trainee(i) for i in range(count)))
