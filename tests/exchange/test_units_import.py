"""Importing and exporting the unit tree."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.domain.units import UnitInput, UnitKind
from desktop.services import transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx


def _tree(ws: Workspace) -> set[tuple[object, ...]]:
    all_units = units.list_units(ws)
    name = {u.id: u.name for u in all_units}
    return {
        (
            u.name,
            u.code,
            name.get(u.parent_id) if u.parent_id else None,
            u.kind,
            u.internal,
            u.address,
        )
        for u in all_units
    }


def test_units_file_with_parents_inside(ws: Workspace, tmp_path: Path) -> None:
    # GIVEN children listed before their parents, kinds by label or short form, no diacritics
    units.save(ws, UnitInput("Sở Tài chính", UnitKind.OTHER, code="STC"))
    path = make_xlsx(
        tmp_path / "units.xlsx",
        [
            ["loai", "ten don vi", "MA", "don vi cap tren", "dia chi"],
            ["Thôn, tổ dân phố", "Thôn 1", "", "Xã An Hiệp", ""],
            ["xã", "Xã An Hiệp", "XAH", "", "huyện Châu Thành"],
            ["Thôn, tổ dân phố", "Thôn 1", "", "Xã Phú Tâm", ""],
            ["xa", "Xã Phú Tâm", "", "", ""],
            ["phòng", "Phòng Tổng hợp", "PTH", "stc", ""],
            ["", "Phòng Ma", "", "Không Có", ""],
            ["Sao Hỏa", "Phòng Lạ", "", "", ""],
            ["", "", "X1", "", ""],
        ],
    )
    preview = transfer.preview_import(ws, "units", path)
    assert preview.errors == [
        "Dòng 7: Không tìm thấy đơn vị cấp trên “Không Có”",
        "Dòng 8: Loại “Sao Hỏa” không rõ; chọn một trong các loại:\n  - Phòng, ban\n"
        "  - Đơn vị trực thuộc\n  - Xã, phường, đặc khu\n  - Thôn, tổ dân phố\n"
        "  - Doanh nghiệp\n  - Hợp tác xã\n  - Tổ chức khác",
        "Dòng 9: Thiếu tên đơn vị",
    ]
    with pytest.raises(transfer.ImportRejected):
        transfer.commit_import(ws, preview)
    assert len(units.list_units(ws)) == 1
    result = transfer.commit_import(ws, preview, skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (5, 0, 3)
    tree = _tree(ws)
    assert ("Thôn 1", "", "Xã An Hiệp", UnitKind.VILLAGE, False, "") in tree
    assert ("Thôn 1", "", "Xã Phú Tâm", UnitKind.VILLAGE, False, "") in tree
    assert ("Xã An Hiệp", "XAH", None, UnitKind.COMMUNE, False, "huyện Châu Thành") in tree
    assert ("Phòng Tổng hợp", "PTH", "Sở Tài chính", UnitKind.DEPARTMENT, True, "") in tree
    # Re-importing the same file changes nothing, never duplicates.
    again = transfer.import_file(ws, "units", path, skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert _tree(ws) == tree


def test_units_round_trip_in_tree_order(ws: Workspace, tmp_path: Path) -> None:
    top = units.save(ws, UnitInput("Sở Tài chính", UnitKind.OTHER, code="STC"))
    vp = units.save(ws, UnitInput("Văn phòng", UnitKind.DEPARTMENT, code="VP", parent_id=top))
    units.save(ws, UnitInput("Tổ Hành chính", UnitKind.DEPARTMENT, parent_id=vp, address="=tầng 2"))
    units.save(ws, UnitInput("Ấp Hòa", UnitKind.VILLAGE, internal=False))
    out = tmp_path / "units.xlsx"
    assert transfer.export(ws, "units", out) == 4
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Ấp Hòa", "Sở Tài chính", "Văn phòng", "Tổ Hành chính"]
    assert rows[3][2] == "Văn phòng" and rows[3][4] == "'=tầng 2"
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        result = transfer.import_file(fresh, "units", out)
        assert (result.added, result.skipped) == (4, 0)
        assert _tree(fresh) == _tree(ws)
    finally:
        fresh.close()


def test_cycle_inside_file_is_an_error(ws: Workspace, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "c.xlsx",
        [
            ["Tên đơn vị", "Đơn vị cấp trên"],
            ["A", "B"],
            ["B", "A"],
            ["C", "C"],
            ["D", ""],
            ["d", ""],
            ["E", "D"],
        ],
    )
    preview = transfer.preview_import(ws, "units", path)
    bad = [r for r in preview.rows if r.action == transfer.ERROR]
    assert [r.number for r in bad] == [2, 3, 4, 6]
    assert bad[-1].error == "Trùng tên đơn vị với dòng 5; hãy ghi mã để phân biệt"
    assert transfer.commit_import(ws, preview, skip_invalid=True).added == 2


def test_two_rows_for_one_stored_unit(ws: Workspace, tmp_path: Path) -> None:
    units.save(ws, UnitInput("Văn phòng", UnitKind.DEPARTMENT, code="VP"))
    path = make_xlsx(
        tmp_path / "d.xlsx",
        [
            ["Tên đơn vị", "Mã", "Địa chỉ"],
            ["Văn phòng", "vp", "Tầng 1"],
            ["VĂN PHÒNG", "", "Tầng 2"],
        ],
    )
    preview = transfer.preview_import(ws, "units", path)
    assert [r.action for r in preview.rows] == [transfer.UPDATE, transfer.ERROR]
    assert preview.errors == ["Dòng 3: Trùng tên đơn vị với dòng 2; hãy ghi mã để phân biệt"]
    transfer.commit_import(ws, preview, skip_invalid=True)
    (vp,) = units.list_units(ws)
    assert (vp.code, vp.address) == ("VP", "Tầng 1")
