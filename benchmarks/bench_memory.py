"""Resident memory of the program with 100,000 people: main window on the people table,
scrolled to the bottom in steps (every block of rows fetched on the way) and back to the top,
while the daily backup and the background check of the file run (peak = VmHWM).
Target: at most 250 MB.

    uv run python benchmarks/bench_memory.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import ROOT, demo_db, fresh_copy

TARGET_MB = 250

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.services.session import Workspace
from desktop.ui import app as shell
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

prefs = Preferences()
qapp = shell.make_application("vi")
ws = Workspace.open(sys.argv[1])
window = MainWindow(ws, prefs)
window.show()
# What the program starts after showing the window (desktop/ui/app.py): the daily backup and
# the background check of the data file, in the worker thread while the clerk scrolls.
from desktop.ui import backup_prompts
from desktop.ui.tasks import wait_for_worker
backup_prompts.start_daily_backup(window, ws)
backup_prompts.start_background_check(window, ws)
QApplication.processEvents()
print("shown %.0f MB (peak %.0f)" % rss(), flush=True)
table = window.current_page().table
rows = table.model().rowCount()
bar = table.verticalScrollBar()
steps = 400
for n in list(range(steps + 1)) + list(range(steps, -1, -1)):
    bar.setValue(bar.maximum() * n // steps)
    table.viewport().repaint()
    QApplication.processEvents()
table.scrollToBottom(); QApplication.processEvents()
table.scrollToTop(); QApplication.processEvents()
wait_for_worker(300_000)
QApplication.processEvents()
now, peak = rss()
print("rows %d scrolled %.0f MB peak %.0f MB" % (rows, now, peak), flush=True)
window.close()
ws.close()
"""


def main() -> int:
    db = fresh_copy(demo_db(), "memory.db")
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THIDUA_DATA_DIR=data)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(db)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        print(done.stdout, done.stderr, file=sys.stderr)
        return 1
    print(done.stdout.strip())
    last = done.stdout.strip().splitlines()[-1].split()
    peak = float(last[-2])
    print(
        f"peak resident memory {peak:.0f} MB (target {TARGET_MB} MB) -> "
        f"{'OK' if peak <= TARGET_MB else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
