"""Files kept with a batch, one of its nominees or one of its decisions (the signed tờ trình, the
signed quyết định, ballots, evidence): stored in the database like an initiative's files, named
in the dossier's mục lục, opened and saved from the batch page and the decision dialog."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.batch_files import BatchFile, BatchFileKind, BatchFileOwner
from desktop.persistence.repositories import batch_files as repo
from desktop.services import stored_files
from desktop.services.session import Workspace

__all__ = [
    "BatchFile",
    "BatchFileKind",
    "BatchFileOwner",
    "add",
    "content",
    "decision_files",
    "export",
    "files",
    "info",
    "open_copy",
    "remove",
]


def files(ws: Workspace, batch_id: int) -> list[BatchFile]:
    """Every file of a batch, its nominees' and decisions' included (without their bytes)."""
    with ws.db.read() as conn:
        return repo.list_for_batch(conn, batch_id)


def decision_files(ws: Workspace, decision_id: int) -> list[BatchFile]:
    """The files of one decision of a batch."""
    with ws.db.read() as conn:
        return repo.list_for_decision(conn, decision_id)


def add(
    ws: Workspace,
    owner: BatchFileOwner,
    source: str | os.PathLike[str],
    kind: BatchFileKind = BatchFileKind.KHAC,
) -> BatchFile:
    """Copy a file's bytes into the database with the batch (or its nominee or decision).

    A file over 50 MB is refused before it is read; the path is not kept.
    """
    src = stored_files.source_file(source)
    with stored_files.reading(src), ws.db.write() as conn:
        return repo.insert(conn, owner, kind, src.name, src.size, src.chunks())


def info(ws: Workspace, file_id: int) -> BatchFile:
    """One kept file's name, size, SHA-256 and owner."""
    with ws.db.read() as conn:
        return repo.get(conn, file_id)


def content(ws: Workspace, file_id: int) -> bytes:
    """The stored bytes of a kept file."""
    with ws.db.read() as conn:
        return b"".join(repo.read_chunks(conn, file_id))


def export(ws: Workspace, file_id: int, target: str | os.PathLike[str]) -> Path:
    """Write a kept file to `target` (a file, or a folder to keep its own name)."""
    with ws.db.read() as conn:
        name = repo.get(conn, file_id).name
        return stored_files.write_out(target, name, repo.read_chunks(conn, file_id))


def open_copy(ws: Workspace, file_id: int) -> Path:
    """Write a kept file into a fresh temporary folder, to open it with its program."""
    return export(ws, file_id, stored_files.temporary_place(info(ws, file_id).name))


def remove(ws: Workspace, file_id: int) -> None:
    """Delete a kept file."""
    with ws.db.write() as conn:
        repo.delete(conn, file_id)
