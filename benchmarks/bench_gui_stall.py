"""The longest stall of the GUI event loop while long operations run through the real pages
(issue 16). Target: at most 100 ms for each.

    uv run python benchmarks/bench_gui_stall.py [--people 100000] [--only dossier --only import]

On a demo database of `--people` people (made once by `thidua demo`, cached in the temp
folder; a fresh copy is used), a QTimer ticks every 10 ms on the GUI thread and the longest gap
between two ticks is taken while each operation runs from the page or dialog the clerk uses:
the eligibility tab, "Everyone eligible" (CSTĐCS into a new draft batch), recheck of the
decided 2025 batch, submit, the dossier preview, the year's report, an export of every person,
an import of a 10,000-row staff file (preview, dialog, commit), a backup, a restore, a restore
from the recycle bin (the batch of everyone eligible) and the change history. Wall time is
printed beside it: the work itself runs on the database worker. Python's garbage collections
of 10 ms or more during each operation are counted too (any thread's: a collection holds the GIL,
so one on the worker stops the GUI thread as well), with the CPU time of the longest (under
load the wall time of a collection is several times its CPU time: its thread waits for a core
while holding the GIL); `--objects` adds how many objects the collector tracked at the largest
of them (counting them takes the GIL too: not for the figures). Once the first page is shown,
start-up's objects are frozen out of later collections as the program does after its first paint
(`desktop/ui/app.py` `freeze_start_up`; `--no-freeze` leaves that out, to compare).
`--only` runs the operations whose name contains the text (the set-up the others need still runs).
Plain timers, not a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from benchmarks._common import CACHE, demo_db, fresh_copy
from desktop.domain.awards import CommendationType
from desktop.domain.proposals import BatchInput, BatchState, MeetingInput
from desktop.services import catalog, proposals, recycle_bin, units
from desktop.services.session import Workspace
from desktop.ui import tasks

TARGET_MS = 100.0
WRITE_STAFF = """
import sys
from pathlib import Path
from desktop.exchange.staff import write_staff
unit = sys.argv[2]
row = lambda n: (f"Nguyễn Văn Thử {n}", "01/02/1985", "Nam", "", "", "", unit, "", "", "", "", "")
write_staff(Path(sys.argv[1]), (row(n) for n in range(10_000)))
"""
WHY_AFTER = float(os.environ.get("STALL_WHY_AFTER", "0.05"))
YEAR = 2025


class StallMeter:
    """A 10 ms timer on the GUI thread; the longest gap between its ticks while measuring.
    With `why`, a watcher thread notes where the GUI thread was when a tick was 50 ms late."""

    def __init__(self, why: bool = False, objects: bool = False) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        self.seen: dict[str, int] = {}
        # Python's garbage collections while measuring: one holds the GIL, so a long one on the
        # worker stops the GUI thread too (the cause --why cannot name: it stops in any line).
        self.collecting: dict[int, tuple[float, float]] = {}  # thread: (wall, its CPU) at start
        self.longest_gc = 0.0
        self.longest_gc_cpu = 0.0
        self.gc_count = 0
        self.objects = objects
        self.most_tracked = 0  # with `objects`: tracked objects at the largest full collection
        gc.callbacks.append(self._collected)
        if why:
            gui = threading.get_ident()
            threading.Thread(target=self._watch, args=(gui,), daemon=True).start()

    def _watch(self, gui: int) -> None:
        while True:
            time.sleep(0.02)
            if time.perf_counter() - self.last > WHY_AFTER:
                parts = []
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    where = traceback.extract_stack(frame)[-4:]
                    text = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in where[::-1])
                    parts.append(("GUI " if ident == gui else "other ") + text)
                key = " | ".join(sorted(parts))
                self.seen[key] = self.seen.get(key, 0) + 1

    def report_why(self) -> None:
        """Print where the GUI thread was seen late, most often first."""
        for key, n in sorted(self.seen.items(), key=lambda kv: -kv[1])[:8]:
            print(f"    {n * 20:5d} ms  {key}")
        self.seen.clear()

    def _collected(self, phase: str, _info: dict[str, int]) -> None:
        now, thread = time.perf_counter(), threading.get_ident()
        if phase == "start":
            if self.objects and _info["generation"] == 2:
                self.most_tracked = max(self.most_tracked, len(gc.get_objects()))
                now = time.perf_counter()
            self.collecting[thread] = (now, time.thread_time())
            return
        began, cpu = self.collecting.pop(thread, (now, time.thread_time()))
        took = now - began
        if took >= 0.01:
            self.gc_count += 1
            if took > self.longest_gc:
                self.longest_gc, self.longest_gc_cpu = took, time.thread_time() - cpu

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def measure(self, fn: Callable[[], object]) -> tuple[float, float]:
        """(longest stall, wall time) in seconds of `fn()` and the background work it left;
        `longest_gc` and `gc_count` then tell its collections of 10 ms or more."""
        QApplication.processEvents()
        self.seen.clear()
        self.longest_gc, self.longest_gc_cpu, self.gc_count, self.most_tracked = 0.0, 0.0, 0, 0
        self.last = time.perf_counter()
        self.longest = 0.0
        start = self.last
        fn()
        settle()
        self._tick()  # the stretch after the last tick counts too
        return self.longest, time.perf_counter() - start


def settle() -> None:
    """Spin the event loop until every running task has called back."""
    while tasks._by_key:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def wait(task: tasks.Task | None) -> None:
    """Spin the event loop until `task` has called back."""
    while task is not None and not task.done:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--why", action="store_true", help="where the GUI thread stalled")
    parser.add_argument(
        "--objects", action="store_true", help="tracked objects at the largest full collection"
    )
    parser.add_argument(
        "--no-freeze", action="store_true", help="without the program's start-up gc.freeze()"
    )
    parser.add_argument(
        "--only", action="append", default=[], help="operations whose name contains this"
    )
    args = parser.parse_args()
    source = demo_db(args.people)
    path = fresh_copy(source, f"stall-{args.people}.db")
    for side in (".auditanchor", ".checked"):
        Path(str(path) + side).unlink(missing_ok=True)
    work = CACHE / f"stall-{args.people}-files"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()

    app = QApplication.instance() or QApplication(sys.argv)
    # No dialog may wait for a click: answers are given here.
    QMessageBox.information = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    target: list[Path] = [work / "export.xlsx"]
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target[0]), "")  # type: ignore[method-assign]
    ws = Workspace.open(path)
    meter = StallMeter(args.why, args.objects)
    results: list[tuple[str, float, float, str]] = []

    def selected(name: str) -> bool:
        return not args.only or any(o.lower() in name.lower() for o in args.only)

    def run(name: str, fn: Callable[[], object]) -> None:
        if not selected(name):
            return
        before = len(gc.get_objects()) if args.objects else 0
        stall, wall = meter.measure(fn)
        collections = (
            f"{meter.gc_count} × gc ≥ 10 ms, longest {meter.longest_gc * 1000:.0f} ms "
            f"(CPU {meter.longest_gc_cpu * 1000:.0f} ms)"
            if meter.gc_count
            else ""
        )
        if args.objects:
            collections += f" (objects before {before:,}, at the largest {meter.most_tracked:,})"
        results.append((name, stall, wall, collections))
        print(f"{name:<44} {stall * 1000:8.1f} ms {wall:8.2f} s  {collections}", flush=True)
        if args.why:
            meter.report_why()

    def idle_worker() -> None:
        wait(tasks.run_in_background(None, lambda: time.sleep(1), lambda _r: None))

    def busy_worker() -> None:
        def spin() -> int:
            end, n = time.perf_counter() + 1, 0
            while time.perf_counter() < end:
                n += 1
            return n

        wait(tasks.run_in_background(None, spin, lambda _r: None))

    # What the machine alone gives: the worker asleep, then busy in Python (the GIL shared).
    run("(baseline: worker asleep 1 s)", idle_worker)
    run("(baseline: worker busy in Python 1 s)", busy_worker)

    from desktop.ui.pages.proposals import ProposalsPage

    page = ProposalsPage(ws)
    page.resize(1366, 700)
    page.batches.confirm = lambda _t, _q: True
    page.batches.show_problems = lambda _p: None
    page.batches.report_error = lambda _e: None
    page.eligibility.year_box.setValue(YEAR)
    page.show()
    settle()
    if not args.no_freeze:  # as the program does after its first paint
        from desktop.ui.app import freeze_start_up

        freeze_start_up()

    def eligibility_tab() -> None:
        wait(page.eligibility.evaluate())

    run("Eligibility tab, whole year", eligibility_tab)

    # The personal award with the most people eligible this year (setup, not timed).
    from collections import Counter

    from desktop.services import eligibility

    counts = Counter(
        r.award
        for r in eligibility.evaluate(ws, YEAR)
        if r.subject_kind == "person" and r.result.value == "eligible"
    )
    award = counts.most_common(1)[0][0]
    batch = proposals.create_batch(
        ws, BatchInput(f"Đề nghị {award} năm 2025", CommendationType.MERIT, YEAR)
    )

    def add_eligible() -> None:
        from desktop.ui.dialogs.proposal_dialogs import NomineeDialog

        dialog = NomineeDialog(ws, batch, catalog.load(ws), page)
        dialog.award_box.setCurrentIndex(dialog.award_box.findData(award))
        dialog.all_eligible.setChecked(True)
        assert dialog.save(), "add-eligible refused"
        print(f"  ({dialog.added} nominees added)")

    run(f"Everyone eligible ({award}) into a batch", add_eligible)

    decided = next(
        b.id for b in proposals.list_batches(ws) if b.year == YEAR and b.state is BatchState.DECIDED
    )
    tab = page.batches

    def recheck() -> None:
        tab.refresh(select=decided)
        tab.recheck()

    run("Recheck the decided 2025 batch", recheck)

    draft = next(
        b.id for b in proposals.list_batches(ws) if b.state is BatchState.DRAFT and b.id != batch
    )
    ids = [n.id for n in proposals.nominees(ws, draft)]
    meeting = MeetingInput(
        datetime(YEAR + 1, 12, 10, 8), "Phòng họp", "Giám đốc Sở", "Chánh Văn phòng", 9, 9
    )
    proposals.record_meeting(ws, draft, meeting, dict.fromkeys(ids, 9))

    def submit() -> None:
        tab.refresh(select=draft)
        tab.submit(date(YEAR + 1, 12, 12))

    run("Submit a batch", submit)

    def dossier() -> None:
        from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

        dialog = DossierPreviewDialog(ws, decided, "all", page)
        dialog.show()
        wait(dialog.task)
        settle()
        dialog.close()
        dialog.deleteLater()

    run("Dossier preview of the 2025 batch", dossier)

    from desktop.ui.pages.documents import DocumentsPage

    docs = DocumentsPage(ws)
    docs.period_edit.setText(str(YEAR))
    settle()

    def report() -> None:
        docs.create_report()
        wait(docs.task)

    run("Year's report (PDF preview)", report)

    from desktop.ui.dialogs import import_dialog

    def export() -> None:
        target[0] = work / "can_bo.xlsx"
        import_dialog.run_export(page, ws, "staff")

    run("Export every person to Excel", export)

    staff = work / "them_10000.xlsx"
    names = Counter(u.name for u in units.list_units(ws))
    unit_name = next(n for n, k in names.items() if k == 1)  # one unit of that name
    # Written by another process: run alone (`--only "staff rows"`), the import is the first
    # workbook this process reads, openpyxl and the import kinds not yet imported.
    subprocess.run(
        [sys.executable, "-c", WRITE_STAFF, str(staff), unit_name],
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if args.only:
        print(f"  (openpyxl imported before the import: {'openpyxl' in sys.modules})")

    previewed: list[object] = []

    def import_read() -> None:
        preview = import_dialog.preview_file(page, ws, "staff", staff)
        assert preview is not None
        previewed.append(preview)
        dialog = import_dialog.ImportPreviewDialog(preview, page)
        dialog.show()
        QApplication.processEvents()
        dialog.close()
        dialog.deleteLater()

    def import_write() -> None:
        result = import_dialog.commit_preview(page, ws, previewed[0])  # type: ignore[arg-type]
        assert result is not None
        print(f"  ({result.added} added, {result.skipped} skipped)")

    run("Import 10,000 staff rows: read, check, preview", import_read)
    if not previewed and selected("Import 10,000 staff rows: write"):
        import_read()  # --only left the reading out; the write needs it
    run("Import 10,000 staff rows: write", import_write)

    from desktop.ui.pages.backups import BackupsPage

    bpage = BackupsPage(ws, None)
    bpage.confirm = lambda _b, _c: True
    bpage.on_error = lambda exc: print("  error:", exc)
    stick = work / "usb"

    def backup() -> None:
        bpage.backup_to(stick)
        wait(bpage.task)

    run("Backup to a folder", backup)
    if not stick.exists() and selected("Restore that backup"):
        backup()  # --only left the backup out; the restore needs it

    def restore() -> None:
        bpage.restore_from(next(stick.glob("*.db")))
        wait(bpage.task)  # the comparison
        settle()  # then the restore it starts

    run("Restore that backup", restore)

    proposals.delete_batch(ws, batch)
    from desktop.ui.pages.recycle_bin import RecycleBinPage

    bin_page = RecycleBinPage(ws)

    def bin_restore() -> None:
        bin_page.reload()
        entry = next(e for e in recycle_bin.entries(ws) if award in e.label)
        bin_page.select_entry(entry.id)
        assert bin_page.restore_selected()

    run("Recycle bin: restore the big batch", bin_restore)

    def history() -> None:
        from desktop.ui.dialogs.history import HistoryDialog

        dialog = HistoryDialog(ws, page)
        dialog.show()
        QApplication.processEvents()
        print(f"  ({dialog.model.total} events)")
        dialog.close()
        dialog.deleteLater()

    run("Change history, every event", history)

    meter.timer.stop()
    ws.close()
    print()
    print(f"{'operation':<44} {'longest stall':>14} {'wall':>9}")
    for name, stall, wall, collections in results:
        flag = "" if stall * 1000 <= TARGET_MS else "  over"
        print(f"{name:<44} {stall * 1000:11.1f} ms {wall:8.2f} s{flag}  {collections}")
    worst = max((s for _n, s, _w, _c in results), default=0.0)
    print(
        f"\nlongest stall {worst * 1000:.1f} ms (target ≤ {TARGET_MS:.0f} ms), "
        f"{args.people:,} people, load {os.getloadavg()[0]:.1f}"
    )
    del app


if __name__ == "__main__":
    main()
