"""The recycle bin page: deleted records listed; Restore by the button; purge for administrators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.accounts import Role
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import accounts, people, recycle_bin, units
from desktop.services.session import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.recycle_bin import RecycleBinPage
from desktop.ui.preferences import Preferences
from tests.ui.office_data import click_box_button, when_modal
from tests.ui.shell_data import small_office

PASSWORD = "mat-khau-dai-2026"


@pytest.fixture
def page(qtbot, ws: Workspace) -> Iterator[RecycleBinPage]:
    unit = units.save(ws, UnitInput(name="Phòng Kế hoạch"))
    for name in ("Nguyễn Văn An", "Lê Thị Bình"):
        people.delete(ws, people.save(ws, PersonInput(full_name=name, unit_id=unit)))
    widget = RecycleBinPage(ws, None)
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    yield widget


def test_lists_entries_and_restores_with_the_button(page: RecycleBinPage, ws: Workspace, qtbot):
    assert page.table.rowCount() == 2
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[0] == "Person" and row[1] == "Lê Thị Bình (Phòng Kế hoạch)"
    assert row[3] == ws.db.actor.user and row[4] == "0"
    assert not page.restore_button.isEnabled()
    page.table.selectRow(0)
    assert page.restore_button.isEnabled() and page.purge_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Restored: Lê Thị Bình (Phòng Kế hoạch)"
    assert page.table.rowCount() == 1
    assert [p for p in people.query_ids(ws, people.make_query("le thi binh"))]


def test_a_refused_restore_shows_the_reason(page: RecycleBinPage, ws: Workspace) -> None:
    shown: list[BaseException] = []
    page.on_error = shown.append
    # the people's unit is deleted too, then purged: they have nowhere to come back to
    unit = units.list_units(ws)[0]
    units.delete(ws, unit.id)
    recycle_bin.purge(ws, recycle_bin.entries(ws)[0].id)
    page.reload()
    page.select_entry(recycle_bin.entries(ws)[1].id)  # Nguyễn Văn An
    assert page.restore_selected() is False
    assert "Nguyễn Văn An" in page.status.text() and len(shown) == 1
    assert page.table.rowCount() == 2


def test_purge_one_and_all_after_confirmation(page: RecycleBinPage, ws: Workspace) -> None:
    questions: list[str] = []
    answer = False

    def confirm(title: str, text: str) -> bool:
        questions.append(text)
        return answer

    page.confirm = confirm
    page.table.selectRow(0)
    assert page.purge_selected() is False  # said no
    assert page.table.rowCount() == 2
    answer = True
    assert page.purge_selected() is True
    assert "Lê Thị Bình" in questions[-1] and page.table.rowCount() == 1
    assert page.purge_all() is True
    assert "1 entries" in questions[-1]
    assert page.table.rowCount() == 0 and recycle_bin.entries(ws) == []
    assert not page.purge_all_button.isEnabled()


def test_purge_buttons_are_for_administrators(page: RecycleBinPage, ws: Workspace) -> None:
    accounts.create_account(ws, "quantri", PASSWORD, Role.ADMIN)
    accounts.create_account(ws, "canbo", PASSWORD, Role.OFFICER)
    accounts.login(ws, "canbo", PASSWORD)
    page.reload()
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    assert not page.purge_button.isEnabled() and not page.purge_all_button.isEnabled()
    assert "administrator" in page.purge_button.toolTip()


def test_delete_on_the_people_page_then_restore_from_the_bin(qtbot, ws: Workspace) -> None:
    ids = small_office(ws)
    win = MainWindow(ws, Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    people_page = win.show_page("people")
    assert people_page is not None
    assert people_page.select_person(ids["dang"])  # type: ignore[attr-defined]
    asked: list[str] = []

    def yes(box: object) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Yes)

    when_modal(yes)
    people_page.delete_selected()  # type: ignore[attr-defined]
    assert "recycle bin" in asked[0]
    assert people.count(ws) == 2
    bin_page = win.show_page("recycle_bin")
    assert isinstance(bin_page, RecycleBinPage)
    assert bin_page.table.rowCount() == 1
    bin_page.table.selectRow(0)
    qtbot.mouseClick(bin_page.restore_button, Qt.MouseButton.LeftButton)
    assert people.count(ws) == 3
    win.show_page("people")
    assert people_page.select_person(ids["dang"])  # type: ignore[attr-defined]
