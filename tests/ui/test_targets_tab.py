"""The targets tab of the movements page: the year grid, typed values saved at once, the
share view, and refusals shown without writing."""

from __future__ import annotations

import pytest

from desktop.domain.targets import Measure
from desktop.services import targets
from desktop.services.session import Workspace
from desktop.ui.pages.movements import MovementsPage
from desktop.ui.pages.targets_tab import TargetsTab
from tests.services.movement_data import make_office


@pytest.fixture
def page(qtbot, ws: Workspace) -> MovementsPage:  # type: ignore[no-untyped-def]
    make_office(ws)
    p = MovementsPage(ws)
    qtbot.addWidget(p)
    p.resize(1366, 700)
    p.show()
    return p


def _tab(page: MovementsPage) -> TargetsTab:
    tab = next(t for t, _ in page.extra_tabs if isinstance(t, TargetsTab))
    page.tabs.setCurrentWidget(tab)
    return tab


def test_grid_has_a_column_per_year_and_the_period(page: MovementsPage) -> None:
    tab = _tab(page)
    headers = [tab.grid.horizontalHeaderItem(c).text() for c in range(tab.grid.columnCount())]
    assert headers == ["Target", "Unit", "2021", "2022", "2023", "2024", "2025", "Whole period"]
    assert tab.grid.rowCount() == 1
    assert tab.grid.item(0, 0).text() == "xã đạt chuẩn nông thôn mới"
    assert tab.grid.item(0, 7).text() == "55"  # the plan's period target


def test_typing_a_value_saves_it_and_the_share_view_reads_it(
    page: MovementsPage, ws: Workspace
) -> None:
    tab = _tab(page)
    tab.grid.item(0, 4).setText("12")  # 2023 planned
    tab.show_combo.setCurrentIndex(1)  # achieved
    tab.grid.item(0, 4).setText("9")
    line = targets.target_sheet(ws, page.movement.id).lines[0]  # type: ignore[union-attr]
    assert (line.year(2023).planned, line.year(2023).achieved) == (12, 9)
    tab.show_combo.setCurrentIndex(2)
    assert tab.grid.item(0, 4).text() == "75 %"
    # the plan tab shows the new achieved value of the period when it is typed
    tab.show_combo.setCurrentIndex(1)
    tab.grid.item(0, 7).setText("50")
    assert "achieved 50" in page.plan_view.toPlainText()


def test_a_word_is_refused_and_nothing_is_written(
    page: MovementsPage, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(page)
    shown: list[BaseException] = []
    monkeypatch.setattr("desktop.ui.errors.show_error", lambda _p, exc: shown.append(exc))
    tab.grid.item(0, 3).setText("mười hai")
    assert shown and "mười hai" in str(shown[0])
    assert targets.target_sheet(ws, page.movement.id).lines[0].year(2022).empty  # type: ignore[union-attr]
    assert tab.grid.item(0, 3).text() == ""
    targets.set_value(ws, tab.sheet.lines[0].target_id, 2022, Measure.PLANNED, 3)  # type: ignore[union-attr]
    tab.refresh()
    assert tab.grid.item(0, 3).text() == "3"
