""" "Know ourselves" (the manual's first principle for a group): strengths, weaknesses, and
problems and needs, written down with the group. The plan items are their own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wangmuang_desk.services.group_rows import GroupDetail
from wangmuang_desk.ui.groups.group_form_tab import GroupFormTab, text_box
from wangmuang_desk.ui.widgets.form_layout import form_section, hint_label

translate = QCoreApplication.translate


class KnowOurselvesTab(GroupFormTab):
    def build_form(self, content: QWidget) -> None:
        box, form = form_section(translate("GroupWindow", "Know ourselves"))
        form.addRow(
            hint_label(
                translate(
                    "GroupWindow",
                    "What the members say about their group: what it does well, what holds "
                    "it back, and what it needs. The development plan builds on this.",
                )
            )
        )
        self.strengths = self.field(text_box("strengths", 4))
        self.weaknesses = self.field(text_box("weaknesses", 4))
        self.problems_needs = self.field(text_box("problems_needs", 4))
        form.addRow(translate("GroupWindow", "Strengths"), self.strengths)
        form.addRow(translate("GroupWindow", "Weaknesses"), self.weaknesses)
        form.addRow(translate("GroupWindow", "Problems and needs"), self.problems_needs)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)  # the text fields share the height of the tab

    def load(self, detail: GroupDetail | None) -> None:
        data = detail.data if detail is not None else None
        self.strengths.setPlainText(data.strengths if data else "")
        self.weaknesses.setPlainText(data.weaknesses if data else "")
        self.problems_needs.setPlainText(data.problems_needs if data else "")

    def collect(self) -> dict[str, Any]:
        return {
            "strengths": self.strengths.toPlainText(),
            "weaknesses": self.weaknesses.toPlainText(),
            "problems_needs": self.problems_needs.toPlainText(),
        }
