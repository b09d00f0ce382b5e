"""The decision with its list, the process history and the list of initiatives are recorded as
issued when saved, the PDF and the Word copy alike: the row keeps the very bytes written, their
SHA-256, the pages of a PDF (0 for Word); the batch's list and the documents page show them."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.issued_documents import IssuedRow
from desktop.services import decisions, dossier, initiative_list, process_history
from desktop.services.session import Workspace
from tests.certificates.helpers import decided_batch
from tests.documents.pdfread import reader
from tests.documents.wordread import all_text, open_docx


def _check_row(ws: Workspace, row: IssuedRow, path: Path, kind: str) -> None:
    doc_id, got_kind, file_name, sha, pages = row.id, row.kind, row.file_name, row.sha256, row.pages
    data = path.read_bytes()
    assert (got_kind, file_name) == (kind, path.name)
    assert sha == hashlib.sha256(data).hexdigest()
    assert dossier.issued_pdf(ws, doc_id) == data
    if path.suffix == ".docx":
        assert pages == 0
        open_docx(data)
    else:
        assert pages == len(reader(data).pages) > 0


def test_decision_pdf_and_word_are_recorded(ws: Workspace, tmp_path: Path) -> None:
    batch = int(decided_batch(ws)["batch"])
    pdf, docx = tmp_path / "qd.pdf", tmp_path / "qd.docx"
    _, sha = decisions.write(ws, batch, pdf)
    decisions.write(ws, batch, docx)
    rows = dossier.issued(ws, batch)
    assert [r.kind for r in rows] == ["quyet-dinh", "quyet-dinh"]
    _check_row(ws, rows[1], pdf, "quyet-dinh")
    _check_row(ws, rows[0], docx, "quyet-dinh")
    assert rows[1].sha256 == sha
    assert rows[0].number == "150/QĐ-STC" and rows[0].issued_on == date(2025, 12, 20)
    assert "QUYẾT ĐỊNH" in all_text(open_docx(docx.read_bytes())).upper()
    # the PDF shown in the preview, saved as it is
    shown = tmp_path / "shown.pdf"
    decisions.save_shown(ws, batch, shown, pdf.read_bytes(), 2)
    newest = dossier.issued(ws, batch)[0]
    assert (newest.file_name, newest.sha256, newest.pages) == ("shown.pdf", rows[1].sha256, 2)


def test_process_history_pdf_and_word_are_recorded(ws: Workspace, tmp_path: Path) -> None:
    batch = int(decided_batch(ws)["batch"])
    pdf, docx = tmp_path / "qt.pdf", tmp_path / "qt.docx"
    process_history.write(ws, batch, pdf)
    process_history.write(ws, batch, docx)
    rows = dossier.issued(ws, batch)
    _check_row(ws, rows[1], pdf, "qua-trinh")
    _check_row(ws, rows[0], docx, "qua-trinh")
    assert "Khen thưởng tổng kết năm 2025" in rows[0].title


def test_initiative_list_pdf_and_word_are_recorded(ws: Workspace, tmp_path: Path) -> None:
    pdf, docx = tmp_path / "sk.pdf", tmp_path / "sk.docx"
    initiative_list.write_pdf(ws, 2025, pdf, issued_on=date(2025, 12, 30))
    initiative_list.write_pdf(ws, 2025, docx)
    rows = dossier.issued(ws)
    assert [r.batch_id for r in rows] == [None, None]  # no batch
    _check_row(ws, rows[1], pdf, "ds-sang-kien")
    _check_row(ws, rows[0], docx, "ds-sang-kien")
    assert rows[1].issued_on == date(2025, 12, 30) and rows[1].title.endswith("năm 2025")


def test_a_file_that_cannot_be_written_records_nothing(ws: Workspace, tmp_path: Path) -> None:
    batch = int(decided_batch(ws)["batch"])
    with pytest.raises(ValidationError):
        decisions.write(ws, batch, tmp_path)  # a folder
    with pytest.raises(ValidationError):
        initiative_list.write_pdf(ws, 2025, tmp_path / "missing" / "sk.docx")
    assert dossier.issued(ws) == []


def test_the_history_names_the_papers_issued(ws: Workspace, tmp_path: Path) -> None:
    batch = int(decided_batch(ws)["batch"])
    decisions.write(ws, batch, tmp_path / "qd.pdf")
    decisions.write(ws, batch, tmp_path / "qd.docx")
    lines = [line for step in process_history.build(ws, batch).steps for line in step.lines]
    pages = dossier.issued(ws, batch)[1].pages
    paper = "In và lưu quyết định khen thưởng và danh sách"
    assert f"{paper}: tệp qd.pdf ({pages} trang)." in lines
    assert f"{paper}: tệp qd.docx (bản Word)." in lines


def test_cli_verbs_record_what_they_write(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    ws = Workspace.open(db_path)
    try:
        batch = int(decided_batch(ws)["batch"])
    finally:
        ws.close()
    db = ["--db", str(db_path)]
    verbs = [
        (["decision", str(batch)], "quyet-dinh"),
        (["batch-history", str(batch)], "qua-trinh"),
        (["initiatives-list", "--year", "2025"], "ds-sang-kien"),
    ]
    for args, _kind in verbs:
        for suffix in (".pdf", ".docx"):
            assert main([*db, *args, "--out", str(tmp_path / f"{args[0]}{suffix}")]) == 0
            assert "văn bản đã phát hành" in capsys.readouterr().out
    assert main([*db, "decision", str(batch), "--out", str(tmp_path / "no" / "x.docx")]) == 2
    ws = Workspace.open(db_path)
    try:
        rows = dossier.issued(ws)
    finally:
        ws.close()
    expected = [
        (kind, f"{args[0]}{suffix}") for args, kind in verbs for suffix in (".pdf", ".docx")
    ]
    assert [(r.kind, r.file_name) for r in reversed(rows)] == expected
    for row in rows:
        assert row.sha256 == hashlib.sha256((tmp_path / row.file_name).read_bytes()).hexdigest()
