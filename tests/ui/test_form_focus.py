"""Each form on the form base, driven like a clerk: a bad value typed, OK pressed (the button or
Enter), the message shown, the focus on the field to correct, and nothing written to the
database file (read back through a connection of its own)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from desktop.domain.awards import CommendationType
from desktop.domain.blocs import BlocInput, BlocMemberInput
from desktop.domain.candidates import RuleKind
from desktop.domain.movements import MovementInput, MovementKind
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.subjects import BlocKind
from desktop.domain.unit_names import OfficeField
from desktop.domain.units import UnitInput
from desktop.services import (
    blocs,
    candidates,
    catalog,
    movements,
    people,
    proposals,
    unit_names,
    units,
)
from desktop.services.session import Workspace
from desktop.ui.dialogs.candidate_rule_dialog import CandidateRuleDialog
from desktop.ui.dialogs.council_dialogs import DecisionDialog, MeetingDialog
from desktop.ui.dialogs.council_roster import CouncilRosterDialog
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.dialogs.proposal_dialogs import BatchDialog, NomineeDialog, NomineeTextDialog
from desktop.ui.dialogs.unit_dialog import MoveUnitDialog, UnitDialog
from desktop.ui.pages.bloc_tabs import MemberDialog
from desktop.ui.pages.blocs import BlocDialog
from desktop.ui.widgets.due_list import DutyDialog
from desktop.ui.widgets.name_history import NameForm

YEAR = date.today().year - 1
Ok = QDialogButtonBox.StandardButton.Ok
Save = QDialogButtonBox.StandardButton.Save


def stored(ws: Workspace) -> list[str]:
    """Every row of the database file, as SQL, through a connection of the test's own."""
    conn = sqlite3.connect(Path(ws.db.path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def shown(qtbot, dialog: FormDialog) -> FormDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot, dialog: FormDialog, button: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def retype(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the field holds and type over it, as a clerk does (QTest types ASCII
    only: Vietnamese letters abort it)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    person = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    batch = proposals.create_batch(
        ws, BatchInput(f"Khen thưởng năm {YEAR}", CommendationType.MERIT, YEAR)
    )
    nominee = proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=person)
    )
    movement = movements.save(
        ws,
        MovementInput(
            "Thi đua chuyển đổi số", MovementKind.THEMATIC, date(YEAR, 1, 1), date(YEAR, 12, 31)
        ),
    )
    return {"unit": unit, "batch": batch, "nominee": nominee, "movement": movement}


def test_batch_form_focuses_the_title(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, BatchDialog(ws, year=YEAR))
    before = stored(ws)
    retype(qtbot, dialog.title_edit, "   ")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.isVisible() and dialog.error_text("title")
    assert dialog.focusWidget() is dialog.title_edit
    assert stored(ws) == before


def test_nominee_form_focuses_the_search_when_nobody_is_chosen(
    qtbot, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, NomineeDialog(ws, office["batch"], catalog.load(ws)))
    before = stored(ws)
    qtbot.keyClicks(dialog.person_search, "Khong Co Ai")
    assert dialog.person_list.count() == 0
    press(qtbot, dialog, Ok)
    assert dialog.isVisible() and dialog.error_text("person_id")
    assert dialog.focusWidget() is dialog.person_search
    assert stored(ws) == before
    # a household without a name: the message under the same row, the name field focused
    dialog.subject_box.setCurrentIndex(dialog.subject_box.findData(SubjectType.HOUSEHOLD.value))
    retype(qtbot, dialog.household_edit, "  ")
    press(qtbot, dialog, Ok)
    assert dialog.error_text("household_name") and dialog.focusWidget() is dialog.household_edit
    assert stored(ws) == before


def test_nominee_text_form_says_why_it_cannot_save_a_submitted_batch(
    qtbot, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    # the texts have no rule of their own: the refusal is the batch's state, on the error line
    [nominee] = proposals.nominees(ws, office["batch"])
    dialog = shown(qtbot, NomineeTextDialog(ws, nominee))
    meeting = MeetingInput(datetime(YEAR, 12, 20, 8), "Phòng họp", "Giám đốc Sở", "", 7, 7)
    proposals.record_meeting(ws, office["batch"], meeting, {office["nominee"]: 7})  # not a draft
    before = stored(ws)
    retype(qtbot, dialog.summary_edit, "Hoan thanh xuat sac nhiem vu")
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.isVisible() and dialog.error_label.text()
    assert dialog.focusWidget() is dialog.summary_edit  # the field typed in keeps the focus
    assert stored(ws) == before


def test_meeting_form_focuses_the_count_short_of_the_quorum(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, MeetingDialog(ws, office["batch"]))
    assert not dialog.roster
    before = stored(ws)
    retype(qtbot, dialog.chair_edit, "Giam doc So")
    retype(qtbot, dialog.total_box, "9")
    retype(qtbot, dialog.present_box, "3")  # below two thirds
    retype(qtbot, dialog.absent_box, "0")
    press(qtbot, dialog, Ok)
    assert dialog.isVisible() and "2/3" in dialog.error_text("members_present")
    assert dialog.focusWidget() is dialog.present_box
    assert stored(ws) == before


def test_decision_form_focuses_the_number(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, DecisionDialog(ws, office["batch"]))
    before = stored(ws)
    retype(qtbot, dialog.number_edit, "  ")
    retype(qtbot, dialog.issuer_edit, "So Tai chinh")
    press(qtbot, dialog, Ok)
    assert dialog.isVisible() and dialog.error_text("number") == "This field is required."
    assert dialog.focusWidget() is dialog.number_edit
    assert stored(ws) == before


def test_roster_form_focuses_the_quorum(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, CouncilRosterDialog(ws))
    before = stored(ws)
    retype(qtbot, dialog.quorum_edit, "3/2")
    qtbot.keyClick(dialog.quorum_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_text("quorum")
    assert dialog.focusWidget() is dialog.quorum_edit
    # a member whose term ends before it begins: the end of the term is focused
    retype(qtbot, dialog.name_edit, "Bui Thi Thu")
    dialog.from_edit.set_value(date(2024, 6, 30))
    dialog.to_edit.set_value(date(2021, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("term_to") and dialog.focusWidget() is dialog.to_edit.edit
    assert stored(ws) == before


def test_unit_form_focuses_the_name(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, UnitDialog(ws))
    before = stored(ws)
    retype(qtbot, dialog.code, "X" * 5)
    retype(qtbot, dialog.name, "   ")
    press(qtbot, dialog, Save)
    assert dialog.isVisible() and dialog.error_text("name") == "Enter the name of the unit."
    assert dialog.focusWidget() is dialog.name
    assert stored(ws) == before


def test_stored_unit_form_brings_its_details_tab_back_for_the_error(
    qtbot, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, UnitDialog(ws, office["unit"]))
    assert dialog.tabs is not None
    before = stored(ws)
    retype(qtbot, dialog.name, "  ")
    dialog.tabs.setCurrentIndex(1)  # the clerk looks at the name history, then saves
    press(qtbot, dialog, Save)
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.name
    assert stored(ws) == before


def test_movement_form_focuses_the_end_date_then_the_bad_target_cell(
    qtbot, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, MovementDialog(ws, office["movement"]))
    before = stored(ws)
    dialog.end_edit.setFocus()
    qtbot.keyClicks(dialog.end_edit, f"01/01/{YEAR - 1}")  # before the start
    press(qtbot, dialog, Save)
    assert dialog.isVisible() and "end date" in dialog.error_text("end")
    assert dialog.focusWidget() is dialog.end_edit
    # the period put right, a target whose value is not a number
    dialog.end_edit.setFocus()
    qtbot.keyClicks(dialog.end_edit, f"31/12/{YEAR}")
    dialog.tabs.setCurrentIndex(1)
    dialog.targets.insertRow(0)
    dialog.targets.setItem(0, 0, QTableWidgetItem("Ung dung phan mem"))
    dialog.targets.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.targets, Qt.Key.Key_F2)  # edit the value cell, type, Enter
    editor = dialog.focusWidget()
    qtbot.keyClicks(editor, "nhieu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: dialog.targets.item(0, 1) is not None)
    assert dialog.targets.item(0, 1).text() == "nhieu"
    dialog.tabs.setCurrentIndex(0)
    press(qtbot, dialog, Save)
    assert dialog.isVisible() and dialog.error_label.text() == "Enter a number."
    assert dialog.tabs.currentIndex() == 1
    assert dialog.focusWidget() is dialog.targets
    assert (dialog.targets.currentRow(), dialog.targets.currentColumn()) == (0, 1)
    assert stored(ws) == before


def test_candidate_rule_form_focuses_the_percent(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    sheet = candidates.rule_sheet(ws, office["movement"])
    dialog = shown(qtbot, CandidateRuleDialog(ws, sheet, catalog.load(ws)))
    before = stored(ws)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RuleKind.TOP_PERCENT.value))
    retype(qtbot, dialog.percent_edit, "150")
    qtbot.keyClick(dialog.percent_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_text("top_percent")
    assert dialog.focusWidget() is dialog.percent_edit
    assert stored(ws) == before


def test_duty_form_focuses_who_does_it(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, DutyDialog(ws))
    before = stored(ws)
    retype(qtbot, dialog.title_edit, "Bao cao nam")
    retype(qtbot, dialog.assignee_edit, "x" * 201)  # longer than the 200 the service keeps
    qtbot.keyClick(dialog.assignee_edit, Qt.Key.Key_Return)  # Enter presses Save
    assert dialog.isVisible() and "200" in dialog.error_text("assignee")
    assert dialog.focusWidget() is dialog.assignee_edit
    assert stored(ws) == before


def test_name_forms_focus_the_name_then_the_first_day(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    rename = shown(qtbot, NameForm(ws, None, earlier=False, unit_id=office["unit"]))
    before = stored(ws)
    retype(qtbot, rename.name, "  ")
    press(qtbot, rename, Ok)
    assert rename.isVisible() and rename.error_text("name") == "Enter the name and the dates."
    assert rename.focusWidget() is rename.name
    assert stored(ws) == before
    # an earlier name whose first day is after its last: the first day is focused
    earlier = shown(qtbot, NameForm(ws, None, earlier=True, field=OfficeField.PLACE))
    retype(qtbot, earlier.name, "Thi xa Cu")
    earlier.since_known.setChecked(True)
    earlier.since.setDate(QDate(2024, 1, 1))
    earlier.until.setDate(QDate(2023, 12, 31))
    press(qtbot, earlier, Ok)
    assert earlier.isVisible() and earlier.error_text("valid_from")
    assert earlier.focusWidget() is earlier.since
    assert stored(ws) == before


def test_bloc_forms_focus_the_name_and_the_last_year(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    bloc = shown(qtbot, BlocDialog(ws))
    before = stored(ws)
    retype(qtbot, bloc.name, "  ")
    qtbot.keyClick(bloc.name, Qt.Key.Key_Return)
    assert bloc.isVisible() and bloc.error_text("name") == "This field is required."
    assert bloc.focusWidget() is bloc.name
    assert stored(ws) == before
    # a member leaving the khối before it joined: the last year is focused
    bid = blocs.save_bloc(ws, BlocInput("Khoi tong hop", BlocKind.KHOI, 2020))
    blocs.save_member(ws, bid, BlocMemberInput(office["unit"]))
    member = blocs.year_view(ws, bid, YEAR).members[0]
    dialog = shown(qtbot, MemberDialog(ws, member))
    before = stored(ws)
    retype(qtbot, dialog.from_year, "2022")
    retype(qtbot, dialog.to_year, "2021")
    press(qtbot, dialog, Ok)
    assert dialog.isVisible() and dialog.error_text("to_year")
    assert dialog.focusWidget() is dialog.to_year
    assert stored(ws) == before


def test_move_form_focuses_the_day_before_the_current_name(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    other = units.save(ws, UnitInput("Phòng Tổng hợp", code="TH"))
    unit_names.rename(ws, office["unit"], "Phòng Kế hoạch Tài chính", date(2025, 7, 1))
    dialog = shown(qtbot, MoveUnitDialog(ws, office["unit"]))
    before = stored(ws)
    dialog.target.set_unit_id(other)
    dialog.moved_on.setDate(QDate(2025, 3, 1))  # before the current name began
    press(qtbot, dialog, Ok)
    assert dialog.isVisible() and dialog.error_text("effective")
    assert dialog.focusWidget() is dialog.moved_on
    assert stored(ws) == before
