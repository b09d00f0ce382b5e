"""Backup → verify → mutate → restore, refusals, manifest and rotation (in process)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.backups import BackupKind, BackupRecord
from desktop.domain.errors import DatabaseError
from desktop.domain.people import PersonInput
from desktop.persistence import backup as store
from desktop.persistence.backup_manifest import read_manifest, rotate, write_manifest
from desktop.persistence.db import SCHEMA_VERSION
from desktop.services import backups, people
from desktop.services.session import Workspace
from tests.reliability.helpers import digest, fill, integrity, table_rows


def test_backup_is_verified_recorded_and_restores_row_by_row(ws: Workspace) -> None:
    # GIVEN a database with data and a manual backup of it
    unit_id = fill(ws, 30)
    rec = backups.backup_now(ws)
    snapshot = table_rows(ws.path)
    assert rec.path.parent == ws.path.parent / "backups"
    assert rec.kind == "manual" and rec.counts["person"] == 30 and rec.counts["unit"] == 1
    assert rec.sha256 == digest(rec.path) and rec.size == rec.path.stat().st_size
    assert rec.schema_version == SCHEMA_VERSION
    assert table_rows(rec.path) == snapshot
    [listed] = read_manifest(rec.path.parent)
    assert listed == rec
    # WHEN the data changes and the backup is restored
    pid = people.save(ws, PersonInput(full_name="Trần Thị Mới", unit_id=unit_id))
    people.delete(ws, 1)
    result = backups.restore(ws, rec.path)
    # THEN every table is identical to the backup, row by row, and the open workspace sees it
    assert table_rows(ws.path) == snapshot
    assert integrity(ws.path) == "ok"
    assert people.count(ws) == 30
    with pytest.raises(Exception, match="Không tìm thấy"):
        people.get(ws, pid)
    # and the replaced data was backed up first
    assert result.before.kind == "pre-restore" and result.before.counts["person"] == 30
    assert {r.kind for r in backups.list_backups(ws)} == {"manual", "pre-restore"}


def test_no_temporary_left_and_final_name_only_after_verification(ws: Workspace) -> None:
    fill(ws, 3)
    rec = backups.backup_now(ws)
    leftovers = [p.name for p in rec.path.parent.iterdir() if ".tmp" in p.name]
    assert leftovers == []


def test_backup_to_chosen_file_and_folder_counts_as_offsite(ws: Workspace, tmp_path: Path) -> None:
    fill(ws, 2)
    assert backups.last_offsite_backup_age_days(ws) is None
    assert backups.needs_offsite_reminder(ws)
    usb = tmp_path.parent / (tmp_path.name + "-usb")
    rec = backups.backup_now(ws, usb)
    assert rec.path.parent == usb and read_manifest(usb)[0].file == rec.file
    assert backups.last_offsite_backup_age_days(ws) == 0
    assert not backups.needs_offsite_reminder(ws)
    later = datetime.now() + timedelta(days=15)
    assert backups.needs_offsite_reminder(ws, later)
    # an unplugged USB stick still counts, but its backups are not listed
    os.replace(rec.path, tmp_path / "moved.db")
    assert backups.last_offsite_backup_age_days(ws) == 0
    assert all(r.file != rec.file for r in backups.list_backups(ws))
    out = usb / "chosen.db"
    assert backups.backup_now(ws, out=out).path == out.resolve()
    with pytest.raises(DatabaseError) as err:
        backups.backup_now(ws, out=out)
    assert err.value.code == "exists"


def test_a_backup_inside_the_data_folder_has_not_left_the_pc(ws: Workspace) -> None:
    backups.backup_now(ws, ws.path.parent / "copies")
    assert backups.last_offsite_backup_age_days(ws) is None


def test_auto_backup_once_a_day_and_on_close_only_after_changes(ws: Workspace) -> None:
    first = backups.auto_backup_if_due(ws)
    assert first is not None and first.kind == "daily"
    assert backups.auto_backup_if_due(ws) is None
    assert backups.auto_backup_if_due(ws, datetime.now() + timedelta(days=1)) is not None
    assert backups.backup_on_close(ws) is None  # nothing changed since the daily backup
    fill(ws, 1)
    closing = backups.backup_on_close(ws)
    assert closing is not None and closing.kind == "closing"
    assert backups.backup_on_close(ws) is None
    assert backups.backup_on_close(ws, changed=True) is not None
    assert backups.backup_on_close(ws, changed=False) is None


def _fake(folder: Path, when: datetime, kind: str) -> BackupRecord:
    path = folder / f"x-{when:%Y%m%d-%H%M%S}-{kind}.db"
    path.write_bytes(b"")
    return BackupRecord(str(path), when.replace(microsecond=0), BackupKind(kind), 0, "")


def test_rotation_keeps_7_days_4_weeks_12_months_and_never_manual(tmp_path: Path) -> None:
    start = datetime(2026, 11, 23, 17, 0)
    records = [_fake(tmp_path, start - timedelta(days=d), "daily") for d in range(400)]
    records += [_fake(tmp_path, start - timedelta(days=d, hours=2), "closing") for d in range(3)]
    manual = [_fake(tmp_path, start - timedelta(days=d), "manual") for d in (1, 500)]
    safety = _fake(tmp_path, start - timedelta(days=300), "pre-migration")
    write_manifest(tmp_path, [*records, *manual, safety])
    removed = rotate(tmp_path)
    kept = {r.created.date() for r in read_manifest(tmp_path) if r.kind.automatic}
    days = {(start - timedelta(days=d)).date() for d in range(7)}
    assert days <= kept
    assert len(kept) <= 7 + 4 + 12
    months = {d.strftime("%Y-%m") for d in kept}
    assert len(months) == 12
    assert all(not p.exists() for p in removed)
    assert all(r.path.exists() for r in manual) and safety.path.exists()
    # the closing backups of a kept day gave way to the newest of that day
    assert not any(r.kind == "closing" for r in read_manifest(tmp_path))


@pytest.mark.parametrize(
    "damage", ["not_sqlite", "empty", "foreign", "newer", "truncated", "newer_revision"]
)
def test_verify_refuses_what_is_not_a_good_backup_of_ours(
    ws: Workspace, tmp_path: Path, damage: str
) -> None:
    fill(ws, 50)
    rec = backups.backup_now(ws)
    bad = tmp_path / "bad.db"
    if damage == "not_sqlite":
        bad.write_bytes(b"PK\x03\x04 not a database" * 100)
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "truncated":
        data = rec.path.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        bad.write_bytes(rec.path.read_bytes())
        conn = sqlite3.connect(bad)
        if damage == "foreign":
            conn.execute("PRAGMA application_id=0")
        elif damage == "newer":
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        else:
            conn.execute("UPDATE alembic_version SET version_num='0099_future'")
            conn.commit()
        conn.close()
    before = digest(ws.path)
    with pytest.raises(DatabaseError) as err:
        backups.restore(ws, bad)
    assert err.value.message
    assert digest(ws.path) == before  # nothing restored, nothing backed up first
    assert [r.kind for r in backups.list_backups(ws)] == ["manual"]


def test_restore_of_an_older_schema_migrates(ws: Workspace, tmp_path: Path) -> None:
    from desktop.persistence.migrate import upgrade_to_head

    old = tmp_path / "old" / "v1.db"
    old.parent.mkdir()
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA application_id=0x54445541")
    conn.close()
    upgrade_to_head(old, "0001_initial")
    conn = sqlite3.connect(old)
    conn.execute(
        "INSERT INTO unit(uuid,name,name_fold,sort_key,code,kind,internal,address,active,"
        "created_at,updated_at) VALUES ('u1','Phòng A','phong a','','','phong_ban',1,'',1,'','')"
    )
    conn.commit()
    conn.close()
    assert store.verify_backup(old).schema_version == 1
    backups.restore(ws, old)
    assert backups.check(ws) == []
    assert backups.describe_current(ws).schema_version == SCHEMA_VERSION
    assert backups.describe_current(ws).counts["unit"] == 1


def test_check_reports_problems(ws: Workspace) -> None:
    fill(ws, 5)
    assert backups.check(ws) == []
    conn = sqlite3.connect(ws.path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE person SET unit_id=999 WHERE id=1")
    conn.commit()
    conn.close()
    findings = backups.check(ws)
    assert findings and "person" in findings[0]


def test_newest_good_backup_skips_damaged_and_replaces_a_damaged_database(
    ws: Workspace,
) -> None:
    fill(ws, 10)
    good = backups.backup_now(ws)
    fill(ws, 5, prefix="Lê Thị")
    newer = backups.backup_now(ws)
    data = bytearray(newer.path.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096)
    newer.path.write_bytes(bytes(data))
    found = backups.newest_good_backup(ws.path)
    assert found is not None and found.path == good.path
    assert found.counts["person"] == 10
    ws.close()
    raw = bytearray(ws.path.read_bytes())
    raw[4096:8192] = bytes(4096)
    ws.path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseError) as err:
        Workspace.open(ws.path)
    assert err.value.code == "damaged"
    kept = backups.restore_damaged(ws.path, found.path)
    assert kept is not None and kept.read_bytes() == bytes(raw)
    again = Workspace.open(ws.path)
    assert people.count(again) == 10
    again.close()


def test_manifest_is_valid_json_with_the_recorded_facts(ws: Workspace) -> None:
    rec = backups.backup_now(ws)
    data = json.loads((rec.path.parent / "manifest.json").read_text(encoding="utf-8"))
    [item] = data["backups"]
    assert set(item) >= {"file", "created", "kind", "size", "sha256", "counts"}


def _corrupt_index(path: Path) -> None:
    """Damage an index entry: invisible to quick_check (the file opens), seen by the full check."""
    conn = sqlite3.connect(path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_schema WHERE name='ix_person_sort_key'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[root * 4096 - 20] ^= 0x01
    path.write_bytes(bytes(data))


def test_restore_over_an_open_but_damaged_database_says_how(ws: Workspace, tmp_path: Path) -> None:
    from desktop.cli import main

    fill(ws, 100)
    good = backups.backup_now(ws, tmp_path / "usb")
    ws.close()
    _corrupt_index(ws.path)
    damaged = Workspace.open(ws.path, full_check=False)  # the window: quick_check passes
    assert backups.check(damaged)  # the full check does not
    with pytest.raises(DatabaseError) as err:
        backups.restore(damaged, good.path)
    damaged.close()
    assert err.value.code == "current_damaged" and "thidua --db" in err.value.message
    # the command line replaces the damaged file, keeping it aside
    assert main(["--db", str(ws.path), "restore", str(good.path)]) == 0
    assert backups.check_path(ws.path) == []
    assert list((ws.path.parent / "backups").glob("*.hong"))


def test_check_of_a_file_left_mid_write_says_so_without_touching_it(ws: Workspace) -> None:
    fill(ws, 5)
    ws.close()
    journal = Path(str(ws.path) + "-journal")
    # a hot journal, as a writer killed in the middle of a transaction leaves it
    import subprocess
    import sys

    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        'c.execute("UPDATE person SET residence = hex(randomblob(3000))")\n'
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(ws.path)], check=True)
    assert journal.exists()
    before = digest(ws.path)
    findings = backups.check_path(ws.path)
    assert findings and "dở dang" in findings[0]
    assert digest(ws.path) == before and journal.exists()
    reopened = Workspace.open(ws.path)  # the program's open rolls it back
    assert backups.check(reopened) == []
    reopened.close()
