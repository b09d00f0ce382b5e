"""Writes from the interface go to the one database worker; the caller waits with the event
loop running (windows repaint, timers fire) but without user input, so a click cannot start a
second save halfway through the first."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtGui import QCursor, QGuiApplication

from desktop.ui.tasks import worker_pool


def on_worker[T](fn: Callable[[], T]) -> T:
    """Run `fn()` (a service call that writes; no widgets) on the database worker and return its
    result, or raise its exception, here on the GUI thread. (Called off the GUI thread, as
    inside a background task, it simply runs `fn`: waiting for the one worker there could wait
    for itself.)"""
    app = QGuiApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return fn()
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
