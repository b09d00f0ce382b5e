"""`thidua backup`, `restore`, `check` through the real entry point."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import people
from desktop.services.session import Workspace
from tests.reliability.helpers import fill, table_rows


def test_backup_restore_check_round_trip(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 12)
    ws.close()
    snapshot = table_rows(db_path)
    out = tmp_path / "usb" / "sao-luu.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Đã sao lưu" in printed and "12 cá nhân" in printed and out.exists()
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 2
    assert "đã có" in capsys.readouterr().err

    ws = Workspace.open(db_path)
    fill(ws, 3, prefix="Lê Thị")
    assert people.count(ws) == 15
    ws.close()
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Dữ liệu hiện tại: 2 đơn vị, 15 cá nhân" in printed
    assert "Đã khôi phục" in printed
    assert table_rows(db_path) == snapshot

    assert main(["--db", str(db_path), "check"]) == 0
    assert "đều đạt" in capsys.readouterr().out


def test_check_lists_findings_and_exits_2(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 2)
    ws.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE person SET unit_id=77")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "check"]) == 2
    captured = capsys.readouterr()
    assert captured.out.count("- Liên kết hỏng") == 2
    # The audit log also sees the edit made outside the program (pending + digest mismatch).
    assert "bị sửa ngoài chương trình" in captured.out
    # three problems (two links, the digest), and the pending change as a warning
    assert "không đạt kiểm tra (3 vấn đề)" in captured.err
    assert "- Cảnh báo: Nhật ký: 2 thay đổi" in captured.out


def test_check_of_garbage_and_restore_of_garbage(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    assert main(["--db", str(junk), "check"]) == 2
    assert "không phải" in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", str(junk)]) == 2
    assert "không phải" in capsys.readouterr().err


def test_restore_over_a_damaged_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 4)
    ws.close()
    out = tmp_path / "b.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    raw = bytearray(db_path.read_bytes())
    raw[4096:8192] = bytes(4096)
    db_path.write_bytes(bytes(raw))
    assert main(["--db", str(db_path), "check"]) == 2
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    assert "bị hỏng" in capsys.readouterr().out
    assert main(["--db", str(db_path), "check"]) == 0
