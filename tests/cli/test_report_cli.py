"""`thidua report`: writes the PDF and workbook; exit 2 with a Vietnamese message on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.services.session import Workspace
from tests.services.report_fixture import make


def test_report_writes_pdf_and_xlsx(
    ws: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(ws)
    ws.close()
    pdf, xlsx = tmp_path / "bc.pdf", tmp_path / "bc.xlsx"
    code = main(
        [
            "--db",
            str(db_path),
            "report",
            "--period",
            "2025",
            "--kind",
            "nam",
            "--out",
            str(pdf),
            "--xlsx",
            str(xlsx),
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "báo cáo năm (năm 2025)" in out and "15 bảng" in out
    assert len(PdfReader(pdf).pages) >= 3 and xlsx.stat().st_size > 0
    code = main(
        [
            "--db",
            str(db_path),
            "report",
            "--period",
            "2025-H1",
            "--movement",
            "1",
            "--out",
            str(pdf),
        ]
    )
    assert code == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--period", "2025-Q3"], "Kỳ báo cáo «2025-Q3» không hợp lệ"),
        (["--period", "2025", "--kind", "quy"], "Loại báo cáo"),
        (["--period", "2025", "--movement", "99"], "Không có phong trào số 99"),
        (["--period", "2025", "--xlsx", "/khong/co/thu-muc/x.xlsx"], "không có thư mục"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "report", *args, "--out", str(out)]) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()
