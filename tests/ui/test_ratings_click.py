"""The ratings grid by mouse: click a cell, type 1-4, as with the keyboard path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from desktop.services import ratings
from desktop.services.session import Workspace
from desktop.ui.models.movement_tables import RatingsGridModel
from desktop.ui.pages.ratings_grid import RatingsGrid
from tests.services.movement_data import make_office

COL = RatingsGridModel.COL_RATING


@pytest.fixture
def grid(qtbot, ws: Workspace):  # type: ignore[no-untyped-def]
    office = make_office(ws)
    g = RatingsGrid(ws)
    qtbot.addWidget(g)
    g.resize(1100, 600)
    g.show()
    qtbot.waitExposed(g)
    g.year_spin.setValue(2024)
    g.unit_picker.set_unit_id(office.finance)
    assert g.model.rowCount() == 3
    g.office = office  # type: ignore[attr-defined]
    return g


def _click(qtbot, grid: RatingsGrid, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = grid.view.visualRect(grid.model.index(row, COL))
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored(ws: Workspace, grid: RatingsGrid, row: int) -> str | None:
    found = ratings.person_rating(ws, grid.model.person_id(row), 2024)
    return found.rating.value if found is not None and found.rating is not None else None


def test_click_a_cell_then_type_a_digit(qtbot, grid: RatingsGrid, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    # WHEN the clerk clicks the second row's rating (twice, as people do) and types 2
    _click(qtbot, grid, 1)
    _click(qtbot, grid, 1)
    assert not isinstance(QApplication.focusWidget(), QComboBox)  # no list in the way
    # nor later: a click on a selected cell would open the list after the double-click delay
    selected_click = QAbstractItemView.EditTrigger.SelectedClicked
    assert not grid.view.editTriggers() & selected_click
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    # THEN it is stored and the cursor went down
    assert _stored(ws, grid, 1) == "HTTNV"
    assert grid.view.currentIndex().row() == 2
    # the first row, already current after loading, clicked once
    _click(qtbot, grid, 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert _stored(ws, grid, 0) == "HTXSNV"
    qtbot.waitUntil(lambda: "2 of 3" in grid.status.text())


def test_digit_in_the_open_list_sets_the_rating(qtbot, grid: RatingsGrid, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    # WHEN the list is open (F2) and the clerk types 3
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(2, COL))
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_3)
    # THEN the rating is written and the list closed
    assert _stored(ws, grid, 2) == "HTNV"
    assert not isinstance(QApplication.focusWidget(), QComboBox)
