"""The change log in a clerk's words: Cán bộ, Ngày sinh, Nữ, the person's name; the technical
view (tables, identifiers, stored values) one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, ratings, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.history import HistoryDialog


def _row(model, action: str, kind: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        r
        for r in range(model.rowCount())
        if model.index(r, 4).data() == action and model.index(r, 2).data() == kind
    )


def test_the_log_speaks_vietnamese_and_names_records(qtbot, ws: Workspace) -> None:
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", UnitKind.DEPARTMENT, "KH"))
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit, sex=Sex.FEMALE))
    data = people.get(ws, pid).data
    from dataclasses import replace

    people.save(ws, replace(data, birth_date=BirthDate(1985, 3, 12)), pid)
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
    dialog = HistoryDialog(ws)
    qtbot.addWidget(dialog)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Time", "User", "Kind of record", "Name", "Action", "What changed"]
    # the new person: kind, her name, her fields in Vietnamese, no bookkeeping
    created = _row(model, "Created", "Cán bộ")
    assert model.index(created, 3).data() == "Nguyễn Thị Hương"
    text = model.index(created, 5).data()
    assert "Họ và tên: Nguyễn Thị Hương" in text and "Giới tính: Nữ" in text
    assert "Đơn vị: Phòng Kế hoạch" in text
    for word in ("sort_key", "name_fold", "uuid", "nu;", "full_name", "unit_id"):
        assert word not in text
    # the change: the field's name and the date as a clerk writes it
    changed = _row(model, "Changed", "Cán bộ")
    assert model.index(changed, 5).data() == "Ngày sinh: (trống) → 12/03/1985"
    assert model.index(changed, 3).data() == "Nguyễn Thị Hương"
    # the rating names the person and the rating
    rated = _row(model, "Created", "Xếp loại cá nhân")
    assert model.index(rated, 3).data() == "Nguyễn Thị Hương"
    assert "Xếp loại: Hoàn thành xuất sắc nhiệm vụ" in model.index(rated, 5).data()
    assert "Cán bộ: Nguyễn Thị Hương" in model.index(rated, 5).data()
    # the kinds filter lists Vietnamese kinds, filtering by the stored table
    assert dialog.table_combo.findText("Cán bộ") > 0
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findText("Cán bộ"))
    assert model.total == 2
    # WHEN the administrator turns on the technical view THEN tables and identifiers come back
    assert dialog.record_edit.isHidden()
    dialog.technical_check.click()
    assert model.columnCount() == 7 and model.headerData(3, Qt.Orientation.Horizontal) == "Table"
    assert model.index(0, 3).data() == "person"
    assert "birth_date" in model.index(0, 6).data()
    assert not dialog.record_edit.isHidden()
