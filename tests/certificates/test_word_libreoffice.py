"""LibreOffice opens the certificates' Word copy and prints every word where our PDF prints it:
the .docx is converted with `soffice --headless --convert-to pdf`, and each text run of its
pages is found in our PDF's page at the same baseline and start (within a point). Slow (a
LibreOffice start); a missing `soffice` fails the test (see tests/documents)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop.services import certificates
from desktop.services.session import Workspace
from tests.certificates.helpers import decided_batch
from tests.documents.pdfread import Run, reader, runs
from tests.documents.test_word_libreoffice import _convert

pytestmark = pytest.mark.slow


def _runs(pdf: bytes) -> list[list[Run]]:
    return [runs(page) for page in reader(pdf).pages]


def _words(page: list[Run]) -> list[str]:
    return unicodedata.normalize("NFC", " ".join(r.text for r in page)).split()


@pytest.mark.parametrize("plain", [True, False])
def test_libreoffice_prints_the_copy_where_our_pdf_prints(
    ws: Workspace, tmp_path: Path, plain: bool
) -> None:
    batch = int(decided_batch(ws)["batch"])
    certificates.print_batch(ws, batch, tmp_path / "gk.pdf", plain=plain)
    certificates.print_batch(ws, batch, tmp_path / "gk.docx", plain=plain)
    ours = _runs((tmp_path / "gk.pdf").read_bytes())
    theirs = _runs(_convert((tmp_path / "gk.docx").read_bytes(), tmp_path))
    assert len(theirs) == len(ours) == 2  # one certificate a page, no page more
    for mine, lo in zip(ours, theirs, strict=True):
        assert sorted(_words(lo)) == sorted(_words(mine))
        for run in lo:
            line = unicodedata.normalize("NFC", run.text.strip())
            same_line = [
                r
                for r in mine
                if line in unicodedata.normalize("NFC", r.text) and abs(r.y - run.y) < 1.0
            ]
            assert same_line, (line, run.y)  # on the PDF's baseline, in the PDF's line
            starts = [r for r in same_line if unicodedata.normalize("NFC", r.text).startswith(line)]
            if starts:  # the line's start: at the PDF's start
                assert min(abs(r.x - run.x) for r in starts) < 1.0, (line, run.x)
