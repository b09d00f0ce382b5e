"""Each person and each proposal batch shows its own history; a batch's prints as
“Quá trình xử lý hồ sơ” (real widgets over a real database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.awards import CommendationType
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.units import UnitInput
from desktop.services import people, proposals, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.history import HistoryDialog
from desktop.ui.dialogs.person_dialog import PersonDialog
from desktop.ui.dialogs.process_history_preview import ProcessHistoryDialog
from desktop.ui.pages.people import PeoplePage
from desktop.ui.pages.proposal_batches import BatchesTab


def test_a_person_shows_its_own_history_with_old_and_new_values(
    qtbot: QtBot, ws: Workspace
) -> None:
    # GIVEN two people, one of them edited in the person form
    unit = units.save(ws, UnitInput("Phòng Tổ chức"))
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    people.save(ws, PersonInput("Trần Văn Bình", unit))
    form = PersonDialog(ws, pid)
    qtbot.addWidget(form)
    form.full_name.setText("Nguyễn Thị Hường")
    form.accept()
    assert people.get(ws, pid).data.full_name == "Nguyễn Thị Hường"
    # WHEN the clerk selects her on the people page and clicks History…
    page = PeoplePage(ws)
    qtbot.addWidget(page)
    assert page.select_person(pid)
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert isinstance(dialog, HistoryDialog)
    # THEN the window lists her record's events only, the change first with old and new values
    model = dialog.model
    assert model.total == 2  # created, changed; not the other person
    assert {model.event_at(i).record_uuid for i in range(model.rowCount())} == {
        people.get(ws, pid).uuid
    }
    change = model.event_at(0)
    assert change.action == "update"
    assert change.changes["full_name"] == ["Nguyễn Thị Hương", "Nguyễn Thị Hường"]
    assert "Họ và tên: Nguyễn Thị Hương → Nguyễn Thị Hường" in model.index(0, 5).data()
    dialog.technical_check.click()  # the administrator's view keeps the stored names
    assert "full_name: Nguyễn Thị Hương → Nguyễn Thị Hường" in model.index(0, 6).data()
    assert "Nguyễn Thị Hường" in dialog.windowTitle()
    dialog.close()


def test_a_batch_shows_its_history_with_its_nominees_and_prints_it(
    qtbot: QtBot, ws: Workspace
) -> None:
    # GIVEN a batch with two nominees, one removed since, and another batch
    unit = units.save(ws, UnitInput("Phòng Kế hoạch"))
    a = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    b = people.save(ws, PersonInput("Đặng Văn Dũng", unit))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=a))
    gone = proposals.add_nominee(
        ws,
        batch,
        NomineeInput(SubjectType.PERSON, "LDTT", person_id=b, override_reason="Xem xét"),
    )
    proposals.remove_nominee(ws, gone)
    proposals.create_batch(ws, BatchInput("Đợt khác", CommendationType.MERIT, 2025))
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    shown: list[QDialog] = []
    tab.show_window = shown.append
    tab.refresh(select=batch)
    # WHEN History… is clicked
    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    history = shown[-1]
    qtbot.addWidget(history)
    assert isinstance(history, HistoryDialog)
    # THEN the batch's own events and its nominees' (the removed one too) are listed
    model = history.model
    events = [model.event_at(i) for i in range(model.rowCount())]
    assert {(e.table_name, e.action) for e in events} >= {
        ("proposal_batch", "insert"),
        ("nominee", "insert"),
        ("nominee", "update"),
        ("nominee", "delete"),
    }
    batch_uuid = proposals.get_batch(ws, batch).uuid
    assert all(
        e.record_uuid == batch_uuid for e in events if e.table_name == "proposal_batch"
    )  # not the other batch
    # AND narrowing to one table keeps to the batch
    history.table_combo.setCurrentIndex(history.table_combo.findData("nominee"))
    assert 0 < model.total < len(events)
    # WHEN “Print processing history…” is clicked, the paper is shown in a preview
    qtbot.mouseClick(tab.process_button, Qt.MouseButton.LeftButton)
    preview = shown[-1]
    qtbot.addWidget(preview)
    assert isinstance(preview, ProcessHistoryDialog)
    assert preview.preview.page_count() >= 1
    assert b"%PDF" in preview.preview.pdf_bytes()[:8]


def test_a_unit_shows_its_own_history(qtbot: QtBot, ws: Workspace) -> None:
    # GIVEN a unit moved under another and deactivated, and a third unit left alone
    parent = units.save(ws, UnitInput("Văn phòng Sở"))
    unit = units.save(ws, UnitInput("Tổ Hành chính"))
    units.save(ws, UnitInput("Phòng Kế hoạch"))
    units.move(ws, unit, parent)
    units.set_active(ws, unit, False)
    # WHEN the clerk selects it on the units page and clicks History…
    from desktop.ui.pages.units import UnitsPage

    page = UnitsPage(ws)
    qtbot.addWidget(page)
    page.select_unit(unit)
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert isinstance(dialog, HistoryDialog)
    # THEN its three events only, newest first: deactivated, moved, created
    model = dialog.model
    assert model.total == 3
    assert {model.event_at(i).record_uuid for i in range(3)} == {units.get(ws, unit).uuid}
    assert model.event_at(0).changes["active"][1] in (0, False)
    assert model.event_at(1).changes["parent_id"] == [None, parent]
    assert model.event_at(2).action == "insert"
    assert "Tổ Hành chính" in dialog.windowTitle()
    dialog.close()
