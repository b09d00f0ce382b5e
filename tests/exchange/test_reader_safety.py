"""Untrusted spreadsheets: bombs, lies, formulas, encrypted and fake files are refused clearly."""

from __future__ import annotations

import os
import re
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import FileRejected
from desktop.exchange import reader
from desktop.exchange.staff import read_staff
from tests.exchange.helpers import make_xlsx, rewrite_member

HEADER = ["Họ và tên", "Ngày sinh", "Đơn vị"]


def _rows(n: int) -> list[list[object]]:
    return [[f"Nguyễn Văn Số {i}", "01/01/1980", "Văn phòng"] for i in range(n)]


def test_defusedxml_is_active() -> None:
    assert openpyxl.DEFUSEDXML


def test_zip_bomb_by_size_is_rejected(tmp_path: Path) -> None:
    # GIVEN a 60 MB sheet of zeros packed into a small zip
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    # WHEN it is read THEN it is refused before parsing
    with pytest.raises(FileRejected, match="quá lớn"):
        read_staff(path)


def test_zip_bomb_by_ratio_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/sharedStrings.xml", b" " * (8 * 1024 * 1024))
    with pytest.raises(FileRejected, match="tỉ lệ nén"):
        read_staff(path)


def test_too_many_members_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(reader.MAX_MEMBERS + 1):
            zf.writestr(f"x/{i}.xml", "<a/>")
    with pytest.raises(FileRejected, match="quá nhiều thành phần"):
        read_staff(path)


@pytest.mark.parametrize("ref", ["A1:A1", "A1:XFD1048576", "B7:C9"])
def test_lying_dimension_is_ignored(tmp_path: Path, ref: str) -> None:
    # GIVEN a sheet whose <dimension> says something else than its 30 real rows
    path = make_xlsx(tmp_path / "lie.xlsx", [HEADER, *_rows(30)])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml),
    )
    # WHEN it is read THEN every real row comes back, no more, no less
    rows = read_staff(path)
    assert len(rows) == 30
    assert rows[-1].number == 31 and rows[-1].data is not None


def test_formula_cells_are_row_errors(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "f.xlsx",
        [HEADER, ['=CONCAT("Nguyễn"," An")', "1980", "Văn phòng"], ["Lê Văn Bình", "1981", "=A1"]],
    )
    rows = read_staff(path)
    assert [r.data for r in rows] == [None, None]
    assert "Họ và tên chứa công thức" in rows[0].error
    assert "Đơn vị chứa công thức" in rows[1].error


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000), "mật khẩu hoặc là tệp Excel cũ"),
        (os.urandom(5000).replace(b"PK", b"xx"), "không phải tệp Excel"),
        (b"", "rỗng"),
        (b"PK\x03\x04" + os.urandom(3000), "hỏng"),
        (b"Ho va ten,Don vi\nAn,VP\n", "không phải tệp Excel"),
    ],
    ids=["encrypted-or-xls", "random", "empty", "broken-zip", "csv"],
)
def test_unreadable_files_are_rejected(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileRejected, match=message):
        read_staff(path)


def test_zip_that_is_not_a_workbook_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(FileRejected, match=r"Không đọc được tệp notes\.xlsx"):
        read_staff(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileRejected, match="Không tìm thấy"):
        read_staff(tmp_path / "none.xlsx")
    with pytest.raises(FileRejected, match="thư mục"):
        read_staff(tmp_path)


def test_renamed_xlsx_is_read(tmp_path: Path) -> None:
    # A real workbook saved under another extension is still a workbook.
    path = make_xlsx(tmp_path / "danh_sach.xls", [HEADER, *_rows(2)])
    assert len(read_staff(path)) == 2


def test_row_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    path = make_xlsx(tmp_path / "big.xlsx", [HEADER, *_rows(6)])
    with pytest.raises(FileRejected, match="dòng dữ liệu"):
        read_staff(path)


def test_far_away_row_hits_the_cap(tmp_path: Path) -> None:
    # One cell at row 1,000,000 must not make us walk a million rows quietly.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.cell(row=1_000_000, column=1, value="Xa Lắm")
    wb.save(tmp_path / "far.xlsx")
    with pytest.raises(FileRejected, match="dòng thừa bên dưới bảng"):
        read_staff(tmp_path / "far.xlsx")


def test_missing_required_column_is_named(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "h.xlsx", [["Họ và tên", "Ngày sinh"], ["An", "1980"]])
    with pytest.raises(FileRejected, match="thiếu cột bắt buộc: Đơn vị"):
        read_staff(path)


def test_header_key_ignores_case_diacritics_spaces() -> None:
    assert reader.header_key("HỌC HÀM,  học vị") == reader.header_key("hoc ham hoc vi")
    assert reader.header_key("Số CCCD") == "socccd"
    assert reader.header_key(None) == ""


def test_data_behind_an_instructions_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Hướng dẫn: điền danh sách ở trang sau"])
    data = wb.create_sheet("Danh sách")
    data.append(HEADER)
    data.append(["Nguyễn Văn An", "1980", "Văn phòng"])
    wb.save(tmp_path / "two.xlsx")
    (row,) = read_staff(tmp_path / "two.xlsx")
    assert (row.number, row.data is not None) == (2, True)


def test_member_that_lies_about_its_size(tmp_path: Path) -> None:
    # GIVEN a real workbook whose sheet claims (in both zip headers) to be 100 bytes long
    path = make_xlsx(tmp_path / "liar.xlsx", [HEADER, *_rows(200)])
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = (100).to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))
    # WHEN it is read THEN the truncated, CRC-failing member is a rejected file, not a crash
    with pytest.raises(FileRejected, match="Không đọc được tệp"):
        read_staff(path)


def _lie_about_size(path: Path, member: str, size: int) -> None:
    """Write `size` as the member's unpacked size in both of its zip headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = size.to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))


def test_a_sheet_is_read_from_the_zip_a_megabyte_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each read from a packed part lets go of the interpreter lock and takes it straight back,
    which kept the window waiting while a worker read a big sheet 16 KB at a time: the reader
    reads each part through a 1 MB buffer, or whole when openpyxl asks for it whole (by its
    declared size, never more)."""
    # GIVEN a workbook whose sheet XML unpacks to well over a megabyte
    path = make_xlsx(tmp_path / "lon.xlsx", [HEADER, *_rows(8000)])
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size > 1024 * 1024
        sizes = {i.file_size for i in zf.infolist()}
    reads: list[int] = []
    streamed = zipfile.ZipExtFile.read

    def counted(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        reads.append(n)
        return streamed(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted)
    # WHEN it is read
    assert len(read_staff(path)) == 8000
    # THEN the zip was read a megabyte at a time (the size checks too), or a part whole
    assert reads and len(reads) < 60, len(reads)
    assert all(n >= 1 << 20 or n in sizes for n in reads), sorted(set(reads))


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_a_part_lying_about_its_size_costs_no_memory(tmp_path: Path, member: str) -> None:
    # GIVEN a 100 KB workbook with a part of 100 MB (zeros after its own XML) that says 400 bytes
    source = make_xlsx(tmp_path / "that.xlsx", [HEADER, *_rows(3)])
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info.filename, old.read(info.filename))
                continue
            with new.open(member, "w") as part:
                part.write(old.read(member))
                for _ in range(100):
                    part.write(bytes(1 << 20))
    assert path.stat().st_size < 400_000
    _lie_about_size(path, member, 400)
    # WHEN it is read THEN it is a rejected file, and the reader never held the inflated part
    tracemalloc.start()
    try:
        with pytest.raises(FileRejected):
            read_staff(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
