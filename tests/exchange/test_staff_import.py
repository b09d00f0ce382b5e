"""Importing and exporting people: a messy real-world file, round trip, no duplicates, atomicity."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import FileRejected
from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    """Two units: Văn phòng (VP) and Thanh tra (TTRA)."""
    return {
        "vp": units.save(ws, UnitInput("Văn phòng", UnitKind.DEPARTMENT, code="VP")),
        "tt": units.save(ws, UnitInput("Thanh tra", UnitKind.DEPARTMENT, code="TTRA")),
    }


def _people(ws: Workspace) -> list[tuple[object, ...]]:
    ids = people.query_ids(ws, people.make_query())
    out = []
    for pid in ids:
        p = people.get(ws, pid)
        d = p.data
        out.append(
            (d.full_name, d.birth_date, d.sex, d.cccd, p.unit_name, d.position, d.phone, d.email)
        )
    return out


def _messy_file(path: Path) -> Path:
    # Header in another order, other case, without diacritics, under a title line.
    header = ["DON VI", "ho va ten", "so cccd", "NGAY SINH", "gioi tinh", "Chuc vu", "dien thoai"]
    rows = [
        header,
        # 3: NFD name with extra spaces, an Excel date, CCCD as a number without its zeros
        [
            "van phong",
            unicodedata.normalize("NFD", "  Nguyễn   Thị  Hương "),
            1099012345,
            datetime(1985, 3, 12),
            "nữ",
            "Chuyên viên",
            912345678,  # a phone number that lost its zero
        ],
        # 4: dd/mm/yyyy text, unit by code in lower case
        ["ttra", "Trần Văn An", "079080001234", "17/05/1980", "Nam", "", ""],
        # 5: yyyy-mm-dd text
        ["THANH TRA", "Lê Minh Đức", "", "1975-11-02", "nam", "Thanh tra viên", ""],
        # 6: a bare year as a number
        ["VP", "Phạm Thu Hà", None, 1990, "Nữ", "", ""],
        # 7: a bare year as text
        ["Văn Phòng", "Đặng Quốc Bảo", None, "1992", "", "", ""],
        # 8: unknown unit
        ["Phòng Không Có", "Hoàng Văn Em", None, "1988", "Nam", "", ""],
        # 9: bad CCCD
        ["VP", "Vũ Thị Lan", "12345", "1991", "Nữ", "", ""],
        # 10: missing name
        ["VP", None, None, "1993", "Nam", "", ""],
        # 11: an untyped Excel date serial (31/12/1984)
        ["VP", "Bùi Văn Cường", None, 31047, "Nam", "", ""],
        # 12: an empty line is skipped
        [None, None, None, None, None, None, None],
    ]
    return make_xlsx(path, rows, title_rows=1)


def test_messy_file_preview(ws: Workspace, office: dict[str, int], tmp_path: Path) -> None:
    preview = transfer.preview_import(ws, "staff", _messy_file(tmp_path / "messy.xlsx"))
    assert preview.errors == [
        "Dòng 8: Không tìm thấy đơn vị “Phòng Không Có” (theo tên hoặc mã)",
        "Dòng 9: Số CCCD phải gồm đúng 12 chữ số",
        "Dòng 10: Thiếu họ và tên",
    ]
    assert (preview.count(transfer.ADD), preview.count(transfer.ERROR)) == (6, 3)
    assert preview.rows[0].values[0] == "Nguyễn Thị Hương"


def test_messy_file_imports_clean_values(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    path = _messy_file(tmp_path / "messy.xlsx")
    # Without skip_invalid nothing is written.
    with pytest.raises(transfer.ImportRejected) as info:
        transfer.import_file(ws, "staff", path)
    assert len(info.value.errors) == 3
    assert people.count(ws) == 0
    # With it, the six good rows are.
    result = transfer.import_file(ws, "staff", path, skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (6, 0, 3)
    got = {row[0]: row for row in _people(ws)}
    huong = got["Nguyễn Thị Hương"]
    assert unicodedata.is_normalized("NFC", huong[0])
    assert huong[1:5] == (BirthDate(1985, 3, 12), Sex.FEMALE, "001099012345", "Văn phòng")
    assert huong[5:7] == ("Chuyên viên", "0912345678")
    assert got["Trần Văn An"][1:5] == (
        BirthDate(1980, 5, 17),
        Sex.MALE,
        "079080001234",
        "Thanh tra",
    )
    assert got["Lê Minh Đức"][1] == BirthDate(1975, 11, 2)
    assert got["Phạm Thu Hà"][1] == BirthDate(1990)
    assert got["Đặng Quốc Bảo"][1:3] == (BirthDate(1992), None)
    assert got["Bùi Văn Cường"][1] == BirthDate(1984, 12, 31)


def test_reimport_creates_no_duplicates(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    path = _messy_file(tmp_path / "messy.xlsx")
    transfer.import_file(ws, "staff", path, skip_invalid=True)
    before = _people(ws)
    again = transfer.import_file(ws, "staff", path, skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert _people(ws) == before


def _fill(ws: Workspace, office: dict[str, int]) -> None:
    people.save(
        ws,
        PersonInput(
            "Nguyễn Văn An",
            office["vp"],
            birth_date=BirthDate(1980, 1, 2),
            sex=Sex.MALE,
            cccd="001080000001",
            position="=1+2",
            phone="+84 912 345 678",
            email="an@example.vn",
        ),
    )
    people.save(ws, PersonInput("Nguyễn Văn An", office["tt"], birth_date=BirthDate(1981)))
    people.save(ws, PersonInput("Ánh Dương", office["tt"], sex=Sex.FEMALE, hometown="@Huế"))
    people.save(
        ws,
        PersonInput(
            "Lê Thị Ánh",
            office["vp"],
            cccd="096190000123",
            qualification="-Cử nhân",
            academic_title="Thạc sĩ",
        ),
    )


def test_round_trip_export_import(ws: Workspace, office: dict[str, int], tmp_path: Path) -> None:
    # GIVEN people, some with text that looks like formulas
    _fill(ws, office)
    out = tmp_path / "export.xlsx"
    assert transfer.export(ws, "staff", out) == 4
    # THEN the file keeps CCCD as text, neutralises formula-like text, sorts the Vietnamese way
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in rows] == [
        "Nguyễn Văn An",
        "Nguyễn Văn An",
        "Lê Thị Ánh",
        "Ánh Dương",
    ]
    cccd = rows[0][3]
    assert (cccd.value, cccd.data_type, cccd.number_format) == ("001080000001", "s", "@")
    assert all(c.data_type != "f" for r in rows for c in r)
    assert rows[0][7].value == "'=1+2" and rows[0][10].value == "'+84 912 345 678"
    # WHEN it is imported into a fresh database with the same units
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        units.save(fresh, UnitInput("Thanh tra", UnitKind.DEPARTMENT, code="TTRA"))
        units.save(fresh, UnitInput("Văn phòng", UnitKind.DEPARTMENT, code="VP"))
        result = transfer.import_file(fresh, "staff", out)
        assert (result.added, result.updated, result.skipped) == (4, 0, 0)
        # THEN the same people come back, formula-like text intact
        assert _people(fresh) == _people(ws)
        # AND importing the export into the original database changes nothing
        before = _people(ws)
        again = transfer.import_file(ws, "staff", out)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
        assert _people(ws) == before
    finally:
        fresh.close()


def test_all_or_nothing_and_in_file_duplicates(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    path = make_xlsx(
        tmp_path / "dup.xlsx",
        [
            ["Họ và tên", "Số CCCD", "Ngày sinh", "Đơn vị"],
            ["Trần Văn Một", "001080000011", "1980", "VP"],
            ["Trần Văn Hai", "001080000011", "1981", "VP"],
            ["Trần Văn Ba", "", "02/03/1982", "VP"],
            ["tran van ba", "", "2/3/1982", "VP"],
            ["Trần Văn Bốn", "", "31/02/1983", "VP"],
        ],
    )
    with pytest.raises(transfer.ImportRejected) as info:
        transfer.import_file(ws, "staff", path)
    assert info.value.errors == [
        "Dòng 3: Trùng số CCCD với dòng 2",
        "Dòng 5: Trùng người với dòng 4 (cùng họ tên và ngày sinh)",
        "Dòng 6: Ngày sinh không có thật trên lịch",
    ]
    assert people.count(ws) == 0
    result = transfer.import_file(ws, "staff", path, skip_invalid=True)
    assert (result.added, result.skipped) == (2, 3)


def test_update_keeps_values_the_file_lacks(
    ws: Workspace, office: dict[str, int], tmp_path: Path
) -> None:
    pid = people.save(
        ws,
        PersonInput(
            "Ngô Thị Mai",
            office["vp"],
            cccd="001190000005",
            email="mai@example.vn",
            hometown="Nam Định",
        ),
    )
    path = make_xlsx(
        tmp_path / "u.xlsx",
        [
            ["Họ và tên", "Số CCCD", "Đơn vị", "Quê quán"],
            ["Ngô Thị Mai", "001190000005", "TTRA", ""],
        ],
    )
    result = transfer.import_file(ws, "staff", path)
    assert (result.added, result.updated) == (0, 1)
    p = people.get(ws, pid)
    assert (p.unit_name, p.data.email, p.data.hometown) == (
        "Thanh tra",
        "mai@example.vn",
        "Nam Định",
    )


def test_empty_sheet_and_unknown_kind(ws: Workspace, tmp_path: Path) -> None:
    transfer.write_template("staff", tmp_path / "t.xlsx")
    with pytest.raises(FileRejected, match="không có dòng dữ liệu"):
        transfer.preview_import(ws, "staff", tmp_path / "t.xlsx")
    with pytest.raises(Exception, match="Không có loại bảng tính"):
        transfer.write_template("no-such-kind", tmp_path / "x.xlsx")


def test_template_has_header_widths_text_and_lists(tmp_path: Path) -> None:
    transfer.write_template("staff", tmp_path / "staff.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "staff.xlsx")
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Số CCCD",
        "Quê quán",
        "Nơi ở",
        "Đơn vị",
        "Chức vụ",
        "Trình độ chuyên môn",
        "Học hàm, học vị",
        "Điện thoại",
        "Email",
    ]
    assert ws.column_dimensions["A"].width > 20
    assert ws.column_dimensions["D"].number_format == "@"
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and "C2" in str(dv.sqref)
    lists = wb["DanhMuc"]
    assert lists.sheet_state == "hidden"
    assert [r[0] for r in lists.iter_rows(values_only=True)] == ["Nam", "Nữ"]
