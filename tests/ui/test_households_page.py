"""The Households page (the register behind "Gia đình văn hóa"), the khối/cụm leaders dialog
and the person form's "Career" tab (positions held, read by quá trình cống hiến)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.people import PersonInput
from desktop.domain.subjects import HouseholdInput, PositionInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, households, people, positions, units
from desktop.ui.dialogs.household_dialog import BlocLeadersDialog, HouseholdDialog
from desktop.ui.dialogs.person_dialog import PersonDialog
from desktop.ui.pages.households import HouseholdsPage
from tests.ui.office_data import click_box_button, when_modal


def _villages(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    xa = units.save(ws, UnitInput("Xã An Bình", UnitKind.COMMUNE, internal=False))
    return {
        "dong": units.save(
            ws, UnitInput("Thôn Đông", UnitKind.VILLAGE, parent_id=xa, internal=False)
        ),
        "tay": units.save(
            ws, UnitInput("Tổ dân phố 3", UnitKind.VILLAGE, parent_id=xa, internal=False)
        ),
        "dept": units.save(ws, UnitInput("Phòng Văn hóa", UnitKind.DEPARTMENT)),
    }


def test_add_filter_edit_and_delete_households(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    v = _villages(ws)
    households.save(ws, HouseholdInput("Lê Thị Bé", v["tay"], 2))
    page = HouseholdsPage(ws)
    qtbot.addWidget(page)
    page.show()
    assert page.table.rowCount() == 1
    # The village list holds the villages only, never the department.
    listed = {page.village.itemData(i) for i in range(page.village.count())}
    assert listed == {None, v["dong"], v["tay"]}

    def fill(dialog: HouseholdDialog) -> None:
        dialog.head.setText("Nguyễn Văn An")
        dialog.village.set_unit_id(v["dong"])
        dialog.members.setValue(5)
        dialog.address.setText("Xóm 2")
        dialog.accept()

    when_modal(fill)
    new_id = page.add_record()
    assert new_id is not None and page.table.rowCount() == 2
    assert page.selected() is not None and page.selected().head_name == "Nguyễn Văn An"
    stored = households.get(ws, new_id)
    assert (stored.unit_name, stored.members, stored.address) == ("Thôn Đông", 5, "Xóm 2")
    # Search without accents; filter by village.
    qtbot.keyClicks(page.search, "nguyen van")
    page.refresh()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Nguyễn Văn An"]
    page.search.clear()
    page.village.set_unit_id(v["tay"])
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Lê Thị Bé"]
    page.village.set_unit_id(None)
    page.select(new_id)
    assert page.delete_selected(confirm=False)
    assert [h.head_name for h in households.query(ws)] == ["Lê Thị Bé"]


def test_household_form_refuses_an_empty_head(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    v = _villages(ws)
    dialog = HouseholdDialog(ws, village_id=v["dong"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()
    assert dialog.error_text("head_name") and dialog.focusWidget() is dialog.head
    assert households.query(ws) == []


def test_bloc_leaders_are_recorded_and_forgotten(qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sub = units.save(ws, UnitInput("Chi cục Thủy lợi", UnitKind.SUBORDINATE))
    dialog = BlocLeadersDialog(ws)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.bloc.setEditText("Khối các cơ quan kinh tế")
    dialog.unit.set_unit_id(sub)
    assert dialog.record()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Khối các cơ quan kinh tế"  # not "Khối thi đua Khối …"
    [leader] = blocs.leaders(ws, 2025)
    assert leader.unit_id == sub
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_selected()
    assert blocs.leaders(ws) == [] and dialog.table.rowCount() == 0


def _person(ws) -> int:  # type: ignore[no-untyped-def]
    unit = units.save(ws, UnitInput("Văn phòng Sở", UnitKind.DEPARTMENT))
    pid = people.save(ws, PersonInput("Trần Thị Bình", unit))
    positions.replace_all(
        ws, pid, [PositionInput("Chuyên viên", date(2005, 1, 1), date(2009, 12, 31))]
    )
    return pid


def test_career_tab_shows_edits_and_saves_positions(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    pid = _person(ws)
    dialog = PersonDialog(ws, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs is not None and dialog.positions is not None
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert "Career" in titles or "Quá trình công tác" in titles
    editor = dialog.positions
    assert editor.table.rowCount() == 1 and editor.table.item(0, 2).text() == "01/01/2005"
    row = editor.add_row()
    for col, text in enumerate(("Trưởng phòng", "Văn phòng Sở", "01/01/2010", "")):
        editor.table.item(row, col).setText(text)
    editor.table.item(row, 4).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    stored = [p.data for p in positions.of_person(ws, pid)]
    assert stored[1] == PositionInput("Trưởng phòng", date(2010, 1, 1), None, True, "Văn phòng Sở")


def test_career_tab_refuses_a_bad_date_and_saves_nothing(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    pid = _person(ws)
    dialog = PersonDialog(ws, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.positions
    row = editor.add_row()
    for col, text in enumerate(("Phó Giám đốc", "", "31/02/2015", "")):
        editor.table.item(row, col).setText(text)
    dialog.full_name.setText("Trần Thị Bình Minh")
    seen: list[str] = []

    def read(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Ok)

    when_modal(read)
    dialog.accept()
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is editor
    assert any(t.startswith(("Row 2:", "Dòng 2:")) for t in seen), seen
    assert len(positions.of_person(ws, pid)) == 1
    assert people.get(ws, pid).data.full_name == "Trần Thị Bình"  # the person is not saved either


def test_a_household_row_of_the_eligibility_view_becomes_a_household_nominee(  # type: ignore[no-untyped-def]
    qtbot, ws
) -> None:
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals
    from desktop.ui.pages.proposals import ProposalsPage
    from tests.ui.test_proposals_page import select_rows

    v = _villages(ws)
    households.save(ws, HouseholdInput("Nguyễn Văn An", v["dong"], 4))
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    tab = page.eligibility
    tab.year_box.setValue(2025)
    task = tab.evaluate()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    select_rows(page, {("Nguyễn Văn An", "GDVH")})
    assert [r.subject_kind for r in tab.selected_rows()] == ["household"]
    # The batch is made by the test, before the page's path (the real dialog saves it on the
    # worker); the page then adds the nominees on the worker.
    made = proposals.create_batch(ws, BatchInput("Gia đình văn hóa", CommendationType.MERIT, 2025))
    tab.ask_new_batch = lambda year: made
    batch = tab.create_batch()
    assert batch == made
    [n] = proposals.nominees(ws, batch)
    assert n.data.household_name == "Nguyễn Văn An (Thôn Đông)" and n.data.unit_id is None
    assert n.eligibility == "review"


def test_the_nominee_form_offers_the_register_households(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import catalog, proposals
    from desktop.ui.dialogs.proposal_dialogs import NomineeDialog

    v = _villages(ws)
    households.save(ws, HouseholdInput("Nguyễn Văn An", v["dong"], 4))
    batch = proposals.create_batch(ws, BatchInput("GĐVH", CommendationType.MERIT, 2025))
    dialog = NomineeDialog(ws, batch, catalog.load(ws))
    qtbot.addWidget(dialog)
    model = dialog.household_edit.completer().model()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == [
        "Nguyễn Văn An (Thôn Đông)"
    ]


def test_the_eligibility_filter_offers_the_subject_titles(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.pages.proposals import ProposalsPage

    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    box = page.eligibility.award_filter
    codes = {box.itemData(i) for i in range(box.count())}
    assert {"THON_VH", "CO_TINH", "GDVH"} <= codes
