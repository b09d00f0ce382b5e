"""The `positions` spreadsheet (quá trình công tác): people found as in the award history,
a position updated by title and start, concurrent posts kept, export round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput
from desktop.domain.subjects import PositionInput
from desktop.domain.units import UnitInput
from desktop.services import people, positions, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx

HEAD = (
    "Họ và tên",
    "Số CCCD",
    "Ngày sinh",
    "Đơn vị",
    "Chức vụ",
    "Cơ quan, đơn vị",
    "Từ ngày",
    "Đến ngày",
    "Lãnh đạo, quản lý",
)


@pytest.fixture
def person(ws: Workspace) -> int:
    unit = units.save(ws, UnitInput("Văn phòng Sở", code="VP"))
    pid = people.save(
        ws,
        PersonInput("Trần Thị Bình", unit, birth_date=BirthDate(1975, 4, 2), cccd="001175000001"),
    )
    positions.replace_all(
        ws, pid, [PositionInput("Phó Chánh Văn phòng", date(2010, 1, 1), None, True)]
    )
    return pid


def test_import_adds_updates_and_refuses_overlaps(
    ws: Workspace, person: int, tmp_path: Path
) -> None:
    f = make_xlsx(
        tmp_path / "qt.xlsx",
        [
            HEAD,
            (
                "Trần Thị Bình",
                "001175000001",
                "",
                "",
                "Chuyên viên",
                "Văn phòng Sở",
                "01/09/2000",
                "31/12/2009",
                "",
            ),
            (
                "Trần Thị Bình",
                "",
                "02/04/1975",
                "",
                "phó chánh văn phòng",
                "",
                "01/01/2010",
                "30/06/2016",
                "x",
            ),
            ("Trần Thị Bình", "", "02/04/1975", "", "Chánh Văn phòng", "", "01/07/2016", "", "x"),
            ("Trần Thị Bình", "", "02/04/1975", "", "Bí thư Chi bộ", "", "01/01/2018", "", "x"),
            ("Nguyễn Văn Không", "", "", "", "Trưởng phòng", "", "01/01/2020", "", "x"),
            ("Trần Thị Bình", "", "02/04/1975", "", "Thư ký", "", "31/02/2020", "", ""),
        ],
    )
    previewed = transfer.preview_import(ws, "positions", f)
    # Concurrent posts (kiêm nhiệm) may overlap; an unknown person and a bad date may not.
    actions = [r.action for r in previewed.rows]
    assert actions == ["add", "update", "add", "add", "error", "error"]
    assert "Nguyễn Văn Không" in previewed.rows[4].error
    assert "31/02/2020" in previewed.rows[5].error or "không hợp lệ" in previewed.rows[5].error
    with pytest.raises(transfer.ImportRejected):
        transfer.commit_import(ws, previewed)
    result = transfer.commit_import(ws, previewed, skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (3, 1, 2)
    held = [p.data for p in positions.of_person(ws, person)]
    assert held == [
        PositionInput("Chuyên viên", date(2000, 9, 1), date(2009, 12, 31), False, "Văn phòng Sở"),
        PositionInput("phó chánh văn phòng", date(2010, 1, 1), date(2016, 6, 30), True),
        PositionInput("Chánh Văn phòng", date(2016, 7, 1), None, True),
        PositionInput("Bí thư Chi bộ", date(2018, 1, 1), None, True),
    ]


def test_export_then_import_changes_nothing(ws: Workspace, person: int, tmp_path: Path) -> None:
    positions.replace_all(
        ws,
        person,
        [
            PositionInput(
                "Chuyên viên", date(2000, 9, 1), date(2009, 12, 31), False, "Văn phòng Sở"
            ),
            PositionInput("Phó Chánh Văn phòng", date(2010, 1, 1), None, True),
        ],
    )
    out = tmp_path / "out.xlsx"
    assert transfer.export(ws, "positions", out) == 2
    rows = [tuple(c.value for c in r) for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert rows[0] == HEAD
    assert rows[2][4:] == ("Phó Chánh Văn phòng", None, "01/01/2010", None, "x")
    before = positions.of_person(ws, person)
    result = transfer.import_file(ws, "positions", out)
    assert (result.added, result.updated, result.skipped, result.unchanged) == (0, 0, 0, 2)
    assert [p.data for p in positions.of_person(ws, person)] == [p.data for p in before]
