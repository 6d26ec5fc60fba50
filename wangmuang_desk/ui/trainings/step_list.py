"""The list of the manual's ten steps down the side of a round's workspace: each with a mark
(done or not), its name, and a line of what it holds ("12 trainees · 3 sessions")."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wangmuang_desk.services.training_rows import StepState
from wangmuang_desk.thai.dates import format_be_date
from wangmuang_desk.thai.money import format_baht
from wangmuang_desk.ui.trainings.labels import step_label

translate = QCoreApplication.translate

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
FACTS_ROLE = Qt.ItemDataRole.UserRole + 2
DONE_ROLE = Qt.ItemDataRole.UserRole + 3
DONE_COLOUR = QColor("#2e7d32")
OPEN_COLOUR = QColor("#9e9e9e")
_MARK = 26  # the circle's diameter in pixels
_PAD = 4


def step_facts(state: StepState) -> str:
    """What the step holds, in a few words (empty when there is nothing to say)."""
    f = state.facts
    parts: list[str] = []
    step = state.step
    if step == 1:
        parts.append(f.get("topic") or "")
    elif step == 2:
        if (count := f.get("target_count")) is not None:
            parts.append(translate("TrainingWindow", "%n trainee(s) planned", "", count))
        if count := f.get("villages"):
            parts.append(translate("TrainingWindow", "%n village(s)", "", count))
        if f.get("planned_start"):
            parts.append(translate("TrainingWindow", "from {date}").format(
                date=format_be_date(f["planned_start"])))
    elif step == 3:
        count = f.get("speakers", 0)
        parts.append(translate("TrainingWindow", "%n speaker(s)", "", count))
        if count := f.get("partners"):
            parts.append(translate("TrainingWindow", "%n partner agency(ies)", "", count))
    elif step == 4:
        total = f.get("budget")
        parts.append(translate("TrainingWindow", "{amount} baht").format(
            amount=format_baht(Decimal(total))) if total is not None else translate(
            "TrainingWindow", "No budget lines yet"))
    elif step == 5:
        if f.get("council_ref"):
            parts.append(f["council_ref"])
            if f.get("council_on"):
                parts.append(format_be_date(f["council_on"]))
            if f.get("approved_amount") is not None:
                parts.append(translate("TrainingWindow", "{amount} baht").format(
                    amount=format_baht(f["approved_amount"])))
        else:
            parts.append(translate("TrainingWindow", "Not approved yet"))
    elif step == 6:
        count = f.get("trainees", 0)
        parts.append(translate("TrainingWindow", "%n trainee(s)", "", count))
        count = f.get("sessions", 0)
        parts.append(translate("TrainingWindow", "%n session(s)", "", count))
        if f.get("sessions"):
            parts.append(translate("TrainingWindow", "{recorded} recorded").format(
                recorded=f.get("recorded_sessions", 0)))
    elif step == 7:
        parts.append(translate("TrainingWindow", "scores of {scored} of {trainees}").format(
            scored=f.get("scored", 0), trainees=f.get("trainees", 0)))
    elif step == 8:
        count = f.get("certificates", 0)
        parts.append(translate("TrainingWindow", "%n certificate(s)", "", count))
    elif step == 9:
        count = f.get("respondents", 0)
        parts.append(translate("TrainingWindow", "%n answer(s)", "", count))
    elif step == 10:
        count = f.get("follow_ups", 0)
        parts.append(translate("TrainingWindow", "%n follow-up(s)", "", count))
    return " · ".join(p for p in parts if p)


def step_hint(step: int) -> str:
    """What the manual asks for at each step (domain.md §3.3), under the step's name."""
    hints = {
        1: translate("TrainingWindow", "Set the topic, from the needs or a group's request."),
        2: translate("TrainingWindow", "Study the target group: who, how many, when, how "
                     "long."),
        3: translate("TrainingWindow", "Find the speakers and partners; prepare documents, "
                     "materials, sign-in sheets and evaluation forms."),
        4: translate("TrainingWindow", "Write the project and its budget."),
        5: translate("TrainingWindow", "Take it to the council: the budget and its approval."),
        6: translate("TrainingWindow", "Plan the sessions, register the trainees and record "
                     "who came."),
        7: translate("TrainingWindow", "Test scores before and after, and the attendance "
                     "needed to pass."),
        8: translate("TrainingWindow", "Certificates for those who pass, numbered by fiscal "
                     "year."),
        9: translate("TrainingWindow", "The trainees' satisfaction survey; the round's "
                     "problems and suggestions."),
        10: translate("TrainingWindow", "Follow up how the trainees use the skill: occupation "
                      "and income."),
    }
    return hints[step]


def done_text(state: StepState) -> str:
    if not state.done:
        return translate("TrainingWindow", "Not done yet")
    if state.done_on is None:
        return translate("TrainingWindow", "Done")
    return translate("TrainingWindow", "Done on {date}").format(date=format_be_date(state.done_on))


class StepDelegate(QStyledItemDelegate):
    """A mark (a green disc with a tick once done, else a grey ring with the number), the
    step's name in bold and its facts in a quieter second line. The tick is drawn: the bundled
    fonts have no ✓ glyph."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        # Thai marks above and below the line need the full line spacing, twice.
        height = max(_MARK, metrics.lineSpacing() * 2 + 4) + _PAD * 2
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        mark = QRectF(rect.left(), rect.center().y() - _MARK / 2, _MARK, _MARK)
        done = bool(index.data(DONE_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._paint_mark(painter, mark, done, index.data(STEP_ROLE), option, selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = QRect(rect.left() + _MARK + _PAD * 2, rect.top(),
                          rect.width() - _MARK - _PAD * 2, rect.height())
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        top = text_rect.top() + (text_rect.height() - line * 2) // 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(QRect(text_rect.left(), top, text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setFont(option.font)
        quiet = option.palette.color(group if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        facts = index.data(FACTS_ROLE) or ""
        painter.drawText(QRect(text_rect.left(), top + line, text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(facts, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()

    @staticmethod
    def _paint_mark(painter: QPainter, rect: QRectF, done: bool, number: int,
                    option: QStyleOptionViewItem, selected: bool) -> None:
        if done:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DONE_COLOUR)
            painter.drawEllipse(rect)
            tick = QPainterPath(QPointF(rect.left() + rect.width() * 0.27, rect.center().y()))
            tick.lineTo(rect.left() + rect.width() * 0.44, rect.top() + rect.height() * 0.68)
            tick.lineTo(rect.left() + rect.width() * 0.74, rect.top() + rect.height() * 0.32)
            pen = QPen(QColor("white"), 2.6)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
            return
        colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else OPEN_COLOUR
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        painter.setPen(colour)
        painter.setFont(option.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))


class StepList(QListWidget):
    """The ten steps; `current_step()` is the one selected (1..10)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_steps(self, steps: tuple[StepState, ...]) -> None:
        current = self.current_step()
        self.blockSignals(True)  # the same step stays selected: nothing to announce
        self.clear()
        for state in steps:
            item = QListWidgetItem(f"{state.step}. {step_label(state.key)}")
            item.setData(STEP_ROLE, state.step)
            facts = step_facts(state)
            when = done_text(state)
            # The mark says done or not; the date it was done leads the line.
            line = " · ".join(t for t in (format_be_date(state.done_on), facts) if t)
            item.setData(FACTS_ROLE, line or when)
            item.setData(DONE_ROLE, state.done)
            item.setToolTip("\n".join(t for t in (facts, when, state.note) if t))
            self.addItem(item)
        if current:
            self.setCurrentRow(current - 1)
        self.blockSignals(False)

    def current_step(self) -> int:
        item = self.currentItem()
        return item.data(STEP_ROLE) if item is not None else 0

    def state_text(self, step: int) -> tuple[bool, str]:
        """(done, the second line) of a step, as shown."""
        item = self.item(step - 1)
        return bool(item.data(DONE_ROLE)), item.data(FACTS_ROLE)
