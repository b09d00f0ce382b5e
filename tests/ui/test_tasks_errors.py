"""Background work and the one place that shows errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.domain.errors import DatabaseError, ValidationError
from desktop.domain.office import OfficeInfo
from desktop.services import office
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.crash import CrashDialog
from desktop.ui.tasks import run_in_background, wait_for_worker


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot, ws: Workspace) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> OfficeInfo:
        seen["worker"] = threading.get_ident()
        return office.save(ws, OfficeInfo(name="Sở Tài chính", symbol="stc"))

    def done(result: OfficeInfo) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    task = run_in_background(None, work, done, title="Saving…")
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert isinstance(seen["result"], OfficeInfo) and seen["result"].symbol == "STC"
    assert office.load(ws).name == "Sở Tài chính"  # written, visible to the GUI thread


def test_all_database_work_uses_one_worker_thread(qtbot) -> None:
    threads: list[int] = []
    tasks = [
        run_in_background(None, lambda: threads.append(threading.get_ident()), lambda _r: None)
        for _ in range(5)
    ]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10_000)
    assert len(set(threads)) == 1
    assert wait_for_worker(1000)


def test_failures_come_back_to_the_caller(qtbot, ws: Workspace) -> None:
    failures: list[BaseException] = []
    task = run_in_background(
        None,
        lambda: office.save(ws, OfficeInfo(name="")),
        lambda _r: pytest.fail("should not succeed"),
        failures.append,
    )
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert isinstance(failures[0], ValidationError) and failures[0].field == "name"
    assert threading.current_thread() is threading.main_thread()


def _answer_next_box(texts: list[str]) -> QTimer:
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            texts.append(box.text() if isinstance(box, QMessageBox) else type(box).__name__)
            box.close()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_known_errors_are_plain_messages(qtbot, tmp_path: Path) -> None:
    texts: list[str] = []
    timer = _answer_next_box(texts)
    path = tmp_path / "x.db"
    errors.show_error(None, DatabaseError("read_only", f"Tệp {path} chỉ cho phép đọc.", str(path)))
    errors.show_error(None, PermissionError(13, "denied", str(path)))
    timer.stop()
    assert texts[0].startswith(f"The file {path} is read-only")  # worded from its code
    assert str(path) in texts[1]


def test_a_bug_opens_the_crash_dialog_with_copyable_details(
    qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    errors.set_log_file(tmp_path / "thidua.log")
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError as exc:
        bug = exc
    opened: list[CrashDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CrashDialog):
            opened.append(dialog)
            dialog.copy_details()
            dialog.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    errors.show_error(None, bug)
    timer.stop()
    errors.set_log_file(None)
    assert opened
    details = opened[0].details.toPlainText()
    assert "ZeroDivisionError: division by zero in a test" in details
    assert "Traceback" in details
    assert QGuiApplication.clipboard().text() == details
    assert "unexpected error" in caplog.text
    labels = " ".join(label.text() for label in opened[0].findChildren(QLabel))
    assert str(tmp_path / "thidua.log") in labels


def test_result_for_a_closed_window_is_dropped_safely(qtbot) -> None:
    import threading as _threading

    from PySide6.QtWidgets import QWidget

    release = _threading.Event()
    called: list[object] = []
    parent = QWidget()
    task = run_in_background(parent, lambda: release.wait(10), called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert called == []
