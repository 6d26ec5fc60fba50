"""pytest's importlib mode puts no test folder on sys.path; this one is added so that the
report tests can import the modules beside them by name (training_pdf_data.py, the round they
print, and pdf_readback.py, reading the PDF back)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).parent))
