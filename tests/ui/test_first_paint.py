"""`thidua --db FILE` through the real command line: the first screen paints the people table
and, with THIDUA_EXIT_AFTER_FIRST_PAINT=1 (used by benchmarks/bench_startup.py), quits cleanly
without having imported any heavy library (the verbs' services are not loaded to open it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services import demo
from desktop.services.session import Workspace

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "openpyxl")


def test_program_quits_after_first_paint_without_heavy_imports(
    ws: Workspace, tmp_path: Path
) -> None:
    demo.fill(ws, people=60, seed=2)
    path = ws.path
    ws.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        THIDUA_EXIT_AFTER_FIRST_PAINT="1",
        THIDUA_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--db", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "PySide6" in imported
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))
