"""`tasks.on_worker`, the one way the interface saves: on the database worker, the window's
event loop running meanwhile, the result or the error back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.errors import ValidationError
from desktop.domain.office import OfficeInfo
from desktop.services import office
from desktop.services.session import Workspace
from desktop.ui import tasks
from desktop.ui.tasks import ProgressDialog, on_worker, run_in_background


def _while_waiting(look: dict[str, object], go_on: threading.Event) -> QTimer:
    """A timer of the GUI thread that, while the save waits for `go_on`, records what the
    window shows, then lets the save go on (it fires only if the event loop runs)."""
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        cursor = QGuiApplication.overrideCursor()
        look["cursor"] = cursor.shape() if cursor is not None else None
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProgressDialog) and w.isVisible()
        ]
        if shown:
            look["cancel"] = shown[0].cancel_button.isVisible()
        if shown or "title" not in look:
            go_on.set()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_a_save_runs_on_the_worker_and_answers_on_the_gui_thread(
    qtbot: QtBot, ws: Workspace
) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}
    go_on = threading.Event()

    def save() -> OfficeInfo:
        seen["thread"] = threading.get_ident()
        assert go_on.wait(10)  # held until the GUI thread's timer ran
        return office.save(ws, OfficeInfo(name="Sở Tài chính", symbol="stc"))

    timer = _while_waiting(seen, go_on)
    stored = on_worker(None, save)
    timer.stop()
    assert seen["thread"] != gui
    assert stored.symbol == "STC" and office.load(ws).name == "Sở Tài chính"
    # the window's loop ran under the busy cursor while it waited, and the cursor is back
    assert seen["cursor"] == Qt.CursorShape.BusyCursor
    assert QGuiApplication.overrideCursor() is None
    # a save's error is raised here, as if it had been called directly
    with pytest.raises(ValidationError) as refused:
        on_worker(None, lambda: office.save(ws, OfficeInfo(name="")))
    assert refused.value.field == "name"
    assert office.load(ws).name == "Sở Tài chính"


def test_a_titled_save_shows_its_progress_without_cancel(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    seen: dict[str, object] = {"title": True}
    go_on = threading.Event()

    def save() -> None:
        assert go_on.wait(10)  # held until the dialog was seen
        office.save(ws, OfficeInfo(name="Sở Nội vụ"))

    timer = _while_waiting(seen, go_on)
    on_worker(None, save, "Saving…")
    timer.stop()
    assert seen["cancel"] is False  # a save that was begun is finished
    assert office.load(ws).name == "Sở Nội vụ"


def test_off_the_gui_thread_it_runs_the_save_in_place(qtbot: QtBot) -> None:
    threads: list[int] = []

    def inner() -> int:
        threads.append(threading.get_ident())
        return 7

    def work() -> int:
        threads.append(threading.get_ident())
        return on_worker(None, inner)  # waiting for the one worker here would wait for itself

    got: list[int] = []
    task = run_in_background(None, work, got.append)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert got == [7] and len(set(threads)) == 1 and threads[0] != threading.get_ident()
