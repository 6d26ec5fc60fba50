"""Command line: the GUI by default, and subcommands for scripts, scheduled backups and tests.

Every subcommand prints a Thai / English message on bad input, exits non-zero, and never
leaves a half-written file behind. Heavy modules are imported inside each command.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from wangmuang_desk.services.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="wangmuang-desk",
        description="โปรแกรมงานส่งเสริมกลุ่มอาชีพ อบต.วังม่วง / Wang Muang occupational-group desk",
    )
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="build a realistic demo database")
    demo.add_argument("path", type=Path)
    demo.add_argument("--people", type=int, default=10_000)
    demo.add_argument("--seed", type=int, default=1)

    check = sub.add_parser("check", help="integrity and schema version (never modifies the file)")
    check.add_argument("path", type=Path)

    backup = sub.add_parser("backup", help="consistent snapshot, also while the program is open")
    backup.add_argument("path", type=Path)
    backup.add_argument("--out", type=Path, required=True)
    groups = sub.add_parser("groups", help="list occupational groups (tab-separated)")
    groups.add_argument("path", type=Path)

    export = sub.add_parser("export", help="write a document or report")
    what = export.add_subparsers(dest="what", required=True)
    register = what.add_parser("group-register", help="the group register PDF of one group")
    register.add_argument("path", type=Path)
    register.add_argument("--group", type=int, required=True)
    register.add_argument("--out", type=Path, required=True)
    register.add_argument("--arabic-digits", action="store_true",
                          help="Arabic instead of Thai digits in the document")
    from wangmuang_desk import cli_trainings

    cli_trainings.add_commands(sub, what)
    return parser


def _open_existing(path: Path):
    """The database at `path` for a command, or None with a message (never creates a file)."""
    from wangmuang_desk.db.errors import DatabaseOpenError
    from wangmuang_desk.db.schema import open_database

    if not path.is_file():
        _say(f"ไม่พบไฟล์ฐานข้อมูล / no such database file: {path}")
        return None
    try:
        return open_database(path)
    except DatabaseOpenError as exc:
        _say(str(exc))
        return None


def cmd_groups(args: argparse.Namespace) -> int:
    from wangmuang_desk.services.groups import GroupService
    from wangmuang_desk.services.listing import ListQuery

    db = _open_existing(args.path)
    if db is None:
        return EXIT_FAILED
    try:
        service, query, offset = GroupService(db), ListQuery(sort_key="name"), 0
        while rows := service.fetch(query, offset, 500):
            for row in rows:
                village = f"หมู่ {row.moo} {row.village_name}".strip() if row.moo else ""
                print("\t".join((str(row.id), row.name, village, row.status,
                                 str(row.member_count))))
            offset += len(rows)
    except BrokenPipeError:
        # `groups PATH | head` closed the pipe: the reader has what it wanted. Point stdout at
        # devnull so the flush at exit does not raise again (Python's documented recipe).
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        db.dispose()
    return EXIT_OK


def cmd_trainings(args: argparse.Namespace) -> int:
    from wangmuang_desk.cli_trainings import cmd_trainings as list_trainings

    return list_trainings(args, _open_existing)


def cmd_export(args: argparse.Namespace) -> int:
    if args.what != "group-register":
        from wangmuang_desk.cli_trainings import cmd_export_training

        return cmd_export_training(args, _open_existing)
    from wangmuang_desk.reports.group_register import build_group_register
    from wangmuang_desk.services.errors import NotFoundError
    from wangmuang_desk.services.export_log import log_export
    from wangmuang_desk.services.group_documents import group_register_data

    db = _open_existing(args.path)
    if db is None:
        return EXIT_FAILED
    try:
        try:
            data = group_register_data(db, args.group)
        except NotFoundError:
            _say(f"ไม่พบกลุ่มรหัส {args.group} / no group with id {args.group}")
            return EXIT_FAILED
        try:
            out = build_group_register(data, args.out, thai_digits=not args.arabic_digits)
        except OSError as exc:
            _say(f"เขียนไฟล์ไม่สำเร็จ / could not write the file: {exc}")
            return EXIT_FAILED
        log_export(db, "group-register", f"{out} (group {args.group})", len(data.members))
        print(f"เขียนทะเบียนกลุ่มแล้ว / group register written: {out}")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    from wangmuang_desk.services.demo.generator import build_demo_database

    if args.people < 1 or args.people > 2_000_000:
        _say("จำนวนคนต้องอยู่ระหว่าง 1 ถึง 2,000,000 / --people must be 1 to 2,000,000")
        return EXIT_USAGE
    try:
        summary = build_demo_database(args.path, people=args.people, seed=args.seed,
                                      progress=lambda text: print(text, flush=True))
    except FileExistsError as exc:
        _say(str(exc))
        return EXIT_FAILED
    print(f"สร้างฐานข้อมูลตัวอย่างแล้ว / demo database written: {args.path}")
    print(summary)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from wangmuang_desk.db.integrity import check_database

    report = check_database(args.path)
    print(f"file: {args.path}")
    print(f"schema: {report.revision or '-'} (program: {report.head_revision})")
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    for note in report.notes:
        print(note)
    for problem in report.problems:
        _say(problem)
    if not report.ok:
        # The full check runs here every time and never vouches for a file (no stamp is
        # written); a file it refuses must not be trusted by the GUI's next start either.
        from wangmuang_desk.db import verified_stamp

        try:
            verified_stamp.discard(args.path)
        except OSError as exc:
            _say(f"ลบตราตรวจสอบไม่ได้ / could not remove the verified stamp: {exc}")
    print("ผลตรวจ: ใช้งานได้ / result: OK" if report.ok else "ผลตรวจ: มีปัญหา / result: FAILED")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from wangmuang_desk.db.backup import backup_database
    from wangmuang_desk.db.schema import is_sqlite_file

    if not args.path.is_file() or not is_sqlite_file(args.path):
        _say(f"ไม่พบฐานข้อมูลที่ใช้ได้ / not a database file: {args.path}")
        return EXIT_FAILED
    if args.out.exists():
        _say(f"มีไฟล์นี้อยู่แล้ว จะไม่เขียนทับ / refusing to overwrite: {args.out}")
        return EXIT_FAILED
    try:
        out = backup_database(args.path, args.out)
    except Exception as exc:  # reported, never a half-written file (backup_database cleans up)
        _say(f"สำรองข้อมูลไม่สำเร็จ / backup failed: {exc}")
        return EXIT_FAILED
    print(f"สำรองข้อมูลแล้ว / backup written: {out}")
    return EXIT_OK


def _plain_gui(argv: list[str]) -> tuple[Path | None] | None:
    """The database of a plain GUI command line (none, or `--db FILE`), else None.

    What argparse would make of these two, without loading and building it (about 10 ms of
    every start); anything else, even `--db=FILE`, goes through the parser as ever.
    """
    if not argv:
        return (None,)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return (Path(argv[1]),)
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    plain = _plain_gui(argv)
    if plain is not None:
        return _gui(plain[0])
    args = _parser().parse_args(argv)
    if args.version:
        from wangmuang_desk import __version__

        print(__version__)
        return EXIT_OK
    commands = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup,
                "groups": cmd_groups, "export": cmd_export,
                "trainings": cmd_trainings}
    if args.command in commands:
        return commands[args.command](args)
    return _gui(args.db)


def _gui(db: Path | None) -> int:
    path, opening = _open_before_qt(db)
    from wangmuang_desk.app import run_gui

    return run_gui(path, opening)


def _open_before_qt(db: Path | None) -> tuple[Path, Callable[[], Workspace]]:
    """Start opening the database before Qt and the screens load (app.py).

    The damage check of a large file, which reads all of it, then runs in the background
    while they load instead of after them (design.md, start-up budget). What the opening
    found is shown by run_gui. Returns the file and the opening (workspace.start_opening).
    """
    # The start makes ~120,000 long-lived objects (modules, classes, mappers, widgets) and
    # hardly any garbage, yet the cyclic collector would walk them all again and again while
    # they are made. It is paused until the window is shown (app.DeskApp.show_window).
    gc.disable()
    from wangmuang_desk.logging_setup import setup_logging
    from wangmuang_desk.paths import default_database_path
    from wangmuang_desk.services.workspace import start_opening

    setup_logging()  # the opening logs what it does; run_gui's own call then changes nothing
    path = db or default_database_path()
    return path, start_opening(path, hold_backup=True)  # the backup: once the window is up
