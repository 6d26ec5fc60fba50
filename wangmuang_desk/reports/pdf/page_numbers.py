"""Page numbers "หน้า x / y": the total is only known once every page is laid out.

The usual reportlab pattern: the canvas keeps each finished page's state instead of emitting
it, and at save() stamps every page with its number and the total before writing it out.

A file may hold several documents one after another (the sign-in sheets of every session of a
round): a `PageSection` marker at the top of a page restarts the numbering there ("หน้า 1 / 3"
of each sheet) and may set a running head, a short line printed at the top of the section's
continuation pages so that a loose page still says which sheet it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wangmuang_desk.reports.fonts import shaped
from wangmuang_desk.thai.digits import to_thai_digits


def page_label(page: int, total: int, thai_digits: bool) -> str:
    text = f"หน้า {page} / {total}"
    return to_thai_digits(text) if thai_digits else text


@dataclass(frozen=True)
class _Mark:
    restart: bool
    running_head: str


class PageSection(Flowable):
    """A zero-size marker: from the page it lands on, `running_head` ("" for none) is printed
    at the top of every page but the first of the section; with `restart` the page numbers
    start again at 1 there. Put it first on a new page (after a page break)."""

    def __init__(self, running_head: str = "", restart: bool = False) -> None:
        super().__init__()
        self.mark = _Mark(restart, running_head)

    def wrap(self, availWidth, availHeight):  # reportlab's argument names
        return 0, 0

    def draw(self):
        # Only the numbered canvas keeps marks; on another canvas the marker does nothing.
        marks = getattr(self.canv, "_section_marks", None)
        if marks is not None:
            marks[self.canv.getPageNumber()] = self.mark


def page_plan(total: int, marks: dict[int, _Mark]) -> list[tuple[int, int, str]]:
    """(number, count, running head or "") of pages 1..total, given the marks by page."""
    starts = [1] + sorted(p for p, m in marks.items() if m.restart and 1 < p <= total)
    plan = []
    head, head_page = "", 0
    for page in range(1, total + 1):
        if page in marks:
            head, head_page = marks[page].running_head, page
        group = max(s for s in starts if s <= page)
        following = [s for s in starts if s > page]
        count = (following[0] if following else total + 1) - group
        plan.append((page - group + 1, count, head if page != head_page else ""))
    return plan


def numbered_canvas(
    font_name: str,
    font_size: float,
    left: float,
    right: float,
    y: float,
    thai_digits: bool,
    head_y: float | None = None,
) -> type[Canvas]:
    """A Canvas class (for doc.build(canvasmaker=...)) stamping the label at height `y`.

    The label is centred between the `left` and `right` margins of each page's own width, so
    portrait and landscape pages can share a document. Running heads (see PageSection) are
    centred the same way, `head_y` points below the top edge (default: `y`).
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            self._section_marks: dict[int, _Mark] = {}

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            plan = page_plan(len(self._saved_pages), self._section_marks)
            for (number, total, head), state in zip(plan, self._saved_pages, strict=True):
                self.__dict__.update(state)
                self.setFont(font_name, font_size)
                x = left + (self._pagesize[0] - left - right) / 2
                # drawString ignores shaping=True without rlbidi: draw a pre-shaped string.
                label = shaped(page_label(number, total, thai_digits), font_name, font_size)
                self.drawCentredString(x, y, label)
                if head:
                    top = self._pagesize[1] - (y if head_y is None else head_y)
                    self.drawCentredString(x, top, shaped(head, font_name, font_size))
                super().showPage()
            super().save()

    return NumberedCanvas
