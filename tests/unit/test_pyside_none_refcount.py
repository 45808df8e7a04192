"""Regression guard: PySide6 6.12.0 drops a reference to None on every void Qt call.

On Python 3.11 the process then dies with "Fatal Python error: none_dealloc" after a few thousand
calls (e.g. painting a few hundred badges). 6.11.3 is clean; pyproject pins below 6.12 on Python
< 3.12. If an upgrade brings the bug back, this test fails.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QRectF
rect = QRectF(0, 0, 10, 10)
before = sys.getrefcount(None)
for i in range(50_000):
    rect.setWidth(float(i % 100))
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"the process died: {result.stderr[-2000:]}"
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost < 100, f"{lost} references to None lost over 50,000 void calls"
