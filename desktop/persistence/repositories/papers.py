"""Paper settings, a batch's own Nơi nhận, and the outgoing register (sổ văn bản đi)."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.office import PaperSettings, RegisterEntry
from desktop.persistence.db import now_iso

_KEYS = ("copies_to", "drafting_unit", "report_recipient")


def load_settings(conn: sqlite3.Connection) -> PaperSettings:
    """The stored paper settings (defaults where never saved)."""
    values = dict(conn.execute("SELECT key, value FROM paper_setting").fetchall())
    copies = tuple(x for x in values.get("copies_to", "").split("\n") if x)
    return PaperSettings(
        copies, values.get("drafting_unit", ""), values.get("report_recipient", "")
    )


def save_settings(conn: sqlite3.Connection, settings: PaperSettings) -> None:
    """Store the paper settings (validated)."""
    values = {
        "copies_to": "\n".join(settings.copies_to),
        "drafting_unit": settings.drafting_unit,
        "report_recipient": settings.report_recipient,
    }
    for key in _KEYS:
        conn.execute(
            "INSERT INTO paper_setting (uuid, key, value, updated_at) VALUES (?,?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at"
            " WHERE value <> excluded.value",
            (str(uuidlib.uuid4()), key, values[key], now_iso()),
        )


def batch_copies(conn: sqlite3.Connection, batch_id: int) -> tuple[str, ...] | None:
    """A batch's own Nơi nhận, or None when it prints the office's."""
    row = conn.execute(
        "SELECT copies_to FROM batch_paper WHERE batch_id = ?", (batch_id,)
    ).fetchone()
    if row is None:
        return None
    return tuple(x for x in row[0].split("\n") if x)


def set_batch_copies(
    conn: sqlite3.Connection, batch_id: int, copies: tuple[str, ...] | None
) -> None:
    """Store a batch's own Nơi nhận (None: back to the office's)."""
    if copies is None:
        conn.execute("DELETE FROM batch_paper WHERE batch_id = ?", (batch_id,))
        return
    conn.execute(
        "INSERT INTO batch_paper (uuid, batch_id, copies_to, updated_at) VALUES (?,?,?,?)"
        " ON CONFLICT(batch_id) DO UPDATE SET copies_to=excluded.copies_to,"
        " updated_at=excluded.updated_at",
        (str(uuidlib.uuid4()), batch_id, "\n".join(copies), now_iso()),
    )


_COLS = "id, year, number, kind_code, symbol, issued_on, subject, batch_id, document_id"


def _entry(row: tuple[int, int, int, str, str, str, str, int | None, int | None]) -> RegisterEntry:
    i, year, number, kind, symbol, on, subject, batch_id, document_id = row
    return RegisterEntry(
        i, year, number, kind, symbol, date.fromisoformat(on[:10]), subject, batch_id, document_id
    )


def next_number(conn: sqlite3.Connection, year: int) -> int:
    """The next free number of the year: after the register's and after the numbers of the
    batches submitted that year before the register existed."""
    row = conn.execute(
        "SELECT max(n) FROM (SELECT max(number) AS n FROM outgoing_register WHERE year = ?"
        " UNION ALL SELECT max(number) FROM proposal_batch WHERE substr(submitted_on, 1, 4) = ?"
        " AND id NOT IN (SELECT batch_id FROM outgoing_register WHERE batch_id IS NOT NULL))",
        (year, str(year)),
    ).fetchone()
    return int(row[0] or 0) + 1


def entry_for_batch(
    conn: sqlite3.Connection, batch_id: int, kind_code: str
) -> RegisterEntry | None:
    """The register line of a batch's paper of one kind (its tờ trình: "TTr")."""
    row = conn.execute(
        f"SELECT {_COLS} FROM outgoing_register WHERE batch_id = ? AND kind_code = ?"
        " ORDER BY id DESC LIMIT 1",
        (batch_id, kind_code),
    ).fetchone()
    return _entry(row) if row else None


def _check_free(conn: sqlite3.Connection, year: int, number: int, own_id: int | None) -> None:
    row = conn.execute(
        "SELECT symbol FROM outgoing_register WHERE year = ? AND number = ? AND id IS NOT ?",
        (year, number, own_id),
    ).fetchone()
    if row is not None:
        raise ConflictError(
            "number_taken",
            f"Số {number:02d} năm {year} đã cấp cho văn bản {row[0]}.",
            {"number": f"{number:02d}", "year": year, "document": row[0]},
        )


def insert(
    conn: sqlite3.Connection,
    number: int,
    kind_code: str,
    symbol: str,
    issued_on: date,
    subject: str,
    batch_id: int | None = None,
    document_id: int | None = None,
) -> int:
    """Register a number of the year (refused when taken)."""
    _check_free(conn, issued_on.year, number, None)
    cur = conn.execute(
        "INSERT INTO outgoing_register (uuid, year, number, kind_code, symbol, issued_on, subject,"
        " batch_id, document_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            issued_on.year,
            number,
            kind_code,
            symbol,
            issued_on.isoformat(),
            subject,
            batch_id,
            document_id,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def renumber(conn: sqlite3.Connection, entry_id: int, number: int, symbol: str) -> None:
    """Give a registered paper another number of its year (refused when taken)."""
    row = conn.execute("SELECT year FROM outgoing_register WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có văn bản số {entry_id} trong sổ văn bản đi.")
    _check_free(conn, row[0], number, entry_id)
    conn.execute(
        "UPDATE outgoing_register SET number = ?, symbol = ? WHERE id = ?",
        (number, symbol, entry_id),
    )


def entries(conn: sqlite3.Connection, year: int) -> list[RegisterEntry]:
    """The register of a year, by number."""
    rows = conn.execute(
        f"SELECT {_COLS} FROM outgoing_register WHERE year = ? ORDER BY number", (year,)
    ).fetchall()
    return [_entry(r) for r in rows]
