"""A small real office for the UI tests, written through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex, WorkStatus
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, units
from desktop.services.session import Workspace


@dataclass
class Office:
    """Ids of what `fill_office` created."""

    units: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


PEOPLE = [
    # name, unit key, sex, birth, cccd, position
    (
        "Nguyễn Thị Hương",
        "vp",
        Sex.FEMALE,
        BirthDate(1985, 3, 12),
        "001185000123",
        "Chánh Văn phòng",
    ),
    ("Trần Văn Phương", "vp", Sex.MALE, BirthDate(1979, 11, 2), "034079001234", "Chuyên viên"),
    ("Đặng Minh Anh", "tt", Sex.MALE, BirthDate(1990), "", "Thanh tra viên"),
    ("Lê Thị Ánh", "tt", Sex.FEMALE, BirthDate(1992, 7, 30), "", "Chánh Thanh tra"),
    ("Phạm Quốc Bảo", "ttcntt", Sex.MALE, BirthDate(1988, 1, 5), "079088004321", "Giám đốc"),
    ("Hoàng Văn Ân", "ttcntt_kt", Sex.MALE, BirthDate(1995, 9, 9), "", "Kỹ thuật viên"),
    ("Vũ Thị Hường", "xa", Sex.FEMALE, None, "", "Chủ tịch UBND xã"),
]


def fill_office(ws: Workspace) -> Office:
    """Units (with a sub-unit of a sub-unit) and a few people with Vietnamese names."""
    o = Office()
    o.units["vp"] = units.save(ws, UnitInput("Văn phòng Sở", UnitKind.DEPARTMENT, "VP"))
    o.units["tt"] = units.save(ws, UnitInput("Thanh tra Sở", UnitKind.DEPARTMENT, "TT"))
    o.units["ttcntt"] = units.save(
        ws, UnitInput("Trung tâm Công nghệ thông tin", UnitKind.SUBORDINATE, "CNTT")
    )
    o.units["ttcntt_kt"] = units.save(
        ws,
        UnitInput("Phòng Kỹ thuật", UnitKind.DEPARTMENT, "KT", parent_id=o.units["ttcntt"]),
    )
    o.units["empty"] = units.save(ws, UnitInput("Phòng Pháp chế", UnitKind.DEPARTMENT, "PC"))
    o.units["xa"] = units.save(
        ws, UnitInput("Xã Tân Phú", UnitKind.COMMUNE, "", internal=False, address="Huyện Tân Phú")
    )
    for name, unit, sex, birth, cccd, pos in PEOPLE:
        o.people[name] = people.save(
            ws,
            PersonInput(
                full_name=name,
                unit_id=o.units[unit],
                sex=sex,
                birth_date=birth,
                cccd=cccd,
                position=pos,
                status=WorkStatus.WORKING,
            ),
        )
    return o


def when_modal(handler: Callable[[QWidget], None], *, close: bool = True) -> None:
    """Run `handler(dialog)` on the next modal window once it is shown (exec() blocks).

    When the handler fails or leaves the window open, the window is rejected so the test
    reports the failure instead of hanging.
    """

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, run)
            return
        try:
            handler(widget)
        finally:
            if close and widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()

    QTimer.singleShot(0, run)


def click_box_button(box: QWidget, text: str | None = None, std: object = None) -> None:
    """Click a message box button by its text or standard button."""
    assert isinstance(box, QMessageBox), f"expected a message box, got {box!r}"
    if std is not None:
        button = box.button(std)
    else:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    assert button is not None
    button.click()
