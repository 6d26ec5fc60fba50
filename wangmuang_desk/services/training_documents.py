"""A round's printed documents: the data each takes, read from the database, and the file.

Sign-in sheets, certificates, the satisfaction summary and the project report. Each export
is written to the export log (PDPA: the office must know who printed whose names). The report
builders (reportlab) are imported only when a document is made.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from wangmuang_desk.db.engine import Database
from wangmuang_desk.db.models import Partner, Speaker, Trainee, TrainingVillage
from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from wangmuang_desk.services.export_log import log_export
from wangmuang_desk.services.office import OfficeService
from wangmuang_desk.services.rows import OfficeData, SignatoryData
from wangmuang_desk.services.training_budget import TrainingBudgetService
from wangmuang_desk.services.training_common import live_training
from wangmuang_desk.services.training_doc_rows import (
    CertificateBatch,
    CertificateData,
    DocBudgetLine,
    DocPartner,
    DocResult,
    DocSession,
    DocSpeaker,
    DocTrainee,
    SignInSheetData,
    SurveyReportData,
    TestMeans,
    TrainingDocData,
    count_by_village,
)
from wangmuang_desk.services.training_evaluation import certificate_rows, evaluate
from wangmuang_desk.services.training_rows import SessionRow
from wangmuang_desk.services.training_sessions import (
    attendance_marks,
    sessions_of,
    trainees_of,
)


def default_signatory(office: OfficeData) -> SignatoryData | None:
    return next((s for s in office.signatories if s.is_default),
                office.signatories[0] if office.signatories else None)


def round_hours(t, sessions: list[SessionRow]) -> Decimal | None:
    """The round's length: as planned, else the hours of its sessions added up."""
    return t.duration_hours or sum((r.data.hours for r in sessions if r.data.hours), None)


class TrainingDocuments:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # --- the data ------------------------------------------------------------------------
    def sign_in_data(self, training_id: int) -> SignInSheetData:
        office = OfficeService(self.db).profile()
        with self.db.session() as s:
            t = live_training(s, training_id)
            return SignInSheetData(
                office, t.title, t.fiscal_year,
                tuple(DocSession.from_row(r) for r in sessions_of(s, training_id)),
                tuple(DocTrainee.from_row(r) for r in trainees_of(s, training_id)),
                t.thai_digits)

    def certificate_batch(self, training_id: int, certificate_ids: list[int] | None = None
                          ) -> CertificateBatch:
        office = OfficeService(self.db).profile()
        with self.db.session() as s:
            t = live_training(s, training_id)
            rows = certificate_rows(s, Trainee.training_id == training_id)
            if certificate_ids is not None:
                rows = [r for r in rows if r.id in set(certificate_ids)]
            if not rows:
                raise ValidationError.single("certificates", QT_TRANSLATE_NOOP(
                    "Validation", "No certificate has been issued for this round yet (step 8)."))
            sessions = sessions_of(s, training_id)
            hours = round_hours(t, sessions)
            start = sessions[0].data.session_date if sessions else t.planned_start
            end = sessions[-1].data.session_date if sessions else t.planned_end
            partner = s.scalars(select(Partner.agency).where(
                Partner.training_id == training_id).order_by(Partner.id)).first() or ""
            # The course is its topic ("การทำไม้กวาดดอกหญ้า"), not the project's long title.
            course = t.topic.strip() or t.title
            return CertificateBatch(
                office, tuple(CertificateData.from_row(r, course, start, end, hours)
                              for r in rows), t.thai_digits, partner)

    def survey_data(self, training_id: int) -> SurveyReportData:
        from wangmuang_desk.services.training_survey import SurveyService

        office = OfficeService(self.db).profile()
        survey = SurveyService(self.db).summary(training_id)
        if not survey.respondents:
            raise ValidationError.single("survey", QT_TRANSLATE_NOOP(
                "Validation", "No satisfaction survey response has been entered yet (step 9)."))
        with self.db.session() as s:
            t = live_training(s, training_id)
            sessions = sessions_of(s, training_id)
            return SurveyReportData(
                office, t.title, survey,
                sessions[0].data.session_date if sessions else t.planned_start,
                sessions[-1].data.session_date if sessions else t.planned_end,
                t.venue, t.thai_digits, default_signatory(office), t.fiscal_year)

    def report_data(self, training_id: int) -> TrainingDocData:
        from wangmuang_desk.services.training_survey import SurveyService

        office_service = OfficeService(self.db)
        office = office_service.profile()
        villages = {v.id: v for v in office_service.villages()}
        budget = TrainingBudgetService(self.db).summary(training_id)
        survey = SurveyService(self.db).summary(training_id)
        with self.db.session() as s:
            t = live_training(s, training_id)
            summary = evaluate(s, t)
            sessions = sessions_of(s, training_id)
            trainees = tuple(DocTrainee.from_row(r) for r in trainees_of(s, training_id))
            results = tuple(DocResult.from_result(r) for r in summary.results)
            marks = attendance_marks(s, training_id)
            village_ids = s.scalars(select(TrainingVillage.village_id).where(
                TrainingVillage.training_id == training_id)).all()
            tested = sum(1 for r in summary.results if r.trainee.pre_score is not None
                         and r.trainee.post_score is not None)
            hours = round_hours(t, sessions)
            return TrainingDocData(
                office=office, title=t.title, fiscal_year=t.fiscal_year, topic=t.topic,
                rationale=t.rationale, objectives=t.objectives,
                target_description=t.target_description, target_count=t.target_count,
                villages=tuple(sorted((villages[v] for v in village_ids if v in villages),
                                      key=lambda v: v.moo)),
                planned_start=sessions[0].data.session_date if sessions else t.planned_start,
                planned_end=sessions[-1].data.session_date if sessions else t.planned_end,
                venue=t.venue, hours=hours, thai_digits=t.thai_digits,
                attendance_threshold=t.attendance_threshold, pass_mark=t.pass_mark,
                partners=tuple(DocPartner(p.agency, p.role) for p in s.scalars(
                    select(Partner).where(Partner.training_id == training_id)
                    .order_by(Partner.id))),
                speakers=tuple(DocSpeaker(p.name, p.agency, p.is_state_staff) for p in s.scalars(
                    select(Speaker).where(Speaker.training_id == training_id)
                    .order_by(Speaker.id))),
                budget_lines=tuple(DocBudgetLine.from_row(r) for r in budget.lines),
                council_ref=t.council_ref, council_on=t.council_on,
                approved_amount=t.approved_amount,
                sessions=tuple(DocSession.from_row(r) for r in sessions), trainees=trainees,
                marks=marks, results=results,
                test=TestMeans(summary.mean_pre, summary.mean_post, summary.gain, tested)
                if tested else None,
                survey=survey if survey.respondents else None,
                problems=t.problems, suggestions=t.suggestions,
                participants_by_village=count_by_village(trainees, results),
                preparer=None, signatory=default_signatory(office), report_date=self.today(),
            )

    # --- the files -----------------------------------------------------------------------
    def sign_in_sheet(self, training_id: int, out: Path, session_no: int | None = None, *,
                      session_id: int | None = None) -> tuple[Path, int]:
        """The sheet of one session (by its number or id) or, with neither, of every session.
        LookupError when the round has no such session."""
        from wangmuang_desk.reports.training_sign_in import (
            build_sign_in_sheet,
            build_sign_in_sheets,
        )

        data = self.sign_in_data(training_id)
        if session_no is None and session_id is None:
            path = build_sign_in_sheets(data, out) if data.sessions else \
                build_sign_in_sheet(data, None, out)
        else:
            session = next((x for x in data.sessions if x.seq == session_no
                            or (session_id is not None and x.id == session_id)), None)
            if session is None:
                raise LookupError(session_no or session_id)
            path = build_sign_in_sheet(data, session, out)
        log_export(self.db, "sign-in-sheet", f"{path} (training {training_id})",
                   len(data.trainees))
        return path, len(data.trainees)

    def certificates(self, training_id: int, out: Path,
                     certificate_ids: list[int] | None = None) -> tuple[Path, int]:
        from wangmuang_desk.reports.training_certificates import build_certificates

        batch = self.certificate_batch(training_id, certificate_ids)
        path = build_certificates(batch, out)
        log_export(self.db, "certificates", f"{path} (training {training_id})",
                   len(batch.certificates))
        return path, len(batch.certificates)

    def survey_summary(self, training_id: int, out: Path) -> tuple[Path, int]:
        from wangmuang_desk.reports.training_survey_summary import build_survey_summary

        data = self.survey_data(training_id)
        path = build_survey_summary(data, out)
        log_export(self.db, "survey-summary", f"{path} (training {training_id})",
                   data.survey.respondents)
        return path, data.survey.respondents

    def report(self, training_id: int, out: Path) -> tuple[Path, int]:
        from wangmuang_desk.reports.training_report import build_training_report

        data = self.report_data(training_id)
        path = build_training_report(data, out)
        log_export(self.db, "training-report", f"{path} (training {training_id})",
                   len(data.trainees))
        return path, len(data.trainees)
