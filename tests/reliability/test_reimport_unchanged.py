"""Re-importing an unchanged file writes nothing: no record rewritten, no log event (ratings,
unit ratings, households, positions; units, staff, initiatives and awards are tested in tests/exchange)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.people import PersonInput
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.subjects import HouseholdInput, PositionInput
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import audit, households, people, positions, ratings, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx


def test_an_unchanged_ratings_export_re_imports_as_unchanged(ws: Workspace, tmp_path: Path) -> None:
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức", code="TC"))
    for i, rating in enumerate((Rating.EXCELLENT, Rating.GOOD, Rating.DONE)):
        pid = people.save(
            ws, PersonInput(full_name=f"Lê Thị Số{i}", unit_id=unit_id, cccd=f"0940{i:08d}")
        )
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, rating))
    out = tmp_path / "ratings.xlsx"
    assert transfer.export(ws, "ratings", out) == 3
    before = audit.count(ws)
    # WHEN the same file comes back
    result = transfer.import_file(ws, "ratings", out)
    # THEN every row is unchanged and the log did not move
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    assert audit.count(ws) == before
    assert "không đổi 3" in result.summary()


def test_an_unchanged_unit_ratings_file_re_imports_as_unchanged(
    ws: Workspace, tmp_path: Path
) -> None:
    for code in ("TC", "KT"):
        uid = units.save(ws, UnitInput(name=f"Phòng {code}", code=code))
        ratings.set_unit_rating(ws, UnitRatingInput(uid, 2024, Rating.GOOD))
    path = make_xlsx(
        tmp_path / "unit-ratings.xlsx",
        [
            ["Năm", "Đơn vị", "Xếp loại"],
            [2024, "TC", Rating.GOOD.label],
            [2024, "KT", Rating.GOOD.label],
        ],
    )
    before = audit.count(ws)
    result = transfer.import_file(ws, "unit-ratings", path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 2)
    assert audit.count(ws) == before


def test_an_unchanged_households_export_re_imports_as_unchanged(
    ws: Workspace, tmp_path: Path
) -> None:
    commune = units.save(ws, UnitInput(name="Xã Hoà Tú", kind=UnitKind.COMMUNE))
    village = units.save(ws, UnitInput(name="Ấp Hoà Lý", kind=UnitKind.VILLAGE, parent_id=commune))
    households.save(ws, HouseholdInput("Trần Văn Tư", village, 5, "Số 3", "hộ mẫu"))
    households.save(ws, HouseholdInput("Lâm Thị Năm", village, 3))
    out = tmp_path / "households.xlsx"
    assert transfer.export(ws, "households", out) == 2
    before = audit.count(ws)
    result = transfer.import_file(ws, "households", out)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 2)
    assert audit.count(ws) == before
    # AND a changed row is still an update (and logged)
    changed = make_xlsx(
        tmp_path / "changed.xlsx",
        [["Chủ hộ", "Thôn, tổ dân phố", "Số nhân khẩu"], ["Lâm Thị Năm", "Ấp Hoà Lý", 4]],
    )
    result = transfer.import_file(ws, "households", changed)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert audit.count(ws) == before + 1


def test_an_unchanged_positions_export_re_imports_as_unchanged(
    ws: Workspace, tmp_path: Path
) -> None:
    unit_id = units.save(ws, UnitInput(name="Văn phòng Sở", code="VP"))
    pid = people.save(
        ws, PersonInput(full_name="Trần Thị Bình", unit_id=unit_id, cccd="001175000001")
    )
    held = [
        PositionInput("Chuyên viên", date(2000, 9, 1), date(2009, 12, 31), False, "Văn phòng"),
        PositionInput("Phó Chánh Văn phòng", date(2010, 1, 1), None, True, note="kiêm nhiệm"),
    ]
    positions.replace_all(ws, pid, held)
    out = tmp_path / "positions.xlsx"
    assert transfer.export(ws, "positions", out) == 2
    before = audit.count(ws)
    result = transfer.import_file(ws, "positions", out)
    # THEN nothing is rewritten, and the note (not a column of the sheet) is kept
    assert (result.added, result.updated, result.unchanged) == (0, 0, 2)
    assert audit.count(ws) == before
    assert [p.data for p in positions.of_person(ws, pid)] == held
