"""The initiatives page, its form and its models, with real widgets over a real database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from desktop.domain.initiatives import (
    MAX_ATTACHMENT_BYTES,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.services import initiatives
from desktop.ui.dialogs.initiative_dialog import InitiativeDialog
from desktop.ui.models.initiatives_table import (
    COL_AUTHORS,
    COL_DECISION,
    COL_TITLE,
    COL_YEAR,
    InitiativesTableModel,
    PersonInitiativesModel,
)
from desktop.ui.pages.initiatives import InitiativesPage
from desktop.ui.widgets.person_initiatives import PersonInitiativesView
from tests.services.initiative_data import build
from tests.ui.office_data import click_box_button, when_modal


@pytest.fixture
def office(ws):
    return build(ws)


def make_page(qtbot, ws) -> InitiativesPage:
    page = InitiativesPage(ws)
    qtbot.addWidget(page)
    page.show()
    return page


def shown_titles(page: InitiativesPage) -> list[str]:
    m = page.model
    return [m.index(r, COL_TITLE).data() for r in range(m.rowCount())]


def make_dialog(qtbot, ws, initiative_id=None) -> InitiativeDialog:
    dlg = InitiativeDialog(ws, initiative_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


# --- models ---------------------------------------------------------------------------------


def test_models_pass_qtmodeltester(qtmodeltester, ws, office):
    model = InitiativesTableModel(ws)
    model.set_query(initiatives.make_query(ws))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    row = model.row_of(office.digital)
    assert model.index(row, COL_AUTHORS).data() == "Nguyễn Văn An; Trần Thị Bình"
    assert model.index(row, COL_DECISION).data() == "125/QĐ-SNV, 20/12/2024"
    person = PersonInitiativesModel()
    person.load(ws, office.an)
    qtmodeltester.check(person)
    assert person.rowCount() == 1
    assert person.index(0, 5).data() == "60%"


def test_header_click_sorts_in_sql(qtbot, ws, office):
    page = make_page(qtbot, ws)
    page.table.sortByColumn(COL_YEAR, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort.value == "year" and page.model.query.descending
    years = [page.model.index(r, COL_YEAR).data() for r in range(3)]
    assert years == ["2025", "2024", "2023"]


# --- page -----------------------------------------------------------------------------------


def test_search_without_accents_and_filters(qtbot, ws, office):
    page = make_page(qtbot, ws)
    assert len(shown_titles(page)) == 3
    page.search.setText("tran thi binh")
    assert shown_titles(page) == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    page.search.setText("mot cua")
    assert shown_titles(page) == ["Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"]
    page.search.clear()
    page.status_filter.setCurrentIndex(
        page.status_filter.findData(RecognitionStatus.PROPOSED.value)
    )
    assert shown_titles(page) == ["Ứng dụng phần mềm quản lý văn bản đi đến"]
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(InitiativeKind.GOOD_MODEL.value))
    assert len(shown_titles(page)) == 1
    page.kind_filter.setCurrentIndex(0)
    page.scope_filter.setCurrentIndex(page.scope_filter.findData(Scope.BASE.value))
    assert shown_titles(page) == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    page.scope_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2023))
    assert len(shown_titles(page)) == 1
    page.year_filter.setCurrentIndex(0)
    page.unit_filter.set_unit_id(office.finance)
    assert shown_titles(page) == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    assert page.count_label.text()


def test_detail_pane_shows_the_selected_record(qtbot, ws, office):
    page = make_page(qtbot, ws)
    assert page.select(office.digital)
    text = page.pane.detail.toPlainText()
    assert "Số hoá hồ sơ" in text
    assert "Nguyễn Văn An (60%)" in text
    assert "125/QĐ-SNV, 20/12/2024" in text
    assert "15.000.000 đ" in text


def test_attachments_add_open_export_remove(qtbot, ws, office, tmp_path: Path):
    page = make_page(qtbot, ws)
    page.select(office.model)
    assert not page.pane.open_button.isEnabled()
    src = tmp_path / "Quyết định 88.pdf"
    data = b"%PDF-1.4 scan" * 1000
    src.write_bytes(data)
    assert page.pane.add_attachment(src)
    assert page.pane.attachment_list.count() == 1
    assert page.pane.attachment_list.item(0).text().startswith("Quyết định 88.pdf")
    assert page.pane.open_button.isEnabled()

    opened: list[QUrl] = []
    page.pane.open_url = opened.append
    page.pane.open_attachment()
    assert Path(opened[0].toLocalFile()).read_bytes() == data

    out = page.pane.export_attachment(tmp_path / "ban-sao.pdf")
    assert out is not None
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()

    assert page.pane.remove_attachment(confirm=False)
    assert page.pane.attachment_list.count() == 0
    assert initiatives.attachments(ws, office.model) == []


def test_too_big_file_is_refused_with_a_message(qtbot, ws, office, tmp_path: Path):
    page = make_page(qtbot, ws)
    page.select(office.model)
    big = tmp_path / "phim.mp4"
    with big.open("wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    seen: list[str] = []

    def read(box):
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Ok)

    when_modal(read)
    assert not page.pane.add_attachment(big)
    assert "phim.mp4" in seen[0] and "50,0 MB" in seen[0]
    assert page.pane.attachment_list.count() == 0


def test_delete_asks_first(qtbot, ws, office):
    page = make_page(qtbot, ws)
    page.select(office.proposed)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.No))
    page.delete_selected()
    assert initiatives.count(ws) == 3
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.delete_selected()
    assert initiatives.count(ws) == 2
    assert "Ứng dụng phần mềm quản lý văn bản đi đến" not in shown_titles(page)


# --- dialog ---------------------------------------------------------------------------------


def test_dialog_inline_validation(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws)
    dlg.accept()
    assert dlg.error_text("title")
    assert dlg.isVisible()
    dlg.title.setText("Cải tiến quy trình tiếp nhận hồ sơ")
    dlg.accept()
    assert dlg.error_text("authors")  # no author and no unit
    dlg.unit.set_unit_id(office.finance)
    dlg.status.setCurrentIndex(dlg.status.findData(RecognitionStatus.RECOGNISED.value))
    dlg.accept()
    assert dlg.error_text("decision_number")
    dlg.decision_number.setText("15/QĐ-SNV")
    dlg.year.setValue(2024)
    dlg.decision_date.setText("01/12/2023")
    dlg.accept()
    assert dlg.error_text("decision_date")
    dlg.decision_date.setText("31/02/2024")
    dlg.accept()
    assert dlg.error_text("decision_date")
    dlg.decision_date.setText("15/12/2024")
    dlg.accept()
    assert not dlg.isVisible()
    saved = initiatives.get(ws, dlg.saved_id)
    assert saved.data.decision_number == "15/QĐ-SNV"
    assert saved.unit_name == "Phòng Tài chính - Kế hoạch"


def test_dialog_authors_and_shares(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws)
    dlg.title.setText("Sổ tay thi đua điện tử")
    dlg.person_search.setText("tran thi binh")
    assert dlg.person_results.count() == 1
    dlg.add_selected_person()
    dlg.person_search.setText("le duc cuong")
    dlg.add_selected_person()
    assert dlg.author_ids() == [office.binh, office.cuong]
    assert [dlg.share_spin(r).value() for r in range(2)] == [50, 50]
    dlg.share_spin(0).setValue(70)
    dlg.accept()
    assert "100%" in dlg.error_text("authors")
    dlg.share_spin(1).setValue(30)
    dlg.accept()
    assert not dlg.isVisible()
    saved = initiatives.get(ws, dlg.saved_id)
    assert [(a.person_id, a.share) for a in saved.authors] == [
        (office.binh, 70),
        (office.cuong, 30),
    ]


def test_dialog_edits_an_existing_record(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, office.digital)
    assert dlg.title.text() == "Số hoá hồ sơ thi đua, khen thưởng (CCHC)"
    assert dlg.author_ids() == [office.an, office.binh]
    assert dlg.share_spin(0).value() == 60
    assert dlg.decision_date.text() == "20/12/2024"
    assert dlg.benefit_value.text() == "15000000"
    dlg.authors.setCurrentCell(1, 0)
    dlg.remove_selected_author()
    dlg.accept()
    assert not dlg.isVisible()
    again = initiatives.get(ws, office.digital)
    assert [(a.person_id, a.share) for a in again.authors] == [(office.an, 100)]
    assert again.data == initiatives.get(ws, office.digital).data


def test_person_initiatives_view(qtbot, ws, office):
    view = PersonInitiativesView()
    qtbot.addWidget(view)
    assert view.load(ws, office.cuong) == 1
    assert view.model_.index(0, 0).data() == "Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"
    assert view.load(ws, None) == 0


def test_print_list_writes_the_pdf_and_opens_it(qtbot, ws, office, tmp_path: Path):
    page = make_page(qtbot, ws)
    opened: list[QUrl] = []
    page.open_url = opened.append
    out = page.print_list(2024, tmp_path / "ds.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")
    assert Path(opened[0].toLocalFile()) == out
