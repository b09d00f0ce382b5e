"""Each backup records the head of the audit chain it holds; verifying and restoring report
it, and a backup whose log no longer matches its record is told."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence.backup_manifest import MANIFEST, read_manifest
from desktop.services import audit, backups, people, units
from desktop.services.session import Workspace


def test_backup_records_the_audit_head_and_restore_reports_it(
    ws: Workspace, tmp_path: Path
) -> None:
    # GIVEN some saved work
    unit = units.save(ws, UnitInput("Phòng Tổ chức"))
    pid = people.save(ws, PersonInput("Nguyễn Văn An", unit))
    head_then = audit.head(ws)
    assert head_then[0] >= 2 and len(head_then[1]) == 64
    # WHEN it is backed up to a USB folder
    usb = tmp_path / "usb"
    rec = backups.backup_now(ws, usb)
    # THEN the record (and the manifest on the stick) holds the head of the copied log
    assert rec.audit_head == head_then
    [stored] = read_manifest(usb)
    assert (stored.audit_count, stored.audit_hash) == head_then
    # AND after more changes, verifying the backup reports its own head, matching the record,
    # beside the current data's newer head
    people.save(ws, PersonInput("Nguyễn Văn An", unit, phone="0912"), pid)
    desc = backups.describe(rec.path)
    assert desc.audit_head == head_then and desc.recorded_head == head_then
    assert desc.head_matches is True
    current = backups.describe_current(ws)
    assert current.audit_head == audit.head(ws) and current.audit_head[0] > head_then[0]
    # WHEN restored, the data's log ends where the backup's did
    result = backups.restore(ws, rec.path)
    assert result.restored.audit_head == head_then
    assert audit.head(ws) == head_then
    assert result.before.audit_head == current.audit_head  # the safety copy has the newer log
    assert audit.verify(ws) == []


def test_a_backup_changed_after_the_fact_is_told(ws: Workspace, tmp_path: Path) -> None:
    units.save(ws, UnitInput("Phòng Tổ chức"))
    rec = backups.backup_now(ws, tmp_path / "usb")
    # An event added to the backup with another tool: the file still passes the integrity
    # checks, but its log's head is no longer the recorded one.
    conn = sqlite3.connect(rec.path)
    conn.execute(
        "INSERT INTO audit_event(id, time, user, machine, table_name, record_uuid, action,"
        " changes, digest, prev_hash, hash) VALUES (?, '2025-01-01T00:00:00', 'x', 'x', 'unit',"
        " 'u', 'insert', '{}', '', ?, 'forged')",
        (rec.audit_count + 1, rec.audit_hash),
    )
    conn.commit()
    conn.close()
    desc = backups.describe(rec.path)
    assert desc.audit_head == (rec.audit_count + 1, "forged")
    assert desc.head_matches is False


def test_records_written_before_heads_were_kept_still_read(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    rec = backups.backup_now(ws, folder)
    raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for item in raw["backups"]:
        del item["audit_count"], item["audit_hash"]
    (folder / MANIFEST).write_text(json.dumps(raw), encoding="utf-8")
    [old] = read_manifest(folder)
    assert old.audit_head == (0, "")
    desc = backups.describe(rec.path)
    assert desc.recorded_head is None and desc.head_matches is None
    assert desc.audit_head == rec.audit_head


def test_cli_backup_and_restore_print_the_head(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    units.save(ws, UnitInput("Phòng Tổ chức"))
    number, digest = audit.head(ws)
    ws.close()
    out_file = tmp_path / "sao-luu.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out_file)]) == 0
    expected = f"Đầu chuỗi nhật ký: sự kiện số {number}, mã {digest}"
    assert expected in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert expected in out
    assert f"Đầu chuỗi nhật ký sau khi khôi phục: sự kiện số {number}, mã {digest}" in out
