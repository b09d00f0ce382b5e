"""Column titles are read whole (wide enough, or in full as a tooltip) and a chart's cut labels
show in full when pointed at."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QToolTip

from desktop.services import movements
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.pages.initiatives import InitiativesPage
from desktop.ui.pages.movement_tabs import RegistrationsTab
from desktop.ui.pages.year_registrations import YearRegistrations
from desktop.ui.widgets.bar_chart import BarChart
from desktop.ui.widgets.header_fit import WIDEST, title_width
from tests.services.movement_data import make_office


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    i18n.install(qapp, "vi")
    yield
    i18n.uninstall(qapp)


def _cut_titles(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    model = header.model()
    cut = []
    for section in range(header.count() - 1):  # the last one stretches
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        if header.sectionSize(section) < min(title_width(header, section), WIDEST):
            cut.append(str(model.headerData(section, Qt.Orientation.Horizontal)))
    return cut


def test_registration_and_initiative_titles_are_not_cut(qtbot, ws: Workspace, vietnamese) -> None:
    office = make_office(ws)
    tab = RegistrationsTab(ws)
    qtbot.addWidget(tab)
    tab.set_movement(movements.get(ws, office.movement))
    tab.ensure_loaded()
    year = YearRegistrations(ws)
    qtbot.addWidget(year)
    initiatives = InitiativesPage(ws)
    qtbot.addWidget(initiatives)
    dialog = MovementDialog(ws, office.movement)
    qtbot.addWidget(dialog)
    for name, view in (
        ("registrations", tab.view),
        ("registrations of the year", year.view),
        ("initiatives", initiatives.table),
        ("milestones", dialog.milestones),
    ):
        assert _cut_titles(view) == [], name
    headers = [
        dialog.milestones.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
        for c in range(dialog.milestones.columnCount())
    ]
    assert "Hạn (ngày/tháng/năm)" in headers


def test_a_header_tells_its_full_title(qtbot, ws: Workspace, vietnamese) -> None:
    year = YearRegistrations(ws)
    qtbot.addWidget(year)
    year.resize(900, 400)
    year.show()
    qtbot.waitExposed(year)
    header = year.view.horizontalHeader()
    header.resizeSection(1, 30)  # the clerk narrowed a column
    pos = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, header.mapToGlobal(pos))
    QApplication.sendEvent(header, event)
    assert QToolTip.text() == "Cá nhân / tập thể"
    QToolTip.hideText()


def test_chart_labels_show_in_full_when_pointed_at(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    long = "Huân chương Lao động hạng Ba (Chủ tịch nước)"
    chart.set_data("Khen thưởng", [long, "Bằng khen"], [("Năm nay", [3, 1]), ("Năm trước", [2, 0])])
    # the drawn label is cut (150 px per group), the tooltip is whole with the values
    assert chart.fontMetrics().horizontalAdvance(long) > chart.width() / 2
    text = chart.tooltip_at(chart.width() / 4)
    assert text.splitlines() == [long, "Năm nay: 3", "Năm trước: 2"]
    assert chart.tooltip_at(chart.width() * 3 / 4).startswith("Bằng khen")
    assert chart.tooltip_at(2) == ""
