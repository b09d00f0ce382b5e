"""Table and tree models: Qt's model checks, and the people model's lazy block fetching."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput
from desktop.persistence.repositories import people as people_repo
from desktop.services import people, units
from desktop.ui.models.people_table import BLOCK, COL_NAME, ID_ROLE, PeopleTableModel
from desktop.ui.models.unit_tree import UnitTreeModel
from tests.ui.office_data import fill_office

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Đức"]
GIVEN = ["An", "Ánh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hương", "Lan", "Phương", "Yến"]


@pytest.fixture
def office(ws):
    return fill_office(ws)


@pytest.fixture
def many(ws, office):
    """3,000 more people, written in one transaction like an import."""
    batch = [
        PersonInput(
            full_name=f"{FAMILY[i % 10]} {MIDDLE[i % 6]} {GIVEN[i % 11]}",
            unit_id=office.units["vp"] if i % 2 else office.units["ttcntt_kt"],
            birth_date=BirthDate(1960 + i % 40, 1 + i % 12, 1 + i % 28),
        ).validated()
        for i in range(3000)
    ]
    with ws.db.write() as conn:
        people_repo.insert_many(conn, batch)
    return office


def test_people_model_passes_qt_model_checks(qtmodeltester, ws, office):
    model = PeopleTableModel(ws)
    model.refresh()
    qtmodeltester.check(model)
    model.set_query(people.make_query("huong"))
    qtmodeltester.check(model)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_unit_tree_model_passes_qt_model_checks(qtmodeltester, ws, office):
    model = UnitTreeModel()
    model.set_units(units.list_units(ws))
    qtmodeltester.check(model)


def test_people_model_fetches_only_visible_blocks(qtbot, ws, many):
    model = PeopleTableModel(ws)
    model.refresh()
    assert model.rowCount() == 3007
    assert model.fetched_blocks() == 0  # nothing read before the view asks
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(800, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint once: only then does the view ask for data
    assert model.fetched_blocks() == 1
    view.scrollToBottom()
    view.grab()
    # the last screen straddles the last two blocks; the 13 blocks in between stay unread
    assert model.fetched_blocks() == 3
    last = model.index(model.rowCount() - 1, COL_NAME)
    assert last.data()
    assert model.fetched_blocks() == 3
    # the rows come in Vietnamese order with their ids
    first = model.index(0, COL_NAME)
    assert first.data(ID_ROLE) == model.person_id(0)


def test_people_model_keeps_a_bounded_cache(ws, many):
    model = PeopleTableModel(ws)
    model.refresh()
    for row in range(0, model.rowCount(), BLOCK):
        assert model.index(row, COL_NAME).data()
    assert model.fetched_blocks() == -(-model.rowCount() // BLOCK)
    assert model.fetched_blocks() <= 60


def test_people_model_sort_keeps_the_selected_person(qtbot, ws, office):
    model = PeopleTableModel(ws)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    target = office.people["Trần Văn Phương"]
    view.setCurrentIndex(model.index(model.row_of(target), 0))
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.row_of(target) == 0
    assert model.person_id(view.currentIndex().row()) == target


def test_deleted_person_shows_as_empty_row_until_refresh(ws, office):
    model = PeopleTableModel(ws)
    model.refresh()
    pid = model.person_id(0)
    people.delete(ws, pid)
    assert model.index(0, COL_NAME).data() is None
    model.refresh()
    assert model.row_of(pid) == -1
