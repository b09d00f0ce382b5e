"""Benchmark hook: with THIDUA_EXIT_AFTER_FIRST_PAINT=1 the program quits right after it has
painted a table with rows (benchmarks/bench_startup.py measures the whole process). With
THIDUA_FIRST_PAINT_STAMP=FILE it also writes the wall-clock time of that paint (time.time()) into
FILE, so the launcher can tell launch-to-first-window apart from the time the process takes to exit."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

ENV = "THIDUA_EXIT_AFTER_FIRST_PAINT"
STAMP_ENV = "THIDUA_FIRST_PAINT_STAMP"
GIVE_UP_MS = 20_000  # quit anyway (with GAVE_UP_CODE) if no table with rows is ever painted
GAVE_UP_CODE = 3


class _QuitAfterTablePaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if (
                isinstance(view, QTableView)
                and watched is view.viewport()
                and view.model() is not None
                and view.model().rowCount() > 0
            ):
                self._app.removeEventFilter(self)
                QTimer.singleShot(0, _painted)  # once this paint has finished
        return False


def _painted() -> None:
    stamp = os.environ.get(STAMP_ENV)
    if stamp:
        Path(stamp).write_text(repr(time.time()), encoding="ascii")
    QApplication.quit()


def install_if_requested(app: QApplication) -> None:
    """Quit after the first painted table with rows, when the environment asks for it."""
    if not os.environ.get(ENV):
        return
    hook = _QuitAfterTablePaint(app)
    app.installEventFilter(hook)
    QTimer.singleShot(GIVE_UP_MS, lambda: QApplication.exit(GAVE_UP_CODE))
