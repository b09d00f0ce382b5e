"""`thidua dossier-sample`: writes the sample dossier; bad input exits 2 and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.documents.pdfread import reader, text


def test_dossier_sample_writes_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hồ sơ mẫu.pdf"
    assert main(["dossier-sample", "--out", str(out), "--nominees", "3"]) == 0
    pdf = out.read_bytes()
    assert "MỤC LỤC HỒ SƠ" in text(pdf)
    assert f"{len(reader(pdf).pages)} trang" in capsys.readouterr().out


def test_dossier_sample_one_part(tmp_path: Path) -> None:
    out = tmp_path / "tt.pdf"
    assert main(["dossier-sample", "--out", str(out), "--nominees", "3", "--part", "to-trinh"]) == 0
    assert "TỜ TRÌNH" in text(out.read_bytes())
    assert "MỤC LỤC" not in text(out.read_bytes())


def test_dossier_sample_bad_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dossier-sample", "--out", str(tmp_path / "a.pdf"), "--nominees", "0"]) == 2
    assert "Lỗi:" in capsys.readouterr().err
    assert main(["dossier-sample", "--out", str(tmp_path / "no" / "a.pdf")]) == 2
    assert list(tmp_path.iterdir()) == []
