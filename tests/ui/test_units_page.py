"""The units page: tree, add, edit, move (dialog and drag), deactivate, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.units import UnitKind
from desktop.services import units
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.models.unit_tree import COL_KIND, COL_NAME, COL_SCOPE, COL_STATE
from desktop.ui.pages.units import UnitsPage
from tests.ui.office_data import click_box_button, fill_office, when_modal


@pytest.fixture
def office(ws):
    return fill_office(ws)


@pytest.fixture
def page(qtbot, ws, office):
    page = UnitsPage(ws)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def top_names(page: UnitsPage) -> list[str]:
    m = page.model
    return [m.index(r, COL_NAME).data() for r in range(m.rowCount())]


def child_names(page: UnitsPage, unit_id: int) -> list[str]:
    m = page.model
    parent = m.index_of(unit_id)
    return [m.index(r, COL_NAME, parent).data() for r in range(m.rowCount(parent))]


def test_tree_shows_parents_children_kind_scope(page, office):
    # the office's own units first (departments, then subordinate units), outside ones after
    assert top_names(page) == [
        "Phòng Pháp chế",
        "Thanh tra Sở",
        "Văn phòng Sở",
        "Trung tâm Công nghệ thông tin",
        "Xã Tân Phú",
    ]
    assert child_names(page, office.units["ttcntt"]) == ["Phòng Kỹ thuật"]
    xa = page.model.index_of(office.units["xa"])
    row, parent = xa.row(), xa.parent()
    m = page.model
    assert m.index(row, COL_KIND, parent).data() == "Commune, ward, special zone"
    assert m.index(row, COL_SCOPE, parent).data() == "Outside"
    assert m.index(row, COL_STATE, parent).data() == "Active"
    assert page.count_label.text() == "6 unit(s)"


def test_add_unit_and_sub_unit(qtbot, page, ws, office):
    def fill(dlg):
        dlg.name.setText("Phòng Thi đua - Khen thưởng")
        dlg.code.setText("tdkt")
        dlg.accept()

    page.select_unit(office.units["vp"])
    when_modal(fill)
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert "Phòng Thi đua - Khen thưởng" in top_names(page)
    new = page.current_unit()
    assert new is not None and new.code == "TDKT" and new.parent_id is None

    def fill_child(dlg):
        assert dlg.parent_unit.unit_id() == new.id
        dlg.name.setText("Tổ Khen thưởng")
        dlg.accept()

    when_modal(fill_child)
    page.add_child_button.click()
    assert child_names(page, new.id) == ["Tổ Khen thưởng"]
    assert page.current_unit().name == "Tổ Khen thưởng"


def test_unit_dialog_requires_a_name(qtbot, ws, office):
    dlg = UnitDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    before = len(units.list_units(ws))
    dlg.accept()
    assert dlg.error_text("name") == "Enter the name of the unit."
    assert dlg.isVisible()
    assert len(units.list_units(ws)) == before


def test_kind_suggests_outside_for_new_units(qtbot, ws, office):
    dlg = UnitDialog(ws)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData(UnitKind.COOPERATIVE.value))
    assert dlg.outside.isChecked()
    dlg.name.setText("HTX Nông nghiệp Tân Phú")
    dlg.parent_unit.set_unit_id(office.units["xa"])
    dlg.accept()
    unit = units.get(ws, dlg.saved_id)
    assert (unit.kind, unit.internal, unit.parent_id) == (
        UnitKind.COOPERATIVE,
        False,
        office.units["xa"],
    )


def test_edit_unit(qtbot, page, ws, office):
    def edit(dlg):
        assert dlg.name.text() == "Thanh tra Sở"
        # a unit cannot become its own parent: it is not offered
        assert dlg.parent_unit.findData(office.units["tt"]) < 0
        dlg.address.setText("12 Lê Lợi")
        dlg.accept()

    page.select_unit(office.units["tt"])
    when_modal(edit)
    page.edit_button.click()
    assert units.get(ws, office.units["tt"]).address == "12 Lê Lợi"


def test_move_with_the_move_to_dialog(qtbot, page, ws, office):
    def choose(dlg):
        # neither the unit nor its sub-units are offered
        assert dlg.target.findData(office.units["ttcntt"]) < 0
        assert dlg.target.findData(office.units["ttcntt_kt"]) < 0
        dlg.target.set_unit_id(office.units["vp"])
        dlg.accept()

    page.select_unit(office.units["ttcntt"])
    when_modal(choose)
    page.move_button.click()
    assert units.get(ws, office.units["ttcntt"]).parent_id == office.units["vp"]
    assert child_names(page, office.units["vp"]) == ["Trung tâm Công nghệ thông tin"]
    assert page.current_unit().id == office.units["ttcntt"]

    def to_top(dlg):
        dlg.target.setCurrentIndex(0)  # (top level)
        dlg.accept()

    when_modal(to_top)
    page.move_button.click()
    assert units.get(ws, office.units["ttcntt"]).parent_id is None


def test_move_by_drag_and_drop(qtbot, page, ws, office):
    m = page.model
    source = m.index_of(office.units["tt"])
    target = m.index_of(office.units["vp"])
    data = m.mimeData([source])
    assert m.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    # a unit cannot be dropped into its own sub-unit
    sub = m.index_of(office.units["ttcntt_kt"])
    parent_data = m.mimeData([m.index_of(office.units["ttcntt"])])
    assert not m.canDropMimeData(parent_data, Qt.DropAction.MoveAction, -1, -1, sub)

    m.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: units.get(ws, office.units["tt"]).parent_id == office.units["vp"])
    qtbot.waitUntil(lambda: child_names(page, office.units["vp"]) == ["Thanh tra Sở"])
    # dropped on the empty area: back to the top level
    m.dropMimeData(
        m.mimeData([m.index_of(office.units["tt"])]),
        Qt.DropAction.MoveAction,
        -1,
        -1,
        QModelIndex(),
    )
    qtbot.waitUntil(lambda: units.get(ws, office.units["tt"]).parent_id is None)


def test_deactivate_and_reactivate(page, ws, office):
    page.select_unit(office.units["empty"])
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    assert not units.get(ws, office.units["empty"]).active
    assert page.active_button.text() == "Reactivate"
    index = page.model.index_of(office.units["empty"], COL_STATE)
    assert index.data() == "Inactive"
    assert "1 inactive" in page.count_label.text()
    page.show_inactive.setChecked(False)
    assert "Phòng Pháp chế" not in top_names(page)
    page.show_inactive.setChecked(True)
    page.select_unit(office.units["empty"])
    page.active_button.click()
    assert units.get(ws, office.units["empty"]).active


def test_delete_empty_unit(qtbot, page, ws, office):
    page.select_unit(office.units["empty"])
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.delete_button.click()
    assert "Phòng Pháp chế" not in top_names(page)
    assert all(u.id != office.units["empty"] for u in units.list_units(ws))


def test_delete_unit_with_people_is_refused_and_offers_deactivation(qtbot, page, ws, office):
    # GIVEN the Văn phòng with two people; WHEN the clerk deletes it
    page.select_unit(office.units["vp"])
    seen: list[str] = []

    def refuse(box):
        seen.append(box.informativeText())
        click_box_button(box, text="Deactivate")

    def confirm(box):
        click_box_button(box, std=QMessageBox.StandardButton.Yes)
        when_modal(refuse)

    when_modal(confirm)
    page.delete_button.click()
    # THEN the service's reason is shown, the unit stays, and it can be deactivated instead
    qtbot.waitUntil(lambda: bool(seen))
    assert "2 people" in seen[0]
    assert "Văn phòng Sở" in top_names(page)
    assert not units.get(ws, office.units["vp"]).active


def test_delete_unit_with_sub_units_is_refused(qtbot, page, ws, office):
    page.select_unit(office.units["ttcntt"])
    page.tree.setFocus()
    seen: list[str] = []

    def close(box):
        seen.append(box.informativeText())
        click_box_button(box, std=QMessageBox.StandardButton.Close)

    def confirm(box):
        click_box_button(box, std=QMessageBox.StandardButton.Yes)
        when_modal(close)

    when_modal(confirm)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen))
    assert "sub-units" in seen[0]
    assert units.get(ws, office.units["ttcntt"]).active
    assert QApplication.activeModalWidget() is None


def test_show_record_selects_a_unit_even_when_inactive_units_are_hidden(page, ws, office):
    units.set_active(ws, office.units["empty"], False)
    page.show_inactive.setChecked(False)
    page.show_record("unit", office.units["empty"])
    assert page.show_inactive.isChecked()
    assert page.current_unit().id == office.units["empty"]


def test_changes_are_announced(qtbot, page, office):
    page.select_unit(office.units["empty"])
    with qtbot.waitSignal(page.data_changed):
        page.active_button.click()


def test_find_a_unit_keeps_its_parents_and_ignores_accents(qtbot, page, office):
    page.search.setText("ky thuat")
    assert top_names(page) == ["Trung tâm Công nghệ thông tin"]
    assert child_names(page, office.units["ttcntt"]) == ["Phòng Kỹ thuật"]
    assert page.tree.isExpanded(page.model.index_of(office.units["ttcntt"]))
    page.search.setText("tt")  # a code
    assert top_names(page) == ["Thanh tra Sở"]
    page.search.setText("phu")  # word starts only: Xã Tân Phú, not "Phú" inside a word
    assert top_names(page) == ["Xã Tân Phú"]
    page.search.clear()
    assert len(top_names(page)) == 5


def test_expanded_branches_survive_a_reload(qtbot, page, office):
    parent = page.model.index_of(office.units["ttcntt"])
    page.tree.collapse(parent)
    page.refresh()
    assert not page.tree.isExpanded(page.model.index_of(office.units["ttcntt"]))
    page.tree.expand(page.model.index_of(office.units["ttcntt"]))
    page.search.setText("van phong")
    page.search.clear()
    assert page.tree.isExpanded(page.model.index_of(office.units["ttcntt"]))


def test_down_from_the_search_goes_to_the_tree(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.search.setFocus()
    page.search.setText("thanh tra")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.tree.hasFocus()
    assert page.current_unit().name == "Thanh tra Sở"


def test_right_click_menu_on_a_unit(qtbot, page, office):
    from PySide6.QtWidgets import QMenu

    index = page.model.index_of(office.units["tt"])
    page.tree.customContextMenuRequested.emit(page.tree.visualRect(index).center())
    menu = page.findChildren(QMenu)[-1]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Edit…",
        "Add sub-unit…",
        "Move to…",
        "Deactivate",
        "Delete",
        "History…",
        "Merge units…",
        "Add unit…",
    ]
    assert page.current_unit().id == office.units["tt"]
    menu.close()
