"""The change-history dialog lists audit events and filters them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.awards import CommendationType
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.units import UnitInput
from desktop.services import audit, people, proposals, units
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


def test_a_batch_history_fills_from_the_file_read_off_the_gui_thread(
    qtbot: QtBot, ws: Workspace
) -> None:
    # GIVEN a batch with a nominee, and a person saved that is not in it
    unit_id = units.save(ws, UnitInput("Phòng Tổ chức"))
    huong = people.save(ws, PersonInput("Nguyễn Thị Hương", unit_id))
    people.save(ws, PersonInput("Trần Văn Bình", unit_id))
    batch_id = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch_id, NomineeInput(SubjectType.PERSON, "LDTT", person_id=huong))
    batch_uuid = proposals.get_batch(ws, batch_id).uuid
    # WHEN the batch's history opens, every statement the GUI thread's connection runs noted
    on_gui: list[str] = []
    ws.db.connection().set_trace_callback(on_gui.append)
    try:
        dialog = HistoryDialog.for_batch(ws, batch_uuid, "Khen thưởng tổng kết năm 2025", None)
    finally:
        ws.db.connection().set_trace_callback(None)
    qtbot.addWidget(dialog)
    # THEN none of the log was read on the GUI thread (the batch's records, the kinds, the
    # users, the count and the page were all read on the worker)
    assert not [sql for sql in on_gui if "audit_event" in sql]
    # AND the list holds the batch's events and its nominee's, and no other record's
    model = dialog.model
    related = audit.batch_records(ws, batch_uuid)
    assert model.total == audit.count(ws, records=related) == model.rowCount()
    shown = {model.event_at(row).table_name for row in range(model.rowCount())}
    assert {"proposal_batch", "nominee"} <= shown and "person" not in shown


def test_the_plain_history_paints_without_reading_the_file_on_the_gui_thread(
    qtbot: QtBot, ws: Workspace
) -> None:
    # GIVEN a log of many records (more than a page): people, one renamed, and a unit moved
    parent = units.save(ws, UnitInput("Sở Nội vụ"))
    unit_id = units.save(ws, UnitInput("Phòng Tổ chức"))
    with ws.db.write():
        ids = [
            people.save(ws, PersonInput(f"Nguyễn Văn Số{i}", unit_id=unit_id)) for i in range(250)
        ]
    people.save(ws, PersonInput("Nguyễn Văn Mới", unit_id=unit_id), ids[0])
    units.save(ws, UnitInput("Phòng Tổ chức", parent_id=parent), unit_id)
    # WHEN the plain history of everything opens, is painted, scrolled to its end and painted
    # again, every statement the GUI thread's connection runs noted
    on_gui: list[str] = []
    ws.db.connection().set_trace_callback(on_gui.append)
    try:
        dialog = HistoryDialog(ws)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        model = dialog.model
        texts = _every_text(model)
        assert model.rowCount() < model.total
        dialog.view.scrollToBottom()  # the view asks for the next page
        qtbot.waitUntil(lambda: model.rowCount() == model.total and model.fetching is None)
        dialog.view.scrollToBottom()
        dialog.view.viewport().repaint()
        texts += _every_text(model)
    finally:
        ws.db.connection().set_trace_callback(None)
    # THEN the names of the records and the words of the changes were read with their pages,
    # on the worker: painting read nothing of the log (nor of the people and units)
    assert not [sql for sql in on_gui if "audit_event" in sql]
    assert on_gui == []
    # AND the rows still name each record by its latest name and say the changes in words
    assert model.total == 254
    named = {model.index(row, 3).data() for row in range(model.rowCount())}
    assert {"Nguyễn Văn Mới", "Nguyễn Văn Số249", "Phòng Tổ chức"} <= named
    assert "Nguyễn Văn Số0" not in named
    assert "Đơn vị cấp trên: (trống) → Sở Nội vụ" in model.index(0, 5).data()
    assert any("Đơn vị: Phòng Tổ chức" in text for text in texts)


def _every_text(model: HistoryModel) -> list[str]:
    """What every cell of the plain view shows and tells in its tooltip."""
    return [
        str(model.index(row, column).data(role))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
