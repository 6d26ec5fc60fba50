"""Step 3 of a round: its speakers (local sages or outside), partner agencies of a joint round
and the checklist of documents and materials to prepare."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import (
    ChecklistItem,
    Partner,
    Person,
    Sage,
    Speaker,
    TrainingSession,
)
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from wangmuang_desk.services.training_common import live_training, set_step
from wangmuang_desk.services.training_rows import (
    ChecklistInput,
    PartnerInput,
    PreparationInput,
    SpeakerInput,
)

# The manual's step 3 names these; a new round starts with them on its checklist.
DEFAULT_CHECKLIST = (
    "หนังสือเชิญวิทยากร",
    "หนังสือประสานหน่วยงานร่วม / ผู้นำหมู่บ้าน",
    "จองสถานที่ เครื่องเสียง และอุปกรณ์นำเสนอ",
    "เอกสารประกอบการอบรม",
    "วัสดุอุปกรณ์สำหรับฝึกปฏิบัติ",
    "ใบลงทะเบียน / ลงลายมือชื่อผู้เข้ารับการอบรม",
    "แบบทดสอบก่อนและหลังการอบรม",
    "แบบประเมินความพึงพอใจ",
    "ป้ายโครงการ",
    "อาหารและเครื่องดื่ม",
)


def sage_choices(s: Session) -> list[tuple[int, str, str]]:
    """(sage id, name, branch or expertise) of the sages who can teach."""
    rows = s.execute(select(Sage.id, Person.title, Person.first_name, Person.last_name,
                            Sage.branch, Sage.expertise)
                     .join(Person, Sage.person_id == Person.id)
                     .where(Sage.deleted_at.is_(None), Person.deleted_at.is_(None),
                            Sage.can_teach.is_(True))
                     .order_by(Person.first_name, Person.last_name))
    return [(r[0], f"{r[1]}{r[2]} {r[3]}".strip(), r[4] or (r[5] or "")[:60]) for r in rows]


def check_preparation(s: Session, training_id: int, data: PreparationInput
                      ) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for i, sp in enumerate(data.speakers):
        if not sp.name.strip():
            problems.append(FieldProblem(f"speakers.{i}.name", QT_TRANSLATE_NOOP(
                "Validation", "Enter the speaker's name.")))
        if sp.sage_id is not None:
            sage = s.get(Sage, sp.sage_id)
            if sage is None or sage.deleted_at is not None:
                problems.append(FieldProblem(f"speakers.{i}.sage_id", QT_TRANSLATE_NOOP(
                    "Validation", "This local sage is no longer in the registry.")))
    for i, p in enumerate(data.partners):
        if not p.agency.strip():
            problems.append(FieldProblem(f"partners.{i}.agency", QT_TRANSLATE_NOOP(
                "Validation", "Enter the name of the partner agency.")))
    for i, c in enumerate(data.checklist):
        if not c.label.strip():
            problems.append(FieldProblem(f"checklist.{i}.label", QT_TRANSLATE_NOOP(
                "Validation", "Enter what is to be prepared, or remove the empty line.")))
    kept = {sp.id for sp in data.speakers if sp.id is not None}
    teaching = s.execute(select(Speaker.name).join(
        TrainingSession, TrainingSession.speaker_id == Speaker.id).where(
        Speaker.training_id == training_id, Speaker.id.not_in(kept)).distinct()).scalars().all()
    for name in teaching:
        problems.append(FieldProblem("speakers", QT_TRANSLATE_NOOP(
            "Validation", "{name} teaches a session of this round; change that session's "
            "speaker before removing them."), {"name": name}))
    return problems


def _replace(s: Session, model, training_id: int, rows: list, fields: tuple[str, ...]) -> None:
    """Make the round's rows of `model` exactly `rows`: update kept ids, add new, drop the rest."""
    existing = {r.id: r for r in s.scalars(select(model).where(model.training_id == training_id))}
    keep = set()
    for row in rows:
        record = existing.get(row.id) if row.id is not None else None
        if record is None:
            record = model(training_id=training_id)
            s.add(record)
        else:
            keep.add(record.id)
        for name in fields:
            value = getattr(row, name)
            setattr(record, name, value.strip() if isinstance(value, str) else value)
    for record_id, record in existing.items():
        if record_id not in keep:
            s.delete(record)


class TrainingPreparationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, training_id: int) -> PreparationInput:
        with self.db.session() as s:
            live_training(s, training_id)

            def rows(model):
                return s.scalars(select(model).where(model.training_id == training_id)
                                 .order_by(model.id)).all()
            return PreparationInput(
                speakers=[SpeakerInput(r.name, r.agency, r.is_state_staff, r.sage_id, r.id)
                          for r in rows(Speaker)],
                partners=[PartnerInput(r.agency, r.role, r.id) for r in rows(Partner)],
                checklist=[ChecklistInput(r.label, r.done, r.id) for r in rows(ChecklistItem)],
            )

    def default_checklist(self) -> list[ChecklistInput]:
        return [ChecklistInput(label) for label in DEFAULT_CHECKLIST]

    def sages(self) -> list[tuple[int, str, str]]:
        with self.db.session() as s:
            return sage_choices(s)

    def save(self, training_id: int, data: PreparationInput) -> None:
        """Replace the round's speakers, partners and checklist with these, in one go."""
        with self.db.session() as s:
            save_preparation(s, training_id, data)
            if data.speakers:
                set_step(s, training_id, 3, True, date.today())


def save_preparation(s: Session, training_id: int, data: PreparationInput) -> None:
    live_training(s, training_id)
    problems = check_preparation(s, training_id, data)
    if problems:
        raise ValidationError(problems)
    _replace(s, Speaker, training_id, data.speakers,
             ("name", "agency", "is_state_staff", "sage_id"))
    _replace(s, Partner, training_id, data.partners, ("agency", "role"))
    _replace(s, ChecklistItem, training_id, data.checklist, ("label", "done"))
