"""`wangmuang-desk groups` and `export group-register`, as a script would use them."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from wangmuang_desk.cli import main
from wangmuang_desk.reports.pdf.readback import comparable
from wangmuang_desk.services.group_rows import GroupInput
from wangmuang_desk.services.rows import PersonInput


def _group_with_members(services, villages) -> int:
    gid = services.groups.save(None, GroupInput(
        name="กลุ่มทอผ้าไหมบ้านท่าฤทธิ์", group_type="handicraft", village_id=villages[10].id,
        founded_on=date(2025, 3, 1)))
    for first in ("น้ำฝน", "ผู้ใหญ่ทองใบ", "สมศรี"):
        pid = services.people.add(PersonInput(first_name=first, last_name="ใจดี",
                                              village_id=villages[10].id))
        services.group_members.add_member(gid, pid, date(2025, 3, 1), shares=5)
    return gid


def test_groups_lists_one_tab_separated_line_per_group(services, villages, capsys):
    gid = _group_with_members(services, villages)
    services.groups.save(None, GroupInput(name="กลุ่มเลี้ยงปลา", village_id=villages[1].id))
    assert main(["groups", str(services.db.path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    fields = {line.split("\t")[1]: line.split("\t") for line in lines}
    assert fields["กลุ่มทอผ้าไหมบ้านท่าฤทธิ์"] == [
        str(gid), "กลุ่มทอผ้าไหมบ้านท่าฤทธิ์", "หมู่ 10 บ้านท่าฤทธิ์", "forming", "3"]


def test_export_group_register_writes_the_pdf_and_logs_it(services, villages, tmp_path, db):
    from wangmuang_desk.db.models import ExportLog

    gid = _group_with_members(services, villages)
    out = tmp_path / "register.pdf"
    assert main(["export", "group-register", str(db.path), "--group", str(gid),
                 "--out", str(out)]) == 0
    text = comparable("\n".join(page.extract_text() for page in PdfReader(out).pages))
    assert comparable("กลุ่มทอผ้าไหมบ้านท่าฤทธิ์") in text
    assert comparable("ผู้ใหญ่ทองใบ") in text
    with db.session() as s:
        logged = s.query(ExportLog).one()
        assert logged.what == "group-register" and str(out) in logged.target


def test_export_refuses_an_unknown_group_and_a_missing_file(services, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["export", "group-register", str(services.db.path), "--group", "999",
                 "--out", str(out)]) != 0
    assert not out.exists()
    assert main(["groups", str(tmp_path / "missing.sqlite3")]) != 0
    assert not (tmp_path / "missing.sqlite3").exists()
    assert "999" in capsys.readouterr().err
