"""The main window: opens on a real database, side bar, lazy pages, a page that fails to build,
shortcuts, global search and status bar."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.broken_page import BrokenPage
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES
from desktop.ui.preferences import Preferences
from tests.ui.shell_data import small_office


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Errors the window would show: recorded (a modal dialog would hang a headless run) and
    failing the test unless it expects them."""
    shown: list[BaseException] = []
    monkeypatch.setattr("desktop.ui.errors.show_error", lambda _parent, exc: shown.append(exc))
    yield shown
    QApplication.processEvents()  # errors of page building are shown from the event loop
    if shown:
        pytest.fail(f"the window showed errors: {shown!r}")


@pytest.fixture
def window(qtbot, ws: Workspace) -> Iterator[MainWindow]:
    small_office(ws)
    win = MainWindow(ws, Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    i18n.install(qapp, "vi")
    yield
    i18n.uninstall(qapp)


def test_opens_on_the_people_page_with_the_first_rows(window: MainWindow, qtbot) -> None:
    # GIVEN a database with three people WHEN the window opens THEN the people table shows them
    assert window.current_key() == "people"
    page = window.current_page()
    assert page is not None and type(page).__name__ == "PeoplePage"
    table = page.table  # type: ignore[attr-defined]
    assert table.model().rowCount() == 3
    assert str(window.workspace.path) in window.path_label.text()
    qtbot.waitUntil(lambda: "3" in window.counts_label.text())
    assert "2" in window.counts_label.text()


def test_pages_are_built_only_when_first_shown(window: MainWindow) -> None:
    assert window.page("units") is None
    assert window.page("settings") is None
    units_page = window.show_page("units")
    assert units_page is not None and type(units_page).__name__ == "UnitsPage"
    assert window.stack.currentWidget() is units_page
    assert window.show_page("units") is units_page  # built once


def test_side_bar_lists_every_page_and_switches(window: MainWindow) -> None:
    assert window.navigation.count() == len(PAGES)
    for row, spec in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)
        # every entry opens its own page class, not the stand-in for a page that failed
        assert type(window.page(spec.key)).__name__ == spec.cls, f"{spec.key} failed to build"


def test_side_bar_in_vietnamese(vietnamese: None, ws: Workspace, qtbot) -> None:
    win = MainWindow(ws, Preferences())
    qtbot.addWidget(win)
    titles = [win.navigation.item(r).text() for r in range(win.navigation.count())]
    assert titles[:2] == ["Đơn vị", "Cán bộ - Cá nhân"]
    for expected in ("Phong trào thi đua", "Sáng kiến", "Đề nghị khen thưởng", "Hồ sơ - Báo cáo"):
        assert expected in titles


def test_ctrl_number_switches_pages(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == PAGES[0].key
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == PAGES[7].key


def test_ctrl_f_focuses_the_page_search(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert QApplication.focusWidget() is page.search  # type: ignore[union-attr]


def test_global_search_finds_people_without_accents_and_opens_them(
    window: MainWindow, qtbot
) -> None:
    window.search.setText("nguyen thi huong")
    window.search.run_search()
    assert window.search.hit_count() == 1
    window.search.setText("huong")
    window.search.run_search()
    labels = [window.search.results.item(r).text() for r in range(window.search.results.rowCount())]
    assert any("Nguyễn Thị Hương" in label for label in labels)
    assert not any("Phương" in label for label in labels)
    window.show_page("settings")
    window.search.choose(0)
    assert window.current_key() == "people"
    page = window.current_page()
    assert page.current_person_id() is not None  # type: ignore[union-attr]


def test_global_search_finds_units(window: MainWindow) -> None:
    window.search.setText("thanh tra")
    window.search.run_search()
    assert window.search.hit_count() >= 1
    window.search.choose(0)
    assert window.current_key() == "units"


def test_window_state_is_saved(ws: Workspace, qtbot) -> None:
    prefs = Preferences()
    win = MainWindow(ws, prefs)
    qtbot.addWidget(win)
    win.show()
    win.resize(900, 640)
    win.show_page("units")
    win.close()
    assert not prefs.window_geometry().isEmpty()
    assert prefs.last_page() == "units"


def test_top_bar_shows_the_office_saved_in_settings(window: MainWindow) -> None:
    assert "Office details not entered yet" in window.office_label.text()
    settings = window.show_page("settings")
    settings.edits["name"].setText("Sở Tài chính")  # type: ignore[union-attr]
    assert settings.save()  # type: ignore[union-attr]
    assert "Sở Tài chính" in window.office_label.text()


def test_a_page_that_fails_to_build_is_reported_not_hidden(
    window: MainWindow, monkeypatch, qtbot, shown_errors: list[BaseException]
) -> None:
    import desktop.ui.pages.settings as settings_module

    def broken(*_args: object) -> None:
        raise RuntimeError("page bug for the test")

    monkeypatch.setattr(settings_module, "SettingsPage", broken)
    page = window.show_page("settings")
    assert isinstance(page, BrokenPage)
    assert "could not be opened" in page.text_label.text()
    qtbot.waitUntil(lambda: bool(shown_errors))
    assert "page bug for the test" in str(shown_errors[0])
    shown_errors.clear()  # expected here


def test_every_page_has_an_icon_and_a_translatable_title() -> None:
    from desktop import paths
    from desktop.ui.main_window import NAVIGATION_TITLES

    for spec in PAGES:
        assert (paths.resources_dir() / "icons" / f"{spec.icon}.svg").exists(), spec.key
        assert spec.title in NAVIGATION_TITLES, f"add {spec.title!r} to NAVIGATION_TITLES"
