"""Personal data: a person purged from the recycle bin leaves no readable CCCD or name in the
audit log, and the log still verifies (issue 21)."""

from __future__ import annotations

import sqlite3

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import audit, backups, people, recycle_bin, units
from desktop.services.session import Workspace

CCCD = "001099012345"
NAME = "Nguyễn Thị Riêngtư"


def _log_text(ws: Workspace) -> str:
    conn = sqlite3.connect(ws.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT changes FROM audit_event").fetchall()
        pending = conn.execute("SELECT old_json, new_json FROM audit_pending").fetchall()
    finally:
        conn.close()
    return "\n".join(str(r) for r in rows + pending)


def test_purging_a_person_makes_their_logged_fields_unreadable_and_the_log_still_verifies(
    ws: Workspace,
) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    pid = people.save(ws, PersonInput(full_name=NAME, unit_id=unit_id, cccd=CCCD))
    people.save(
        ws, PersonInput(full_name=NAME, unit_id=unit_id, cccd=CCCD, phone="0912345678"), pid
    )
    keep = people.save(ws, PersonInput(full_name="Trần Văn Ở Lại", unit_id=unit_id))
    people.delete(ws, pid)
    assert CCCD in _log_text(ws) and NAME in _log_text(ws)  # in the bin: restorable, logged
    entry = recycle_bin.entries(ws)[0]
    # WHEN the administrator purges the person from the bin
    recycle_bin.purge(ws, entry.id)
    # THEN neither the CCCD, the name nor the phone can be read in the log any more
    text = _log_text(ws)
    assert CCCD not in text and NAME not in text and "0912345678" not in text
    # AND the log verifies, the purge is recorded, and others' events are untouched
    assert audit.verify(ws) == []
    assert backups.check(ws) == []
    redact = audit.history(ws, table="audit_log")[0]
    assert redact.action == "redact" and len(redact.changes["events"][1]) >= 3
    kept = audit.history(ws, record_uuid=people.get(ws, keep).uuid)[0]
    assert kept.changes["full_name"] == [None, "Trần Văn Ở Lại"]
    # AND an edit with the redacted form forged onto another event is caught
    conn = sqlite3.connect(ws.path, isolation_level=None)
    row = conn.execute(
        "SELECT id FROM audit_event WHERE record_uuid = ?", (people.get(ws, keep).uuid,)
    ).fetchone()
    conn.execute("""UPDATE audit_event SET changes='{"$redacted":"00"}' WHERE id=?""", (row[0],))
    conn.close()
    assert {"redacted_unrecorded", "bad_hash"} <= {f.code for f in audit.verify(ws)}


def test_the_program_log_records_codes_not_names_or_cccd(qtbot, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import logging

    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.domain.errors import ConflictError
    from desktop.ui import errors

    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    with caplog.at_level(logging.INFO, logger="thidua.ui"):
        errors.show_error(
            parent, ConflictError("cccd_taken", f"Số CCCD {CCCD} đã thuộc về {NAME}.")
        )
    assert shown and CCCD in shown[0]  # the clerk sees the message
    assert "cccd_taken" in caplog.text  # the log keeps the code only
    assert CCCD not in caplog.text and NAME not in caplog.text
