"""Issued documents."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import NotFoundError
from desktop.domain.issued_documents import IssuedRow
from desktop.persistence.db import now_iso


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    """A recorded printed paper with its PDF."""

    id: int
    kind: str
    number: str
    issued_on: str
    batch_id: int | None
    title: str
    file_name: str
    sha256: str
    pages: int
    pdf: bytes


def insert(
    conn: sqlite3.Connection,
    kind: str,
    number: str,
    issued_on: date,
    batch_id: int | None,
    title: str,
    file_name: str,
    sha256: str,
    pages: int,
    pdf: bytes,
) -> int:
    """Record an issued document."""
    cur = conn.execute(
        "INSERT INTO issued_document (uuid, kind, number, issued_on, batch_id, title, file_name, sha256,"
        " pages, pdf, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuidlib.uuid4()),
            kind,
            number,
            issued_on.isoformat(),
            batch_id,
            title,
            file_name,
            sha256,
            pages,
            pdf,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def get(conn: sqlite3.Connection, doc_id: int) -> IssuedDocument:
    """One issued document with its PDF."""
    row = conn.execute(
        "SELECT id, kind, number, issued_on, batch_id, title, file_name, sha256, pages, pdf"
        " FROM issued_document WHERE id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không có văn bản đã in số {doc_id}.")
    return IssuedDocument(*row)


def list_issued(conn: sqlite3.Connection, batch_id: int | None = None) -> list[IssuedRow]:
    """Issued documents without their PDFs, newest first."""
    where = "WHERE batch_id = ?" if batch_id is not None else ""
    params = (batch_id,) if batch_id is not None else ()
    rows = conn.execute(
        "SELECT id, kind, number, issued_on, batch_id, title, file_name, sha256, pages FROM issued_document"
        f" {where} ORDER BY id DESC",
        params,
    ).fetchall()
    return [
        IssuedRow(i, kind, number, date.fromisoformat(on[:10]), batch, title, name, sha, pages)
        for i, kind, number, on, batch, title, name, sha, pages in rows
    ]
