"""What the two parts of a round's form (steps 1 and 2) share: the part's base class, and
helpers other forms of a round use too.

TopicForm (round_topic_form.py) and TargetForm (round_target_form.py) derive from
RoundFormPart; RoundForm (round_form.py) shows both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from wangmuang_desk.services.errors import FieldProblem
from wangmuang_desk.ui.dialogs.occupation_dialog import DecimalEdit
from wangmuang_desk.ui.groups.establishment_base import general_label
from wangmuang_desk.ui.widgets.form_errors import FormErrors, problem_text


def show_messages(errors: FormErrors, messages: Iterable[tuple[str, str]]) -> None:
    """Every message of a field listed under it (a table can have one per row); the cursor goes
    to the first field with a problem. Messages are already translated."""
    merged: dict[str, list[str]] = {}
    for field, text in messages:
        merged.setdefault(field, []).append(text)
    errors.clear()
    for number, (field, texts) in enumerate(merged.items()):
        errors.show_message(field, "\n".join(dict.fromkeys(texts)), focus=number == 0)


def read_decimal(edit: DecimalEdit) -> Decimal | None:
    """The number typed, None when empty or unreadable (check() reports unreadable ones)."""
    try:
        return edit.value()
    except ValueError:
        return None


class RoundFormPart(QWidget):
    """What both parts share: the fields they own, their messages and a `changed` signal."""

    changed = Signal()
    fields: tuple[str, ...] = ()  # TrainingInput fields whose problems this part shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = general_label()
        self.errors: FormErrors | None = None

    def owns(self, problem: FieldProblem) -> bool:
        return problem.field in self.fields

    def check(self) -> list[tuple[str, str]]:
        """(field, translated message) for what can be told wrong without the database."""
        return []

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        show_messages(self.errors, [(p.field, problem_text(p)) for p in problems])

    def show_messages(self, messages: Sequence[tuple[str, str]]) -> None:
        show_messages(self.errors, messages)

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()
