"""Saving the decision's and the process history's PDF from their previews records the bytes shown
as issued; the batch's "Issued documents" names them, and the documents page's "Issued documents"
tab lists every issued paper (the list of initiatives has no batch)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services import dossier, initiative_list
from desktop.services.session import Workspace
from tests.certificates.helpers import decided_batch


def test_previews_record_the_saved_pdf_and_the_pages_list_them(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    from desktop.ui.dialogs.decision_dialog import DecisionDocumentDialog
    from desktop.ui.dialogs.process_history_preview import ProcessHistoryDialog
    from desktop.ui.pages.documents import DocumentsPage
    from desktop.ui.widgets.issued_documents import IssuedDocuments

    batch = int(decided_batch(ws)["batch"])
    decision = DecisionDocumentDialog(ws, batch)
    qtbot.addWidget(decision)
    shown = decision.preview.pdf_bytes()
    assert decision.preview.save_as(tmp_path / "qd.pdf") == tmp_path / "qd.pdf"
    history = ProcessHistoryDialog(ws, batch)
    qtbot.addWidget(history)
    assert history.preview.save_as(tmp_path / "qt.pdf") == tmp_path / "qt.pdf"
    rows = dossier.issued(ws, batch)
    assert [(r.kind, r.file_name) for r in rows] == [
        ("qua-trinh", "qt.pdf"),
        ("quyet-dinh", "qd.pdf"),
    ]
    assert dossier.issued_pdf(ws, rows[1].id) == shown == (tmp_path / "qd.pdf").read_bytes()
    assert rows[1].pages == decision.preview.page_count() > 0

    listed = IssuedDocuments(ws)
    qtbot.addWidget(listed)
    listed.set_batch(batch)
    parts = [listed.tree.topLevelItem(i).text(1) for i in range(listed.count())]
    assert parts[0].startswith(listed.tr("Processing history"))
    assert parts[1].startswith(listed.tr("Decision and list"))

    initiative_list.write_pdf(ws, 2025, tmp_path / "sk.docx")
    page = DocumentsPage(ws)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.issued)
    assert page.issued.count() == 3
    first = page.issued.tree.topLevelItem(0)
    assert first.text(1) == f"{page.issued.tr('Recognised initiatives')} (Word)"
    assert first.text(3) == "sk.docx"
