"""Certificates of a decided batch: field positions read back from the PDF against the layout
with the printer's calibration, the plain design, the register, and the `certificates` verb."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.documents.fonts import SERIF_BOLD, string_width
from desktop.domain.certificates import Calibration, FieldPlacement, default_layout
from desktop.domain.errors import ValidationError
from desktop.services import certificates
from desktop.services.session import Workspace
from tests.certificates.helpers import NAMES, decided_batch
from tests.documents.pdfread import MM, reader, runs, text

PAGE_H = 210 * MM


def _run_of(pdf: bytes, page: int, needle: str):  # type: ignore[no-untyped-def]
    found = [r for r in runs(reader(pdf).pages[page]) if needle in r.text]
    assert found, f"{needle!r} not on page {page}"
    return found[0]


def test_blank_fields_land_where_the_layout_and_calibration_put_them(
    ws: Workspace, tmp_path: Path
) -> None:
    ids = decided_batch(ws)
    layout = certificates.save_layout(ws, default_layout("Phôi LĐTT", "LDTT"))
    cal = certificates.save_calibration(ws, Calibration("HP LaserJet", 3.0, -2.0, 1.02))
    out = tmp_path / "gk.pdf"
    result = certificates.print_batch(ws, int(ids["batch"]), out, printer="HP LaserJet")
    pdf = out.read_bytes()
    assert result.pages == 2 == len(reader(pdf).pages)  # the refused nominee gets none
    name_field = layout.field("name")
    assert name_field is not None
    run = _run_of(pdf, 0, NAMES[0])
    size = name_field.size_pt * cal.scale
    x_mm, y_mm = cal.apply(name_field.x_mm, name_field.y_mm)
    width = string_width(NAMES[0], SERIF_BOLD, size)
    assert run.size == pytest.approx(size, abs=0.01)
    assert run.x == pytest.approx(x_mm * MM - width / 2, abs=0.5)  # centred on the anchor
    assert run.y == pytest.approx(PAGE_H - y_mm * MM, abs=0.5)
    # The decision and the register number, left bottom, italic.
    dec = layout.field("decision")
    assert dec is not None
    run = _run_of(pdf, 0, "150/QĐ-STC")
    assert run.y == pytest.approx(PAGE_H - cal.apply(dec.x_mm, dec.y_mm)[1] * MM, abs=0.5)
    assert "Italic" in run.font
    page = text(pdf)
    assert "CỘNG HÒA" not in page  # a blank carries the design already
    assert "Số vào sổ: 1/2025" in page and "Số vào sổ: 2/2025" in page


def test_long_name_wraps_to_two_lines_inside_its_box(ws: Workspace, tmp_path: Path) -> None:
    ids = decided_batch(ws)
    narrow = default_layout("Hẹp")
    narrow = certificates.replace_field(narrow, "name", width_mm=90.0, wrap=True)
    certificates.save_layout(ws, narrow)
    out = tmp_path / "gk.pdf"
    certificates.print_batch(ws, int(ids["batch"]), out, layout_name="Hẹp")
    lines = [r for r in runs(reader(out.read_bytes()).pages[1]) if r.font.endswith("Bold")]
    name_lines = [r for r in lines if r.text in NAMES[2] and r.text != NAMES[2]]
    assert len(name_lines) == 2
    assert name_lines[0].y > name_lines[1].y
    for r in name_lines:
        assert string_width(r.text, SERIF_BOLD, r.size) <= 90 * MM + 0.5


def test_plain_mode_prints_the_whole_design(ws: Workspace, tmp_path: Path) -> None:
    ids = decided_batch(ws)
    out = tmp_path / "plain.pdf"
    certificates.print_batch(ws, int(ids["batch"]), out, plain=True)
    page = text(out.read_bytes())
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIÁM ĐỐC SỞ TÀI CHÍNH",
        "TẶNG DANH HIỆU",
        "LAO ĐỘNG TIÊN TIẾN",
        NAMES[0],
        "Phòng Kế hoạch",
        "Quyết định số 150/QĐ-STC ngày 20/12/2025",
        "Sóc Trăng, ngày 20 tháng 12 năm 2025",
        "Lê Văn Tâm",
    ):
        assert line in page, line
    assert NAMES[1] not in page  # refused


def test_register_keeps_numbers_across_reprints(ws: Workspace, tmp_path: Path) -> None:
    ids = decided_batch(ws)
    batch = int(ids["batch"])
    certificates.print_batch(ws, batch, tmp_path / "a.pdf")
    first = certificates.register(ws, batch)
    assert [(e.number, e.recipient, e.times_printed, e.mode) for e in first] == [
        (1, NAMES[0], 1, "blank"),
        (2, NAMES[2], 1, "blank"),
    ]
    assert all(e.decision_number == "150/QĐ-STC" and e.award_code == "LDTT" for e in first)
    noms = list(ids["nominees"])  # type: ignore[call-overload]
    certificates.print_batch(
        ws, batch, tmp_path / "b.pdf", plain=True, nominee_ids=frozenset({noms[2]})
    )
    again = certificates.register(ws, batch)
    assert [(e.number, e.times_printed, e.mode) for e in again] == [
        (1, 1, "blank"),
        (2, 2, "plain"),
    ]
    assert "Số vào sổ: 2/2025" in text((tmp_path / "b.pdf").read_bytes())


def test_undecided_batch_and_bad_layout_are_refused(ws: Workspace, tmp_path: Path) -> None:
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals

    draft = proposals.create_batch(ws, BatchInput("Đột xuất", CommendationType.SUDDEN, 2025))
    with pytest.raises(ValidationError):
        certificates.print_batch(ws, draft, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ValidationError):
        certificates.save_layout(
            ws, default_layout("Lệch").__class__("Lệch", "", (FieldPlacement("name", 400, 10),))
        )
    with pytest.raises(ValidationError):
        certificates.save_calibration(ws, Calibration("", 0, 0, 1.5))


def test_grid_and_test_print(ws: Workspace, tmp_path: Path) -> None:
    cal = Calibration("", 2.0, 1.0, 1.0)
    certificates.write_grid(ws, tmp_path / "grid.pdf", cal=cal)
    grid = (tmp_path / "grid.pdf").read_bytes()
    fifty = [r for r in runs(reader(grid).pages[0]) if r.text == "50"]
    assert any(r.x == pytest.approx((50 + 2.0) * MM + 2, abs=0.1) for r in fifty)
    certificates.write_test_print(ws, default_layout(), tmp_path / "test.pdf")
    page = text((tmp_path / "test.pdf").read_bytes())
    assert "Họ và tên / tên tập thể" in page and "Nguyễn Thị Minh Phương" in page


def _thidua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_certificates_cli(db_path: Path, tmp_path: Path) -> None:
    ws = Workspace.open(db_path)
    ids = decided_batch(ws)
    ws.close()
    out = tmp_path / "gk.pdf"
    done = _thidua(
        "--db", str(db_path), "certificates", str(ids["batch"]), "--out", str(out), "--plain"
    )
    assert done.returncode == 0, done.stderr
    assert len(reader(out.read_bytes()).pages) == 2
    assert "TẶNG DANH HIỆU" in text(out.read_bytes())
    bad = _thidua(
        "--db",
        str(db_path),
        "certificates",
        str(ids["batch"]),
        "--out",
        str(tmp_path / "n.pdf"),
        "--layout",
        "Không có",
    )
    assert bad.returncode == 2 and "mẫu phôi" in bad.stderr
    assert not (tmp_path / "n.pdf").exists()
