"""The batch tab and the council with real widgets over a real database: the collapsed head with
at least 12 nominees visible at 1366×700, the split by who decides, "All agree" and the per-row
flag, Enter to the next vote, a failed vote into the minutes' data, the confirmations, the
council roster, and a new batch's defaults."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.awards import CommendationType
from desktop.domain.council import Attendance, MemberInput, Role
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, BatchState, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import council, dossier, office, people, proposals, ratings, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.council_dialogs import MeetingDialog
from desktop.ui.dialogs.council_roster import CouncilRosterDialog
from desktop.ui.dialogs.proposal_dialogs import BatchDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.proposal_tables import N_OUTCOME, N_ROUTE, N_VOTES
from desktop.ui.pages.proposal_batches import BatchesTab
from desktop.ui.preferences import Preferences

YEAR = 2025
SCREEN = QSize(1366, 700)
RED = "#b3261e"


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    from desktop.ui.tasks import worker_pool

    worker_pool().waitForDone(60_000)
    QApplication.processEvents()


def _people(ws: Workspace, n: int) -> list[int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = []
    for i in range(n):
        pid = people.save(ws, PersonInput(f"Nguyễn Văn Thứ {i + 1:02d}", unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, YEAR, Rating.EXCELLENT))
        ids.append(pid)
    return ids


def _batch(ws: Workspace, awards: list[str], persons: list[int]) -> tuple[int, list[int]]:
    batch = proposals.create_batch(
        ws, BatchInput(f"Khen thưởng tổng kết năm {YEAR}", CommendationType.MERIT, YEAR)
    )
    noms = [
        proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, a, person_id=p))
        for a, p in zip(awards, persons, strict=True)
    ]
    return batch, noms


def _roster(ws: Workspace) -> None:
    for name, role in [
        ("Trần Văn Hùng", Role.CHAIR),
        ("Lê Thị Mai", Role.VICE_CHAIR),
        ("Phạm Văn Nam", Role.MEMBER),
        ("Đỗ Thị Hoa", Role.MEMBER),
        ("Võ Văn Tâm", Role.MEMBER),
        ("Bùi Thị Thu", Role.SECRETARY),
    ]:
        council.save_member(ws, MemberInput(name, role, term_from=date(2021, 1, 1)))
    council.save_member(  # term over before the meeting: not listed
        ws, MemberInput("Hồ Văn Cũ", Role.MEMBER, term_to=date(2020, 12, 31))
    )


def _tab(qtbot, ws: Workspace, batch: int) -> BatchesTab:  # type: ignore[no-untyped-def]
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.report_error = lambda exc: pytest.fail(f"unexpected error box: {exc}")
    tab.resize(1300, 680)
    tab.show()
    tab.refresh(select=batch)
    return tab


def test_collapsed_head_shows_12_nominees_at_1366x700(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    persons = _people(ws, 28)
    batch, _ = _batch(ws, ["LDTT"] * 28, persons)
    win = MainWindow(ws, Preferences())
    qtbot.addWidget(win)
    win.resize(SCREEN)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_page("proposals")
    assert page is not None
    tabs = page.batches
    tabs.confirm = lambda _t, _q: True
    page.tabs.setCurrentWidget(tabs)
    tabs.refresh(select=batch)
    QApplication.processEvents()
    assert win.height() <= SCREEN.height() and win.minimumSizeHint().height() <= SCREEN.height()
    table = tabs.nominee_table
    rows = table.viewport().height() // table.rowHeight(0)
    assert rows >= 12, f"only {rows} nominee rows visible"
    # the head is one summary line; Edit… opens it, with the fields filled
    assert not tabs.head.form_box.isVisible()
    assert f"Khen thưởng tổng kết năm {YEAR}" in tabs.head.summary.text()
    tabs.head.toggle.click()
    assert tabs.head.form_box.isVisible() and tabs.head.title_edit.text().endswith(str(YEAR))
    tabs.head.toggle.click()
    assert not tabs.head.form_box.isVisible()
    # closed again: the room goes back to the list (once the layouts have settled)
    qtbot.waitUntil(lambda: table.viewport().height() // table.rowHeight(0) >= 12)
    win.grab().save("/work/wt/shots/council-batch-page-1366x700.png")


def test_split_by_who_decides_is_shown(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    persons = _people(ws, 4)
    batch, noms = _batch(ws, ["LDTT", "CSTDCS", "BK_TINH", "BK_TTG"], persons)
    tab = _tab(qtbot, ws, batch)
    text = tab.split_label.text()
    assert "Decided by the head of the office (decision): 2" in text
    assert "Submission to Chủ tịch Ủy ban nhân dân tỉnh: 1" in text
    assert "split the batch" in text  # the Prime Minister's award mixes authorities
    model = tab.nominees_model
    routes = [model.index(r, N_ROUTE).data() for r in range(model.rowCount())]
    assert routes == [
        "Head of the office",
        "Head of the office",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Thủ tướng Chính phủ",
    ]
    # taking the Prime Minister's award out (asked first) leaves one authority
    asked: list[str] = []
    tab.confirm = lambda _t, q: asked.append(q) is None and False  # declined
    tab.nominee_table.selectRow(3)
    tab.remove_button.click()
    assert len(asked) == 1 and len(proposals.nominees(ws, batch)) == 4
    tab.confirm = lambda _t, q: True
    tab.nominee_table.selectRow(3)
    tab.remove_button.click()
    assert [n.id for n in proposals.nominees(ws, batch)] == noms[:3]
    assert "split the batch" not in tab.split_label.text()
    assert tab.split_label.styleSheet() == ""
    tab.grab().save("/work/wt/shots/council-batch-split-by-authority.png")


def test_all_agree_flags_and_enter(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    persons = _people(ws, 3)
    batch, noms = _batch(ws, ["CSTDCS", "CSTDCS", "LDTT"], persons)
    _roster(ws)
    dialog = MeetingDialog(ws, batch)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDateTime(
        dialog.start_edit.dateTime().fromString("10/12/2025 08:00", "dd/MM/yyyy HH:mm")
    )
    assert dialog.roster and dialog.attendance()[0].full_name == "Trần Văn Hùng"
    assert "Hồ Văn Cũ" not in [a.full_name for a in dialog.attendance()]
    assert dialog.total_box.value() == 6 and not dialog.total_box.isEnabled()
    # one member absent with a written opinion, one absent: 4 present + 1 written
    dialog.set_attendance(2, Attendance.WRITTEN)
    dialog.set_attendance(3, Attendance.ABSENT)
    assert (dialog.present_box.value(), dialog.absent_box.value()) == (4, 1)
    dialog.all_agree()
    assert [b.value() for b in dialog._vote_boxes] == [5, 5, 5]
    assert dialog.flagged_rows() == []  # 5/6 = 83 % ≥ 80 %
    # a vote below the threshold is flagged on its row at once
    dialog._vote_boxes[1].setValue(4)  # 4/6 = 66.7 % < 80 %
    assert dialog.flagged_rows() == [1]
    assert dialog.votes.item(1, 3).foreground().color().name() == RED
    assert "Not passed" in dialog.votes.item(1, 3).text()
    assert dialog.votes.item(0, 3).text() == "Passed"
    # Enter moves to the next vote
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog._vote_boxes[0].setFocus()
    qtbot.keyClick(dialog._vote_boxes[0], Qt.Key.Key_Return)
    assert dialog._vote_boxes[1].hasFocus()
    qtbot.keyClick(dialog._vote_boxes[1], Qt.Key.Key_Enter)
    assert dialog._vote_boxes[2].hasFocus()
    assert dialog.isVisible()  # Enter did not close the dialog
    dialog.grab().save("/work/wt/shots/council-meeting-dialog.png")
    assert dialog.save()
    b = proposals.get_batch(ws, batch)
    assert (b.members_total, b.members_present, b.members_absent_written) == (6, 4, 1)
    assert b.meeting_chair == "Trần Văn Hùng" and b.meeting_secretary == "Bùi Thị Thu"
    assert {n.id: n.outcome for n in proposals.nominees(ws, batch)} == {
        noms[0]: "",
        noms[1]: "khong_dat",
        noms[2]: "",
    }


def test_a_failed_vote_is_in_the_minutes_not_in_the_proposal(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    office.save(ws, OfficeInfo(name="Sở Tài chính", symbol="STC"))
    persons = _people(ws, 3)
    batch, noms = _batch(ws, ["CSTDCS", "CSTDCS", "LDTT"], persons)
    _roster(ws)
    dialog = MeetingDialog(ws, batch)
    qtbot.addWidget(dialog)
    dialog.set_attendance(4, Attendance.WRITTEN)
    dialog.all_agree()
    dialog.set_votes({noms[1]: 3})  # 3/6 = 50 %
    assert dialog.save()
    tab = _tab(qtbot, ws, batch)
    model = tab.nominees_model
    assert model.index(1, N_OUTCOME).data() == "Not passed by the council"
    assert model.data(model.index(1, N_VOTES), Qt.ItemDataRole.ForegroundRole).name() == RED
    assert tab.submit_button.isEnabled() and proposals.problems(ws, batch) == []
    # the minutes name who attended and keep the failed nominee with "không đạt"
    data = dossier.build(ws, batch)
    c = data.council
    assert c is not None
    assert [m.name for m in c.attendees] == [
        "Trần Văn Hùng", "Lê Thị Mai", "Phạm Văn Nam", "Đỗ Thị Hoa", "Bùi Thị Thu",
    ]  # fmt: skip
    assert [m.name for m in c.absent_with_opinion] == ["Võ Văn Tâm"]
    assert c.chair.name == "Trần Văn Hùng" and c.chair.position == "Chủ tịch Hội đồng"
    assert c.secretary.name == "Bùi Thị Thu"
    assert [v.votes_for for v in c.votes] == [6, 3, 6]
    assert "Nguyễn Văn Thứ 02" in c.conclusion[0] and "không đạt" in c.conclusion[0]
    assert [n.name for n in data.nominees] == ["Nguyễn Văn Thứ 01", "Nguyễn Văn Thứ 03"]
    # submit asks first; declining keeps the batch as it is
    tab.confirm = lambda _t, _q: False
    assert tab.submit(date(YEAR, 12, 12)) is None
    assert proposals.get_batch(ws, batch).state is BatchState.MET
    tab.confirm = lambda _t, q: "2" in q
    assert tab.submit(date(YEAR, 12, 12)) is not None
    assert proposals.get_batch(ws, batch).state is BatchState.SUBMITTED


def test_meeting_dialog_flags_the_quorum_and_refuses_votes_over_present(
    qtbot, ws: Workspace
) -> None:  # type: ignore[no-untyped-def]
    persons = _people(ws, 1)
    batch, noms = _batch(ws, ["LDTT"], persons)
    dialog = MeetingDialog(ws, batch)  # no roster: counts typed
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.roster
    dialog.chair_edit.setText("Giám đốc Sở")
    dialog.secretary_edit.setText("Chánh Văn phòng")
    dialog.total_box.setValue(9)
    dialog.present_box.setValue(5)
    dialog.absent_box.setValue(0)
    assert dialog.quorum_label.isVisible() and "2/3" in dialog.quorum_label.text()
    dialog.set_votes({noms[0]: 5})
    assert not dialog.save() and "2/3" in dialog.error_text("members_total")
    dialog.present_box.setValue(7)
    assert not dialog.quorum_label.isVisible()
    dialog.set_votes({noms[0]: 8})
    assert dialog.flagged_rows() == [0]
    assert not dialog.save() and "7 + 0 = 7" in dialog.error_label.text()
    dialog.set_votes({noms[0]: 7})
    assert dialog.save()


def test_roster_editor(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = CouncilRosterDialog(ws)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  Trần Văn   Hùng ")
    dialog.position_edit.setText("Giám đốc Sở")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(Role.CHAIR.value))
    dialog.from_edit.set_value(date(2021, 1, 1))
    assert dialog.add_member()
    dialog.name_edit.setText("Bùi Thị Thu")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(Role.SECRETARY.value))
    dialog.from_edit.set_value(date(2024, 6, 30))
    dialog.to_edit.set_value(date(2021, 1, 1))  # ends before it starts
    assert not dialog.add_member() and dialog.error_text("term_to")
    dialog.to_edit.set_value(None)
    assert dialog.add_member()
    dialog.name_edit.setText("")
    assert not dialog.add_member()
    assert dialog.member_names() == ["Trần Văn Hùng", "Bùi Thị Thu"]
    # pick, change and save a member
    dialog.table.setCurrentCell(1, 0)
    assert dialog.name_edit.text() == "Bùi Thị Thu"
    dialog.position_edit.setText("Chánh Văn phòng")
    assert dialog.save_member()
    stored = council.members(ws)
    assert [(m.data.full_name, m.data.role, m.data.position) for m in stored] == [
        ("Trần Văn Hùng", Role.CHAIR, "Giám đốc Sở"),
        ("Bùi Thị Thu", Role.SECRETARY, "Chánh Văn phòng"),
    ]
    assert [m.data.full_name for m in council.members(ws, date(2022, 1, 1))] == ["Trần Văn Hùng"]
    # the quorum and the kind of office
    dialog.quorum_edit.setText("3/2")
    assert not dialog.save() and dialog.error_text("quorum")
    dialog.quorum_edit.setText("80%")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("xa"))
    assert dialog.save()
    assert council.quorum(ws).text() == "80%" and council.office_kind(ws) == "xa"
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_member()
    assert dialog.member_names() == ["Bùi Thị Thu"]
    dialog.grab().save("/work/wt/shots/council-roster-dialog.png")


def test_new_batch_takes_the_last_signer_and_a_fresh_title(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    office.save(
        ws, OfficeInfo(name="Sở Tài chính", signer_name="Ngô Văn Ký", signer_title="Giám đốc")
    )
    first = BatchDialog(ws, year=YEAR)
    qtbot.addWidget(first)
    assert first.signer_name_edit.text() == "Ngô Văn Ký" and first.addressee_edit.text() == ""
    title = first.title_edit.text()
    first.addressee_edit.setText("Chủ tịch Ủy ban nhân dân tỉnh")
    first.signer_name_edit.setText("Lý Thị Phó")
    first.signer_title_edit.setText("Phó Giám đốc")
    assert first.save()
    second = BatchDialog(ws, year=YEAR)
    qtbot.addWidget(second)
    assert second.title_edit.text() == f"{title} (2)"
    assert second.addressee_edit.text() == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert (second.signer_title_edit.text(), second.signer_name_edit.text()) == (
        "Phó Giám đốc",
        "Lý Thị Phó",
    )
    assert second.save()
    b = proposals.get_batch(ws, second.batch_id or 0)
    assert b.title == f"{title} (2)" and b.signer_name == "Lý Thị Phó"
    second_year = BatchDialog(ws, year=YEAR)
    qtbot.addWidget(second_year)
    assert second_year.title_edit.text() == f"{title} (3)"
    second_year.year_box.setValue(YEAR - 1)
    assert second_year.title_edit.text().endswith(str(YEAR - 1))
