"""The yardstick for start-up: a bare PySide6 main window in a program that imports sqlalchemy.orm.

Prints "ready <seconds since this script began>" once the window is shown and one round of
events has run; the parent measures the whole process from spawn to that line.
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402 - the clock starts before any import

import sqlalchemy.orm  # noqa: E402, F401 - part of the yardstick: every real start needs it
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    print(f"ready {time.perf_counter() - T0:.6f}", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
