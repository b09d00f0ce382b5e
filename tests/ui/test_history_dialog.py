"""The change-history dialog lists audit events and filters them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import people, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.history import HistoryDialog, HistoryModel


def test_history_dialog_lists_and_filters_events(qtbot: QtBot, ws: Workspace) -> None:
    # GIVEN a unit and 250 people saved through the services (251 events)
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    with ws.db.write():
        for i in range(250):
            people.save(ws, PersonInput(full_name=f"Nguyễn Văn Số{i}", unit_id=unit_id))
    pid = people.save(ws, PersonInput(full_name="Nguyễn Văn Số0", unit_id=unit_id, phone="0912"), 1)
    # WHEN the dialog opens on everything
    dialog = HistoryDialog(ws)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert isinstance(model, HistoryModel)
    # THEN the newest event comes first and rows load lazily, one page at a time
    assert model.total == 252
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()  # read on the database worker: the rows come when it is read
    task = model.fetching
    assert task is not None and model.rowCount() == 200
    model.fetchMore()  # a second call while reading starts nothing
    assert model.fetching is task
    qtbot.waitUntil(lambda: task.done)
    assert model.fetching is None and model.rowCount() == 252
    assert not model.canFetchMore()
    first = model.event_at(0)
    assert first.action == "update" and first.changes["phone"] == ["", "0912"]
    assert "Điện thoại: (trống) → 0912" in model.index(0, 5).data()
    # AND filtering by table and by record narrows the list
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("unit"))
    assert model.total == 1
    dialog.table_combo.setCurrentIndex(0)
    dialog.record_edit.setText(people.get(ws, pid).uuid)
    dialog.reload()
    assert model.total == 2
    assert "2" in dialog.count_label.text()


def test_a_page_read_for_old_filters_stays_out_of_the_new_list(qtbot: QtBot, ws: Workspace) -> None:
    # GIVEN 250 people saved (more than a page) and the history of everything
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    with ws.db.write():
        for i in range(250):
            people.save(ws, PersonInput(full_name=f"Trần Thị Số{i}", unit_id=unit_id))
    dialog = HistoryDialog(ws)
    qtbot.addWidget(dialog)
    model = dialog.model
    model.fetchMore()
    task = model.fetching
    assert task is not None
    # WHEN the filters change while the next page is read
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("unit"))
    qtbot.waitUntil(lambda: task.done)
    # THEN the new list holds its own rows only (the old list's page, read first by the one
    # worker, went to the old list or was dropped)
    assert model.total == 1 and model.rowCount() == 1 and model.fetching is None
    assert model.event_at(0).table_name == "unit"
