"""The command line of training rounds: `trainings PATH` and the `export` of a round's
sign-in sheets, certificates and project report (issue 4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
DOCUMENTS = ("sign-in-sheet", "certificates", "training-report")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def add_commands(sub, export_what) -> None:
    trainings = sub.add_parser(
        "trainings", help="list training rounds (tab-separated: id, fiscal year, title, "
        "trainees, sessions, certified)")
    trainings.add_argument("path", type=Path)
    for name, help_text in (
        ("sign-in-sheet", "the sign-in sheet of a round's sessions (PDF)"),
        ("certificates", "the certificates of a round, one per page (PDF)"),
        ("training-report", "the project report of a round (PDF)"),
    ):
        doc = export_what.add_parser(name, help=help_text)
        doc.add_argument("path", type=Path)
        doc.add_argument("--training", type=int, required=True)
        if name == "sign-in-sheet":
            doc.add_argument("--session", type=int,
                             help="the session number (1, 2, ...); all sessions when left out")
        doc.add_argument("--out", type=Path, required=True)


def cmd_trainings(args: argparse.Namespace, open_existing) -> int:
    from wangmuang_desk.services.listing import ListQuery
    from wangmuang_desk.services.trainings import TrainingService

    db = open_existing(args.path)
    if db is None:
        return EXIT_FAILED
    try:
        service, query, offset = TrainingService(db), ListQuery(sort_key="fiscal_year"), 0
        while rows := service.fetch(query, offset, 500):
            for r in rows:
                print("\t".join(str(v) for v in (
                    r.id, r.fiscal_year, r.title, r.trainee_count, r.session_count,
                    r.certified_count)))
            offset += len(rows)
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        db.dispose()
    return EXIT_OK


def cmd_export_training(args: argparse.Namespace, open_existing) -> int:
    """Write one of a round's documents; a missing round or session is a message, not a file."""
    from wangmuang_desk.services.errors import NotFoundError, ValidationError
    from wangmuang_desk.services.training_documents import TrainingDocuments

    db = open_existing(args.path)
    if db is None:
        return EXIT_FAILED
    try:
        documents = TrainingDocuments(db)
        try:
            if args.what == "sign-in-sheet":
                out, count = documents.sign_in_sheet(args.training, args.out, args.session)
            elif args.what == "certificates":
                out, count = documents.certificates(args.training, args.out)
            else:
                out, count = documents.report(args.training, args.out)
        except NotFoundError:
            _say(f"ไม่พบการฝึกอบรมรหัส {args.training} / no training round with id "
                 f"{args.training}")
            return EXIT_FAILED
        except LookupError:
            _say(f"ไม่พบครั้งที่ {args.session} ของการฝึกอบรมนี้ / this round has no session "
                 f"{args.session}")
            return EXIT_FAILED
        except ValidationError as exc:
            _say(f"ยังออกเอกสารนี้ไม่ได้ / the document cannot be made yet: {exc}")
            return EXIT_FAILED
        except OSError as exc:
            _say(f"เขียนไฟล์ไม่สำเร็จ / could not write the file: {exc}")
            return EXIT_FAILED
        print(f"เขียนเอกสารแล้ว ({count} รายการ) / written ({count} records): {out}")
        return EXIT_OK
    finally:
        db.dispose()
