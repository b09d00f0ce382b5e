"""The movements page, its forms and the ratings grid, driven with qtbot on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.participation import RegistrationInput, SponsorshipInput
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.services import movements, participation, ratings
from desktop.services.session import Workspace
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.dialogs.participation_dialogs import (
    ActivityDialog,
    BulkRegisterDialog,
    ContributionDialog,
)
from desktop.ui.models.movement_tables import RatingsGridModel
from desktop.ui.pages.movements import MovementsPage
from tests.services.movement_data import make_office
from tests.ui.office_data import click_box_button, when_modal


@pytest.fixture
def office(ws: Workspace):  # type: ignore[no-untyped-def]
    return make_office(ws)


@pytest.fixture
def page(qtbot, ws: Workspace, office) -> MovementsPage:  # type: ignore[no-untyped-def]
    p = MovementsPage(ws)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def test_page_lists_movement_and_shows_plan_and_summary(page: MovementsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.list_model.rowCount() == 1
    assert page.current_id() is not None
    assert "Sóc Trăng chung sức" in page.heading.text()
    assert "130/KH-UBND" in page.plan_view.toPlainText()
    assert "Units registered: 0" in page.summary.text()
    qtmodeltester.check(page.list_model)
    page.search.setText("khong co phong trao nay")
    assert page.list_model.rowCount() == 0
    assert page.movement is None
    page.search.setText("NONG THON")
    assert page.list_model.rowCount() == 1


def test_new_movement_form_refuses_end_before_start(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Thi đua chuyên đề chuyển đổi số")
    dialog.start_edit.setDate(QDate(2025, 6, 1))
    dialog.end_edit.setDate(QDate(2025, 1, 1))
    dialog.accept()
    assert "end date" in dialog.error_text("end")
    assert dialog.focusWidget() is dialog.end_edit
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(movements.list_movements(ws)) == 1
    dialog.end_edit.setDate(QDate(2025, 12, 31))
    dialog.award_forms_edit.setPlainText("Giấy khen\n\nBằng khen")
    dialog.accept()
    assert dialog.movement_id is not None
    saved = movements.get(ws, dialog.movement_id).data
    assert saved.award_forms == ("Giấy khen", "Bằng khen")
    assert saved.milestones  # the usual pattern was filled in


def test_copy_from_earlier_movement_in_the_form(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    dialog.copy_source.setCurrentIndex(1)
    dialog.start_edit.setDate(QDate(2026, 1, 1))
    dialog.copy_from_selected()
    assert dialog.groups_table.rowCount() == 2
    assert dialog.end_edit.date() == QDate(2030, 12, 31)
    dialog.name_edit.setText("Chung sức xây dựng nông thôn mới 2026 - 2030")
    dialog.accept()
    new = movements.get(ws, dialog.movement_id).data  # type: ignore[arg-type]
    assert [len(g.criteria) for g in new.groups] == [2, 2]
    assert new.groups[0].criteria[1].max_score == 60
    assert min(m.due_on for m in new.milestones).year == 2026


def test_edit_form_keeps_criteria(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    before = movements.get(ws, office.movement).data
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == before.name
    dialog.groups_table.setCurrentCell(1, 0)
    assert dialog.criteria.rowCount() == 2
    dialog.criteria.item(0, 1).setText("45")
    dialog.accept()
    after = movements.get(ws, office.movement).data
    assert after.groups[1].criteria[0].max_score == 45
    assert after.groups[1].criteria[0].id == before.groups[1].criteria[0].id


def test_bulk_registration_from_the_page(
    qtbot, page: MovementsPage, ws: Workspace, office, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert page.movement is not None
    dialog = BulkRegisterDialog(ws, page.movement)
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 5
    dialog.search.setText("cuong")
    assert dialog.items.count() == 2
    dialog.set_all(True)
    dialog.title_combo.setCurrentText("Chiến sĩ thi đua cơ sở")
    dialog.group_combo.setCurrentIndex(2)
    dialog.accept()
    assert "2 registered" in dialog.result_text
    page.registrations.refresh()
    page._records_changed()
    assert page.registrations.model.rowCount() == 2
    assert "People registered: 2" in page.summary.text()
    qtmodeltester.check(page.registrations.model)
    page.registrations.view.selectAll()
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.registrations.remove_selected()
    assert page.registrations.model.rowCount() == 0


def test_scores_tab_ranks_with_ties_and_refuses_score_above_max(
    qtbot, page: MovementsPage, ws: Workspace, office, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    group = movements.get(ws, office.movement).data.groups[1]
    tmpl = RegistrationInput(
        date(2023, 1, 5), "CSTĐCS", movement_id=office.movement, group_id=group.id
    )
    participation.register_many(
        ws, tmpl, person_ids=[office.people["an"], office.people["binh"], office.people["dung"]]
    )
    page.refresh()
    page.tabs.setCurrentWidget(page.scores)
    tab = page.scores
    tab.group_combo.setCurrentIndex(1)
    tab.year_spin.setValue(2023)
    model = tab.model
    assert model.rowCount() == 3 and model.columnCount() == 6
    qtmodeltester.check(model)
    values = {
        "Nguyễn Văn An": ("40", "45"),
        "Trần Thị Bình": ("45", "40"),
        "Phạm Thị Dung": ("10", "5"),
    }
    for name, (a, b) in values.items():
        row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)
        assert model.setData(model.index(row, 3), a)
        qtbot.waitUntil(lambda: model.rowCount() == 3 and model.index(0, 3).data() != "")
        row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)
        assert model.setData(model.index(row, 4), b.replace(".", ","))
        qtbot.wait(1)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "1=")
    assert [model.index(r, 0).data() for r in range(3)] == ["1=", "1=", "3"]
    assert model.index(0, model.total_column).data() == "85"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    errors: list[object] = []
    model.errorRaised.disconnect()
    model.errorRaised.connect(errors.append)
    assert not model.setData(model.index(2, 3), "51")
    assert [getattr(e, "code", "") for e in errors] == ["above_max"]
    assert not model.setData(model.index(2, 3), "abc")
    _, lines = participation.ranking(ws, office.movement, group.id, 2023)  # type: ignore[arg-type]
    assert max(ln.scores[0] or 0 for ln in lines) == 45


def test_sponsorship_activity_and_contribution_forms(
    qtbot, page: MovementsPage, ws: Workspace, office, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    sid = participation.add_sponsorship(
        ws, SponsorshipInput(office.movement, office.finance, office.commune)
    )
    page.sponsorships.refresh()
    page.sponsorships.view.selectRow(0)
    dialog = ActivityDialog(ws, sid)
    qtbot.addWidget(dialog)
    dialog.description.setText("Tặng 100 bao xi măng")
    dialog.value_edit.setText("-5")
    dialog.accept()
    assert not dialog.error_label.isHidden()
    dialog.value_edit.setText("8.500.000")
    dialog.accept()
    page.sponsorships.refresh()
    assert page.sponsorships.model.index(0, 4).data() == "8.500.000"
    qtmodeltester.check(page.sponsorships.model)
    form = ContributionDialog(ws, office.movement)
    qtbot.addWidget(form)
    form.who_kind.setCurrentIndex(3)  # household
    form.who_text.setText("Hộ ông Thạch Sơn")
    form.kind_combo.setCurrentIndex(3)  # land
    form.quantity.setValue(120)
    form.value_edit.setText("150000000")
    form.beneficiary.setText("Đường ấp Phú Hòa")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    form2 = ContributionDialog(ws, office.movement)
    qtbot.addWidget(form2)
    form2.who_text.setText("nguyen van an")
    assert form2.who_combo.count() == 1
    form2.value_edit.setText("2000000")
    form2.accept()
    page.contributions.refresh()
    assert page.contributions.model.rowCount() == 2
    assert "152.000.000" in page.contributions.total_label.text()
    qtmodeltester.check(page.contributions.totals)


def test_delete_movement_says_how_many_records_go(
    qtbot, page: MovementsPage, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    participation.register(
        ws,
        RegistrationInput(
            date(2023, 1, 1), "LĐTT", person_id=office.people["an"], movement_id=office.movement
        ),
    )
    participation.add_sponsorship(
        ws, SponsorshipInput(office.movement, office.finance, office.commune)
    )
    page.refresh()
    assert "with its 2 records" in page.delete_message(office.movement)
    seen: list[str] = []

    def answer_no(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.No)

    when_modal(answer_no)
    assert not page.delete_selected()
    assert "2 records" in seen[0] and "1 registrations" in seen[0]
    assert movements.list_movements(ws)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    assert page.delete_selected()
    assert movements.list_movements(ws) == [] and page.list_model.rowCount() == 0


def test_ratings_grid_by_keyboard_and_replace_asks(
    qtbot, page: MovementsPage, ws: Workspace, office, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    grid = page.ratings
    page.sections.setCurrentIndex(1)
    grid.year_spin.setValue(2024)
    grid.unit_picker.set_unit_id(office.finance)
    model = grid.model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(0, RatingsGridModel.COL_RATING))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    qtbot.keyClick(grid.view, Qt.Key.Key_2)
    qtbot.keyClick(grid.view, Qt.Key.Key_3)
    stored = {r.person_id: r.rating for r in ratings.grid(ws, office.finance, 2024)}
    assert sorted(v for v in stored.values() if v) == ["HTNV", "HTTNV", "HTXSNV"]
    assert grid.view.currentIndex().row() == 2
    qtbot.waitUntil(lambda: "3 of 3" in grid.status.text())
    # Replacing asks; "no" keeps the stored rating.
    asked: list[str] = []
    grid.confirm_replace = lambda msg: asked.append(msg) or False  # type: ignore[method-assign]
    first = model.person_id(0)
    assert not model.setData(model.index(0, RatingsGridModel.COL_RATING), "KHTNV")
    assert asked and "2024" in asked[0]
    assert ratings.person_rating(ws, first, 2024).rating.value == model.rating(0)  # type: ignore[union-attr]
    grid.confirm_replace = lambda msg: True  # type: ignore[method-assign]
    assert model.setData(model.index(0, RatingsGridModel.COL_RATING), "KHTNV")
    assert ratings.person_rating(ws, first, 2024).rating is Rating.NOT_DONE  # type: ignore[union-attr]
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert ratings.person_rating(ws, model.person_id(2), 2024) is None


def test_unit_rating_combo(qtbot, page: MovementsPage, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    grid = page.ratings
    grid.year_spin.setValue(2023)
    grid.unit_picker.set_unit_id(office.planning)
    grid.unit_rating.setCurrentIndex(1)
    grid.unit_rating.activated.emit(1)
    assert {u.unit_id: u.rating for u in ratings.unit_ratings(ws, 2023)}[
        office.planning
    ] == "HTXSNV"
    ratings.set_person_rating(ws, PersonRatingInput(office.people["dung"], 2023, Rating.GOOD))
    grid.refresh()
    assert "1 of 2" in grid.status.text()


def test_person_history_widget(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.participation import ContributionInput, ContributionKind, ContributorKind
    from desktop.ui.widgets.person_history import PersonHistory

    pid = office.people["an"]
    empty = PersonHistory(ws, pid)
    qtbot.addWidget(empty)
    assert len(empty.lines()) == 1 and empty.lines()[0].startswith("No ratings")
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2023, Rating.EXCELLENT))
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, Rating.GOOD))
    participation.register(
        ws, RegistrationInput(date(2024, 1, 4), "Chiến sĩ thi đua cơ sở", person_id=pid, year=2024)
    )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.PERSON,
            ContributionKind.MONEY,
            date(2024, 3, 1),
            1_500_000,
            person_id=pid,
        ),
    )
    w = PersonHistory(ws, pid)
    qtbot.addWidget(w)
    assert w.lines()[0].startswith("2024 HTTNV") and w.lines()[1].startswith("2023 HTXSNV")
    top = w.tree.topLevelItem(0)
    children = [top.child(i).text(1) for i in range(top.childCount())]
    assert "Chiến sĩ thi đua cơ sở" in children and "Tiền: 1.500.000 đồng" in children


def test_person_dialog_shows_history(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.person_dialog import PersonDialog
    from desktop.ui.widgets.person_history import PersonHistory

    ratings.set_person_rating(ws, PersonRatingInput(office.people["binh"], 2025, Rating.EXCELLENT))
    dialog = PersonDialog(ws, office.people["binh"])
    qtbot.addWidget(dialog)
    [history] = dialog.findChildren(PersonHistory)
    assert history.lines()[0].startswith("2025 HTXSNV")
    assert PersonDialog(ws).findChildren(PersonHistory) == []


def test_ratings_import_from_the_grid_asks_before_replacing(
    qtbot, page: MovementsPage, ws: Workspace, office, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from desktop.ui.dialogs.import_dialog import ImportPreviewDialog

    ratings.set_person_rating(ws, PersonRatingInput(office.people["an"], 2024, Rating.GOOD))
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["Năm", "Họ và tên", "Số CCCD", "Ngày sinh", "Đơn vị", "Xếp loại", "Kỷ luật"])
    sheet.append([2024, "Nguyễn Văn An", "094080001234", None, None, "HTXSNV", None])
    sheet.append([2024, "Trần Thị Bình", None, "01/02/1985", None, "HTTNV", None])
    path = tmp_path / "xl.xlsx"
    wb.save(path)
    grid = page.ratings
    questions: list[str] = []
    grid.confirm_replace = lambda q: questions.append(q) or False  # type: ignore[method-assign]
    seen: list[int] = []

    def accept(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(1)
        dialog.accept()

    when_modal(accept)
    assert grid.import_file(str(path))
    assert questions and "1 row" in questions[0]
    assert ratings.person_rating(ws, office.people["an"], 2024).rating is Rating.GOOD  # type: ignore[union-attr]
    assert ratings.person_rating(ws, office.people["binh"], 2024).rating is Rating.GOOD  # type: ignore[union-attr]
    grid.confirm_replace = lambda q: True  # type: ignore[method-assign]
    when_modal(accept)
    assert grid.import_file(str(path))
    assert ratings.person_rating(ws, office.people["an"], 2024).rating is Rating.EXCELLENT  # type: ignore[union-attr]
    # Bình's row says what is stored: unchanged, not replaced
    assert "0 added, 1 replaced" in grid.status.text() and len(seen) == 2


def test_discipline_form_from_the_grid(qtbot, page: MovementsPage, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.ratings import DisciplineKind

    grid = page.ratings
    grid.year_spin.setValue(2024)
    grid.unit_picker.set_unit_id(office.planning)
    ratings.set_person_rating(ws, PersonRatingInput(office.people["dung"], 2024, Rating.DONE))
    grid.refresh()
    row = next(
        r for r in range(grid.model.rowCount()) if grid.model.person_id(r) == office.people["dung"]
    )

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("canh_cao"))
        dialog.decision.setText("15/QĐ-STC ngày 12/06/2024")
        dialog.start.setDate(QDate(2024, 6, 12))
        dialog.end.setDate(QDate(2024, 1, 1))  # before the start: refused, form stays open

        def later(d=dialog) -> None:  # type: ignore[no-untyped-def]
            d.accept()
            assert "end date" in d.error_text("discipline_to")  # beside the field
            assert d.end.hasFocus() or not d.isActiveWindow()
            d.end.setDate(QDate(2025, 6, 12))
            d.accept()

        when_modal(lambda _w: later(), close=False)

    assert grid.edit_discipline(row, dialog_hook=fill)
    got = ratings.person_rating(ws, office.people["dung"], 2024)
    assert got is not None and got.rating is Rating.DONE
    assert got.discipline is DisciplineKind.WARNING and got.discipline_to == date(2025, 6, 12)
    assert grid.model.index(row, RatingsGridModel.COL_DISCIPLINE).data() == "Warning"


def test_award_forms_from_the_catalog(qtbot, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    assert dialog.catalog_combo.count() > 3
    dialog.catalog_combo.setCurrentIndex(0)
    name = dialog.catalog_combo.currentText()
    dialog.add_catalog_award()
    dialog.add_catalog_award()
    assert dialog.award_forms_edit.toPlainText().splitlines().count(name) == 1
    dialog.accept()
    assert name in movements.get(ws, office.movement).data.award_forms


def test_registrations_for_a_year(
    qtbot, page: MovementsPage, ws: Workspace, office, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = page.year_registrations
    page.sections.setCurrentWidget(tab)
    tab.year_spin.setValue(2025)
    assert tab.model.rowCount() == 0

    def register(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.units_radio.setChecked(True)
        dialog.search.setText("phong")
        dialog.set_all(True)
        dialog.title_combo.setCurrentText("Tập thể lao động tiên tiến")
        dialog.accept()

    when_modal(register)
    tab.register_many()
    assert tab.model.rowCount() == 2
    assert {tab.model.index(r, 3).data() for r in range(2)} == {"Tập thể lao động tiên tiến"}
    qtmodeltester.check(tab.model)
    assert participation.registrations(ws, office.movement) == []
    tab.view.selectRow(0)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    tab.remove_selected()
    assert tab.model.rowCount() == 1 and "1 registration" in tab.count_label.text()


def test_delete_refused_when_proposals_exist(
    qtbot, page: MovementsPage, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals

    proposals.create_batch(
        ws, BatchInput("Đợt NTM", CommendationType.MOVEMENT, 2025, office.movement)
    )
    page.refresh()
    assert "Proposals: 1" in page.summary.text()
    shown: list[str] = []

    def ok(box) -> None:  # type: ignore[no-untyped-def]
        shown.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Ok)

    when_modal(ok)
    assert not page.delete_selected(confirm=False)
    assert shown and "proposal batches" in shown[0]
    assert movements.list_movements(ws)


def test_remove_sponsorship_activity_and_contribution(
    qtbot, page: MovementsPage, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.participation import (
        ContributionInput,
        ContributionKind,
        ContributorKind,
        SupportActivityInput,
        SupportKind,
    )

    sid = participation.add_sponsorship(
        ws, SponsorshipInput(office.movement, office.finance, office.commune)
    )
    participation.add_activity(
        ws, SupportActivityInput(sid, date(2023, 5, 1), "Xi măng", SupportKind.GOODS, 1_000_000)
    )
    participation.add_activity(
        ws, SupportActivityInput(sid, date(2023, 6, 1), "Tư vấn", SupportKind.ADVICE, 0)
    )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.HOUSEHOLD,
            ContributionKind.MONEY,
            date(2023, 1, 1),
            500_000,
            contributor_name="Hộ bà Lâm Thị Sa Rết",
            movement_id=office.movement,
        ),
    )
    tab = page.sponsorships
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    tab.activity_view.selectRow(0)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    tab.remove_activity()
    assert len(participation.activities(ws, sid)) == 1
    seen: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        click_box_button(box, std=QMessageBox.StandardButton.Yes)

    tab.view.selectRow(0)
    when_modal(yes)
    tab.remove_sponsorship()
    assert "with its 1 activities" in seen[0]
    assert participation.sponsorships(ws, office.movement) == []
    ctab = page.contributions
    page.tabs.setCurrentWidget(ctab)
    ctab.view.selectRow(0)
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    ctab.remove()
    assert participation.contributions(ws, office.movement) == []
    assert "Contributions: 0" in page.summary.text()


def test_edit_a_registration(qtbot, page: MovementsPage, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    group = movements.get(ws, office.movement).data.groups[1]
    participation.register(
        ws,
        RegistrationInput(
            date(2023, 1, 5),
            "Lao động tiên tiến",
            person_id=office.people["an"],
            movement_id=office.movement,
        ),
    )
    tab = page.registrations
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1

    def change(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.title_combo.setCurrentText("  ")
        dialog.accept()
        assert dialog.error_text("title")  # beside the field
        dialog.title_combo.setCurrentText("Chiến sĩ thi đua cơ sở")
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group.id))
        dialog.commitments.setText("Có 1 sáng kiến")
        dialog.accept()

    when_modal(change, close=False)
    assert tab.edit(0)
    [row] = participation.registrations(ws, office.movement)
    assert (row.title, row.group_id, row.commitments) == (
        "Chiến sĩ thi đua cơ sở",
        group.id,
        "Có 1 sáng kiến",
    )


def test_page_shown_reloads_and_signals(qtbot, page: MovementsPage, ws: Workspace, office) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.units import UnitInput
    from desktop.services import units

    new_unit = units.save(ws, UnitInput("Phòng Pháp chế", code="PC"))
    page.page_shown()
    page.ratings.unit_picker.set_unit_id(new_unit)
    assert page.ratings.unit_picker.unit_id() == new_unit
    with qtbot.waitSignal(page.data_changed):
        page.delete_selected(confirm=False)


def test_scores_typed_by_keyboard_keep_the_cursor_on_the_participant(
    qtbot, page: MovementsPage, ws: Workspace, office
) -> None:  # type: ignore[no-untyped-def]
    group = movements.get(ws, office.movement).data.groups[1]
    tmpl = RegistrationInput(
        date(2024, 1, 5), "LĐTT", movement_id=office.movement, group_id=group.id
    )
    participation.register_many(ws, tmpl, person_ids=[office.people["an"], office.people["dung"]])
    page.refresh()
    page.tabs.setCurrentWidget(page.scores)
    tab = page.scores
    tab.year_spin.setValue(2024)
    tab.group_combo.setCurrentIndex(1)
    model = tab.model
    dung = next(r for r in range(2) if model.index(r, 1).data() == "Phạm Thị Dung")
    reg = model.id_at(dung)
    tab.view.setFocus()
    tab.view.setCurrentIndex(model.index(dung, 3))
    qtbot.keyClick(tab.view, "4")  # typing starts the editor with the key typed
    from PySide6.QtWidgets import QLineEdit

    editor = tab.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "4"
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, model.total_column).data() == "42")
    current = tab.view.currentIndex()
    assert model.id_at(current.row()) == reg and current.column() == 4
    assert model.index(0, 0).data() == "1" and model.id_at(0) == reg
