"""Moving to another PC: the log verifies anywhere, writing needs the key or an adoption, old
(HMAC-sealed) files keep verifying, a missing anchor is a warning (issues 15 and 21)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.errors import DatabaseError
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence import audit as store
from desktop.persistence import audit_signing as signing
from desktop.persistence.db import APPLICATION_ID, raw_connect
from desktop.persistence.migrate import upgrade_to_head
from desktop.persistence.repositories import units as units_repo
from desktop.services import audit, backups, people, units
from desktop.services.session import Workspace


def _pc(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Sit at another PC: its own data folder (keys, anchors)."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("THIDUA_DATA_DIR", str(folder))
    return folder


def _office_with_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """PC A: an office file with a unit and 5 people, backed up to a USB stick."""
    _pc(monkeypatch, tmp_path / "pcA")
    ws = Workspace.open(tmp_path / "pcA" / "thidua.db")
    try:
        unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
        for i in range(5):
            people.save(ws, PersonInput(full_name=f"Nguyễn Văn Số{i}", unit_id=unit_id))
        saved = backups.backup_now(ws, tmp_path / "usb").path
    finally:
        ws.close()
    return tmp_path / "pcA" / "thidua.db", saved


def _levels(ws: Workspace) -> dict[str, str]:
    return {f.code: f.level for f in audit.verify(ws)}


def test_a_backup_restored_on_a_new_pc_verifies_and_is_never_written_with_a_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, saved = _office_with_backup(tmp_path, monkeypatch)
    # WHEN the clerk restores it on a new PC where no data file exists yet
    pc_b = _pc(monkeypatch, tmp_path / "pcB")
    target = pc_b / "thidua.db"
    assert main(["--db", str(target), "restore", str(saved)]) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    ws = Workspace.open(target)
    try:
        # THEN the log verifies on this PC (no "edited" finding); only a note about the key
        assert _levels(ws) == {"key_not_here": "note"}
        assert main(["--db", str(target), "check"]) == 0
        assert "không có trên máy này" in capsys.readouterr().out
        # AND a save is refused with a message about the missing key; no key is made
        before = audit.count(ws)
        with pytest.raises(DatabaseError) as err:
            people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        assert err.value.code == "audit_key_missing"
        assert "audit-key import" in err.value.message and "adopt" in err.value.message
        assert audit.count(ws) == before and people.count(ws) == 5
        assert signing.local_keys() == {}
    finally:
        ws.close()


def test_the_exported_key_imported_on_the_new_pc_lets_it_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_a, saved = _office_with_backup(tmp_path, monkeypatch)
    key_file = tmp_path / "usb" / "khoa-nhat-ky.json"
    assert main(["--db", str(db_a), "audit-key", "export", str(key_file)]) == 0
    assert key_file.stat().st_mode & 0o077 == 0  # readable by the user alone
    pc_b = _pc(monkeypatch, tmp_path / "pcB")
    target = pc_b / "thidua.db"
    assert main(["--db", str(target), "restore", str(saved)]) == 0
    assert main(["audit-key", "import", str(key_file)]) == 0
    ws = Workspace.open(target)
    try:
        people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        assert audit.verify(ws) == []
        # the new event is signed with the office's key, not a new one
        assert len(audit.key_status(ws).file_keys) == 1
    finally:
        ws.close()


def test_an_administrator_adopts_the_file_and_outside_edits_are_still_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, saved = _office_with_backup(tmp_path, monkeypatch)
    pc_b = _pc(monkeypatch, tmp_path / "pcB")
    target = pc_b / "thidua.db"
    assert main(["--db", str(target), "restore", str(saved)]) == 0
    assert main(["--db", str(target), "adopt"]) == 0
    ws = Workspace.open(target)
    try:
        # THEN the adoption is an event of the log, by whom and where, and the log verifies
        adopted = audit.history(ws, limit=1)[0]
        assert (adopted.table_name, adopted.action) == ("audit_key", "adopt")
        assert adopted.user == ws.db.actor.user and adopted.machine == ws.db.actor.machine
        assert audit.verify(ws) == []
        people.save(ws, PersonInput(full_name="Lê Thị Mới", unit_id=1))
        assert audit.verify(ws) == []
        assert len(audit.key_status(ws).file_keys) == 2
    finally:
        ws.close()
    # AND a real edit with sqlite3 afterwards is still detected
    conn = sqlite3.connect(target, isolation_level=None)
    for s in ("ai", "au", "ad"):
        conn.execute(f"DROP TRIGGER audit_person_{s}")
    conn.execute("UPDATE person SET full_name='Giả Mạo' WHERE full_name='Nguyễn Văn Số2'")
    conn.close()
    assert main(["--db", str(target), "check"]) == 2
    assert any("bị sửa ngoài chương trình" in p for p in backups.check_path(target))


def test_a_log_changed_on_the_new_pc_is_told_apart_from_a_missing_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, saved = _office_with_backup(tmp_path, monkeypatch)
    pc_b = _pc(monkeypatch, tmp_path / "pcB")
    target = pc_b / "thidua.db"
    assert main(["--db", str(target), "restore", str(saved)]) == 0
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("""UPDATE audit_event SET user='ai đó' WHERE id=3""")
    conn.close()
    report = backups.check_report(target)
    assert any("sự kiện số 3" in p for p in report.problems)
    assert any("không có trên máy này" in n for n in report.notes)
    # a forged adoption is refused: the log is not consistent
    assert main(["--db", str(target), "adopt"]) == 2


# ---------------------------------------------------------------- files of the HMAC scheme


def _legacy_file(path: Path, key: bytes) -> None:
    """A file as the previous version left it: revision 0008, events sealed with HMAC."""
    conn = raw_connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.close()
    upgrade_to_head(path, "0008_recycle_bin")
    conn = raw_connect(path)
    conn.execute("BEGIN IMMEDIATE")
    unit_id = units_repo.insert(conn, UnitInput(name="Phòng Cũ").validated())
    conn.execute("UPDATE unit SET address='Số 1' WHERE id=?", (unit_id,))
    pending = conn.execute(
        "SELECT table_name, record_uuid, action, old_json, new_json FROM audit_pending ORDER BY id"
    ).fetchall()
    prev = ""
    for i, (table, uuid, action, old, new) in enumerate(pending, start=1):
        old_d, new_d = json.loads(old) if old else None, json.loads(new) if new else None
        e = {
            "id": i,
            "time": "2025-01-01T08:00:00",
            "user": "canbo",
            "machine": "may-cu",
            "table_name": table,
            "record_uuid": uuid,
            "action": action,
            "changes": store.canonical(store._changes(action, old_d, new_d)),
            "digest": store.state_digest(new_d),
        }
        h = store.event_mac(key, prev, e)
        conn.execute(
            "INSERT INTO audit_event VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*(e[k] for k in store.EVENT_FIELDS), prev, h),
        )
        prev = h
    conn.execute("DELETE FROM audit_pending")
    conn.execute("COMMIT")
    conn.close()


def test_an_old_hmac_file_upgrades_with_its_key_and_then_verifies_on_any_pc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc_a = _pc(monkeypatch, tmp_path / "pcA")
    key = bytes(range(32))
    (pc_a / "audit.key").write_text(key.hex())
    path = pc_a / "thidua.db"
    _legacy_file(path, key)
    ws = Workspace.open(path)  # migrates to the signed scheme; nothing rewritten
    try:
        assert audit.verify(ws) == []
        units.save(ws, UnitInput(name="Phòng Mới"))  # the first write re-anchors, signed
        assert audit.verify(ws) == []
        assert audit.count(ws) == 3
        saved = backups.backup_now(ws, tmp_path / "usb").path
    finally:
        ws.close()
    # ON another PC, without the old HMAC key, the old events verify through the signed digest
    _pc(monkeypatch, tmp_path / "pcB")
    assert [f.code for f in audit.verify_path(saved) if f.level != "warning"] == ["key_not_here"]
    conn = sqlite3.connect(saved, isolation_level=None)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("""UPDATE audit_event SET changes='{"name":[null,"Giả"]}' WHERE id=1""")
    conn.close()
    assert "bad_hash" in {f.code for f in audit.verify_path(saved)}


def test_an_old_hmac_file_without_its_key_is_a_warning_not_an_edit_and_can_be_adopted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc_a = _pc(monkeypatch, tmp_path / "pcA")
    old_key = bytes(range(32))
    path = pc_a / "thidua.db"
    _legacy_file(path, old_key)  # sealed on a PC whose audit.key is not here
    ws = Workspace.open(path)
    try:
        levels = _levels(ws)
        assert levels.get("no_key") == "warning"
        assert not {"bad_mac", "bad_hash", "gap"} & levels.keys()
        with pytest.raises(DatabaseError) as err:
            units.save(ws, UnitInput(name="Phòng Mới"))
        assert err.value.code == "audit_key_missing"
        assert signing.local_keys() == {} and not (pc_a / "audit.key").exists()
    finally:
        ws.close()
    # the old PC's audit.key, imported as it is, lets it upgrade
    key_file = tmp_path / "audit.key"
    key_file.write_text(old_key.hex())
    other = tmp_path / "copy.db"
    backups.restore_new(other, path)
    assert main(["audit-key", "import", str(key_file)]) == 0
    ws = Workspace.open(other)
    try:
        units.save(ws, UnitInput(name="Phòng Mới"))
        assert audit.verify(ws) == []
    finally:
        ws.close()
    # without it, an administrator adopts the original
    monkeypatch.setenv("THIDUA_DATA_DIR", str(tmp_path / "pcC"))
    assert main(["--db", str(path), "adopt"]) == 0
    ws = Workspace.open(path)
    try:
        units.save(ws, UnitInput(name="Phòng Mới"))
        assert [f.code for f in audit.verify(ws)] == []
    finally:
        ws.close()


# ---------------------------------------------------------------- the anchor


def test_a_missing_anchor_is_a_warning_and_an_old_copy_is_caught_by_the_second_anchor(
    ws: Workspace, tmp_path: Path
) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    old = tmp_path / "old-copy.db"
    backups.backup_now(ws, out=old)
    for i in range(3):
        people.save(ws, PersonInput(full_name=f"Sau Số{i}", unit_id=unit_id))
    ws.close()
    # An old copy put back by a plain file copy, the anchor beside it deleted
    ws.path.write_bytes(old.read_bytes())
    store.anchor_path(ws.path).unlink()
    codes = {f.code for f in audit.verify_path(ws.path)}
    assert "truncated" in codes
    # A file with events and no anchor at all: "freshness not verifiable", never a clean pass
    report = backups.check_report(old)
    assert not report.clean and any("mốc ghi ngoài tệp" in w for w in report.warnings)


def test_moving_in_one_step_backup_with_key_then_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _pc(monkeypatch, tmp_path / "pcA")
    db_a = tmp_path / "pcA" / "thidua.db"
    ws = Workspace.open(db_a)
    try:
        units.save(ws, UnitInput(name="Phòng Tổ chức"))
    finally:
        ws.close()
    stick = tmp_path / "usb" / "thidua.db"
    stick.parent.mkdir()
    assert main(["--db", str(db_a), "backup", "--out", str(stick), "--with-key"]) == 0
    assert Path(str(stick) + ".khoa.json").stat().st_mode & 0o077 == 0
    # ON the new PC: one command
    pc_b = _pc(monkeypatch, tmp_path / "pcB")
    assert main(["--db", str(pc_b / "thidua.db"), "restore", str(stick)]) == 0
    assert "Đã nhập" in capsys.readouterr().out
    ws = Workspace.open(pc_b / "thidua.db")
    try:
        units.save(ws, UnitInput(name="Phòng Mới"))
        assert audit.verify(ws) == []
    finally:
        ws.close()
