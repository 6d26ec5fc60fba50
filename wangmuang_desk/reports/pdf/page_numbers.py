"""Page numbers "หน้า x / y": the total is only known once every page is laid out.

The usual reportlab pattern: the canvas keeps each finished page's state instead of emitting
it, and at save() stamps every page with its number and the total before writing it out.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from wangmuang_desk.reports.fonts import shaped
from wangmuang_desk.thai.digits import to_thai_digits


def page_label(page: int, total: int, thai_digits: bool) -> str:
    text = f"หน้า {page} / {total}"
    return to_thai_digits(text) if thai_digits else text


def numbered_canvas(
    font_name: str, font_size: float, left: float, right: float, y: float, thai_digits: bool
) -> type[Canvas]:
    """A Canvas class (for doc.build(canvasmaker=...)) stamping the label at height `y`.

    The label is centred between the `left` and `right` margins of each page's own width, so
    portrait and landscape pages can share a document.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self.setFont(font_name, font_size)
                # drawString ignores shaping=True without rlbidi: draw a pre-shaped string.
                label = shaped(page_label(number, total, thai_digits), font_name, font_size)
                x = left + (self._pagesize[0] - left - right) / 2
                self.drawCentredString(x, y, label)
                super().showPage()
            super().save()

    return NumberedCanvas
