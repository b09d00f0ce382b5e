"""The `households` spreadsheet: template, import (add, update, errors), export round trip,
and the command line (`thidua template | import | export households`)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.subjects import HouseholdInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import households, transfer, units
from desktop.services.session import Workspace
from tests.cli.test_exchange_cli import thidua
from tests.exchange.helpers import make_xlsx

HEAD = ("Chủ hộ", "Thôn, tổ dân phố", "Số nhân khẩu", "Địa chỉ", "Ghi chú")


@pytest.fixture
def villages(ws: Workspace) -> dict[str, int]:
    xa = units.save(ws, UnitInput("Xã An Bình", UnitKind.COMMUNE, internal=False))
    return {
        "dong": units.save(
            ws, UnitInput("Thôn Đông", UnitKind.VILLAGE, parent_id=xa, internal=False)
        ),
        "tay": units.save(
            ws, UnitInput("Thôn Tây", UnitKind.VILLAGE, code="TT", parent_id=xa, internal=False)
        ),
        "dept": units.save(ws, UnitInput("Phòng Văn hóa", UnitKind.DEPARTMENT)),
    }


def test_import_adds_updates_and_names_bad_rows(
    ws: Workspace, villages: dict[str, int], tmp_path: Path
) -> None:
    households.save(ws, HouseholdInput("Lê Văn Cường", villages["tay"], 3))
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
    f = make_xlsx(
        tmp_path / "ho.xlsx",
        [
            HEAD,
            (nfd, "Thôn Đông", 4, "Xóm 2", ""),
            ("le van cuong", "TT", 5, "", "đổi số khẩu"),  # same head, same thôn: update
            ("Trần Văn Bảo", "Phòng Văn hóa", 2, "", ""),  # not a thôn
            ("Đỗ Thị Lan", "Thôn Bắc", 2, "", ""),  # unknown thôn
            ("Phạm Văn Tú", "Thôn Đông", "bốn", "", ""),  # not a number
            (nfd, "Thôn Đông", 1, "", ""),  # twice in the file
        ],
    )
    previewed = transfer.preview_import(ws, "households", f)
    assert [r.action for r in previewed.rows] == [
        "add",
        "update",
        "error",
        "error",
        "error",
        "error",
    ]
    assert "không" in previewed.rows[2].error.lower() or "Không" in previewed.rows[2].error
    assert "Trùng hộ với dòng 2" in previewed.rows[5].error
    with pytest.raises(transfer.ImportRejected):
        transfer.commit_import(ws, previewed)
    assert len(households.query(ws)) == 1  # nothing written
    result = transfer.commit_import(ws, previewed, skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (1, 1, 4)
    found = {h.head_name: h for h in households.query(ws)}
    assert found["Nguyễn Thị Hoa"].head_name == unicodedata.normalize("NFC", nfd)
    assert found["Nguyễn Thị Hoa"].unit_name == "Thôn Đông" and found["Nguyễn Thị Hoa"].members == 4
    assert found["Lê Văn Cường"].members == 5 and found["Lê Văn Cường"].note == "đổi số khẩu"
    assert [h.head_name for h in households.query(ws, "hoa")] == ["Nguyễn Thị Hoa"]


def test_export_then_import_changes_nothing(
    ws: Workspace, villages: dict[str, int], tmp_path: Path
) -> None:
    households.save(ws, HouseholdInput("Nguyễn Văn An", villages["dong"], 4, "Xóm 1", "hộ mới"))
    households.save(ws, HouseholdInput("Lê Thị Bé", villages["tay"], 2))
    out = tmp_path / "out.xlsx"
    assert transfer.export(ws, "households", out) == 2
    sheet = openpyxl.load_workbook(out).active
    rows = [tuple(c.value for c in r) for r in sheet.iter_rows()]
    assert rows[0] == HEAD
    assert ("Nguyễn Văn An", "Thôn Đông", 4, "Xóm 1", "hộ mới") in rows
    before = households.query(ws)
    result = transfer.import_file(ws, "households", out)
    assert (result.added, result.updated, result.skipped, result.unchanged) == (0, 0, 0, 2)
    assert households.query(ws) == before


def test_command_line_template_import_export(ws: Workspace, db_path: Path, tmp_path: Path) -> None:
    xa = units.save(ws, UnitInput("Xã An Bình", UnitKind.COMMUNE, internal=False))
    units.save(ws, UnitInput("Thôn Đông", UnitKind.VILLAGE, parent_id=xa, internal=False))
    ws.close()
    template = tmp_path / "mau.xlsx"
    assert thidua("template", "households", "--out", str(template)).returncode == 0
    header = next(openpyxl.load_workbook(template).active.iter_rows(values_only=True))
    assert tuple(header) == HEAD
    bad = make_xlsx(
        tmp_path / "bad.xlsx", [HEAD, ("Nguyễn Văn An", "Thôn Đông", 4), ("", "Thôn Đông", 1)]
    )
    run = thidua("--db", str(db_path), "import", "households", str(bad))
    assert run.returncode == 2 and "Dòng 3" in run.stderr
    run = thidua("--db", str(db_path), "import", "households", str(bad), "--skip-invalid")
    assert run.returncode == 0 and "thêm mới 1" in run.stdout
    out = tmp_path / "ho.xlsx"
    run = thidua("--db", str(db_path), "export", "households", str(out))
    assert run.returncode == 0 and "1 dòng" in run.stdout
