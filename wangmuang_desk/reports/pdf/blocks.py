"""Recurring pieces of Thai office documents: the office header and signature blocks."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from wangmuang_desk.reports.pdf.styles import DocumentStyles
from wangmuang_desk.reports.pdf.thai_paragraph import ThaiParagraph

log = logging.getLogger(__name__)

EMBLEM_HEIGHT = 2.5 * cm


def emblem_image(data: bytes | None, height: float = EMBLEM_HEIGHT) -> Image | None:
    """The emblem (PNG or JPEG bytes) scaled to `height`, centred; None without one.

    A picture that cannot be read is left out (and logged): printing the document without
    the emblem is better than refusing to print it.
    """
    if not data:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        width_px, height_px = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # Pillow raises several types for a damaged or unknown picture
        log.warning("the office emblem could not be read; printing without it", exc_info=True)
        return None
    if not width_px or not height_px:
        return None
    image = Image(io.BytesIO(data), width=height * width_px / height_px, height=height)
    image.hAlign = "CENTER"
    return image


def office_header(
    styles: DocumentStyles,
    office_name: str,
    emblem: bytes | None,
    lines: Sequence[str] = (),
    emblem_height: float = EMBLEM_HEIGHT,
) -> list[Flowable]:
    """Emblem (if any) centred at the top, the office name under it, then `lines`."""
    story: list[Flowable] = []
    image = emblem_image(emblem, emblem_height)
    if image is not None:
        story += [image, Spacer(0, 0.15 * cm)]
    if office_name:
        story.append(ThaiParagraph(office_name, styles.office))
    story += [ThaiParagraph(line, styles.centered) for line in lines]
    story.append(Spacer(0, 0.3 * cm))
    return story


@dataclass(frozen=True)
class Signer:
    role: str  # printed after the dotted line: ผู้จดบันทึก, ประธานกลุ่ม, ...
    name: str = ""  # printed in brackets under the line; blank brackets if unknown
    position: str = ""  # a further line, e.g. the signatory's office position


_SIGN_WORD = "ลงชื่อ"
_LINE_MAX = 8 * cm  # the "ลงชื่อ ..... role" line, at most; longer looks like a rule


def _dots(style, room: float) -> str:
    """As many dots as fit in `room` points (at least a few)."""
    return "." * max(int(room / stringWidth(".", style.fontName, style.fontSize)), 8)


def _width(style, text: str) -> float:
    return stringWidth(text, style.fontName, style.fontSize)


def signature_block(styles: DocumentStyles, signer: Signer, width: float) -> list[Flowable]:
    """ลงชื่อ ........ role / ( name ) / position, centred in `width` points."""
    style = styles.centered
    line = min(width * 0.85, _LINE_MAX)
    lines = [
        f"{_SIGN_WORD}{_dots(style, line - _width(style, _SIGN_WORD + signer.role))}{signer.role}"
    ]
    # Paragraphs collapse runs of spaces, so an unknown name is left as dots to fill in.
    lines.append(f"( {signer.name or _dots(style, line * 0.6)} )")
    if signer.position:
        lines.append(signer.position)
    keep = [signer.name, signer.position]
    return [ThaiParagraph(text, style, keep_together=keep) for text in lines]


def _needed_width(styles: DocumentStyles, signer: Signer) -> float:
    style = styles.centered
    return max(
        _width(style, f"( {signer.name} )"),
        _width(style, signer.position),
        _width(style, _SIGN_WORD + signer.role) + 2 * cm,
    )


def signatures(styles: DocumentStyles, signers: Sequence[Signer], width: float) -> Table:
    """Signature blocks two side by side; a single one in the right half, as on letters.

    A pair whose blocks need more than half the width each (a long position) shares the width
    in proportion to what each needs; if even that is too narrow, the blocks go one under the
    other in a column at the right.
    """
    half = width / 2
    needed = [_needed_width(styles, s) for s in signers]
    fits_half = max(needed) <= half * 0.95
    align = "CENTER"
    if len(signers) == 1 and fits_half:
        rows = [["", signature_block(styles, signers[0], half)]]
        widths = [half, half]
    elif fits_half or (len(signers) == 2 and sum(needed) <= width * 0.95):
        if fits_half:
            widths = [half, half]
        else:
            spare = (width - sum(needed)) / 2
            widths = [needed[0] + spare, needed[1] + spare]
        rows = []
        for i in range(0, len(signers), 2):
            chunk = signers[i : i + 2]
            pair = [
                signature_block(styles, s, w)
                for s, w in zip(chunk, widths[: len(chunk)], strict=True)
            ]
            rows.append(pair + [""] * (2 - len(pair)))
    else:
        column = min(width, max(needed) + 1 * cm)
        rows = [[signature_block(styles, s, column)] for s in signers]
        widths = [column]
        align = "RIGHT"
    table = Table(rows, colWidths=widths, hAlign=align)
    table.setStyle(
        TableStyle(
            [
                # Cells are paragraphs, but a table still sets its cell font (Helvetica by default),
                # which would list an unembedded Helvetica in the PDF.
                ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6 * cm),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
