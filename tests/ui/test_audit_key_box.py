"""Settings › audit log key: a file brought from another PC is not "tampered"; import the key
or adopt the file, and outside edits are still caught afterwards (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import DatabaseError
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import audit, backups, people, units
from desktop.services.session import Workspace
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.preferences import Preferences


def _from_another_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An office file made on PC A with its key exported; restored on PC B (the current one)."""
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path / "pcA"))
    ws = Workspace.open(tmp_path / "pcA" / "thidua.db")
    try:
        unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
        people.save(ws, PersonInput(full_name="Nguyễn Văn An", unit_id=unit_id))
        saved = backups.backup_now(ws, tmp_path / "usb").path
        key = tmp_path / "usb" / "khoa.json"
        audit.export_key(ws, key)
    finally:
        ws.close()
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path / "pcB"))
    target = tmp_path / "pcB" / "thidua.db"
    backups.restore_new(target, saved)
    return target, key


def _page(qtbot, ws: Workspace) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(ws, None, Preferences())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_importing_the_key_in_settings_lets_the_new_pc_save(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, key = _from_another_pc(tmp_path, monkeypatch)
    ws = Workspace.open(target)
    try:
        page = _page(qtbot, ws)
        box = page.key_box
        assert "not on this computer" in box.status.text()
        assert not box.export_button.isEnabled()
        with pytest.raises(DatabaseError):
            people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        # WHEN the clerk imports the key exported on the old PC
        with qtbot.waitSignal(box.changed):
            assert box.import_from(key)
        # THEN the page says the key is here, and saving works with a log that verifies
        assert "is on this computer" in box.status.text()
        people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        assert audit.verify(ws) == []
    finally:
        ws.close()


def test_adopting_the_file_is_recorded_and_a_later_sqlite_edit_is_still_detected(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, _ = _from_another_pc(tmp_path, monkeypatch)
    ws = Workspace.open(target)
    try:
        page = _page(qtbot, ws)
        box = page.key_box
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(box.changed):
            qtbot.mouseClick(box.adopt_button, Qt.MouseButton.LeftButton)
        adopted = audit.history(ws, limit=1)[0]
        assert (adopted.table_name, adopted.action, adopted.user) == (
            "audit_key",
            "adopt",
            ws.db.actor.user,
        )
        assert "adopted" in box.result.text() and "is on this computer" in box.status.text()
        people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        assert audit.verify(ws) == []
    finally:
        ws.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("DROP TRIGGER audit_person_au")
    conn.execute("UPDATE person SET full_name='Giả Mạo' WHERE full_name='Nguyễn Văn An'")
    conn.close()
    assert any("bị sửa ngoài chương trình" in p for p in backups.check_path(target))
