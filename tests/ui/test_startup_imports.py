"""The first screen loads only what it needs (issue 2 "Speed"): no SQLAlchemy, Alembic,
reportlab or openpyxl before the main window with the people table is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "openpyxl")

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.cli import main
from desktop.ui.main_window import MainWindow

def check():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            rows = w.current_page().table.model().rowCount()
            heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2].split(",")))
            print("rows", rows, "heavy", ",".join(heavy) or "-", flush=True)
            w.close()
            return
    QTimer.singleShot(10, check)

QTimer.singleShot(0, check)
sys.exit(main(["--db", sys.argv[1], "--lang", "vi"]))  # the `thidua` command
"""


def test_first_screen_imports_no_heavy_library(ws, tmp_path: Path) -> None:
    from tests.ui.shell_data import small_office

    small_office(ws)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ws.path), ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "rows 3 heavy -" in result.stdout, result.stdout + result.stderr
