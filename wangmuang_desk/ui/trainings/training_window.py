"""A training round's workspace: the manual's ten steps down the side, each with its state, and
the chosen step's panel beside them. Any step may be opened and marked done in any order: the
manual's order is the usual one, not a rule.

Panels are made the first time their step is opened and reload each time it is shown (unless
they hold unsaved edits), so a step always shows what the others have just changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import NotFoundError, ValidationError
from wangmuang_desk.services.training_rows import TrainingDetail
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.ui.groups.group_widgets import confirm_discard
from wangmuang_desk.ui.groups.tab_helpers import ask
from wangmuang_desk.ui.trainings import step_pages, training_documents
from wangmuang_desk.ui.trainings.labels import status_label, step_label
from wangmuang_desk.ui.trainings.step_list import StepList, done_text, step_hint
from wangmuang_desk.ui.widgets.form_errors import problem_text
from wangmuang_desk.ui.widgets.form_layout import hint_label

translate = QCoreApplication.translate

# Which panel each step shows: steps 1 and 2 share the round's form.
PAGE_OF_STEP = {1: "round", 2: "round", 3: "preparation", 4: "budget", 5: "approval",
                6: "sessions", 7: "evaluation", 8: "certificates", 9: "survey",
                10: "follow_up"}
_BADGE_COLOURS = {
    "planning": ("#fff3cd", "#6b4e00"), "approved": ("#d7e8fb", "#0b3d75"),
    "running": ("#d4f0dc", "#175c2b"), "completed": ("#c9ede8", "#0c5149"),
    "cancelled": ("#d0d0d0", "#222222"),
}


class TrainingWindow(QDialog):
    """TrainingWindow(services, training_id, parent=None, documents=None): non-modal; open
    with show(). `documents` (see training_documents.TrainingDocuments) makes the printed
    documents; without it their buttons are hidden. `changed` is True once anything was saved
    (the list of rounds refreshes), and roundChanged(id) says so at once."""

    roundChanged = Signal(int)

    def __init__(self, services, training_id: int, parent: QWidget | None = None, *,
                 documents=None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingWindow")
        self.services = services
        self.training_id = training_id
        self.documents = documents
        self.detail: TrainingDetail | None = None
        self.changed = False
        self._pages: dict[str, QWidget] = {}
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.title_label = QLabel(objectName="roundTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel(objectName="statusBadge")
        self.details = QLabel(objectName="roundDetails")
        self.status_button = QPushButton(translate("TrainingWindow", "Change status…"),
                                         objectName="changeStatus")
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.documents_button = QPushButton(translate("TrainingWindow", "Documents"),
                                            objectName="documents")
        self.documents_menu = self._documents_menu()
        self.documents_button.setMenu(self.documents_menu)
        self.documents_button.setVisible(documents is not None)
        close = QPushButton(translate("TrainingWindow", "Close"), objectName="close")
        close.clicked.connect(self.reject)
        for button in (self.status_button, self.documents_button, close):
            button.setAutoDefault(False)
        for button in (self.status_button, self.documents_button):
            # The style's size hint leaves no room for the menu arrow: the text was cut.
            button.setMinimumWidth(button.sizeHint().width() + 24)

        self.steps = StepList()
        self.steps.setMinimumWidth(260)
        self.steps.currentRowChanged.connect(lambda _row: self._step_chosen())
        self.step_title = QLabel(objectName="stepTitle")
        bold = self.step_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.step_title.setFont(bold)
        self.step_hint = hint_label("")
        self.stack = QStackedWidget(objectName="stepPanels")
        self.step_state = QLabel(objectName="stepState")
        self.done_button = QPushButton(objectName="markDone")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.toggle_done)

        heading = QHBoxLayout()
        names = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.badge)
        names.addLayout(title_row)
        names.addWidget(self.details)
        heading.addLayout(names, 1)
        heading.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.documents_button, 0, Qt.AlignmentFlag.AlignTop)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        # The step's state and its button sit beside its name: every row of height counts
        # on a 768-pixel screen.
        step_heading = QHBoxLayout()
        step_heading.addWidget(self.step_title, 1)
        step_heading.addWidget(self.step_state)
        step_heading.addWidget(self.done_button)
        right_layout.addLayout(step_heading)
        right_layout.addWidget(self.step_hint)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 900])

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.refresh()  # NotFoundError for a round that is gone: the caller says so
        self.steps.setCurrentRow(0)
        self.resize(self._natural_size())

    # -- the round -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the header and the step list from the services."""
        self.detail = detail = self.services.trainings.get(self.training_id)
        data = detail.data
        self.setWindowTitle(translate("TrainingWindow", "Training round: {title}").format(
            title=data.title))
        self.title_label.setText(data.title)
        background, text = _BADGE_COLOURS.get(detail.status, ("#e4e4e4", "#222222"))
        self.badge.setText(status_label(detail.status))
        self.badge.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; "
                                 "border-radius: 9px; padding: 3px 12px; font-weight: bold; }")
        parts = [translate("TrainingWindow", "Fiscal year {year}").format(year=data.fiscal_year)]
        if data.planned_start:
            when = format_be_date(data.planned_start, "short")
            if data.planned_end and data.planned_end != data.planned_start:
                when += f" – {format_be_date(data.planned_end, 'short')}"
            parts.append(when)
        if data.venue:
            parts.append(data.venue)
        if detail.group_name:
            parts.append(detail.group_name)
        self.details.setText(" · ".join(parts))
        self.status_button.setEnabled(bool(self.services.trainings.next_statuses(detail.status)))
        self.steps.set_steps(detail.steps)
        self._show_step_state()

    def _round_changed(self) -> None:
        self.changed = True
        try:
            self.refresh()
        except NotFoundError:
            return  # moved to the bin meanwhile: the panels say so when they save
        self.roundChanged.emit(self.training_id)

    # -- steps -----------------------------------------------------------------------------

    def current_step(self) -> int:
        return self.steps.current_step()

    def show_step(self, step: int) -> QWidget:
        """Select step 1..10 and return its panel."""
        self.steps.setCurrentRow(step - 1)
        return self.stack.currentWidget()

    def page(self, key: str) -> QWidget | None:
        """The panel called `key` (see PAGE_OF_STEP) if it has been opened."""
        return self._pages.get(key)

    def _step_chosen(self) -> None:
        step = self.current_step()
        if not step:
            return
        page = self._page_for(step)
        self.stack.setCurrentWidget(page)
        self.step_title.setText(translate("TrainingWindow", "Step {number}: {name}").format(
            number=step, name=step_label(self.detail.steps[step - 1].key)))
        self.step_hint.setText(step_hint(step))
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            try:
                refresh()
            except NotFoundError:
                QMessageBox.information(self, self.windowTitle(), translate(
                    "TrainingWindow", "This round is no longer in the registry."))
        show_step = getattr(page, "show_step", None)
        if callable(show_step):
            show_step(step)
        self._show_step_state()

    def _page_for(self, step: int) -> QWidget:
        key = PAGE_OF_STEP[step]
        if key not in self._pages:
            try:
                page = self._make_page(key)
            except NotFoundError:
                page = step_pages.placeholder(translate(
                    "TrainingWindow", "This round is no longer in the registry."))
            page.setProperty("pageKey", key)
            changed = getattr(page, "changed", None)
            if changed is not None and hasattr(changed, "connect"):
                changed.connect(self._round_changed)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def _make_page(self, key: str) -> QWidget:
        services, tid = self.services, self.training_id
        makers: dict[str, Callable[[], QWidget]] = {
            "round": lambda: step_pages.round_page(services, tid),
            "preparation": lambda: step_pages.preparation_page(services, tid),
            "budget": lambda: step_pages.budget_page(services, tid),
            "approval": lambda: step_pages.approval_page(services, tid),
            "sessions": lambda: _panel("sessions_panel", "SessionsPanel")(services, tid),
            "evaluation": lambda: _panel("evaluation_panel", "EvaluationPanel")(services, tid),
            "certificates": lambda: _panel("certificates_panel", "CertificatesPanel")(
                services, tid, self.documents),
            "survey": lambda: step_pages.SurveyPage(services, tid),
            "follow_up": lambda: step_pages.follow_up_page(services, tid),
        }
        return makers[key]()

    def _show_step_state(self) -> None:
        step = self.current_step()
        if not step or self.detail is None:
            return
        state = self.detail.steps[step - 1]
        self.step_state.setText(done_text(state))
        self.step_state.setStyleSheet("color: #2e7d32;" if state.done else "")
        self.done_button.setText(translate("TrainingWindow", "Reopen") if state.done
                                 else translate("TrainingWindow", "Mark this step done"))
        self.done_button.setToolTip(
            translate("TrainingWindow", "Mark step {number} as not done yet").format(
                number=step) if state.done else
            translate("TrainingWindow", "Record that step {number} is done today").format(
                number=step))

    def toggle_done(self) -> None:
        step = self.current_step()
        if not step or self.detail is None:
            return
        done = not self.detail.steps[step - 1].done
        try:
            self.services.trainings.set_step_done(self.training_id, step, done)
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "TrainingWindow", "This round is no longer in the registry."))
            return
        self._round_changed()

    # -- status ----------------------------------------------------------------------------

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        if self.detail is None:
            return
        for code in self.services.trainings.next_statuses(self.detail.status):
            action = self.status_menu.addAction(status_label(code))
            action.setObjectName(f"status_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.change_status(c))

    def change_status(self, status: str) -> bool:
        if status == "cancelled" and not ask(self, self.windowTitle(), translate(
                "TrainingWindow", "Cancel this training round? It can be planned again "
                "later.")):
            return False
        try:
            self.services.trainings.set_status(self.training_id, status)
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(),
                                "\n".join(problem_text(p) for p in error.problems))
            return False
        except NotFoundError:
            QMessageBox.information(self, self.windowTitle(), translate(
                "TrainingWindow", "This round is no longer in the registry."))
            return False
        self._round_changed()
        return True

    # -- documents -------------------------------------------------------------------------

    def _documents_menu(self) -> QMenu:
        menu = QMenu(self)
        self.sign_in_menu = menu.addMenu(translate("TrainingWindow", "Sign-in sheet"))
        self.sign_in_menu.aboutToShow.connect(self._fill_sign_in_menu)
        for text, slot in (
            (translate("TrainingWindow", "Certificates…"), self.print_certificates),
            (translate("TrainingWindow", "Project report…"), self.print_report),
            (translate("TrainingWindow", "Satisfaction summary…"), self.print_survey_summary),
        ):
            menu.addAction(text).triggered.connect(lambda _checked=False, s=slot: s())
        return menu

    def _fill_sign_in_menu(self) -> None:
        self.sign_in_menu.clear()
        self.sign_in_menu.addAction(translate("TrainingWindow", "Every session…")).triggered \
            .connect(lambda _checked=False: self.print_sign_in_sheet(None))
        for row in self.services.training_sessions.sessions(self.training_id):
            text = translate("TrainingWindow", "Session {number}, {date}…").format(
                number=row.seq, date=format_be_date(row.data.session_date))
            self.sign_in_menu.addAction(text).triggered.connect(
                lambda _checked=False, sid=row.id: self.print_sign_in_sheet(sid))

    def _show_document(self, produce: Callable[[], object], what: str, name: str) -> bool:
        if self.documents is None:
            return False
        title = self.detail.data.title if self.detail else ""
        return training_documents.show_document(
            self, produce, f"{what}: {title}",
            f"{name} {training_documents.file_name(title)}.pdf")

    def print_sign_in_sheet(self, session_id: int | None = None) -> bool:
        return self._show_document(
            lambda: self.documents.sign_in_sheet(self.training_id, session_id),
            translate("TrainingWindow", "Sign-in sheet"),
            translate("TrainingWindow", "Sign-in sheet"))

    def print_certificates(self) -> bool:
        return self._show_document(
            lambda: self.documents.certificates(self.training_id),
            translate("TrainingWindow", "Certificates"), translate("TrainingWindow",
                                                                   "Certificates"))

    def print_report(self) -> bool:
        return self._show_document(
            lambda: self.documents.report(self.training_id),
            translate("TrainingWindow", "Project report"),
            translate("TrainingWindow", "Project report"))

    def print_survey_summary(self) -> bool:
        return self._show_document(
            lambda: self.documents.survey_summary(self.training_id),
            translate("TrainingWindow", "Satisfaction summary"),
            translate("TrainingWindow", "Satisfaction summary"))

    # -- closing ---------------------------------------------------------------------------

    def unsaved_pages(self) -> list[QWidget]:
        return [page for page in self._pages.values()
                if callable(getattr(page, "has_changes", None)) and page.has_changes()]

    def reject(self) -> None:
        # Escape, Close and the window's close button all come here.
        if self.unsaved_pages() and not confirm_discard(self):
            return
        super().reject()

    def _natural_size(self) -> QSize:
        screen = self.screen().availableGeometry()
        # 1366×768 is the smallest office screen: the whole window fits on it.
        return QSize(min(1300, screen.width() * 95 // 100),
                     min(740, screen.height() * 92 // 100))


def _panel(module: str, name: str) -> Callable[..., QWidget]:
    import importlib

    return getattr(importlib.import_module(f"wangmuang_desk.ui.trainings.{module}"), name)
