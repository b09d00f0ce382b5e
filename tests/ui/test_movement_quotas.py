"""The quota tab of the movement form: entered, validated, saved with the movement or not at all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.domain.errors import ValidationError
from desktop.domain.quotas import QuotaInput
from desktop.services import movements, quotas
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.dialogs.movement_quotas import AWARD, MODE, SUBJECT, VALUE
from tests.services.movement_data import make_office


@pytest.fixture
def office(ws: Workspace):  # type: ignore[no-untyped-def]
    return make_office(ws)


def _fill(dialog: MovementDialog, award: str, mode: str, value: str) -> int:
    tab = dialog.quota_tab
    row = tab.add_row(None)
    combo = tab.table.cellWidget(row, AWARD)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(award))
    mode_combo = tab.table.cellWidget(row, MODE)
    assert isinstance(mode_combo, QComboBox)
    mode_combo.setCurrentIndex(mode_combo.findData(mode))
    tab.table.item(row, VALUE).setText(value)
    return row


def test_quota_entered_in_the_form_is_saved_and_shown_again(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    row = _fill(dialog, "CSTDCS", "percent", "15")
    subject = dialog.quota_tab.table.cellWidget(row, SUBJECT)
    assert isinstance(subject, QComboBox) and subject.currentData() == "person"
    unit_row = _fill(dialog, "TTLDXS", "count", "3")
    unit_subject = dialog.quota_tab.table.cellWidget(unit_row, SUBJECT)
    assert isinstance(unit_subject, QComboBox) and unit_subject.currentData() == "unit"
    dialog.accept()
    assert dialog.result() == MovementDialog.DialogCode.Accepted
    assert quotas.for_movement(ws, office.movement) == [
        QuotaInput("CSTDCS", "person", 15.0, None),
        QuotaInput("TTLDXS", "unit", None, 3),
    ]

    again = MovementDialog(ws, office.movement)
    qtbot.addWidget(again)
    assert again.quota_tab.table.rowCount() == 2
    assert again.quota_tab.quotas() == quotas.for_movement(ws, office.movement)
    again.quota_tab.table.setCurrentCell(0, VALUE)
    again.quota_tab.table.removeRow(0)
    again.accept()
    assert quotas.for_movement(ws, office.movement) == [QuotaInput("TTLDXS", "unit", None, 3)]


@pytest.mark.parametrize(
    ("mode", "value", "expected"),
    [
        ("percent", "150", "A percent must be above 0 and at most 100."),
        ("count", "2,5", "A number of awards must be a whole number."),
        ("count", "nhiều", "Enter a number."),
        ("count", "inf", "Enter a number."),
        ("percent", "nan", "Enter a number."),
    ],
)
def test_bad_quota_is_refused_and_nothing_is_saved(
    qtbot, ws: Workspace, office, mode, value, expected
) -> None:  # type: ignore[no-untyped-def]
    before = movements.get(ws, office.movement).data.name
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Tên mới không được lưu")
    _fill(dialog, "CSTDCS", mode, value)
    dialog.accept()
    assert dialog.result() != MovementDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Quota row 1: " + expected
    assert dialog.tabs.currentWidget() is dialog.quota_tab
    assert movements.get(ws, office.movement).data.name == before
    assert quotas.for_movement(ws, office.movement) == []


def test_service_refuses_duplicate_and_unknown_awards(ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    data = movements.get(ws, office.movement).data
    twice = [QuotaInput("LDTT", "person", 50, None), QuotaInput("LDTT", "person", None, 4)]
    with pytest.raises(ValidationError) as exc:
        quotas.save_movement(ws, data, office.movement, twice)
    assert exc.value.code == "quota_duplicate" and exc.value.field == "quotas[1].award_code"
    with pytest.raises(ValidationError) as exc:
        quotas.replace(ws, office.movement, [QuotaInput("KHONG_CO", "person", 10, None)])
    assert exc.value.code == "award_unknown"
    assert quotas.for_movement(ws, office.movement) == []


def test_copy_of_an_earlier_movement_takes_its_quotas(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    quotas.replace(ws, office.movement, [QuotaInput("CSTDCS", "person", 15, None)])
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    dialog.copy_source.setCurrentIndex(dialog.copy_source.findData(office.movement))
    dialog.copy_from_selected()
    dialog.name_edit.setText("Phong trào giai đoạn mới")
    dialog.accept()
    assert dialog.movement_id not in (None, office.movement)
    assert quotas.for_movement(ws, dialog.movement_id) == [QuotaInput("CSTDCS", "person", 15, None)]


def test_a_row_left_empty_is_named_and_errors_name_the_table_row(
    qtbot, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    _fill(dialog, "LDTT", "percent", "")  # left without a value: not dropped unseen
    _fill(dialog, "CSTDCS", "percent", "20")
    _fill(dialog, "CSTDCS", "percent", "150")
    dialog.accept()
    assert dialog.result() != MovementDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Quota row 1: Enter the quota's value, or remove the row."
    dialog.quota_tab.table.item(0, VALUE).setText("50")
    dialog.accept()
    assert dialog.error_label.text() == "Quota row 3: A percent must be above 0 and at most 100."
    dialog.quota_tab.table.item(2, VALUE).setText("10")
    dialog.accept()
    assert dialog.error_label.text() == "Quota row 3: An award has one quota per kind of subject."
    dialog.quota_tab.table.item(1, VALUE).setText("nhiều")
    dialog.accept()
    assert dialog.error_label.text() == "Quota row 2: Enter a number."
    dialog.quota_tab.table.item(1, VALUE).setText("1e30")
    mode = dialog.quota_tab.table.cellWidget(1, MODE)
    assert isinstance(mode, QComboBox)
    mode.setCurrentIndex(mode.findData("count"))
    dialog.accept()
    assert dialog.error_label.text() == "Quota row 2: A number of awards cannot be above 100,000."
    assert quotas.for_movement(ws, office.movement) == []


def test_household_titles_are_not_offered(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    award = dialog.quota_tab.table.cellWidget(dialog.quota_tab.add_row(None), AWARD)
    assert isinstance(award, QComboBox)
    codes = {award.itemData(i) for i in range(award.count())}
    assert {"LDTT", "CSTDCS", "TTLDXS"} <= codes and "GDVH" not in codes
    assert quotas.for_movement(ws, office.movement) == []
