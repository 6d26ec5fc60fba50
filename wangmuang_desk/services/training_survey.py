"""Step 9 of a round: the satisfaction survey (domain.md §3.3, §6).

The form. Each round has its own statements (SurveyItem rows with its training_id), grouped
by aspect. A round that has none yet shows the office template (training_id NULL). Reading
never writes: the template is copied into the round only by the first action that needs
rows of its own, i.e. the first `save_items` (its list becomes the round's form) or the first
`save_response` (the template is copied and the answers, keyed by template item ids, are moved
onto the copies). From then on, edits of the template no longer reach that round, so the
numbers of a finished survey never change behind staff's back.

Blank answers. Paper forms come back with gaps: an item may be left without an answer (no
answer row), but a response needs at least one answer. Statistics count the answers there
are, so n differs between items.

Answered statements are kept. `save_items` refuses (ValidationError, nothing written) to
remove a statement that already has answers, naming it; staff may still reword or move it,
or delete the responses first.

Numbers. Per item, per aspect (over all answers of the aspect's items) and overall (over all
answers of the form): n, mean and sample S.D. (two decimals), and the band of the rounded mean
from the office's band table (app_setting `survey_bands`, the half-point table by default).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import AppSetting, SurveyAnswer, SurveyItem, SurveyResponse
from wangmuang_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from wangmuang_desk.services.training_common import live_training
from wangmuang_desk.services.training_rows import (
    SCORE_MAX,
    SCORE_MIN,
    Band,
    ScoreStats,
    SurveyItemInput,
    SurveyItemRow,
    SurveyResponseInput,
    SurveySummary,
)
from wangmuang_desk.services.training_rules import (
    BANDS_SETTING,
    band_of,
    bands_from_setting,
    bands_to_setting,
    check_bands,
    mean,
    sample_sd,
)


def item_rows(s: Session, training_id: int | None) -> list[SurveyItem]:
    """The statements of a round (None: of the office template), in form order."""
    owner = (SurveyItem.training_id.is_(None) if training_id is None
             else SurveyItem.training_id == training_id)
    return list(s.scalars(select(SurveyItem).where(owner).order_by(
        SurveyItem.sort_order, SurveyItem.id)))


def copy_template(s: Session, training_id: int) -> dict[int, int]:
    """Give a round its own copy of the office template: template item id → the copy's id."""
    copies = {}
    for item in item_rows(s, None):
        copy = SurveyItem(training_id=training_id, aspect=item.aspect, text=item.text,
                          sort_order=item.sort_order)
        s.add(copy)
        copies[item.id] = copy
    s.flush()
    return {template_id: copy.id for template_id, copy in copies.items()}


def answer_counts(s: Session, training_id: int) -> dict[int, int]:
    return dict(s.execute(select(SurveyAnswer.item_id, func.count()).join(
        SurveyResponse, SurveyAnswer.response_id == SurveyResponse.id).where(
        SurveyResponse.training_id == training_id).group_by(SurveyAnswer.item_id)).all())


def grouped(items: Sequence[SurveyItemInput]) -> list[SurveyItemInput]:
    """Statements of one aspect together, aspects in order of first appearance (the printed
    form has one heading per aspect), order within an aspect kept."""
    aspects: dict[str, list[SurveyItemInput]] = {}
    for item in items:
        aspects.setdefault(item.aspect, []).append(item)
    return [item for group in aspects.values() for item in group]


def check_items(items: Sequence[SurveyItemInput]) -> tuple[list[FieldProblem],
                                                            list[SurveyItemInput]]:
    """Problems (field "item.N", N from 1 in the list given) and the cleaned, grouped list."""
    problems: list[FieldProblem] = []
    cleaned = []
    if not items:
        problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
            "Validation", "The form needs at least one statement.")))
    for number, item in enumerate(items, start=1):
        aspect, text = (item.aspect or "").strip(), (item.text or "").strip()
        if not aspect:
            problems.append(FieldProblem(f"item.{number}", QT_TRANSLATE_NOOP(
                "Validation", "Statement {row}: enter its aspect."), {"row": number}))
        if not text:
            problems.append(FieldProblem(f"item.{number}", QT_TRANSLATE_NOOP(
                "Validation", "Statement {row}: enter the statement."), {"row": number}))
        cleaned.append(SurveyItemInput(aspect, text, item.id))
    return problems, grouped(cleaned)


def stats(label: str, values: Sequence[int], bands: Sequence[Band]) -> ScoreStats:
    average = mean(values)
    return ScoreStats(label, len(values), average, sample_sd(values), band_of(average, bands))


class SurveyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the form ------------------------------------------------------------------------
    def items(self, training_id: int) -> list[SurveyItemRow]:
        """The round's statements in form order; the office template while it has none."""
        with self.db.session() as s:
            rows = item_rows(s, training_id) or item_rows(s, None)
            return [SurveyItemRow(i.id, i.aspect, i.text, i.sort_order) for i in rows]

    def has_own_items(self, training_id: int) -> bool:
        """False while the round still shows the office template."""
        with self.db.session() as s:
            return s.scalar(select(SurveyItem.id).where(
                SurveyItem.training_id == training_id).limit(1)) is not None

    def answer_counts(self, training_id: int) -> dict[int, int]:
        """Item id → how many answers it has (items without answers are left out)."""
        with self.db.session() as s:
            return answer_counts(s, training_id)

    def save_items(self, training_id: int, items: list[SurveyItemInput]) -> list[SurveyItemRow]:
        """Make `items` the round's form: ids of the round's statements are updated, items
        without an id (or with an id of the office template) are added, statements left out
        are removed. Removing a statement that has answers is refused."""
        with self.db.session() as s:
            live_training(s, training_id)
            self._write_items(s, training_id, items)
            return [SurveyItemRow(i.id, i.aspect, i.text, i.sort_order)
                    for i in item_rows(s, training_id)]

    def template_items(self) -> list[SurveyItemRow]:
        with self.db.session() as s:
            return [SurveyItemRow(i.id, i.aspect, i.text, i.sort_order)
                    for i in item_rows(s, None)]

    def save_template(self, items: list[SurveyItemInput]) -> list[SurveyItemRow]:
        """The office template for rounds that have no form of their own yet."""
        with self.db.session() as s:
            self._write_items(s, None, items)
            return [SurveyItemRow(i.id, i.aspect, i.text, i.sort_order)
                    for i in item_rows(s, None)]

    def _write_items(self, s: Session, training_id: int | None,
                     items: Sequence[SurveyItemInput]) -> None:
        problems, cleaned = check_items(items)
        existing = {i.id: i for i in item_rows(s, training_id)}
        template_ids = set() if training_id is None else {i.id for i in item_rows(s, None)}
        for number, item in enumerate(items, start=1):
            if item.id is not None and item.id not in existing and item.id not in template_ids:
                problems.append(FieldProblem(f"item.{number}", QT_TRANSLATE_NOOP(
                    "Validation", "Statement {row} is no longer on the form; reopen it."),
                    {"row": number}))
        kept = {i.id for i in cleaned if i.id in existing}
        counts = answer_counts(s, training_id) if training_id is not None else {}
        for item_id, item in existing.items():
            if item_id not in kept and counts.get(item_id):
                problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
                    "Validation", "“{text}” already has {count} answer(s) and is kept: delete "
                    "those responses first to remove it."),
                    {"text": item.text, "count": counts[item_id]}))
        if problems:
            raise ValidationError(problems)
        for item_id, item in existing.items():
            if item_id not in kept:
                s.delete(item)
        for order, data in enumerate(cleaned, start=1):
            item = existing.get(data.id) if data.id in kept else None
            if item is None:
                item = SurveyItem(training_id=training_id)
                s.add(item)
            item.aspect, item.text, item.sort_order = data.aspect, data.text, order
        s.flush()

    # --- responses -----------------------------------------------------------------------
    def responses(self, training_id: int) -> list[SurveyResponseInput]:
        """Every response of the round by respondent number, answers as item id → score."""
        with self.db.session() as s:
            rows = list(s.scalars(select(SurveyResponse).where(
                SurveyResponse.training_id == training_id).order_by(
                SurveyResponse.respondent_no, SurveyResponse.id)))
            scores: dict[int, dict[int, int]] = {r.id: {} for r in rows}
            for response_id, item_id, score in s.execute(select(
                    SurveyAnswer.response_id, SurveyAnswer.item_id, SurveyAnswer.score).join(
                    SurveyResponse, SurveyAnswer.response_id == SurveyResponse.id).where(
                    SurveyResponse.training_id == training_id)):
                scores[response_id][item_id] = score
            return [SurveyResponseInput(r.respondent_no, scores[r.id], r.problems,
                                        r.suggestions, r.id) for r in rows]

    def next_respondent_no(self, training_id: int) -> int:
        """One more than the highest number used in the round (1 for the first)."""
        with self.db.session() as s:
            return (s.scalar(select(func.max(SurveyResponse.respondent_no)).where(
                SurveyResponse.training_id == training_id)) or 0) + 1

    def save_response(self, training_id: int, data: SurveyResponseInput) -> int:
        """Add (data.id None) or replace one respondent's form; returns its id. Scores are
        keyed by the item ids `items()` gave, template ids included while the round has no
        form of its own (the template is then copied into the round)."""
        with self.db.session() as s:
            live_training(s, training_id)
            response = None
            if data.id is not None:
                response = s.get(SurveyResponse, data.id)
                if response is None or response.training_id != training_id:
                    raise NotFoundError(data.id)
            own = {i.id for i in item_rows(s, training_id)}
            moved: dict[int, int] = {}
            if not own:
                moved = copy_template(s, training_id)
                own = set(moved.values())
            problems = self._check_response(s, training_id, data, own | set(moved))
            if problems:
                raise ValidationError(problems)
            if response is None:
                response = SurveyResponse(training_id=training_id)
                s.add(response)
            response.respondent_no = data.respondent_no
            response.problems = (data.problems or "").strip()
            response.suggestions = (data.suggestions or "").strip()
            s.flush()
            s.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response.id))
            s.add_all(SurveyAnswer(response_id=response.id, item_id=moved.get(item, item),
                                   score=score)
                      for item, score in data.scores.items() if score is not None)
            return response.id

    @staticmethod
    def _check_response(s: Session, training_id: int, data: SurveyResponseInput,
                        known: set[int]) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        if data.respondent_no is None or data.respondent_no < 1:
            problems.append(FieldProblem("respondent_no", QT_TRANSLATE_NOOP(
                "Validation", "Respondent numbers start at 1.")))
        else:
            taken = s.scalar(select(SurveyResponse.id).where(
                SurveyResponse.training_id == training_id,
                SurveyResponse.respondent_no == data.respondent_no,
                SurveyResponse.id != (data.id or 0)).limit(1))
            if taken is not None:
                problems.append(FieldProblem("respondent_no", QT_TRANSLATE_NOOP(
                    "Validation", "Respondent {number} is already entered for this round."),
                    {"number": data.respondent_no}))
        answers = {k: v for k, v in data.scores.items() if v is not None}
        if not answers:
            problems.append(FieldProblem("scores", QT_TRANSLATE_NOOP(
                "Validation", "Enter at least one answer.")))
        if any(not isinstance(v, int) or not SCORE_MIN <= v <= SCORE_MAX
               for v in answers.values()):
            problems.append(FieldProblem("scores", QT_TRANSLATE_NOOP(
                "Validation", "Each answer is a score from {low} to {high}."),
                {"low": SCORE_MIN, "high": SCORE_MAX}))
        if set(answers) - known:
            problems.append(FieldProblem("scores", QT_TRANSLATE_NOOP(
                "Validation", "Some statements are no longer on the form; reopen it.")))
        return problems

    def delete_response(self, response_id: int) -> None:
        with self.db.session() as s:
            response = s.get(SurveyResponse, response_id)
            if response is None:
                raise NotFoundError(response_id)
            s.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response_id))
            s.delete(response)

    # --- the numbers ---------------------------------------------------------------------
    def summary(self, training_id: int) -> SurveySummary:
        with self.db.session() as s:
            bands = bands_from_setting(_setting(s))
            items = item_rows(s, training_id) or item_rows(s, None)
            responses = list(s.scalars(select(SurveyResponse).where(
                SurveyResponse.training_id == training_id).order_by(
                SurveyResponse.respondent_no, SurveyResponse.id)))
            scores: dict[int, list[int]] = {i.id: [] for i in items}
            for item_id, score in s.execute(select(SurveyAnswer.item_id, SurveyAnswer.score)
                                            .join(SurveyResponse,
                                                  SurveyAnswer.response_id == SurveyResponse.id)
                                            .where(SurveyResponse.training_id == training_id)):
                if item_id in scores:
                    scores[item_id].append(score)
            by_aspect: dict[str, list[int]] = {}
            for item in items:
                by_aspect.setdefault(item.aspect, []).extend(scores[item.id])
            return SurveySummary(
                respondents=len(responses),
                items=tuple((i.aspect, stats(i.text, scores[i.id], bands)) for i in items),
                aspects=tuple(stats(a, v, bands) for a, v in by_aspect.items()),
                overall=stats("", [v for values in scores.values() for v in values], bands),
                problems=tuple(r.problems for r in responses if r.problems),
                suggestions=tuple(r.suggestions for r in responses if r.suggestions),
                bands=bands,
            )

    # --- the band table (office setting) -------------------------------------------------
    def bands(self) -> tuple[Band, ...]:
        with self.db.session() as s:
            return bands_from_setting(_setting(s))

    def save_bands(self, bands: Sequence[Band]) -> tuple[Band, ...]:
        """Store the office's band table, highest band first; refused when check_bands finds
        a problem (field "bands")."""
        cleaned = tuple(sorted((Band(b.lower, b.upper, b.label.strip()) for b in bands),
                               key=lambda b: b.lower, reverse=True))
        problem = check_bands(cleaned)
        if problem:
            raise ValidationError.single("bands", problem)
        with self.db.session() as s:
            s.merge(AppSetting(key=BANDS_SETTING, value=bands_to_setting(cleaned)))
        return cleaned


def _setting(s: Session) -> str | None:
    row = s.get(AppSetting, BANDS_SETTING)
    return row.value if row is not None else None
