"""LibreOffice opens our Word copies and prints them with the PDF's words: each .docx is converted
with `soffice --headless --convert-to pdf` and its text compared with our own PDF's, normalised
(NFC, blanks collapsed, page numbers left out since Word and LibreOffice break pages their own
way). Slow (a LibreOffice start per file); CI installs LibreOffice Writer from Debian, and a
missing `soffice` FAILS this test rather than skipping it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.documents import dossier
from desktop.documents import report as report_doc
from desktop.documents.sample import sample_dossier
from desktop.services import reports
from desktop.services.session import Workspace
from tests.documents import wordread
from tests.documents.pdfread import reader
from tests.documents.wordread import open_docx
from tests.services.report_fixture import make

pytestmark = pytest.mark.slow


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    return found


def _convert(docx: bytes, folder: Path) -> bytes:
    source = folder / "copy.docx"
    source.write_bytes(docx)
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (folder / "copy.pdf").read_bytes()


def words(pdf: bytes, heads: Sequence[Sequence[str]] = ()) -> list[str]:
    """The PDF's words in reading order, NFC, without the page numbers' lone digits, a word
    broken after a hyphen joined again, and without the tables' header rows (`heads`: their
    words) wherever they stand: each program breaks pages its own way, so a header repeated at
    the top of a page is in one PDF and not in the other (the rows themselves are checked in
    the Word copy by test_word_copies)."""
    out: list[str] = []
    for page in reader(pdf).pages:
        text = unicodedata.normalize("NFC", page.extract_text())
        out += [w for w in text.split() if not w.isdigit()]
    joined: list[str] = []
    for w in out:
        if joined and len(joined[-1]) > 1 and joined[-1].endswith("-"):
            joined[-1] += w
        else:
            joined.append(w)
    return _without(joined, sorted((list(h) for h in heads if h), key=len, reverse=True))


def _without(found: list[str], heads: list[list[str]]) -> list[str]:
    """`found` with every run of words that holds one of `heads`' words (longest first) left
    out; in any order, since a header cell of two lines beside cells of one, centred vertically,
    is drawn line by line by one program and cell by cell by the other."""
    wanted = [sorted(h) for h in heads]
    kept: list[str] = []
    i = 0
    while i < len(found):
        head = next((h for h in wanted if sorted(found[i : i + len(h)]) == h), None)
        if head is None:
            kept.append(found[i])
            i += 1
        else:
            i += len(head)
    return kept


def header_rows(docx: bytes) -> list[list[str]]:
    """The words of every repeated header row of the Word copy's tables."""
    doc = open_docx(docx)
    rows: list[list[str]] = []
    for table in doc.tables:
        for n in range(wordread.header_rows(table)):
            cells = table.rows[n].cells
            text = " ".join(
                c.text for i, c in enumerate(cells) if i == 0 or c._tc is not cells[i - 1]._tc
            )
            rows.append(unicodedata.normalize("NFC", text).split())
    return rows


def same_words(ours: bytes, docx: bytes, folder: Path) -> tuple[list[str], list[str]]:
    """Our PDF's words and those of LibreOffice's PDF of the Word copy."""
    theirs = _convert(docx, folder)
    heads = header_rows(docx)
    return words(ours, heads), words(theirs, heads)


def test_dossier_word_copy_prints_the_pdf_words_in_libreoffice(tmp_path: Path) -> None:
    data = sample_dossier(3, paragraphs=2)
    ours, theirs = same_words(
        dossier.render(data, "all"), dossier.render_docx(data, "all"), tmp_path
    )
    assert "Độc" in ours and theirs == ours


def test_report_and_bieu_0603_word_copy_in_libreoffice(ws: Workspace, tmp_path: Path) -> None:
    make(ws)
    data = reports.build(ws, "2025")
    assert data.form is not None and data.has_records
    ours, theirs = same_words(report_doc.render(data), report_doc.render_docx(data), tmp_path)
    assert "0603.N/BNV-TĐKT" in " ".join(theirs)
    assert theirs == ours


def test_decision_initiatives_list_and_history_word_copies_in_libreoffice(
    ws: Workspace, tmp_path: Path
) -> None:
    from datetime import date

    from desktop.documents import initiative_list as list_doc
    from desktop.documents import qua_trinh
    from desktop.services import decisions, initiative_list, process_history, proposals
    from tests.legal.decision_data import council_batch
    from tests.services.initiative_data import build as initiatives_of

    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    on = date(2025, 12, 20)
    ours, theirs = same_words(
        decisions.render(ws, ids["batch"], on=on),
        decisions.render_word(ws, ids["batch"], on=on),
        tmp_path,
    )
    assert "QUYẾT" in theirs and "Nguyễn" in theirs and theirs == ours

    history = process_history.build(ws, ids["batch"], printed_on=on)
    ours, theirs = same_words(qua_trinh.render(history), qua_trinh.render_docx(history), tmp_path)
    assert len(theirs) > 50 and theirs == ours

    initiatives_of(ws)
    listed = initiative_list.build(ws, 2024, issued_on=on)
    assert listed.groups
    ours, theirs = same_words(list_doc.render(listed), list_doc.render_docx(listed), tmp_path)
    assert "DANH" in theirs and theirs == ours
