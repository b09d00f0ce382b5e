"""The batch page's Office decision…: draft the head's Quyết định, correct its number and date,
preview it, record it (real widgets over a real database)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.proposals import BatchState
from desktop.services import decisions, office, proposals
from desktop.services.session import Workspace
from desktop.ui.dialogs.decision_dialog import DecisionDocumentDialog
from desktop.ui.pages.proposal_batches import BatchesTab
from tests.legal.decision_data import council_batch


def _first_page(dialog: DecisionDocumentDialog) -> str:
    reader = PdfReader(io.BytesIO(dialog.preview.pdf_bytes()))
    return " ".join((reader.pages[0].extract_text() or "").split())


def test_draft_correct_and_record_from_the_batch_page(qtbot: QtBot, ws: Workspace) -> None:
    # GIVEN a batch the council has voted on, submitted to the head (tờ trình 01)
    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        opened.append(dialog)
        qtbot.addWidget(dialog)
        return True

    tab.run_dialog = run
    tab.refresh(select=ids["batch"])
    assert tab.own_decision_button.isEnabled()
    # WHEN the clerk clicks Office decision…
    qtbot.mouseClick(tab.own_decision_button, Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    assert isinstance(dialog, DecisionDocumentDialog)
    # THEN a preview marked DỰ THẢO shows the register's next number of the date's year
    dialog.date_edit.setDate(QDate(2025, 12, 20))
    assert dialog.number_spin.value() == 2
    assert "DỰ THẢO" in _first_page(dialog)
    assert not dialog.record_button.isEnabled()
    # WHEN drafted
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    [draft] = decisions.drafts(ws, ids["batch"])
    assert (draft.symbol, draft.decided_on) == ("02/QĐ-STC", date(2025, 12, 20))
    assert "02/QĐ-STC" in dialog.status.text()
    page = _first_page(dialog)
    assert "Số: 02/QĐ-STC" in page and "DỰ THẢO" not in page
    # WHEN the number and the date are corrected
    dialog.number_spin.setValue(7)
    dialog.date_edit.setDate(QDate(2025, 12, 22))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [e.symbol for e in office.register(ws, 2025)] == ["01/TTr-STC", "07/QĐ-STC"]
    assert "Số: 07/QĐ-STC" in _first_page(dialog) and "ngày 22 tháng 12 năm 2025" in _first_page(
        dialog
    )
    # a number already taken is refused in the status line, nothing changed
    dialog.number_spin.setValue(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "01/TTr-STC" in dialog.status.text()
    assert decisions.drafts(ws, ids["batch"])[0].symbol == "07/QĐ-STC"
    # WHEN recorded (the clerk confirms)
    dialog.confirm = lambda _question: True
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded
    batch = proposals.get_batch(ws, ids["batch"])
    assert batch.state is BatchState.DECIDED
    assert (batch.decision_number, batch.decision_date) == ("07/QĐ-STC", date(2025, 12, 22))
    assert "Decision recorded" in dialog.status.text() or "Đã" in dialog.status.text()
    assert not dialog.draft_button.isEnabled() and not dialog.record_button.isEnabled()


def test_before_the_council_the_page_offers_no_decision(qtbot: QtBot, ws: Workspace) -> None:
    ids = council_batch(ws)
    proposals.return_for_changes(ws, ids["batch"], "Bổ sung")
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.refresh(select=ids["batch"])
    assert not tab.own_decision_button.isEnabled()


def test_the_existing_record_step_takes_the_drafts_number_and_date(
    qtbot: QtBot, ws: Workspace
) -> None:
    from desktop.ui.dialogs.council_dialogs import DecisionDialog

    ids = council_batch(ws)
    proposals.submit(ws, ids["batch"], date(2025, 12, 12))
    decisions.prepare(ws, ids["batch"], date(2025, 12, 20), number=9)
    form = DecisionDialog(ws, ids["batch"])
    qtbot.addWidget(form)
    assert form.number_edit.text() == "09/QĐ-STC" and not form.number_edit.isEnabled()
    assert form.date_edit.date() == QDate(2025, 12, 20)
    assert form.issuer_edit.text() == "Sở Tài chính"
    assert form.save()
    batch = proposals.get_batch(ws, ids["batch"])
    assert (batch.decision_number, batch.decision_date) == ("09/QĐ-STC", date(2025, 12, 20))
