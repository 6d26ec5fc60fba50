"""Sign-in sheets of a training round (domain.md §6): one per session, names pre-filled.

Office header, the project, the session's day (BE, full month), time, venue and topic; then a
ruled list: ลำดับ, ชื่อ–สกุล, (เลขประจำตัวประชาชน, masked, only on request), ที่อยู่ / หมู่,
โทรศัพท์ (masked), ลายมือชื่อ, หมายเหตุ; blank numbered rows for walk-ins; the header row on
every page. Portrait A4 when the columns fit at 16 pt, else landscape (the usual case: a
name, an address, a phone number and room to sign need more than a portrait page's width).

In a file of several sheets each starts on a new page, is numbered "หน้า x / y" of its own
and names its session at the top of its continuation pages, so a loose page can be put back.

Data in (SignInSheetData), file out; no Qt, no session. Import lazily: reportlab loads here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wangmuang_desk.reports.pdf.blocks import Signer
from wangmuang_desk.reports.pdf.document import Margins, ThaiDocument
from wangmuang_desk.reports.training_common import (
    address_text,
    fiscal_year_line,
    time_range,
    weekday_date,
)

if TYPE_CHECKING:  # services sit above reports: the data classes are only named
    from wangmuang_desk.services.training_doc_rows import (
        DocSession,
        DocTrainee,
        SignInSheetData,
    )

SHEET_TITLE = "ใบลงชื่อผู้เข้ารับการฝึกอบรม"
DEFAULT_BLANK_ROWS = 5
# A form, not a letter: narrower margins leave the table room (the 3 cm left margin is the
# letters' rule). The top margin still clears the running head.
FORM_MARGINS = Margins(left=2.0, right=1.5, top=2.0, bottom=2.0)

_SEQ, _NAME, _ID, _ADDRESS, _PHONE, _SIGN, _NOTE = range(7)
_CAPTIONS = {
    _SEQ: "ลำดับ",
    _NAME: "ชื่อ–สกุล",
    _ID: "เลขประจำตัวประชาชน",
    _ADDRESS: "ที่อยู่ / หมู่",
    _PHONE: "โทรศัพท์",
    _SIGN: "ลายมือชื่อ",
    _NOTE: "หมายเหตุ",
}
_ALIGN = {_SEQ: "center", _ID: "center", _ADDRESS: "left", _PHONE: "center"}
_CELL_PAD = 8 + 3  # points: the table's padding left and right, and a little air
_MIN_SIGN = 3.5 * cm  # room for a signature
_NAME_CAP = 7.0 * cm  # longer names wrap (between their words) rather than starve the rest
# Room left over goes mostly to signing, some to the remarks, a little to the name.
_SPARE_SHARES = {_SIGN: 0.5, _NOTE: 0.3, _NAME: 0.2}
_DATE_BLANK = "." * 60
# Smaller than a letter's emblem: the first page keeps room for more names.
SHEET_EMBLEM_HEIGHT = 1.8 * cm


@dataclass(frozen=True)
class SignInLayout:
    landscape: bool
    columns: tuple[int, ...]  # which of the columns above, in order
    widths_cm: tuple[float, ...]

    @property
    def header(self) -> list[str]:
        return [_CAPTIONS[c] for c in self.columns]


def build_sign_in_sheet(
    data: SignInSheetData,
    session: DocSession | None,
    out_path: Path | str,
    *,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    show_id: bool = False,
    certifier: bool = False,
) -> Path:
    """Write the sign-in sheet of one `session` (None: its date left blank to fill in)."""
    doc = _sheet_document(data, f"{SHEET_TITLE} {data.title}")
    layout = sign_in_layout(doc, data, show_id)
    doc.landscape = layout.landscape
    return doc.build_with(
        lambda: sign_in_story(
            doc, data, session, layout=layout, blank_rows=blank_rows, certifier=certifier
        ),
        out_path,
    )


def build_sign_in_sheets(
    data: SignInSheetData,
    out_path: Path | str,
    *,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    show_id: bool = False,
    certifier: bool = False,
    number_per_session: bool = True,
) -> Path:
    """Write the sheets of every session of the round to one file, each from a new page and
    (with `number_per_session`) numbered "หน้า x / y" on its own, as the separate papers they
    are; else numbered through the file. A round without sessions gets one sheet with a
    blank date."""
    doc = _sheet_document(data, f"{SHEET_TITLE} {data.title}")
    layout = sign_in_layout(doc, data, show_id)
    doc.landscape = layout.landscape

    def story() -> list[Flowable]:
        out: list[Flowable] = []
        for number, session in enumerate(data.sessions or (None,)):
            if number:
                out += doc.new_page()
            out += sign_in_story(
                doc,
                data,
                session,
                layout=layout,
                blank_rows=blank_rows,
                certifier=certifier,
                restart_numbers=number_per_session,
            )
        return out

    return doc.build_with(story, out_path)


def _sheet_document(data: SignInSheetData, title: str) -> ThaiDocument:
    return ThaiDocument(
        margins=FORM_MARGINS, thai_digits=data.thai_digits, title=title, author=data.office.name
    )


def sign_in_layout(doc: ThaiDocument, data: SignInSheetData, show_id: bool = False) -> SignInLayout:
    """Columns and widths fitted to the names and numbers printed, portrait if they fit."""
    columns = (_SEQ, _NAME, *((_ID,) if show_id else ()), _ADDRESS, _PHONE, _SIGN, _NOTE)
    trainees = data.trainees
    body, head = doc.styles.cell, doc.styles.cell_header

    def widest(texts: Sequence[str]) -> float:
        return max(
            (stringWidth(doc.text(t), body.fontName, body.fontSize) for t in texts), default=0
        )

    def caption(col: int) -> float:
        # A long caption (the ID's) may wrap between its words: its longest word must fit.
        text = _CAPTIONS[col]
        if col == _ID:
            return max(
                stringWidth(w, head.fontName, head.fontSize) for w in ("เลขประจำตัว", "ประชาชน")
            )
        return stringWidth(text, head.fontName, head.fontSize)

    seq_text = "9" * len(str(len(trainees) + 100))  # walk-in rows go a little past the names
    full_name = widest([t.name for t in trainees])
    data_width = {
        _SEQ: widest([seq_text]),
        _NAME: min(full_name, _NAME_CAP),
        _ID: widest([t.citizen_id_masked for t in trainees] + ["x-xxxx-xxxxx-00-0"]),
        _ADDRESS: widest([address_text(t.house_no, t.moo) for t in trainees]),
        _PHONE: widest([t.phone_masked for t in trainees]),
        _SIGN: _MIN_SIGN - _CELL_PAD,
        _NOTE: 0.0,
    }
    need = {c: max(data_width[c], caption(c)) + _CELL_PAD for c in columns}
    total = sum(need.values())
    landscape = total > doc.frame_width(False)
    frame = doc.frame_width(landscape)
    widths = dict(need)
    # Room left over first lets the longest names stand on one line, then goes to signing.
    spare = max(frame - total, 0.0)
    grow = min(spare, max(full_name + _CELL_PAD - need[_NAME], 0.0))
    widths[_NAME] += grow
    spare -= grow
    for col, share in _SPARE_SHARES.items():
        widths[col] += spare * share
    if total > frame:  # even landscape is too narrow: the names give way (they wrap)
        widths[_NAME] = max(need[_NAME] - (total - frame), 3 * cm)
    widths_cm = [widths[c] / cm for c in columns]
    # Rounded down to a tenth of a millimetre: the sum never exceeds the frame.
    return SignInLayout(landscape, columns, tuple(int(w * 1000) / 1000 for w in widths_cm))


def sign_in_story(
    doc: ThaiDocument,
    data: SignInSheetData,
    session: DocSession | None,
    *,
    layout: SignInLayout | None = None,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    show_id: bool = False,
    certifier: bool = False,
    restart_numbers: bool = False,
) -> list[Flowable]:
    """The sheet of `session` as flowables, to start on a fresh page of `doc` (of the
    layout's orientation). `show_id` applies only without a `layout`."""
    layout = layout or sign_in_layout(doc, data, show_id)
    office = data.office
    lines = [line for line in _head_lines(doc, data, session) if line]
    story: list[Flowable] = [
        doc.section(_running_head(doc, data, session), restart_numbers=restart_numbers),
        *doc.header(office.name, office.emblem, emblem_height=SHEET_EMBLEM_HEIGHT),
        doc.paragraph(SHEET_TITLE, doc.styles.title),
        *(doc.paragraph(text, doc.styles.centered, keep) for text, keep in lines),
        Spacer(0, 0.2 * cm),
        doc.table(
            layout.header,
            _rows(data.trainees, layout.columns, max(blank_rows, 0)),
            layout.widths_cm,
            align=[_ALIGN.get(c, "left") for c in layout.columns],
            name_cols=[layout.columns.index(_NAME)],
            signature_cols=[layout.columns.index(_SIGN)],
        ),
    ]
    if certifier:
        story.append(
            KeepTogether(
                [
                    Spacer(0, 0.2 * cm),
                    doc.signatures([Signer("ผู้รับรอง", "", "")], landscape=layout.landscape),
                ]
            )
        )
    return story


def _head_lines(
    doc: ThaiDocument, data: SignInSheetData, session: DocSession | None
) -> list[tuple[str, list[str]]]:
    """(line, phrases to keep whole) under the sheet's title."""
    title = data.title if data.title.startswith("โครงการ") else f"โครงการ{data.title}"
    when = f"วันที่ {_DATE_BLANK}"
    keep: list[str] = []
    topic = ""
    if session is not None:
        number = f"ครั้งที่ {session.seq} " if len(data.sessions) > 1 else ""
        when = f"{number}{weekday_date(doc, session.session_date)}"
        clock = time_range(doc, session.start_time, session.end_time)
        if clock:
            when += f" เวลา {clock}"
        if session.venue.strip():
            when += f" ณ {session.venue.strip()}"
            keep.append(f"ณ {session.venue.strip()}")
        topic = f"หัวข้อ {session.topic}" if session.topic.strip() else ""
    return [
        (title, []),
        (fiscal_year_line(data.title, data.fiscal_year), []),
        (when, keep),
        (topic, []),
    ]


def _running_head(doc: ThaiDocument, data: SignInSheetData, session: DocSession | None) -> str:
    if session is None:
        return SHEET_TITLE
    number = f" ครั้งที่ {session.seq}" if len(data.sessions) > 1 else ""
    return f"{SHEET_TITLE}{number} วันที่ {doc.date(session.session_date)}"


def _rows(
    trainees: Sequence[DocTrainee], columns: Sequence[int], blank_rows: int
) -> list[list[str]]:
    rows = []
    for number, t in enumerate(trainees, start=1):
        cells = {
            _SEQ: str(number),
            _NAME: t.name,
            _ID: t.citizen_id_masked,
            _ADDRESS: address_text(t.house_no, t.moo),
            _PHONE: t.phone_masked,
        }
        rows.append([cells.get(c, "") for c in columns])
    first_blank = len(trainees) + 1
    for number in range(first_blank, first_blank + blank_rows):
        rows.append([str(number) if c == _SEQ else "" for c in columns])
    return rows
