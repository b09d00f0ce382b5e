"""A form's error line goes away as soon as the clerk corrects the field, before saving again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.units import UnitInput
from desktop.services import units
from desktop.services.session import Workspace
from desktop.ui.dialogs.person_dialog import PersonDialog
from desktop.ui.dialogs.unit_dialog import UnitDialog


def test_typing_in_the_field_clears_its_error(qtbot, ws: Workspace) -> None:
    unit = units.save(ws, UnitInput("Văn phòng Sở", code="VP"))
    dialog = PersonDialog(ws, unit_id=unit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Ngô Thị Lan")
    dialog.email.setText("not an email")
    dialog.accept()
    assert "email" in dialog.error_text("email")
    # WHEN the clerk types in the email field
    dialog.email.setFocus()
    qtbot.keyClick(dialog.email, Qt.Key.Key_End)  # the error selected the whole text
    qtbot.keyClick(dialog.email, Qt.Key.Key_Backspace)
    # THEN its error line is gone; saving again checks again
    assert dialog.error_text("email") == ""
    dialog.accept()
    assert "email" in dialog.error_text("email")
    dialog.email.clear()
    dialog.accept()
    assert dialog.saved_id is not None


def test_a_unit_name_error_clears_on_typing(qtbot, ws: Workspace) -> None:
    dialog = UnitDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.error_text("name")
    qtbot.keyClicks(dialog.name, "P")
    assert dialog.error_text("name") == ""


def test_a_form_error_line_goes_when_a_field_is_edited(qtbot, ws: Workspace) -> None:
    from PySide6.QtCore import QDate

    from desktop.domain.participation import SponsorshipInput
    from desktop.services import participation
    from desktop.ui.dialogs.movement_dialog import MovementDialog
    from desktop.ui.dialogs.participation_dialogs import ActivityDialog
    from tests.services.movement_data import make_office

    office = make_office(ws)
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Thi đua chuyên đề chuyển đổi số")
    dialog.start_edit.setDate(QDate(2025, 6, 1))
    dialog.end_edit.setDate(QDate(2025, 1, 1))
    dialog.accept()
    assert dialog.error_text("end")
    # WHEN the clerk corrects the end date THEN its error goes before saving again
    dialog.end_edit.setDate(QDate(2025, 12, 31))
    assert dialog.error_text("end") == ""

    sid = participation.add_sponsorship(
        ws, SponsorshipInput(office.movement, office.finance, office.commune)
    )
    activity = ActivityDialog(ws, sid)
    qtbot.addWidget(activity)
    activity.show()
    activity.description.setText("Tặng 100 bao xi măng")
    activity.value_edit.setText("-5")
    activity.accept()
    assert not activity.error_label.isHidden()
    activity.value_edit.setFocus()
    qtbot.keyClick(activity.value_edit, Qt.Key.Key_End)
    qtbot.keyClick(activity.value_edit, Qt.Key.Key_Backspace)
    assert activity.error_label.isHidden()
