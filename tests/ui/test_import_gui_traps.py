"""Issue 15 traps through the GUI import path (the Excel button's run_import): a staff list
chosen for the units import is refused by its headers with nothing written, and unit kinds
written as offices write them ("Phòng/ban", "thôn/tổ dân phố") are accepted in the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.units import UnitInput, UnitKind
from desktop.services import audit, transfer, units
from desktop.services.session import Workspace
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ImportPreviewDialog
from tests.exchange.helpers import make_xlsx


def _answer(answers: list[str]) -> QTimer:
    """Accept the preview when it shows, close each message box, noting what it said."""
    timer = QTimer()

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, ImportPreviewDialog):
            answers.append("preview")
            w.import_button.click()
        elif isinstance(w, QMessageBox):
            answers.append(w.text() + "\n" + w.informativeText())
            w.accept()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_a_staff_list_chosen_for_units_is_refused_in_the_gui(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an office with its departments, and a staff list that names them without accents
    units.save(ws, UnitInput("Phòng Tin học và Thống kê", UnitKind.DEPARTMENT, code="TH"))
    staff = make_xlsx(
        tmp_path / "can-bo.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Đơn vị", "Chức vụ"],
            ["Nguyễn Văn An", "01/01/1980", "Nam", "", "Phong Tin hoc va Thong ke", ""],
            ["Lê Thị Hoa", "02/02/1985", "Nữ", "", "TCDN", "Chuyên viên"],
        ],
    )
    tree = units.list_units(ws)
    events = audit.head(ws)[0]
    # WHEN the clerk picks it from the Units page's "Import from Excel…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(staff), ""))
    answers: list[str] = []
    timer = _answer(answers)
    try:
        done = import_dialog.run_import(None, ws, "units")
    finally:
        timer.stop()
    # THEN no preview is offered, the message names what the file looks like, nothing changed
    assert done is False
    assert "preview" not in answers
    assert len(answers) == 1 and "Cán bộ - Cá nhân" in answers[0], answers
    assert units.list_units(ws) == tree
    assert audit.head(ws)[0] == events


def test_unit_kinds_as_offices_write_them_in_the_gui(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a units list whose kinds are spelt as offices spell them
    path = make_xlsx(
        tmp_path / "don-vi.xlsx",
        [
            ["Tên đơn vị", "Loại"],
            ["Phòng Kế hoạch", "Phòng/ban"],
            ["Văn phòng Sở", "phòng ban"],
            ["Xã Vĩnh Hải", "Xã/phường"],
            ["Ấp Hòa Thành", "thôn/tổ dân phố"],
        ],
    )
    # WHEN it is previewed in the dialog
    dialog = ImportPreviewDialog(transfer.preview_import(ws, "units", path))
    qtbot.addWidget(dialog)
    # THEN every row is valid, and importing it stores the kinds
    assert all(row.error == "" for row in dialog.preview.rows), [
        row.error for row in dialog.preview.rows
    ]
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    answers: list[str] = []
    timer = _answer(answers)
    try:
        assert import_dialog.run_import(None, ws, "units") is True
    finally:
        timer.stop()
    kinds = {u.name: u.kind for u in units.list_units(ws)}
    assert kinds["Phòng Kế hoạch"] is UnitKind.DEPARTMENT
    assert kinds["Văn phòng Sở"] is UnitKind.DEPARTMENT
    assert kinds["Xã Vĩnh Hải"] is UnitKind.COMMUNE
    assert kinds["Ấp Hòa Thành"] is UnitKind.VILLAGE
