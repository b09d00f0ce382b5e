"""Initiatives spreadsheet: template, import with author matching, export round trip, CLI."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.domain.errors import FileRejected
from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope
from desktop.exchange.initiatives import HEADERS
from desktop.services import initiatives, transfer
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx
from tests.services.initiative_data import build

HEADER = [
    "Tên sáng kiến",
    "Loại",
    "Tác giả",
    "Đơn vị",
    "Lĩnh vực",
    "Năm",
    "Tình trạng",
    "Số quyết định công nhận",
    "Ngày công nhận",
    "Phạm vi ảnh hưởng",
    "Phong trào",
]


def all_titles(ws: Workspace) -> list[str]:
    ids = initiatives.query_ids(ws, initiatives.make_query(ws))
    rows = initiatives.table_rows(ws, ids)
    return [rows[i].title for i in ids]


def test_template_has_the_columns_and_lists(tmp_path: Path) -> None:
    out = tmp_path / "mau.xlsx"
    transfer.write_template("initiatives", out)
    wb = openpyxl.load_workbook(out)
    sheet = wb.worksheets[0]
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert HEADERS[: len(HEADER)] == tuple(HEADER)
    assert len(sheet.data_validations.dataValidation) == 3


def test_import_matches_authors_and_units(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    f = make_xlsx(
        tmp_path / "sk.xlsx",
        [
            HEADER,
            [
                "Tổ chức hội nghị trực tuyến",
                "giải pháp hữu ích",
                "Trần Thị Bình 70%; Lê Đức Cường 30%",
                "TCKH",
                "Hành chính",
                2024,
                "Đã công nhận",
                "200/QĐ-SNV",
                datetime(2024, 12, 1),
                "Cơ sở",
                None,
            ],
            [
                "Sổ tay nghiệp vụ thi đua",
                "",
                "001085012345",  # CCCD of Nguyễn Văn An (Tài chính)
                "",
                "",
                "2025",
                "",
                "",
                "",
                "",
                "",
            ],
        ],
        title_rows=2,
    )
    result = transfer.import_file(ws, "initiatives", f)
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    ids = initiatives.query_ids(ws, initiatives.make_query(ws, "hoi nghi truc tuyen"))
    item = initiatives.get(ws, ids[0])
    assert item.data.kind is InitiativeKind.USEFUL_SOLUTION
    assert [(a.person_id, a.share) for a in item.authors] == [(o.binh, 70), (o.cuong, 30)]
    assert item.data.unit_id == o.finance
    assert item.data.status is RecognitionStatus.RECOGNISED
    assert item.data.decision_date == date(2024, 12, 1)
    assert item.data.scope is Scope.BASE
    other = initiatives.get(ws, initiatives.query_ids(ws, initiatives.make_query(ws, "so tay"))[0])
    assert other.data.status is RecognitionStatus.PROPOSED
    assert [a.person_id for a in other.authors] == [o.an]


def test_bad_rows_reject_everything_unless_skipped(ws: Workspace, tmp_path: Path) -> None:
    build(ws)
    f = make_xlsx(
        tmp_path / "loi.xlsx",
        [
            HEADER,
            ["Sáng kiến tốt", "", "Trần Thị Bình", "", "", 2024, "", "", "", "", ""],
            ["Sáng kiến mơ hồ", "", "Nguyễn Văn An", "", "", 2024, "", "", "", "", ""],
            ["", "", "Trần Thị Bình", "", "", 2024, "", "", "", "", ""],
            [
                "Đã công nhận thiếu số",
                "",
                "Lê Đức Cường",
                "",
                "",
                2024,
                "Đã công nhận",
                "",
                "",
                "",
                "",
            ],
            ["Ngày sai", "", "Lê Đức Cường", "", "", 2024, "", "1/2/2023", "01/02/2023", "", ""],
            ["Loại lạ", "bánh mì", "Lê Đức Cường", "", "", 2024, "", "", "", "", ""],
        ],
    )
    with pytest.raises(transfer.ImportRejected) as info:
        transfer.import_file(ws, "initiatives", f)
    errors = "\n".join(info.value.errors)
    assert "Dòng 3: Có 2 người tên “Nguyễn Văn An”" in errors
    assert "Phòng Tổ chức cán bộ" in errors
    assert "Dòng 4: Thiếu tên sáng kiến" in errors
    assert "Dòng 5: Sáng kiến đã công nhận phải có số quyết định" in errors
    assert "Dòng 6: Ngày công nhận không được trước năm 2024" in errors
    assert "Dòng 7: Loại “bánh mì” không rõ" in errors
    assert len(all_titles(ws)) == 3  # nothing written
    result = transfer.import_file(ws, "initiatives", f, skip_invalid=True)
    assert (result.added, result.skipped) == (1, 5)
    assert "Sáng kiến tốt" in all_titles(ws)


def test_export_then_import_round_trip(ws: Workspace, tmp_path: Path) -> None:
    o = build(ws)
    out = tmp_path / "xuat.xlsx"
    assert transfer.export(ws, "initiatives", out) == 3
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == HEADERS
    by_title = {r[0]: r for r in rows[1:]}
    digital = by_title["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    # the namesake gets his unit, so the file can be read back unambiguously
    assert digital[2] == "Nguyễn Văn An (Phòng Tài chính - Kế hoạch) 60%; Trần Thị Bình 40%"
    assert digital[8] == "20/12/2024"
    before = {i: initiatives.get(ws, i) for i in (o.digital, o.model, o.proposed)}

    result = transfer.import_file(ws, "initiatives", out)
    assert (result.added, result.updated, result.unchanged, result.skipped) == (0, 0, 3, 0)
    for iid, old in before.items():
        new = initiatives.get(ws, iid)
        assert new.data == old.data
        assert new.authors == old.authors

    # into an empty office with the same people: the same records come back
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        build_people_only(fresh)
        assert transfer.import_file(fresh, "initiatives", out).added == 3
        assert sorted(all_titles(fresh)) == sorted(all_titles(ws))
    finally:
        fresh.close()


def build_people_only(ws: Workspace) -> None:
    build(ws)
    for iid in initiatives.query_ids(ws, initiatives.make_query(ws)):
        initiatives.delete(ws, iid)


def test_not_an_xlsx_is_rejected(ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(FileRejected):
        transfer.import_file(ws, "initiatives", bad)


def test_cli_template_import_export(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    build(ws)
    ws.close()
    tpl = tmp_path / "mau.xlsx"
    assert main(["template", "initiatives", "--out", str(tpl)]) == 0
    f = make_xlsx(
        tmp_path / "in.xlsx",
        [HEADER, ["Sổ tay", "", "Nguyễn Văn An", "", "", 2025, "", "", "", "", ""]],
    )
    assert main(["--db", str(db_path), "import", "initiatives", str(f)]) == 2
    err = capsys.readouterr().err
    assert "Nguyễn Văn An" in err and "chưa ghi gì" in err
    assert main(["--db", str(db_path), "import", "initiatives", str(f), "--skip-invalid"]) == 0
    out = tmp_path / "xuat.xlsx"
    assert main(["--db", str(db_path), "export", "initiatives", str(out)]) == 0
    assert "3 dòng" in capsys.readouterr().out
