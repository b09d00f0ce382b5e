"""The award proposals page with real widgets over a real database: eligibility with reasons,
a batch from selected rows, the council meeting, submission refused then accepted, the decision,
and the award catalog with the provincial profile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.awards import CommendationType
from desktop.domain.errors import ConflictError
from desktop.domain.initiatives import AuthorShare, InitiativeInput, RecognitionStatus, Scope
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, BatchState, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.services import catalog, initiatives, people, proposals, ratings, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.council_dialogs import DecisionDialog, MeetingDialog
from desktop.ui.dialogs.proposal_dialogs import (
    BatchDialog,
    NomineeDialog,
    NomineeTextDialog,
    ProblemsDialog,
)
from desktop.ui.models.proposal_tables import (
    E_AWARD,
    E_NAME,
    E_RESULT,
    N_ELIGIBILITY,
    N_OUTCOME,
    N_VOTES,
    BatchesModel,
    EligibilityModel,
    NomineesModel,
)
from desktop.ui.pages.proposals import ProposalsPage

YEAR = 2025


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = {"unit": unit}
    for key, name, rating in [
        ("huong", "Nguyễn Thị Hương", Rating.EXCELLENT),
        ("dung", "Đặng Văn Dũng", Rating.GOOD),
        ("lan", "Lê Thị Lan", Rating.GOOD),
        ("binh", "Trần Văn Bình", Rating.DONE),
    ]:
        pid = people.save(ws, PersonInput(name, unit))
        ids[key] = pid
        ratings.set_person_rating(ws, PersonRatingInput(pid, YEAR, rating))
    ratings.set_unit_rating(ws, UnitRatingInput(unit, YEAR, Rating.GOOD))
    ids["init"] = initiatives.save(
        ws,
        InitiativeInput(
            "Số hóa hồ sơ thi đua",
            YEAR,
            authors=(AuthorShare(ids["dung"]),),
            unit_id=unit,
            status=RecognitionStatus.RECOGNISED,
            recognising_body="Sở Tài chính",
            decision_number="12/QĐ-STC",
            decision_date=date(YEAR, 10, 1),
            scope=Scope.BASE,
        ),
    )
    return ids


def make_page(qtbot, ws: Workspace) -> ProposalsPage:  # type: ignore[no-untyped-def]
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    page.batches.confirm = lambda _title, _question: True  # Submit / Remove ask first
    page.resize(1300, 800)
    page.eligibility.year_box.setValue(YEAR)
    page.show()
    tab = page.eligibility
    assert tab.task is not None  # shown → checked in the background at once
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.done, timeout=10_000)
    evaluated = tab.evaluate()  # the chosen year
    qtbot.waitUntil(lambda: evaluated.done, timeout=10_000)
    return page


def shown(model: EligibilityModel) -> list[tuple[str, str, str]]:
    return [
        (
            model.index(r, E_NAME).data(),
            model.row_at(r).award,
            model.index(r, E_RESULT).data(),
        )
        for r in range(model.rowCount())
    ]


def select_rows(page: ProposalsPage, wanted: set[tuple[str, str]]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    tab = page.eligibility
    sel = tab.table.selectionModel()
    sel.clearSelection()
    for r in range(tab.model.rowCount()):
        row = tab.model.row_at(r)
        if (row.name, row.award) in wanted:
            sel.select(
                tab.model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            sel.setCurrentIndex(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.NoUpdate)


# --- eligibility ----------------------------------------------------------------------------


def test_eligibility_rows_filters_and_reasons(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ws)
    tab = page.eligibility
    model = tab.model
    assert model.total() == 4 * 5 + 1 * 2  # 4 people × 5 person titles, 1 unit × 2 unit titles
    assert "22" in tab.count_label.text()
    tab.award_filter.setCurrentIndex(tab.award_filter.findData("CSTDCS"))
    rows = {name: result for name, _a, result in shown(model)}
    assert rows == {
        "Nguyễn Thị Hương": "Eligible",
        "Đặng Văn Dũng": "Eligible",
        "Lê Thị Lan": "Not eligible",
        "Trần Văn Bình": "Not eligible",
    }
    assert model.index(0, E_AWARD).data() == "Chiến sĩ thi đua cơ sở"
    tab.result_filter.setCurrentIndex(tab.result_filter.findData("eligible"))
    assert {n for n, _a, _r in shown(model)} == {"Nguyễn Thị Hương", "Đặng Văn Dũng"}
    tab.result_filter.setCurrentIndex(0)
    tab.name_filter.setText("le thi lan")  # no accents, word starts
    assert [n for n, _a, _r in shown(model)] == ["Lê Thị Lan"]
    tab.table.selectRow(0)
    text = tab.reasons.toPlainText()
    assert "Lê Thị Lan" in text and "Missing: 2025: neither excellently" in text  # UI language
    assert model.index(0, E_RESULT).data(Qt.ItemDataRole.ToolTipRole).startswith("Missing:")
    tab.name_filter.setText("")
    tab.award_filter.setCurrentIndex(0)
    tab.table.sortByColumn(E_NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, E_NAME).data() for r in range(model.rowCount())]
    assert names[0] == "Trần Văn Bình" and names[-1] == "Lê Thị Lan"  # by given name
    assert model.rowCount() == 22


def test_create_a_batch_from_selected_rows(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ws)
    tab = page.eligibility
    select_rows(page, {("Nguyễn Thị Hương", "CSTDCS"), ("Đặng Văn Dũng", "CSTDCS")})
    assert len(tab.selected_rows()) == 2

    def ask(year: int) -> int | None:
        dialog = BatchDialog(ws, page, year=year)
        qtbot.addWidget(dialog)
        assert dialog.year_box.value() == YEAR
        dialog.title_edit.setText("Khen thưởng tổng kết năm 2025")
        assert dialog.save()
        return dialog.batch_id

    tab.ask_new_batch = ask
    batch_id = tab.create_batch()
    assert batch_id is not None
    noms = proposals.nominees(ws, batch_id)
    assert {(n.name, n.data.award_code, n.eligibility) for n in noms} == {
        ("Nguyễn Thị Hương", "CSTDCS", "eligible"),
        ("Đặng Văn Dũng", "CSTDCS", "eligible"),
    }
    dung = next(n for n in noms if n.name == "Đặng Văn Dũng")
    assert dung.data.initiative_ids == (office["init"],)
    # the page shows the new batch
    assert page.tabs.currentWidget() is page.batches
    assert page.batches.batch is not None and page.batches.batch.id == batch_id
    assert page.batches.nominees_model.rowCount() == 2


def test_batch_dialog_shows_a_missing_title_inline(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    dialog = BatchDialog(ws)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    assert not dialog.save()
    assert dialog.error_text("title")
    assert proposals.list_batches(ws) == []


# --- batches ---------------------------------------------------------------------------------


def _draft(ws: Workspace, office: dict[str, int]) -> int:
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, YEAR)
    )
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=office["huong"])
    )
    proposals.add_nominee(
        ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=office["dung"])
    )
    return batch


def test_meeting_submit_refused_then_accepted_and_decision(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    tab = page.batches
    problems_shown: list[list[str]] = []
    tab.show_problems = problems_shown.append
    tab.report_error = lambda exc: pytest.fail(f"unexpected error box: {exc}")
    tab.refresh(select=batch_id)
    assert tab.batch is not None and tab.batch.state is BatchState.DRAFT
    assert tab.meeting_button.isEnabled() and not tab.submit_button.isEnabled()
    assert tab.quota_button.isHidden()  # only for a movement batch
    noms = tab.nominees_model.nominees()
    huong, dung = sorted(noms, key=lambda n: n.name != "Nguyễn Thị Hương")

    # the meeting: 10 members, Dũng gets 7 votes (70 % < 80 %)
    dialog = MeetingDialog(ws, batch_id, tab)
    qtbot.addWidget(dialog)
    dialog.place_edit.setText("Phòng họp Sở")
    dialog.chair_edit.setText("Giám đốc Sở")
    dialog.secretary_edit.setText("Chánh Văn phòng")
    dialog.total_box.setValue(10)
    dialog.present_box.setValue(9)
    dialog.absent_box.setValue(1)
    dialog.set_votes({huong.id: 9, dung.id: 7})
    tab.run_dialog = lambda d: dialog.save()
    tab.meeting_button.click()
    assert tab.batch.state is BatchState.MET  # type: ignore[comparison-overlap]
    votes = {
        tab.nominees_model.nominee(r).name: tab.nominees_model.index(r, N_VOTES).data()
        for r in range(tab.nominees_model.rowCount())
    }
    assert votes == {"Nguyễn Thị Hương": 9, "Đặng Văn Dũng": 7}
    assert tab.submit_button.isEnabled() and not tab.meeting_button.isEnabled()

    # Dũng fell short: "không đạt", out of the proposal without a detour
    outcomes = {n.name: n.outcome for n in tab.nominees_model.nominees()}
    assert outcomes == {"Nguyễn Thị Hương": "", "Đặng Văn Dũng": "khong_dat"}
    box = ProblemsDialog(["Đặng Văn Dũng: 7/10"])
    qtbot.addWidget(box)
    assert box.problems() == ["Đặng Văn Dũng: 7/10"]
    assert tab.batch.state is BatchState.MET

    # return for changes (asks the reason), meet again with enough votes, submit
    tab.ask_text = lambda _title, _label: "Bổ sung phiếu bầu"
    tab.return_button.click()
    assert tab.batch.state is BatchState.DRAFT
    again = MeetingDialog(ws, batch_id, tab)
    qtbot.addWidget(again)
    assert again.total_box.value() == 10 and again.chair_edit.text() == "Giám đốc Sở"
    again.set_votes({dung.id: 8})
    assert again.save()
    tab.refresh()
    number = tab.submit(date(YEAR, 12, 12))
    assert number is not None and number.startswith(
        "01/TTr"
    )  # no office symbol: never a made-up "CQ"
    assert tab.batch.state is BatchState.SUBMITTED
    assert number in tab.head.state_label.text()
    assert tab.decision_button.isEnabled()

    # the decision: Hương not granted
    decision = DecisionDialog(ws, batch_id, tab)
    qtbot.addWidget(decision)
    decision.number_edit.setText("150/QĐ-STC")
    decision.issuer_edit.setText("Sở Tài chính")
    decision.set_refused({huong.id})
    assert decision.refused() == frozenset({huong.id})
    tab.run_dialog = lambda d: decision.save()
    tab.decision_button.click()
    assert decision.granted == 1
    assert tab.batch.state is BatchState.DECIDED
    outcomes = {
        tab.nominees_model.nominee(r).name: tab.nominees_model.index(r, N_OUTCOME).data()
        for r in range(tab.nominees_model.rowCount())
    }
    assert outcomes == {"Nguyễn Thị Hương": "Not granted", "Đặng Văn Dũng": "Granted"}
    log = tab.log.toPlainText().splitlines()
    assert len(log) == 5 and "Bổ sung phiếu bầu" in log[1] and "150/QĐ-STC" in log[-1]
    assert not tab.add_nominee_button.isEnabled() and not tab.delete_button.isEnabled()


def test_decision_needs_a_number_shown_inline(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    dialog = DecisionDialog(ws, batch_id)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert dialog.error_text("number") == "This field is required."
    assert dialog.focusWidget() is dialog.number_edit
    dialog.number_edit.setText("150/QĐ-STC")
    dialog.issuer_edit.setText("Sở Tài chính")
    assert not dialog.save()  # a draft has no decision yet
    assert dialog.error_label.text() == "A batch cannot go from “Draft” to “Decided”."


def test_add_edit_remove_nominees_and_the_head(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    tab = page.batches
    tab.report_error = lambda exc: pytest.fail(f"unexpected error box: {exc}")
    tab.refresh(select=batch_id)

    # a person found by name without accents, for LĐTT
    add = NomineeDialog(ws, batch_id, catalog.load(ws), tab)
    qtbot.addWidget(add)
    add.person_search.setText("tran van binh")
    assert add.person_list.count() == 1
    add.award_box.setCurrentIndex(add.award_box.findData("LDTT"))
    # the unit, for TTLĐTT
    tab.run_dialog = lambda d: add.save()
    tab.add_nominee_button.click()
    unit_add = NomineeDialog(ws, batch_id, catalog.load(ws), tab)
    qtbot.addWidget(unit_add)
    unit_add.subject_box.setCurrentIndex(unit_add.subject_box.findData("unit"))
    assert unit_add.award_box.findData("TTLDTT") >= 0 and unit_add.award_box.findData("LDTT") < 0
    unit_add.unit_picker.set_unit_id(office["unit"])
    unit_add.award_box.setCurrentIndex(unit_add.award_box.findData("TTLDTT"))
    assert unit_add.save()
    tab.refresh()
    names = [n.name for n in tab.nominees_model.nominees()]
    assert names == ["Nguyễn Thị Hương", "Đặng Văn Dũng", "Trần Văn Bình", "Phòng Kế hoạch"]
    binh_row = 2
    assert tab.nominees_model.index(binh_row, N_ELIGIBILITY).data() == "Not eligible"
    tab.nominee_table.selectRow(binh_row)
    assert "Missing: 2025: rated Completed duties" in tab.reasons.toPlainText()

    # the drafted achievement text is editable, with an override reason
    binh = tab.current_nominee()
    assert binh is not None and binh.name == "Trần Văn Bình"
    text = NomineeTextDialog(ws, binh, tab)
    qtbot.addWidget(text)
    assert text.achievement_edit.toPlainText()  # drafted from the records
    text.achievement_edit.setPlainText("Năm 2025 hoàn thành nhiệm vụ.\nCó sáng kiến đột xuất.")
    text.override_edit.setText("Thành tích đột xuất")
    tab.run_dialog = lambda d: text.save()
    tab.text_button.click()
    stored = next(n for n in proposals.nominees(ws, batch_id) if n.name == "Trần Văn Bình")
    assert stored.data.achievement == "Năm 2025 hoàn thành nhiệm vụ.\nCó sáng kiến đột xuất."
    assert stored.data.override_reason == "Thành tích đột xuất"

    # remove it, then change the head
    tab.nominee_table.selectRow(binh_row)
    tab.remove_button.click()
    assert tab.nominees_model.rowCount() == 3
    tab.head.addressee_edit.setText("Hội đồng Thi đua - Khen thưởng tỉnh")
    tab.head.signer_title_edit.setText("Giám đốc")
    assert tab.save_head()
    assert proposals.get_batch(ws, batch_id).addressee == "Hội đồng Thi đua - Khen thưởng tỉnh"
    tab.recheck_button.click()
    assert tab.nominees_model.rowCount() == 3


def test_a_refused_action_reports_a_plain_error(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    tab = page.batches
    errors: list[BaseException] = []
    tab.report_error = errors.append
    tab.refresh(select=batch_id)
    tab.ask_text = lambda _t, _l: "   "  # a return needs a reason, and a draft cannot return
    tab.return_for_changes()
    assert len(errors) == 1 and isinstance(errors[0], ConflictError)
    tab.ask_text = lambda _t, _l: "DELETE"
    assert tab.delete_selected()  # asked: DELETE typed
    assert proposals.list_batches(ws) == []
    assert tab.batch is None and not tab.print_button.isEnabled()


def test_print_opens_the_preview_of_the_batch(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    tab = page.batches
    opened: list[int] = []
    tab.preview = opened.append
    tab.refresh(select=batch_id)
    tab.print_button.click()
    assert opened == [batch_id]


# --- the award catalog -----------------------------------------------------------------------


def cell(tab, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    item = tab.table.item(row, col)
    assert item is not None
    return str(item.text())


def test_catalog_and_provincial_profile(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ws)
    tab = page.catalog
    codes = [cell(tab, r, 0) for r in range(tab.table.rowCount())]
    assert codes[:3] == ["LDTT", "CSTDCS", "CSTD_TINH"] and "HCLD1" in codes
    row = codes.index("CSTDCS")
    assert cell(tab, row, 4) == "80 %"
    assert "152/2025" in cell(tab, row, 5)
    tab.profile_edit.setPlainText('[[award]]\ncode = "KHONG_CO"\n')
    assert not tab.save_profile()
    assert "KHONG_CO" in tab.message.text()
    tab.profile_edit.setPlainText("[[award]\n")
    assert not tab.save_profile()
    assert "not written correctly" in tab.message.text()
    tab.profile_edit.setPlainText('[[award]]\ncode = "CSTDCS"\nvote_threshold = 85\n')
    assert tab.save_profile()
    assert cell(tab, row, 4) == "85 %"
    assert catalog.load(ws).get("CSTDCS").vote_threshold == 85
    # the standards of an award, copied into the profile as a starting point
    tab.table.setCurrentCell(codes.index("CSTD_TINH"), 0)
    tab.copy_button.click()
    text = tab.profile_edit.toPlainText()
    assert text.startswith('[[award]]\ncode = "CSTDCS"') and 'code = "CSTD_TINH"' in text
    tab.profile_edit.setPlainText(text.replace("consecutive_cstdcs = 3", "consecutive_cstdcs = 2"))
    assert tab.save_profile()
    assert catalog.load(ws).get("CSTD_TINH").params["consecutive_cstdcs"] == 2


# --- models ------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    qtmodeltester.check(page.eligibility.model)
    page.eligibility.name_filter.setText("dung")
    qtmodeltester.check(page.eligibility.model)
    batches = BatchesModel()
    batches.set_rows(proposals.list_batches(ws))
    qtmodeltester.check(batches)
    nominees = NomineesModel()
    nominees.set_rows(proposals.nominees(ws, batch_id), {})
    qtmodeltester.check(nominees)
    assert EligibilityModel().rowCount() == 0


def test_issued_documents_are_listed_and_copied_exactly(qtbot, ws, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossier

    batch_id = _draft(ws, office)
    first = dossier.issue(ws, batch_id, tmp_path / "ho-so.pdf")
    page = make_page(qtbot, ws)
    tab = page.batches
    tab.refresh(select=batch_id)
    issued = tab.issued
    assert issued.count() == 1 and not issued.copy_button.isEnabled()
    item = issued.tree.topLevelItem(0)
    assert item is not None and item.text(3) == "ho-so.pdf"
    assert item.toolTip(4) == first.sha256
    issued.tree.setCurrentItem(item)
    issued.ask_path = lambda name: tmp_path / f"copy-{name}"
    copy = issued.save_copy()
    assert copy == tmp_path / "copy-ho-so.pdf"
    assert copy is not None and copy.read_bytes() == (tmp_path / "ho-so.pdf").read_bytes()
    errors: list[BaseException] = []
    issued.report_error = errors.append
    issued.ask_path = lambda name: tmp_path / "missing" / name
    assert issued.save_copy() is None and len(errors) == 1


def test_coming_back_to_the_page_shows_new_batches(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ws)
    page.page_shown()
    assert page.batches.batches_model.rowCount() == 0
    batch_id = _draft(ws, office)  # made elsewhere (e.g. the command line)
    page.tabs.setCurrentWidget(page.catalog)
    page.page_shown()
    assert page.batches.batch is not None and page.batches.batch.id == batch_id
    page.focus_search()
    assert page.tabs.currentWidget() is page.eligibility


def test_print_dossier_opens_the_real_preview_dialog(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog
    from tests.ui.office_data import when_modal

    batch_id = _draft(ws, office)
    page = make_page(qtbot, ws)
    tab = page.batches
    tab.refresh(select=batch_id)
    seen: list[int] = []

    def check(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, DossierPreviewDialog)
        qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
        seen.append(dialog.preview.page_count())

    when_modal(check)
    tab.print_button.click()  # exec() returns when the handler closes the dialog
    assert seen and seen[0] > 1


def test_add_everyone_eligible_for_an_award(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    batch_id = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, YEAR)
    )
    dialog = NomineeDialog(ws, batch_id, catalog.load(ws))
    qtbot.addWidget(dialog)
    dialog.award_box.setCurrentIndex(dialog.award_box.findData("LDTT"))
    dialog.all_eligible.setChecked(True)
    assert not dialog.subject_stack.isEnabled()
    assert dialog.save()
    assert dialog.added == 3  # Hương, Dũng, Lan; Bình only completed his tasks
    names = {n.name for n in proposals.nominees(ws, batch_id)}
    assert names == {"Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"}


def test_eligibility_opens_on_the_last_rated_year(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    # The office's data has ratings up to YEAR: the tab starts there, not on today's year.
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    assert page.eligibility.year_box.value() == YEAR


def test_eligibility_opens_on_this_year_without_ratings(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    assert page.eligibility.year_box.value() == date.today().year


def test_reasons_name_the_legal_basis_and_the_2023_cap_shows(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    """Issue 13 points 8 and 11: the reasons pane ends with the basis; for a year before 2024
    the CSTĐCS cap is shown, in red when the verdicts go over it."""
    for key in ("huong", "dung", "lan"):
        ratings.set_person_rating(ws, PersonRatingInput(office[key], 2023, Rating.GOOD))
    initiatives.save(
        ws,
        InitiativeInput(
            "Bảng tính dự toán dùng chung",
            2023,
            authors=(AuthorShare(office["lan"]),),
            unit_id=office["unit"],
            status=RecognitionStatus.RECOGNISED,
            recognising_body="Sở Tài chính",
            decision_number="31/QĐ-STC",
            decision_date=date(2023, 10, 2),
            scope=Scope.BASE,
        ),
    )
    page = make_page(qtbot, ws)
    tab = page.eligibility
    assert tab.cap_label.isHidden()  # 2025: no cap under Luật 2022
    tab.award_filter.setCurrentIndex(tab.award_filter.findData("CSTDCS"))
    tab.name_filter.setText("huong")
    tab.table.selectRow(0)
    assert tab.reasons.toPlainText().endswith(
        "Legal basis: Điều 23 Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP"
    )
    tab.year_box.setValue(2023)
    evaluated = tab.evaluate()
    qtbot.waitUntil(lambda: evaluated.done, timeout=10_000)
    assert not tab.cap_label.isHidden()
    text = tab.cap_label.text()
    assert "at most 15 %" in text and "3 meet LĐTT, so at most 0 CSTĐCS; 1 meet CSTĐCS" in text
    assert "Over the cap" in text
    page.grab().save("/tmp/verdicts-eligibility-2023.png")
