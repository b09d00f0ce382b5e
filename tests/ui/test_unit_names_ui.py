"""Dated names in the interface: renaming a unit from a date in its form and in its name history,
the merge preview then the merge from the units page, the office's names by period in Settings."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.ratings import Rating, UnitRatingInput
from desktop.domain.unit_names import OfficeField
from desktop.domain.units import UnitInput, UnitKind
from desktop.persistence.repositories import dated_names
from desktop.services import award_record, office, people, ratings, unit_names, units
from desktop.services.award_record import AwardEntry
from desktop.services.session import Workspace
from desktop.ui.dialogs.merge_dialog import MergeUnitsDialog
from desktop.ui.dialogs.office_names import OfficeNamesDialog
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.models.unit_tree import COL_STATE
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.pages.units import UnitsPage
from desktop.ui.preferences import Preferences
from tests.ui.office_data import when_modal

MERGED = date(2025, 7, 1)


def _commune(ws: Workspace, name: str, parent: int | None = None) -> int:
    kind = UnitKind.VILLAGE if parent else UnitKind.COMMUNE
    return units.save(ws, UnitInput(name, kind, parent_id=parent, internal=False))


def _count(ws: Workspace, sql: str, *args: object) -> int:
    with ws.db.read() as conn:
        return int(conn.execute(sql, args).fetchone()[0])


def _name_on(ws: Workspace, unit_id: int, day: date) -> str:
    with ws.db.read() as conn:
        return dated_names.DatedNames(conn, day).unit(unit_id)


@pytest.fixture
def dialog(qtbot, ws: Workspace):
    def make(unit_id: int) -> UnitDialog:
        dlg = UnitDialog(ws, unit_id)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg

    return make


def test_the_form_renames_from_a_date_and_keeps_the_old_name(ws, dialog) -> None:
    uid = _commune(ws, "Xã Long Phú")
    dlg = dialog(uid)
    # an unchanged name offers no date
    assert not dlg.keep_old_name.isVisible()
    dlg.name.setText("Phường Long Phú")
    assert dlg.keep_old_name.isVisible() and dlg.keep_old_name.isChecked()
    assert dlg.rename_hint.text() == "the old name stays on earlier papers"
    dlg.renamed_on.setDate(QDate(2025, 7, 1))
    dlg.accept()
    assert dlg.result() == UnitDialog.DialogCode.Accepted
    assert units.get(ws, uid).name == "Phường Long Phú"
    assert _name_on(ws, uid, date(2024, 12, 31)) == "Xã Long Phú"
    assert _name_on(ws, uid, MERGED) == "Phường Long Phú"


def test_a_spelling_fix_keeps_no_old_name(ws, dialog) -> None:
    uid = _commune(ws, "Xã Long Phu")
    dlg = dialog(uid)
    dlg.name.setText("Xã Long Phú")
    dlg.keep_old_name.setChecked(False)
    assert not dlg.renamed_on.isEnabled()
    dlg.accept()
    assert [p.name for p in unit_names.history(ws, uid)] == ["Xã Long Phú"]
    assert _name_on(ws, uid, date(2020, 1, 1)) == "Xã Long Phú"


def test_a_new_parent_from_a_date_keeps_the_old_parent(ws, dialog) -> None:
    old_parent = _commune(ws, "Xã Mỹ Hương")
    new_parent = _commune(ws, "Xã Mỹ Tú")
    village = _commune(ws, "Ấp Mỹ Khánh", old_parent)
    dlg = dialog(village)
    assert not dlg.keep_old_name.isVisible()
    dlg.parent_unit.set_unit_id(new_parent)
    assert dlg.keep_old_name.isVisible()
    assert dlg.rename_hint.text() == "the old parent unit stays on earlier papers"
    dlg.renamed_on.setDate(QDate(2025, 7, 1))
    dlg.accept()
    hist = unit_names.history(ws, village)
    assert [(p.parent_id, p.valid_to) for p in hist] == [
        (old_parent, date(2025, 6, 30)),
        (new_parent, None),
    ]
    # the name history tab shows both parents by period
    again = dialog(village)
    assert again.names is not None
    table = again.names.table
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["Xã Mỹ Hương", "Xã Mỹ Tú"]
    assert table.item(0, 1).text() == "30/06/2025" and table.item(1, 1).text() == "now"


def test_a_rename_too_early_is_shown_under_the_field(ws, dialog) -> None:
    uid = _commune(ws, "Xã A")
    unit_names.rename(ws, uid, "Xã B", date(2025, 7, 1))
    dlg = dialog(uid)
    dlg.name.setText("Xã C")
    dlg.renamed_on.setDate(QDate(2025, 5, 1))
    dlg.accept()
    assert dlg.result() != UnitDialog.DialogCode.Accepted
    assert "after the day the current name began" in dlg.error_text("effective")
    assert units.get(ws, uid).name == "Xã B"


def test_the_name_history_tab_renames_and_adds_an_earlier_name(qtbot, ws, dialog) -> None:
    uid = _commune(ws, "Xã Tân Phú")
    dlg = dialog(uid)
    names = dlg.names
    assert names is not None and dlg.tabs is not None
    dlg.tabs.setCurrentWidget(names)

    def earlier(form) -> None:
        form.name.setText("Xã Tân Phú Cũ")
        form.since_known.setChecked(True)
        form.since.setDate(QDate(2010, 1, 1))
        form.until.setDate(QDate(2015, 12, 31))
        form.accept()

    when_modal(earlier)
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)

    def rename(form) -> None:
        form.name.setText("Phường Tân Phú")
        form.effective.setDate(QDate(2025, 7, 1))
        form.accept()

    when_modal(rename)
    qtbot.mouseClick(names.rename_button, Qt.MouseButton.LeftButton)
    # the form beside it follows, so saving it does not undo the rename
    assert dlg.name.text() == "Phường Tân Phú" and not dlg.keep_old_name.isVisible()
    table = names.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [
        ("01/01/2010", "31/12/2015", "Xã Tân Phú Cũ"),
        ("01/01/2016", "30/06/2025", "Xã Tân Phú"),
        ("01/07/2025", "now", "Phường Tân Phú"),
    ]
    dlg.accept()
    assert units.get(ws, uid).name == "Phường Tân Phú"
    assert _name_on(ws, uid, date(2012, 5, 1)) == "Xã Tân Phú Cũ"

    # an overlapping earlier name is refused inside its form, which stays open
    seen: list[str] = []

    def overlapping(form) -> None:
        form.name.setText("Xã Trùng")
        form.until.setDate(QDate(2014, 1, 1))
        form.accept()
        seen.append(form.error_text("valid_from"))

    when_modal(overlapping)
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["These dates overlap a name already recorded."]


@pytest.fixture
def communes(ws: Workspace) -> dict[str, int]:
    a = _commune(ws, "Phường 2")
    b = _commune(ws, "Phường 5")
    c = _commune(ws, "Phường Phú Lợi")
    village = _commune(ws, "Khóm 1", a)
    for name, unit in (("Lý Thị Mai", a), ("Trần Văn Sơn", b)):
        people.save(ws, PersonInput(name, unit, position="Công chức"))
    ratings.set_unit_rating(ws, UnitRatingInput(a, 2024, Rating.EXCELLENT))
    ratings.set_unit_rating(ws, UnitRatingInput(b, 2024, Rating.GOOD))
    award_record.add(
        ws,
        AwardEntry(
            2024,
            award_name="Giấy khen",
            decision_number="12/QĐ-UBND",
            decision_date=date(2024, 12, 20),
            issuer="Chủ tịch UBND thành phố Sóc Trăng",
        ),
        unit_id=a,
    )
    return {"a": a, "b": b, "c": c, "village": village}


def _moves(dlg: MergeUnitsDialog) -> dict[str, tuple[str, str]]:
    t = dlg.table
    return {
        t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())
    }


def test_merge_previews_then_merges_from_the_units_page(qtbot, ws, communes) -> None:
    u = communes
    page = UnitsPage(ws)
    qtbot.addWidget(page)
    page.show()
    page.select_unit(u["a"])
    before = _count(ws, "SELECT count(*) FROM audit_event")
    outcome: dict[str, object] = {}

    def merge(dlg) -> None:
        assert isinstance(dlg, MergeUnitsDialog)
        assert dlg.chosen() == [u["a"]]  # the selected unit starts ticked
        dlg.set_chosen([u["a"], u["b"]])
        dlg.target.set_unit_id(u["c"])
        assert dlg.merged_on.date() == QDate(2025, 7, 1)
        # nothing can be merged before a preview
        assert not dlg.merge_button.isEnabled()
        qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.merge_button.isEnabled(), timeout=20_000)
        outcome["moves"] = _moves(dlg)
        outcome["summary"] = dlg.summary.text()
        outcome["written"] = _count(ws, "SELECT count(*) FROM audit_event") - before
        outcome["people_before"] = _count(
            ws, "SELECT count(*) FROM person WHERE unit_id = ?", u["c"]
        )
        # changing the choice asks for a new preview
        dlg.merged_on.setDate(QDate(2025, 8, 1))
        outcome["stale"] = dlg.merge_button.isEnabled()
        dlg.merged_on.setDate(QDate(2025, 7, 1))
        qtbot.mouseClick(dlg.merge_button, Qt.MouseButton.LeftButton)

    when_modal(merge, close=False)
    page.merge_units()
    assert outcome["moves"] == {
        "Staff and workers": ("2", ""),
        "Sub-units": ("1", ""),
        "Unit ratings": ("1", "1"),  # both rated 2024: the second stays with its old unit
        "Awards received": ("1", ""),
    }
    assert outcome["summary"] == (
        "Phường 2, Phường 5 merge into Phường Phú Lợi from 01/07/2025: 5 record(s) move."
    )
    assert outcome["written"] == 0 and outcome["people_before"] == 0
    assert outcome["stale"] is False
    # merged: people and the village moved, the old units closed with their names
    assert _count(ws, "SELECT count(*) FROM person WHERE unit_id = ?", u["c"]) == 2
    assert units.get(ws, u["village"]).parent_id == u["c"]
    assert (units.get(ws, u["a"]).active, units.get(ws, u["a"]).name) == (False, "Phường 2")
    assert page.current_unit() is not None and page.current_unit().id == u["c"]
    # with the inactive units shown, the old ones say what they merged into
    page.show_inactive.setChecked(True)
    old = page.model.index_of(u["a"])
    state = old.siblingAtColumn(COL_STATE)
    assert state.data() == "Merged"
    assert state.data(Qt.ItemDataRole.ToolTipRole) == "Merged into Phường Phú Lợi on 01/07/2025"
    assert [m.from_name for m in unit_names.merges(ws, u["c"])] == ["Phường 2", "Phường 5"]
    # the new unit's name history names the units merged into it; its awards say whom they
    # were given to
    form = UnitDialog(ws, u["c"])
    qtbot.addWidget(form)
    assert form.names is not None and form.awards is not None
    assert form.awards.table.item(0, 1).text() == "Giấy khen (given to Phường 2)"
    assert form.names.merged_label.text() == (
        "Merged in: Phường 2 (from 01/07/2025), Phường 5 (from 01/07/2025)"
    )


def test_merge_into_one_of_the_merged_units_is_refused_in_the_preview(qtbot, ws, communes) -> None:
    u = communes
    dlg = MergeUnitsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_chosen([u["a"], u["b"]])
    dlg.target.set_unit_id(u["a"])
    dlg.preview()
    qtbot.waitUntil(lambda: dlg.preview_button.isEnabled(), timeout=20_000)
    assert dlg.summary.text() == "The receiving unit cannot be one of the merged units."
    assert not dlg.merge_button.isEnabled()
    # a merged unit is no longer offered for a second merge
    unit_names.merge(ws, [u["a"]], u["c"], MERGED)
    again = MergeUnitsDialog(ws)
    qtbot.addWidget(again)
    offered = {
        int(again.sources.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(again.sources.count())
    }
    assert u["a"] not in offered and u["b"] in offered


def test_settings_records_office_names_by_period(qtbot, ws) -> None:
    office.save(
        ws,
        OfficeInfo(
            "UBND TỈNH SÓC TRĂNG", "SỞ TÀI CHÍNH", "Sóc Trăng", "Trần Minh Khoa", "GIÁM ĐỐC", "STC"
        ),
    )
    page = SettingsPage(ws, None, Preferences())
    qtbot.addWidget(page)
    page.show()

    def rename(dlg) -> None:
        assert isinstance(dlg, OfficeNamesDialog)
        superior = dlg.lists[OfficeField.PARENT_AGENCY]

        def fill(form) -> None:
            form.name.setText("UBND THÀNH PHỐ CẦN THƠ")
            form.effective.setDate(QDate(2025, 7, 1))
            form.accept()

        when_modal(fill)
        qtbot.mouseClick(superior.rename_button, Qt.MouseButton.LeftButton)
        t = superior.table
        dlg.rows = [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]
        dlg.reject()

    when_modal(rename, close=False)
    qtbot.mouseClick(page.names_button, Qt.MouseButton.LeftButton)
    assert page.names_dialog.rows == [
        ("…", "30/06/2025", "UBND TỈNH SÓC TRĂNG"),
        ("01/07/2025", "now", "UBND THÀNH PHỐ CẦN THƠ"),
    ]
    # the form shows the current superior; papers of 2024 read the old one
    assert page.edits["parent_agency"].text() == "UBND THÀNH PHỐ CẦN THƠ"
    assert office.load(ws).parent_agency == "UBND THÀNH PHỐ CẦN THƠ"
    with ws.db.read() as conn:
        assert dated_names.DatedNames(conn, date(2024, 12, 1)).office().parent_agency == (
            "UBND TỈNH SÓC TRĂNG"
        )


def _type(edit, text: str) -> None:
    """What typing does to a line edit (QTest cannot type Vietnamese letters): the text and the
    textEdited signal the form listens to."""
    edit.setText(text)
    edit.textEdited.emit(text)


def test_editing_the_superior_in_settings_keeps_the_old_one_from_a_date(qtbot, ws) -> None:
    office.save(
        ws,
        OfficeInfo(
            "UBND TỈNH HẬU GIANG", "SỞ NỘI VỤ", "Hậu Giang", "Lê Văn Tám", "GIÁM ĐỐC", "SNV"
        ),
    )
    page = SettingsPage(ws, None, Preferences())
    qtbot.addWidget(page)
    page.show()
    assert not page.keep_old_names.isVisible()
    # the clerk types the new superior and place after the merger of the provinces
    for field, text in (("parent_agency", "UBND THÀNH PHỐ CẦN THƠ"), ("place", "Cần Thơ")):
        _type(page.edits[field], text)
    assert page.keep_old_names.isVisible() and page.keep_old_names.isChecked()
    page.changed_on.setDate(QDate(2025, 7, 1))
    assert page.save() is True
    assert not page.keep_old_names.isVisible()  # saved: nothing differs any more
    with ws.db.read() as conn:
        before = dated_names.DatedNames(conn, date(2025, 6, 30)).office()
        after = dated_names.DatedNames(conn, date(2025, 7, 1)).office()
    assert (before.parent_agency, before.place, before.name) == (
        "UBND TỈNH HẬU GIANG",
        "Hậu Giang",
        "SỞ NỘI VỤ",
    )
    assert (after.parent_agency, after.place) == ("UBND THÀNH PHỐ CẦN THƠ", "Cần Thơ")
    # a typing fix, unticked, keeps no old name
    _type(page.edits["name"], "SỞ NỘI VỤ THÀNH PHỐ")
    page.keep_old_names.setChecked(False)
    assert page.save() is True
    assert [p.name for p in unit_names.office_history(ws, OfficeField.NAME)] == [
        "SỞ NỘI VỤ THÀNH PHỐ"
    ]


def test_the_merge_can_go_into_a_new_unit_made_on_the_spot(qtbot, ws, communes) -> None:
    u = communes
    dlg = MergeUnitsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_chosen([u["a"], u["b"]])

    def create(form) -> None:
        assert isinstance(form, UnitDialog)
        form.name.setText("Phường Sóc Trăng")
        form.kind.setCurrentIndex(form.kind.findData(UnitKind.COMMUNE.value))
        form.accept()

    when_modal(create)
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    new = next(x for x in units.list_units(ws) if x.name == "Phường Sóc Trăng")
    assert dlg.target.unit_id() == new.id and new.kind is UnitKind.COMMUNE
    dlg.preview()
    qtbot.waitUntil(lambda: dlg.merge_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(dlg.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=20_000)
    assert [m.from_name for m in unit_names.merges(ws, new.id)] == ["Phường 2", "Phường 5"]


def test_move_to_keeps_the_old_parent_from_a_date(qtbot, ws, communes) -> None:
    u = communes
    page = UnitsPage(ws)
    qtbot.addWidget(page)
    page.show()
    page.select_unit(u["village"])

    def move(dlg) -> None:
        assert dlg.keep_old_parent.isChecked()
        dlg.target.set_unit_id(u["c"])
        dlg.moved_on.setDate(QDate(2025, 7, 1))
        dlg.accept()

    when_modal(move)
    page.choose_move()
    assert units.get(ws, u["village"]).parent_id == u["c"]
    hist = unit_names.history(ws, u["village"])
    assert [(p.parent_id, p.valid_to) for p in hist] == [
        (u["a"], date(2025, 6, 30)),
        (u["c"], None),
    ]

    # moved again on the day the new parent began: that period is corrected, no new one
    def move_back(dlg) -> None:
        dlg.target.set_unit_id(u["a"])
        dlg.moved_on.setDate(QDate(2025, 7, 1))
        dlg.accept()

    when_modal(move_back)
    page.choose_move()
    assert [p.parent_id for p in unit_names.history(ws, u["village"])] == [u["a"], u["a"]]

    # unticked: a correction, no history kept
    def correct(dlg) -> None:
        dlg.keep_old_parent.setChecked(False)
        dlg.target.set_unit_id(u["b"])
        dlg.accept()

    when_modal(correct)
    page.choose_move()
    assert units.get(ws, u["village"]).parent_id == u["b"]
    assert len(unit_names.history(ws, u["village"])) == 2


def test_the_preview_warns_of_sub_units_that_would_share_a_name(qtbot, ws, communes) -> None:
    u = communes
    _commune(ws, "Khóm 1", u["c"])  # the receiving ward has its own Khóm 1
    dlg = MergeUnitsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_chosen([u["a"]])
    dlg.target.set_unit_id(u["c"])
    dlg.preview()
    qtbot.waitUntil(lambda: dlg.merge_button.isEnabled(), timeout=20_000)
    assert dlg.clash.isVisible()
    assert dlg.clash.text().startswith(
        "After the merge, sub-units of Phường Phú Lợi share a name: Khóm 1."
    )
    # a merge without such a clash shows no warning
    dlg.set_chosen([u["b"]])
    dlg.preview()
    qtbot.waitUntil(lambda: dlg.merge_button.isEnabled(), timeout=20_000)
    assert not dlg.clash.isVisible()


def _file_content(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the SQLite file, read through a connection of its own."""
    import sqlite3

    conn = sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def test_a_merge_cancelled_midway_leaves_the_file_unchanged(qtbot, ws, communes) -> None:
    from desktop.ui import tasks

    # GIVEN a previewed merge of two communes into a third
    u = communes
    dlg = MergeUnitsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.set_chosen([u["a"], u["b"]])
    dlg.target.set_unit_id(u["c"])
    qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.merge_button.isEnabled(), timeout=20_000)
    before = _file_content(ws)
    seen: list[tuple[int, int]] = []

    def cancel_midway(task: tasks.Task, done: int, total: int, what: str) -> None:
        seen.append((done, total))
        if total and done == total // 2:  # the first commune moved, the second not yet
            task.cancel()  # what the dialog's Cancel does (this runs on the worker thread)

    # WHEN the merge is cancelled halfway through the tables it moves
    tasks.report_hooks.append(cancel_midway)
    try:
        qtbot.mouseClick(dlg.merge_button, Qt.MouseButton.LeftButton)
        task = dlg.task
        assert task is not None
        qtbot.waitUntil(lambda: task.done, timeout=20_000)
    finally:
        tasks.report_hooks.remove(cancel_midway)
    # THEN it stopped there, the dialog stays open for another try and the file is unchanged
    assert task.cancelled and dlg.plan is None and dlg.merge_button.isEnabled(), seen
    total = seen[0][1]
    assert total > 2 and seen[-1] == (total // 2, total)
    assert _file_content(ws) == before
    assert unit_names.merges(ws) == []
