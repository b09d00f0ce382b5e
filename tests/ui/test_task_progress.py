"""Long work off the GUI thread with a progress dialog and a real Cancel (issue 16): the
dialog's Cancel button is clicked from a progress hook at a known step, and nothing is written."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain import progress as steps
from desktop.domain.progress import Cancelled, Progress
from desktop.domain.units import UnitInput
from desktop.services import people, transfer, units
from desktop.services.session import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs import import_dialog
from tests.exchange.helpers import make_xlsx


class _Clicker(QObject):
    """Lives on the GUI thread: the worker's hook asks it to look at the dialog and click Cancel."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, object] = {}
        self.clicked = threading.Event()
        self.asked.connect(self.click, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def click(self, task: tasks.Task) -> None:
        dialog = task.progress
        assert dialog is not None
        self.seen.update(
            visible=dialog.isVisible(),
            value=dialog.bar.value(),
            maximum=dialog.bar.maximum(),
            label=dialog.label.text(),
            cancel_visible=dialog.cancel_button.isVisible(),
        )
        dialog.cancel_button.click()
        self.seen["after"] = dialog.label.text()
        self.clicked.set()


@pytest.fixture
def cancel_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, int], _Clicker]]:
    """`cancel_at(step, done)`: click the running task's Cancel when it reports `done` of `step`;
    the worker waits for the click before going on (no sleeps, no race)."""
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    hooks: list[Callable[[tasks.Task, int, int, str], None]] = []
    monkeypatch.setattr(tasks, "report_hooks", hooks)

    def arm(step: str, at: int) -> _Clicker:
        clicker = _Clicker()

        def hook(task: tasks.Task, done: int, total: int, what: str) -> None:
            if what == step and done == at and not clicker.clicked.is_set():
                clicker.seen["thread"] = threading.get_ident()
                clicker.asked.emit(task)
                assert clicker.clicked.wait(30)

        hooks.append(hook)
        return clicker

    yield arm
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "cancelled_message":
            widget.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("person", "unit", "audit_event")
        }
    finally:
        conn.close()


def _cancelled_message() -> str:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "cancelled_message" and isinstance(widget, QMessageBox):
            return widget.text()
    return ""


def test_progress_reports_and_cancel_from_another_thread() -> None:
    heard: list[tuple[int, int, str]] = []
    progress = Progress(lambda d, t, w: heard.append((d, t, w)))
    assert list(progress.steps(range(4), steps.CHECK, reports=4)) == [0, 1, 2, 3]
    assert heard[0] == (0, 4, steps.CHECK) and heard[-1] == (4, 4, steps.CHECK)
    assert progress.state() == (4, 4, steps.CHECK)
    other = threading.Thread(target=progress.cancel)
    other.start()
    other.join()
    with pytest.raises(Cancelled):
        progress.check()
    with pytest.raises(Cancelled):
        progress.report(5, 4)


def test_an_import_cancelled_midway_writes_nothing(
    qtbot, ws: Workspace, tmp_path: Path, cancel_at: Callable[[str, int], _Clicker]
) -> None:
    # GIVEN a previewed staff list of 60 people, and a known state of the file
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"]] + [
        [f"Nguyễn Văn Thử {n}", "01/02/1980", f"0010800{n:05d}", "VP"] for n in range(60)
    ]
    path = make_xlsx(tmp_path / "staff.xlsx", rows)
    preview = import_dialog.preview_file(None, ws, "staff", path)
    assert preview is not None and len(preview.rows) == 60
    before = _counts(ws.db.path)
    # WHEN the clerk clicks Cancel while the import checks its 30th row
    clicker = cancel_at(steps.CHECK, 30)
    result = import_dialog.commit_preview(None, ws, preview)
    # THEN the dialog showed how far it was, said it was cancelling, and nothing was written
    assert clicker.clicked.is_set()
    assert clicker.seen["visible"] is True and clicker.seen["cancel_visible"] is True
    assert (clicker.seen["value"], clicker.seen["maximum"]) == (30, 60)
    assert "30" in str(clicker.seen["label"]) and "60" in str(clicker.seen["label"])
    assert clicker.seen["after"] == "Cancelling…"
    assert clicker.seen["thread"] != threading.get_ident()
    assert result is None
    assert _counts(ws.db.path) == before
    assert people.count(ws) == 0
    assert "Cancelled" in _cancelled_message()


def test_an_import_not_cancelled_writes_everything(
    qtbot, ws: Workspace, tmp_path: Path, cancel_at: Callable[[str, int], _Clicker]
) -> None:
    # The same run without a click at a step that never comes: the import is written (so the
    # test above fails if the cancel did not stop anything).
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    rows = [["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"]] + [
        [f"Nguyễn Văn Thử {n}", "01/02/1980", f"0010800{n:05d}", "VP"] for n in range(60)
    ]
    preview = transfer.preview_import(ws, "staff", make_xlsx(tmp_path / "s.xlsx", rows))
    cancel_at(steps.CHECK, 10_000)
    result = import_dialog.commit_preview(None, ws, preview)
    assert result is not None and result.added == 60
    assert people.count(ws) == 60


def test_an_export_cancelled_leaves_no_file(
    qtbot,
    ws: Workspace,
    tmp_path: Path,
    cancel_at: Callable[[str, int], _Clicker],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(
        import_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    clicker = cancel_at(steps.WRITE, 0)
    import_dialog.run_export(None, ws, "units")
    assert clicker.clicked.is_set()
    assert not target.exists()
    assert "Cancelled" in _cancelled_message()
