"""`thidua batch-history BATCH [--out F.pdf]`: a batch's processing history as text or PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.awards import CommendationType
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.units import UnitInput
from desktop.services import people, proposals, units
from desktop.services.session import Workspace
from tests.documents.pdfread import reader


def test_batch_history_as_text_and_as_pdf(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    unit = units.save(ws, UnitInput("Phòng Kế hoạch"))
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=pid))
    ws.close()
    assert main(["--db", str(db_path), "batch-history", str(batch)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Quá trình xử lý hồ sơ: Khen thưởng tổng kết năm 2025\n")
    assert "  - Thêm vào danh sách đề nghị: Nguyễn Thị Hương (Lao động tiên tiến)." in out
    assert out.splitlines()[-1].startswith("Đầu chuỗi nhật ký: sự kiện số ")
    pdf = tmp_path / "qua-trinh.pdf"
    assert main(["--db", str(db_path), "batch-history", str(batch), "--out", str(pdf)]) == 0
    text = unicodedata.normalize("NFC", reader(pdf.read_bytes()).pages[0].extract_text())
    assert "QUÁ TRÌNH XỬ LÝ HỒ SƠ" in text
    assert "Nguyễn Thị Hương" in text
    # an unknown batch: exit 2, a message, no file
    missing = tmp_path / "khong-co.pdf"
    assert main(["--db", str(db_path), "batch-history", "999", "--out", str(missing)]) == 2
    assert capsys.readouterr().err.strip()
    assert not missing.exists()
