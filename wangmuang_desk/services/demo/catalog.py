"""What people of the demo tambon do, what grows there and what its sages know.

Each entry names its category by keywords, not by a fixed label: `reference.match_label` finds
the label of the office's editable list (occupation categories, material categories, wisdom
branches, units) that fits, so demo records use the words staff see in their drop-downs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CategoryHint:
    """How to find a label in an editable list: the label we would use, and words to look for."""

    default: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class OccupationKind:
    key: str
    category: CategoryHint
    descriptions: tuple[str, ...]
    income: tuple[int, int]  # yearly baht as a main occupation
    weight_working_age: int
    weight_elder: int
    weight_secondary: int


_FARM = CategoryHint("เกษตรกรรม (ทำนา ทำไร่ ทำสวน)", ("เกษตร", "ทำนา", "ทำไร่", "ทำสวน"))

OCCUPATIONS: tuple[OccupationKind, ...] = (
    OccupationKind(
        "rice",
        _FARM,
        ("ทำนา", "ทำนาข้าวหอมมะลิ", "ทำนาปรัง", "ทำนาข้าวเหนียว"),
        (30_000, 150_000),
        14,
        22,
        2,
    ),
    OccupationKind(
        "field_crop",
        _FARM,
        ("ปลูกอ้อย", "ปลูกมันสำปะหลัง", "ปลูกข้าวโพดเลี้ยงสัตว์"),
        (40_000, 250_000),
        12,
        14,
        3,
    ),
    OccupationKind(
        "orchard",
        _FARM,
        ("ทำสวนมะม่วง", "ปลูกผักสวนครัว", "ปลูกกล้วยน้ำว้า", "ปลูกผักปลอดสารพิษ", "เพาะเห็ดนางฟ้า"),
        (30_000, 200_000),
        6,
        10,
        10,
    ),
    OccupationKind(
        "livestock",
        CategoryHint("ปศุสัตว์", ("ปศุสัตว์", "เลี้ยงสัตว์")),
        ("เลี้ยงโคเนื้อ", "เลี้ยงโคนม", "เลี้ยงไก่ไข่", "เลี้ยงสุกร", "เลี้ยงแพะ", "เลี้ยงไก่พื้นเมือง"),
        (30_000, 300_000),
        7,
        8,
        14,
    ),
    OccupationKind(
        "fishery",
        CategoryHint("ประมง", ("ประมง", "สัตว์น้ำ")),
        ("เลี้ยงปลานิล", "เลี้ยงปลาดุก", "เลี้ยงกบ", "จับปลาในแหล่งน้ำธรรมชาติ"),
        (30_000, 150_000),
        2,
        2,
        5,
    ),
    OccupationKind(
        "labour",
        CategoryHint("รับจ้างทั่วไป", ("รับจ้าง",)),
        ("รับจ้างทั่วไป", "รับจ้างทางการเกษตร", "รับจ้างก่อสร้าง", "รับจ้างตัดอ้อย"),
        (36_000, 110_000),
        20,
        10,
        15,
    ),
    OccupationKind(
        "employee",
        CategoryHint("พนักงานบริษัท/ลูกจ้าง", ("พนักงานบริษัท", "ลูกจ้าง", "โรงงาน", "เอกชน")),
        ("พนักงานโรงงานปูนซีเมนต์", "พนักงานโรงงานอุตสาหกรรม", "พนักงานบริษัทเอกชน", "ลูกจ้างร้านค้า"),
        (120_000, 300_000),
        14,
        1,
        1,
    ),
    OccupationKind(
        "trade",
        CategoryHint("ค้าขาย", ("ค้าขาย", "การค้า", "ค้า")),
        ("ค้าขายของชำ", "ขายอาหารตามสั่ง", "ขายก๋วยเตี๋ยว", "ขายผักผลไม้ในตลาดนัด", "ขายของออนไลน์"),
        (50_000, 360_000),
        10,
        8,
        12,
    ),
    OccupationKind(
        "handicraft",
        CategoryHint("หัตถกรรม", ("หัตถกรรม", "จักสาน", "ประดิษฐ์")),
        ("จักสานไม้ไผ่", "ทำไม้กวาดดอกหญ้า", "ทำพรมเช็ดเท้า", "จักสานผักตบชวา", "ทอผ้า", "ทำดอกไม้ประดิษฐ์"),
        (12_000, 80_000),
        2,
        10,
        20,
    ),
    OccupationKind(
        "processing",
        CategoryHint("แปรรูปอาหาร", ("แปรรูป", "อาหาร")),
        ("ทำมะม่วงแช่อิ่ม", "ทำกล้วยตาก", "ทำน้ำพริก", "ทำขนมไทย", "ทำลูกประคบสมุนไพร", "ทำยาหม่องสมุนไพร"),
        (20_000, 120_000),
        2,
        5,
        15,
    ),
    OccupationKind(
        "services",
        CategoryHint("ธุรกิจส่วนตัว", ("ธุรกิจส่วนตัว", "บริการ")),
        ("ขับรถจักรยานยนต์รับจ้าง", "ช่างซ่อมรถจักรยานยนต์", "ร้านเสริมสวย", "ช่างไฟฟ้า", "ช่างก่อสร้าง"),
        (60_000, 200_000),
        6,
        2,
        4,
    ),
    OccupationKind(
        "government",
        CategoryHint("ข้าราชการ/พนักงานของรัฐ", ("ราชการ", "ของรัฐ", "รัฐวิสาหกิจ")),
        ("ข้าราชการครู", "พนักงานส่วนท้องถิ่น", "ลูกจ้างหน่วยงานของรัฐ", "ข้าราชการตำรวจ"),
        (180_000, 600_000),
        5,
        0,
        0,
    ),
)


@dataclass(frozen=True)
class MaterialKind:
    name: str
    category: CategoryHint
    unit: str
    quantity: tuple[int, int]
    season: str
    sources: tuple[str, ...]  # {owner} = a villager's name, {moo} = the village number
    villages: int  # in how many villages the demo records it


# Crops, forest plants and herbs are all "plants" in the seeded material categories.
_PLANT = CategoryHint("พืช", ("พืช",))
_NATURAL = CategoryHint("พืช", ("พืช", "ธรรมชาติ", "ป่า"))
_HERB = CategoryHint("พืช", ("สมุนไพร", "พืช"))
_ANIMAL = CategoryHint("สัตว์", ("สัตว์", "ปศุสัตว์"))
_LEFTOVER = CategoryHint("วัสดุเหลือใช้ทางการเกษตร", ("เหลือใช้", "เหลือทิ้ง"))
_OTHER = CategoryHint("อื่น ๆ", ("อื่น",))

_FIELD = ("ที่นาของ{owner}", "ไร่ของ{owner}")
_GARDEN = ("สวนของ{owner}", "แปลงเกษตรของ{owner}")
_COMMONS = ("ป่าชุมชนหมู่ที่ {moo}", "ที่สาธารณประโยชน์หมู่ที่ {moo}", "ริมห้วยหมู่ที่ {moo}")
_WATER = ("หนองน้ำสาธารณะหมู่ที่ {moo}", "คลองส่งน้ำหมู่ที่ {moo}")
_FARMYARD = ("ฟาร์มของ{owner}", "คอกของ{owner}")

MATERIALS: tuple[MaterialKind, ...] = (
    MaterialKind(
        "ดอกหญ้า (หญ้าไม้กวาด)", _NATURAL, "กิโลกรัม", (500, 5_000), "พ.ย.–ม.ค.", _COMMONS + _FIELD, 4
    ),
    MaterialKind("ไม้ไผ่สีสุก", _NATURAL, "ลำ", (200, 3_000), "ตลอดปี", _COMMONS + _GARDEN, 3),
    MaterialKind("ไม้ไผ่รวก", _NATURAL, "ลำ", (300, 4_000), "ตลอดปี", _COMMONS, 2),
    MaterialKind("ผักตบชวา", _NATURAL, "กิโลกรัม", (1_000, 10_000), "ตลอดปี", _WATER, 3),
    MaterialKind("มะม่วงน้ำดอกไม้", _PLANT, "กิโลกรัม", (2_000, 30_000), "มี.ค.–พ.ค.", _GARDEN, 3),
    MaterialKind("มะม่วงมหาชนก", _PLANT, "กิโลกรัม", (1_000, 15_000), "มี.ค.–พ.ค.", _GARDEN, 2),
    MaterialKind("ข้าวหอมมะลิ", _PLANT, "ตัน", (10, 300), "พ.ย.–ธ.ค.", _FIELD, 3),
    MaterialKind("ข้าวเหนียว", _PLANT, "ตัน", (5, 80), "พ.ย.–ธ.ค.", _FIELD, 2),
    MaterialKind("ข้าวไรซ์เบอร์รี่", _PLANT, "กิโลกรัม", (500, 8_000), "พ.ย.–ธ.ค.", _FIELD, 1),
    MaterialKind("ไพล", _HERB, "กิโลกรัม", (100, 2_000), "ต.ค.–ม.ค.", _GARDEN, 3),
    MaterialKind("ขมิ้นชัน", _HERB, "กิโลกรัม", (100, 1_500), "ธ.ค.–ก.พ.", _GARDEN, 2),
    MaterialKind("ตะไคร้", _HERB, "กิโลกรัม", (200, 3_000), "ตลอดปี", _GARDEN, 2),
    MaterialKind("มะกรูด", _HERB, "กิโลกรัม", (100, 1_000), "ตลอดปี", _GARDEN, 1),
    MaterialKind("ใบเตย", _HERB, "กิโลกรัม", (50, 500), "ตลอดปี", _GARDEN, 1),
    MaterialKind("กล้วยน้ำว้า", _PLANT, "หวี", (500, 8_000), "ตลอดปี", _GARDEN, 3),
    MaterialKind("อ้อย", _PLANT, "ตัน", (100, 3_000), "ธ.ค.–เม.ย.", _FIELD, 3),
    MaterialKind("มันสำปะหลัง", _PLANT, "ตัน", (50, 1_500), "พ.ย.–มี.ค.", _FIELD, 2),
    MaterialKind("ข้าวโพดเลี้ยงสัตว์", _PLANT, "ตัน", (20, 600), "ส.ค.–ต.ค.", _FIELD, 2),
    MaterialKind("น้ำนมดิบ", _ANIMAL, "กิโลกรัม", (10_000, 200_000), "ตลอดปี", _FARMYARD, 2),
    MaterialKind("มูลโค", _LEFTOVER, "กระสอบ", (200, 3_000), "ตลอดปี", _FARMYARD, 2),
    MaterialKind("ไข่ไก่", _ANIMAL, "ฟอง", (5_000, 100_000), "ตลอดปี", _FARMYARD, 1),
    MaterialKind("ปลานิล", _ANIMAL, "กิโลกรัม", (500, 8_000), "ต.ค.–ม.ค.", _WATER, 2),
    MaterialKind("ฟางข้าว", _LEFTOVER, "ก้อน", (500, 6_000), "ธ.ค.–ก.พ.", _FIELD, 3),
    MaterialKind("แกลบ", _LEFTOVER, "กระสอบ", (200, 2_000), "ธ.ค.–มี.ค.", ("โรงสีข้าวของ{owner}",), 1),
    MaterialKind(
        "เศษผ้า (สำหรับทอพรมเช็ดเท้า)",
        _OTHER,
        "กิโลกรัม",
        (200, 3_000),
        "ตลอดปี",
        ("รับซื้อจากโรงงานตัดเย็บ ผ่าน{owner}",),
        2,
    ),
    MaterialKind("ใบตอง", _PLANT, "มัด", (100, 2_000), "ตลอดปี", _GARDEN, 1),
    MaterialKind("มะขาม", _PLANT, "กิโลกรัม", (500, 5_000), "ม.ค.–มี.ค.", _GARDEN, 2),
    MaterialKind("หน่อไม้", _NATURAL, "กิโลกรัม", (300, 4_000), "มิ.ย.–ก.ย.", _COMMONS, 2),
    MaterialKind("ผักหวานป่า", _NATURAL, "กิโลกรัม", (50, 800), "ก.พ.–เม.ย.", _COMMONS, 1),
    MaterialKind("ทางมะพร้าว", _NATURAL, "ทาง", (200, 2_000), "ตลอดปี", _GARDEN, 1),
)


@dataclass(frozen=True)
class WisdomBranch:
    hint: CategoryHint
    expertise: tuple[str, ...]


# The ten branches of Thai local wisdom, in the order of the seeded wisdom_branch list.
WISDOM: tuple[WisdomBranch, ...] = (
    WisdomBranch(
        CategoryHint("เกษตรกรรม", ("เกษตร",)),
        (
            "การทำนาอินทรีย์และการคัดเมล็ดพันธุ์ข้าว",
            "การปลูกมะม่วงนอกฤดู",
            "เกษตรผสมผสานตามแนวเศรษฐกิจพอเพียง",
            "การทำปุ๋ยหมักและน้ำหมักชีวภาพ",
            "การเพาะเห็ดนางฟ้าในโรงเรือน",
            "การเลี้ยงโคนมและการทำอาหารสัตว์",
        ),
    ),
    WisdomBranch(
        CategoryHint("อุตสาหกรรมและหัตถกรรม", ("หัตถกรรม", "อุตสาหกรรม")),
        (
            "การทำไม้กวาดดอกหญ้า",
            "จักสานไม้ไผ่ (กระบุง ตะกร้า กระด้ง)",
            "จักสานผักตบชวา",
            "การทอพรมเช็ดเท้าจากเศษผ้า",
            "การทอผ้าฝ้ายด้วยกี่มือ",
            # Food processing belongs to this branch in the ten-branch scheme.
            "การถนอมอาหารและแปรรูปผลไม้",
            "การทำขนมไทย",
            "การทำน้ำพริกแกง",
        ),
    ),
    WisdomBranch(
        CategoryHint("การแพทย์แผนไทย", ("แพทย์",)),
        ("การทำลูกประคบสมุนไพร", "การนวดแผนไทยเพื่อสุขภาพ", "การทำยาหม่องไพล", "การปลูกและใช้สมุนไพรพื้นบ้าน"),
    ),
    WisdomBranch(
        CategoryHint("การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม", ("ทรัพยากร", "สิ่งแวดล้อม")),
        ("การอนุรักษ์ป่าชุมชน", "การทำฝายชะลอน้ำ", "การคัดแยกขยะและธนาคารขยะ"),
    ),
    WisdomBranch(
        CategoryHint("กองทุนและธุรกิจชุมชน", ("กองทุน", "ธุรกิจชุมชน")),
        ("การบริหารกลุ่มออมทรัพย์เพื่อการผลิต", "การทำบัญชีครัวเรือน", "การขายผลิตภัณฑ์ชุมชนทางออนไลน์"),
    ),
    WisdomBranch(
        CategoryHint("สวัสดิการ", ("สวัสดิการ",)),
        ("การจัดสวัสดิการชุมชนและกองทุนฌาปนกิจ", "การดูแลผู้สูงอายุในชุมชน"),
    ),
    WisdomBranch(
        CategoryHint("ศิลปกรรม", ("ศิลป",)),
        ("ดนตรีไทย (ซอ ระนาด ขลุ่ย)", "การแสดงกลองยาว", "การแกะสลักผักและผลไม้", "การทำบายศรี"),
    ),
    WisdomBranch(
        CategoryHint("การจัดการองค์กร", ("องค์กร",)),
        ("การบริหารจัดการกลุ่มอาชีพ", "การเป็นผู้นำชุมชนและการจัดเวทีประชาคม"),
    ),
    WisdomBranch(
        CategoryHint("ภาษาและวรรณกรรม", ("ภาษา", "วรรณกรรม")),
        ("เพลงพื้นบ้านและการแต่งกลอน", "การอ่านและเขียนอักษรธรรม"),
    ),
    WisdomBranch(
        CategoryHint("ศาสนาและประเพณี", ("ศาสนา", "ประเพณี")),
        ("พิธีบายศรีสู่ขวัญ", "การเป็นมัคนายกและพิธีทางศาสนา", "ประเพณีท้องถิ่นและการทำบุญตามเทศกาล"),
    ),
)

# {year} = a Buddhist Era year a few years back.
SAGE_AWARDS = (
    "ปราชญ์ชาวบ้านดีเด่นระดับอำเภอ ปี {year}",
    "วิทยากรหลักสูตรฝึกอาชีพของ อบต. ปี {year}",
    "ผลิตภัณฑ์ OTOP ระดับ 3 ดาว ปี {year}",
    "ครูภูมิปัญญาท้องถิ่นของโรงเรียนในตำบล ปี {year}",
    "ผู้นำเกษตรกรดีเด่นระดับจังหวัด ปี {year}",
)
