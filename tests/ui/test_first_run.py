"""The first-run wizard: office identity with its checks, an empty data file or the demo, the
optional Excel import page; driven with next()/accept(), never exec()."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.units import UnitInput
from desktop.services import office, people, transfer, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.first_run import IMPORT_PAGE, OFFICE_PAGE, START_PAGE, FirstRunWizard


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> Iterator[FirstRunWizard]:
    w = FirstRunWizard(tmp_path / "thidua.db", tmp_path / "demo.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.workspace is not None:
        w.workspace.close()


def fill(w: FirstRunWizard, **values: str) -> None:
    for field, value in values.items():
        w.office_page.edits[field].setText(value)


def error_text(w: FirstRunWizard, field: str) -> str:
    return w.office_page.errors._labels[field].text()


def test_office_name_is_required_and_nothing_is_created(wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == OFFICE_PAGE
    wizard.next()
    assert wizard.currentId() == OFFICE_PAGE
    assert error_text(wizard, "name")
    fill(wizard, name="Sở Tài chính", symbol="S T C!")
    wizard.next()
    assert wizard.currentId() == OFFICE_PAGE
    assert error_text(wizard, "symbol")
    assert not wizard.path.exists() and wizard.created() is None


def test_empty_start_creates_the_office_file(wizard: FirstRunWizard, tmp_path: Path) -> None:
    fill(
        wizard,
        parent_agency="Ủy ban nhân dân tỉnh Sóc Trăng",
        name="Sở Tài chính",
        place="Sóc Trăng",
        signer_name="Trần Văn Hùng",
        signer_title="Giám đốc",
        symbol="stc",
    )
    wizard.next()
    assert wizard.currentId() == START_PAGE
    assert wizard.start_page.empty.isChecked()
    wizard.next()
    assert wizard.currentId() == IMPORT_PAGE
    assert wizard.created() == tmp_path / "thidua.db" and wizard.path.exists()
    assert "0" in wizard.import_page.status.text()
    # Back and Next again does not create a second time
    wizard.back()
    wizard.next()
    assert wizard.currentId() == IMPORT_PAGE
    wizard.accept()
    assert wizard.workspace is None  # closed when done
    ws = Workspace.open(tmp_path / "thidua.db")
    try:
        info = office.load(ws)
        assert (info.name, info.symbol, info.signer_name) == (
            "Sở Tài chính",
            "STC",
            "Trần Văn Hùng",
        )
    finally:
        ws.close()
    assert not (tmp_path / "demo.db").exists()


def test_import_page_counts_what_was_imported(wizard: FirstRunWizard, tmp_path: Path) -> None:
    # A staff file exported from another office, imported through the same service the page's
    # dialog uses; the page then shows the new counts.
    source = Workspace.open(tmp_path / "other.db")
    try:
        units.save(source, UnitInput("Phòng Tổng hợp"))
        transfer.export(source, "units", tmp_path / "units.xlsx")
    finally:
        source.close()
    fill(wizard, name="Sở Tài chính")
    wizard.next()
    wizard.next()
    assert wizard.workspace is not None
    transfer.import_file(wizard.workspace, "units", tmp_path / "units.xlsx")
    wizard.import_page.refresh()
    assert "1" in wizard.import_page.status.text()
    assert wizard.import_page.staff_button.isEnabled()
    assert people.count(wizard.workspace) == 0


def test_demo_start_opens_the_demo_file_only(wizard: FirstRunWizard, tmp_path: Path) -> None:
    fill(wizard, name="Sở Nội vụ", symbol="SNV")
    wizard.next()
    wizard.start_page.demo.setChecked(True)
    assert wizard.start_page.isFinalPage() and wizard.start_page.nextId() == -1
    assert wizard.start_page.validatePage()
    wizard.accept()
    assert wizard.created() == tmp_path / "demo.db"
    assert not (tmp_path / "thidua.db").exists()  # the wizard comes back next time
    ws = Workspace.open(tmp_path / "demo.db")
    try:
        assert people.count(ws) > 100
        assert office.load(ws).name == "Sở Nội vụ"  # sample documents carry the office's name
    finally:
        ws.close()


def test_cancel_before_creating_leaves_nothing(wizard: FirstRunWizard, tmp_path: Path) -> None:
    fill(wizard, name="Sở Tài chính")
    wizard.next()
    wizard.reject()
    assert wizard.created() is None
    assert list(tmp_path.iterdir()) == []


def test_the_program_shows_the_wizard_when_there_is_no_data_file(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.ui import app as app_module
    from desktop.ui import i18n

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    name, organization, font = qapp.applicationName(), qapp.organizationName(), qapp.font()
    seen: list[str] = []

    def leave() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, FirstRunWizard):
            seen.append(widget.windowTitle())
            widget.reject()
            timer.stop()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(leave)
    timer.start()
    try:
        assert not paths.default_database().exists()
        assert app_module.run(db=None, demo=False, lang="vi") == 0
    finally:
        timer.stop()
        i18n.uninstall(qapp)
        qapp.setApplicationName(name)
        qapp.setOrganizationName(organization)
        qapp.setFont(font)
    assert len(seen) == 1
    assert not paths.default_database().exists()
