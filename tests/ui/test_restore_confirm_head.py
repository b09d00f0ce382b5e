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


def test_a_backup_of_another_office_or_with_a_broken_log_is_restored_only_with_a_warning(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    import sqlite3

    from desktop.domain.office import OfficeInfo
    from desktop.services import office

    office.save(
        ws, OfficeInfo("UBND TỈNH A", "SỞ TÀI CHÍNH", "A", "Nguyễn Văn An", "GIÁM ĐỐC", "STC")
    )
    own = backups.backup_now(ws, tmp_path / "usb").path
    assert backups.describe_for_restore(ws, own).warnings == ()
    # another office's file (another data file made elsewhere), its log edited afterwards
    other = Workspace.open(tmp_path / "other.db")
    try:
        office.save(
            other, OfficeInfo("UBND TỈNH B", "SỞ NỘI VỤ", "B", "Trần Thị Bình", "GIÁM ĐỐC", "SNV")
        )
        theirs = backups.backup_now(other, tmp_path / "usb").path
    finally:
        other.close()
    conn = sqlite3.connect(theirs, isolation_level=None)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET user='ai đó' WHERE id=1")
    conn.close()
    backup = backups.describe_for_restore(ws, theirs)
    assert any("cơ quan khác" in w and "SỞ NỘI VỤ" in w for w in backup.warnings)
    assert any("không kiểm chứng được" in w for w in backup.warnings)
    dialog = RestoreConfirmDialog(backup, backups.describe_current(ws), None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_warnings.isHidden()
    assert "SỞ NỘI VỤ" in dialog.restore_warnings.text()
