"""A staff row never rewrites someone else: a CCCD stored for another name or birth date is a
row error naming both; updates are listed field by field; unchanged rows write nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import audit, people, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx

HEAD = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Đơn vị", "Điện thoại"]


@pytest.fixture
def mai(ws: Workspace) -> int:
    vp = units.save(ws, UnitInput("Văn phòng", UnitKind.DEPARTMENT, code="VP"))
    units.save(ws, UnitInput("Thanh tra", UnitKind.DEPARTMENT, code="TTRA"))
    return people.save(
        ws,
        PersonInput(
            "Ngô Thị Mai",
            vp,
            sex=Sex.FEMALE,
            birth_date=BirthDate(1990, 5, 1),
            cccd="001190000005",
            phone="0912000111",
        ),
    )


@pytest.mark.parametrize(
    "row",
    [
        ["Trần Văn Hùng", "01/05/1990", "Nam", "001190000005", "VP", "0988777666"],
        ["Ngô Thị Mai", "02/06/1985", "Nữ", "001190000005", "VP", "0988777666"],
    ],
)
def test_a_cccd_of_another_person_is_a_row_error_naming_both(
    ws: Workspace, mai: int, tmp_path: Path, row: list[str]
) -> None:
    before = people.get(ws, mai).data
    path = make_xlsx(tmp_path / "s.xlsx", [HEAD, row])
    preview = transfer.preview_import(ws, "staff", path)
    assert [r.action for r in preview.rows] == [transfer.ERROR]
    message = preview.rows[0].error
    assert "Ngô Thị Mai" in message and row[0] in message and "001190000005" in message
    result = transfer.import_file(ws, "staff", path, skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (0, 0, 1)
    assert people.get(ws, mai).data == before


def test_updates_are_listed_field_by_field_and_unchanged_rows_write_nothing(
    ws: Workspace, mai: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_xlsx(
        tmp_path / "s.xlsx",
        [HEAD, ["Ngô Thị Mai", "01/05/1990", "Nữ", "001190000005", "TTRA", "0988777666"]],
    )
    preview = transfer.preview_import(ws, "staff", path)
    assert preview.rows[0].action == transfer.UPDATE
    assert preview.rows[0].changes == (
        "Đơn vị: Văn phòng → Thanh tra",
        "Điện thoại: 0912000111 → 0988777666",
    )
    ws.close()
    code = main(["--db", str(ws.path), "import", "staff", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Dòng 2 (Ngô Thị Mai): Điện thoại: 0912000111 → 0988777666" in out
    assert "cập nhật 1" in out
    again = Workspace.open(ws.path)
    try:
        events = audit.head(again)[0]
        result = transfer.import_file(again, "staff", path)
        assert (result.updated, result.unchanged, result.changes) == (0, 1, ())
        assert audit.head(again)[0] == events  # no log event for an unchanged row
    finally:
        again.close()


def test_a_name_without_its_diacritics_does_not_replace_the_stored_one(
    ws: Workspace, mai: int, tmp_path: Path
) -> None:
    path = make_xlsx(
        tmp_path / "s.xlsx",
        [HEAD, ["Ngo Thi Mai", "01/05/1990", "Nữ", "001190000005", "VP", "0912000111"]],
    )
    result = transfer.import_file(ws, "staff", path)
    assert (result.updated, result.unchanged) == (0, 1)
    assert people.get(ws, mai).data.full_name == "Ngô Thị Mai"


def test_namesakes_are_told_apart_by_birth_cccd_and_unit(
    ws: Workspace, mai: int, tmp_path: Path
) -> None:
    vp = people.get(ws, mai).data.unit_id
    ttra = next(u.id for u in units.list_units(ws) if u.code == "TTRA")
    twins = [
        people.save(
            ws, PersonInput("Lê Văn Nam", vp, birth_date=BirthDate(1980, 1, 1)), allow_namesake=True
        )
        for _ in range(2)
    ]
    hoa = people.save(ws, PersonInput("Phạm Thị Hoa", vp))  # no birth date stored

    def preview(row: list[str]) -> transfer.PreviewRow:
        path = make_xlsx(tmp_path / "s.xlsx", [HEAD, row])
        return transfer.preview_import(ws, "staff", path).rows[0]

    two = preview(["Lê Văn Nam", "01/01/1980", "Nam", "", "VP", "0900000001"])
    assert (two.action, two.error) == (
        transfer.ERROR,
        "Có 2 người cùng họ tên và ngày sinh trong dữ liệu; hãy ghi số CCCD để biết là ai",
    )
    # A new CCCD can only be that of a namesake stored without one.
    stored = people.get(ws, twins[1]).data
    people.save(ws, replace(stored, cccd="001080000002"), twins[1], allow_namesake=True)
    one = preview(["Lê Văn Nam", "01/01/1980", "Nam", "001080000001", "VP", ""])
    assert one.action == transfer.UPDATE and "Số CCCD: (trống) → 001080000001" in one.changes
    other_day = preview(["Lê Văn Nam", "02/01/1980", "Nam", "", "VP", ""])
    assert other_day.action == transfer.ADD
    # Without a birth date: the namesake stored without one in the same unit.
    same_unit = preview(["Phạm Thị Hoa", "", "Nữ", "", "VP", "0900000002"])
    assert same_unit.action == transfer.UPDATE
    assert preview(["Phạm Thị Hoa", "", "Nữ", "", "TTRA", ""]).action == transfer.ADD
    result = transfer.import_file(ws, "staff", tmp_path / "s.xlsx")
    assert (result.added, result.updated) == (1, 0)
    assert people.get(ws, hoa).data.unit_id == vp != ttra
