"""The restore confirmation shows each side's audit-log head and warns about a backup whose
log is no longer the one recorded when it was made."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.units import UnitInput
from desktop.services import audit, backups, units
from desktop.services.session import Workspace
from desktop.ui.pages.backups import RestoreConfirmDialog


def _texts(dialog: RestoreConfirmDialog) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [w.text() for w in dialog.findChildren(QLabel)]


def test_restore_confirmation_shows_both_heads(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    units.save(ws, UnitInput("Phòng Tổ chức"))
    rec = backups.backup_now(ws, tmp_path / "usb")
    units.save(ws, UnitInput("Phòng Kế toán"))
    backup, current = backups.describe(rec.path), backups.describe_current(ws)
    dialog = RestoreConfirmDialog(backup, current, None)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert "Change log" in texts
    assert f"event {rec.audit_count}" in texts
    assert f"event {audit.head(ws)[0]}" in texts
    assert dialog.head_warning.isHidden()
    # a backup whose recorded head differs: the warning shows
    from dataclasses import replace

    changed = replace(backup, recorded_head=(backup.audit_head[0] - 1, "x"))
    warned = RestoreConfirmDialog(changed, current, None)
    qtbot.addWidget(warned)
    assert not warned.head_warning.isHidden()
