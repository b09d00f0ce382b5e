"""One way to run long work (imports, PDFs, reports, backups) without freezing the window.

`run_in_background(parent, fn, on_success, on_failure, title)`: `fn` is a plain function that
gets no widgets; it runs on the single database worker thread (so writes never race each other
and the worker keeps one SQLite connection); its result or its exception comes back on the GUI
thread. A progress dialog appears when the work takes more than a moment.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("thidua.ui")

_pool: QThreadPool | None = None
_running: set[Task] = set()


def worker_pool() -> QThreadPool:
    """The one worker thread for database work (created on first use)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread, and so its SQLite connection
    return _pool


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A running background job; `finished` is emitted after its callback ran."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
        title: str,
    ) -> None:
        super().__init__()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self.signals = _Signals()
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None
        if title:
            dialog = QProgressDialog(title, "", 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setCancelButton(None)  # a running transaction is not interrupted halfway
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setValue(0)
            self.progress = dialog

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
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
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                from desktop.ui.errors import show_error

                show_error(self._parent, exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    title: str = "",
) -> Task:
    """Run `fn()` on the database worker; call `on_success(result)` or `on_failure(exc)` on the
    GUI thread. Without `on_failure` the error is shown by `errors.show_error`. A non-empty
    `title` shows a progress dialog while the work lasts more than 0.4 s."""
    task = Task(parent, on_success, on_failure, title)
    _running.add(task)  # keep it alive until its callback ran
    worker_pool().start(_Job(fn, task.signals))
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
    _running.add(task)
    job = _Job(fn, task.signals)
    threading.Thread(target=job.run, name="thidua-reader", daemon=True).start()
    return task


def wait_for_worker(msecs: int = 30_000) -> bool:
    """Wait until the worker is idle (used at exit and by tests)."""
    return worker_pool().waitForDone(msecs)
