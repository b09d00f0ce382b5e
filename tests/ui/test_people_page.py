"""The people page driven like a clerk would: search, filter, sort, add, open, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import people
from desktop.ui.models.people_table import COL_BIRTH, COL_NAME, COL_UNIT
from desktop.ui.pages.people import PeoplePage
from tests.ui.office_data import click_box_button, fill_office, when_modal


@pytest.fixture
def office(ws):
    return fill_office(ws)


@pytest.fixture
def page(qtbot, ws, office):
    page = PeoplePage(ws)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page: PeoplePage) -> list[str]:
    m = page.model
    return [m.index(r, COL_NAME).data() for r in range(m.rowCount())]


def click_header(qtbot, page: PeoplePage, column: int) -> None:
    hh = page.table.horizontalHeader()
    x = hh.sectionViewportPosition(column) + hh.sectionSize(column) // 2
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))


def test_opens_with_everyone_in_vietnamese_order(page):
    # by given name, then family and middle names; a < ă < â, tones after letters
    assert names(page) == [
        "Đặng Minh Anh",
        "Lê Thị Ánh",
        "Hoàng Văn Ân",
        "Phạm Quốc Bảo",
        "Nguyễn Thị Hương",
        "Vũ Thị Hường",
        "Trần Văn Phương",
    ]
    assert page.count_label.text() == "7 person(s)"


def test_rows_show_the_columns(page):
    m = page.model
    row = m.row_of(page.model.person_id(names(page).index("Nguyễn Thị Hương")))
    values = [m.index(row, c).data() for c in range(m.columnCount())]
    assert values == [
        "Nguyễn Thị Hương",
        "Female",
        "12/03/1985",
        "001185000123",
        "Văn phòng Sở",
        "Chánh Văn phòng",
    ]
    year_only = names(page).index("Đặng Minh Anh")
    assert m.index(year_only, COL_BIRTH).data() == "1990"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nguyen thi huong", ["Nguyễn Thị Hương"]),
        ("NGUYỄN   thị hương", ["Nguyễn Thị Hương"]),
        ("dang", ["Đặng Minh Anh"]),
        ("huong", ["Nguyễn Thị Hương", "Vũ Thị Hường"]),
        ("thi h", ["Nguyễn Thị Hương", "Vũ Thị Hường"]),
        ("0340", ["Trần Văn Phương"]),
        ("xyz", []),
    ],
)
def test_search_as_you_type(page, text, expected):
    page.search.setText(text)
    assert names(page) == expected
    assert page.count_label.text() == f"{len(expected)} person(s)"


def test_huong_does_not_find_phuong(page):
    page.search.setText("huong")
    assert "Trần Văn Phương" not in names(page)
    page.search.setText("phuong")
    assert names(page) == ["Trần Văn Phương"]


def test_clearing_the_search_shows_everyone(page):
    page.search.setText("dang")
    page.search.clear()
    assert len(names(page)) == 7


def test_unit_filter_includes_sub_units(page, office):
    picker = page.unit_filter
    picker.setCurrentIndex(picker.findData(office.units["ttcntt"]))
    assert names(page) == ["Hoàng Văn Ân", "Phạm Quốc Bảo"]
    # combined with a search
    page.search.setText("bao")
    assert names(page) == ["Phạm Quốc Bảo"]
    picker.setCurrentIndex(0)  # All units
    assert names(page) == ["Phạm Quốc Bảo"]


def test_header_click_sorts_in_sql(qtbot, page):
    # GIVEN the table in name order; WHEN the name header is clicked, THEN reverse order
    click_header(qtbot, page, COL_NAME)
    assert names(page)[0] == "Trần Văn Phương"
    assert names(page)[-1] == "Đặng Minh Anh"
    # WHEN the unit header is clicked, THEN units in Vietnamese order, people by name inside
    click_header(qtbot, page, COL_UNIT)
    units_shown = [page.model.index(r, COL_UNIT).data() for r in range(page.model.rowCount())]
    assert units_shown == [
        "Phòng Kỹ thuật",
        "Thanh tra Sở",
        "Thanh tra Sở",
        "Trung tâm Công nghệ thông tin",
        "Văn phòng Sở",
        "Văn phòng Sở",
        "Xã Tân Phú",
    ]
    assert names(page)[1:3] == ["Đặng Minh Anh", "Lê Thị Ánh"]
    # the sort survives a new search
    page.search.setText("thi")
    assert [page.model.index(r, COL_UNIT).data() for r in range(3)] == [
        "Thanh tra Sở",
        "Văn phòng Sở",
        "Xã Tân Phú",
    ]


def test_add_person_through_the_dialog(qtbot, page, ws, office):
    def fill(dlg):
        dlg.full_name.setText("Đoàn Thị Điểm")
        dlg.birth_date.setText("1990")
        dlg.unit.set_unit_id(office.units["empty"])
        dlg.accept()

    when_modal(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert people.count(ws) == 8
    assert "Đoàn Thị Điểm" in names(page)
    assert page.model.person_id(page.table.currentIndex().row()) == page.current_person_id()
    assert page.model.index(page.table.currentIndex().row(), COL_NAME).data() == "Đoàn Thị Điểm"
    assert page.count_label.text() == "8 person(s)"


def test_new_person_hidden_by_the_search_is_still_shown(qtbot, page, office):
    page.search.setText("dang")

    def fill(dlg):
        dlg.full_name.setText("Mai Hắc Đế")
        dlg.unit.set_unit_id(office.units["vp"])
        dlg.accept()

    when_modal(fill)
    page.add_button.click()
    assert page.search.text() == ""
    assert page.model.index(page.table.currentIndex().row(), COL_NAME).data() == "Mai Hắc Đế"


def test_enter_opens_the_selected_person(qtbot, page):
    page.select_person(page.model.person_id(names(page).index("Lê Thị Ánh")))
    seen: list[str] = []
    when_modal(lambda dlg: seen.append(dlg.full_name.text()))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == ["Lê Thị Ánh"]


def test_delete_asks_first(qtbot, page, ws):
    page.select_person(page.model.person_id(names(page).index("Lê Thị Ánh")))
    page.table.setFocus()
    asked: list[str] = []

    def no(box):
        asked.append("Lê Thị Ánh" if "Lê Thị Ánh" in box.text() else box.text())
        click_box_button(box, std=QMessageBox.StandardButton.No)

    when_modal(no)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert people.count(ws) == 7
    assert asked == ["Lê Thị Ánh"]

    # offscreen, the page does not get the focus back by itself when the box closes
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert people.count(ws) == 6
    assert "Lê Thị Ánh" not in names(page)
    # the next row is selected
    assert page.model.index(page.table.currentIndex().row(), COL_NAME).data() == "Hoàng Văn Ân"


def test_excel_buttons_exist(page):
    assert page.import_button.isEnabled()
    assert page.export_button.isEnabled()


def test_down_from_the_search_goes_to_the_results(qtbot, page):
    page.focus_search()
    page.search.setText("huong")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.model.index(page.table.currentIndex().row(), COL_NAME).data() == "Nguyễn Thị Hương"


def test_changes_are_announced_for_the_status_bar(qtbot, page, office):
    with qtbot.waitSignal(page.data_changed):
        when_modal(
            lambda dlg: (
                dlg.full_name.setText("Lý Thường Kiệt"),
                dlg.unit.set_unit_id(office.units["vp"]),
                dlg.accept(),
            )
        )
        page.add_button.click()


def test_show_record_clears_filters_that_hide_the_person(page, office):
    page.search.setText("dang")
    page.unit_filter.set_unit_id(office.units["tt"])
    page.show_record("person", office.people["Vũ Thị Hường"])
    assert page.current_person_id() == office.people["Vũ Thị Hường"]
    assert page.search.text() == ""
    assert page.unit_filter.unit_id() is None


def test_units_added_elsewhere_appear_in_the_filter_when_shown_again(qtbot, page, ws):
    from desktop.domain.units import UnitInput
    from desktop.services import units

    new = units.save(ws, UnitInput("Phòng Mới"))
    page.hide()
    page.show()
    assert page.unit_filter.findData(new) >= 0


def test_right_click_menu_on_a_row(qtbot, page):
    from PySide6.QtWidgets import QMenu

    row = names(page).index("Lê Thị Ánh")
    pos = page.table.visualRect(page.model.index(row, COL_NAME)).center()
    page.table.customContextMenuRequested.emit(pos)
    menu = page.findChildren(QMenu)[-1]
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open…",
        "Delete",
        "History…",
        "Add person…",
    ]
    assert page.current_person_id() == page.model.person_id(row)
    menu.close()


def test_person_with_history_is_not_deleted(qtbot, page, ws, office):
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
    from desktop.services import proposals

    # proposed for an award: official records keep her (ratings alone go to the recycle bin)
    pid = office.people["Lê Thị Ánh"]
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=pid))
    page.select_person(pid)
    seen: list[str] = []

    def refused(box):
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Ok)

    def confirm(box):
        click_box_button(box, std=QMessageBox.StandardButton.Yes)
        when_modal(refused)

    when_modal(confirm)
    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "cannot be deleted" in seen[0]  # person_in_use, worded in the UI language
    assert people.count(ws) == 7
    assert page.current_person_id() == pid
