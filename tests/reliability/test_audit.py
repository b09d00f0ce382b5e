"""Audit log: events written with each save, append-only, chained, tampering detected (§6.4)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.domain.errors import ConflictError
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence import audit as store
from desktop.persistence.repositories import people as people_repo
from desktop.services import audit, backups, people, units
from desktop.services.session import Workspace


def _codes(ws: Workspace) -> dict[str, object]:
    return {f.code: f.event_id for f in audit.verify(ws)}


def _shell(path: Path) -> sqlite3.Connection:
    """What the sqlite3 command line would do: a plain connection, autocommit."""
    return sqlite3.connect(path, isolation_level=None)


def _twenty_events(ws: Workspace) -> int:
    unit_id = units.save(ws, UnitInput(name="Phòng Kế toán"))
    for i in range(19):
        people.save(ws, PersonInput(full_name=f"Trần Thị Số{i}", unit_id=unit_id))
    assert audit.count(ws) == 20
    return unit_id


def _triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """The file's triggers as written (name: CREATE statement), to put back after tampering."""
    return dict(conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"))


def _put_back(conn: sqlite3.Connection, saved: dict[str, str]) -> None:
    """Recreate the saved triggers that tampering dropped, as a careful forger would."""
    for name in saved.keys() - _triggers(conn).keys():
        conn.execute(saved[name])


def _drop_append_only(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("DROP TRIGGER audit_event_no_delete")


def test_a_save_through_the_services_records_the_changed_fields(ws: Workspace) -> None:
    # GIVEN a unit and a person saved by the clerk
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    pid = people.save(ws, PersonInput(full_name="Nguyễn Văn An", unit_id=unit_id))
    uuid = people.get(ws, pid).uuid
    # WHEN the phone number is changed
    people.save(
        ws, PersonInput(full_name="Nguyễn Văn An", unit_id=unit_id, phone="0912345678"), pid
    )
    # THEN the newest event of that person is an update naming the old and new phone
    events = audit.history(ws, table="person", record_uuid=uuid)
    assert [e.action for e in events] == ["update", "insert"]
    assert events[0].changes["phone"] == ["", "0912345678"]
    assert "full_name" not in events[0].changes
    assert events[1].changes["full_name"] == [None, "Nguyễn Văn An"]
    assert events[0].user == ws.db.actor.user and events[0].machine == ws.db.actor.machine
    # AND the log verifies, and a delete is recorded too
    assert audit.verify(ws) == []
    people.delete(ws, pid)
    assert audit.history(ws, record_uuid=uuid)[0].action == "delete"
    assert audit.verify(ws) == []
    assert backups.check(ws) == []


def test_a_rolled_back_save_records_nothing(ws: Workspace) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    before = audit.count(ws)
    # WHEN a write fails half-way
    with pytest.raises(RuntimeError), ws.db.write() as conn:
        people_repo.insert(conn, PersonInput(full_name="Lê Văn Bình", unit_id=unit_id).validated())
        raise RuntimeError("boom")
    # THEN neither the person nor an event (nor a pending row) remains
    assert audit.count(ws) == before
    with ws.db.read() as conn:
        assert conn.execute("SELECT count(*) FROM audit_pending").fetchone()[0] == 0
    assert audit.verify(ws) == []


def test_update_and_delete_of_events_are_refused_by_triggers(ws: Workspace) -> None:
    _twenty_events(ws)
    conn = _shell(ws.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_event SET user='x' WHERE id=7")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_event WHERE id=20")
    conn.close()
    assert audit.verify(ws) == []


def test_an_edited_event_shows_a_bad_hash(ws: Workspace) -> None:
    _twenty_events(ws)
    conn = _shell(ws.path)
    _drop_append_only(conn)
    conn.execute("""UPDATE audit_event SET changes='{"full_name":[null,"Giả mạo"]}' WHERE id=7""")
    conn.close()
    codes = _codes(ws)
    assert codes["bad_hash"] == 7
    assert "trigger_missing" in codes


def test_a_deleted_middle_event_shows_a_gap(ws: Workspace) -> None:
    _twenty_events(ws)
    conn = _shell(ws.path)
    _drop_append_only(conn)
    conn.execute("DELETE FROM audit_event WHERE id=12")
    conn.close()
    assert _codes(ws)["gap"] == 13


def test_deleting_the_last_events_is_caught_by_the_anchor(ws: Workspace) -> None:
    _twenty_events(ws)
    assert store.read_anchor(ws.path) is not None and store.read_anchor(ws.path)[0] == 20
    conn = _shell(ws.path)
    saved = _triggers(conn)
    _drop_append_only(conn)
    conn.execute("DELETE FROM audit_event WHERE id > 17")
    conn.execute("DROP TRIGGER audit_seal_no_delete")
    conn.execute("DELETE FROM audit_seal WHERE event_id > 17")  # their signatures too
    _put_back(conn, saved)  # put the triggers back: only the anchor can tell
    conn.close()
    findings = audit.verify(ws)
    assert [f.code for f in findings if f.code in ("truncated", "gap", "bad_mac")] == ["truncated"]
    assert "17" in findings[0].message and "20" in findings[0].message


def test_a_log_re_chained_without_the_key_is_detected(ws: Workspace) -> None:
    _twenty_events(ws)
    conn = _shell(ws.path)
    saved = _triggers(conn)
    _drop_append_only(conn)
    rows = conn.execute("SELECT * FROM audit_event ORDER BY id").fetchall()
    names = [d[0] for d in conn.execute("SELECT * FROM audit_event").description]
    prev = ""
    for r in rows:  # the chain's own rule, recomputed; the payload of event 7 changed first
        e = dict(zip(names, r, strict=True))
        if e["id"] == 7:
            e["changes"] = '{"full_name":[null,"Giả mạo"]}'
        h = store.event_hash(prev, e)
        conn.execute(
            "UPDATE audit_event SET changes=?, prev_hash=?, hash=? WHERE id=?",
            (e["changes"], prev, h, e["id"]),
        )
        prev = h
    _put_back(conn, saved)
    conn.close()
    codes = _codes(ws)
    # the signatures (made with the office's private key) no longer match the heads
    assert codes["bad_signature"] == 7
    assert "anchor_mismatch" in codes


def test_a_person_edited_with_the_sqlite_shell_no_longer_matches_its_digest(
    ws: Workspace,
) -> None:
    unit_id = _twenty_events(ws)
    # WHEN someone drops the audit triggers and edits a person with the sqlite3 shell
    conn = _shell(ws.path)
    for name in ("audit_person_ai", "audit_person_au", "audit_person_ad"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE person SET cccd='001099012345' WHERE full_name='Trần Thị Số3'")
    conn.execute("DELETE FROM person WHERE full_name='Trần Thị Số4'")
    conn.close()
    # THEN check names the changed and the deleted record (and the missing triggers)
    codes = _codes(ws)
    assert {"changed_outside", "deleted_outside", "trigger_missing"} <= codes.keys()
    problems = backups.check(ws)
    assert any("bị sửa ngoài chương trình" in p for p in problems)
    assert any("bị xoá ngoài chương trình" in p for p in problems)
    assert unit_id


def test_a_shell_edit_with_triggers_in_place_is_recorded_as_another_tools(ws: Workspace) -> None:
    unit_id = _twenty_events(ws)
    conn = _shell(ws.path)
    conn.execute("UPDATE person SET phone='0900000000' WHERE full_name='Trần Thị Số3'")
    conn.close()
    # The edit waits in audit_pending: check says so, and the record no longer matches
    assert {"pending", "changed_outside"} <= _codes(ws).keys()
    # The program's next save records it under "another tool", not under the clerk's name
    people.save(ws, PersonInput(full_name="Phạm Văn Cường", unit_id=unit_id))
    events = audit.history(ws, table="person", limit=2)
    assert events[1].user == store.EXTERNAL_USER
    assert events[1].changes["phone"] == ["", "0900000000"]
    assert events[0].user == ws.db.actor.user
    # AND it stays reported (a warning) until an administrator acknowledges it, in the log
    assert [f.code for f in audit.verify(ws)] == ["outside_unacknowledged"]
    people.save(ws, PersonInput(full_name="Phạm Văn Dũng", unit_id=unit_id))
    assert [f.code for f in audit.verify(ws)] == ["outside_unacknowledged"]
    assert audit.acknowledge_outside(ws) == 1
    assert audit.verify(ws) == []
    ack = audit.history(ws, limit=1)[0]
    assert (ack.table_name, ack.action, ack.user) == ("audit_log", "acknowledge", ws.db.actor.user)


def test_a_read_only_role_cannot_change_data(ws: Workspace) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    before = audit.count(ws)
    audit.set_user(ws, "lanhdao", role="xem", account_uuid="acc-1")
    with pytest.raises(ConflictError) as err:
        people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit_id))
    assert err.value.code == "read_only_role"
    assert people.count(ws) == 0 and audit.count(ws) == before
    audit.set_user(ws, "canbo", role="can-bo")
    people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit_id))
    assert audit.history(ws, table="person")[0].user == "canbo"


def test_check_command_lists_audit_findings(ws: Workspace) -> None:
    _twenty_events(ws)
    conn = _shell(ws.path)
    _drop_append_only(conn)
    conn.execute("DELETE FROM audit_event WHERE id=12")
    conn.close()
    problems = backups.check_path(ws.path)
    assert any("số 13" in p for p in problems)


def _import_seconds(tmp_path: Path, name: str, rows: int, *, audited: bool) -> float:
    ws = Workspace.open(tmp_path / f"{name}.db")
    try:
        unit_id = units.save(ws, UnitInput(name="Phòng Nhập"))
        if not audited:
            with ws.db.write() as conn:
                for t in ("person",):
                    for s in ("ai", "au", "ad"):
                        conn.execute(f"DROP TRIGGER audit_{t}_{s}")
        data = [
            PersonInput(full_name=f"Nguyễn Văn Số{i}", unit_id=unit_id).validated()
            for i in range(rows)
        ]
        start = time.perf_counter()
        with ws.db.write() as conn:
            people_repo.insert_many(conn, data)
        return time.perf_counter() - start
    finally:
        ws.close()


def test_a_3000_row_import_stays_fast_with_the_audit(tmp_path: Path) -> None:
    plain = min(_import_seconds(tmp_path, f"plain{i}", 3000, audited=False) for i in range(2))
    audited = min(_import_seconds(tmp_path, f"audited{i}", 3000, audited=True) for i in range(2))
    print(f"3000-row import: {plain:.3f} s without audit, {audited:.3f} s with audit")
    assert audited < max(1.0, plain * 4)
    ws = Workspace.open(tmp_path / "audited0.db")
    try:
        assert audit.count(ws, table="person") == 3000
        assert audit.verify(ws) == []
        first = json.loads(json.dumps(audit.history(ws, table="person", limit=1)[0].changes))
        assert first["full_name"][1].startswith("Nguyễn Văn Số")
    finally:
        ws.close()


def test_records_older_than_the_log_get_a_snapshot_on_upgrade(tmp_path: Path) -> None:
    from desktop.persistence.db import APPLICATION_ID, open_database, raw_connect
    from desktop.persistence.migrate import upgrade_to_head
    from desktop.persistence.repositories import units as units_repo

    # GIVEN a file at revision 0006 (before the audit log) holding a unit and 3 people
    path = tmp_path / "old.db"
    conn = raw_connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.close()
    upgrade_to_head(path, "0006_reports")
    conn = raw_connect(path)
    conn.execute("BEGIN")
    unit_id = units_repo.insert(conn, UnitInput(name="Phòng Cũ").validated())
    people_repo.insert_many(
        conn, [PersonInput(full_name=f"Cũ Số{i}", unit_id=unit_id).validated() for i in range(3)]
    )
    conn.execute("COMMIT")
    conn.close()
    # WHEN the program opens it (migrating to the audit log)
    open_database(path).close()
    ws = Workspace.open(path)
    try:
        # THEN every old record has a snapshot event, anchored, and the log verifies
        assert audit.count(ws) == 4
        assert {e.action for e in audit.history(ws)} == {"snapshot"}
        assert audit.key_status(ws).can_write
        assert audit.history(ws)[0].user == store.SYSTEM_USER
        assert store.read_anchor(path) == store.current_head(ws.db.connection())
        assert audit.verify(ws) == []
    finally:
        ws.close()


def test_backup_mutate_restore_leaves_a_log_that_verifies(ws: Workspace, tmp_path: Path) -> None:
    unit_id = _twenty_events(ws)
    saved = backups.backup_now(ws, tmp_path / "usb").path
    for i in range(5):
        people.save(ws, PersonInput(full_name=f"Sau Sao Lưu {i}", unit_id=unit_id))
    assert store.read_anchor(ws.path)[0] == 25  # type: ignore[index]
    backups.restore(ws, saved)
    # the restored log is shorter than the old anchor, yet it is the clerk's own choice
    assert store.read_anchor(ws.path)[0] == 20  # type: ignore[index]
    assert backups.check(ws) == []
    people.save(ws, PersonInput(full_name="Sau Khôi Phục", unit_id=unit_id))
    assert audit.count(ws) == 21 and backups.check(ws) == []
