from wangmuang_desk.thai.digits import to_arabic_digits, to_thai_digits
from wangmuang_desk.thai.text import normalize_search


def test_all_digits_both_ways():
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_other_characters_untouched():
    assert to_thai_digits("หมู่ 10 บ้านเลขที่ 234/1") == "หมู่ ๑๐ บ้านเลขที่ ๒๓๔/๑"
    assert to_arabic_digits("หมู่ ๑๐ abc") == "หมู่ 10 abc"
    assert to_thai_digits("") == ""


def test_round_trip():
    text = "วันที่ 20/11/2569 เวลา 09.30 น."
    assert to_arabic_digits(to_thai_digits(text)) == text


def test_normalize_search():
    assert normalize_search("  บ้าน   เลขที่\t๒๓๔/๑  ") == "บ้าน เลขที่ 234/1"
    assert normalize_search("Wang MUANG") == "wang muang"
    assert normalize_search("") == ""
    assert normalize_search("   ") == ""
