"""Start-up: the program showing its first rows of 100,000 people, against a bare PySide6 window.

(a) a bare PySide6 process: QMainWindow with an empty QTableView, exits after the first paint;
(b) `thidua --db DEMO` with THIDUA_EXIT_AFTER_FIRST_PAINT=1: the main window with the first rows
    of the people table painted, then exits.
Whole process times (interpreter start included), median of --runs; target (b) <= 3 x (a).
Both run with compiled bytecode (PYTHONPYCACHEPREFIX in the temp folder), after a warm-up run.

    uv run python benchmarks/bench_startup.py [--runs 5] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import CACHE, ROOT, demo_db, fresh_copy, median, ms

TARGET_RATIO = 3.0

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is table.viewport():
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
window.setCentralWidget(table)
window.resize(1200, 760)
hook = Quit()
table.viewport().installEventFilter(hook)
window.show()
sys.exit(app.exec())
"""


CPU: dict[str, list[float]] = {"bare": [], "ours": []}


def run_once(cmd: list[str], env: dict[str, str], kind: str = "") -> float:
    """Wall time of one process; its CPU time (user + system) goes to CPU[kind]."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{cmd[-3:]} exited {done.returncode}: {done.stderr[-2000:]}")
    if kind:
        used = after.children_user + after.children_system
        CPU[kind].append(used - before.children_user - before.children_system)
    return took


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """A private X server when xcb is asked for and there is no display."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    server = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    time.sleep(1.0)
    os.environ["DISPLAY"] = ":97"
    return server


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen", choices=["offscreen", "xcb"])
    args = parser.parse_args()
    server = start_xvfb() if args.platform == "xcb" else None
    db = fresh_copy(demo_db(), "startup.db")
    try:
        with tempfile.TemporaryDirectory() as data:
            env = dict(os.environ)
            env.update(QT_QPA_PLATFORM=args.platform, THIDUA_DATA_DIR=data)
            # As installed programs run: with compiled bytecode (kept outside the source tree),
            # even where the shell sets PYTHONDONTWRITEBYTECODE.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
            ours_env = dict(env, THIDUA_EXIT_AFTER_FIRST_PAINT="1")
            bare_cmd = [sys.executable, "-c", BARE]
            ours_cmd = [sys.executable, "-m", "desktop", "--db", str(db)]
            run_once(bare_cmd, env)  # warm the file cache for both
            run_once(ours_cmd, ours_env)
            bare, ours = [], []
            for _ in range(args.runs):  # interleaved, so load changes hit both alike
                bare.append(run_once(bare_cmd, env, "bare"))
                ours.append(run_once(ours_cmd, ours_env, "ours"))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    ratio = median(ours) / median(bare)
    print(f"platform {args.platform}, median of {args.runs} runs")
    print(
        f"(a) bare PySide6 window + empty table: {ms(median(bare))}  (all: {', '.join(ms(t) for t in bare)})"
    )
    print(
        f"(b) thidua, 100,000 people, first rows: {ms(median(ours))}  (all: {', '.join(ms(t) for t in ours)})"
    )
    print(
        f"ratio of medians {ratio:.2f} (target <= {TARGET_RATIO:.0f}) -> "
        f"{'OK' if ratio <= TARGET_RATIO else 'MISSED'}"
    )
    print(
        f"for context: ratio of fastest runs {min(ours) / min(bare):.2f}; CPU time (user+sys)"
        f" medians {ms(median(CPU['bare']))} vs {ms(median(CPU['ours']))}"
        f" = {median(CPU['ours']) / median(CPU['bare']):.2f}; load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
