"""Reusable widgets: birth date field, search box, unit picker."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.services import units
from desktop.ui.widgets.date_edit import BirthDateEdit
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import DEPTH_ROLE, UnitPicker
from tests.ui.office_data import fill_office


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/05/1980", BirthDate(1980, 5, 17)),
        ("1/5/1980", BirthDate(1980, 5, 1)),
        ("1980", BirthDate(1980)),
        ("1980-05-17", BirthDate(1980, 5, 17)),
        ("", None),
    ],
)
def test_birth_date_edit_reads_full_dates_and_years(qtbot, text, expected):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    edit.setText(text)
    assert edit.birth_date(date(2026, 1, 1)) == expected


def test_birth_date_edit_rejects_letters_and_shows_stored_dates(qtbot):
    edit = BirthDateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "12a/03/1990")
    assert edit.text() == "12/03/1990"
    edit.set_birth_date(BirthDate(1975))
    assert edit.text() == "1975"
    edit.setText("32/01/1990")
    with pytest.raises(ValidationError):
        edit.birth_date()


def test_search_box_emits_each_change_and_escape_clears(qtbot):
    box = SearchBox()
    qtbot.addWidget(box)
    seen: list[str] = []
    box.searchChanged.connect(seen.append)
    qtbot.keyClicks(box, "ng")
    assert seen == ["n", "ng"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and seen[-1] == ""


def test_unit_picker_lists_the_tree_and_hides_inactive(qtbot, ws):
    office = fill_office(ws)
    units.set_active(ws, office.units["empty"], False)
    picker = UnitPicker(none_text="All units")
    qtbot.addWidget(picker)
    picker.set_units(units.list_units(ws))
    entries = [(picker.itemText(i), picker.itemData(i, DEPTH_ROLE)) for i in range(picker.count())]
    assert entries == [
        ("All units", None),
        ("Thanh tra Sở", 0),
        ("Văn phòng Sở", 0),
        ("Trung tâm Công nghệ thông tin", 0),
        ("Phòng Kỹ thuật", 1),
        ("Xã Tân Phú", 0),
    ]
    assert picker.unit_id() is None
    changes: list[object] = []
    picker.unitChanged.connect(changes.append)
    picker.set_unit_id(office.units["ttcntt_kt"])
    assert picker.unit_id() == office.units["ttcntt_kt"]
    assert changes == [office.units["ttcntt_kt"]]
    # excluded units (a unit's own subtree when choosing its parent) are not offered
    picker.set_units(
        units.list_units(ws), exclude={office.units["ttcntt"], office.units["ttcntt_kt"]}
    )
    assert picker.findData(office.units["ttcntt_kt"]) < 0
    assert picker.unit_id() is None
