"""The propaganda and inspection log: lines checked and stored, files kept in the database,
counted by kind in the periodic report (PDF read back), and the `activities` spreadsheet."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from desktop.domain.activities import ActivityInput, ActivityKind
from desktop.domain.errors import ValidationError
from desktop.services import activities, reports, transfer
from desktop.services.session import Workspace
from desktop.services.transfer import ImportRejected
from tests.services.movement_data import make_office

K = ActivityKind


def _log(ws: Workspace) -> int:
    mid = make_office(ws).movement
    for line in (
        ActivityInput(
            K.TIN_BAI, date(2023, 5, 2), "Tin bài trên Cổng thông tin", "Văn phòng", "", 7
        ),
        ActivityInput(
            K.KIEM_TRA, date(2023, 10, 12), "Kiểm tra xã Phú Tâm", "Đoàn kiểm tra", "Đạt"
        ),
        ActivityInput(K.GIAM_SAT, date(2023, 11, 3), "Giám sát kinh phí", "Ban TTND", "", 2),
        ActivityInput(K.TIN_BAI, date(2022, 6, 1), "Tin bài năm trước", "Văn phòng", "", 4),
    ):
        activities.save(ws, mid, line)
    return mid


def test_lines_are_checked_and_kept_in_date_order(ws: Workspace) -> None:
    mid = _log(ws)
    rows = activities.activities(ws, mid)
    assert [a.data.done_on.year for a in rows] == [2022, 2023, 2023, 2023]
    assert rows[1].data.quantity == 7 and rows[2].data.result == "Đạt"
    with pytest.raises(ValidationError) as exc:
        activities.save(ws, mid, ActivityInput(K.TIN_BAI, date(2023, 1, 1), "  "))
    assert exc.value.code == "required"
    with pytest.raises(ValidationError) as exc:
        activities.save(ws, mid, ActivityInput(K.TIN_BAI, date(2023, 1, 1), "x", quantity=0))
    assert exc.value.code == "too_small"
    activities.save(ws, mid, ActivityInput(K.KHAC, date(2023, 1, 1), "sửa"), rows[0].id)
    assert activities.activities(ws, mid)[0].data.kind is K.KHAC
    activities.delete(ws, [rows[0].id])
    assert len(activities.activities(ws, mid)) == 3


def test_files_are_kept_in_the_database(ws: Workspace, tmp_path: Path) -> None:
    mid = _log(ws)
    aid = activities.activities(ws, mid)[2].id
    source = tmp_path / "bien-ban-kiem-tra.pdf"
    source.write_bytes(b"%PDF-1.4 bien ban" * 1000)
    kept = activities.add_file(ws, aid, source)
    source.unlink()  # the bytes live in the database, not the path
    assert kept.size == 17_000 and len(kept.sha256) == 64
    assert activities.activities(ws, mid)[2].files == 1
    out = activities.export_file(ws, kept.id, tmp_path)
    assert out.name == "bien-ban-kiem-tra.pdf" and out.read_bytes() == b"%PDF-1.4 bien ban" * 1000
    activities.remove_file(ws, kept.id)
    assert activities.files(ws, aid) == []


def test_the_periodic_report_counts_them_by_kind(ws: Workspace) -> None:
    mid = _log(ws)
    data = reports.build(ws, "2023", movement_id=mid)
    section = data.results[0]
    assert "7 tin, bài; 1 cuộc kiểm tra; 2 cuộc giám sát" in section.text[-1]
    table = next(t for t in section.tables if t.title.startswith("Bảng 1b."))
    assert [r[1:] for r in table.rows] == [
        ("Tin, bài", "Tuyên truyền", 1, 7, 4),
        ("Đoàn kiểm tra", "Kiểm tra, giám sát", 1, 1, 0),
        ("Giám sát", "Kiểm tra, giám sát", 1, 2, 0),
    ]
    assert table.total == ("", "Tổng cộng", "", 3, 10, 4)
    pdf = PdfReader(BytesIO(reports.render_pdf(data)))
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Bảng 1b. Tuyên truyền, kiểm tra, giám sát phong trào thi đua" in text
    assert "7 tin, bài; 1 cuộc kiểm tra; 2 cuộc giám sát" in text


def test_activities_spreadsheet_round_trip_and_refusals(ws: Workspace, tmp_path: Path) -> None:
    mid = _log(ws)
    out = tmp_path / "hoat-dong.xlsx"
    assert transfer.export(ws, "activities", out) == 4
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Phong trào", "Loại hoạt động", "Ngày")
    again = transfer.import_file(ws, "activities", out)
    assert (again.added, again.unchanged) == (0, 4)
    name = rows[1][0]
    book = Workbook()
    sh = book.active
    sh.append(["Phong trào", "Loại hoạt động", "Ngày", "Nội dung", "Số lượng"])
    sh.append([name, "Chuyên mục", "15/03/2024", "Chuyên mục nông thôn mới", 1])
    sh.append([name, "giam sat", "2024-04-01", "Giám sát lần 2", None])
    path = tmp_path / "moi.xlsx"
    book.save(path)
    result = transfer.import_file(ws, "activities", path)
    assert result.added == 2
    kinds = [a.data.kind for a in activities.activities(ws, mid)]
    assert K.CHUYEN_MUC in kinds and kinds.count(K.GIAM_SAT) == 2
    bad = Workbook()
    sh = bad.active
    sh.append(["Phong trào", "Loại hoạt động", "Ngày", "Nội dung", "Số lượng"])
    sh.append([name, "Phát thanh", "15/03/2024", "x", 1])
    sh.append([name, "Tin, bài", "32/13/2024", "x", 1])
    sh.append(["Không có", "Tin, bài", "15/03/2024", "x", "hai"])
    bad_path = tmp_path / "loi.xlsx"
    bad.save(bad_path)
    with pytest.raises(ImportRejected) as exc:
        transfer.import_file(ws, "activities", bad_path)
    assert len(exc.value.errors) == 3 and "Phát thanh" in exc.value.errors[0]
    assert len(activities.activities(ws, mid)) == 6
