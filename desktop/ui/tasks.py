"""One way to run long work (imports, PDFs, reports, backups) without freezing the window.

`run_in_background(parent, fn, on_success, on_failure, title)`: `fn` is a plain function that
gets no widgets; it runs on the single database worker thread (so writes never race each other
and the worker keeps one SQLite connection); its result or its exception comes back on the GUI
thread. A progress dialog appears when the work takes more than a moment.

`run_with_progress(parent, fn, ...)`: the same, but `fn(progress)` gets a `domain.progress.Progress`
to report its steps to and to check between them; the dialog then shows how far it is and has a
Cancel button. Cancel asks the work to stop (the dialog says "Cancelling…"); the work raises
`Cancelled` at its next check, its transaction rolls back, the dialog closes and `on_cancelled`
runs (by default the window says the work was cancelled).
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import progress as steps
from desktop.domain.progress import Cancelled, Progress

log = logging.getLogger("thidua.ui")

_pool: QThreadPool | None = None
_notes: set[QMessageBox] = set()

# How long work runs before its progress dialog shows (tests set 0 to see it at once).
SHOW_AFTER_MS = 400
# The dialog is told how far the work is at most this often (and at each new step).
REPORT_EVERY_S = 0.1
# Called on the worker thread at each progress report with (task, done, total, what): lets a
# test act at a known step (click Cancel, look at the dialog). Empty in the program.
report_hooks: list[Callable[[Task, int, int, str], None]] = []


class _ImportsLetTheWindowIn:
    """A finder that finds nothing: on a thread other than the GUI thread, a module imported for
    the first time first lets the GUI thread take the GIL if that was not offered for `EVERY_S`.

    Importing reads files: each stat, open and read lets go of the GIL for microseconds and takes
    it straight back, and a thread waiting for it (the GUI thread) is then never handed it (the
    interpreter asks the holder to let go only when no switch happened for a whole interval). The
    first staff import, whose worker imports the 27 modules of the import kinds, held the window
    up to 0.4 s that way (benchmarks/bench_gui_stall.py); with a short sleep between modules
    now and then, the GUI thread runs between them."""

    EVERY_S = 0.005
    SLEEP_S = 0.0005

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def find_spec(self, _name: str, _path: object, _target: object = None) -> None:
        if threading.current_thread() is threading.main_thread():
            return
        now = time.perf_counter()
        if now - self._last >= self.EVERY_S:
            time.sleep(self.SLEEP_S)
            self._last = time.perf_counter()


# How long a busy worker keeps the GIL once the GUI thread asks for it (Python's default: 5 ms).
# Every Qt call the GUI thread makes lets go of the GIL, so building a dialog while the worker
# parses a workbook waited up to 5 ms per call (the progress dialog's first show: 60-100 ms).
SWITCH_INTERVAL_S = 0.001


def _share_the_interpreter_with_the_window() -> None:
    """Before a worker thread runs Python: the GUI thread gets the GIL back within
    `SWITCH_INTERVAL_S`, and first imports off the GUI thread let it in (see above)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    if not any(isinstance(f, _ImportsLetTheWindowIn) for f in sys.meta_path):
        sys.meta_path.insert(0, _ImportsLetTheWindowIn())


def worker_pool() -> QThreadPool:
    """The one worker thread for database work (created on first use)."""
    global _pool
    if _pool is None:
        _share_the_interpreter_with_the_window()
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread, and so its SQLite connection
    return _pool


class _Bridge(QObject):
    """The one object the worker threads emit through: made on the GUI thread at first use and
    never freed, so no Qt object of a task is ever released on a worker thread (a task's own
    signal object freed there, once its caller let go of the task, crashed the program)."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._succeeded, queued)
        self.failed.connect(self._failed, queued)
        self.progressed.connect(self._progressed, queued)

    def _succeeded(self, key: int, result: object) -> None:
        task = _by_key.get(key)
        if task is not None:
            task._succeeded(result)

    def _failed(self, key: int, exc: BaseException) -> None:
        task = _by_key.get(key)
        if task is not None:
            task._failed(exc)

    def _progressed(self, key: int, done: int, total: int, what: str) -> None:
        task = _by_key.get(key)
        if task is not None:
            task._progressed(done, total, what)


_bridge: _Bridge | None = None
# The tasks not finished yet, by key: keeps each alive until its callback ran, and lets the
# bridge find it (the worker knows a task by its key only).
_by_key: dict[int, Task] = {}
_keys = itertools.count(1)


def _the_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
    return _bridge


class _Job(QRunnable):
    """Runs `fn` and hands its result or error to the GUI thread under the task's key."""

    def __init__(self, fn: Callable[[], Any], key: int) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._key = key
        self._bridge = _the_bridge()
        _share_the_interpreter_with_the_window()

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._bridge.failed.emit(self._key, exc)
        else:
            self._bridge.succeeded.emit(self._key, result)
        self._fn = _no_work  # the work's closure is let go of here, holding no Qt object


def _no_work() -> None:
    return None


def _count(n: int) -> str:
    """A count with dots between thousands, as the rest of the program writes them."""
    return f"{n:,}".replace(",", ".")


def step_text(what: str) -> str:
    """The words for a step code of `domain.progress` in the UI language ("" for none)."""
    texts = {
        steps.READ: QCoreApplication.translate("ProgressDialog", "Reading the file…"),
        steps.CHECK: QCoreApplication.translate("ProgressDialog", "Checking…"),
        steps.WRITE: QCoreApplication.translate("ProgressDialog", "Writing…"),
        steps.COMPUTE: QCoreApplication.translate("ProgressDialog", "Computing…"),
        steps.BUILD: QCoreApplication.translate("ProgressDialog", "Building the document…"),
        steps.COPY: QCoreApplication.translate("ProgressDialog", "Copying…"),
        steps.VERIFY: QCoreApplication.translate("ProgressDialog", "Verifying…"),
    }
    return texts.get(what, "")


class ProgressDialog(QDialog):
    """What a running task is doing: a label, a bar (busy until the size is known), Cancel."""

    cancel_requested = Signal()

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._title = title
        layout = QVBoxLayout(self)
        self.label = QLabel(title)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the work says how big it is
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.request_cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.cancelling = False

    def set_progress(self, done: int, total: int, what: str) -> None:
        """Show `done` of `total` (busy when the total is unknown) and the step's words."""
        if self.cancelling:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        words = step_text(what) or self._title
        if total > 0:
            words += " " + self.tr("%1 of %2").replace("%1", _count(done)).replace(
                "%2", _count(total)
            )
        elif done > 0:
            words += " " + _count(done)
        self.label.setText(words)

    def request_cancel(self) -> None:
        """Ask the work to stop; the dialog stays, saying so, until the work has stopped."""
        if self.cancelling:
            return
        self.cancelling = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape or the window's close button: the same as Cancel
        if self.cancel_button.isVisible():
            self.request_cancel()

    def closeEvent(self, event: Any) -> None:  # only the task closes it
        event.ignore()
        self.reject()


def _ignore(_result: object) -> None:
    """The success callback of a finished task."""


def say_cancelled(parent: QWidget | None) -> None:
    """Tell the clerk the work was cancelled and nothing was changed (no box to click away
    when the window has a status bar)."""
    from desktop.ui.errors import plain_message

    text = plain_message(Cancelled()) or ""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)
        return
    box = QMessageBox(QMessageBox.Icon.Information, "Thi đua", text, parent=parent)
    box.setObjectName("cancelled_message")
    _notes.add(box)  # kept until closed (a box without a parent is not kept by Qt)
    box.finished.connect(lambda _r: _notes.discard(box))
    box.show()


class _Reporter:
    """A task's progress listener, called on the worker thread: passes on to the GUI a new step
    at once and otherwise at most one report every `REPORT_EVERY_S` (each report the GUI
    handles must take the GIL from the busy worker: a flood of them froze the window for half
    a second), then runs the test hooks (with hooks every changed report is passed on, so a
    test sees the value of the step it stopped at)."""

    def __init__(self, key: int, task: weakref.ref[Task]) -> None:
        self._key = key
        self._bridge = _the_bridge()
        self._task = task
        self._shown: tuple[int, int, str] = (-1, -1, "")
        self._sent = 0.0

    def __call__(self, done: int, total: int, what: str) -> None:
        shown = (done * 1000 // total if total > 0 else done, total, what)
        now = time.monotonic()
        if shown != self._shown and (
            what != self._shown[2]
            or now - self._sent >= REPORT_EVERY_S
            or (total > 0 and done >= total)
            or report_hooks
        ):
            self._shown, self._sent = shown, now
            self._bridge.progressed.emit(self._key, done, total, what)
        task = self._task() if report_hooks else None
        if task is not None:
            for hook in list(report_hooks):
                hook(task, done, total, what)
            del task


class Task(QObject):
    """A running background job; `finished` is emitted after its callback ran."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
        title: str,
        *,
        cancellable: bool = False,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        super().__init__()
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self._on_progress = on_progress
        # The worker knows the task by its key only: it must never hold the last reference to
        # a QObject (one freed on the worker thread crashes); the bridge finds the task here.
        self.key = next(_keys)
        _by_key[self.key] = self
        self.token = Progress(_Reporter(self.key, weakref.ref(self)))
        self.progress: ProgressDialog | None = None
        self._show_timer: QTimer | None = None
        if title:
            dialog = ProgressDialog(title, cancellable, parent)
            dialog.cancel_requested.connect(self.cancel)
            self.progress = dialog
            # A child of the task: gone with it (a bare singleShot would call a deleted task).
            self._show_timer = QTimer(self)
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_progress)
            self._show_timer.start(SHOW_AFTER_MS)

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self.token.cancel()

    def _progressed(self, done: int, total: int, what: str) -> None:
        if self.done or self._parent_gone():
            return
        if self.progress is not None:
            self.progress.set_progress(done, total, what)
        if self._on_progress is not None:
            self._on_progress(done, total, what)

    def _show_progress(self) -> None:
        if self.progress is not None and not self.done and not self._parent_gone():
            self.progress.show()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _parent_gone(self) -> bool:
        # The window that asked may have been closed while the work ran: its widgets are gone.
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _succeeded(self, result: object) -> None:
        self._close_progress()
        self.result = result
        try:
            if self._parent_gone():
                log.info("background result dropped: its window was closed")
            else:
                self._on_success(result)
        finally:
            self._finish()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.error = exc
        try:
            if self._parent_gone():
                log.warning("background error after its window closed: %r", exc)
            elif isinstance(exc, Cancelled):
                self.cancelled = True
                log.info("background work cancelled")
                if self._on_cancelled is not None:
                    self._on_cancelled()
                else:
                    say_cancelled(self._parent)
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                from desktop.ui.errors import show_error

                show_error(self._parent, exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        if self._show_timer is not None:
            # Stopped here, on the GUI thread: a finished task may be freed later by Python's
            # cycle collector on whatever thread runs it, and Qt stops timers only on theirs.
            self._show_timer.stop()
        _by_key.pop(self.key, None)
        self.finished.emit()
        # Let go of the caller's callbacks (they hold its window): no cycle keeps a finished
        # task and its window alive until the collector runs.
        self._on_success = _ignore
        self._on_failure = self._on_progress = self._on_cancelled = None


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    title: str = "",
) -> Task:
    """Run `fn()` on the database worker; call `on_success(result)` or `on_failure(exc)` on the
    GUI thread. Without `on_failure` the error is shown by `errors.show_error`. A non-empty
    `title` shows a progress dialog (no Cancel) while the work lasts more than 0.4 s."""
    task = Task(parent, on_success, on_failure, title)
    worker_pool().start(_Job(fn, task.key))
    return task


def run_with_progress(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    title: str = "",
    *,
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    reader: bool = False,
    cancellable: bool = True,
) -> Task:
    """Run `fn(progress)` like `run_in_background` (or, with `reader`, like `run_reader`); the
    dialog (a non-empty `title`) shows its reports and a Cancel button; `on_progress(done,
    total, step)` hears them on the GUI thread too (a window with its own bar; it calls
    `task.cancel()`). A cancelled run calls `on_cancelled()` (default: the window says it was
    cancelled) instead of `on_failure`."""
    task = Task(
        parent,
        on_success,
        on_failure,
        title,
        cancellable=cancellable,
        on_cancelled=on_cancelled,
        on_progress=on_progress,
    )

    token = task.token  # the work refers to the token only, never to the task

    def work() -> Any:
        with steps.active(token):
            return fn(token)

    if reader:
        job = _Job(work, task.key)
        threading.Thread(target=job.run, name="thidua-reader", daemon=True).start()
    else:
        worker_pool().start(_Job(work, task.key))
    return task


def run_reader(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run a long READ-ONLY `fn()` (it opens its own read connection) on a thread of its own,
    so that the database worker stays free for the clerk's saves and closing the program does
    not wait for it; the callbacks come back on the GUI thread like `run_in_background`."""
    task = Task(parent, on_success, on_failure, "")
    job = _Job(fn, task.key)
    threading.Thread(target=job.run, name="thidua-reader", daemon=True).start()
    return task


def wait_for(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    title: str,
    *,
    reader: bool = False,
    cancellable: bool = True,
) -> Task:
    """Run `fn(progress)` with the progress dialog and wait for it, the window staying alive
    (a local event loop); the returned task says how it ended (`result`, `error`, `cancelled`).
    For flows that need the answer before going on (import preview → dialog → commit)."""
    loop = QEventLoop()
    task = run_with_progress(
        parent,
        fn,
        lambda _r: None,
        lambda _e: None,
        title,
        on_cancelled=lambda: None,
        reader=reader,
        cancellable=cancellable,
    )
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
    return task


def on_worker[T](parent: QWidget | None, fn: Callable[[], T], title: str = "") -> T:
    """Run a save `fn()` (no widgets) on the database worker, the one writer, and return its
    result; its error is raised here, on the GUI thread, as if it had been called directly.

    The window waits with its event loop running (it repaints, timers fire) under the busy
    cursor but takes no user input until the save is done, so a click cannot start a second
    save halfway through the first. No Cancel: a save that was begun is finished. A `title`
    shows the progress dialog after 0.4 s. Called off the GUI thread (inside a background
    task) it simply runs `fn`: waiting there for the one worker could wait for itself."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return fn()
    if title:
        return _on_worker_with_dialog(parent, fn, title)
    outcome: dict[str, object] = {}
    done = threading.Event()

    def job() -> None:
        # No Qt object crosses the threads: the answer is a dict and an event.
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            outcome["error"] = exc
        finally:
            done.set()

    worker_pool().start(job)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    try:
        while not done.wait(0.005):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 5)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def _on_worker_with_dialog[T](parent: QWidget | None, fn: Callable[[], T], title: str) -> T:
    """`on_worker` with a progress dialog (no Cancel) after 0.4 s."""
    loop = QEventLoop()
    task = run_with_progress(
        parent,
        lambda _progress: fn(),
        _ignore,
        _ignore,
        title,
        on_cancelled=_no_work,
        cancellable=False,
    )
    task.finished.connect(loop.quit)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    try:
        if not task.done:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if task.error is not None:
        raise task.error
    result: T = task.result
    return result


def wait_for_worker(msecs: int = 30_000) -> bool:
    """Wait until the worker is idle (used at exit and by tests)."""
    return worker_pool().waitForDone(msecs)
