"""What every page of the establishment wizard shares: the per-page hooks, showing a service's
problems at the page's fields, the code labels and the calls into the establishment service.

Modelled on OpenLP's wizard base: the wizard owns the data and the draft, each page only knows
how to load its part of an EstablishmentInput, store it back and check it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget, QWizardPage

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import EstablishmentInput
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text

if TYPE_CHECKING:
    from wangmuang_desk.ui.groups.establishment_wizard import EstablishmentWizard

translate = QCoreApplication.translate

# The wizard's pages in order. The service names a problem's page by the part of its field
# before "." (services.group_rows.WIZARD_PAGES); products and plan share one page here.
PAGE_KEYS = ("origin", "basic", "members", "committee", "capital", "products", "review")
_PAGE_OF_PREFIX = {"plan": "products"}

def page_of(problem: FieldProblem) -> str:
    """The key of the page a service problem belongs on."""
    prefix = problem.field.split(".", 1)[0]
    prefix = _PAGE_OF_PREFIX.get(prefix, prefix)
    return prefix if prefix in PAGE_KEYS else "review"


@dataclass
class MemberEntry:
    """One founding member as the members, committee and capital pages show and edit it."""

    person_id: int
    name: str
    household_id: int | None
    household_label: str
    in_bin: bool = False
    shares: int = 0
    savings: Decimal = Decimal(0)


class EstablishmentCalls:
    """The establishment use case as the wizard calls it (validate, establish, draft dicts).

    The service module imports SQLAlchemy, which ui/ must not import at module level; it is
    loaded here when a wizard opens, by which time the open database has loaded it anyway.
    """

    def __init__(self, services: Any) -> None:
        from wangmuang_desk.services import group_establishment

        self._module = group_establishment
        self._db = services.db
        self._today = services.groups.today

    def today(self) -> date:
        return self._today()

    def validate(self, data: EstablishmentInput,
                 pages: Iterable[str] | None = None) -> list[FieldProblem]:
        wanted = None if pages is None else tuple(pages)
        return self._module.validate_establishment(self._db, data, self._today(), pages=wanted)

    def establish(self, data: EstablishmentInput) -> int:
        return self._module.establish_group(self._db, data, self._today())

    def to_dict(self, data: EstablishmentInput) -> dict[str, Any]:
        return self._module.establishment_to_dict(data)

    def from_dict(self, raw: dict[str, Any]) -> EstablishmentInput:
        return self._module.establishment_from_dict(raw)


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def general_label() -> QLabel:
    """Where problems that belong to no single field are shown (styled by FormErrors)."""
    return QLabel(objectName="generalErrors")


class EstablishmentPage(QWizardPage):
    """One step. Subclasses set `key` and `checks`, build their widgets and bind `errors`,
    and override the hooks load / store / ui_problems / field_for / initializePage."""

    key = ""
    checks: tuple[str, ...] = ()  # the service's page names whose problems this page shows

    def __init__(self, wizard: EstablishmentWizard) -> None:
        super().__init__(wizard)
        self.host = wizard
        self.errors: FormErrors | None = None
        self.step_name = ""

    def set_step_title(self, title: str) -> None:
        self.step_name = title
        number = PAGE_KEYS.index(self.key) + 1
        self.setTitle(translate("EstablishmentPage", "Step {number} of {count}: {title}").format(
            number=number, count=len(PAGE_KEYS), title=title))

    def bind_errors(self, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self.errors = FormErrors(fields, self, general=general)

    # -- hooks --------------------------------------------------------------------------------
    def load(self, data: EstablishmentInput) -> None:
        """Fill the widgets from `data` (a new wizard or a resumed draft)."""

    def store(self, data: EstablishmentInput) -> None:
        """Write what the widgets hold into `data`."""

    def ui_problems(self) -> list[tuple[str, str]]:
        """(field, translated message) for input the widgets themselves can tell is wrong
        (a date or number that cannot be read); checked before asking the service."""
        return []

    def field_for(self, problem: FieldProblem) -> str:
        """The field (an `errors` binding) a service problem is shown at."""
        return problem.field.split(".", 1)[-1]

    def reveal(self, field: str) -> None:
        """Make the widget of `field` visible before its message is shown (e.g. its tab)."""

    # -- checking ----------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        own = self.ui_problems()
        if own:
            self.show_messages(own)
            return False
        if not self.checks:
            return True
        problems = self.host.calls.validate(self.host.collect(), pages=self.checks)
        self.show_problems(problems)
        return not problems

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        messages = []
        for problem in problems:
            text = problem_text(problem)
            row = problem.params.get("row")
            if row is not None:
                text = translate("EstablishmentPage", "Row {row}: {message}").format(
                    row=row, message=text)
            messages.append((self.field_for(problem), text))
        self.show_messages(messages)

    def show_messages(self, messages: list[tuple[str, str]]) -> None:
        """Every message of a field listed under it (a table can have one per row); the cursor
        goes to the first field with a problem."""
        assert self.errors is not None
        merged: dict[str, list[str]] = {}
        for field, text in messages:
            merged.setdefault(field, []).append(text)
        self.errors.clear()
        for number, (field, texts) in enumerate(merged.items()):
            self.reveal(field)
            self.errors.show_message(field, "\n".join(dict.fromkeys(texts)), focus=number == 0)

    def cleanupPage(self) -> None:  # noqa: N802 - keep what was typed when going Back
        pass
