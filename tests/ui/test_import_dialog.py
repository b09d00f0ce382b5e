"""The Excel import preview dialog and the import/export runs the pages call, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.domain.units import UnitInput
from desktop.services import people, transfer, units
from desktop.services.session import Workspace
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ACTION_ROLE, ImportPreviewDialog
from tests.exchange.helpers import make_xlsx


@pytest.fixture
def staff_file(ws: Workspace, tmp_path: Path) -> Path:
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    return make_xlsx(
        tmp_path / "staff.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"],
            ["Nguyễn Văn An", "01/02/1980", "001080000001", "VP"],
            ["Trần Thị Bình", "1985", "", "Phòng Lạ"],
            ["Lê Văn Cường", "1990", "", "Văn phòng"],
        ],
    )


def test_preview_marks_bad_rows_and_imports_the_valid_ones(
    qtbot, qtmodeltester, ws: Workspace, staff_file: Path
) -> None:
    # GIVEN the preview of a file with one bad row
    preview = transfer.preview_import(ws, "staff", staff_file)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    # THEN every row is listed, the bad one with its reason and a red background
    assert model.rowCount() == 3
    last = model.columnCount() - 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"
    assert model.index(0, 0).data() == "2"
    assert model.index(1, 1).data() == "Trần Thị Bình"
    assert "No unit “Phòng Lạ” was found" in model.index(1, last).data()  # (English UI)
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(ACTION_ROLE) == transfer.ERROR
    assert "2" in dialog.summary.text() and "1" in dialog.summary.text()
    # WHEN the clerk imports the valid rows
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = import_dialog.commit_preview(None, ws, preview)
    # THEN the two good rows are written, the bad one skipped
    assert result is not None and (result.added, result.skipped) == (2, 1)
    assert people.count(ws) == 2


def test_cancel_writes_nothing(qtbot, ws: Workspace, staff_file: Path) -> None:
    dialog = ImportPreviewDialog(transfer.preview_import(ws, "staff", staff_file))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert people.count(ws) == 0


def test_nothing_valid_disables_import(qtbot, ws: Workspace, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "bad.xlsx", [["Họ và tên", "Đơn vị"], ["An", "Không Có"]])
    dialog = ImportPreviewDialog(transfer.preview_import(ws, "staff", path))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()


def _answer_modals(qtbot, answers: list[str]) -> QTimer:
    """Answer the modal windows as they appear: accept the preview, close message boxes."""
    timer = QTimer()

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, ImportPreviewDialog):
            answers.append("preview")
            w.import_button.click()
        elif isinstance(w, QMessageBox):
            answers.append(w.text())
            w.accept()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_run_import_end_to_end(
    qtbot, ws: Workspace, staff_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(staff_file), ""))
    answers: list[str] = []
    timer = _answer_modals(qtbot, answers)
    try:
        assert import_dialog.run_import(None, ws, "staff") is True
    finally:
        timer.stop()
    assert answers[0] == "preview"
    assert "2" in answers[1] and "1" in answers[1]
    assert people.count(ws) == 2


def test_run_import_refused_file_and_cancelled_choice(
    qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert import_dialog.run_import(None, ws, "staff") is False
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    answers: list[str] = []
    timer = _answer_modals(qtbot, answers)
    try:
        assert import_dialog.run_import(None, ws, "units") is False
    finally:
        timer.stop()
    assert "password" in answers[0]


def test_run_export(qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    units.save(ws, UnitInput("Văn phòng", code="VP"))
    target = tmp_path / "don_vi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answers: list[str] = []
    timer = _answer_modals(qtbot, answers)
    try:
        import_dialog.run_export(None, ws, "units")
    finally:
        timer.stop()
    assert (tmp_path / "don_vi.xlsx").exists()
    assert "don_vi.xlsx" in answers[0]


def test_preview_shows_an_update_field_by_field_and_unchanged_rows(
    qtbot, ws: Workspace, staff_file: Path, tmp_path: Path
) -> None:
    # GIVEN the file imported once, then a copy with one phone number changed
    transfer.import_file(ws, "staff", staff_file, skip_invalid=True)
    changed = make_xlsx(
        tmp_path / "changed.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị", "Điện thoại"],
            ["Nguyễn Văn An", "01/02/1980", "001080000001", "VP", "0912345678"],
            ["Lê Văn Cường", "1990", "", "Văn phòng", ""],
        ],
    )
    dialog = ImportPreviewDialog(transfer.preview_import(ws, "staff", changed))
    qtbot.addWidget(dialog)
    model = dialog.model
    last = model.columnCount() - 1
    # THEN the update names the field with its old and new value; the other row is unchanged
    update, unchanged = model._actions[transfer.UPDATE], model._actions[transfer.UNCHANGED]
    assert model.index(0, last).data() == f"{update}: Điện thoại: (trống) → 0912345678"
    assert model.index(1, last).data() == unchanged
    assert model.index(1, 0).data(ACTION_ROLE) == transfer.UNCHANGED
