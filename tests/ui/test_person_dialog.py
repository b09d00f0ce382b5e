"""The person form: name split, inline validation, duplicates, saving through the service."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.identity import BirthDate
from desktop.domain.people import Sex, WorkStatus
from desktop.services import people
from desktop.ui.dialogs.person_dialog import PersonDialog
from tests.ui.office_data import click_box_button, fill_office, when_modal


@pytest.fixture
def office(ws):
    return fill_office(ws)


def make_dialog(qtbot, ws, person_id=None, unit_id=None) -> PersonDialog:
    dlg = PersonDialog(ws, person_id, unit_id=unit_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_full_name_is_split_as_typed_and_parts_stay_editable(qtbot, ws, office):
    # GIVEN a new form
    dlg = make_dialog(qtbot, ws, unit_id=office.units["vp"])
    # WHEN a full name is typed
    dlg.full_name.setText("Nguyễn Thị Minh Khai")
    # THEN it is split into họ, tên đệm, tên
    assert (dlg.family_name.text(), dlg.middle_name.text(), dlg.given_name.text()) == (
        "Nguyễn",
        "Thị Minh",
        "Khai",
    )
    # WHEN the clerk corrects the parts (a two-word family name)
    dlg.family_name.setText("Tôn Nữ")
    dlg.middle_name.setText("Thị")
    dlg.given_name.setText("Ngọc")
    # THEN the full name follows, and the parts are saved as given
    assert dlg.full_name.text() == "Tôn Nữ Thị Ngọc"
    dlg.accept()
    saved = people.get(ws, dlg.saved_id).data
    assert (saved.family_name, saved.middle_name, saved.given_name) == ("Tôn Nữ", "Thị", "Ngọc")


def test_new_person_is_saved_with_every_field(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["tt"])
    dlg.full_name.setText("  Bùi   Thị Thu  ")
    dlg.sex.setCurrentIndex(dlg.sex.findData(Sex.FEMALE.value))
    dlg.birth_date.setText("1/5/1980")
    dlg.cccd.setText("001 180 012 345")
    dlg.hometown.setText("Nam Định")
    dlg.residence.setText("Hà Nội")
    dlg.party_position.setText("Bí thư chi bộ")
    dlg.position.setText("Phó Chánh Thanh tra")
    dlg.union_position.setText("Chủ tịch Công đoàn")
    dlg.qualification.setText("Cử nhân Luật")
    dlg.academic_title.setText("Thạc sĩ")
    dlg.phone.setText("0912 345 678")
    dlg.email.setText("thu@example.vn")
    dlg.status.setCurrentIndex(dlg.status.findData(WorkStatus.TRANSFERRED.value))
    before = people.count(ws)
    dlg.accept()
    assert dlg.result() == PersonDialog.DialogCode.Accepted
    assert people.count(ws) == before + 1
    p = people.get(ws, dlg.saved_id).data
    assert p.full_name == "Bùi Thị Thu"
    assert p.birth_date == BirthDate(1980, 5, 1)
    assert p.cccd == "001180012345"
    assert p.unit_id == office.units["tt"]
    assert (p.party_position, p.position, p.union_position) == (
        "Bí thư chi bộ",
        "Phó Chánh Thanh tra",
        "Chủ tịch Công đoàn",
    )
    assert (p.qualification, p.academic_title, p.status) == (
        "Cử nhân Luật",
        "Thạc sĩ",
        WorkStatus.TRANSFERRED,
    )


def test_year_only_birth_date_is_accepted(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["vp"])
    dlg.full_name.setText("Lý Văn Tám")
    dlg.birth_date.setText("1975")
    dlg.accept()
    assert people.get(ws, dlg.saved_id).data.birth_date == BirthDate(1975)


@pytest.mark.parametrize(
    ("field", "set_up", "expected"),
    [
        ("full_name", {"full_name": ""}, "Enter the full name."),
        ("cccd", {"cccd": "00118500012"}, "exactly 12 digits"),
        ("cccd", {"cccd": "097185000123"}, "province code from 001 to 096"),
        ("birth_date", {"birth_date": "01/01/2999"}, "cannot be after today"),
        ("birth_date", {"birth_date": "1899"}, "before 1900"),
        ("birth_date", {"birth_date": "31/02/1990"}, "does not exist"),
        ("email", {"email": "not an email"}, "not a valid email"),
    ],
)
def test_bad_field_shows_message_next_to_it_and_saves_nothing(
    qtbot, ws, office, field, set_up, expected
):
    # GIVEN a form filled correctly except one field
    dlg = make_dialog(qtbot, ws, unit_id=office.units["vp"])
    dlg.full_name.setText("Ngô Thị Lan")
    for name, value in set_up.items():
        getattr(dlg, name).setText(value)
    before = people.count(ws)
    # WHEN the clerk saves
    dlg.accept()
    # THEN the message is under that field, the dialog stays open and nothing is written
    assert expected in dlg.error_text(field)
    assert dlg.isVisible()
    assert dlg.result() != PersonDialog.DialogCode.Accepted
    assert people.count(ws) == before
    # the other fields show no error
    others = [f for f in ("full_name", "cccd", "birth_date", "email") if f != field]
    assert all(dlg.error_text(f) == "" for f in others)


def test_error_is_cleared_once_fixed(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["vp"])
    dlg.accept()
    assert dlg.error_text("full_name")
    dlg.full_name.setText("Ngô Thị Lan")
    dlg.accept()
    assert dlg.error_text("full_name") == ""
    assert dlg.saved_id is not None


def test_unit_is_required(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws)
    dlg.full_name.setText("Ngô Thị Lan")
    dlg.accept()
    assert dlg.error_text("unit_id") == "Choose a unit."


def test_same_cccd_is_an_error_naming_the_other_person(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["vp"])
    dlg.full_name.setText("Người Khác")
    dlg.cccd.setText("001185000123")  # Nguyễn Thị Hương's
    before = people.count(ws)
    dlg.accept()
    assert "Nguyễn Thị Hương" in dlg.error_text("cccd")
    assert people.count(ws) == before


def test_namesake_is_warned_and_cancel_saves_nothing(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["tt"])
    dlg.full_name.setText("nguyễn thị hương".title())
    dlg.birth_date.setText("12/03/1985")
    seen: list[str] = []

    def cancel(box):
        seen.append(box.informativeText())
        click_box_button(box, std=QMessageBox.StandardButton.Cancel)

    when_modal(cancel)
    before = people.count(ws)
    dlg.accept()
    assert seen and "Nguyễn Thị Hương" in seen[0] and "12/03/1985" in seen[0]
    assert "Văn phòng Sở" in seen[0]
    assert people.count(ws) == before
    assert dlg.isVisible()


def test_namesake_saved_after_the_clerk_confirms(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, unit_id=office.units["tt"])
    dlg.full_name.setText("Nguyễn Thị Hương")
    dlg.birth_date.setText("12/03/1985")
    when_modal(lambda box: click_box_button(box, text="Save"))
    before = people.count(ws)
    dlg.accept()
    assert people.count(ws) == before + 1
    assert dlg.result() == PersonDialog.DialogCode.Accepted


def test_edit_loads_and_saves_the_person(qtbot, ws, office):
    pid = office.people["Trần Văn Phương"]
    dlg = make_dialog(qtbot, ws, pid)
    assert dlg.full_name.text() == "Trần Văn Phương"
    assert dlg.birth_date.text() == "02/11/1979"
    assert dlg.cccd.text() == "034079001234"
    assert dlg.unit.unit_id() == office.units["vp"]
    # saving unchanged is not a duplicate of itself
    dlg.position.setText("Phó Chánh Văn phòng")
    dlg.accept()
    assert dlg.saved_id == pid
    assert people.get(ws, pid).data.position == "Phó Chánh Văn phòng"


def test_ask_returns_the_new_id_or_none(qtbot, ws, office):
    def fill(dlg):
        dlg.full_name.setText("Đinh Công Tráng")
        dlg.unit.set_unit_id(office.units["xa"])
        dlg.accept()

    when_modal(fill)
    new_id = PersonDialog.ask(None, ws)
    assert new_id is not None
    assert people.get(ws, new_id).data.full_name == "Đinh Công Tráng"

    when_modal(lambda dlg: dlg.reject())
    assert PersonDialog.ask(None, ws) is None


def test_every_bad_field_is_marked_at_once_and_the_first_gets_the_focus(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.isActiveWindow())
    dlg.birth_date.setText("12/12/2999")
    dlg.cccd.setText("097185000123")
    dlg.email.setText("a b")
    dlg.accept()
    assert dlg.error_text("full_name") == "Enter the full name."
    assert "after today" in dlg.error_text("birth_date")
    assert "province code" in dlg.error_text("cccd")
    assert "email" in dlg.error_text("email")
    assert dlg.error_text("unit_id") == "Choose a unit."
    assert dlg.focusWidget() is dlg.full_name


def test_stored_person_has_record_tabs_and_errors_bring_back_the_form(qtbot, ws, office):
    dlg = make_dialog(qtbot, ws, office.people["Lê Thị Ánh"])
    assert dlg.tabs is not None and dlg.tabs.count() >= 2
    dlg.tabs.setCurrentIndex(dlg.tabs.count() - 1)
    dlg.cccd.setText("123")
    dlg.accept()
    assert dlg.tabs.currentIndex() == 0
    assert "12 digits" in dlg.error_text("cccd")
    # a new person has nothing recorded yet: no tabs
    assert make_dialog(qtbot, ws).tabs is None
