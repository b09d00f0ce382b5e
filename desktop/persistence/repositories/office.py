"""Office identity (single row)."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib

from desktop.domain.office import OfficeInfo
from desktop.persistence.db import now_iso


def load(conn: sqlite3.Connection) -> OfficeInfo:
    """The stored office identity, or an empty one."""
    row = conn.execute(
        "SELECT parent_agency, name, place, signer_name, signer_title, symbol"
        " FROM office_info WHERE id = 1"
    ).fetchone()
    return OfficeInfo(*row) if row else OfficeInfo()


def save(conn: sqlite3.Connection, info: OfficeInfo) -> None:
    """Write the office identity (validated)."""
    conn.execute(
        "INSERT INTO office_info (id, uuid, parent_agency, name, place, signer_name, signer_title,"
        " symbol, updated_at) VALUES (1,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " parent_agency=excluded.parent_agency, name=excluded.name, place=excluded.place,"
        " signer_name=excluded.signer_name, signer_title=excluded.signer_title,"
        " symbol=excluded.symbol, updated_at=excluded.updated_at",
        (
            str(uuidlib.uuid4()),
            info.parent_agency,
            info.name,
            info.place,
            info.signer_name,
            info.signer_title,
            info.symbol,
            now_iso(),
        ),
    )
