import os
import subprocess
import sys
from pathlib import Path

import pytest

from wangmuang_desk.thai.wrap import split_words, starts_with_combining_mark, wrap_text

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MARK_WORDS = "ปู่ผู้ที่น้ำญี่ปุ่นฐาน"
SENTENCE = "ผู้ใหญ่บ้านหมู่ที่ ๑๐ แจ้งว่า ปู่ที่น้ำท่วมบ้าน ไปญี่ปุ่นกับกลุ่มอาชีพจักสานแล้ว"
SAMPLES = [
    MARK_WORDS,
    SENTENCE,
    "ประชาสัมพันธ์โครงการฝึกอบรมอาชีพเกี่ยวกับการแปรรูปผลผลิตทางการเกษตร",
    "มีผู้เข้าร่วม 25 คน  ณ ศาลาประชาคม\nวันที่ 20 พ.ย. 2569",
    "Training on basketry, 3 days",
]


def _no_spaces(text: str) -> str:
    return "".join(text.split())


def _is_one_cluster(text: str) -> bool:
    """No position inside *text* where a consonant could be cut from its vowels or marks."""
    return all(
        starts_with_combining_mark(text[i:]) or text[i] == "\u0e33" or text[i - 1] in "เแโใไ"
        for i in range(1, len(text))
    )


@pytest.mark.parametrize("text", [*SAMPLES, "", "   ", "a\tb\n\nc ", "\u0e49\u0e48abc"])
def test_split_words_concatenates_to_input(text):
    assert "".join(split_words(text)) == text


def test_split_words_finds_thai_words():
    assert split_words(MARK_WORDS) == ["ปู่", "ผู้", "ที่", "น้ำ", "ญี่ปุ่น", "ฐาน"]
    assert split_words("ปู่ ผู้") == ["ปู่", " ", "ผู้"]
    assert split_words("") == []


def test_starts_with_combining_mark():
    assert starts_with_combining_mark("\u0e48ก")  # tone mark
    assert starts_with_combining_mark("\u0e38")  # vowel below
    assert starts_with_combining_mark("\u0e31น")  # mai han-akat
    assert starts_with_combining_mark("\u0e4cา")  # thanthakhat
    assert not starts_with_combining_mark("ปู่")
    assert not starts_with_combining_mark("เก")
    assert not starts_with_combining_mark("")


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("width", [1, 2, 3, 4, 5, 7, 10, 15, 40])
def test_wrap_invariants(text, width):
    lines = wrap_text(text, width, len)
    assert _no_spaces("".join(lines)) == _no_spaces(text)
    assert len(lines) >= text.count("\n") + 1
    for line in lines:
        assert not starts_with_combining_mark(line)
        assert not line.startswith("\u0e33")  # SARA AM belongs to the syllable before
        assert line == line.strip()
        assert line
        # Only a single unbreakable cluster may exceed the width.
        assert len(line) <= width or _is_one_cluster(line), line


def test_narrow_lines_hold_whole_words():
    assert wrap_text(MARK_WORDS, 3, len) == ["ปู่", "ผู้", "ที่", "น้ำ", "ญี่", "ปุ่", "น", "ฐาน"]
    assert wrap_text(MARK_WORDS, 7, len) == ["ปู่ผู้", "ที่น้ำ", "ญี่ปุ่น", "ฐาน"]


def test_breaks_fall_between_words_when_words_fit():
    words = split_words(SENTENCE)
    boundaries = set()
    position = 0
    for word in words:
        position += len(_no_spaces(word))
        boundaries.add(position)
    longest = max(len(w) for w in words)
    for width in range(longest, longest + 12):
        position = 0
        for line in wrap_text(SENTENCE, width, len):
            position += len(_no_spaces(line))
            assert position in boundaries, (width, line)


def test_long_word_breaks_between_clusters():
    assert wrap_text("ญี่ปุ่น", 2, len) == ["ญี่", "ปุ่", "น"]
    assert wrap_text("เกี่ยว", 1, len) == ["เกี่", "ย", "ว"]
    # A cluster wider than the line is kept whole on its own line.
    assert wrap_text("น้ำ", 1, len) == ["น้ำ"]


def test_no_leading_space_after_a_break():
    assert wrap_text("aaa bbb  ccc", 4, len) == ["aaa", "bbb", "ccc"]
    assert wrap_text("ปู่ ผู้ ที่", 4, len) == ["ปู่", "ผู้", "ที่"]


def test_explicit_newlines():
    assert wrap_text("ปู่\nผู้", 40, len) == ["ปู่", "ผู้"]
    assert wrap_text("ก\n\nข", 40, len) == ["ก", "", "ข"]
    assert wrap_text("ก\r\nข", 40, len) == ["ก", "ข"]
    assert wrap_text("", 40, len) == [""]


def test_paragraph_indentation_is_kept():
    assert wrap_text("    ย่อหน้า ใหม่", 11, len) == ["    ย่อหน้า", "ใหม่"]


def test_measure_function_is_used():
    # Width in "points": every character 2 wide.
    def measure(s):
        return 2 * len(s)

    assert wrap_text("ปู่ผู้", 6, measure) == ["ปู่", "ผู้"]
    assert wrap_text("ปู่ผู้", 12, measure) == ["ปู่ผู้"]


def test_stray_mark_never_starts_a_line():
    lines = wrap_text("ก \u0e48ข", 1, len)
    assert not any(starts_with_combining_mark(line) for line in lines)


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_does_not_load_pythainlp():
    code = (
        "import sys\n"
        "import wangmuang_desk.thai.wrap, wangmuang_desk.thai.money\n"
        "assert 'pythainlp' not in sys.modules, 'pythainlp loaded at import'\n"
    )
    result = _run(code, {})
    assert result.returncode == 0, result.stderr


def test_tokenizer_works_offline_with_empty_data_dir(tmp_path):
    # Network blocked and no downloaded corpora: newmm must still work from
    # the files shipped inside the package.
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network blocked in test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from wangmuang_desk.thai.wrap import split_words\n"
        f"assert split_words({MARK_WORDS!r}) == ['ปู่', 'ผู้', 'ที่', 'น้ำ', 'ญี่ปุ่น', 'ฐาน']\n"
    )
    data_dir = tmp_path / "pythainlp-data"
    result = _run(code, {"PYTHAINLP_DATA": str(data_dir), "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    downloaded = [p for p in data_dir.rglob("*") if p.is_file()] if data_dir.exists() else []
    assert downloaded == []
