"""Attachments live inside the database: bytes, name, size, SHA-256; 50 MB limit."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.domain.errors import FileRejected, NotFoundError
from desktop.domain.initiatives import MAX_ATTACHMENT_BYTES, AttachmentInfo
from desktop.services import initiatives
from desktop.services.session import Workspace
from tests.services.initiative_data import build


def _stored(ws: Workspace, attachment_id: int, tmp_path: Path) -> bytes:
    """An attachment's bytes as the program gives them back: exported to a file."""
    return initiatives.export_attachment(
        ws, attachment_id, tmp_path / f"copy-{attachment_id}"
    ).read_bytes()


def _attach(
    ws: Workspace, initiative_id: int, tmp_path: Path, name: str, data: bytes
) -> AttachmentInfo:
    """Attach a file with these bytes, as the page's Attach button does."""
    src = tmp_path / "in" / name
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(data)
    return initiatives.add_attachment(ws, initiative_id, src)


def test_round_trip_bytes_and_sha256(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    data = os.urandom(3 * 1024 * 1024 + 17)  # several read chunks
    src = tmp_path / "Quyết định công nhận.pdf"
    src.write_bytes(data)
    info = initiatives.add_attachment(ws, o.digital, src)
    assert info.name == "Quyết định công nhận.pdf"
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    src.unlink()  # the database never depends on the original file

    listed = initiatives.attachments(ws, o.digital)
    assert [a.id for a in listed] == [info.id]
    assert _stored(ws, info.id, tmp_path) == data
    out = initiatives.export_attachment(ws, info.id, tmp_path / "ban-sao.pdf")
    assert out.read_bytes() == data
    into_folder = initiatives.export_attachment(ws, info.id, tmp_path)
    assert into_folder.name == "Quyết định công nhận.pdf"
    assert hashlib.sha256(into_folder.read_bytes()).hexdigest() == info.sha256
    opened = initiatives.open_copy(ws, info.id)
    assert opened.read_bytes() == data
    assert initiatives.table_rows(ws, [o.digital])[o.digital].attachments == 1


def test_no_path_is_stored(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    src = tmp_path / "secret-folder" / "mo-ta.docx"
    src.parent.mkdir()
    src.write_bytes(b"hello")
    initiatives.add_attachment(ws, o.digital, src)
    raw = Path(ws.path).read_bytes()
    assert b"secret-folder" not in raw


def test_empty_file_and_bytes(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    info = initiatives.add_attachment(ws, o.digital, empty)
    assert info.size == 0 and info.sha256 == hashlib.sha256(b"").hexdigest()
    assert _stored(ws, info.id, tmp_path) == b""


def test_over_50_mb_is_refused_before_reading(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    big = tmp_path / "video.mp4"
    with big.open("wb") as f:  # sparse: costs no disk and no time
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(FileRejected) as info:
        initiatives.add_attachment(ws, o.digital, big)
    assert "50,0 MB" in info.value.message and "video.mp4" in info.value.message
    assert initiatives.attachments(ws, o.digital) == []
    exact = tmp_path / "exact.bin"
    with exact.open("wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES)
    assert initiatives.add_attachment(ws, o.digital, exact).size == MAX_ATTACHMENT_BYTES


def test_missing_file_and_folder_are_refused(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    with pytest.raises(FileRejected):
        initiatives.add_attachment(ws, o.digital, tmp_path / "khong-co.pdf")
    with pytest.raises(FileRejected):
        initiatives.add_attachment(ws, o.digital, tmp_path)


def test_remove_and_cascade(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    a = _attach(ws, o.digital, tmp_path, "a.txt", b"a")
    b = _attach(ws, o.digital, tmp_path, "b.txt", b"b")
    initiatives.remove_attachment(ws, a.id)
    assert [x.id for x in initiatives.attachments(ws, o.digital)] == [b.id]
    initiatives.delete(ws, o.digital)
    with pytest.raises(NotFoundError):
        initiatives.attachment_info(ws, b.id)


def test_attachment_needs_an_initiative(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        _attach(ws, 12345, tmp_path, "a.txt", b"a")
