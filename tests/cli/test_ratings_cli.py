"""`thidua import ratings|unit-ratings|registrations`, templates and exports, on messy files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.domain.ratings import Rating
from desktop.services import participation, ratings
from desktop.services.session import Workspace
from tests.services.movement_data import make_office

HEAD = ["Năm", "Họ và tên", "Số CCCD", "Ngày sinh", "Đơn vị", "Xếp loại", "Kỷ luật"]


def _xlsx(path: Path, rows: list[list[object]], *, title: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(["DANH SÁCH XẾP LOẠI CÔNG CHỨC NĂM 2024"])
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def office(db_path: Path):  # type: ignore[no-untyped-def]
    ws = Workspace.open(db_path)
    o = make_office(ws, with_movement=True)
    ws.close()
    return o


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_messy_ratings_file_imports_all_good_rows(
    db_path: Path, office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    f = _xlsx(
        tmp_path / "xl.xlsx",
        [
            ["nam", "HO VA TEN", "cccd", "ngay sinh", "don vi", "XẾP LOẠI", "kỷ luật"],
            [2024, "Nguyễn\u00a0Văn  An", 94080001234, None, None, "htxs", None],  # CCCD lost its 0
            [
                "2024",
                "trần thị bình",
                None,
                datetime(1985, 2, 1),
                None,
                "Hoàn thành tốt nhiệm vụ",
                "",
            ],
            [2024.0, "Lê Văn Cường", None, "03/03/1979", None, "HTNV", "Khiển trách"],
            [None, None, None, None, None, None, None],
            [2024, "Phạm Thị Dung", None, None, "QLNS", "H.T.T.N.V", "không"],
        ],
    )
    assert _run(db_path, "import", "ratings", str(f)) == 0
    assert "thêm mới 4" in capsys.readouterr().out
    ws = Workspace.open(db_path)
    got = {r.person_id: r.rating for r in ratings.grid(ws, office.office, 2024)}
    ws.close()
    p = office.people
    assert got == {
        p["an"]: "HTXSNV",
        p["binh"]: "HTTNV",
        p["cuong1"]: "HTNV",
        p["cuong2"]: None,
        p["dung"]: "HTTNV",
    }


def test_ambiguous_and_unknown_people_are_row_errors(
    db_path: Path, office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    f = _xlsx(
        tmp_path / "bad.xlsx",
        [
            HEAD,
            [2024, "Lê Văn Cường", None, None, None, "HTTNV", None],  # two namesakes
            [2024, "Lê Văn Cường", None, None, "Sở Tài chính", "HTTNV", None],  # both under it
            [2024, "Võ Thị Không Có", None, None, "TCDN", "HTTNV", None],
            [2024, "Nguyễn Văn An", "094080009999", None, None, "HTTNV", None],
            [2024, "Trần Thị Bình", None, None, "TCDN", "giỏi", None],
            [2024, "Trần Thị Bình", None, None, "TCDN", "=1+1", None],
            [2024, "Trần Thị Bình", None, None, "TCDN", "HTTNV", None],
        ],
        title=False,
    )
    ws_cell = openpyxl.load_workbook(f)
    ws_cell.active["F7"] = "=A1"
    ws_cell.save(f)
    assert _run(db_path, "import", "ratings", str(f)) == 2
    err = capsys.readouterr().err
    assert "Dòng 2: Có 2 người tên “Lê Văn Cường”" in err
    assert "03/03/1979, Phòng Tài chính doanh nghiệp" in err and "09/09/1990" in err
    assert "Dòng 3: Có 2 người tên “Lê Văn Cường” ở Sở Tài chính" in err
    assert "Dòng 4: Không tìm thấy “Võ Thị Không Có”" in err
    assert "Dòng 5: Không có ai mang số CCCD 094080009999" in err
    assert "Dòng 6: Xếp loại “giỏi” không hợp lệ" in err
    assert "Dòng 7: Cột Xếp loại chứa công thức" in err
    assert "chưa ghi gì" in err
    ws = Workspace.open(db_path)
    assert all(r.rating is None for r in ratings.grid(ws, office.office, 2024))
    ws.close()
    # --skip-invalid writes the one good row
    assert _run(db_path, "import", "ratings", str(f), "--skip-invalid") == 0
    assert "thêm mới 1" in capsys.readouterr().out


def test_second_rating_needs_replace(db_path: Path, office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first = _xlsx(
        tmp_path / "a.xlsx",
        [HEAD, [2023, "Nguyễn Văn An", "094080001234", None, None, "HTTNV", None]],
    )
    second = _xlsx(
        tmp_path / "b.xlsx",
        [HEAD, [2023, "Nguyễn Văn An", "094080001234", None, None, "HTXSNV", None]],
    )
    assert _run(db_path, "import", "ratings", str(first)) == 0
    assert _run(db_path, "import", "ratings", str(first)) == 0  # same rating again is harmless
    capsys.readouterr()
    assert _run(db_path, "import", "ratings", str(second)) == 2
    err = capsys.readouterr().err
    assert "đã có xếp loại năm 2023 (HTTNV); dùng --replace để thay" in err
    assert _run(db_path, "import", "ratings", str(second), "--replace") == 0
    assert "cập nhật 1" in capsys.readouterr().out
    ws = Workspace.open(db_path)
    assert ratings.person_rating(ws, office.people["an"], 2023).rating is Rating.EXCELLENT  # type: ignore[union-attr]
    ws.close()


def test_duplicate_rows_in_one_file(db_path: Path, office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = _xlsx(
        tmp_path / "d.xlsx",
        [
            HEAD,
            [2024, "Nguyễn Văn An", None, "17/05/1980", None, "HTTNV", None],
            [2024, "nguyen van an", "094080001234", None, None, "HTNV", None],
        ],
    )
    assert _run(db_path, "import", "ratings", str(f)) == 2
    assert "Trùng người và năm với dòng 4" in capsys.readouterr().err


def test_unit_ratings_and_template(db_path: Path, office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mau.xlsx"
    assert main(["template", "unit-ratings", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert [c.value for c in wb.worksheets[0][1]] == ["Năm", "Đơn vị", "Xếp loại"]
    f = _xlsx(
        tmp_path / "u.xlsx",
        [
            ["Năm", "Đơn vị", "Xếp loại"],
            [2024, "TCDN", "HTXSNV"],
            [2024, "Xã Phú Tâm", "HTTNV"],
            [2024, "QLNS", "Hoàn thành tốt nhiệm vụ"],
        ],
    )
    assert _run(db_path, "import", "unit-ratings", str(f)) == 2
    assert "Xã Phú Tâm không phải đơn vị của cơ quan" in capsys.readouterr().err
    assert _run(db_path, "import", "unit-ratings", str(f), "--skip-invalid") == 0
    g = _xlsx(tmp_path / "g.xlsx", [["Năm", "Đơn vị", "Xếp loại"], [2024, "TCDN", "HTNV"]])
    assert _run(db_path, "import", "unit-ratings", str(g)) == 2
    assert _run(db_path, "import", "unit-ratings", str(g), "--replace") == 0
    for kind in ("ratings", "registrations"):
        assert main(["template", kind, "--out", str(tmp_path / f"{kind}.xlsx")]) == 0
    assert [
        c.value for c in openpyxl.load_workbook(tmp_path / "ratings.xlsx").worksheets[0][1]
    ] == HEAD


def test_replace_only_for_ratings(db_path: Path, office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(db_path, "import", "staff", str(tmp_path / "x.xlsx"), "--replace") == 2
    assert "--replace chỉ dùng" in capsys.readouterr().err


def test_registrations_import_and_exports(db_path: Path, office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    name = "Sóc Trăng chung sức xây dựng nông thôn mới"
    f = _xlsx(
        tmp_path / "r.xlsx",
        [
            [
                "Phong trào",
                "Năm",
                "Họ và tên",
                "Số CCCD",
                "Ngày sinh",
                "Đơn vị",
                "Nhóm đối tượng",
                "Danh hiệu đăng ký",
                "Ngày đăng ký",
                "Cam kết",
            ],
            [
                name,
                None,
                "Nguyễn Văn An",
                None,
                None,
                "TCDN",
                "Cá nhân công chức, viên chức, người lao động",
                "Chiến sĩ thi đua cơ sở",
                "05/01/2023",
                "HTXS",
            ],
            [
                name,
                None,
                None,
                None,
                None,
                "TCDN",
                "Tập thể phòng, đơn vị",
                "Tập thể lao động xuất sắc",
                datetime(2023, 1, 6),
                "",
            ],
            [None, 2024, "Trần Thị Bình", None, None, "TCDN", None, "Lao động tiên tiến", None, ""],
            [
                "Phong trào không có",
                None,
                "Trần Thị Bình",
                None,
                None,
                "TCDN",
                None,
                "LĐTT",
                None,
                "",
            ],
        ],
    )
    assert _run(db_path, "import", "registrations", str(f)) == 2
    assert "Không có phong trào “Phong trào không có”" in capsys.readouterr().err
    assert _run(db_path, "import", "registrations", str(f), "--skip-invalid") == 0
    ws = Workspace.open(db_path)
    regs = participation.registrations(ws, office.movement)
    ws.close()
    assert sorted(r.title for r in regs) == ["Chiến sĩ thi đua cơ sở", "Tập thể lao động xuất sắc"]
    assert _run(db_path, "import", "registrations", str(f), "--skip-invalid") == 0
    assert "Đã đăng ký danh hiệu này rồi" in capsys.readouterr().err
    out = tmp_path / "out.xlsx"
    assert _run(db_path, "export", "registrations", str(out)) == 0
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 4 and [r[0] for r in rows[1:]].count(name) == 2
    assert _run(db_path, "export", "scores", str(tmp_path / "s.xlsx")) == 0


def test_cccd_unknown_falls_back_to_a_namesake_without_cccd(
    db_path: Path, office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    f = _xlsx(
        tmp_path / "c.xlsx",
        [
            HEAD,
            # Bình has no CCCD stored: the file's CCCD does not stop the match by name + birth.
            [2024, "Trần Thị Bình", "094185000777", "01/02/1985", None, "HTTNV", None],
            # An has another CCCD stored: a different CCCD in the file is someone else.
            [2024, "Nguyễn Văn An", "094080005555", "17/05/1980", None, "HTTNV", None],
        ],
    )
    assert _run(db_path, "import", "ratings", str(f)) == 2
    err = capsys.readouterr().err
    assert "Dòng 5: Không có ai mang số CCCD 094080005555" in err
    assert "Dòng 4" not in err


def test_exported_ratings_import_back_unchanged(
    db_path: Path, office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(db_path)
    from desktop.domain.ratings import DisciplineKind, PersonRatingInput

    ratings.set_person_rating(ws, PersonRatingInput(office.people["an"], 2023, Rating.EXCELLENT))
    ratings.set_person_rating(
        ws, PersonRatingInput(office.people["cuong2"], 2023, Rating.DONE, DisciplineKind.REPRIMAND)
    )
    ws.close()
    out = tmp_path / "out.xlsx"
    assert _run(db_path, "export", "ratings", str(out)) == 0
    capsys.readouterr()
    assert _run(db_path, "import", "ratings", str(out)) == 0
    assert "thêm mới 0, cập nhật 0, không đổi 2" in capsys.readouterr().out
