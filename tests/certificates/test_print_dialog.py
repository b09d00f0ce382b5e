"""The certificates print dialog: a selection of the granted nominees printed in one job, the
register numbers shown afterwards; the batch page opens it once the batch is decided."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services import certificates
from desktop.ui.dialogs.certificate_print import CertificatePrintDialog
from tests.certificates.helpers import NAMES, decided_batch
from tests.documents.pdfread import reader, text


def test_selection_prints_in_one_job_and_fills_the_register(qtbot, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = decided_batch(ws)
    dlg = CertificatePrintDialog(ws, int(ids["batch"]))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.table.rowCount() == 2  # the refused nominee is not listed
    assert [dlg.table.item(r, 3).text() for r in range(2)] == ["", ""]
    dlg.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dlg.plain.setChecked(True)
    assert not dlg.layout_choice.isEnabled()
    out = tmp_path / "gk.pdf"
    dlg.print_pdf(str(out))
    pdf = out.read_bytes()
    assert len(reader(pdf).pages) == 1 and NAMES[0] in text(pdf) and "TẶNG DANH HIỆU" in text(pdf)
    assert dlg.table.item(0, 3).text() == "1/2025" and dlg.table.item(1, 3).text() == ""
    assert [(e.recipient, e.mode) for e in certificates.register(ws, int(ids["batch"]))] == [
        (NAMES[0], "plain")
    ]
    dlg._tick_all(False)
    dlg.print_pdf(str(tmp_path / "none.pdf"))
    assert dlg.error.isVisible() and not (tmp_path / "none.pdf").exists()


def test_save_word_copy_button_writes_the_same_numbers(qtbot, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.certificates.test_word_copy import pages
    from tests.documents.wordread import open_docx

    ids = decided_batch(ws)
    dlg = CertificatePrintDialog(ws, int(ids["batch"]))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.word_button.text() == dlg.tr("Save Word copy…") and dlg.word_button.isVisible()
    dlg.print_pdf(str(tmp_path / "gk.pdf"))
    before = certificates.register(ws, int(ids["batch"]))
    asked: list[tuple[str, bool]] = []
    dlg.ask_save_path = lambda name, word: asked.append((name, word)) or str(tmp_path / "ban")
    qtbot.mouseClick(dlg.word_button, Qt.MouseButton.LeftButton)
    assert asked == [("giay-khen.docx", True)]
    written = tmp_path / "ban.docx"  # the extension is added
    assert dlg.written == written and not dlg.error.isVisible()
    found = pages(open_docx(written.read_bytes()))
    assert len(found) == 2
    assert "Số vào sổ: 2/2025" in "\n".join(p.text for p in found[1])
    assert certificates.register(ws, int(ids["batch"])) == before  # no second numbering
    assert [dlg.table.item(r, 3).text() for r in range(2)] == ["1/2025", "2/2025"]
    dlg.ask_save_path = lambda name, word: ""  # cancelled: nothing written
    qtbot.mouseClick(dlg.word_button, Qt.MouseButton.LeftButton)
    assert dlg.written == written
