"""The dashboard's deadlines (qtbot): a duty added shows in the list, a late one in red with the
status bar saying so, marking it done takes it away; the first window of the day lists what is
late once."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel

from desktop.domain.deadlines import DutyInput
from desktop.domain.movements import MilestoneKind
from desktop.services import deadlines
from desktop.services.session import Workspace
from desktop.ui import due_reminder
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.widgets.due_list import LATE_COLOUR, DueList, DutyDialog
from tests.ui.office_data import when_modal

TODAY = date.today()


def test_add_mark_done_and_late_shown(qtbot, ws: Workspace) -> None:
    deadlines.add(ws, DutyInput("Chấm điểm Khối phòng", MilestoneKind.SCORING,
                                TODAY - timedelta(4), "Hội đồng"))  # fmt: skip
    window = MainWindow(ws, Preferences())
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("documents")
    due: DueList = page.due_list  # type: ignore[union-attr]
    # GIVEN one late duty: red in the list, named in the status bar
    assert [i.title for i in due.items()] == ["Chấm điểm Khối phòng"]
    assert due.table.item(0, 1).foreground().color() == LATE_COLOUR
    assert "4" in due.table.item(0, 0).text()
    assert due.summary.text().startswith("1")
    window.refresh_status()
    late = window.statusBar().findChild(QLabel, due_reminder.LABEL_NAME)
    assert late is not None and late.isVisible() and "Chấm điểm Khối phòng" in late.text()
    # WHEN the clerk adds a duty due in 10 days (the form saves it)
    form = DutyDialog(ws, due, TODAY + timedelta(10))
    form.title_edit.setText("Báo cáo năm")
    form.kind_box.setCurrentIndex(form.kind_box.findData(MilestoneKind.YEARLY))
    form.assignee_edit.setText("Văn phòng")
    when_modal(lambda d: d.accept())  # type: ignore[attr-defined]
    assert due.add_duty(form) is not None
    # THEN it is listed after the late one, not in red
    assert [i.title for i in due.items()] == ["Chấm điểm Khối phòng", "Báo cáo năm"]
    assert due.table.item(1, 1).foreground().color() != LATE_COLOUR
    assert due.table.item(1, 2).text() == "Văn phòng"
    # WHEN the late one is marked done yesterday
    assert not due.done_button.isEnabled()
    assert due.select("Chấm điểm Khối phòng")
    assert due.done_button.isEnabled()
    due.ask_done_on = lambda item: TODAY - timedelta(1)
    with qtbot.waitSignal(due.changed):
        assert due.mark_done()
    # THEN it leaves the list, and the status bar no longer warns (the page told the window)
    assert [i.title for i in due.items()] == ["Báo cáo năm"]
    assert late.isHidden()
    done = [i for i in deadlines.all_items(ws) if i.done_on]
    assert [(i.title, i.done_on) for i in done] == [("Chấm điểm Khối phòng", TODAY - timedelta(1))]
    # the window's days box widens the list
    deadlines.add(ws, DutyInput("Tổng kết", MilestoneKind.FINAL, TODAY + timedelta(50)))
    due.days_box.setValue(60)
    assert [i.title for i in due.items()] == ["Báo cáo năm", "Tổng kết"]


def test_the_year_usual_duties_are_added_once(qtbot, ws: Workspace) -> None:
    due = DueList(ws)
    qtbot.addWidget(due)
    due.today = lambda: date(2027, 3, 20)
    assert due.add_year_duties() == 4
    assert due.add_year_duties() == 0
    titles = [i.title for i in due.items()]
    # on 20/3/2027 the January registration is late and the March scoring due soon
    assert titles == ["Đăng ký thi đua năm 2027", "Chấm điểm thi đua năm 2026"]


def test_first_window_of_the_day_lists_the_late_once(qtbot, ws: Workspace) -> None:
    deadlines.add(ws, DutyInput("Báo cáo 6 tháng", MilestoneKind.HALF_YEAR, TODAY - timedelta(2)))
    window = MainWindow(ws, Preferences())
    qtbot.addWidget(window)
    prefs = Preferences()
    box = due_reminder.daily_message(window, ws, prefs)
    assert box is not None and "Báo cáo 6 tháng" in box.text()
    box.close()
    # the same day again: nothing; the next day: again
    assert due_reminder.daily_message(window, ws, prefs) is None
    later = due_reminder.daily_message(window, ws, prefs, TODAY + timedelta(1))
    assert later is not None
    later.close()
