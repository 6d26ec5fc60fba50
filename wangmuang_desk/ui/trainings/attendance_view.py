"""The attendance table itself: the entry keys of a session column, and ✓ / ✗ drawn as strokes.

AttendanceGrid (attendance_grid.py) puts this view under its toolbar; commands that reach
beyond the cells (save, mark a whole session, paste) go to the grid as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from wangmuang_desk.ui.trainings.attendance_model import (
    ABSENT_COLOUR,
    COMMAND_MODIFIERS,
    MARK_ROLE,
    PRESENT_COLOUR,
    UNSET,
    AttendanceModel,
    Mark,
    typed_mark,
)


class MarkDelegate(QStyledItemDelegate):
    """Draws ✓ and ✗ as strokes: no bundled font has the two symbols, and the office PC's
    fonts are not to be relied on (domain.md §5)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        mark = index.data(MARK_ROLE)
        if mark is None:
            super().paint(painter, option, index)
            return
        # Background, selection and focus as usual, without the text.
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        view = self.parent()
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, view)
        rect = option.rect
        size = min(rect.width(), rect.height()) * 0.5
        centre = QPointF(rect.center())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = (option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                  else PRESENT_COLOUR if mark else ABSENT_COLOUR)
        pen = QPen(colour, max(2.0, size / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        path = QPainterPath()
        half = size / 2
        if mark:
            path.moveTo(centre + QPointF(-half, 0.05 * size))
            path.lineTo(centre + QPointF(-0.15 * size, half * 0.8))
            path.lineTo(centre + QPointF(half, -half * 0.8))
        else:
            k = half * 0.75
            path.moveTo(centre + QPointF(-k, -k))
            path.lineTo(centre + QPointF(k, k))
            path.moveTo(centre + QPointF(k, -k))
            path.lineTo(centre + QPointF(-k, k))
        painter.drawPath(path)
        painter.restore()


class AttendanceView(QTableView):
    """The table with the entry keys; commands that reach beyond the cells go to the grid."""

    saveRequested = Signal()
    markColumnRequested = Signal()
    pasteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        model = self.model()
        if not isinstance(model, AttendanceModel):
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Save):
            self.saveRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.markColumnRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                COMMAND_MODIFIERS):
            self.move_down()
            return
        current = self.currentIndex()
        on_session = current.isValid() and model.is_session_column(current.column())
        if event.key() == Qt.Key.Key_Space and on_session and not (
                event.modifiers() & COMMAND_MODIFIERS):
            self.mark_selected(model.mark(current.row(), current.column()) is not True,
                               move=False)
            return
        mark = typed_mark(event)
        if mark is not UNSET and on_session:
            self.mark_selected(mark, move=True)
            return
        super().keyPressEvent(event)

    def mark_selected(self, mark: Mark, *, move: bool) -> None:
        """Mark the current cell and go down, or every selected session cell and stay."""
        model: AttendanceModel = self.model()
        current = self.currentIndex()
        selected = self.selectionModel().selectedIndexes()
        if len(selected) > 1:
            model.set_marks({(i.row(), i.column()): mark for i in selected})
            return
        model.set_mark(current.row(), current.column(), mark)
        if move:
            self.move_down()

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))

