"""A file is refused by its headers when it is another kind's (naming that kind); unit kinds
are accepted as offices write them; re-importing an unchanged export writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import FileRejected
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput, UnitKind, parse_unit_kind
from desktop.services import audit, demo, people, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx


@pytest.fixture
def office(ws: Workspace) -> int:
    tin = units.save(ws, UnitInput("Phòng Tin học và Thống kê", UnitKind.DEPARTMENT, code="TH"))
    units.save(ws, UnitInput("Phòng Tài chính doanh nghiệp", UnitKind.DEPARTMENT, code="TCDN"))
    people.save(ws, PersonInput("Nguyễn Văn An", tin, cccd="001080000001"))
    return tin


@pytest.mark.parametrize("kind", ["units", "ratings", "registrations", "awards", "households"])
def test_a_staff_list_imported_as_another_kind_is_refused_naming_staff(
    ws: Workspace, office: int, tmp_path: Path, kind: str
) -> None:
    path = make_xlsx(
        tmp_path / "staff.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Đơn vị", "Chức vụ"],
            ["Nguyễn Văn An", "01/01/1980", "Nam", "001080000001", "Phong Tin hoc va Thong ke", ""],
            ["Lê Thị Hoa", "02/02/1985", "Nữ", "", "TCDN", "Chuyên viên"],
        ],
    )
    tree = units.list_units(ws)
    events = audit.head(ws)[0]
    with pytest.raises(FileRejected, match="Cán bộ - Cá nhân") as refused:
        transfer.import_file(ws, kind, path, skip_invalid=True)
    assert "staff" in refused.value.message
    assert units.list_units(ws) == tree
    assert audit.head(ws)[0] == events
    # The same file as what it is imports fine.
    assert transfer.import_file(ws, "staff", path).added == 1


def test_a_units_file_never_takes_the_diacritics_off_a_stored_name(
    ws: Workspace, office: int, tmp_path: Path
) -> None:
    path = make_xlsx(
        tmp_path / "units.xlsx",
        [["Tên đơn vị", "Mã", "Loại"], ["Phong Tin hoc va Thong ke", "TH", "Phòng/ban"]],
    )
    result = transfer.import_file(ws, "units", path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert units.get(ws, office).name == "Phòng Tin học và Thống kê"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Phòng/ban", UnitKind.DEPARTMENT),
        ("phòng ban", UnitKind.DEPARTMENT),
        ("Phòng - Ban", UnitKind.DEPARTMENT),
        ("Xã/phường", UnitKind.COMMUNE),
        ("phường, xã", UnitKind.COMMUNE),
        ("thôn/tổ dân phố", UnitKind.VILLAGE),
        ("Thôn, tổ dân phố", UnitKind.VILLAGE),
        ("HTX", UnitKind.COOPERATIVE),
    ],
)
def test_unit_kinds_as_offices_write_them(text: str, kind: UnitKind) -> None:
    assert parse_unit_kind(text) is kind


def test_an_unknown_unit_kind_lists_the_kinds_one_per_line(ws: Workspace, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "u.xlsx", [["Tên đơn vị", "Loại"], ["Phòng A", "Sao Hỏa"]])
    error = transfer.preview_import(ws, "units", path).rows[0].error
    lines = error.splitlines()
    assert "  - Phòng, ban" in lines and "  - Xã, phường, đặc khu" in lines
    assert len(lines) == 1 + len(UnitKind)


def test_reimporting_an_unchanged_export_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    demo.fill(ws, people=40, seed=5)
    for kind in ("units", "staff", "initiatives", "awards"):
        out = tmp_path / f"{kind}.xlsx"
        transfer.export(ws, kind, out)
        before = audit.head(ws)
        result = transfer.import_file(ws, kind, out)
        assert (result.added, result.updated) == (0, 0), kind
        assert result.unchanged > 0
        assert audit.head(ws) == before, kind
