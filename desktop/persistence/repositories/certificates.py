"""Certificate layouts, printer calibrations and the certificate register."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import datetime

from desktop.domain.certificates import Calibration, CertificateLayout, PrintMode, RegisterEntry
from desktop.persistence.db import now_iso


def layouts(conn: sqlite3.Connection) -> list[CertificateLayout]:
    """All stored layouts, by name."""
    return [
        CertificateLayout(name, code, CertificateLayout.parse_fields(fields), background)
        for name, code, fields, background in conn.execute(
            "SELECT name, award_code, fields_json, background FROM certificate_layout ORDER BY name"
        )
    ]


def save_layout(conn: sqlite3.Connection, layout: CertificateLayout, old_name: str = "") -> None:
    """Insert or update a layout (renaming `old_name` when given)."""
    key = old_name or layout.name
    cur = conn.execute(
        "UPDATE certificate_layout SET name=?, award_code=?, fields_json=?, background=?,"
        " updated_at=? WHERE name=?",
        (layout.name, layout.award_code, layout.fields_json(), layout.background, now_iso(), key),
    )
    if cur.rowcount == 0:
        conn.execute(
            "INSERT INTO certificate_layout (uuid, name, award_code, fields_json, background,"
            " updated_at) VALUES (?,?,?,?,?,?)",
            (
                str(uuidlib.uuid4()),
                layout.name,
                layout.award_code,
                layout.fields_json(),
                layout.background,
                now_iso(),
            ),
        )


def delete_layout(conn: sqlite3.Connection, name: str) -> None:
    """Remove a layout."""
    conn.execute("DELETE FROM certificate_layout WHERE name=?", (name,))


def calibrations(conn: sqlite3.Connection) -> list[Calibration]:
    """All printers' calibrations."""
    return [
        Calibration(*row)
        for row in conn.execute(
            "SELECT printer, dx_mm, dy_mm, scale FROM printer_calibration ORDER BY printer"
        )
    ]


def save_calibration(conn: sqlite3.Connection, cal: Calibration) -> None:
    """Insert or update a printer's calibration."""
    cur = conn.execute(
        "UPDATE printer_calibration SET dx_mm=?, dy_mm=?, scale=?, updated_at=? WHERE printer=?",
        (cal.dx_mm, cal.dy_mm, cal.scale, now_iso(), cal.printer),
    )
    if cur.rowcount == 0:
        conn.execute(
            "INSERT INTO printer_calibration (uuid, printer, dx_mm, dy_mm, scale, updated_at)"
            " VALUES (?,?,?,?,?,?)",
            (str(uuidlib.uuid4()), cal.printer, cal.dx_mm, cal.dy_mm, cal.scale, now_iso()),
        )


_COLS = (
    "year, number, nominee_id, batch_id, recipient, unit, award_code, award_name,"
    " decision_number, mode, layout_name, printed_by, printed_at, times_printed"
)


def register_numbers(
    conn: sqlite3.Connection, nominee_ids: list[int]
) -> dict[int, tuple[int, int]]:
    """The (year, number) already given to these nominees' certificates."""
    if not nominee_ids:
        return {}
    marks = ",".join("?" * len(nominee_ids))
    return {
        nid: (year, number)
        for nid, year, number in conn.execute(
            f"SELECT nominee_id, year, number FROM certificate_register WHERE nominee_id IN ({marks})",
            nominee_ids,
        )
    }


def next_register_number(conn: sqlite3.Connection, year: int) -> int:
    """The next free number of the year."""
    row = conn.execute(
        "SELECT coalesce(max(number), 0) FROM certificate_register WHERE year=?", (year,)
    ).fetchone()
    return int(row[0]) + 1


def record(conn: sqlite3.Connection, entries: list[RegisterEntry]) -> None:
    """Write printed certificates: new lines, or a reprint counted on the existing line."""
    stamp = now_iso()
    for e in entries:
        cur = conn.execute(
            "UPDATE certificate_register SET times_printed = times_printed + 1, mode=?,"
            " layout_name=?, printed_by=?, printed_at=? WHERE nominee_id=? AND year=? AND number=?",
            (e.mode, e.layout_name, e.printed_by, stamp, e.nominee_id, e.year, e.number),
        )
        if cur.rowcount:
            continue
        conn.execute(
            f"INSERT INTO certificate_register (uuid, {_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                str(uuidlib.uuid4()),
                e.year,
                e.number,
                e.nominee_id,
                e.batch_id,
                e.recipient,
                e.unit,
                e.award_code,
                e.award_name,
                e.decision_number,
                e.mode,
                e.layout_name,
                e.printed_by,
                stamp,
                1,
            ),
        )


def _entry(
    year: int,
    number: int,
    nominee_id: int | None,
    batch_id: int | None,
    recipient: str,
    unit: str,
    award_code: str,
    award_name: str,
    decision_number: str,
    mode: str,
    layout_name: str,
    printed_by: str,
    printed_at: str,
    times_printed: int,
) -> RegisterEntry:
    return RegisterEntry(
        year,
        number,
        nominee_id,
        batch_id,
        recipient,
        unit,
        award_code,
        award_name,
        decision_number,
        PrintMode(mode),
        layout_name,
        printed_by,
        datetime.fromisoformat(printed_at) if printed_at else None,
        times_printed,
    )


def register(conn: sqlite3.Connection, batch_id: int | None = None) -> list[RegisterEntry]:
    """The register (of one batch when given), by year and number."""
    where, args = (" WHERE batch_id=?", (batch_id,)) if batch_id is not None else ("", ())
    return [
        _entry(*row)
        for row in conn.execute(
            f"SELECT {_COLS} FROM certificate_register{where} ORDER BY year, number", args
        )
    ]
