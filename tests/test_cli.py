"""The command line as a script or a scheduled task would use it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from wangmuang_desk.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wangmuang_desk", *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = run("demo", str(path), "--people", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_builds_a_database_that_check_accepts(demo_db, capsys):
    assert main(["check", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "person: 300" in out and "OK" in out


def test_demo_refuses_to_overwrite(demo_db):
    before = demo_db.read_bytes()
    result = run("demo", str(demo_db), "--people", "10")
    assert result.returncode != 0 and "ไฟล์" in result.stderr + result.stdout
    assert demo_db.read_bytes() == before


def test_check_refuses_a_damaged_file_without_touching_it(demo_db, tmp_path, capsys):
    broken = tmp_path / "broken.sqlite3"
    data = bytearray(demo_db.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = 0x5A  # scribble over b-tree pages
    broken.write_bytes(bytes(data))
    assert main(["check", str(broken)]) != 0
    assert broken.read_bytes() == bytes(data)
    err = capsys.readouterr().err
    assert err.strip()


def test_check_refuses_a_foreign_file(tmp_path, capsys):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("ไม่ใช่ฐานข้อมูล")
    assert main(["check", str(text_file)]) != 0
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("create table invoices (id integer primary key)")
    assert main(["check", str(other)]) != 0
    assert main(["check", str(tmp_path / "missing.sqlite3")]) != 0


def test_backup_while_open_gives_a_consistent_copy(demo_db, tmp_path):
    holder = sqlite3.connect(demo_db)  # the program has it open
    holder.execute("begin immediate")
    try:
        out = tmp_path / "copy.sqlite3"
        assert main(["backup", str(demo_db), "--out", str(out)]) == 0
        assert main(["check", str(out)]) == 0
        assert main(["backup", str(demo_db), "--out", str(out)]) != 0  # never overwrites
    finally:
        holder.rollback()
        holder.close()


def test_bad_arguments_exit_non_zero(tmp_path):
    result = run("demo", str(tmp_path / "x.sqlite3"), "--people", "0")
    assert result.returncode != 0
    assert not (tmp_path / "x.sqlite3").exists()


def test_plain_gui_command_lines_read_as_the_parser_reads_them(tmp_path):
    # The start reads these two without argparse (cli._plain_gui); anything else is parsed.
    from pathlib import Path

    from wangmuang_desk.cli import _parser, _plain_gui

    for argv in ([], ["--db", str(tmp_path / "ฐาน ข้อมูล.sqlite3")], ["--db", "demo"],
                 ["--db", ""]):
        args = _parser().parse_args(argv)
        assert args.command is None and not args.version
        assert _plain_gui(argv) == (args.db,), argv
    for argv in (["--db=x.sqlite3"], ["--version"], ["--db", "-x"], ["check", "x"],
                 ["--db", "x", "check", "y"], ["--d", "x"]):
        assert _plain_gui(argv) is None, argv
    assert _plain_gui(["--db", "x"]) == (Path("x"),)
