"""The khối page driven with qtbot on a real database: members inside and outside the unit tree,
rotation of trưởng/phó khối, criteria and scores typed in the grid, the ranking, the leading unit
and the khối's proposal for Cờ thi đua của UBND tỉnh."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.blocs import BlocInput, BlocMemberInput, BlocScoreInput
from desktop.domain.movements import CriterionInput
from desktop.domain.subjects import BlocKind
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, units
from desktop.services.session import Workspace
from desktop.ui.pages.blocs import BlocDialog, BlocsPage
from tests.ui.office_data import click_box_button, when_modal
from tests.ui.test_import_dialog import _answer_modals


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    return {
        "tc": units.save(ws, UnitInput("Sở Tài chính", UnitKind.SUBORDINATE)),
        "kh": units.save(ws, UnitInput("Sở Kế hoạch và Đầu tư", UnitKind.SUBORDINATE)),
    }


@pytest.fixture
def page(qtbot, ws: Workspace, office) -> BlocsPage:  # type: ignore[no-untyped-def]
    p = BlocsPage(ws)
    qtbot.addWidget(p)
    p.resize(1166, 700)
    p.year_spin.setValue(2024)
    p.show()
    return p


def _new_khoi(page: BlocsPage) -> int:
    dialog = BlocDialog(page._ws, None, page)
    dialog.name.setText("Khối các cơ quan tổng hợp")
    dialog.since.setValue(2021)
    when_modal(lambda d: d.accept())  # type: ignore[attr-defined]
    bid = page.new_bloc(dialog)
    assert bid is not None
    return bid


def test_empty_page_says_how_to_start_then_a_new_khoi_is_listed(page: BlocsPage) -> None:
    assert "No khối yet" in page.heading.text()
    assert not page.tabs.isEnabled()
    bid = _new_khoi(page)
    assert page.bloc_list.count() == 1
    assert page.bloc() is not None and page.bloc().id == bid  # type: ignore[union-attr]
    assert page.tabs.isEnabled()
    assert "0 member(s) in 2024" in page.heading.text()
    assert blocs.get_bloc(page._ws, bid).kind is BlocKind.KHOI


def test_members_rotation_scores_ranking_and_proposal(qtbot, page: BlocsPage, office) -> None:  # type: ignore[no-untyped-def]
    _new_khoi(page)
    tab = page.members_tab
    tab.unit.set_unit_id(office["tc"])
    assert tab.add_unit()
    tab.unit.set_unit_id(office["kh"])
    assert tab.add_unit()
    tab.outside_name.setText("Cục Thuế tỉnh")
    assert tab.add_outside()
    assert tab.outside_name.text() == ""
    assert tab.table.rowCount() == 3
    assert tab.table.item(2, 1).text() == "Cục Thuế tỉnh"
    assert tab.table.item(2, 2).text() == "Outside the unit list"
    # The same unit twice is refused with a message, nothing added.
    tab.unit.set_unit_id(office["tc"])
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Ok))
    assert not tab.add_unit()
    assert tab.table.rowCount() == 3
    # Move the outside agency to the top of the rotation order.
    tab.table.selectRow(2)
    tab.move_selected(-1)
    tab.table.selectRow(1)
    tab.move_selected(-1)
    assert tab.table.item(0, 1).text() == "Cục Thuế tỉnh"
    assert "3 member(s) in 2024" in page.heading.text()

    # Chairs: the rotation's suggestion put in the boxes and saved.
    years = page.years_tab
    assert "chair Cục Thuế tỉnh" in years.suggestion.text()
    years.use_rotation()
    assert years.chair.currentText() == "Cục Thuế tỉnh"
    assert years.deputy.currentText() == "Sở Tài chính"
    assert years.save_chairs()
    assert years.table.item(0, 1).text() == "Cục Thuế tỉnh"
    assert "proposes no one" in years.proposal.text()
    # Only units of the tree can lead (the outside agency cannot be proposed).
    assert [years.leader.itemText(i) for i in range(years.leader.count())][1:] == [
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
    ]

    # Criteria typed in the table, then scores typed in the grid re-rank the members.
    scores = page.scores_tab
    scores.add_criterion()
    scores.criteria.item(0, 0).setText("Thực hiện nhiệm vụ chính trị")
    scores.criteria.item(0, 1).setText("60")
    scores.add_criterion()
    scores.criteria.item(1, 0).setText("Công tác thi đua, khen thưởng")
    scores.criteria.item(1, 1).setText("40")
    assert scores.save_criteria()
    assert scores.total_label.text() == "2 criteria, maximum 100 points"
    assert scores.scores.columnCount() == 5
    assert scores.scores.horizontalHeaderItem(2).text() == "1\n/60"

    def type_score(member: str, col: int, text: str) -> None:
        row = next(
            r for r in range(scores.scores.rowCount()) if scores.scores.item(r, 1).text() == member
        )
        scores.scores.item(row, col).setText(text)
        qtbot.waitUntil(lambda: scores.scores.item(0, 4).text() != "")

    type_score("Sở Kế hoạch và Đầu tư", 2, "55,5")
    assert scores.scores.item(0, 1).text() == "Sở Kế hoạch và Đầu tư"
    assert scores.scores.item(0, 4).text() == "55,5"
    # A score above the criterion's maximum is refused with a message and not stored.
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Ok))
    type_score("Sở Tài chính", 3, "45")
    qtbot.waitUntil(lambda: scores.scores.item(1, 4).text() == "")
    type_score("Sở Tài chính", 2, "50")
    qtbot.waitUntil(lambda: scores.scores.item(1, 1).text() == "Sở Tài chính")
    assert scores.scores.item(0, 0).text() == "1"
    assert scores.scores.item(1, 0).text() == "2"

    # The first of the ranking becomes the leading unit; the proposal reads the catalog rule.
    assert years.leader_from_ranking()
    assert years.leader.currentText() == "Sở Kế hoạch và Đầu tư"
    text = years.proposal.text()
    assert text.startswith("Proposal 2024: Cờ thi đua của UBND tỉnh for Sở Kế hoạch và Đầu tư")
    assert "dẫn đầu Khối các cơ quan tổng hợp" in text


def test_delete_khoi_after_confirmation(page: BlocsPage) -> None:
    _new_khoi(page)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.No))
    page.delete_selected()
    assert page.bloc_list.count() == 1
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.delete_selected()
    assert page.bloc_list.count() == 0
    assert blocs.list_blocs(page._ws) == []


def test_bloc_dialog_edits_kind_and_year(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    bid = blocs.save_bloc(ws, BlocInput("Cụm thi đua số 1", BlocKind.CUM, None))
    dialog = BlocDialog(ws, blocs.get_bloc(ws, bid))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "Cụm thi đua"
    assert dialog.since.text() == "(not known)"
    dialog.since.setValue(2020)
    assert dialog.values().since_year == 2020
    assert dialog.values().kind is BlocKind.CUM
    dialog.accept()  # the form saves the khối it shows
    assert blocs.get_bloc(ws, bid).since_year == 2020 and dialog.saved_id == bid


def test_scores_exported_and_imported_from_the_tab(
    qtbot, page: BlocsPage, office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The scores tab's buttons pass its khối and year to the spreadsheet kind: the exported
    sheet, changed in Excel, comes back through the preview and re-ranks the members."""
    bid = _new_khoi(page)
    ws = page._ws
    for key in ("tc", "kh"):
        blocs.save_member(ws, bid, BlocMemberInput(office[key]))
    blocs.save_criteria(ws, bid, 2024, [CriterionInput("Nhiệm vụ chính trị", 100)])
    view = blocs.year_view(ws, bid, 2024)
    crit = view.criteria[0].id
    blocs.set_scores(ws, [BlocScoreInput(view.members[0].id, crit, 90)])
    page.refresh(bid)
    target = tmp_path / "diem_khoi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answers: list[str] = []
    timer = _answer_modals(qtbot, answers)
    try:
        page.scores_tab.export_button.click()
    finally:
        timer.stop()
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet is not None
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    head = next(r for r in rows if "Điểm" in r)  # one row a member and criterion
    col_no = head.index("Điểm") + 1
    row_no = next(i for i, r in enumerate(rows, start=1) if "Sở Kế hoạch và Đầu tư" in r)
    sheet.cell(row_no, col_no).value = 95
    book.save(target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    answers.clear()
    timer = _answer_modals(qtbot, answers)
    try:
        page.scores_tab.import_button.click()
    finally:
        timer.stop()
    assert answers[0] == "preview"
    scores = page.scores_tab.scores
    qtbot.waitUntil(lambda: scores.item(0, 1).text() == "Sở Kế hoạch và Đầu tư")
    assert scores.item(0, 3).text() == "95"
