"""Errors a service raises for staff to read, in English source text translated by ui/.

Messages are English (like every source string) and are marked with QT_TRANSLATE_NOOP so
`tools/update_translations.py` extracts them into the Thai translation; ui/ shows them with
QCoreApplication.translate("Validation", message).format(**params). No Qt is imported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the input that caused it, e.g. "citizen_id"; "" for the record as a whole
    message: str  # English source text with {placeholders}
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


class ValidationError(Exception):
    """Bad input: nothing was written. Holds every problem found, field by field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.english()}" for p in problems))

    @classmethod
    def single(cls, field_name: str, message: str, **params: Any) -> ValidationError:
        return cls([FieldProblem(field_name, message, params)])


class NotFoundError(Exception):
    """The record is gone (deleted by someone else, or in the recycle bin)."""


class InUseError(Exception):
    """A permanent delete would break records that still point at this one."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))
