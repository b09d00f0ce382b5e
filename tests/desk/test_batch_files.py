"""Files kept with a batch, its nominees and its decisions: stored in the database with their
SHA-256, refused over 50 MB, named safely, listed in the mục lục as "kèm theo", carried by a
backup."""

from __future__ import annotations

import hashlib
import io
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.domain.awards import CommendationType
from desktop.domain.batch_files import BatchFileKind, BatchFileOwner
from desktop.domain.errors import FileRejected, ValidationError
from desktop.domain.proposals import BatchInput
from desktop.services import backups, batch_files, dossier, proposals
from desktop.services.session import Workspace
from tests.services.test_dossier import NAMES, batch  # noqa: F401  (the dossier's real batch)

SCAN = b"%PDF-1.4 signed scan " + bytes(range(256)) * 40


def _file(tmp_path: Path, name: str, data: bytes = SCAN) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(unicodedata.normalize("NFC", p.extract_text()) for p in pages).replace(
        "\n", " "
    )


def test_files_of_a_batch_and_its_nominee_are_kept_with_their_digest(
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    nominee = proposals.nominees(ws, batch)[0]
    signed = batch_files.add(
        ws, BatchFileOwner(batch), _file(tmp_path, "to-trinh-ky.pdf"), BatchFileKind.TO_TRINH
    )
    evidence = batch_files.add(
        ws,
        BatchFileOwner(batch, nominee_id=nominee.id),
        _file(tmp_path, "CON.jpg", b"jpeg bytes"),
        BatchFileKind.MINH_CHUNG,
    )
    assert signed.sha256 == hashlib.sha256(SCAN).hexdigest() and signed.size == len(SCAN)
    assert evidence.name == "_CON.jpg"  # a Windows device name is never a file name
    assert [f.name for f in batch_files.files(ws, batch)] == ["to-trinh-ky.pdf", "_CON.jpg"]
    assert batch_files.files(ws, batch)[1].owner_name == nominee.name
    assert batch_files.content(ws, signed.id) == SCAN
    out = batch_files.export(ws, evidence.id, tmp_path)
    assert out.name == "_CON.jpg" and out.read_bytes() == b"jpeg bytes"
    assert batch_files.open_copy(ws, signed.id).read_bytes() == SCAN
    batch_files.remove(ws, evidence.id)
    assert [f.id for f in batch_files.files(ws, batch)] == [signed.id]


def test_a_file_over_50_mb_or_of_another_batch_is_refused(
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    big = tmp_path / "quet.pdf"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: never read
    with pytest.raises(FileRejected, match="vượt giới hạn 50,0 MB"):
        batch_files.add(ws, BatchFileOwner(batch), big)
    with pytest.raises(FileRejected, match="Không tìm thấy"):
        batch_files.add(ws, BatchFileOwner(batch), tmp_path / "khong-co.pdf")
    other = proposals.create_batch(ws, BatchInput("Đợt khác", CommendationType.MERIT, 2025))
    nominee = proposals.nominees(ws, batch)[0]
    with pytest.raises(ValidationError):
        batch_files.add(ws, BatchFileOwner(other, nominee_id=nominee.id), _file(tmp_path, "a.pdf"))
    assert batch_files.files(ws, batch) == [] and batch_files.files(ws, other) == []


def test_the_contents_page_lists_the_kept_files_as_attached(
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    nominee = proposals.nominees(ws, batch)[0]
    batch_files.add(
        ws, BatchFileOwner(batch), _file(tmp_path, "to-trinh-ky.pdf"), BatchFileKind.TO_TRINH
    )
    batch_files.add(
        ws,
        BatchFileOwner(batch, nominee_id=nominee.id),
        _file(tmp_path, "bang-diem.xlsx", b"x"),
        BatchFileKind.MINH_CHUNG,
    )
    pdf, _ = dossier.render(ws, batch, "muc-luc")
    text = _text(pdf)
    assert "Tờ trình đã ký (tệp to-trinh-ky.pdf)" in text
    assert f"Tài liệu minh chứng thành tích của {nominee.name}" in text
    assert text.count("Bản kèm theo") == 2
    # numbered after the dossier's own papers: 1 mục lục … 5 báo cáo (with 5.1-5.3), then 6, 7
    assert "6 Tờ trình đã ký" in text and "7 Tài liệu minh chứng" in text
    assert nominee.name in NAMES
    # the Word copy of the mục lục names them too, in its table
    cells = [
        c.text
        for t in Document(io.BytesIO(dossier.render_word(ws, batch, "muc-luc"))).tables
        for row in t.rows
        for c in row.cells
    ]
    assert "Tờ trình đã ký (tệp to-trinh-ky.pdf)" in cells
    assert cells.count("Bản kèm theo") == 2


def test_a_backup_carries_the_files(
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    kept = batch_files.add(
        ws, BatchFileOwner(batch), _file(tmp_path, "qd.pdf"), BatchFileKind.QUYET_DINH
    )
    record = backups.backup_now(ws, tmp_path / "usb")
    batch_files.remove(ws, kept.id)
    assert batch_files.files(ws, batch) == []
    backups.restore(ws, record.path)
    [back] = batch_files.files(ws, batch)
    assert (back.uuid, back.sha256) == (kept.uuid, kept.sha256)
    assert batch_files.content(ws, back.id) == SCAN
