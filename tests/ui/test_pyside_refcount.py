"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 under Python 3.11 drops one reference to None on every call of a method that
returns nothing; after a few thousand calls (a morning of office work) the interpreter aborts
with "none_dealloc". pyproject.toml keeps that release out; this test fails on any binding
with the same fault. (From Python 3.12 None is immortal and the count does not move at all.)
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel  # noqa: E402


def test_void_calls_leave_the_reference_count_of_none_alone(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("ทดสอบ")
        label.setEnabled(True)
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50
