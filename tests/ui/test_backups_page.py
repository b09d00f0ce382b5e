"""The backups page: list, back up to a chosen folder, restore after the comparison, check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.services import backups, people
from desktop.services.backups import Description
from desktop.services.session import Workspace
from desktop.ui.pages.backups import BackupsPage, RestoreConfirmDialog
from tests.reliability.helpers import fill


@pytest.fixture
def page(qtbot, ws: Workspace) -> Iterator[BackupsPage]:
    fill(ws, 7)
    widget = BackupsPage(ws, None)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _wait(qtbot, page: BackupsPage) -> None:
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)


def test_backup_to_a_chosen_folder_lists_it_and_clears_the_reminder(
    page: BackupsPage, qtbot, tmp_path: Path
) -> None:
    # GIVEN no backup ever left the PC: the reminder shows
    assert page.reminder.isVisible() and page.table.rowCount() == 0
    usb = tmp_path.parent / (tmp_path.name + "-usb")
    page.choose_folder = lambda: usb
    # WHEN the clerk backs up to the USB folder
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    # THEN it is listed with its counts and the reminder is gone
    assert page.table.rowCount() == 1
    assert page.table.item(0, 4).text() == "7"
    assert page.table.item(0, 5).text().startswith(str(usb))
    assert not page.reminder.isVisible()
    assert "usb" in page.status.text()


def test_restore_shows_the_comparison_and_restores_when_confirmed(
    page: BackupsPage, qtbot, ws: Workspace
) -> None:
    backups.backup_now(ws)
    fill(ws, 4, prefix="Lê Thị")
    page.reload()
    seen: list[tuple[Description, Description]] = []
    page.confirm = lambda b, c: seen.append((b, c)) is None and len(seen) == 2
    page.table.selectRow(0)
    with qtbot.waitSignal(page.data_changed, raising=False, timeout=500):
        page.restore_button.click()
        qtbot.waitUntil(lambda: len(seen) == 1 and page.task is not None and page.task.done)
    # first time: refused, nothing changed
    assert people.count(ws) == 11
    backup, current = seen[0]
    assert backup.counts["person"] == 7 and current.counts["person"] == 11
    page.table.selectRow(page.records.index(next(r for r in page.records if r.kind == "manual")))
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        page.restore_button.click()
    assert people.count(ws) == 7
    assert any(r.kind == "pre-restore" for r in page.records)


def test_restore_confirmation_dialog_shows_both_sides(qtbot, ws: Workspace) -> None:
    now = datetime(2026, 11, 20, 8, 30)
    backup = Description(Path("/x/b.db"), now, "daily", 4, 1000, {"unit": 2, "person": 40})
    current = Description(Path("/x/a.db"), None, "current", 4, 1000, {"unit": 3, "person": 55})
    dialog = RestoreConfirmDialog(backup, current, None)
    qtbot.addWidget(dialog)
    assert dialog.rows == {"unit": (2, 3), "person": (40, 55)}
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "20/11/2026 08:30" in labels and "55" in labels and "40" in labels


def test_refused_backup_shows_the_message(page: BackupsPage, qtbot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    shown: list[str] = []
    page.confirm = lambda b, c: shown.append("asked") is None
    page.on_error = lambda exc: shown.append(str(exc))
    page.restore_from(junk)
    _wait(qtbot, page)
    assert "asked" not in shown
    assert "not a Thi đua data file" in page.status.text()


def test_check_data_reports_ok(page: BackupsPage, qtbot) -> None:
    messages: list[str] = []
    page.on_message = lambda title, text: messages.append(text)
    page.check_button.click()
    _wait(qtbot, page)
    assert messages == [page.tr("The data file passed every check.")]


def test_reminder_counts_days(page: BackupsPage, ws: Workspace, tmp_path: Path) -> None:
    backups.backup_now(ws, tmp_path.parent / (tmp_path.name + "-stick"))
    page.reload()
    assert not page.reminder.isVisible()
    assert backups.needs_offsite_reminder(ws, datetime.now() + timedelta(days=14))
