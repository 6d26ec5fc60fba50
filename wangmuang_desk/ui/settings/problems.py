"""Showing a service's problems when several of them concern the same field."""

from __future__ import annotations

from collections.abc import Iterable

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text


def show_problems(errors: FormErrors, problems: Iterable[FieldProblem]) -> None:
    """Like FormErrors.show, but every message of a field is listed, not only the last one.

    A table field ("signatories", "villages") can have one problem per row; staff should see
    them all at once rather than fix them one save at a time.
    """
    merged: dict[str, list[str]] = {}
    for problem in problems:
        merged.setdefault(problem.field, []).append(problem_text(problem))
    errors.clear()
    first = True
    for field, texts in merged.items():
        errors.show_message(field, "\n".join(texts), focus=first)
        first = False
