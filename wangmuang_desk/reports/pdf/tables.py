"""Ruled tables of Thai text: every cell a ThaiParagraph, the header row on every page.

Cells must be paragraphs, not strings: a plain string in a reportlab Table is drawn with
drawString, which neither shapes Thai nor wraps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from wangmuang_desk.reports.pdf.styles import DocumentStyles
from wangmuang_desk.reports.pdf.thai_paragraph import ThaiParagraph

# Tall enough to sign in: a signature needs about a centimetre.
SIGNATURE_ROW_HEIGHT = 1.0 * cm
_PAD_X = 4  # points left and right of the text in a cell
# reportlab puts a paragraph's first baseline one font size below its top, but Thai tone marks
# over upper vowels (ผู้ ปี่) stand about 0.3 em higher: room for them above the text.
_PAD_TOP = 5
_PAD_BOTTOM = 3
HEADER_BACKGROUND = colors.Color(0.9, 0.9, 0.9)


def thai_table(
    styles: DocumentStyles,
    header: Sequence[str | Flowable] | None,
    rows: Sequence[Sequence[str | Flowable]],
    col_widths_cm: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    valign: str = "MIDDLE",
    name_cols: Sequence[int] = (),
    signature_cols: Sequence[int] = (),
    signature_row_height: float = SIGNATURE_ROW_HEIGHT,
    keep_together: Sequence[str] = (),
    bold_rows: Sequence[int] = (),
    shaded_rows: Sequence[int] = (),
) -> Table:
    """A grid table with `header` (if not None) repeated at the top of every page.

    `align` gives each column's alignment ("left", "center", "right"; default left), `valign`
    the vertical one of every cell ("TOP", "MIDDLE", "BOTTOM"). Cells in `name_cols` hold
    people's names: they break at spaces only (never inside a first name or a surname,
    which the Thai dictionary would split into parts) unless a part is wider than the column.
    Columns in `signature_cols` are left blank whatever the rows hold, and make every body row
    at least `signature_row_height` points tall so there is room to sign; a row whose text
    needs more room grows as usual. Phrases in `keep_together` (dates) are not broken in any
    cell where they fit on one line. Body rows listed in `bold_rows` (indexes into `rows`:
    an aspect's line, a total) are set in bold, those in `shaded_rows` on the header's grey.
    A cell that is a Flowable rather than text (a symbol drawn by hand) is used as it is.
    """
    ncols = len(col_widths_cm)
    if header is not None and len(header) != ncols:
        raise ValueError("one width per column is needed")
    aligns = list(align) if align else ["left"] * ncols
    cell_styles = [styles.aligned(styles.cell, a) for a in aligns]
    bold_styles = [styles.aligned(styles.cell_bold, a) for a in aligns]
    bold = set(bold_rows)

    # An invisible strut in the blank cell holds the row open; the text in the other cells is
    # centred vertically beside it.
    strut_height = max(signature_row_height - _PAD_TOP - _PAD_BOTTOM, 0)
    data: list[list[object]] = []
    if header is not None:
        data.append(
            [
                ThaiParagraph(text, styles.cell_header) if isinstance(text, str) else text
                for text in header
            ]
        )
    for number, row in enumerate(rows, start=1):
        if len(row) != ncols:
            raise ValueError(f"row {number} has {len(row)} cells, the table {ncols} columns")
        row_styles = bold_styles if number - 1 in bold else cell_styles
        data.append(
            [
                Spacer(0, strut_height)
                if col in signature_cols
                else _paragraph(text, row_styles[col], col in name_cols, keep_together)
                if isinstance(text, str)
                else text
                for col, text in enumerate(row)
            ]
        )

    table = Table(
        data,
        colWidths=[w * cm for w in col_widths_cm],
        repeatRows=0 if header is None else 1,
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                # Cells are paragraphs, but a table still sets its cell font (Helvetica by default),
                # which would list an unembedded Helvetica in the PDF.
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), _PAD_TOP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_BOTTOM),
            ]
        )
    )
    first_body = 0 if header is None else 1
    shading = [
        ("BACKGROUND", (0, first_body + r), (-1, first_body + r), HEADER_BACKGROUND)
        for r in shaded_rows
    ]
    if header is not None:
        shading.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND))
    if shading:
        table.setStyle(TableStyle(shading))
    return table


def fitted_widths(
    styles: DocumentStyles,
    header: Sequence[str | Flowable] | None,
    rows: Sequence[Sequence[str | Flowable]],
    total_width: float,
    flexible: int | None,
    *,
    bold_rows: Sequence[int] = (),
) -> list[float]:
    """Column widths in cm for thai_table: every column but `flexible` as wide as its widest
    line of text (header in bold; a header line per "\\n"), `flexible` the rest of
    `total_width` points (at least a quarter of it); without a `flexible` column the table
    is as narrow as its text. Flowable cells are not measured. Texts must be as printed
    (digits converted). If the columns need more than `total_width`, all of them give way
    in proportion and their text wraps.
    """
    ncols = len(header) if header is not None else len(rows[0]) if rows else 0
    bold = set(bold_rows)
    pad = 2 * _PAD_X + 2

    def measure(text, style) -> float:
        if not isinstance(text, str):
            return 0.0
        return max(stringWidth(line, style.fontName, style.fontSize) for line in text.split("\n"))

    widths = []
    for col in range(ncols):
        cells = [measure(header[col], styles.cell_header)] if header is not None else []
        cells += [
            measure(row[col], styles.cell_bold if n in bold else styles.cell)
            for n, row in enumerate(rows)
        ]
        widths.append(max(cells, default=0.0) + pad)
    if flexible is not None:
        fixed = sum(w for c, w in enumerate(widths) if c != flexible)
        widths[flexible] = max(total_width - fixed, total_width / 4)
    scale = min(1.0, total_width / sum(widths))  # too wide even so: every column gives way
    # A hair under the total, so rounding never makes the table wider than the frame.
    return [w * scale / cm - 0.001 for w in widths]


def _paragraph(text: str, style, is_name: bool, keep: Sequence[str] = ()) -> ThaiParagraph:
    return ThaiParagraph(text, style, keep_together=[*keep, *(text.split() if is_name else ())])


def plain_table(
    styles: DocumentStyles,
    rows: Sequence[Sequence[str]],
    col_widths_cm: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    name_cols: Sequence[int] = (),
    keep_together: Sequence[str] = (),
) -> Table:
    """Columns of Thai text without rules or header: a list whose columns line up."""
    ncols = len(col_widths_cm)
    aligns = list(align) if align else ["left"] * ncols
    cell_styles = [styles.aligned(styles.cell, a) for a in aligns]
    data = [
        [
            _paragraph(text, cell_styles[c], c in name_cols, keep_together)
            for c, text in enumerate(row)
        ]
        for row in rows
    ]
    table = Table(data, colWidths=[w * cm for w in col_widths_cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
