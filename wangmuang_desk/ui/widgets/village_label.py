"""A village as staff name it on screen: "หมู่ 2 บ้านหนองปลาไหล" ("Moo 2 …" in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def village_label(moo: int | None, name: str = "") -> str:
    """Empty when the village is not known. (VillageRow.label is the Thai of documents.)"""
    if moo is None:
        return ""
    # The context is the person picker's, where this first lived: one translation for all.
    return QCoreApplication.translate("PersonPicker", "Moo {moo} {name}").format(
        moo=moo, name=name).strip()
