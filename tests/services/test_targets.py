"""Targets by year: values set one at a time, kept when the movement is edited, read by the
periodic reports of a year and of sơ kết / tổng kết, and the `targets` spreadsheet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.errors import ValidationError
from desktop.domain.movements import TargetInput
from desktop.domain.targets import Measure, parse_number
from desktop.services import movements, reports, targets, transfer
from desktop.services.session import Workspace
from desktop.services.transfer import ImportRejected
from tests.services.movement_data import make_office


def _setup(ws: Workspace) -> tuple[int, int]:
    """The test office's movement, given a second target; its first target's id."""
    mid = make_office(ws).movement
    data = movements.get(ws, mid).data
    more = TargetInput("xã đạt chuẩn nông thôn mới nâng cao", 12, "xã", 10)
    movements.save(ws, replace(data, targets=(*data.targets, more)), mid)
    sheet = targets.target_sheet(ws, mid)
    return mid, sheet.lines[0].target_id


def test_year_and_period_values_are_kept_apart(ws: Workspace) -> None:
    mid, tid = _setup(ws)
    targets.set_value(ws, tid, 2023, Measure.PLANNED, 20)
    targets.set_value(ws, tid, 2023, Measure.ACHIEVED, 18)
    targets.set_value(ws, tid, None, Measure.PLANNED, 80)
    sheet = targets.target_sheet(ws, mid)
    line = next(ln for ln in sheet.lines if ln.target_id == tid)
    assert line.year(2023).planned == 20 and line.year(2023).achieved == 18
    assert line.year(2023).percent == 90.0
    assert line.period.planned == 80
    assert line.year(2024).empty
    # clearing both values of a year drops the year's row
    targets.set_value(ws, tid, 2023, Measure.PLANNED, None)
    targets.set_value(ws, tid, 2023, Measure.ACHIEVED, None)
    line = next(ln for ln in targets.target_sheet(ws, mid).lines if ln.target_id == tid)
    assert 2023 not in line.years


def test_refuses_a_year_outside_the_movement_and_negative_values(ws: Workspace) -> None:
    mid, tid = _setup(ws)
    sheet = targets.target_sheet(ws, mid)
    with pytest.raises(ValidationError) as exc:
        targets.set_value(ws, tid, sheet.last_year + 1, Measure.PLANNED, 3)
    assert exc.value.code == "year_outside"
    with pytest.raises(ValidationError) as exc:
        targets.set_value(ws, tid, sheet.first_year, Measure.ACHIEVED, -1)
    assert exc.value.code == "negative"


def test_editing_the_movement_keeps_the_years_of_its_targets(ws: Workspace) -> None:
    mid, tid = _setup(ws)
    targets.set_value(ws, tid, 2022, Measure.ACHIEVED, 7)
    m = movements.get(ws, mid)
    data = m.data
    first = replace(data.targets[0], id=None, unit_label="xã (đơn vị)")  # matched by description
    movements.save(ws, replace(data, targets=(first, *data.targets[1:])), mid)
    line = targets.target_sheet(ws, mid).lines[0]
    assert line.target_id == tid and line.unit_label == "xã (đơn vị)"
    assert line.year(2022).achieved == 7


def test_numbers_as_clerks_write_them() -> None:
    assert parse_number("12,5") == 12.5
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("1.234") == 1234
    assert parse_number("0.5") == 0.5
    assert parse_number("") is None
    with pytest.raises(ValidationError):
        parse_number("mười")


def _table(data: reports.ReportData) -> reports.ReportTable:  # type: ignore[name-defined]
    return next(t for t in data.tables if t.key == "Chi tieu phong trao")


def test_year_report_reads_the_year_and_final_report_every_year(ws: Workspace) -> None:
    mid, tid = _setup(ws)
    for year, planned, achieved in ((2022, 10, 9), (2023, 20, 21), (2024, 30, 15)):
        targets.set_value(ws, tid, year, Measure.PLANNED, planned)
        targets.set_value(ws, tid, year, Measure.ACHIEVED, achieved)
    targets.set_value(ws, tid, None, Measure.PLANNED, 80)
    targets.set_value(ws, tid, None, Measure.ACHIEVED, 60)
    year = _table(reports.build(ws, "2023", movement_id=mid))
    row = next(r for r in year.rows if r[0] == 1)
    assert row[4:] == ("2023", 20, 21, 105.0)
    # a target without values of the year prints the period's, saying so
    other = next(r for r in year.rows if r[0] == 2)
    assert str(other[4]).startswith("Cả giai đoạn")
    final = _table(reports.build(ws, "2021-2025", movement_id=mid))
    first = [r for r in final.rows][:4]
    assert first[0][4] == "2022" and first[0][5:7] == (10, 9)
    assert str(first[1][4]).strip() == "2023" and str(first[2][4]).strip() == "2024"
    assert str(first[3][4]).strip().startswith("Cả giai đoạn") and first[3][5:7] == (80, 60)
    pdf = reports.render_pdf(reports.build(ws, "2023", movement_id=mid))
    from io import BytesIO

    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "Kế hoạch và kết quả của năm 2023" in text


def test_targets_spreadsheet_round_trip_and_refusals(ws: Workspace, tmp_path: Path) -> None:
    mid, tid = _setup(ws)
    targets.set_value(ws, tid, 2022, Measure.PLANNED, 10)
    out = tmp_path / "chi-tieu.xlsx"
    count = transfer.export(ws, "targets", out)
    sheet = targets.target_sheet(ws, mid)
    assert count == len(sheet.lines) * (len(sheet.years) + 1)
    wb = load_workbook(out)
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][:6] == ("Phong trào", "Chỉ tiêu", "Đơn vị tính", "Năm", "Kế hoạch", "Thực hiện")
    # unchanged file: nothing to write
    result = transfer.import_file(ws, "targets", out)
    assert result.added == 0 and result.updated == 0 and result.unchanged == count
    # edit: a year's achieved value, and a new target
    name = sheet.movement_name
    book = Workbook()
    ws_ = book.active
    ws_.append(["Phong trào", "Chỉ tiêu", "Đơn vị tính", "Năm", "Kế hoạch", "Thực hiện"])
    ws_.append([name, sheet.lines[0].description, "", "2022", None, "9,5"])
    ws_.append([name, "Số km đường giao thông nông thôn", "km", "2023", 12, 11])
    ws_.append([name, "Số km đường giao thông nông thôn", "km", "Cả giai đoạn", 60, None])
    path = tmp_path / "sua.xlsx"
    book.save(path)
    result = transfer.import_file(ws, "targets", path)
    assert (result.added, result.updated) == (2, 1)
    after = targets.target_sheet(ws, mid)
    assert after.lines[0].year(2022) == type(after.lines[0].year(2022))(10, 9.5)
    new = next(ln for ln in after.lines if ln.description.startswith("Số km"))
    assert new.unit_label == "km" and new.year(2023).achieved == 11 and new.period.planned == 60
    # a bad row: nothing written without skip_invalid
    bad = Workbook()
    sh = bad.active
    sh.append(["Phong trào", "Chỉ tiêu", "Năm", "Kế hoạch"])
    sh.append([name, sheet.lines[0].description, "2030", 5])
    sh.append(["Không có phong trào này", "x", "2022", 5])
    sh.append([name, sheet.lines[0].description, "2023", "năm"])
    bad_path = tmp_path / "loi.xlsx"
    bad.save(bad_path)
    with pytest.raises(ImportRejected) as exc:
        transfer.import_file(ws, "targets", bad_path)
    assert len(exc.value.errors) == 3
    assert "Dòng 2" in exc.value.errors[0] and "2030" in exc.value.errors[0]
    assert targets.target_sheet(ws, mid) == after
