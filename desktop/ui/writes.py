"""Writes from the interface go to the one database worker; the caller waits with the event
loop running (windows repaint, timers fire) but without user input, so a click cannot start a
second save halfway through the first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QThread
from PySide6.QtGui import QCursor, QGuiApplication

from desktop.ui.tasks import run_in_background


def on_worker[T](fn: Callable[[], T]) -> T:
    """Run `fn()` (a service call that writes; no widgets) on the database worker and return its
    result, or raise its exception, here on the GUI thread. (Called off the GUI thread, as
    inside a background task, it simply runs `fn`: waiting for the one worker there could wait
    for itself.)"""
    app = QGuiApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return fn()
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def done(result: object) -> None:
        outcome["result"] = result

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc

    # No parent: the answer must come back even when the window that asked closes meanwhile.
    task = run_in_background(None, fn, done, failed)
    task.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    try:
        while not task.done:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
