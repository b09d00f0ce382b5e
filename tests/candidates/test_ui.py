"""The award grounds tab of a movement and the candidates offered to a movement batch, with
real widgets over a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.awards import CommendationType
from desktop.domain.candidates import CandidateRule, RuleKind
from desktop.domain.participation import ContributionKind
from desktop.domain.proposals import BatchInput
from desktop.services import candidates, proposals
from desktop.services.session import Workspace
from desktop.ui.dialogs.candidate_rule_dialog import CandidateRuleDialog
from desktop.ui.dialogs.movement_candidates import NAME, REASON, CandidatesDialog
from desktop.ui.dialogs.proposal_dialogs import BatchDialog
from desktop.ui.pages.grounds_tab import GroundsTab
from desktop.ui.pages.movements import MovementsPage
from desktop.ui.pages.proposal_batches import BatchesTab
from tests.candidates.data import Scored, scored_office

GROUP = "Cá nhân công chức, viên chức, người lao động"


@pytest.fixture
def scored(ws: Workspace) -> Scored:
    return scored_office(ws)


def _grounds(qtbot, ws: Workspace) -> tuple[MovementsPage, GroundsTab]:  # type: ignore[no-untyped-def]
    page = MovementsPage(ws)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = next(t for t, _ in page.extra_tabs if isinstance(t, GroundsTab))
    page.tabs.setCurrentWidget(tab)
    assert tab.year_spin.value() == 2024  # opens on the last year scored, not this year
    return page, tab


def test_rules_are_set_with_the_keyboard_and_bad_input_is_explained(
    qtbot, ws: Workspace, scored: Scored, gui_writes_strict: None
) -> None:  # type: ignore[no-untyped-def]
    _page, tab = _grounds(qtbot, ws)
    assert tab.rules.rowCount() == 0 and tab.table.rowCount() == 0
    assert tab.count_label.text() == "No rules yet: add one above."
    seen: list[str] = []

    def fill_percent(dialog: QDialog) -> bool:
        assert isinstance(dialog, CandidateRuleDialog)
        qtbot.addWidget(dialog)
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RuleKind.TOP_PERCENT.value))
        assert dialog.percent_edit.isVisibleTo(dialog) and not dialog.minimum_edit.isVisibleTo(
            dialog
        )
        qtbot.keyClicks(dialog.percent_edit, "ten")
        assert not dialog.save()
        seen.append(dialog.error_text("top_percent"))
        assert dialog.percent_edit.hasFocus() or not dialog.isVisible()
        dialog.percent_edit.setText("150")
        assert not dialog.save()
        seen.append(dialog.error_text("top_percent"))
        assert candidates.rule_sheet(ws, scored.office.movement).rules == ()  # nothing written
        dialog.percent_edit.clear()
        qtbot.keyClicks(dialog.percent_edit, "25")
        dialog.award_box.setCurrentIndex(dialog.award_box.findData("CSTDCS"))
        return dialog.save()

    tab.run_dialog = fill_percent
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "The percentage is not a number.",
        "The percentage must be more than 0 and at most 100.",
    ]
    assert tab.rules.item(0, 0).text() == "The first 25 % of each group by total score (rounded up)"
    assert tab.rules.item(0, 1).text() == "Chiến sĩ thi đua cơ sở"
    # 25 % of four scored people is one place: An (92,5); of two units one place: finance
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [
        "Nguyễn Văn An",
        "Phòng Tài chính doanh nghiệp",
    ]
    assert tab.table.item(0, 2).text() == f"Score 92,5 — rank 1/4 in {GROUP}"

    def fill_money(dialog: QDialog) -> bool:
        assert isinstance(dialog, CandidateRuleDialog)
        qtbot.addWidget(dialog)
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RuleKind.CONTRIBUTION.value))
        dialog.measure_box.setCurrentIndex(dialog.measure_box.findData("tien"))
        qtbot.keyClicks(dialog.minimum_edit, "50.000.000")
        return dialog.save()

    tab.run_dialog = fill_money
    tab.add_button.setFocus()
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    assert tab.rules.rowCount() == 2
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "Trần Thị Bình" in names
    binh = names.index("Trần Thị Bình")
    assert tab.table.item(binh, 2).text() == "Contribution 50.000.000 đồng"

    # Enter on a rule edits it; Delete removes it after asking.
    def to_top_two(dialog: QDialog) -> bool:
        assert isinstance(dialog, CandidateRuleDialog)
        qtbot.addWidget(dialog)
        assert dialog.percent_edit.text() == "25"
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RuleKind.TOP_N.value))
        dialog.group_box.setCurrentIndex(dialog.group_box.findText(GROUP))
        dialog.top_n_spin.setValue(2)
        return dialog.save()

    tab.run_dialog = to_top_two
    tab.rules.setFocus()
    tab.rules.selectRow(0)
    qtbot.keyClick(tab.rules, Qt.Key.Key_Return)
    assert tab.rules.item(0, 0).text() == f"The first 2 of the group {GROUP} by total score"
    reasons = {
        tab.table.item(r, 0).text(): tab.table.item(r, 2).text()
        for r in range(tab.table.rowCount())
    }
    assert reasons["Lê Văn Cường"] == f"Score 80 — rank 2/4 (tied) in {GROUP}"
    tab.confirm = lambda _t, _q: True
    tab.rules.selectRow(1)
    qtbot.keyClick(tab.rules, Qt.Key.Key_Delete)
    assert tab.rules.rowCount() == 1
    assert [r.kind for r in candidates.rule_sheet(ws, scored.office.movement).rules] == [
        RuleKind.TOP_N
    ]


def test_the_tab_exports_the_candidates(
    qtbot, ws: Workspace, scored: Scored, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    candidates.save_rule(
        ws, CandidateRule(scored.office.movement, RuleKind.TOP_N, top_n=1, award="CSTDCS")
    )
    _page, tab = _grounds(qtbot, ws)
    out = tmp_path / "ds.xlsx"
    tab.ask_path = lambda _name: str(out)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[5:]] == [
        "Nguyễn Văn An",
        "Phòng Tài chính doanh nghiệp",
    ]


def _rules(ws: Workspace, scored: Scored) -> None:
    mid = scored.office.movement
    candidates.save_rule(
        ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 50_000_000)
    )
    candidates.save_rule(
        ws, CandidateRule(mid, RuleKind.TOP_N, group_id=scored.staff_group, top_n=2, award="CSTDCS")
    )
    candidates.save_rule(ws, CandidateRule(mid, RuleKind.CONTRIBUTION, ContributionKind.LAND, 100))


def test_new_movement_batch_offers_the_candidates_and_adds_the_ticked(
    qtbot, ws: Workspace, scored: Scored
) -> None:  # type: ignore[no-untyped-def]
    _rules(ws, scored)
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    offered: list[list[tuple[str, str]]] = []

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        if isinstance(dialog, BatchDialog):
            dialog.kind_box.setCurrentIndex(
                dialog.kind_box.findData(CommendationType.MOVEMENT.value)
            )
            dialog.year_box.setValue(2024)
            dialog.movement_box.setCurrentIndex(
                dialog.movement_box.findData(scored.office.movement)
            )
            dialog.title_edit.setText("Khen thưởng phong trào NTM năm 2024")
            return dialog.save()
        assert isinstance(dialog, CandidatesDialog)
        table = dialog.table
        offered.append(
            [
                (table.item(r, NAME).text(), table.item(r, REASON).text())
                for r in range(table.rowCount())
            ]
        )
        dialog.set_all(False)
        assert not dialog.save()  # nothing ticked: said so, nothing written
        assert dialog.error_label.text() == "Tick at least one candidate."
        for r in range(table.rowCount()):
            if table.item(r, NAME).text() in ("Nguyễn Văn An", "Hộ ông Thạch Sơn"):
                table.item(r, NAME).setCheckState(Qt.CheckState.Checked)
        return dialog.save()

    tab.run_dialog = run
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert offered[0] == [
        ("Trần Thị Bình", f"Contribution 50.000.000 đồng; Score 80 — rank 2/4 (tied) in {GROUP}"),
        ("Nguyễn Văn An", f"Score 92,5 — rank 1/4 in {GROUP}"),
        ("Lê Văn Cường", f"Score 80 — rank 2/4 (tied) in {GROUP}"),
        ("Hộ ông Thạch Sơn", "Contribution land 250 m²"),
    ]
    assert tab.batch is not None and tab.batch.movement_id == scored.office.movement
    nominees = proposals.nominees(ws, tab.batch.id)
    assert [(n.name, n.data.award_code) for n in nominees] == [
        ("Nguyễn Văn An", "CSTDCS"),  # the rule's award
        ("Hộ ông Thạch Sơn", "GIAY_KHEN"),  # the default for collectives and households
    ]
    assert all(n.eligibility for n in nominees)  # checked for the award's conditions as usual
    assert tab.nominees_model.rowCount() == 2

    # The Candidates… button offers them again: those in the batch cannot be ticked.
    assert tab.candidates_button.isVisible() and tab.candidates_button.isEnabled()

    def again(dialog: QDialog) -> bool:
        assert isinstance(dialog, CandidatesDialog)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(r, NAME).text(): r for r in range(dialog.table.rowCount())}
        an = dialog.table.item(rows["Nguyễn Văn An"], NAME)
        assert not an.flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert an.toolTip() == "Already in the batch"
        assert [c.participant.name for c in dialog.ticked()] == ["Trần Thị Bình", "Lê Văn Cường"]
        return dialog.save()

    tab.run_dialog = again
    qtbot.mouseClick(tab.candidates_button, Qt.MouseButton.LeftButton)
    assert len(proposals.nominees(ws, tab.batch.id)) == 4


def test_batches_without_a_movement_show_no_candidates_button(
    qtbot, ws: Workspace, scored: Scored
) -> None:  # type: ignore[no-untyped-def]
    _rules(ws, scored)
    proposals.create_batch(ws, BatchInput("Khen thưởng năm 2024", CommendationType.MERIT, 2024))
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.batch is not None and not tab.candidates_button.isVisible()
    assert not tab.offer_candidates()


def test_eligibility_view_names_the_movement_candidacy_and_offers_it_with_the_batch(
    qtbot, ws: Workspace, scored: Scored
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    from desktop.ui.pages.proposals import ProposalsPage

    _rules(ws, scored)
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    tab = page.eligibility
    tab.year_box.setValue(2024)
    page.show()
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.done, timeout=10_000)
    evaluated = tab.evaluate()
    qtbot.waitUntil(lambda: evaluated.done, timeout=10_000)
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    an = next(r for r, row in enumerate(rows) if row.name == "Nguyễn Văn An")
    dung = next(r for r, row in enumerate(rows) if row.name == "Phạm Thị Dung")
    sel = tab.table.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    sel.setCurrentIndex(tab.model.index(an, 0), flags)
    movement = "Sóc Trăng chung sức xây dựng nông thôn mới"
    assert (
        f"★ Candidate of “{movement}”: Score 92,5 — rank 1/4 in {GROUP}"
        in tab.reasons.toPlainText()
    )
    sel.setCurrentIndex(tab.model.index(dung, 0), flags)  # 70 points, 4th: no candidacy
    assert "★" not in tab.reasons.toPlainText()

    offered: list[int] = []
    tab.offer_candidates = offered.append
    sel.setCurrentIndex(tab.model.index(an, 0), flags)
    made = proposals.create_batch(  # by the test, before the page's path (no GUI-thread write)
        ws,
        BatchInput(
            "Khen thưởng phong trào",
            CommendationType.MOVEMENT,
            tab.year_box.value(),
            scored.office.movement,
        ),
    )
    tab.ask_new_batch = lambda year: made
    batch = tab.create_batch()
    assert batch is not None and offered == [batch]
    dialog = CandidatesDialog(ws, batch)
    qtbot.addWidget(dialog)
    rows_offered = {dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())}
    assert "Trần Thị Bình" in rows_offered
    an_row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, NAME).text() == "Nguyễn Văn An"
    )
    assert dialog.table.item(an_row, NAME).toolTip() == "Already in the batch"


def test_the_offer_adds_on_the_database_worker(
    qtbot, ws: Workspace, scored: Scored, gui_writes_strict: None
) -> None:  # type: ignore[no-untyped-def]
    _rules(ws, scored)
    batch = proposals.create_batch(
        ws,
        BatchInput(
            "Khen thưởng phong trào", CommendationType.MOVEMENT, 2024, scored.office.movement
        ),
    )
    dialog = CandidatesDialog(ws, batch)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.ticked()) == 4  # every proposable candidate is ticked at first
    dialog.accept()  # the strict guard: a write on the GUI thread would raise here
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(proposals.nominees(ws, batch)) == 4
