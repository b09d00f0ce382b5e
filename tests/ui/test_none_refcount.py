"""Python 3.12+ is required: PySide6 6.12 on Python 3.11 drops a reference to None on every Qt
call that returns nothing and aborts the interpreter (STACK_NOTES.md §0)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20_000):
    label.setObjectName("a")  # returns None
after = sys.getrefcount(None)
print(before, after)
"""


def test_many_none_returning_qt_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "none_dealloc" not in result.stderr
    before, after = (int(n) for n in result.stdout.split())
    # None is immortal from 3.12 (PEP 683): its count does not fall by one per call.
    assert after >= before - 100


def test_the_project_requires_python_3_12() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.12"
    assert sys.version_info >= (3, 12)
