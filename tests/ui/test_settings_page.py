"""The settings page: office identity saved through the service, inline messages, language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain.office import OfficeInfo
from desktop.services import office
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.preferences import Preferences


@pytest.fixture
def page(qtbot, ws: Workspace) -> Iterator[SettingsPage]:
    widget = SettingsPage(ws, None, Preferences())
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def fill(page: SettingsPage, **values: str) -> None:
    for field, text in values.items():
        page.edits[field].setText(text)


def test_saves_the_office_identity(page: SettingsPage, ws: Workspace, qtbot) -> None:
    # GIVEN the form filled in, with extra spaces and a lower-case symbol
    fill(
        page,
        parent_agency="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        name="  SỞ TÀI CHÍNH ",
        place="Sóc Trăng",
        signer_name="Nguyễn Văn An",
        signer_title="GIÁM ĐỐC",
        symbol="stc",
    )
    # WHEN the clerk saves
    with qtbot.waitSignal(page.data_changed):
        assert page.save() is True
    # THEN the database holds the cleaned values and the page says so
    stored = office.load(ws)
    assert stored == OfficeInfo(
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "SỞ TÀI CHÍNH",
        "Sóc Trăng",
        "Nguyễn Văn An",
        "GIÁM ĐỐC",
        "STC",
    )
    assert page.edits["symbol"].text() == "STC"
    assert page.saved_label.text()
    # AND a new page shows what was stored
    again = SettingsPage(ws, None, Preferences())
    qtbot.addWidget(again)
    assert again.edits["name"].text() == "SỞ TÀI CHÍNH"


def test_empty_name_is_refused_next_to_the_field(page: SettingsPage, ws: Workspace) -> None:
    fill(page, name="   ", place="Hà Nội")
    assert page.save() is False
    assert page.errors.text("name") == "Enter the name of the office."
    assert page.edits["name"].hasFocus()
    assert office.load(ws) == OfficeInfo()  # nothing written
    assert not page.saved_label.text()


def test_empty_name_message_in_vietnamese(qapp, ws: Workspace, qtbot) -> None:
    i18n.install(qapp, "vi")
    try:
        widget = SettingsPage(ws, None, Preferences())
        qtbot.addWidget(widget)
        widget.save()
        assert widget.errors.text("name") == "Tên cơ quan không được để trống."
    finally:
        i18n.uninstall(qapp)


def test_bad_symbol_is_refused(page: SettingsPage, ws: Workspace) -> None:
    fill(page, name="Sở Tài chính", symbol="SỞ-TC")
    assert page.save() is False
    assert "digits" in page.errors.text("symbol")
    assert page.errors.text("name") == ""


def test_language_choice_is_kept_for_the_next_start(page: SettingsPage) -> None:
    assert page.language.currentData() == "vi"  # the default
    page.language.setCurrentIndex(page.language.findData("en"))
    assert Preferences().language == "en"
    assert "next" in page.language_note.text() or "again" in page.language_note.text()
