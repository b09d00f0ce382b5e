"""`thidua check-paper CODE --event N`: the check code printed on a dossier's mục lục, matched
against the log of the data file it claims to come from."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from contextlib import closing
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


def _printed_code(db_path: Path, tmp_path: Path) -> tuple[str, str]:
    """Print a batch's mục lục with the command line; the code and event number on it."""
    ws = Workspace.open(db_path)
    unit = units.save(ws, UnitInput("Phòng Kế hoạch"))
    pid = people.save(ws, PersonInput("Đặng Thị Ánh Tuyết", unit))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=pid))
    ws.close()
    pdf = tmp_path / "muc-luc.pdf"
    args = ["--db", str(db_path), "dossier", str(batch), "--part", "muc-luc", "--out", str(pdf)]
    assert main(args) == 0
    text = unicodedata.normalize("NFC", reader(pdf.read_bytes()).pages[0].extract_text())
    found = re.search(r"Mã kiểm tra dữ liệu: ([0-9a-f]{16}) \(sự kiện số (\d+)\)", text)
    assert found is not None, text
    return found.group(1), found.group(2)


def test_the_printed_code_matches_and_later_saves_do_not_change_that(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, event = _printed_code(db_path, tmp_path)
    capsys.readouterr()
    assert main(["--db", str(db_path), "check-paper", code, "--event", event]) == 0
    assert capsys.readouterr().out.startswith("KHỚP: ")
    ws = Workspace.open(db_path)  # more work after the paper was printed
    units.save(ws, UnitInput("Phòng Tổ chức"))
    ws.close()
    assert main(["--db", str(db_path), "check-paper", code, "--event", event]) == 0
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    assert main(["--db", str(db_path), "check-paper", wrong, "--event", event]) == 2
    assert capsys.readouterr().out.splitlines()[-1].startswith("KHÔNG KHỚP: ")
    assert main(["--db", str(db_path), "check-paper", code, "--event", "999999"]) == 2
    assert "Không có sự kiện số 999999" in capsys.readouterr().out


def test_a_record_changed_with_another_tool_is_reported(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, event = _printed_code(db_path, tmp_path)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE person SET full_name = 'Đặng Thị Ánh Tuyến'")
    capsys.readouterr()
    assert main(["--db", str(db_path), "check-paper", code, "--event", event]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"Mã khớp với sự kiện số {event}") and "nhật ký có vấn đề" in out


def test_a_code_that_is_not_hexadecimal_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "check-paper", "mã-sai", "--event", "1"]) == 2
    assert "thập lục phân" in capsys.readouterr().err
