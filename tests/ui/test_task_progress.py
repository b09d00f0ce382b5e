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


@pytest.fixture
def batch_id(ws: Workspace) -> int:
    """A batch of three people with a council meeting (a dossier of several pages)."""
    from datetime import datetime

    from desktop.domain.awards import CommendationType
    from desktop.domain.people import PersonInput
    from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.services import proposals, ratings

    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    ids = []
    for name in ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"):
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
        ids.append(
            proposals.add_nominee(
                ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=pid)
            )
        )
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8), "Phòng họp", "Giám đốc Sở", "Chánh Văn phòng", 9, 9
    )
    proposals.record_meeting(ws, batch, meeting, dict.fromkeys(ids, 9))
    return batch


def _issued_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("issued_document", "audit_event")
        }
    finally:
        conn.close()


def test_a_dossier_build_cancelled_midway_stops_and_shows_nothing(
    qtbot, ws: Workspace, batch_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    # GIVEN the worker will wait at page 2 of the dossier until the clerk has clicked Cancel
    reached, go = threading.Event(), threading.Event()
    pages: list[int] = []

    def hook(task: tasks.Task, done: int, total: int, what: str) -> None:
        if what == steps.BUILD:
            pages.append(done)
            if done == 2 and not reached.is_set():
                reached.set()
                assert go.wait(30)

    monkeypatch.setattr(tasks, "report_hooks", [hook])
    before = _issued_counts(ws.db.path)
    dialog = DossierPreviewDialog(ws, batch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog.task
    assert task is not None
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    # the inline status names the page being laid out
    qtbot.waitUntil(lambda: "page 2" in dialog.status.text(), timeout=5_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    # THEN the worker stopped right there (it laid out no further page), nothing is shown
    assert task.cancelled and isinstance(task.error, Cancelled), (task.error, pages)
    assert max(pages) == 2  # a whole dossier is more than 4 pages
    assert dialog.preview.page_count() == 0
    assert dialog.status.text() == "Cancelled."
    assert _issued_counts(ws.db.path) == before


def test_a_dossier_word_copy_cancelled_midway_leaves_no_file(
    qtbot,
    ws: Workspace,
    batch_id: int,
    tmp_path: Path,
    cancel_at: Callable[[str, int], _Clicker],
) -> None:
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    dialog = DossierPreviewDialog(ws, batch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
    dialog.print_anyway()
    before = _issued_counts(ws.db.path)
    target = tmp_path / "ho-so.docx"
    # WHEN Cancel is clicked in the progress dialog while page 3 is laid out
    clicker = cancel_at(steps.BUILD, 3)
    word_task = dialog.preview.save_word(target)
    assert word_task is not None
    qtbot.waitUntil(lambda: word_task.done, timeout=30_000)
    # THEN no file, no issued document, no audit event; the dialog had shown the page count
    assert clicker.clicked.is_set() and word_task.cancelled
    assert clicker.seen["visible"] is True and "3" in str(clicker.seen["label"])
    assert not target.exists() and list(tmp_path.glob("*.docx")) == []
    assert _issued_counts(ws.db.path) == before
    assert "Cancelled" in _cancelled_message()
    # and without a cancel the same copy is written and recorded (the test can fail)
    done = dialog.preview.save_word(target)
    assert done is not None
    qtbot.waitUntil(lambda: done.done, timeout=30_000)
    assert (
        target.exists()
        and _issued_counts(ws.db.path)["issued_document"] == before["issued_document"] + 1
    )


def _eligible_office(ws: Workspace) -> int:
    """Three people rated excellent/good in 2025 and an empty draft batch of that year."""
    from desktop.domain.awards import CommendationType
    from desktop.domain.people import PersonInput
    from desktop.domain.proposals import BatchInput
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.services import proposals, ratings

    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    for name in ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"):
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.GOOD))
    return proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )


def _nominee_dialog(qtbot, ws: Workspace, batch: int):  # type: ignore[no-untyped-def]
    from desktop.services import catalog
    from desktop.ui.dialogs.proposal_dialogs import NomineeDialog

    dialog = NomineeDialog(ws, batch, catalog.load(ws))
    qtbot.addWidget(dialog)
    dialog.award_box.setCurrentIndex(dialog.award_box.findData("LDTT"))
    dialog.all_eligible.setChecked(True)
    return dialog


def test_add_eligible_runs_on_the_worker_thread(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import proposals

    batch = _eligible_office(ws)
    threads: set[int] = set()
    monkeypatch.setattr(
        tasks, "report_hooks", [lambda _t, _d, _n, _w: threads.add(threading.get_ident())]
    )
    dialog = _nominee_dialog(qtbot, ws, batch)
    assert dialog.save()
    assert dialog.added == 3 and len(proposals.nominees(ws, batch)) == 3
    # the year-wide check and the writes reported from one thread that is not the GUI's
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_add_eligible_cancelled_adds_nobody(
    qtbot, ws: Workspace, cancel_at: Callable[[str, int], _Clicker]
) -> None:
    from desktop.services import proposals

    batch = _eligible_office(ws)
    before = _counts(ws.db.path)
    clicker = cancel_at(steps.WRITE, 2)  # two of the three already inserted
    dialog = _nominee_dialog(qtbot, ws, batch)
    assert not dialog.save()
    assert clicker.clicked.is_set() and clicker.seen["maximum"] == 3
    assert proposals.nominees(ws, batch) == [] and dialog.added == 0
    assert _counts(ws.db.path) == before
    assert "Cancelled" in _cancelled_message()


def test_a_backup_cancelled_while_copying_leaves_no_file(
    qtbot, ws: Workspace, tmp_path: Path, cancel_at: Callable[[str, int], _Clicker]
) -> None:
    from desktop.services import backups
    from desktop.ui.pages.backups import BackupsPage

    units.save(ws, UnitInput("Văn phòng", code="VP"))
    page = BackupsPage(ws, None)
    qtbot.addWidget(page)
    page.show()
    stick = tmp_path / "usb"
    before = _counts(ws.db.path)
    # WHEN Cancel is clicked as the copy begins
    clicker = cancel_at(steps.COPY, 0)
    page.backup_to(stick)
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)
    # THEN no backup file (nor its temporary copy) and none listed; the page says so
    assert clicker.clicked.is_set() and page.task.cancelled
    assert not stick.exists() or list(stick.glob("*.db*")) == []
    assert backups.list_backups(ws) == [] and _counts(ws.db.path) == before
    assert page.status.text() == "Cancelled: nothing was changed."
    # and the same backup not cancelled is written and listed
    cancel_at(steps.COPY, -1)
    page.backup_to(stick)
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)
    assert len(list(stick.glob("*.db"))) == 1 and len(backups.list_backups(ws)) == 1
