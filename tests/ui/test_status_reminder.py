"""The status bar's "no backup has left this PC" warning goes away after a backup to a USB
folder made on the Backups page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.services.session import Workspace
from desktop.ui import backup_prompts
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences


def test_backup_reminder_clears_after_a_backup(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window = MainWindow(ws, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # GIVEN the reminder in the status bar
    label = backup_prompts.add_offsite_reminder(window, ws)
    assert isinstance(label, QLabel) and label.isVisible()
    # WHEN the clerk backs up to a USB folder from the Backups page
    page = window.show_page("backups")
    usb = tmp_path.parent / (tmp_path.name + "-usb")
    page.backup_to(usb)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20_000)  # type: ignore[union-attr]
    # THEN the status bar no longer warns
    assert label.isHidden()
    assert window.statusBar().findChild(QLabel, "offsite_reminder") is label
