"""The units page (a tree), the movements, households, blocs and covenants pages driven through
the list-page base: the search (accents and "đ" optional), Enter opens the record's form, Del asks
and deletes on the database worker (the row leaves the SQLite file, for the recycle bin where the
kind has one), Ins adds, History and the Excel export. The UI tests' strict guard refuses a write begun on the GUI thread, so a delete that did
not go through the worker fails here."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.domain.blocs import BlocInput
from desktop.domain.covenants import CovenantInput, PartyInput
from desktop.domain.recycle_bin import BinKind
from desktop.domain.subjects import BlocKind, HouseholdInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, covenants, households, movements, recycle_bin, units
from desktop.ui.dialogs.history import HistoryDialog
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.models.unit_tree import COL_NAME
from desktop.ui.pages.blocs import BlocDialog, BlocsPage
from desktop.ui.pages.covenants import CovenantsPage
from desktop.ui.pages.households import HouseholdsPage
from desktop.ui.pages.initiatives import InitiativesPage
from desktop.ui.pages.list_page import ListPage
from desktop.ui.pages.movements import MovementsPage
from desktop.ui.pages.people import PeoplePage
from desktop.ui.pages.units import UnitsPage
from tests.services.initiative_data import build as build_initiatives
from tests.services.movement_data import make_office, plan
from tests.ui.office_data import click_box_button, fill_office, when_modal
from tests.ui.test_import_dialog import _answer_modals


def _count(db_path: Path, table: str, record_id: int) -> int:
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (record_id,)).fetchone()
    finally:
        conn.close()
    return int(row[0])


def _in_bin(ws, kind: BinKind, record_id: int) -> bool:  # type: ignore[no-untyped-def]
    return any(e.kind is kind and e.record_id == record_id for e in recycle_bin.entries(ws))


def _opened(seen: list[object], kind: type) -> None:
    def handler(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, kind), f"expected {kind.__name__}, got {dialog!r}"
        seen.append(dialog)
        dialog.reject()

    when_modal(handler)


def _focus(qtbot, page: ListPage, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    widget.setFocus()
    assert widget.hasFocus()


def _shown(page: ListPage, qtbot) -> ListPage:  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


# --- the units page: a tree on the base ----------------------------------------------------


@pytest.fixture
def units_page(qtbot, ws):  # type: ignore[no-untyped-def]
    office = fill_office(ws)
    office.units["doi"] = units.save(ws, UnitInput("Đội Quản lý thị trường", UnitKind.OTHER))
    return _shown(UnitsPage(ws), qtbot), office


def _tree_names(page: UnitsPage) -> list[str]:
    m = page.model
    return [m.index(r, COL_NAME).data() for r in range(m.rowCount())]


def test_units_search_ignores_accents_and_the_d_stroke(qtbot, units_page) -> None:  # type: ignore[no-untyped-def]
    page, office = units_page
    page.focus_search()
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "doi quan")
    assert _tree_names(page) == ["Đội Quản lý thị trường"]
    assert page.current_id() == office.units["doi"]
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # to the results
    assert page.tree.hasFocus()
    page.search.clear()
    assert "Thanh tra Sở" in _tree_names(page)


def test_units_enter_opens_the_selected_unit(qtbot, units_page) -> None:  # type: ignore[no-untyped-def]
    page, office = units_page
    assert page.select(office.units["tt"])
    _focus(qtbot, page, page.tree)
    seen: list[object] = []
    _opened(seen, UnitDialog)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].name.text() == "Thanh tra Sở"  # type: ignore[attr-defined]
    assert page.current_id() == office.units["tt"]


def test_units_delete_asks_then_deletes_on_the_worker(qtbot, units_page, ws, db_path) -> None:  # type: ignore[no-untyped-def]
    page, office = units_page
    gone = office.units["empty"]  # Phòng Pháp chế: no people, no sub-units
    assert page.select(gone)
    below = page.neighbour(gone)
    _focus(qtbot, page, page.tree)
    asked: list[str] = []

    def no(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.No)

    when_modal(no)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert asked and "Phòng Pháp chế" in asked[0]
    assert _count(db_path, "unit", gone) == 1  # "No" keeps it

    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    _focus(qtbot, page, page.tree)  # back from the message box
    with qtbot.waitSignal(page.data_changed):
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert _count(db_path, "unit", gone) == 0
    assert _in_bin(ws, BinKind.UNIT, gone)
    assert "Phòng Pháp chế" not in _tree_names(page)
    assert below is not None and page.current_id() == below  # the next unit is selected


def test_units_history_and_insert(qtbot, units_page) -> None:  # type: ignore[no-untyped-def]
    page, office = units_page
    page.select(office.units["tt"])
    page.history_button.click()
    assert isinstance(page.history_dialog, HistoryDialog)
    assert "Thanh tra Sở" in page.history_dialog.windowTitle()
    page.history_dialog.close()
    seen: list[object] = []
    _opened(seen, UnitDialog)
    _focus(qtbot, page, page.tree)
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert len(seen) == 1


def test_units_excel_export_writes_a_workbook(qtbot, units_page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, _office = units_page
    target = tmp_path / "don_vi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    finished: list[str] = []
    timer = _answer_modals(qtbot, finished)  # the progress window passes, "Export finished"
    try:
        page.export_button.click()
    finally:
        timer.stop()
    assert finished and "don_vi.xlsx" in finished[-1]
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"Thanh tra Sở", "Đội Quản lý thị trường", "Phòng Kỹ thuật"} <= cells


# --- the movements page: a lazy table on the base ------------------------------------------


@pytest.fixture
def movements_page(qtbot, ws):  # type: ignore[no-untyped-def]
    office = make_office(ws)
    second = movements.save(ws, dataclasses.replace(plan(), name="Đẩy mạnh chuyển đổi số"))
    return _shown(MovementsPage(ws), qtbot), office, second


def test_movements_search_ignores_accents_and_the_d_stroke(qtbot, movements_page) -> None:  # type: ignore[no-untyped-def]
    page, office, second = movements_page
    assert page.model.rowCount() == 2
    page.focus_search()
    qtbot.keyClicks(page.search, "day manh chuyen doi")
    assert page.model.ids() == [second]
    assert page.current_id() == second and page.movement is not None
    assert "Đẩy mạnh chuyển đổi số" in page.heading.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # to the results
    assert page.list_view.hasFocus()
    page.search.clear()
    assert sorted(page.model.ids()) == sorted([office.movement, second])
    assert page.current_id() == second  # the selection stays


def test_movements_enter_opens_the_selected_movement(qtbot, movements_page) -> None:  # type: ignore[no-untyped-def]
    page, office, _second = movements_page
    assert page.select(office.movement)
    _focus(qtbot, page, page.list_view)
    seen: list[object] = []
    _opened(seen, MovementDialog)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert len(seen) == 1
    assert seen[0].name_edit.text() == "Sóc Trăng chung sức xây dựng nông thôn mới"  # type: ignore[attr-defined]


def test_movements_delete_asks_then_deletes_on_the_worker(
    qtbot, movements_page, ws, db_path
) -> None:  # type: ignore[no-untyped-def]
    page, office, second = movements_page
    assert page.select(second)
    _focus(qtbot, page, page.list_view)
    asked: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Yes)

    when_modal(yes)
    with qtbot.waitSignal(page.data_changed):
        qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert "Đẩy mạnh chuyển đổi số" in asked[0]
    assert _count(db_path, "movement", second) == 0
    assert _in_bin(ws, BinKind.MOVEMENT, second)
    assert page.model.ids() == [office.movement]
    assert page.current_id() == office.movement and page.movement is not None
    assert page.movement.id == office.movement


def test_movements_history_and_insert(qtbot, movements_page) -> None:  # type: ignore[no-untyped-def]
    page, office, _second = movements_page
    page.select(office.movement)
    assert page.history_button.isEnabled()
    page.history_button.click()
    assert isinstance(page.history_dialog, HistoryDialog)
    assert "Sóc Trăng" in page.history_dialog.windowTitle()
    page.history_dialog.close()
    seen: list[object] = []
    _opened(seen, MovementDialog)
    _focus(qtbot, page, page.list_view)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Insert)
    assert len(seen) == 1
    page.search.setText("khong co phong trao nay")
    assert page.current_id() is None
    assert not page.edit_button.isEnabled() and not page.history_button.isEnabled()


# --- the households page: a plain table on the base ----------------------------------------


@pytest.fixture
def households_page(qtbot, ws):  # type: ignore[no-untyped-def]
    xa = units.save(ws, UnitInput("Xã An Bình", UnitKind.COMMUNE, internal=False))
    village = units.save(ws, UnitInput("Thôn Đông", UnitKind.VILLAGE, parent_id=xa, internal=False))
    ids = {
        "dung": households.save(ws, HouseholdInput("Đặng Văn Dũng", village, 4)),
        "be": households.save(ws, HouseholdInput("Lê Thị Bé", village, 2)),
        "an": households.save(ws, HouseholdInput("Nguyễn Văn An", village, 5)),
    }
    return _shown(HouseholdsPage(ws), qtbot), ids


def _heads(page: HouseholdsPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_households_search_enter_and_delete_through_the_base(  # type: ignore[no-untyped-def]
    qtbot, households_page, ws, db_path
) -> None:
    page, ids = households_page
    page.focus_search()
    qtbot.keyClicks(page.search, "dang van dung")  # Đ typed as d, no accents
    assert _heads(page) == ["Đặng Văn Dũng"]
    assert not page.edit_button.isEnabled()  # nothing chosen yet
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    page.search.clear()
    assert page.select(ids["be"]) and page.edit_button.isEnabled()

    seen: list[object] = []
    _opened(seen, HouseholdDialog)
    _focus(qtbot, page, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].head.text() == "Lê Thị Bé"  # type: ignore[attr-defined]

    following = page.neighbour(ids["be"])
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    _focus(qtbot, page, page.table)
    with qtbot.waitSignal(page.data_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _count(db_path, "household", ids["be"]) == 0
    assert "Lê Thị Bé" not in _heads(page)
    assert following is not None and page.current_id() == following


def test_households_history_and_excel_export(qtbot, households_page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, ids = households_page
    page.select(ids["an"])
    page.history_button.click()
    assert isinstance(page.history_dialog, HistoryDialog)
    assert "Nguyễn Văn An" in page.history_dialog.windowTitle()
    page.history_dialog.close()
    target = tmp_path / "ho_gia_dinh.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    finished: list[str] = []
    timer = _answer_modals(qtbot, finished)
    try:
        page.export_button.click()
    finally:
        timer.stop()
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"Đặng Văn Dũng", "Lê Thị Bé", "Nguyễn Văn An"} <= cells


# --- the blocs and covenants pages: a list beside a detail, on the base --------------------


def test_blocs_keys_open_and_delete_through_the_base(qtbot, ws, db_path) -> None:  # type: ignore[no-untyped-def]
    first = blocs.save_bloc(ws, BlocInput("Khối các cơ quan tổng hợp", BlocKind.KHOI, 2021))
    second = blocs.save_bloc(ws, BlocInput("Cụm thi đua các xã phía Bắc", BlocKind.CUM, 2021))
    page = _shown(BlocsPage(ws), qtbot)
    assert page.select(second) and page.bloc() is not None
    assert "Cụm thi đua các xã phía Bắc" in page.heading.text()
    seen: list[object] = []
    _opened(seen, BlocDialog)
    _focus(qtbot, page, page.bloc_list)
    qtbot.keyClick(page.bloc_list, Qt.Key.Key_Return)
    assert len(seen) == 1 and seen[0].name.text() == "Cụm thi đua các xã phía Bắc"  # type: ignore[attr-defined]

    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    _focus(qtbot, page, page.bloc_list)
    qtbot.keyClick(page.bloc_list, Qt.Key.Key_Delete)
    assert _count(db_path, "emulation_bloc", second) == 0
    assert page.current_id() == first and page.bloc_list.count() == 1
    seen.clear()
    _focus(qtbot, page, page.bloc_list)
    _opened(seen, BlocDialog)
    qtbot.keyClick(page.bloc_list, Qt.Key.Key_Insert)
    assert len(seen) == 1


def test_covenants_keys_new_and_delete_through_the_base(qtbot, ws, db_path) -> None:  # type: ignore[no-untyped-def]
    parties = (PartyInput(None, "UBND xã Dũng Liệt"), PartyInput(None, "UBND xã Tam Đa"))
    made = [
        covenants.save(
            ws, CovenantInput(title, date(2023, 2, day), parties=parties, commitments=("Thi đua",))
        )
        for title, day in (("Giao ước năm 2023", 20), ("Giao ước đầu năm", 10))
    ]
    page = _shown(CovenantsPage(ws), qtbot)
    assert not hasattr(page, "edit_button")  # edited in place: no open button
    assert page.select(made[0]) and page.title_edit.text() == "Giao ước năm 2023"
    assert page.delete_button.isEnabled() and page.print_button.isEnabled()
    _focus(qtbot, page, page.covenant_list)
    qtbot.keyClick(page.covenant_list, Qt.Key.Key_Return)  # to the form
    assert page.title_edit.hasFocus()

    asked: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Yes)

    when_modal(yes)
    _focus(qtbot, page, page.covenant_list)
    qtbot.keyClick(page.covenant_list, Qt.Key.Key_Delete)
    assert "Giao ước năm 2023" in asked[0]
    assert _count(db_path, "covenant", made[0]) == 0
    assert page.current_id() == made[1] and page.title_edit.text() == "Giao ước đầu năm"
    _focus(qtbot, page, page.covenant_list)
    qtbot.keyClick(page.covenant_list, Qt.Key.Key_Insert)  # a new, empty form
    assert page.current_id() is None and page.title_edit.text() == ""
    assert not page.delete_button.isEnabled() and not page.print_button.isEnabled()


# --- the people and initiatives pages: lazy tables on the same base ------------------------


def test_people_and_initiatives_keys_and_history_come_from_the_base(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    build_initiatives(ws)  # people, units and initiatives
    for page in (_shown(PeoplePage(ws), qtbot), _shown(InitiativesPage(ws), qtbot)):
        assert page.model.rowCount() > 0
        first = page.model.id_at(0)
        assert first is not None and page.select(first)
        assert page.history_button.isEnabled()
        page.history_button.click()
        assert isinstance(page.history_dialog, HistoryDialog)
        page.history_dialog.close()
        page.focus_search()
        qtbot.keyClicks(page.search, "khong co ai ten nay")
        assert page.model.rowCount() == 0 and page.current_id() is None
        assert not page.edit_button.isEnabled() and not page.history_button.isEnabled()
        page.search.clear()


def test_proposal_batches_keys_delete_and_history_through_the_base(qtbot, ws, db_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals
    from desktop.ui.dialogs.proposal_dialogs import BatchDialog
    from desktop.ui.pages.proposal_batches import BatchesTab

    first = proposals.create_batch(
        ws, BatchInput("Khen thưởng 6 tháng", CommendationType.MERIT, 2025)
    )
    second = proposals.create_batch(ws, BatchInput("Khen thưởng năm", CommendationType.MERIT, 2025))
    tab = _shown(BatchesTab(ws), qtbot)
    assert isinstance(tab, ListPage) and tab.select(second) and tab.batch.id == second  # type: ignore[union-attr]
    assert "(Ins, Ctrl+N)" in tab.add_button.toolTip() and "(Del)" in tab.delete_button.toolTip()
    # Enter on a batch goes on to its nominees
    _focus(qtbot, tab, tab.batch_table)
    qtbot.keyClick(tab.batch_table, Qt.Key.Key_Return)
    assert tab.nominee_table.hasFocus()
    # Del asks for DELETE typed: anything else keeps the batch
    asked: list[str] = []
    tab.ask_text = lambda title, question: asked.append(question) or "no"  # type: ignore[func-returns-value]
    _focus(qtbot, tab, tab.batch_table)
    qtbot.keyClick(tab.batch_table, Qt.Key.Key_Delete)
    assert "Khen thưởng năm" in asked[0] and _count(db_path, "proposal_batch", second) == 1
    tab.ask_text = lambda _t, _q: "DELETE"
    _focus(qtbot, tab, tab.batch_table)
    qtbot.keyClick(tab.batch_table, Qt.Key.Key_Delete)  # deleted on the worker (strict guard)
    assert _count(db_path, "proposal_batch", second) == 0
    assert tab.current_id() == first and tab.batch.id == first  # type: ignore[union-attr]
    # History: the batch with its nominees
    windows: list[object] = []
    tab.show_window = windows.append
    assert tab.history_button.isEnabled()
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    assert isinstance(windows[0], HistoryDialog) and "6 tháng" in windows[0].windowTitle()
    windows[0].deleteLater()  # type: ignore[attr-defined]
    # Ins: the new batch form
    shown: list[object] = []
    tab.run_dialog = lambda dialog: shown.append(dialog) or False  # type: ignore[func-returns-value]
    _focus(qtbot, tab, tab.batch_table)
    qtbot.keyClick(tab.batch_table, Qt.Key.Key_Insert)
    assert len(shown) == 1 and isinstance(shown[0], BatchDialog)
