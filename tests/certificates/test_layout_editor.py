"""The layout editor: fields dragged over the blank's scan, their properties, saving the layout
and a printer's calibration through the service."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop.services import certificates
from desktop.ui.dialogs.certificate_layout import CertificateLayoutDialog


def _drag(dlg: CertificateLayoutDialog, a: QPointF, b: QPointF) -> None:
    """Press at scene point `a`, move to `b` with the button held, release."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = dlg.view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    p, q = dlg.view.mapFromScene(a), dlg.view.mapFromScene(b)
    steps = [
        QPoint(p.x() + (q.x() - p.x()) * i // 4, p.y() + (q.y() - p.y()) * i // 4)
        for i in range(1, 5)
    ]
    mod = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, held: Qt.MouseButton) -> None:
        pos = QPointF(at)
        glob = QPointF(viewport.mapToGlobal(at))
        QApplication.sendEvent(viewport, QMouseEvent(kind, pos, pos, glob, button, held, mod))

    send(QEvent.Type.MouseButtonPress, p, left, left)
    for at in steps:
        send(QEvent.Type.MouseMove, at, none, left)
    send(QEvent.Type.MouseButtonRelease, q, left, none)


def _dialog(qtbot, ws) -> CertificateLayoutDialog:  # type: ignore[no-untyped-def]
    dlg = CertificateLayoutDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_dragging_a_field_moves_it_in_the_layout_and_saves(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, ws)
    assert set(dlg.items) == {f.key for f in dlg.layout_.fields}
    item = dlg.items["name"]
    dlg.field_list.setCurrentRow(0)  # "name"
    assert dlg.current_key() == "name"
    # A real drag with the mouse on the view: the field follows by the distance dragged.
    start = item.pos()
    _drag(dlg, item.pos() + QPointF(2, -2), item.pos() + QPointF(2 - 20, -2 + 10))
    moved = dlg.layout_.field("name")
    assert moved is not None
    assert moved.x_mm == pytest.approx(start.x() - 20, abs=0.6)
    assert moved.y_mm == pytest.approx(start.y() + 10, abs=0.6)
    assert (dlg.x_spin.value(), dlg.y_spin.value()) == (moved.x_mm, moved.y_mm)
    item.setPos(QPointF(120.26, 99.9))  # snapped to 0.5 mm
    field = dlg.layout_.field("name")
    assert field is not None and (field.x_mm, field.y_mm) == (120.5, 100.0)
    assert (dlg.x_spin.value(), dlg.y_spin.value()) == (120.5, 100.0)
    dlg.size_spin.setValue(18)
    dlg.align.setCurrentIndex(dlg.align.findData("left"))
    assert item.pos() == QPointF(120.5, 100.0)
    dlg.name.setText("Phôi Giấy khen 2025")
    dlg.award.setCurrentIndex(dlg.award.findData("GIAY_KHEN"))
    dlg.save()
    stored = certificates.layout_named(ws, "Phôi Giấy khen 2025")
    name = stored.field("name")
    assert name is not None and (name.x_mm, name.y_mm, name.size_pt, name.align) == (
        120.5,
        100.0,
        18.0,
        "left",
    )
    assert stored.award_code == "GIAY_KHEN"


def test_unticked_field_is_not_printed(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, ws)
    row = dlg.field_list.item(2)  # "title": pre-printed on most blanks
    row.setCheckState(Qt.CheckState.Unchecked)
    assert "title" not in dlg.items and dlg.layout_.field("title") is None
    dlg.name.setText("Không in danh hiệu")
    dlg.save()
    assert certificates.layout_named(ws, "Không in danh hiệu").field("title") is None


def test_calibration_is_saved_and_refused_out_of_range(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, ws)
    dlg.printer.setEditText("Canon LBP")
    dlg.dx.setValue(2.5)
    dlg.dy.setValue(-1.0)
    dlg.scale.setValue(1.01)
    dlg.save_calibration()
    cal = certificates.calibration(ws, "Canon LBP")
    assert (cal.dx_mm, cal.dy_mm, cal.scale) == (2.5, -1.0, pytest.approx(1.01))


def test_background_scan_is_stretched_over_the_sheet(qtbot, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    image = QImage(594, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5e6c8"))
    path = tmp_path / "phoi.png"
    image.save(str(path))
    dlg = _dialog(qtbot, ws)
    dlg.set_background(str(path))
    rect = dlg.background.sceneBoundingRect()
    assert rect.width() == pytest.approx(297) and rect.height() == pytest.approx(210)
    assert dlg.current_layout().background == str(path)
