"""Backups around the main window: daily backup, backup at exit, reminder, damaged-file offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop.domain.errors import DatabaseError
from desktop.services import backups, people
from desktop.services.session import Workspace
from desktop.ui import backup_prompts
from tests.reliability.helpers import fill
from tests.ui.test_app_start import start  # noqa: F401  (fixture)


def test_daily_backup_in_the_background_then_at_exit_after_changes(qtbot, ws: Workspace) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    task = backup_prompts.start_daily_backup(window, ws)
    qtbot.waitUntil(lambda: task.done)
    assert task.error is None and task.result.kind == "daily"
    backup_prompts.backup_at_exit(ws)  # nothing changed: no new backup
    assert [r.kind for r in backups.list_backups(ws)] == ["daily"]
    fill(ws, 2)
    backup_prompts.backup_at_exit(ws)
    # the newest automatic backup of the day is kept (rotation)
    assert [r.kind for r in backups.list_backups(ws)] == ["closing"]
    assert backups.auto_backup_if_due(ws) is None  # today is covered


def test_reminder_in_the_status_bar_until_a_backup_leaves_the_pc(
    qtbot, ws: Workspace, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = backup_prompts.add_offsite_reminder(window, ws)
    assert label is not None and label.text()
    backups.backup_now(ws, tmp_path.parent / (tmp_path.name + "-usb"))
    assert backup_prompts.add_offsite_reminder(QMainWindow(), ws) is None


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[4096:8192] = bytes(4096)
    path.write_bytes(bytes(raw))


def _damaged_after_a_backup(ws: Workspace) -> DatabaseError:
    """Six people backed up, then the file damaged: the error opening it gives."""
    fill(ws, 6)
    backups.backup_now(ws)
    ws.close()
    _damage(ws.path)
    with pytest.raises(DatabaseError) as err:
        Workspace.open(ws.path)
    return err.value


def test_damaged_file_offers_the_newest_good_backup(qtbot, ws: Workspace) -> None:
    error = _damaged_after_a_backup(ws)
    asked = []

    def decline(error: DatabaseError, good: backups.Description) -> bool:
        asked.append(good.counts["person"])
        return False

    assert not backup_prompts.offer_newest_backup(ws.path, error, decline)
    assert asked == [6]
    assert backup_prompts.offer_newest_backup(ws.path, error, lambda e, g: True)
    again = Workspace.open(ws.path)
    assert people.count(again) == 6
    again.close()


def test_a_restore_cancelled_midway_leaves_the_damaged_file_as_it_was(qtbot, ws: Workspace) -> None:
    from desktop.domain import progress as steps
    from desktop.ui import tasks

    # GIVEN a damaged file and a good backup the clerk agrees to restore
    error = _damaged_after_a_backup(ws)
    damaged = ws.path.read_bytes()
    beside = sorted(p.name for p in ws.path.parent.iterdir())
    verified: list[str] = []

    def cancel_at_the_copys_check(task: tasks.Task, done: int, total: int, what: str) -> None:
        # verifications: each backup looked at, then the chosen backup, then the copy made
        # beside the file (the restore's last step before it replaces the file)
        if what == steps.VERIFY and done == 0:
            verified.append(what)
            if len(verified) == 3:
                task.cancel()  # what the dialog's Cancel does (on the worker thread)

    # WHEN the restore is cancelled while its copy, already written, is being verified
    tasks.report_hooks.append(cancel_at_the_copys_check)
    try:
        restored = backup_prompts.offer_newest_backup(ws.path, error, lambda e, g: True)
    finally:
        tasks.report_hooks.remove(cancel_at_the_copys_check)
    # THEN nothing was restored: the damaged file is byte for byte as it was, no copy is left
    assert not restored and len(verified) == 3
    assert ws.path.read_bytes() == damaged
    assert sorted(p.name for p in ws.path.parent.iterdir()) == beside


def test_no_offer_for_a_newer_or_foreign_file(qtbot, ws: Workspace) -> None:
    newer = DatabaseError("newer", "newer", str(ws.path))
    assert not backup_prompts.offer_newest_backup(ws.path, newer, lambda e, g: True)
    damaged = DatabaseError("damaged", "damaged", str(ws.path))
    assert not backup_prompts.offer_newest_backup(ws.path, damaged, lambda e, g: True)  # no backup


def test_background_check_flags_a_damaged_index_in_the_status_bar(qtbot, ws: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.reliability.test_backup_restore import _corrupt_index

    fill(ws, 100)
    ws.close()
    _corrupt_index(ws.path)
    damaged = Workspace.open(ws.path, full_check=False)  # the window: the quick check passes
    window = QMainWindow()
    qtbot.addWidget(window)
    backup_prompts.start_background_check(window, damaged)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "check_failed") is not None, timeout=20_000)
    label = window.findChild(QLabel, "check_failed")
    assert "ix_person_sort_key" in label.text()
    from desktop.ui.tasks import wait_for_worker

    assert wait_for_worker()
    damaged.close()


def test_background_check_is_silent_when_all_holds(qtbot, ws: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    window = QMainWindow()
    qtbot.addWidget(window)
    task = backup_prompts.start_background_check(window, ws)
    qtbot.waitUntil(lambda: task.done)
    assert task.result.clean and not task.result.notes
    assert window.findChild(QLabel, "check_failed") is None
    assert window.findChild(QLabel, "check_warning") is None


def test_a_file_whose_key_is_elsewhere_is_not_blocked_but_told(
    qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """A copy from another PC: saving is refused by the missing key, not by a "damaged" block;
    the status bar says what to do."""
    from PySide6.QtWidgets import QLabel

    from desktop.domain.units import UnitInput
    from desktop.services import units

    units.save(ws, UnitInput(name="Phòng Tổ chức"))
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path / "other-pc"))
    window = QMainWindow()
    qtbot.addWidget(window)
    task = backup_prompts.start_background_check(window, ws)
    qtbot.waitUntil(lambda: task.done)
    assert not ws.db.blocked
    assert window.findChild(QLabel, "check_failed") is None
    label = window.findChild(QLabel, "check_warning")
    assert label is not None and "không có trên máy này" in label.text()


@pytest.mark.usefixtures("start")
def test_program_start_offers_the_newest_good_backup_for_a_damaged_file(
    qapp, db_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui import app as app_module
    from tests.ui.test_app_start import close_main_window_soon

    ws = Workspace.open(db_path)
    fill(ws, 9)
    backups.backup_now(ws)
    ws.close()
    _damage(db_path)
    offers: list[str] = []

    def accept_offer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not offers:
            offers.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

    clicker = QTimer()
    clicker.setInterval(20)
    clicker.timeout.connect(accept_offer)
    clicker.start()
    seen: dict[str, int] = {}
    closer = close_main_window_soon(seen)
    code = app_module.run(db=str(db_path), demo=False, lang="vi")
    clicker.stop()
    closer.stop()
    assert code == 0
    assert offers and "bị hỏng" in offers[0]
    assert list((db_path.parent / "backups").glob("*.hong"))
    assert backups.check_path(db_path) == []
    again = Workspace.open(db_path)
    assert people.count(again) == 9
    again.close()


def test_after_the_first_paint_the_reminder_and_the_daily_backup_come(start, db_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.ui import app as app_module
    from desktop.ui.main_window import MainWindow

    seen: list[str] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                label = widget.statusBar().findChild(QLabel, "offsite_reminder")
                daily = list((db_path.parent / "backups").glob("*daily*"))
                if label is not None and daily:
                    seen.append(label.text())
                    widget.close()

    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(poll)
    poller.start()

    def give_up() -> None:  # never hang the suite: close the window, the assertion fails
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(give_up)
    limit.start(20_000)
    assert app_module.run(db=str(db_path), demo=False, lang="en") == 0
    poller.stop()
    limit.stop()
    assert seen == ["No backup has been copied off this computer yet."]
