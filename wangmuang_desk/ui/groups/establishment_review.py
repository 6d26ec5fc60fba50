"""Step 7 of the establishment wizard: everything entered, read back as one page, with the
problems still to fix; Finish records the group."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.services.group_rows import POSITIONS, EstablishmentInput
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.groups.establishment_base import (
    EstablishmentPage,
    general_label,
    page_of,
)
from wangmuang_desk.ui.groups.labels import group_type_label, position_label
from wangmuang_desk.ui.widgets.form_errors import problem_text

translate = QCoreApplication.translate
_PROBLEM_COLOUR = "#c62828"


def _text(value: str) -> str:
    """Free text as HTML, its line breaks kept; a dash when empty."""
    value = value.strip()
    return escape(value).replace("\n", "<br>") if value else "–"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='28%' style='padding-right:16px'>{escape(label)}</td>"
        f"<td>{value}</td></tr>" for label, value in pairs)
    return f"<table cellspacing='2'>{cells}</table>"


def _list(items: list[str], ordered: bool = False) -> str:
    if not items:
        none = translate("ReviewPage", "(none)")
        return f"<p>{escape(none)}</p>"
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


class ReviewPage(EstablishmentPage):
    key = "review"
    checks = ()

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.set_step_title(translate("ReviewPage", "Review"))
        self.setSubTitle(translate(
            "ReviewPage",
            "Check everything below. Click Finish to record the group, or Back to change "
            "something; nothing is recorded before Finish."))
        self.summary = QTextBrowser(objectName="summary")
        self.summary.setOpenLinks(False)
        general = general_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(general)
        self.bind_errors({"summary": self.summary}, general)
        self.problems: list[FieldProblem] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        data = self.host.collect()
        self.problems = self.host.calls.validate(data)
        self.summary.setHtml(self.summary_html(data, self.problems))

    def validatePage(self) -> bool:  # noqa: N802 - Finish records the group
        return self.host.finish()

    # -- the summary -------------------------------------------------------------------------
    def page_name(self, key: str) -> str:
        return self.host.page_for(key).step_name

    def summary_html(self, data: EstablishmentInput, problems: list[FieldProblem]) -> str:
        name = data.basic.name.strip() or translate("ReviewPage", "(unnamed)")
        parts = [f"<h2>{escape(name)}</h2>"]
        if problems:
            heading = translate("ReviewPage", "Fix these before finishing:")
            items = [f"{escape(self.page_name(page_of(p)))}: {escape(problem_text(p))}"
                     for p in problems]
            parts.append(f"<div style='color:{_PROBLEM_COLOUR}'><p><b>{escape(heading)}</b></p>"
                         f"{_list(items)}</div>")
        parts += [
            self._section("origin", self._origin(data)),
            self._section("basic", self._basic(data)),
            self._section("members", self._members()),
            self._section("committee", self._committee(data)),
            self._section("capital", self._capital(data)),
            self._section("products", self._products(data)),
        ]
        return "".join(parts)

    def _origin(self, data: EstablishmentInput) -> str:
        leaders = ", ".join(self.host.origin_page.leader_names())
        return _rows([
            (translate("ReviewPage", "Origin"), _text(data.basic.origin)),
            (translate("ReviewPage", "Leaders"), _text(leaders)),
        ])

    def _basic(self, data: EstablishmentInput) -> str:
        basic, page = data.basic, self.host.basic_page
        contact = self._contact(data)
        enterprise = (translate("ReviewPage", "Aims to register") if data.aims_enterprise
                      else translate("ReviewPage", "No"))
        return _rows([
            (translate("ReviewPage", "Type"), escape(group_type_label(basic.group_type))),
            (translate("ReviewPage", "Village"), _text(page.village_text())),
            (translate("ReviewPage", "Address"), _text(basic.address)),
            (translate("ReviewPage", "Founded on"),
             _text(format_be_date(basic.founded_on, "long"))),
            (translate("ReviewPage", "Contact person"), _text(contact)),
            (translate("ReviewPage", "Phone"), _text(basic.phone)),
            (translate("ReviewPage", "Objectives"), _text(basic.objectives)),
            (translate("ReviewPage", "Community enterprise"), escape(enterprise)),
        ])

    def _contact(self, data: EstablishmentInput) -> str:
        """The contact chosen, else whom the service will make it: the first leader, else the
        president."""
        chosen = self.host.basic_page.contact.person()
        if chosen is not None:
            return chosen.full_name
        leaders = self.host.origin_page.leader_names()
        if leaders:
            return translate("ReviewPage", "{name} (the first leader)").format(name=leaders[0])
        names = {m.person_id: m.name for m in self.host.members}
        president = next((s.person_id for s in data.committee if s.position == "president"),
                         None)
        if president in names:
            return translate("ReviewPage", "{name} (the president)").format(
                name=names[president])
        return ""

    def _members(self) -> str:
        members = self.host.members
        no_household = translate("ReviewPage", "no household recorded")
        items = [f"{escape(m.name)} — {escape(m.household_label or no_household)}"
                 for m in members]
        households = len({m.household_id for m in members if m.household_id is not None})
        count = translate("ReviewPage", "{count} members from {households} households").format(
            count=len(members), households=households)
        return f"<p>{escape(count)}</p>{_list(items, ordered=True)}"

    def _committee(self, data: EstablishmentInput) -> str:
        names = {m.person_id: m.name for m in self.host.members}
        seats = sorted(data.committee, key=lambda s: POSITIONS.index(s.position)
                       if s.position in POSITIONS else len(POSITIONS))
        start = data.term_start or data.basic.founded_on
        term = " – ".join(format_be_date(d, "long") for d in (start, data.term_end) if d)
        return _rows([(position_label(s.position), _text(names.get(s.person_id, "")))
                      for s in seats] + [(translate("ReviewPage", "Term"), _text(term))])

    def _capital(self, data: EstablishmentInput) -> str:
        basic = data.basic
        shares = sum(m.shares for m in data.members)
        capital = (basic.share_value or Decimal(0)) * shares
        working = self._baht(data.working_capital)
        if data.working_capital_note.strip():
            working += f" — {escape(data.working_capital_note.strip())}"
        return _rows([
            (translate("ReviewPage", "Regulations"), _text(basic.regulations)),
            (translate("ReviewPage", "Value of one share"), self._baht(basic.share_value)),
            (translate("ReviewPage", "Shares bought"), f"{shares:,} ({self._baht(capital)})"),
            (translate("ReviewPage", "Starting savings"),
             self._baht(sum((m.savings for m in data.members), Decimal(0)))),
            (translate("ReviewPage", "Working capital"), working),
        ])

    def _products(self, data: EstablishmentInput) -> str:
        products = []
        for p in data.products:
            price = ""
            if p.price is not None:
                price = (translate("ReviewPage", "{price} baht per {unit}").format(
                    price=format_baht(p.price), unit=p.unit) if p.unit
                    else translate("ReviewPage", "{amount} baht").format(
                    amount=format_baht(p.price)))
            products.append(escape(" — ".join(x for x in (p.name, p.otop_category, price) if x)))
        plan = [escape(f"{i.title} — {format_be_date(i.end_date, 'long')}" if i.end_date
                       else i.title) for i in data.plan_items]
        basic = data.basic
        products_title = escape(translate("ReviewPage", "Products"))
        plan_title = escape(translate("ReviewPage", "Development plan"))
        return (
            f"<p><b>{products_title}</b></p>{_list(products)}"
            f"<p><b>{plan_title}</b></p>{_list(plan)}"
            + _rows([
                (translate("ReviewPage", "Strengths"), _text(basic.strengths)),
                (translate("ReviewPage", "Weaknesses"), _text(basic.weaknesses)),
                (translate("ReviewPage", "Problems and needs"), _text(basic.problems_needs)),
            ]))

    def _section(self, key: str, body: str) -> str:
        return f"<h3>{escape(self.page_name(key))}</h3>{body}"

    @staticmethod
    def _baht(value: Decimal | None) -> str:
        if value is None:
            return "–"
        return escape(translate("ReviewPage", "{amount} baht").format(amount=format_baht(value)))
