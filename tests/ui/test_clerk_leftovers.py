"""Words a clerk understands: the leftovers of issue 15 (mnemonic shown as '&', English kind
names, decimal point, shortcuts in the help, date format, page heading, empty people page)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel

from desktop import paths
from desktop.domain.people import PersonInput
from desktop.domain.proposals import MeetingFacts, NomineeFacts, submission_problems
from desktop.domain.units import UnitInput
from desktop.services import catalog, people, units
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs.movement_dialog import MovementDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES
from desktop.ui.pages.documents import DocumentsPage
from desktop.ui.pages.people import PeoplePage
from desktop.ui.preferences import Preferences


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    i18n.install(qapp, "vi")
    yield
    i18n.uninstall(qapp)


def test_period_label_is_a_mnemonic_not_a_literal_ampersand(
    qtbot, ws: Workspace, vietnamese
) -> None:
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "&Thời gian:")
    assert label.buddy() is dialog.start_edit  # shown as "Thời gian:" with T underlined


def test_milestone_due_column_in_vietnamese_words(qtbot, ws: Workspace, vietnamese) -> None:
    dialog = MovementDialog(ws)
    qtbot.addWidget(dialog)
    headers = [
        dialog.milestones.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
        for c in range(dialog.milestones.columnCount())
    ]
    assert "Hạn (ngày/tháng/năm)" in headers


def test_vote_share_with_a_decimal_comma() -> None:
    facts = NomineeFacts(
        1, "Nguyễn Văn An", ("person", 1), "CSTDCS", "eligible", "", 5, False, False, 1
    )
    problems = submission_problems(catalog.national(), 2025, MeetingFacts(7), [facts], [], "")
    text = next(p.message for p in problems if p.code == "votes_below")
    assert "(71,4 %)" in text and "71.4" not in text


def test_help_names_every_page_shortcut(qtbot, ws: Workspace) -> None:
    # every page of the side bar has a shortcut, and the help names them all
    window = MainWindow(ws, Preferences())
    qtbot.addWidget(window)
    keys = {s.key().toString() for s in window.findChildren(QShortcut)}
    # The first ten pages have Ctrl+1 … Ctrl+9, Ctrl+0; pages after the tenth are clicked.
    wanted = [f"Ctrl+{n % 10}" for n in range(1, min(len(PAGES), 10) + 1)]
    assert set(wanted) <= keys
    html = (paths.resources_dir() / "help" / "vi.html").read_text(encoding="utf-8")
    assert "<b>Ctrl+1</b> … <b>Ctrl+9</b>, <b>Ctrl+0</b>" in html and len(PAGES) >= 10
    assert "Ctrl+8</b></td>" not in html


def test_dossiers_page_has_its_heading(qtbot, ws: Workspace, vietnamese) -> None:
    page = DocumentsPage(ws)
    qtbot.addWidget(page)
    title = page.findChild(QLabel, "pageTitle")
    assert title is not None and title.text() == "Hồ sơ - Báo cáo"


def test_empty_people_page_says_how_to_start(qtbot, ws: Workspace, vietnamese) -> None:
    page = PeoplePage(ws)
    qtbot.addWidget(page)
    page.show()
    hint = page.empty_hint
    assert hint.isVisible()
    for words in ("Thêm", "Nhập từ Excel", "Tải mẫu Excel"):
        assert words in hint.text(), words
    # a search with no result is not "empty"
    page.search.setText("không có ai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not hint.isVisible())
    page.search.setText("")
    qtbot.waitUntil(hint.isVisible)
    # once someone is recorded the hint goes
    unit = units.save(ws, UnitInput("Văn phòng", code="VP"))
    people.save(ws, PersonInput("Nguyễn Văn An", unit))
    page.refresh()
    assert page.model.rowCount() == 1 and not hint.isVisible()
    assert page.table.isVisible()
