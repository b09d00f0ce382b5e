"""“Save Word copy…” (Lưu bản Word…) beside the PDF's “Save as…” in every preview: dossier part,
office decision, periodic report, processing history, and beside “Print recognised list…” on the
initiatives page. Each test clicks the button (the file name answered through the hook the file
dialog sits behind), waits for the background write and reads the .docx back; the dossier part
and the periodic report are recorded as issued documents like their PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from desktop.services.session import Workspace
from desktop.ui.widgets.pdf_preview import PdfPreview
from tests.documents.wordread import all_text, open_docx
from tests.ui.test_papers_ui import batch_id as batch_id  # the batch with a council meeting


def test_dossier_preview_saves_and_records_the_word_copy(
    qtbot, ws, batch_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossier
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog
    from desktop.ui.widgets.issued_documents import IssuedDocuments

    dialog = DossierPreviewDialog(ws, batch_id, "to-trinh")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
    assert not dialog.preview.word_button.isEnabled()  # held: the empty duties were named
    dialog.print_anyway()
    preview = dialog.preview
    assert preview.word_button.isVisibleTo(dialog) and preview.word_button.isEnabled()
    assert preview.word_button.text() == preview.tr("Save Word copy…")
    target = tmp_path / "to-trinh.docx"
    _click_word(qtbot, preview, target)
    assert target.name in dialog.status.text()
    text = all_text(open_docx(target.read_bytes()))
    assert "TỜ TRÌNH" in text and "Kính gửi:" in text and "03 cá nhân" in text
    rows = dossier.issued(ws, batch_id)
    assert [(r.kind, r.file_name, r.pages) for r in rows] == [("to-trinh", "to-trinh.docx", 0)]
    assert dossier.issued_pdf(ws, rows[0].id) == target.read_bytes()

    issued = IssuedDocuments(ws)
    qtbot.addWidget(issued)
    issued.set_batch(batch_id)
    issued.tree.setCurrentItem(issued.tree.topLevelItem(0))
    assert "(Word)" in issued.tree.topLevelItem(0).text(1)
    assert not issued.open_button.isEnabled()  # no PDF preview of a Word copy
    again = tmp_path / "ban-sao.docx"
    issued.ask_path = lambda name: again if name == "to-trinh.docx" else None
    assert issued.save_copy() == again
    assert again.read_bytes() == target.read_bytes()


def _click_word(qtbot: QtBot, preview: PdfPreview, target: Path) -> str:
    """Click the preview's Word button, answering the file dialog with `target`; wait for the
    background write; return the copy's text."""
    asked: list[str] = []
    preview.ask_word_path = lambda name: asked.append(name) or target
    assert preview.word_button.isVisibleTo(preview) and preview.word_button.isEnabled()
    qtbot.mouseClick(preview.word_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".docx")
    task = preview.word_task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    return all_text(open_docx(target.read_bytes()))


def test_decision_dialog_saves_the_word_copy_of_the_draft(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from desktop.services import proposals
    from desktop.ui.dialogs.decision_dialog import DecisionDocumentDialog
    from tests.legal.decision_data import council_batch

    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    dialog = DecisionDocumentDialog(ws, ids["batch"])
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2025, 12, 20))
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "quyet-dinh.docx"
    text = _click_word(qtbot, dialog.preview, target)
    assert "QUYẾT ĐỊNH" in text and "02/QĐ-STC" in text
    assert "ngày 20 tháng 12 năm 2025" in text and "Nguyễn Thị Hương" in text
    assert "quyet-dinh.docx" in dialog.status.text()


def test_periodic_report_word_copy_is_recorded_as_issued(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    from desktop.services import dossier, reports
    from desktop.ui.pages.documents import DocumentsPage
    from tests.services.report_fixture import make

    make(ws)
    page = DocumentsPage(ws)
    qtbot.addWidget(page)
    page.year_box.setValue(2025)
    page.open_year_report()
    page.period_edit.setText("2025")
    page.report_scope.setCurrentIndex(0)
    page.create_report()
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=30_000)
    target = tmp_path / "bao-cao-2025.docx"
    text = _click_word(qtbot, page.preview, target)
    assert "BÁO CÁO" in text and "0603.N/BNV-TĐKT" in text
    issued = [d for d in dossier.issued(ws) if d.kind == reports.ISSUED_KIND]
    assert [(d.file_name, d.pages) for d in issued] == [("bao-cao-2025.docx", 0)]
    assert dossier.issued_pdf(ws, issued[0].id) == target.read_bytes()
    assert "recorded" in page.status.text() or "ghi" in page.status.text()


def test_processing_history_word_copy(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals
    from desktop.ui.dialogs.process_history_preview import ProcessHistoryDialog

    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    dialog = ProcessHistoryDialog(ws, batch)
    qtbot.addWidget(dialog)
    text = _click_word(qtbot, dialog.preview, tmp_path / "qua-trinh.docx")
    assert "QUÁ TRÌNH XỬ LÝ HỒ SƠ" in text.upper()
    assert "Khen thưởng tổng kết năm 2025" in text
    assert "qua-trinh.docx" in dialog.status.text()


def test_initiatives_page_saves_the_recognised_list_as_word(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    from desktop.ui.pages.initiatives import InitiativesPage
    from tests.services.initiative_data import build

    build(ws)
    page = InitiativesPage(ws)
    qtbot.addWidget(page)
    opened: list[QUrl] = []
    asked: list[tuple[str, bool]] = []
    page.open_url = opened.append
    page.ask_year = lambda: 2024
    target = tmp_path / "sang-kien"  # the extension is added
    page.ask_list_path = lambda name, word: asked.append((name, word)) or str(target)
    qtbot.mouseClick(page.word_button, Qt.MouseButton.LeftButton)
    assert asked == [(page.tr("recognised-initiatives-%1").replace("%1", "2024") + ".docx", True)]
    written = tmp_path / "sang-kien.docx"
    assert Path(opened[0].toLocalFile()) == written
    text = all_text(open_docx(written.read_bytes()))
    assert "DANH SÁCH" in text.upper() and "2024" in text
